#include "frontline/derive/control.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <set>
#include <tuple>
#include <unordered_set>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include "frontline/derive/detail/geos_proj.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"

namespace frontline {

using detail::checked;
using detail::Geom;
using detail::GeosContext;

LayerSchema control_layer_schema() {
    return LayerSchema{"control",
                       GeometryType::multipolygon,
                       {{"as_of", FieldType::date}, {"method", FieldType::string}, {"side", FieldType::string}},
                       std::string("fid")};
}

LayerSchema front_layer_schema() {
    return LayerSchema{"front",
                       GeometryType::multilinestring,
                       {{"as_of", FieldType::date}, {"method", FieldType::string}, {"side", FieldType::string}},
                       std::string("fid")};
}

std::optional<std::string> gaining_side(ClaimType claim, std::string_view actor_side) {
    if (actor_side.empty()) return std::nullopt;
    switch (info(claim).control) {
        case ControlEffect::actor_gains: return std::string(actor_side);
        case ControlEffect::actor_cedes:
            // Who gains ground another side gave up: the war's two main parties;
            // allies of Russia (DPRK troops in Kursk, Belarus) face Ukraine.
            if (actor_side == "RU" || actor_side == "KP" || actor_side == "BY") return std::string("UA");
            if (actor_side == "UA") return std::string("RU");
            return std::nullopt;
        case ControlEffect::none: return std::nullopt;
    }
    return std::nullopt;
}

namespace {

Date parse_one_date(std::string_view s, std::string_view whole) {
    auto t = parse_iso_timestamp(s);
    if (!t || s.size() != 10) throw UsageError("--as-of: '" + std::string(whole) + "' is not YYYY-MM-DD or START:END:STEP");
    return std::chrono::floor<std::chrono::days>(*t);
}

int parse_step_days(std::string_view s, std::string_view whole) {
    int n = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    std::string_view unit(p, s.data() + s.size() - p);
    int mult = 0;
    if (unit.empty() || unit == "d") mult = 1;
    else if (unit == "w") mult = 7;
    if (ec != std::errc() || n <= 0 || mult == 0)
        throw UsageError("--as-of-series: bad STEP in '" + std::string(whole) + "' (a number of days: 7, 7d or 1w)");
    return n * mult;
}

}  // namespace

std::vector<Date> parse_as_of(std::string_view text) {
    std::vector<Date> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t comma = text.find(',', start);
        std::string_view item = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        if (item.empty()) throw UsageError("--as-of: empty date in '" + std::string(text) + "'");
        auto c1 = item.find(':');
        if (c1 == std::string_view::npos) {
            out.push_back(parse_one_date(item, text));
        } else {
            auto c2 = item.find(':', c1 + 1);
            if (c2 == std::string_view::npos)
                throw UsageError("--as-of-series: '" + std::string(item) + "' is not START:END:STEP");
            Date a = parse_one_date(item.substr(0, c1), text);
            Date b = parse_one_date(item.substr(c1 + 1, c2 - c1 - 1), text);
            int step = parse_step_days(item.substr(c2 + 1), text);
            if (b < a) throw UsageError("--as-of-series: END before START in '" + std::string(item) + "'");
            if ((b - a).count() / step > 10000) throw UsageError("--as-of-series: more than 10000 dates");
            for (Date d = a; d <= b; d += std::chrono::days(step)) out.push_back(d);
        }
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

namespace {

struct ControlEvent {
    double x = 0, y = 0;  // metres, local projection
    Date date;
    std::string side;
    int rank = 0;          // ClaimTypeInfo::control_rank
    double confidence = 0;
    double reach_m = 0;
};

struct Generator {
    double x = 0, y = 0;
    // Events within reach: (event index, distance in metres).
    std::vector<std::pair<std::uint32_t, double>> near;
    Geom cell;
};

double reach_km(ClaimType claim, const DeriveOptions& o) {
    if (claim == ClaimType::captured) return o.captured_km;
    if (claim == ClaimType::withdrew) return o.withdrew_km;
    return o.advanced_km;
}

void check_options(const DeriveOptions& o) {
    auto positive = [](double v) { return std::isfinite(v) && v > 0; };
    if (o.window_days <= 0) throw UsageError("derive: window_days must be positive");
    if (!positive(o.captured_km) || !positive(o.withdrew_km) || !positive(o.advanced_km) || !positive(o.generator_km) ||
        !positive(o.cell_km) || !(o.dedupe_km >= 0))
        throw UsageError("derive: distances must be positive");
}

// Cell key for deduplicating generators closer than `size` metres.
std::uint64_t grid_key(double x, double y, double size) {
    auto gx = static_cast<std::int64_t>(std::floor(x / size)) + (1LL << 31);
    auto gy = static_cast<std::int64_t>(std::floor(y / size)) + (1LL << 31);
    return (static_cast<std::uint64_t>(gx) << 32) ^ static_cast<std::uint64_t>(gy);
}

Geom make_box(const GeosContext& ctx, double x0, double y0, double x1, double y1) {
    return checked(ctx, GEOSGeom_createRectangle_r(ctx, x0, y0, x1, y1), "rectangle");
}

Geom union_of(const GeosContext& ctx, const std::vector<const GEOSGeometry*>& parts) {
    std::vector<GEOSGeometry*> clones;
    clones.reserve(parts.size());
    for (const auto* p : parts) clones.push_back(GEOSGeom_clone_r(ctx, p));
    Geom coll = checked(ctx,
                        GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, clones.data(),
                                                    static_cast<unsigned>(clones.size())),
                        "collection");
    return checked(ctx, GEOSUnaryUnion_r(ctx, coll.get()), "union");
}

struct QueryState {
    const GeosContext* ctx;
    const std::vector<Generator>* gens;
    const detail::Prepared* cell;
    std::int64_t found = -1;
    std::vector<Geom>* points;
};

void query_cb(void* item, void* user) {
    auto* q = static_cast<QueryState*>(user);
    if (q->found >= 0) return;
    auto idx = reinterpret_cast<std::uintptr_t>(item) - 1;
    if (q->cell->intersects((*q->points)[idx].get())) q->found = static_cast<std::int64_t>(idx);
}

// The tessellation: one cell per generator, in metres.
void build_cells(const GeosContext& ctx, std::vector<Generator>& gens, const DeriveOptions& o,
                 const detail::LocalProjection& proj) {
    double minx = std::numeric_limits<double>::max(), miny = minx, maxx = -minx, maxy = -minx;
    for (const auto& g : gens) {
        minx = std::min(minx, g.x);
        miny = std::min(miny, g.y);
        maxx = std::max(maxx, g.x);
        maxy = std::max(maxy, g.y);
    }
    const double pad = o.cell_km * 1000 + 1000;
    Geom envelope = make_box(ctx, minx - pad, miny - pad, maxx + pad, maxy + pad);

    // The clip area, projected and cut to the theatre once.
    std::optional<Geom> clip;
    std::optional<detail::Prepared> clip_prepared;
    if (!o.clip.empty()) {
        Geom lonlat = detail::ensure_valid(ctx, detail::read_geometry(ctx, o.clip));
        // Straight edges in lon/lat bend in the projection: densify first so
        // a clip along a meridian stays on it.
        lonlat = checked(ctx, GEOSDensify_r(ctx, lonlat.get(), 0.01), "densify clip");
        Geom metric = detail::ensure_valid(ctx, proj.forward(ctx, lonlat.get()));
        clip = detail::polygonal_part(
            ctx, checked(ctx, GEOSIntersection_r(ctx, metric.get(), envelope.get()), "clip to theatre").get());
        clip_prepared.emplace(ctx, clip->get());
    }

    std::vector<Geom> points;
    points.reserve(gens.size());
    for (const auto& g : gens) points.push_back(detail::make_point(ctx, g.x, g.y));

    std::vector<Geom> raw_cells(gens.size());
    if (gens.size() == 1) {
        raw_cells[0] = checked(ctx, GEOSGeom_clone_r(ctx, envelope.get()), "clone");
    } else {
        std::vector<GEOSGeometry*> clones;
        for (const auto& p : points) clones.push_back(GEOSGeom_clone_r(ctx, p.get()));
        Geom mp = checked(ctx,
                          GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, clones.data(),
                                                      static_cast<unsigned>(clones.size())),
                          "multipoint");
        Geom diagram = checked(ctx, GEOSVoronoiDiagram_r(ctx, mp.get(), envelope.get(), 0.0, 0), "Voronoi diagram");

        // GEOS 3.11 does not keep the input order: find each cell's generator.
        GEOSSTRtree* tree = GEOSSTRtree_create_r(ctx, 10);
        for (std::size_t i = 0; i < points.size(); ++i)
            GEOSSTRtree_insert_r(ctx, tree, points[i].get(), reinterpret_cast<void*>(i + 1));
        int n = GEOSGetNumGeometries_r(ctx, diagram.get());
        for (int k = 0; k < n; ++k) {
            const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), k);
            detail::Prepared prepared(ctx, cell);
            QueryState q{&ctx, &gens, &prepared, -1, &points};
            GEOSSTRtree_query_r(ctx, tree, cell, &query_cb, &q);
            if (q.found >= 0 && !raw_cells[static_cast<std::size_t>(q.found)])
                raw_cells[static_cast<std::size_t>(q.found)] = checked(ctx, GEOSGeom_clone_r(ctx, cell), "clone");
        }
        GEOSSTRtree_destroy_r(ctx, tree);
    }

    for (std::size_t i = 0; i < gens.size(); ++i) {
        if (!raw_cells[i]) continue;  // a generator GEOS merged with another
        Geom disc = checked(ctx, GEOSBuffer_r(ctx, points[i].get(), o.cell_km * 1000, 16), "disc");
        Geom cell = checked(ctx, GEOSIntersection_r(ctx, raw_cells[i].get(), disc.get()), "cell");
        if (clip && !clip_prepared->contains(cell.get()))
            cell = checked(ctx, GEOSIntersection_r(ctx, cell.get(), clip->get()), "clip cell");
        cell = detail::polygonal_part(ctx, cell.get());
        if (GEOSisEmpty_r(ctx, cell.get()) != 1) gens[i].cell = std::move(cell);
    }
}

