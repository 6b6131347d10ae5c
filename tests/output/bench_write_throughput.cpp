// Hidden benchmark for bench/write_throughput.sh: writes FRONTLINE_BENCH_N
// (default 1,000,000) synthetic events through LayerSetWriter to
// FRONTLINE_BENCH_OUT (format from the extension: .gpkg, .geojsonl, ...).
// The script times this against ogr2ogr converting the same events, written
// here as GeoJSONSeq, to GeoPackage. Run: frontline_tests "[write_bench]".
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "frontline/output/event_layer.hpp"
#include "frontline/output/layer_set_writer.hpp"

using namespace frontline;

TEST_CASE("write synthetic events for the throughput benchmark", "[.][write_bench]") {
    const char* out = std::getenv("FRONTLINE_BENCH_OUT");
    if (!out) {
        WARN("set FRONTLINE_BENCH_OUT to the output path (see bench/write_throughput.sh)");
        return;
    }
    const long n = std::getenv("FRONTLINE_BENCH_N") ? std::atol(std::getenv("FRONTLINE_BENCH_N")) : 1'000'000;
    OutputOptions options;
    options.destination = out;
    options.overwrite = true;
    options.stable_fids = std::getenv("FRONTLINE_BENCH_NO_FID") == nullptr;

    static const char* sides[] = {"RU", "UA"};
    const auto start = std::chrono::steady_clock::now();
    LayerSetWriter writer(options);
    writer.begin_layer(events_layer_schema());
    Event e;
    const Date day0 = std::chrono::sys_days{std::chrono::year{2024} / std::chrono::January / 1};
    for (long i = 0; i < n; ++i) {
        const long place = i % 20'000;
        e.place_id = "geonames:" + std::to_string(690000 + place);
        e.place_name = "Place " + std::to_string(place);
        e.claim = claim_types[i % 6].value;
        e.actor_side = sides[i % 2];
        e.status = i % 7 == 0 ? ClaimStatus::hedged : ClaimStatus::asserted;
        e.event_date = day0 + std::chrono::days{(i / 20'000) % 366};
        e.date_precision = DatePrecision::day;
        const std::string claim(to_string(e.claim));
        e.event_id = e.place_id + ":" + claim + ":" + std::to_string(i / 20'000) + ":" + std::to_string(i);
        e.first_reported = std::chrono::sys_seconds{*e.event_date} + std::chrono::hours{9 + i % 10};
        e.last_reported = *e.first_reported + std::chrono::hours{2};
        e.n_reports = 1 + static_cast<int>(i % 5);
        e.claimants = {"defence ministry", "governor"};
        e.sources = {"report" + std::to_string(i / 50) + ".txt"};
        e.quote = "Russian forces " + claim + " near " + e.place_name + ", the defence ministry said.";
        e.confidence = 0.5 + (i % 50) / 100.0;
        e.lon = 30.0 + (place % 200) * 0.05;
        e.lat = 45.0 + (place / 200) * 0.05;
        writer.write(to_feature(e));
    }
    writer.commit();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cout << n << " events to " << out << ": " << took.count() << " s, " << static_cast<long>(n / took.count())
              << " features/s\n";
}
