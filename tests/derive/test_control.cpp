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

// The grid's settlement (i, j): lon 36.60 + 0.04 i, lat 47.85 + 0.027 j.
double grid_lon(int i) { return 36.60 + 0.04 * i; }
double grid_lat(int j) { return 47.85 + 0.027 * j; }

// A claim about the grid's settlement (i, j), under its own gazetteer id.
Event grid_event(int i, int j, std::string claim, std::string side, Date date) {
    Event e = make_event("grid", std::move(claim), side, date, grid_lat(j), grid_lon(i));
    e.place_id = "test:" + std::to_string(i * 12 + j + 1);
    e.place_name = "Grid " + std::to_string(i) + "-" + std::to_string(j);
    e.event_id = EventBuilder::make_event_id(e.place_id, std::string(to_string(e.claim)), side, format_date(date));
    return e;
}

// Russia holds everything east of lon 37.10 on 31 October.
Baseline east_held() {
    Baseline b;
    b.area = "POLYGON((37.10 47.70, 37.60 47.70, 37.60 48.30, 37.10 48.30, 37.10 47.70))";
    b.date = ymd(2024, 10, 31);
    b.side = "RU";
    b.source = "east.geojson";
    return b;
}

const Feature* with_method(const std::vector<Feature>& fs, Date d, const std::string& method, const std::string& side) {
    for (const auto& f : fs)
        if (as_of_of(f) == d && method_of(f) == method && side_of(f) == side) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("without a baseline: the claimed settlements' areas, named as such, and no front line", "[derive]") {
    const std::vector<Event> events = {
        grid_event(5, 5, "captured", "UA", ymd(2024, 11, 1)),
        grid_event(15, 5, "captured", "RU", ymd(2024, 11, 6)),
    };
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 5), ymd(2024, 11, 8)};
    auto out = derive_control(events, grid_gazetteer(), o);
    CHECK(out.front.empty());
    REQUIRE(out.control.size() == 3);

    CHECK(side_at(out.control, ymd(2024, 11, 5), grid_lat(5), grid_lon(5)) == "UA");
    CHECK(side_at(out.control, ymd(2024, 11, 5), grid_lat(5), grid_lon(15)).empty());
    CHECK(side_at(out.control, ymd(2024, 11, 8), grid_lat(5), grid_lon(15)) == "RU");
    // Only the settlement claimed: its neighbour 3 km away is nobody's.
    CHECK(side_at(out.control, ymd(2024, 11, 8), grid_lat(5), grid_lon(6)).empty());
    CHECK(side_at(out.control, ymd(2024, 11, 8), grid_lat(6), grid_lon(15)).empty());

    const auto schema = control_layer_schema();
    auto field = [&](const Feature& f, const std::string& name) -> const FieldValue& {
        for (std::size_t i = 0; i < schema.fields.size(); ++i)
            if (schema.fields[i].name == name) return f.values.at(i);
        FAIL("no field " << name);
        return f.values.at(0);
    };
    const Feature& first = out.control[0];
    REQUIRE(first.values.size() == schema.fields.size());
    CHECK(method_of(first) == "settlement-claims");
    CHECK(std::get<Date>(field(first, "valid_from")) == ymd(2024, 11, 5));
    CHECK(std::get<Date>(field(first, "valid_to")) == ymd(2024, 11, 8));  // until the next as_of
    CHECK(std::holds_alternative<std::monostate>(field(out.control[2], "valid_to")));  // the last: open
    CHECK(std::get<std::string>(field(first, "place_id")) == events[0].place_id);
    CHECK(std::get<std::string>(field(first, "event_ids")) == "[\"" + events[0].event_id + "\"]");
    CHECK(std::get<std::string>(field(first, "status")) == "asserted");
    CHECK(std::get<std::int64_t>(field(first, "n_reports")) == 1);

    // A village's footprint: a disc of 0.8 km at most, cut by its neighbours.
    Geos geos;
    auto g = read_feature_geometry(geos, first);
    CHECK(GEOSisValid_r(geos.h, g.g) == 1);
    double minx = 0, maxx = 0;
    GEOSGeom_getXMin_r(geos.h, g.g, &minx);
    GEOSGeom_getXMax_r(geos.h, g.g, &maxx);
    CHECK((maxx - minx) * 74.5 <= 1.7);  // km at 48N
    CHECK((maxx - minx) * 74.5 >= 1.4);
    CHECK(footprint_radius_km(0) == Approx(0.8));
    CHECK(footprint_radius_km(50000) == Approx(0.6 + 0.45 * std::sqrt(50.0)));
    CHECK(footprint_radius_km(50'000'000) == Approx(10.0));
}