Feature make_feature(const GeosContext& ctx, const detail::LocalProjection& proj, const GEOSGeometry* metric,
                     Date as_of, const std::string& method, const std::string& side, const std::string& key,
                     bool polygonal) {
    Geom lonlat = proj.inverse(ctx, metric);
    if (polygonal) lonlat = detail::polygonal_part(ctx, detail::ensure_valid(ctx, std::move(lonlat)).get());
    Feature f;
    f.fid = stable_feature_id(key);
    f.geometry = GeometryWkb{detail::to_wkb(ctx, lonlat.get())};
    f.values = {FieldValue(as_of), FieldValue(method), FieldValue(side)};
    return f;
}

bool is_empty(const GeosContext& ctx, const GEOSGeometry* g) { return !g || GEOSisEmpty_r(ctx, g) == 1; }

// Lines of `lines` (within 1 m of) `area`'s outline or not.
Geom lines_near(const GeosContext& ctx, const GEOSGeometry* lines, const GEOSGeometry* near, bool inside) {
    Geom zone = checked(ctx, GEOSBuffer_r(ctx, near, 1.0, 4), "buffer");
    Geom part = checked(ctx, inside ? GEOSIntersection_r(ctx, lines, zone.get()) : GEOSDifference_r(ctx, lines, zone.get()),
                        "line overlay");
    Geom lineal = detail::lineal_part(ctx, part.get());
    if (is_empty(ctx, lineal.get())) return lineal;
    Geom merged = checked(ctx, GEOSLineMerge_r(ctx, lineal.get()), "line merge");
    return detail::lineal_part(ctx, merged.get());
}

}  // namespace

