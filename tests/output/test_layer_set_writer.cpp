#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "frontline/error.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "output_test_support.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

void write_mentions(const OutputOptions& options) {
    LayerSetWriter writer(options);
    writer.begin_layer(mentions_layer_schema());
    for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
    writer.commit();
}

OutputOptions options_for(const fs::path& path) {
    OutputOptions o;
    o.destination = path.string();
    return o;
}

GDALDatasetUniquePtr open_vector(const fs::path& path) {
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    return ds;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

OGRFieldType field_type(OGRLayer& layer, const char* name) {
    const int i = layer.GetLayerDefn()->GetFieldIndex(name);
    REQUIRE(i >= 0);
    return layer.GetLayerDefn()->GetFieldDefn(i)->GetType();
}

// Checks what every format must keep: count, types, values, null geometry.
void check_mentions_layer(OGRLayer& layer, bool typed_dates = true) {
    CHECK(layer.GetFeatureCount() == 2);
    CHECK((field_type(layer, "char_start") == OFTInteger || field_type(layer, "char_start") == OFTInteger64));
    if (typed_dates) {
        CHECK(field_type(layer, "event_date") == OFTDate);
        CHECK(field_type(layer, "reported_at") == OFTDateTime);
    }
    int resolved = 0, unresolved = 0;
    for (auto& f : layer) {
        const std::string surface = f->GetFieldAsString("surface");
        if (surface == "Vuhledar") {
            ++resolved;
            auto* geom = f->GetGeometryRef();
            REQUIRE(geom);
            CHECK(geom->toPoint()->getX() == Approx(37.24999).epsilon(0).margin(1e-7));
            CHECK(geom->toPoint()->getY() == Approx(47.77973).epsilon(0).margin(1e-7));
            CHECK(std::string(f->GetFieldAsString("claim")) == "captured");
            CHECK(f->GetFieldAsInteger("char_start") == 120);
            int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
            float s = 0;
            REQUIRE(f->GetFieldAsDateTime(f->GetFieldIndex("event_date"), &y, &mo, &d, &h, &mi, &s, &tz));
            CHECK((y == 2024 && mo == 10 && d == 2));
            REQUIRE(f->GetFieldAsDateTime(f->GetFieldIndex("reported_at"), &y, &mo, &d, &h, &mi, &s, &tz));
            CHECK((y == 2024 && mo == 10 && d == 2 && h == 12 && mi == 1));
        } else {
            ++unresolved;
            CHECK(surface == "Ugledarsk");
            const auto* geom = f->GetGeometryRef();
            CHECK((geom == nullptr || geom->IsEmpty()));
            CHECK(f->IsFieldNull(f->GetFieldIndex("place_id")));
        }
    }
    CHECK(resolved == 1);
    CHECK(unresolved == 1);
}

}  // namespace

TEST_CASE("driver is guessed from the destination", "[output]") {
    auto guess = [](std::string dest) {
        OutputOptions o;
        o.destination = std::move(dest);
        return LayerSetWriter::driver_for(o);
    };
    CHECK(guess("a/out.gpkg") == "GPKG");
    CHECK(guess("out.GeoJSON") == "GeoJSON");
    CHECK(guess("out.json") == "GeoJSON");
    CHECK(guess("out.geojsonl") == "GeoJSONSeq");
    CHECK(guess("out.jsonl") == "GeoJSONSeq");
    CHECK(guess("out.fgb") == "FlatGeobuf");
    CHECK(guess("out.csv") == "CSV");
    CHECK(guess("out.kml") == "KML");
    CHECK(guess("out.shp") == "ESRI Shapefile");
    CHECK(guess("PG:dbname=war password=secret") == "PostgreSQL");
    CHECK_THROWS_AS(guess("out.xyz"), UsageError);
    OutputOptions forced;
    forced.destination = "out.xyz";
    forced.driver = "GeoJSON";
    CHECK(LayerSetWriter::driver_for(forced) == "GeoJSON");
}

