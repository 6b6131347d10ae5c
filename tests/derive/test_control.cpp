// derive_control on a synthetic grid gazetteer: which side holds known
// points, the front between two clusters, validity of every geometry.
#include <catch2/catch.hpp>

#include <algorithm>

#include "derive_test_support.hpp"
#include "frontline/derive/control.hpp"
#include "frontline/error.hpp"

using namespace frontline;
using namespace frontline::test;

namespace {

// Ukraine holds the west (lon ~36.7), Russia the east (lon ~37.3), 45 km
// apart: two separate clusters with unclaimed ground between them.
std::vector<Event> two_clusters() {
    return {
        make_event("West1", "captured", "UA", ymd(2024, 11, 1), 48.00, 36.70),
        make_event("West2", "advanced", "UA", ymd(2024, 11, 2), 48.05, 36.72),
        make_event("East1", "captured", "RU", ymd(2024, 11, 6), 48.00, 37.30),
        make_event("East2", "captured", "RU", ymd(2024, 11, 7), 47.95, 37.28),
    };
}

}  // namespace

TEST_CASE("synthetic events give the expected sides of known points", "[derive]") {
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 5), ymd(2024, 11, 8)};
    auto out = derive_control(two_clusters(), grid_gazetteer(), o);
    REQUIRE(!out.control.empty());

    // Before Russia's claims only Ukraine's area exists.
    CHECK(side_at(out.control, ymd(2024, 11, 5), 48.00, 36.70) == "UA");
    CHECK(side_at(out.control, ymd(2024, 11, 5), 48.00, 37.30).empty());
    // After them both.
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.00, 36.70) == "UA");
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.00, 37.30) == "RU");
    CHECK(side_at(out.control, ymd(2024, 11, 8), 47.96, 37.27) == "RU");
    // Far from every claim: nobody.
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.00, 37.00).empty());
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.14, 36.62).empty());

    // Fields and order: (as_of, side), one feature per side and date.
    REQUIRE(out.control.size() == 3);
    CHECK(as_of_of(out.control[0]) == ymd(2024, 11, 5));
    CHECK(side_of(out.control[0]) == "UA");
    CHECK(side_of(out.control[1]) == "RU");
    CHECK(side_of(out.control[2]) == "UA");
    CHECK(method_of(out.control[0]) == "voronoi-latest-claim");
    CHECK(control_layer_schema().fields.size() == out.control[0].values.size());
    CHECK(control_layer_schema().geometry == GeometryType::multipolygon);
    CHECK(front_layer_schema().geometry == GeometryType::multilinestring);
}

TEST_CASE("the window forgets old claims and later claims win", "[derive]") {
    auto events = two_clusters();
    // Ukraine withdraws from West1 a month later: Russia gains it.
    events.push_back(make_event("West1", "withdrew", "UA", ymd(2024, 12, 1), 48.00, 36.70));
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 20), ymd(2024, 12, 2)};
    o.window_days = 60;
    auto out = derive_control(events, grid_gazetteer(), o);
    CHECK(side_at(out.control, ymd(2024, 11, 20), 48.00, 36.70) == "UA");
    CHECK(side_at(out.control, ymd(2024, 12, 2), 48.00, 36.70) == "RU");

    o.as_of = {ymd(2025, 6, 1)};  // every claim older than the window
    CHECK(derive_control(events, grid_gazetteer(), o).control.empty());

    // Denied and disputed claims and claims without a side count for nothing.
    auto denied = make_event("East1", "captured", "RU", ymd(2024, 11, 6), 48.00, 37.30);
    denied.status = ClaimStatus::denied;
    auto nosided = make_event("East2", "captured", "RU", ymd(2024, 11, 6), 47.95, 37.28);
    nosided.actor_side.reset();
    auto struck = make_event("East3", "struck", "RU", ymd(2024, 11, 6), 47.95, 37.28);
    o.as_of = {ymd(2024, 11, 8)};
    CHECK(derive_control({denied, nosided, struck}, grid_gazetteer(), o).control.empty());
    auto disputed = make_event("East1", "captured", "RU", ymd(2024, 11, 6), 48.00, 37.30);
    disputed.status = ClaimStatus::disputed;
    CHECK(derive_control({disputed}, grid_gazetteer(), o).control.empty());
    o.include_disputed = true;
    CHECK(side_at(derive_control({disputed, denied}, grid_gazetteer(), o).control, ymd(2024, 11, 8), 48.00, 37.30) == "RU");
}