DerivedLayers derive_control(const std::vector<Event>& events, const Gazetteer& gazetteer, const DeriveOptions& o) {
    check_options(o);
    DerivedLayers out;
    if (o.as_of.empty()) return out;

    // 1. The events that speak about control.
    struct Candidate {
        const Event* e;
        std::string side;
    };
    std::vector<Candidate> cands;
    for (const Event& e : events) {
        if (!e.event_date || !e.actor_side) continue;
        const ControlCount counts = info(e.status).control;
        if (counts == ControlCount::never || (counts == ControlCount::if_disputed_included && !o.include_disputed)) continue;
        if (e.confidence < o.min_confidence) continue;
        if (!std::isfinite(e.lat) || !std::isfinite(e.lon)) continue;
        // A claim about a region, a country or a direction says nothing about
        // which settlements changed hands: never control at its centroid.
        if (!is_point_precision(e.geo_precision)) continue;
        if (e.kind && !is_point_precision(precision_of_kind(*e.kind))) continue;
        auto side = gaining_side(e.claim, *e.actor_side);
        if (!side) continue;
        cands.push_back({&e, *side});
    }
    if (cands.empty()) return out;

    // The theatre's centre: the mean event position (a local LAEA is accurate
    // to <1% across a few hundred km, wider theatres lose a little).
    double lat0 = 0, lon0 = 0;
    for (const auto& c : cands) {
        lat0 += c.e->lat;
        lon0 += c.e->lon;
    }
    lat0 /= static_cast<double>(cands.size());
    lon0 /= static_cast<double>(cands.size());

    GeosContext ctx;
    detail::ProjContext pctx;
    detail::LocalProjection proj(pctx, lat0, lon0);

    std::vector<ControlEvent> evs;
    evs.reserve(cands.size());
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    for (const auto& c : cands) {
        ControlEvent ce;
        ce.x = c.e->lon;
        ce.y = c.e->lat;
        proj.forward(ce.x, ce.y);
        ce.date = *c.e->event_date;
        ce.side = c.side;
        ce.rank = info(c.e->claim).control_rank;
        ce.confidence = c.e->confidence;
        ce.reach_m = reach_km(c.e->claim, o) * 1000;
        evs.push_back(std::move(ce));
        min_lat = std::min(min_lat, c.e->lat);
        max_lat = std::max(max_lat, c.e->lat);
        min_lon = std::min(min_lon, c.e->lon);
        max_lon = std::max(max_lon, c.e->lon);
    }

    // 2. Generators: settlements near the events (bounding-box prefilter in
    // degrees, exact test in metres), deduplicated on a 100 m grid.
    const double gen_m = o.generator_km * 1000;
    const double dlat = o.generator_km / 111.0 + 0.01;
    const double dlon = o.generator_km / (111.0 * std::max(0.1, std::cos(std::max(std::abs(min_lat), std::abs(max_lat)) * std::numbers::pi / 180))) + 0.01;
    std::vector<Generator> gens;
    std::unordered_set<std::uint64_t> occupied;
    auto near_any_event = [&](double x, double y) {
        for (const auto& e : evs)
            if ((e.x - x) * (e.x - x) + (e.y - y) * (e.y - y) <= gen_m * gen_m) return true;
        return false;
    };
    for (std::uint32_t i = 0; i < gazetteer.size(); ++i) {
        PlaceView p = gazetteer.place(i);
        if (p.kind() != PlaceKind::settlement) continue;
        double lat = p.lat(), lon = p.lon();
        if (lat < min_lat - dlat || lat > max_lat + dlat || lon < min_lon - dlon || lon > max_lon + dlon) continue;
        double x = lon, y = lat;
        proj.forward(x, y);
        if (!near_any_event(x, y)) continue;
        if (!occupied.insert(grid_key(x, y, 100.0)).second) continue;
        Generator g;
        g.x = x;
        g.y = y;
        gens.push_back(std::move(g));
    }
    // Event places with no settlement nearby are generators of their own.
    const double dedupe_m = o.dedupe_km * 1000;
    for (const auto& e : evs) {
        bool covered = false;
        for (const auto& g : gens)
            if ((e.x - g.x) * (e.x - g.x) + (e.y - g.y) * (e.y - g.y) <= std::max(dedupe_m * dedupe_m, 1.0)) {
                covered = true;
                break;
            }
        if (covered || !occupied.insert(grid_key(e.x, e.y, 100.0)).second) continue;
        Generator g;
        g.x = e.x;
        g.y = e.y;
        gens.push_back(std::move(g));
    }
    // Deterministic order whatever the gazetteer's: by position.
    std::sort(gens.begin(), gens.end(), [](const Generator& a, const Generator& b) {
        return std::tie(a.x, a.y) < std::tie(b.x, b.y);
    });
    for (auto& g : gens)
        for (std::uint32_t k = 0; k < evs.size(); ++k) {
            double d = std::hypot(evs[k].x - g.x, evs[k].y - g.y);
            if (d <= evs[k].reach_m) g.near.emplace_back(k, d);
        }

    // 3. The tessellation, once for all dates.
    build_cells(ctx, gens, o, proj);
    std::vector<const GEOSGeometry*> all_cells;
    for (const auto& g : gens)
        if (g.cell) all_cells.push_back(g.cell.get());
    if (all_cells.empty()) return out;
    Geom whole = union_of(ctx, all_cells);
    Geom outline = checked(ctx, GEOSBoundary_r(ctx, whole.get()), "outline");

    const std::string contact_method = o.method + "/contact";
    const std::string limit_method = o.method + "/limit";
    for (Date as_of : o.as_of) {
        const Date oldest = as_of - std::chrono::days(o.window_days);
        // 4. Label each cell by its best event in the window.
        std::map<std::string, std::vector<const GEOSGeometry*>> by_side;
        for (const auto& g : gens) {
            if (!g.cell) continue;
            const ControlEvent* best = nullptr;
            double best_d = 0;
            for (auto [k, d] : g.near) {
                const ControlEvent& e = evs[k];
                if (e.date > as_of || e.date <= oldest) continue;
                if (best) {
                    auto key = [](const ControlEvent& x, double dist) {
                        return std::make_tuple(x.date, x.rank, x.confidence, -dist);
                    };
                    auto a = key(e, d), b = key(*best, best_d);
                    if (a < b || (a == b && e.side >= best->side)) continue;
                }
                best = &e;
                best_d = d;
            }
            if (best) by_side[best->side].push_back(g.cell.get());
        }

        // 5. Dissolve by side.
        std::map<std::string, Geom> areas;
        for (const auto& [side, cells] : by_side) {
            Geom area = detail::polygonal_part(ctx, union_of(ctx, cells).get());
            if (is_empty(ctx, area.get())) continue;
            out.control.push_back(make_feature(ctx, proj, area.get(), as_of, o.method, side,
                                               "control|" + format_date(as_of) + "|" + side, true));
            areas.emplace(side, std::move(area));
        }

        // 6. Front lines: each side's outline, less the rim of the whole
        // tessellation, split by what lies beyond.
        for (const auto& [side, area] : areas) {
            Geom boundary = checked(ctx, GEOSBoundary_r(ctx, area.get()), "boundary");
            Geom inner = lines_near(ctx, boundary.get(), outline.get(), false);
            if (is_empty(ctx, inner.get())) continue;
            std::vector<const GEOSGeometry*> others;
            for (const auto& [other, oarea] : areas)
                if (other != side) others.push_back(oarea.get());
            Geom contact, limit;
            if (!others.empty()) {
                Geom rest = union_of(ctx, others);
                contact = lines_near(ctx, inner.get(), rest.get(), true);
                limit = lines_near(ctx, inner.get(), rest.get(), false);
            } else {
                limit = std::move(inner);
            }
            const std::string d = format_date(as_of);
            if (!is_empty(ctx, contact.get()))
                out.front.push_back(make_feature(ctx, proj, contact.get(), as_of, contact_method, side,
                                                 "front|" + d + "|" + side + "|contact", false));
            if (!is_empty(ctx, limit.get()))
                out.front.push_back(make_feature(ctx, proj, limit.get(), as_of, limit_method, side,
                                                 "front|" + d + "|" + side + "|limit", false));
        }
    }
    return out;
}

std::string load_clip_area(const std::string& path, const std::string& where) {
    GDALDatasetUniquePtr ds = detail::open_vector(path, "clip area");
    OGRLayer* layer = ds->GetLayer(0);
    if (!layer) throw InputError({path, {}, {}}, "clip area has no layer");
    detail::GdalErrorCapture capture;  // GDAL's messages go into ours, not to stderr
    if (!where.empty() && layer->SetAttributeFilter(where.c_str()) != OGRERR_NONE)
        capture.raise_input(path, "bad clip filter '" + where + "'");
    GeosContext ctx;
    std::vector<Geom> parts;
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g) continue;
        Geom poly = detail::polygons_from_ogr(ctx, *g);
        if (!poly) continue;
        if (!is_empty(ctx, poly.get())) parts.push_back(std::move(poly));
    }
    if (parts.empty()) throw InputError({path, {}, {}}, "clip area has no polygons" + (where.empty() ? "" : " matching '" + where + "'"));
    std::vector<const GEOSGeometry*> raw;
    for (const auto& p : parts) raw.push_back(p.get());
    Geom u = union_of(ctx, raw);
    return detail::to_hex_wkb(ctx, u.get());
}

}  // namespace frontline
