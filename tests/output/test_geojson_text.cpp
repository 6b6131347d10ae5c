// frontline's own GeoJSONSeq text (geojson_text.hpp) against GDAL's driver:
// the same features must read back as the same JSON, on awkward values.
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "frontline/output/geojson_text.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "output_test_support.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

std::vector<Mention> awkward_mentions() {
    std::vector<Mention> out = test::sample_mentions();
    Mention m = out.front();
    m.mention_id = "odd \"quoted\" \\ back/slash.txt:1-2";
    m.sentence = "Tabs\tnew\nlines, a bell \x07, Cyrillic «Вугледар», emoji \xF0\x9F\x94\xA5 and </script>";
    m.lon = -0.00000001;  // rounds to 0 at 7 decimals
    m.lat = -33.1234567890;
    m.resolution_score = 1.0 / 3.0;
    m.quantity = 2147483647;
    out.push_back(m);
    return out;
}

std::vector<nlohmann::json> lines_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<nlohmann::json> out;
    for (std::string line; std::getline(in, line);) out.push_back(nlohmann::json::parse(line));
    return out;
}

}  // namespace

TEST_CASE("native GeoJSONSeq reads back as GDAL's own", "[output]") {
    const auto dir = test::fresh_dir("geojson-text");
    auto write = [&](const fs::path& path, bool through_gdal) {
        OutputOptions o;
        o.destination = path.string();
        if (through_gdal) o.layer_options = {"RS=NO"};  // any -lco sends the layer through GDAL
        LayerSetWriter writer(o);
        writer.begin_layer(mentions_layer_schema());
        CHECK(writer.writes_text() == !through_gdal);
        for (const auto& m : awkward_mentions()) writer.write(to_feature(m));
        writer.commit();
    };
    write(dir / "native.geojsonl", false);
    write(dir / "gdal.geojsonl", true);
    auto native = lines_of(dir / "native.geojsonl");
    auto gdal = lines_of(dir / "gdal.geojsonl");
    REQUIRE(native.size() == 3);
    REQUIRE(gdal.size() == 3);
    for (std::size_t i = 0; i < native.size(); ++i) {
        INFO(native[i].dump() << "\n" << gdal[i].dump());
        CHECK(native[i] == gdal[i]);
    }
    CHECK(native[2]["geometry"]["coordinates"][0] == 0);
}

TEST_CASE("pre-serialised text is appended and counted", "[output]") {
    const auto dir = test::fresh_dir("geojson-text-append");
    OutputOptions o;
    o.destination = (dir / "m.geojsonl").string();
    LayerSetWriter writer(o);
    writer.begin_layer(mentions_layer_schema());
    REQUIRE(writer.writes_text());
    std::string text;
    for (const auto& m : test::sample_mentions()) REQUIRE_FALSE(append_geojson_feature(text, mentions_layer_schema(), to_feature(m)));
    writer.write_text(text, 2);
    CHECK(writer.feature_count() == 2);
    writer.commit();
    CHECK(lines_of(dir / "m.geojsonl").size() == 2);
}

TEST_CASE("a value that does not fit its field is refused, nothing appended", "[output]") {
    Feature f = to_feature(test::sample_mentions().front());
    f.values[3] = std::string("not a number");  // char_start is an integer
    std::string out = "kept";
    auto error = append_geojson_feature(out, mentions_layer_schema(), f);
    REQUIRE(error);
    CHECK(error->find("char_start") != std::string::npos);
    CHECK(out == "kept");
}

TEST_CASE("strings read back the same whatever the position of a character to escape", "[output]") {
    // Long strings are scanned a word at a time: put each character that
    // needs an escape at every offset of a word, among multi-byte letters.
    const std::string base = "Kursk and Вугледар, a long sentence of words";
    for (char special : {'"', '\\', '\n', '\t', '\x01', '\x1f'}) {
        for (std::size_t at = 0; at <= 24; ++at) {
            if ((base[at] & 0xC0) == 0x80) continue;  // not inside a letter
            Mention m = test::sample_mentions().front();
            m.sentence = base.substr(0, at) + special + base.substr(at);
            std::string text;
            REQUIRE_FALSE(append_geojson_feature(text, mentions_layer_schema(), to_feature(m)));
            INFO("special " << int(special) << " at " << at);
            CHECK(nlohmann::json::parse(text)["properties"]["sentence"] == m.sentence);
        }
    }
}
