#pragma once
// Fixtures for the derive tests: a synthetic gazetteer (a 3 km grid of
// settlements around 48N 37E), synthetic events, and GEOS helpers to inspect
// the WKB the derivations return.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <geos_c.h>
#include <unistd.h>

#include "frontline/events/event_builder.hpp"
#include "frontline/gazetteer/builder.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline::test {

// Per process: ctest runs test cases as parallel processes, and one must not
// delete the gazetteer another has mapped.
inline std::filesystem::path derive_tmp(const std::string& name) {
    auto dir = std::filesystem::path(FRONTLINE_TEST_TMP) / ("derive-" + std::to_string(::getpid())) / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

/// Settlements every 0.04 deg lon (about 3 km) x 0.027 deg lat (3 km) over
/// lon 36.60..37.40, lat 47.85..48.15, plus one facility that must be ignored.
inline const Gazetteer& grid_gazetteer() {
    static const Gazetteer g = [] {
        auto dir = derive_tmp("gazetteer");
        GazetteerBuilder b;
        int n = 0;
        for (int i = 0; i <= 20; ++i)
            for (int j = 0; j <= 11; ++j) {
                PlaceRecord p;
                p.id = "test:" + std::to_string(++n);
                p.name = "Grid " + std::to_string(i) + "-" + std::to_string(j);
                p.lon = 36.60 + 0.04 * i;
                p.lat = 47.85 + 0.027 * j;
                p.kind = PlaceKind::settlement;
                p.feature_code = "PPL";
                p.country = "UA";
                p.source = "user";
                b.add_place(std::move(p));
            }
        PlaceRecord f;
        f.id = "test:facility";
        f.name = "Plant";
        f.lon = 37.0;
        f.lat = 48.0;
        f.kind = PlaceKind::facility;
        f.country = "UA";
        f.source = "user";
        b.add_place(std::move(f));
        b.write(dir / "grid.fgz");
        return Gazetteer::open(dir / "grid.fgz");
    }();
    return g;
}

inline Date ymd(int y, unsigned m, unsigned d) {
    return std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

inline Event make_event(std::string name, std::string claim, std::string side, Date date, double lat, double lon) {
    Event e;
    e.place_id = "test:" + name;
    e.place_name = name;
    e.event_id = EventBuilder::make_event_id(e.place_id, claim, side, format_date(date));
    e.claim = claim_type_from(claim);
    e.actor_side = std::move(side);
    e.status = ClaimStatus::asserted;
    e.event_date = date;
    e.date_precision = DatePrecision::day;
    e.n_reports = 1;
    e.confidence = 0.8;
    e.lat = lat;
    e.lon = lon;
    return e;
}

/// A GEOS context for inspecting results in tests.
struct Geos {
    GEOSContextHandle_t h = GEOS_init_r();
    ~Geos() { GEOS_finish_r(h); }
    Geos() = default;
    Geos(const Geos&) = delete;
    Geos& operator=(const Geos&) = delete;
};

struct GeomPtr {
    GEOSContextHandle_t h;
    GEOSGeometry* g;
    ~GeomPtr() {
        if (g) GEOSGeom_destroy_r(h, g);
    }
    GeomPtr(GEOSContextHandle_t ctx, GEOSGeometry* geom) : h(ctx), g(geom) {}
    GeomPtr(const GeomPtr&) = delete;
    GeomPtr& operator=(const GeomPtr&) = delete;
    GeomPtr(GeomPtr&& o) noexcept : h(o.h), g(o.g) { o.g = nullptr; }
};

inline GeomPtr read_feature_geometry(const Geos& geos, const Feature& f) {
    const auto* wkb = std::get_if<GeometryWkb>(&f.geometry);
    REQUIRE(wkb != nullptr);
    GEOSWKBReader* r = GEOSWKBReader_create_r(geos.h);
    GEOSGeometry* g = GEOSWKBReader_read_r(geos.h, r, wkb->bytes.data(), wkb->bytes.size());
    GEOSWKBReader_destroy_r(geos.h, r);
    REQUIRE(g != nullptr);
    return GeomPtr(geos.h, g);
}

inline bool covers_point(const Geos& geos, const GeomPtr& area, double lat, double lon) {
    GeomPtr pt(geos.h, GEOSGeom_createPointFromXY_r(geos.h, lon, lat));
    return GEOSCovers_r(geos.h, area.g, pt.g) == 1;
}

// Fields of control and front: as_of, valid_from, valid_to, method, side, ...
inline std::string side_of(const Feature& f) { return std::get<std::string>(f.values.at(4)); }
inline Date as_of_of(const Feature& f) { return std::get<Date>(f.values.at(0)); }
inline std::string method_of(const Feature& f) { return std::get<std::string>(f.values.at(3)); }

/// The side whose control feature (of date d) covers the point, or "" if none.
inline std::string side_at(const std::vector<Feature>& control, Date d, double lat, double lon) {
    Geos geos;
    std::string found;
    for (const auto& f : control) {
        if (as_of_of(f) != d) continue;
        auto g = read_feature_geometry(geos, f);
        if (covers_point(geos, g, lat, lon)) {
            CHECK(found.empty());  // areas of different sides never overlap
            found = side_of(f);
        }
    }
    return found;
}

inline void write_text(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary);
    out << text;
}

}  // namespace frontline::test