TEST_CASE("the window forgets old claims and later claims win", "[derive]") {
    std::vector<Event> events = {grid_event(5, 5, "captured", "UA", ymd(2024, 11, 1))};
    // Ukraine withdraws a month later: Russia gains it.
    events.push_back(grid_event(5, 5, "withdrew", "UA", ymd(2024, 12, 1)));
    DeriveOptions o;
    o.as_of = {ymd(2024, 11, 20), ymd(2024, 12, 2)};
    o.window_days = 60;
    auto out = derive_control(events, grid_gazetteer(), o);
    CHECK(side_at(out.control, ymd(2024, 11, 20), grid_lat(5), grid_lon(5)) == "UA");
    CHECK(side_at(out.control, ymd(2024, 12, 2), grid_lat(5), grid_lon(5)) == "RU");

    o.as_of = {ymd(2025, 6, 1)};  // every claim older than the window
    CHECK(derive_control(events, grid_gazetteer(), o).control.empty());

    // Denied and disputed claims, claims without a side, strikes and
    // advances count for nothing.
    auto denied = grid_event(15, 5, "captured", "RU", ymd(2024, 11, 6));
    denied.status = ClaimStatus::denied;
    auto nosided = grid_event(15, 6, "captured", "RU", ymd(2024, 11, 6));
    nosided.actor_side.reset();
    auto struck = grid_event(15, 7, "struck", "RU", ymd(2024, 11, 6));
    auto advanced = grid_event(15, 8, "advanced", "RU", ymd(2024, 11, 6));
    o.as_of = {ymd(2024, 11, 8)};
    CHECK(derive_control({denied, nosided, struck, advanced}, grid_gazetteer(), o).control.empty());
    auto disputed = grid_event(15, 5, "captured", "RU", ymd(2024, 11, 6));
    disputed.status = ClaimStatus::disputed;
    CHECK(derive_control({disputed}, grid_gazetteer(), o).control.empty());
    o.include_disputed = true;
    CHECK(side_at(derive_control({disputed, denied}, grid_gazetteer(), o).control, ymd(2024, 11, 8), grid_lat(5),
                  grid_lon(15)) == "RU");
}