TEST_CASE("a front line runs between two adjoining clusters", "[derive]") {
    // Ukraine at 36.97, Russia at 37.03 (4.5 km apart), same day: the cells
    // between are split by distance and the contact line runs near 37.00.
    std::vector<Event> events = {
        make_event("W", "captured", "UA", ymd(2024, 11, 7), 48.00, 36.97),
        make_event("E", "captured", "RU", ymd(2024, 11, 7), 48.00, 37.03),
    };
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 8)};
    auto out = derive_control(events, grid_gazetteer(), o);
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.00, 36.95) == "UA");
    CHECK(side_at(out.control, ymd(2024, 11, 8), 48.00, 37.05) == "RU");

    Geos geos;
    int contacts = 0, limits = 0;
    for (const auto& f : out.front) {
        auto g = read_feature_geometry(geos, f);
        CHECK(GEOSGeomTypeId_r(geos.h, g.g) == GEOS_MULTILINESTRING);
        if (method_of(f) == "voronoi-latest-claim/contact") {
            ++contacts;
            // Every vertex lies between the two event places.
            double minx = 0, maxx = 0, miny = 0, maxy = 0;
            GEOSGeom_getXMin_r(geos.h, g.g, &minx);
            GEOSGeom_getXMax_r(geos.h, g.g, &maxx);
            GEOSGeom_getYMin_r(geos.h, g.g, &miny);
            GEOSGeom_getYMax_r(geos.h, g.g, &maxy);
            CHECK(minx > 36.97);
            CHECK(maxx < 37.03);
            CHECK(maxy - miny > 0.05);  // runs north-south for several km
            double len = 0;
            GEOSLength_r(geos.h, g.g, &len);
            CHECK(len > 0.05);
        } else {
            CHECK(method_of(f) == "voronoi-latest-claim/limit");
            ++limits;
        }
    }
    CHECK(contacts == 2);  // once for each side
    CHECK(limits == 2);

    // Separate clusters touch nowhere: limits only.
    DeriveOptions o2;
    o2.as_of = {ymd(2024, 11, 8)};
    auto apart = derive_control(two_clusters(), grid_gazetteer(), o2);
    REQUIRE(!apart.front.empty());
    for (const auto& f : apart.front) CHECK(method_of(f) == "voronoi-latest-claim/limit");
}

TEST_CASE("derived geometries are valid for GEOS", "[derive]") {
    auto events = two_clusters();
    events.push_back(make_event("W", "captured", "UA", ymd(2024, 11, 7), 48.00, 36.97));
    events.push_back(make_event("E", "captured", "RU", ymd(2024, 11, 7), 48.00, 37.03));
    events.push_back(make_event("Lone", "captured", "RU", ymd(2024, 11, 7), 47.50, 38.50));  // no settlement near
    DeriveOptions o;
    o.as_of = parse_as_of("2024-11-01:2024-11-10:3d");
    REQUIRE(o.as_of.size() == 4);
    // Clip to a box cutting through the eastern cluster.
    o.clip = "POLYGON((36 47, 37.29 47, 37.29 49, 36 49, 36 47))";
    auto out = derive_control(events, grid_gazetteer(), o);
    REQUIRE(!out.control.empty());
    REQUIRE(!out.front.empty());
    Geos geos;
    for (const auto& f : out.control) {
        auto g = read_feature_geometry(geos, f);
        CHECK(GEOSGeomTypeId_r(geos.h, g.g) == GEOS_MULTIPOLYGON);
        CHECK(GEOSisValid_r(geos.h, g.g) == 1);
        CHECK(GEOSisEmpty_r(geos.h, g.g) == 0);
        double maxx = 0;
        GEOSGeom_getXMax_r(geos.h, g.g, &maxx);
        CHECK(maxx <= 37.29 + 1e-9);  // clipped
        REQUIRE(f.fid.has_value());
    }
    for (const auto& f : out.front) {
        auto g = read_feature_geometry(geos, f);
        CHECK(GEOSGeomTypeId_r(geos.h, g.g) == GEOS_MULTILINESTRING);
        CHECK(GEOSisValid_r(geos.h, g.g) == 1);
    }
    // The lone event outside the clip yields nothing there.
    CHECK(side_at(out.control, ymd(2024, 11, 7), 47.50, 38.50).empty());
    // Without the clip the lone event holds its own cell.
    o.clip.clear();
    auto unclipped = derive_control(events, grid_gazetteer(), o);
    CHECK(side_at(unclipped.control, ymd(2024, 11, 7), 47.50, 38.50) == "RU");

    // Deterministic: the same input gives byte-identical output.
    auto again = derive_control(events, grid_gazetteer(), o);
    REQUIRE(again.control.size() == unclipped.control.size());
    for (std::size_t i = 0; i < again.control.size(); ++i) {
        CHECK(std::get<GeometryWkb>(again.control[i].geometry).bytes ==
              std::get<GeometryWkb>(unclipped.control[i].geometry).bytes);
        CHECK(again.control[i].fid == unclipped.control[i].fid);
    }
}