TEST_CASE("GeoJSON output is RFC 7946 with typed dates and null geometry", "[output]") {
    const auto dir = test::fresh_dir("geojson");
    const auto path = dir / "front.geojson";
    write_mentions(options_for(path));
    const std::string text = slurp(path);
    CHECK(text.find("\"crs\"") == std::string::npos);
    CHECK(text.find("[ 37.24999, 47.77973 ]") != std::string::npos);  // lon, lat
    CHECK(text.find("\"geometry\": null") != std::string::npos);
    CHECK(text.find("\"event_date\": \"2024-10-02\"") != std::string::npos);
    CHECK(text.find("\"reported_at\": \"2024-10-02T12:01:00Z\"") != std::string::npos);
    auto ds = open_vector(path);
    check_mentions_layer(*ds->GetLayer(0));
    // QGIS style sidecar with the same stem; no temporaries left behind.
    CHECK(fs::exists(dir / "front.qml"));
    for (const auto& e : fs::directory_iterator(dir)) CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("GeoJSON keeps 7 decimals", "[output]") {
    const auto dir = test::fresh_dir("geojson_precision");
    const auto path = dir / "p.geojson";
    LayerSetWriter writer(options_for(path));
    writer.begin_layer(LayerSchema{"pts", GeometryType::point, {{"name", FieldType::string}}, {}});
    writer.write(Feature{{}, LonLat{37.123456789, 47.987654321}, {std::string("x")}});
    writer.commit();
    const std::string text = slurp(path);
    CHECK(text.find("37.1234568") != std::string::npos);
    CHECK(text.find("47.9876543") != std::string::npos);
    CHECK(text.find("37.12345679") == std::string::npos);
}

TEST_CASE("GeoJSONSeq output: one feature per line, no record separator", "[output]") {
    const auto dir = test::fresh_dir("geojsonseq");
    const auto path = dir / "front.geojsonl";
    write_mentions(options_for(path));
    const std::string text = slurp(path);
    CHECK(text.find('\x1e') == std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 2);
    auto ds = open_vector(path);
    check_mentions_layer(*ds->GetLayer(0));
}

TEST_CASE("CSV output keeps types through a .csvt", "[output]") {
    const auto dir = test::fresh_dir("csv");
    const auto path = dir / "front.csv";
    write_mentions(options_for(path));
    CHECK(fs::exists(dir / "front.csvt"));
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.string().c_str(), GDAL_OF_VECTOR));
    REQUIRE(ds);
    OGRLayer& layer = *ds->GetLayer(0);
    CHECK(layer.GetFeatureCount() == 2);
    CHECK(field_type(layer, "char_start") == OFTInteger);
    CHECK(field_type(layer, "event_date") == OFTDate);
    CHECK(field_type(layer, "reported_at") == OFTDateTime);
    CHECK(slurp(path).find("37.24999") != std::string::npos);
}

TEST_CASE("GeoPackage output: layers, stable FIDs, styles, metadata", "[output]") {
    const auto dir = test::fresh_dir("gpkg");
    const auto path = dir / "front.gpkg";
    auto options = options_for(path);
    options.metadata = {{"gazetteer", "default-2024-11"}, {"inputs", "report1.txt"}};
    write_mentions(options);
    CHECK_FALSE(fs::exists(fs::path(path.string() + "-journal")));

    auto ds = open_vector(path);
    OGRLayer* mentions = ds->GetLayerByName("mentions");
    REQUIRE(mentions);
    check_mentions_layer(*mentions);
    CHECK(std::string(mentions->GetFIDColumn()) == "fid");
    const auto mention = test::sample_mentions()[0];
    OGRFeatureUniquePtr by_fid(mentions->GetFeature(stable_feature_id(mention.mention_id)));
    REQUIRE(by_fid);
    CHECK(std::string(by_fid->GetFieldAsString("mention_id")) == mention.mention_id);

    // Spatial index
    OGRLayer* rtree = ds->ExecuteSQL("SELECT HasSpatialIndex('mentions', 'geom')", nullptr, nullptr);
    REQUIRE(rtree);
    OGRFeatureUniquePtr has_index(rtree->GetNextFeature());
    CHECK(has_index->GetFieldAsInteger(0) == 1);
    ds->ReleaseResultSet(rtree);

    OGRLayer* styles = ds->GetLayerByName("layer_styles");
    REQUIRE(styles);
    REQUIRE(styles->GetFeatureCount() == 1);
    OGRFeatureUniquePtr style(styles->GetNextFeature());
    CHECK(std::string(style->GetFieldAsString("f_table_name")) == "mentions");
    CHECK(std::string(style->GetFieldAsString("f_geometry_column")) == "geom");
    CHECK(style->GetFieldAsInteger("useAsDefault") == 1);
    const std::string qml = style->GetFieldAsString("styleQML");
    CHECK(qml.find("type=\"pointDisplacement\"") != std::string::npos);
    CHECK(qml.find("startExpression=\"CASE WHEN &quot;event_date&quot; IS NULL") != std::string::npos);

    CHECK(std::string(ds->GetMetadataItem("gazetteer")) == "default-2024-11");
    CHECK(ds->GetMetadataItem("frontline_version") != nullptr);
}