TEST_CASE("against a baseline: captures outside add, captures inside remove, the front is the updated edge", "[derive]") {
    const std::vector<Event> events = {
        grid_event(10, 5, "captured", "RU", ymd(2024, 11, 3)),  // lon 37.00: outside, added
        grid_event(15, 5, "captured", "UA", ymd(2024, 11, 4)),  // lon 37.20: inside, removed
        grid_event(18, 5, "captured", "RU", ymd(2024, 11, 4)),  // lon 37.32: inside already, no change
        grid_event(5, 5, "captured", "RU", ymd(2024, 10, 20)),  // before the baseline: in it already
    };
    DeriveOptions o;
    o.baseline = east_held();
    o.as_of = {ymd(2024, 11, 1), ymd(2024, 11, 8)};
    auto out = derive_control(events, grid_gazetteer(), o);

    // 1 November: the baseline unchanged, no change polygon.
    const Feature* nov1 = with_method(out.control, ymd(2024, 11, 1), "baseline+claims", "RU");
    REQUIRE(nov1);
    CHECK_FALSE(with_method(out.control, ymd(2024, 11, 1), "claimed-change", "RU"));

    // 8 November: one gain, one loss.
    const Feature* added = with_method(out.control, ymd(2024, 11, 8), "claimed-change", "RU");
    const Feature* removed = with_method(out.control, ymd(2024, 11, 8), "claimed-change", "UA");
    const Feature* updated = with_method(out.control, ymd(2024, 11, 8), "baseline+claims", "RU");
    REQUIRE(added);
    REQUIRE(removed);
    REQUIRE(updated);
    CHECK(std::count_if(out.control.begin(), out.control.end(), [](const Feature& f) {
              return as_of_of(f) == ymd(2024, 11, 8) && method_of(f) == "claimed-change";
          }) == 2);
    Geos geos;
    auto a = read_feature_geometry(geos, *added);
    auto r = read_feature_geometry(geos, *removed);
    auto u = read_feature_geometry(geos, *updated);
    CHECK(covers_point(geos, a, grid_lat(5), grid_lon(10)));
    CHECK(covers_point(geos, r, grid_lat(5), grid_lon(15)));
    CHECK(covers_point(geos, u, grid_lat(5), grid_lon(10)));
    CHECK_FALSE(covers_point(geos, u, grid_lat(5), grid_lon(15)));
    CHECK(covers_point(geos, u, grid_lat(5), grid_lon(18)));
    CHECK_FALSE(covers_point(geos, u, grid_lat(5), grid_lon(5)));
    CHECK(std::get<std::string>(added->values.at(7)) == "[\"" + events[0].event_id + "\"]");
    // The updated area names every change behind it.
    const std::string ids = std::get<std::string>(updated->values.at(7));
    CHECK_THAT(ids, Catch::Contains(events[0].event_id));
    CHECK_THAT(ids, Catch::Contains(events[1].event_id));
    CHECK_THAT(ids, !Catch::Contains(events[2].event_id));

    // The front: the updated edge, bulging west around the gain.
    REQUIRE(out.front.size() == 2);
    for (const auto& f : out.front) {
        auto g = read_feature_geometry(geos, f);
        CHECK(GEOSGeomTypeId_r(geos.h, g.g) == GEOS_MULTILINESTRING);
        CHECK(GEOSisValid_r(geos.h, g.g) == 1);
        double minx = 0;
        GEOSGeom_getXMin_r(geos.h, g.g, &minx);
        if (as_of_of(f) == ymd(2024, 11, 1)) CHECK(minx == Approx(37.10).margin(1e-6));
        else CHECK(minx < 37.00);
    }

    // A clip takes its outline (a border, a coast) out of the front.
    o.clip = "POLYGON((36 47, 37.60 47, 37.60 49, 36 49, 36 47))";
    auto clipped = derive_control(events, grid_gazetteer(), o);
    REQUIRE(clipped.front.size() == 2);
    auto whole = read_feature_geometry(geos, out.front[1]);
    auto cut = read_feature_geometry(geos, clipped.front[1]);
    double whole_len = 0, cut_len = 0;
    GEOSLength_r(geos.h, whole.g, &whole_len);
    GEOSLength_r(geos.h, cut.g, &cut_len);
    CHECK(cut_len < whole_len - 0.4);  // the eastern edge at 37.60 is gone

    // Claims can only change a map from before them.
    o.as_of = {ymd(2024, 10, 30)};
    CHECK_THROWS_WITH(derive_control(events, grid_gazetteer(), o), Catch::Contains("east.geojson"));
}

TEST_CASE("derived geometries are valid for GEOS and deterministic", "[derive]") {
    std::vector<Event> events = {
        grid_event(5, 5, "captured", "UA", ymd(2024, 11, 1)),
        grid_event(6, 5, "captured", "RU", ymd(2024, 11, 2)),
        grid_event(15, 5, "captured", "RU", ymd(2024, 11, 6)),
    };
    events.push_back(make_event("Lone", "captured", "RU", ymd(2024, 11, 7), 47.50, 38.50));  // no settlement near
    DeriveOptions o;
    o.as_of = parse_as_of("2024-11-01:2024-11-10:3d");
    REQUIRE(o.as_of.size() == 4);
    // Clip to a box cutting through a claimed settlement.
    o.clip = "POLYGON((36 47, 37.195 47, 37.195 49, 36 49, 36 47))";
    auto out = derive_control(events, grid_gazetteer(), o);
    REQUIRE(!out.control.empty());
    Geos geos;
    for (const auto& f : out.control) {
        auto g = read_feature_geometry(geos, f);
        CHECK(GEOSGeomTypeId_r(geos.h, g.g) == GEOS_MULTIPOLYGON);
        CHECK(GEOSisValid_r(geos.h, g.g) == 1);
        CHECK(GEOSisEmpty_r(geos.h, g.g) == 0);
        double maxx = 0;
        GEOSGeom_getXMax_r(geos.h, g.g, &maxx);
        CHECK(maxx <= 37.195 + 1e-9);  // clipped
        REQUIRE(f.fid.has_value());
    }
    // Adjoining settlements of two sides do not overlap (side_at checks).
    CHECK(side_at(out.control, ymd(2024, 11, 4), grid_lat(5), grid_lon(5)) == "UA");
    CHECK(side_at(out.control, ymd(2024, 11, 4), grid_lat(5), grid_lon(6)) == "RU");
    // The lone event outside the clip yields nothing there.
    CHECK(side_at(out.control, ymd(2024, 11, 7), 47.50, 38.50).empty());
    o.clip.clear();
    auto unclipped = derive_control(events, grid_gazetteer(), o);
    CHECK(side_at(unclipped.control, ymd(2024, 11, 7), 47.50, 38.50) == "RU");

    // Deterministic whatever the events' order.
    std::reverse(events.begin(), events.end());
    auto again = derive_control(events, grid_gazetteer(), o);
    REQUIRE(again.control.size() == unclipped.control.size());
    for (std::size_t i = 0; i < again.control.size(); ++i) {
        CHECK(std::get<GeometryWkb>(again.control[i].geometry).bytes ==
              std::get<GeometryWkb>(unclipped.control[i].geometry).bytes);
        CHECK(again.control[i].fid == unclipped.control[i].fid);
    }
}

