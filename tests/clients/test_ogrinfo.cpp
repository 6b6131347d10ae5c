// `ogrinfo` (GDAL's own reader, a separate program) on every file output of
// `frontline extract` shows each layer of the contract with its fields, in
// order, with the contract's types, as Point layers with the same counts.
// Where a format cannot hold a type, the documented substitute is accepted
// (docs/output.md): FlatGeobuf has no Date (DateTime), GeoJSON infers
// Integer for 64-bit counts that fit in 32 bits and reads the JSON-array
// fields (claimants, sources) as StringList. PostgreSQL: test_postgis.cpp.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include "client_support.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"

namespace fs = std::filesystem;
using namespace frontline;
using frontline::test::run_shell;
using frontline::test::sh_quote;

namespace {

struct LayerInfo {
    std::string geometry;
    long long count = -1;
    std::vector<std::pair<std::string, std::string>> fields;  // name, ogrinfo type
};

// Parses `ogrinfo -so -al` output: one LayerInfo per "Layer name:".
std::map<std::string, LayerInfo> parse_ogrinfo(const std::string& text) {
    std::map<std::string, LayerInfo> layers;
    LayerInfo* current = nullptr;
    std::istringstream in(text);
    std::string line;
    const std::regex field_re(R"(^([A-Za-z_][A-Za-z0-9_]*): ([A-Za-z0-9]+) \()");
    std::smatch m;
    while (std::getline(in, line)) {
        if (line.rfind("Layer name: ", 0) == 0) {
            current = &layers[line.substr(12)];
        } else if (!current) {
            continue;
        } else if (line.rfind("Geometry: ", 0) == 0) {
            current->geometry = line.substr(10);
        } else if (line.rfind("Feature Count: ", 0) == 0) {
            current->count = std::stoll(line.substr(15));
        } else if (std::regex_search(line, m, field_re)) {
            current->fields.emplace_back(m[1], m[2]);
        }
    }
    return layers;
}

std::string ogrinfo_type(FieldType t) {
    switch (t) {
        case FieldType::string: return "String";
        case FieldType::integer: return "Integer";
        case FieldType::integer64: return "Integer64";
        case FieldType::real: return "Real";
        case FieldType::date: return "Date";
        case FieldType::datetime: return "DateTime";
    }
    return "?";
}

std::set<std::string> accepted(const std::string& format, const FieldDef& field) {
    std::set<std::string> ok{ogrinfo_type(field.type)};
    const bool geojson = format == "GeoJSON" || format == "GeoJSONSeq";
    if (format == "FlatGeobuf" && field.type == FieldType::date) ok = {"DateTime"};
    if (geojson && field.type == FieldType::integer64) ok.insert("Integer");
    if (geojson && (field.name == "claimants" || field.name == "sources")) ok.insert("StringList");
    return ok;
}

void check_contract(const std::string& format, LayerInfo info, const LayerSchema& contract) {
    INFO(format << " layer " << contract.name);
    // CSV (GEOMETRY=AS_XY) writes the point as leading X and Y columns.
    if (format == "CSV" && info.fields.size() >= 2 && info.fields[0].first == "X" && info.fields[1].first == "Y")
        info.fields.erase(info.fields.begin(), info.fields.begin() + 2);
    CHECK(info.geometry == "Point");
    REQUIRE(info.fields.size() >= contract.fields.size());
    // Field order is the contract's; a driver adds none in between.
    for (std::size_t i = 0; i < contract.fields.size(); ++i) {
        const FieldDef& field = contract.fields[i];
        INFO("field " << i << " " << field.name << " shown as " << info.fields[i].first << ": " << info.fields[i].second);
        CHECK(info.fields[i].first == field.name);
        CHECK(accepted(format, field).count(info.fields[i].second) == 1);
    }
}

}  // namespace

TEST_CASE("ogrinfo shows the contract's layers, fields and types in every file output", "[clients][ogrinfo]") {
    const fs::path dir = test::client_dir("ogrinfo");
    const auto probe = run_shell("ogrinfo --version", dir / "probe");
    if (probe.status != 0) {
        test::client_missing("ogrinfo is not installed (apt-get install gdal-bin)");
        return;
    }
    const std::vector<LayerSchema> contract{mentions_layer_schema(), events_layer_schema(), places_layer_schema()};

    // GeoPackage: one file, three layers; its counts are the reference.
    const fs::path gpkg = dir / "out.gpkg";
    auto r = test::extract_examples(gpkg.string(), dir / "extract-gpkg", "--quiet");
    INFO(r.err);
    REQUIRE(r.status == 0);
    auto info = run_shell("ogrinfo -so -al -ro " + sh_quote(gpkg.string()), dir / "ogrinfo-gpkg");
    REQUIRE(info.status == 0);
    const auto gpkg_layers = parse_ogrinfo(info.out);
    std::map<std::string, long long> counts;
    for (const auto& schema : contract) {
        REQUIRE(gpkg_layers.count(schema.name) == 1);
        check_contract("GPKG", gpkg_layers.at(schema.name), schema);
        counts[schema.name] = gpkg_layers.at(schema.name).count;
        CHECK(counts[schema.name] > 0);
    }
    CHECK(info.out.find("FID Column = fid") != std::string::npos);

    // One layer per file: the first layer at the path, the others beside it.
    const std::vector<std::pair<std::string, std::string>> formats{
        {"GeoJSON", ".geojson"}, {"GeoJSONSeq", ".geojsonl"}, {"FlatGeobuf", ".fgb"}, {"CSV", ".csv"}};
    for (const auto& [format, ext] : formats) {
        INFO("format " << format);
        const fs::path first = dir / ("out" + ext);
        r = test::extract_examples(first.string(), dir / ("extract-" + format), "--quiet");
        INFO(r.err);
        REQUIRE(r.status == 0);
        for (std::size_t i = 0; i < contract.size(); ++i) {
            const fs::path file = i == 0 ? first : dir / ("out." + contract[i].name + ext);
            REQUIRE(fs::exists(file));
            info = run_shell("ogrinfo -so -al -ro " + sh_quote(file.string()), dir / ("ogrinfo-" + format));
            INFO(info.err);
            REQUIRE(info.status == 0);
            const auto layers = parse_ogrinfo(info.out);
            REQUIRE(layers.size() == 1);
            check_contract(format, layers.begin()->second, contract[i]);
            // FlatGeobuf (GDAL 3.6) drops null geometries; all others keep every feature.
            if (format == "FlatGeobuf") CHECK(layers.begin()->second.count <= counts[contract[i].name]);
            else CHECK(layers.begin()->second.count == counts[contract[i].name]);
        }
    }
}
