// `frontline extract` options, run as a process on texts written for the tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace fs = std::filesystem;
using frontline::test::run_frontline;
using frontline::test::q;
using frontline::test::Run;
using frontline::test::tmp_dir;

namespace {

fs::path undated_report() {
    fs::path p = tmp_dir() / "undated.txt";
    std::ofstream(p) << "Russian forces captured Avdiivka yesterday, the defence ministry said.\n"
                        "Ukrainian troops repelled 12 attacks near Kurakhove.\n";
    return p;
}

std::vector<nlohmann::json> features(const fs::path& path) {
    std::ifstream in(path);
    std::vector<nlohmann::json> out;
    for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
    return out;
}

}  // namespace

TEST_CASE("extract --layers writes only the layers asked for", "[cli]") {
    const fs::path out = tmp_dir() / "layers.geojsonl";
    Run r = run_frontline("extract -q --overwrite --layers mentions -o " + q(out) + " " + q(undated_report()));
    REQUIRE(r.code == 0);
    CHECK(features(out).size() >= 2);
    CHECK_FALSE(fs::exists(tmp_dir() / "layers.events.geojsonl"));
    CHECK_FALSE(fs::exists(tmp_dir() / "layers.places.geojsonl"));

    // Events alone: the first layer written goes to the destination itself.
    const fs::path events = tmp_dir() / "events-only.geojsonl";
    r = run_frontline("extract -q --overwrite --layers events --report-date 2024-11-07 -o " + q(events) + " " +
                  q(undated_report()));
    REQUIRE(r.code == 0);
    auto e = features(events);
    REQUIRE_FALSE(e.empty());
    CHECK(e.front()["properties"].contains("event_id"));
}

TEST_CASE("extract --report-date dates reports that carry no date", "[cli]") {
    const fs::path out = tmp_dir() / "dated.geojsonl";
    auto avdiivka = [&](const std::string& option) {
        Run r = run_frontline("extract -q --overwrite --layers mentions " + option + " -o " + q(out) + " " + q(undated_report()));
        REQUIRE(r.code == 0);
        for (const auto& f : features(out))
            if (f["properties"]["surface"] == "Avdiivka") return f["properties"];
        FAIL("no Avdiivka");
        return nlohmann::json();
    };
    CHECK(avdiivka("")["event_date"].is_null());
    auto dated = avdiivka("--report-date 2024-11-07");
    CHECK(dated["event_date"] == "2024-11-06");  // "yesterday"
    CHECK(dated["reported_at"] == "2024-11-07T00:00:00Z");
    // A file saved when its report appeared: its modification time dates it.
    const fs::path saved = tmp_dir() / "saved.txt";
    fs::copy_file(undated_report(), saved, fs::copy_options::overwrite_existing);
    fs::last_write_time(saved, std::filesystem::file_time_type(std::chrono::file_clock::from_sys(std::chrono::sys_seconds{
                                   std::chrono::sys_days{std::chrono::year{2024} / 11 / 7} + std::chrono::hours{9}})));
    Run r = run_frontline("extract -q --overwrite --layers mentions --report-date file-time -o " + q(out) + " " + q(saved));
    REQUIRE(r.code == 0);
    for (const auto& f : features(out))
        if (f["properties"]["surface"] == "Avdiivka") {
            CHECK(f["properties"]["event_date"] == "2024-11-06");
            CHECK(f["properties"]["reported_at"] == "2024-11-07T09:00:00Z");
        }
}

