// Hidden benchmark: run explicitly with "[output_bench]" and compare
// with `ogr2ogr -f GPKG copy.gpkg <written file>` on the same machine.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <iostream>

#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "output_test_support.hpp"

using namespace frontline;

TEST_CASE("write one million mentions to GeoPackage", "[.][output_bench]") {
    const auto dir = test::fresh_dir("bench");
    OutputOptions options;
    options.destination = (dir / "million.gpkg").string();
    options.stable_fids = std::getenv("FRONTLINE_BENCH_NO_FID") == nullptr;
    auto mention = test::sample_mentions()[0];
    const auto start = std::chrono::steady_clock::now();
    LayerSetWriter writer(options);
    writer.begin_layer(mentions_layer_schema());
    for (int i = 0; i < 1'000'000; ++i) {
        mention.mention_id = "report" + std::to_string(i / 50) + ".txt:" + std::to_string(i);
        mention.lon = 30.0 + (i % 1000) * 0.01;
        mention.lat = 45.0 + (i / 1000) * 0.005;
        writer.write(to_feature(mention));
    }
    writer.commit();
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    std::cout << "1,000,000 mentions to GeoPackage: " << took.count() << " s\n";
    CHECK(took.count() < 120);
    std::filesystem::remove_all(dir);  // 400 MB
}