TEST_CASE("a baseline loads from any OGR source: repaired, reprojected, dated, or refused naming it", "[derive]") {
    auto dir = derive_tmp("baseline");
    // A self-intersecting ring (a bow tie) in Web Mercator, dated by its name.
    // x 4118000..4140000 m is about lon 36.99..37.19, y 6100000..6120000 m about lat 47.9..48.0.
    write_text(dir / "occupied_20241031.geojson",
               R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},
"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":
[[[4118000,6100000],[4140000,6120000],[4140000,6100000],[4118000,6120000],[4118000,6100000]]]}}]})");
    Baseline b = load_baseline((dir / "occupied_20241031.geojson").string());
    CHECK(b.date == ymd(2024, 10, 31));
    CHECK(b.side == "RU");
    Geos geos;
    GEOSWKBReader* reader = GEOSWKBReader_create_r(geos.h);
    GeomPtr g(geos.h, GEOSWKBReader_readHEX_r(geos.h, reader, reinterpret_cast<const unsigned char*>(b.area.data()),
                                              b.area.size()));
    GEOSWKBReader_destroy_r(geos.h, reader);
    REQUIRE(g.g != nullptr);
    CHECK(GEOSisValid_r(geos.h, g.g) == 1);
    double minx = 0, maxx = 0;
    GEOSGeom_getXMin_r(geos.h, g.g, &minx);
    GEOSGeom_getXMax_r(geos.h, g.g, &maxx);
    CHECK(minx == Approx(36.99).margin(0.01));
    CHECK(maxx == Approx(37.19).margin(0.01));

    // A date field: the latest date's features, or the one asked for.
    write_text(dir / "series.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"date":"2024-10-30"},"geometry":{"type":"Polygon","coordinates":[[[37,48],[37.1,48],[37.1,48.1],[37,48]]]}},
{"type":"Feature","properties":{"date":"2024-10-31"},"geometry":{"type":"Polygon","coordinates":[[[37,48],[37.2,48],[37.2,48.1],[37,48]]]}}]})");
    CHECK(load_baseline((dir / "series.geojson").string()).date == ymd(2024, 10, 31));
    CHECK(load_baseline((dir / "series.geojson").string(), ymd(2024, 10, 30)).area !=
          load_baseline((dir / "series.geojson").string()).area);
    CHECK_THROWS_WITH(load_baseline((dir / "series.geojson").string(), ymd(2024, 9, 1)),
                      Catch::Contains("series.geojson") && Catch::Contains("no polygons dated 2024-09-01"));

    // No date anywhere: refused unless given.
    write_text(dir / "undated.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[37,48],[37.1,48],[37.1,48.1],[37,48]]]}}]})");
    CHECK_THROWS_WITH(load_baseline((dir / "undated.geojson").string()),
                      Catch::Contains("undated.geojson") && Catch::Contains("--baseline-date"));
    CHECK(load_baseline((dir / "undated.geojson").string(), ymd(2024, 11, 1)).date == ymd(2024, 11, 1));

    // Empty: refused, naming the source.
    write_text(dir / "empty_20241031.geojson", R"({"type":"FeatureCollection","features":[]})");
    CHECK_THROWS_AS(load_baseline((dir / "empty_20241031.geojson").string()), InputError);
    CHECK_THROWS_WITH(load_baseline((dir / "empty_20241031.geojson").string()),
                      Catch::Contains("empty_20241031.geojson") && Catch::Contains("empty"));
    CHECK_THROWS_AS(load_baseline((dir / "missing.geojson").string()), InputError);
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