TEST_CASE("GeoPackage with several layers and polygons", "[output]") {
    const auto dir = test::fresh_dir("gpkg_layers");
    const auto path = dir / "front.gpkg";
    LayerSetWriter writer(options_for(path));
    writer.begin_layer(mentions_layer_schema());
    for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
    writer.begin_layer(LayerSchema{"control", GeometryType::multipolygon,
                                   {{"as_of", FieldType::date}, {"method", FieldType::string}, {"side", FieldType::string}},
                                   {}});
    writer.write(Feature{{}, GeometryWkt{"POLYGON ((37 47, 38 47, 38 48, 37 47))"},
                         {Date{std::chrono::year{2024} / 11 / 1}, std::string("claims"), std::string("RU")}});
    writer.commit();
    auto ds = open_vector(path);
    REQUIRE(ds->GetLayerByName("control"));
    OGRLayer& control = *ds->GetLayerByName("control");
    CHECK(control.GetGeomType() == wkbMultiPolygon);
    OGRFeatureUniquePtr f(control.GetNextFeature());
    REQUIRE(f->GetGeometryRef());
    CHECK(wkbFlatten(f->GetGeometryRef()->getGeometryType()) == wkbMultiPolygon);
    CHECK(ds->GetLayerByName("layer_styles")->GetFeatureCount() == 2);
}

TEST_CASE("one-layer-per-file formats put later layers in sibling files", "[output]") {
    const auto dir = test::fresh_dir("siblings");
    const auto path = dir / "front.geojson";
    LayerSetWriter writer(options_for(path));
    writer.begin_layer(mentions_layer_schema());
    for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
    writer.begin_layer(LayerSchema{"events", GeometryType::point, {{"event_id", FieldType::string}}, {}});
    writer.write(Feature{{}, LonLat{37.25, 47.78}, {std::string("e1")}});
    writer.commit();
    CHECK(fs::exists(dir / "front.geojson"));
    CHECK(fs::exists(dir / "front.events.geojson"));
    CHECK(fs::exists(dir / "front.events.qml"));
    CHECK(writer.outputs().size() == 2);
}

TEST_CASE("an existing output is kept without --overwrite", "[output]") {
    const auto dir = test::fresh_dir("overwrite");
    for (const char* name : {"front.gpkg", "front.geojson"}) {
        const auto path = dir / name;
        write_mentions(options_for(path));
        const auto before = slurp(path);
        try {
            write_mentions(options_for(path));
            FAIL("no error for an existing output");
        } catch (const OutputError& e) {
            CHECK_THAT(e.what(), Catch::Contains("--overwrite"));
        }
        CHECK(slurp(path) == before);
        auto options = options_for(path);
        options.overwrite = true;
        CHECK_NOTHROW(write_mentions(options));
    }
}

TEST_CASE("an error mid-write leaves the previous output intact", "[output]") {
    const auto dir = test::fresh_dir("atomic");
    for (const char* name : {"front.gpkg", "front.geojson", "front.csv"}) {
        const auto path = dir / name;
        write_mentions(options_for(path));
        const auto before = slurp(path);
        auto options = options_for(path);
        options.overwrite = true;

        SECTION(std::string("schema error: ") + name) {
            LayerSetWriter writer(options);
            writer.begin_layer(mentions_layer_schema());
            writer.write(to_feature(test::sample_mentions()[0]));
            auto bad = to_feature(test::sample_mentions()[0]);
            bad.values[3] = std::string("not a number");  // char_start
            try {
                writer.write(bad);
                FAIL("no error for a string in an integer field");
            } catch (const OutputError& e) {
                CHECK_THAT(e.what(), Catch::Contains("char_start"));
                CHECK_THAT(e.what(), Catch::Contains("mentions"));
            }
            CHECK_THROWS_AS(writer.commit(), OutputError);
        }
        SECTION(std::string("throwing feature source: ") + name) {
            auto produce = [] (LayerSetWriter& writer) {
                writer.begin_layer(mentions_layer_schema());
                for (int i = 0; i < 1000; ++i) {
                    auto m = test::sample_mentions()[0];
                    m.mention_id += std::to_string(i);
                    writer.write(to_feature(m));
                }
                throw std::runtime_error("feature source failed");
            };
            LayerSetWriter writer(options);
            CHECK_THROWS_AS(produce(writer), std::runtime_error);
        }
        CHECK(slurp(path) == before);
        for (const auto& e : fs::directory_iterator(dir))
            CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    }
}

