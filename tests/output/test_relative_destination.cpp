// A destination without a directory part ("out.gpkg", as typed in a shell)
// is written and renamed like any other; regression: the temporary main file
// was taken for one of its own sidecars, renamed early, and commit() then
// failed with "cannot rename" although the output was in place.
#include <catch2/catch.hpp>

#include <unistd.h>

#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "output_test_support.hpp"

using namespace frontline;
namespace fs = std::filesystem;

TEST_CASE("a destination in the working directory, without a directory part", "[output]") {
    const auto dir = test::fresh_dir("relative");
    const fs::path previous = fs::current_path();
    REQUIRE(::chdir(dir.c_str()) == 0);
    for (const char* name : {"rel.gpkg", "rel.geojson", "rel.csv"}) {
        INFO(name);
        OutputOptions options;
        options.destination = name;
        options.overwrite = true;
        LayerSetWriter writer(options);
        auto schema = mentions_layer_schema();
        writer.begin_layer(schema);
        for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
        schema.name = "again";
        writer.begin_layer(schema);
        for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
        CHECK_NOTHROW(writer.commit());
        CHECK(fs::exists(name));
    }
    CHECK(fs::exists("rel.again.geojson"));
    CHECK(fs::exists("rel.again.csv"));
    CHECK(fs::exists("rel.qml"));
    for (const auto& entry : fs::directory_iterator("."))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
    REQUIRE(::chdir(previous.c_str()) == 0);
}