TEST_CASE("as-of dates and series parse", "[derive]") {
    CHECK(parse_as_of("2024-11-08") == std::vector<Date>{ymd(2024, 11, 8)});
    CHECK(parse_as_of("2024-11-01:2024-11-15:1w") ==
          std::vector<Date>{ymd(2024, 11, 1), ymd(2024, 11, 8), ymd(2024, 11, 15)});
    CHECK(parse_as_of("2024-11-01:2024-11-03:1,2024-11-02").size() == 3);
    CHECK_THROWS_AS(parse_as_of("2024-11"), UsageError);
    CHECK_THROWS_AS(parse_as_of("2024-11-08:2024-11-01:1"), UsageError);
    CHECK_THROWS_AS(parse_as_of("2024-11-01:2024-11-08:0"), UsageError);
    CHECK_THROWS_AS(parse_as_of("2024-11-01:2024-11-08:3x"), UsageError);
    CHECK(gaining_side(ClaimType::withdrew, "UA") == std::optional<std::string>("RU"));
    CHECK(gaining_side(ClaimType::withdrew, "KP") == std::optional<std::string>("UA"));
    CHECK(gaining_side(ClaimType::captured, "RU") == std::optional<std::string>("RU"));
    CHECK_FALSE(gaining_side(ClaimType::struck, "RU"));
    CHECK_FALSE(gaining_side(ClaimType::captured, ""));
}

TEST_CASE("a clip area loads from an OGR source", "[derive]") {
    auto dir = derive_tmp("clip");
    write_text(dir / "land.geojson",
               R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Polygon","coordinates":[[[36,47],[37,47],[37,49],[36,49],[36,47]]]}},
{"type":"Feature","properties":{"name":"b"},"geometry":{"type":"Polygon","coordinates":[[[37,47],[38,47],[38,49],[37,49],[37,47]]]}}]})");
    DeriveOptions o;
    o.clip = load_clip_area((dir / "land.geojson").string());
    Geos geos;
    Feature f;
    GEOSWKBReader* r = GEOSWKBReader_create_r(geos.h);
    GeomPtr g(geos.h, GEOSWKBReader_readHEX_r(geos.h, r, reinterpret_cast<const unsigned char*>(o.clip.data()), o.clip.size()));
    GEOSWKBReader_destroy_r(geos.h, r);
    REQUIRE(g.g != nullptr);
    double area = 0;
    GEOSArea_r(geos.h, g.g, &area);
    CHECK(area == Approx(4.0));
    auto only_b = load_clip_area((dir / "land.geojson").string(), "name = 'b'");
    CHECK(only_b != o.clip);
    CHECK_THROWS_AS(load_clip_area((dir / "land.geojson").string(), "name = 'zzz'"), InputError);
    CHECK_THROWS_AS(load_clip_area((dir / "missing.geojson").string()), InputError);
}

TEST_CASE("a clip area that cannot be opened says why", "[derive]") {
    try {
        load_clip_area("/nonexistent/nothere.gpkg");
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.where().file == "/nonexistent/nothere.gpkg");
        CHECK_THAT(e.what(), Catch::Contains("cannot open clip area: no such file or directory"));
    }
}

TEST_CASE("claims about a region, a country or a direction never become control", "[derive]") {
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 8)};
    auto oblast = make_event("Oblast", "captured", "UA", ymd(2024, 11, 6), 48.00, 37.00);
    oblast.kind = PlaceKind::admin1;
    oblast.geo_precision = GeoPrecision::region;
    auto country = make_event("Country", "captured", "RU", ymd(2024, 11, 6), 48.00, 37.00);
    country.kind = PlaceKind::country;
    country.geo_precision = GeoPrecision::country;
    auto direction = make_event("Direction", "advanced", "RU", ymd(2024, 11, 6), 48.00, 37.00);
    direction.geo_precision = GeoPrecision::direction;
    CHECK(derive_control({oblast, country, direction}, grid_gazetteer(), o).control.empty());
}