TEST_CASE("t_srs option: reprojects points and polygons", "[output]") {
    const auto dir = test::fresh_dir("reproject");
    const auto path = dir / "front.gpkg";
    auto options = options_for(path);
    options.target_srs = "EPSG:3857";
    LayerSetWriter writer(options);
    writer.begin_layer(mentions_layer_schema());
    for (const auto& m : test::sample_mentions()) writer.write(to_feature(m));
    writer.begin_layer(LayerSchema{"front", GeometryType::multilinestring, {{"side", FieldType::string}}, {}});
    writer.write(Feature{{}, GeometryWkt{"LINESTRING (37.24999 47.77973, 38 48)"}, {std::string("RU")}});
    writer.commit();

    auto ds = open_vector(path);
    OGRLayer& layer = *ds->GetLayerByName("mentions");
    const OGRSpatialReference* srs = layer.GetSpatialRef();
    REQUIRE(srs);
    CHECK(std::string(srs->GetAuthorityCode(nullptr)) == "3857");
    layer.SetAttributeFilter("surface = 'Vuhledar'");
    OGRFeatureUniquePtr f(layer.GetNextFeature());
    REQUIRE(f);
    const OGRPoint* p = f->GetGeometryRef()->toPoint();
    CHECK(p->getX() == Approx(4146649.919).epsilon(0).margin(0.01));  // R * lon
    CHECK(p->getY() == Approx(6070287.675).epsilon(0).margin(0.01));  // R * ln(tan(pi/4 + lat/2))
    OGRFeatureUniquePtr line(ds->GetLayerByName("front")->GetNextFeature());
    REQUIRE(line);
    OGREnvelope env;
    line->GetGeometryRef()->getEnvelope(&env);
    CHECK(env.MinX == Approx(4146649.919).epsilon(0).margin(0.01));
}

TEST_CASE("t_srs option: is refused for GeoJSON — bad CRS is a usage error", "[output]") {
    const auto dir = test::fresh_dir("tsrs_refused");
    auto options = options_for(dir / "x.geojson");
    options.target_srs = "EPSG:3857";
    CHECK_THROWS_AS(LayerSetWriter(options), UsageError);
    auto gpkg = options_for(dir / "x.gpkg");
    gpkg.target_srs = "EPSG:99999999";
    CHECK_THROWS_AS(LayerSetWriter(gpkg), UsageError);
}

TEST_CASE("connection passwords never appear in errors", "[output]") {
    OutputOptions options;
    options.destination = "PG:host=127.0.0.1 port=1 dbname=nowhere user=map password=s3cr3t connect_timeout=1";
    try {
        LayerSetWriter writer(options);
        FAIL("connected to a database that cannot exist");
    } catch (const Error& e) {
        const std::string what = e.what();
        CHECK(what.find("s3cr3t") == std::string::npos);
        CHECK_THAT(what, Catch::Contains("PostgreSQL"));
    }
}

TEST_CASE("other drivers: FlatGeobuf, Shapefile, KML write every mention", "[output]") {
    const auto dir = test::fresh_dir("other_drivers");
    for (const char* name : {"front.fgb", "front.shp", "front.kml"}) {
        INFO(name);
        const auto path = dir / name;
        REQUIRE_NOTHROW(write_mentions(options_for(path)));
        auto ds = open_vector(path);
        // GDAL 3.6's FlatGeobuf writer drops null geometries (documented gap).
        const GIntBig expected = std::string(name) == "front.fgb" ? 1 : 2;
        CHECK(ds->GetLayer(0)->GetFeatureCount() == expected);
    }
    CHECK(fs::exists(dir / "front.dbf"));
    CHECK(fs::exists(dir / "front.qml"));
}