TEST_CASE("extract refuses bad --layers and --report-date values (exit 2)", "[cli]") {
    const std::string out = q(tmp_dir() / "bad.gpkg");
    Run r = run_frontline("extract --layers mentions,borders -o " + out + " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK(r.err.find("borders") != std::string::npos);
    r = run_frontline("extract --report-date 7/11/2024 -o " + out + " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK(r.err.find("--report-date") != std::string::npos);
    r = run_frontline("extract --layers mentions --as-of 2024-11-08 -o " + out + " " + q(undated_report()));
    CHECK(r.code == 2);
}

TEST_CASE("extract dates an undated copy of a page from a dated copy read in the same run", "[cli]") {
    const std::string lead = "Russian forces have captured Avdiivka, the defence ministry said yesterday in its daily briefing.\n";
    const std::string more = "Ukrainian troops repelled twelve attacks near Kurakhove over the past day, the general staff said.\n";
    const fs::path dir = tmp_dir() / "copies";
    fs::create_directories(dir);
    std::ofstream(dir / "a-undated.txt") << lead << more;
    std::ofstream(dir / "b-dated.txt") << lead << more << "Jane Reporter7 November 2024 12:01\n";
    const fs::path out = tmp_dir() / "copies.geojsonl";
    Run r = run_frontline("extract --overwrite --layers mentions -o " + q(out) + " " + q(dir / "a-undated.txt") + " " +
                          q(dir / "b-dated.txt"));
    REQUIRE(r.code == 0);
    CHECK(r.err.find("dated 1 undated document") != std::string::npos);
    auto all = features(out);
    bool seen = false;
    for (const auto& f : all)
        if (f["properties"]["doc"] == "a-undated.txt" && f["properties"]["surface"] == "Avdiivka") {
            seen = true;
            CHECK(f["properties"]["reported_at"] == "2024-11-07T12:01:00Z");
            CHECK(f["properties"]["event_date"] == "2024-11-06");
        }
    CHECK(seen);
    // The held document comes after the others.
    REQUIRE_FALSE(all.empty());
    CHECK(all.back()["properties"]["doc"] == "a-undated.txt");
}

TEST_CASE("extract with no scratch space for the events fails with exit 4 and keeps the previous output", "[cli][spill]") {
    // Enough claims that the per-report records outgrow memory and spill.
    const fs::path dir = tmp_dir() / "spill";
    fs::create_directories(dir);
    const fs::path input = dir / "many.txt";
    {
        std::ofstream out(input);
        for (int i = 0; i < 25000; ++i)
            out << "Report " << i << ": Russian forces captured Pokrovsk, the defence ministry said.\n";
    }
    const fs::path output = dir / "out.geojsonl";
    std::ofstream(output) << "previous\n";
    const Run r = run_frontline("extract -q --overwrite -f GeoJSONSeq --layers events -o " + q(output) + " " + q(input),
                                dir, "TMPDIR=/nonexistent/frontline-scratch ");
    CHECK(r.code == 4);
    CHECK(r.err.find("/nonexistent/frontline-scratch") != std::string::npos);
    CHECK(frontline::test::slurp(output) == "previous\n");

    const Run ok = run_frontline("extract -q --overwrite -f GeoJSONSeq --layers events -o " + q(output) + " " + q(input),
                                 dir, "TMPDIR=" + q(dir) + " ");
    REQUIRE(ok.code == 0);
    const auto events = features(output);
    REQUIRE(events.size() == 1);
    CHECK(events[0]["properties"]["n_reports"] == 25000);
}

namespace {

// Reports over several batches (256 each), dated and undated mixed, so that
// the workers are reused across batches and results are put back in input order.
fs::path multi_batch_reports(const fs::path& dir) {
    const fs::path input = dir / "reports.jsonl";
    const char* sentences[] = {
        "Russian forces captured Pokrovsk, the defence ministry said.",
        "Ukrainian troops repelled attacks near Avdiivka and Kharkiv.",
        "A drone struck an oil depot in the Kursk region overnight, the governor said.",
        "Officials denied that Pokrovsk had fallen.",
    };
    std::ofstream out(input);
    for (int i = 0; i < 700; ++i) {
        nlohmann::json report = {{"id", "r" + std::to_string(i)},
                                 {"text", std::string(sentences[i % 4]) + " Report " + std::to_string(i) + ". " +
                                              sentences[(i / 4) % 4]}};
        if (i % 7 != 0) report["published"] = "2024-11-" + std::to_string(10 + i % 9) + "T08:00:00Z";
        out << report.dump() << "\n";
    }
    return input;
}

}  // namespace

TEST_CASE("extract writes the same layers whatever the number of threads", "[cli]") {
    const fs::path dir = tmp_dir() / "threads";
    fs::create_directories(dir);
    const fs::path input = multi_batch_reports(dir);
    auto layers = [&](const std::string& threads) {
        const fs::path output = dir / ("j" + threads + ".geojsonl");
        const Run r = run_frontline("extract -q --overwrite -j " + threads + " -o " + q(output) + " " + q(input), dir);
        REQUIRE(r.code == 0);
        return std::vector<std::string>{frontline::test::slurp(output),
                                        frontline::test::slurp(dir / ("j" + threads + ".events.geojsonl")),
                                        frontline::test::slurp(dir / ("j" + threads + ".places.geojsonl"))};
    };
    const auto one = layers("1");
    REQUIRE(std::count(one[0].begin(), one[0].end(), '\n') > 1000);  // every report has mentions
    REQUIRE_FALSE(one[1].empty());
    CHECK(layers("3") == one);
    CHECK(layers("2") == one);
}

TEST_CASE("extract that cannot write its mentions fails with exit 4 and keeps the previous output", "[cli]") {
    // The mentions text is written on a thread of its own when there are
    // workers: its failure must still end the run cleanly, with or without them.
    const fs::path dir = tmp_dir() / "file-limit";
    fs::create_directories(dir);
    const fs::path input = multi_batch_reports(dir);
    const fs::path output = dir / "out.geojsonl";
    for (const char* threads : {"1", "2"}) {
        std::ofstream(output) << "previous\n";
        // dash counts ulimit -f in 512-byte blocks, bash in 1024: either way
        // far less than the mentions layer (over 1 MB).
        const Run r = run_frontline("extract -q --overwrite -j " + std::string(threads) + " -o " + q(output) + " " +
                                        q(input),
                                    dir, "ulimit -f 200; exec ");
        INFO("threads " << threads << ": " << r.err);
        CHECK(r.code == 4);
        CHECK(r.err.find("out.geojsonl") != std::string::npos);
        CHECK(frontline::test::slurp(output) == "previous\n");
        for (auto& e : fs::directory_iterator(dir))
            CHECK(e.path().filename().string().rfind(".", 0) != 0);  // no temporary file left behind
    }
}

TEST_CASE("GDAL's own messages are not printed: a bad clip area is one message with GDAL's reason", "[cli]") {
    const fs::path garbage = tmp_dir() / "garbage.gpkg";
    std::ofstream(garbage) << "not a geopackage at all";
    Run r = run_frontline("extract --as-of 2024-11-07 --clip " + q(garbage) + " -o " + q(tmp_dir() / "clip.geojson") +
                          " " + q(undated_report()));
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("cannot open clip area: "));
    CHECK(r.err.find("ERROR ") == std::string::npos);  // GDAL's "ERROR 4: ..." prefix
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
}

TEST_CASE("extract --as-of: settlement areas without a baseline, claimed change and a front line with one", "[cli]") {
    const fs::path dir = tmp_dir() / "baseline";
    fs::create_directories(dir);
    // Russia held ground east of lon 37.80 on 1 November; Avdiivka (37.75) is outside.
    std::ofstream(dir / "held_20241101.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
           R"("coordinates":[[[37.80,47.50],[38.50,47.50],[38.50,48.50],[37.80,48.50],[37.80,47.50]]]}}]})";

    const fs::path plain = dir / "plain.geojsonl";
    Run r = run_frontline("extract -q --overwrite --report-date 2024-11-07 --as-of 2024-11-08 -o " + q(plain) + " " +
                          q(undated_report()));
    REQUIRE(r.code == 0);
    auto control = features(dir / "plain.control.geojsonl");
    REQUIRE_FALSE(control.empty());
    for (const auto& f : control) CHECK(f["properties"]["method"] == "settlement-claims");
    CHECK_FALSE(fs::exists(dir / "plain.front.geojsonl"));  // claims alone draw no front line

    const fs::path based = dir / "based.geojsonl";
    r = run_frontline("extract -q --overwrite --report-date 2024-11-07 --as-of 2024-11-08 --baseline " +
                      q(dir / "held_20241101.geojson") + " -o " + q(based) + " " + q(undated_report()));
    REQUIRE(r.code == 0);
    control = features(dir / "based.control.geojsonl");
    int changes = 0, updated = 0;
    for (const auto& f : control) {
        const auto& p = f["properties"];
        if (p["method"] == "claimed-change") {
            ++changes;
            CHECK(p["side"] == "RU");
            CHECK_THAT(p["place_name"].get<std::string>(), Catch::StartsWith("Avdi"));
            CHECK(p["valid_from"] == "2024-11-08");
        }
        if (p["method"] == "baseline+claims") ++updated;
    }
    CHECK(changes == 1);
    CHECK(updated == 1);
    CHECK(features(dir / "based.front.geojsonl").size() == 1);

    // Bad baselines: refused, naming the source, nothing written.
    std::ofstream(dir / "empty_20241101.geojson") << R"({"type":"FeatureCollection","features":[]})";
    const fs::path refused = dir / "refused.geojsonl";
    r = run_frontline("extract -q --overwrite --report-date 2024-11-07 --as-of 2024-11-08 --baseline " +
                      q(dir / "empty_20241101.geojson") + " -o " + q(refused) + " " + q(undated_report()));
    CHECK(r.code == 3);
    CHECK_THAT(r.err, Catch::Contains("empty_20241101.geojson"));
    CHECK_FALSE(fs::exists(refused));
    r = run_frontline("extract -q --overwrite --report-date 2024-11-07 --as-of 2024-10-08 --baseline " +
                      q(dir / "held_20241101.geojson") + " -o " + q(refused) + " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("held_20241101.geojson"));
    CHECK_FALSE(fs::exists(refused));
    r = run_frontline("extract -q --overwrite --baseline " + q(dir / "held_20241101.geojson") + " -o " + q(refused) +
                      " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("--baseline needs --as-of"));
}

TEST_CASE("extract --qgis-project: a .qgs beside a GeoPackage, refused for other outputs", "[cli]") {
    const fs::path dir = tmp_dir() / "qgis_project";
    fs::create_directories(dir);
    Run r = run_frontline("extract -q --overwrite --report-date 2024-11-07 -o " + q(dir / "out.gpkg") +
                          " --qgis-project " + q(dir / "out.qgs") + " " + q(undated_report()));
    REQUIRE(r.code == 0);
    std::ifstream in(dir / "out.qgs");
    const std::string project((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(project, Catch::Contains("<datasource>./out.gpkg|layername=events</datasource>"));

    r = run_frontline("extract -q --overwrite --report-date 2024-11-07 -o " + q(dir / "out.geojson") +
                      " --qgis-project " + q(dir / "geo.qgs") + " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("--qgis-project needs a GeoPackage output"));
    CHECK_FALSE(fs::exists(dir / "geo.qgs"));
    r = run_frontline("extract -q --overwrite --report-date 2024-11-07 -o " + q(dir / "out.gpkg") +
                      " --qgis-project " + q(dir / "out.qgz") + " " + q(undated_report()));
    CHECK(r.code == 2);
    CHECK_THAT(r.err, Catch::Contains("name a .qgs file"));
}

TEST_CASE("extract carries a JSONL report's url into mentions and events", "[cli]") {
    const fs::path dir = tmp_dir() / "links";
    fs::create_directories(dir);
    std::ofstream(dir / "feed.jsonl")
        << R"({"id":"r1","url":"https://example.org/avdiivka","title":"Avdiivka falls","published":"2024-11-07T10:00:00Z",)"
           R"("text":"Russian forces captured Avdiivka yesterday, the defence ministry said."})" "\n";
    const fs::path out = dir / "links.geojsonl";
    Run r = run_frontline("extract -q --overwrite -o " + q(out) + " " + q(dir / "feed.jsonl"));
    REQUIRE(r.code == 0);
    bool seen = false;
    for (const auto& m : features(out))
        if (m["properties"]["surface"] == "Avdiivka") {
            CHECK(m["properties"]["url"] == "https://example.org/avdiivka");
            seen = true;
        }
    CHECK(seen);
    auto events = features(dir / "links.events.geojsonl");
    REQUIRE_FALSE(events.empty());
    const auto& sources = events.front()["properties"]["sources"];  // a JSON array, as text in GeoJSONSeq
    CHECK((sources.is_string() ? sources.get<std::string>() : sources.dump()) == R"(["https://example.org/avdiivka"])");
}

TEST_CASE("extract draws a claim about a region as its outline in the regions layer, never as a point", "[cli]") {
    const fs::path dir = tmp_dir() / "regions";
    fs::create_directories(dir);
    std::ofstream(dir / "kursk.txt") << "Ukrainian forces captured ground in Kursk Oblast yesterday, the general staff said.\n";
    const fs::path out = dir / "kursk.geojsonl";
    Run r = run_frontline("extract -q --overwrite --report-date 2024-08-10 -o " + q(out) + " " + q(dir / "kursk.txt"));
    REQUIRE(r.code == 0);
    bool region_event = false;
    for (const auto& e : features(dir / "kursk.events.geojsonl")) {
        if (e["properties"]["geo_precision"] != "region") continue;
        region_event = true;
        CHECK(e["geometry"].is_null());
        CHECK(e["properties"]["kind"] == "admin1");
    }
    CHECK(region_event);
    auto regions = features(dir / "kursk.regions.geojsonl");
    REQUIRE(regions.size() == 1);
    CHECK(regions[0]["geometry"]["type"] == "MultiPolygon");
    CHECK_THAT(regions[0]["properties"]["place_name"].get<std::string>(), Catch::Contains("Kursk"));
}
