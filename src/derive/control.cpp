#include "frontline/derive/control.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <filesystem>
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

#include "frontline/geo/geos_proj.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"

namespace frontline {

using detail::checked;
using detail::Geom;
using detail::GeosContext;

double footprint_radius_km(std::int64_t population) {
    const double p = population > 0 ? static_cast<double>(population) : 0.0;
    return std::clamp(0.6 + 0.45 * std::sqrt(p / 1000.0), 0.8, 10.0);
}

bool derives_control(ClaimType claim) { return claim == ClaimType::captured || claim == ClaimType::withdrew; }

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

void check_derive_options(const DeriveOptions& o) {
    auto positive = [](double v) { return std::isfinite(v) && v > 0; };
    if (o.window_days <= 0) throw UsageError("derive: window_days must be positive");
    if (!positive(o.neighbour_km) || !(o.dedupe_km >= 0)) throw UsageError("derive: distances must be positive");
    if (o.baseline)
        for (Date d : o.as_of)
            if (d < o.baseline->date)
                throw UsageError("baseline '" + o.baseline->source + "' shows " + format_date(o.baseline->date) +
                                 ", after --as-of " + format_date(d) +
                                 ": claims can only change a map from before them; choose an earlier baseline");
}

namespace {

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

bool is_empty(const GeosContext& ctx, const GEOSGeometry* g) { return !g || GEOSisEmpty_r(ctx, g) == 1; }

double area_of(const GeosContext& ctx, const GEOSGeometry* g) {
    double a = 0;
    if (!is_empty(ctx, g)) GEOSArea_r(ctx, g, &a);
    return a;
}

// Lines of `lines` (within 1 m of) `near` or not.
Geom lines_near(const GeosContext& ctx, const GEOSGeometry* lines, const GEOSGeometry* near, bool inside) {
    Geom zone = checked(ctx, GEOSBuffer_r(ctx, near, 1.0, 4), "buffer");
    Geom part = checked(ctx, inside ? GEOSIntersection_r(ctx, lines, zone.get()) : GEOSDifference_r(ctx, lines, zone.get()),
                        "line overlay");
    Geom lineal = detail::lineal_part(ctx, part.get());
    if (is_empty(ctx, lineal.get())) return lineal;
    Geom merged = checked(ctx, GEOSLineMerge_r(ctx, lineal.get()), "line merge");
    return detail::lineal_part(ctx, merged.get());
}

// One claim about a settlement's control.
struct ControlClaim {
    const Event* e;
    std::string side;  // who gains the settlement
    int rank = 0;      // ClaimTypeInfo::control_rank
    std::size_t settlement = 0;
};

// A claimed settlement and its area, in metres.
struct Settlement {
    std::string place_id, name;
    double x = 0, y = 0;
    double radius_m = 0;
    Geom outline;  // from the gazetteer, projected; null when it has none
    Geom area;
    std::vector<std::size_t> claims;
};

// The settlement areas: outlines where the gazetteer has them, else a
// footprint disc cut by the Voronoi cells of the neighbouring settlements.
void build_areas(const GeosContext& ctx, std::vector<Settlement>& settlements, const Gazetteer& gazetteer,
                 const DeriveOptions& o, const detail::LocalProjection& proj, double min_lat, double max_lat,
                 double min_lon, double max_lon) {
    // Generators: every claimed settlement, then the gazetteer's settlements
    // near any of them (bounding-box prefilter in degrees, exact in metres),
    // deduplicated on a 100 m grid.
    struct Generator {
        double x, y;
        std::int64_t claimed;  // index into settlements, or -1
    };
    std::vector<Generator> gens;
    std::unordered_set<std::uint64_t> occupied;
    for (std::size_t i = 0; i < settlements.size(); ++i) {
        gens.push_back({settlements[i].x, settlements[i].y, static_cast<std::int64_t>(i)});
        occupied.insert(grid_key(settlements[i].x, settlements[i].y, 100.0));
    }
    const double reach_m = o.neighbour_km * 1000;
    const double dlat = o.neighbour_km / 111.0 + 0.01;
    const double dlon = o.neighbour_km / (111.0 * std::max(0.1, std::cos(std::max(std::abs(min_lat), std::abs(max_lat)) *
                                                                          std::numbers::pi / 180))) + 0.01;
    for (std::uint32_t i = 0; i < gazetteer.size(); ++i) {
        PlaceView p = gazetteer.place(i);
        if (p.kind() != PlaceKind::settlement) continue;
        double lat = p.lat(), lon = p.lon();
        if (lat < min_lat - dlat || lat > max_lat + dlat || lon < min_lon - dlon || lon > max_lon + dlon) continue;
        double x = lon, y = lat;
        proj.forward(x, y);
        bool near = false;
        for (const auto& s : settlements)
            if ((s.x - x) * (s.x - x) + (s.y - y) * (s.y - y) <= reach_m * reach_m) {
                near = true;
                break;
            }
        if (!near || !occupied.insert(grid_key(x, y, 100.0)).second) continue;
        gens.push_back({x, y, -1});
    }

    double minx = std::numeric_limits<double>::max(), miny = minx, maxx = -minx, maxy = -minx;
    for (const auto& g : gens) {
        minx = std::min(minx, g.x);
        miny = std::min(miny, g.y);
        maxx = std::max(maxx, g.x);
        maxy = std::max(maxy, g.y);
    }
    const double pad = 11000;
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

    // The Voronoi cell of each claimed settlement: GEOS does not keep the
    // input order, so each cell is matched to the claimed point it holds.
    std::vector<Geom> cells(settlements.size());
    if (gens.size() == 1) {
        cells[0] = checked(ctx, GEOSGeom_clone_r(ctx, envelope.get()), "clone");
    } else {
        std::vector<GEOSGeometry*> points;
        for (const auto& g : gens) points.push_back(detail::make_point(ctx, g.x, g.y).release());
        Geom mp = checked(ctx,
                          GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOINT, points.data(),
                                                      static_cast<unsigned>(points.size())),
                          "multipoint");
        Geom diagram = checked(ctx, GEOSVoronoiDiagram_r(ctx, mp.get(), envelope.get(), 0.0, 0), "Voronoi diagram");
        std::vector<Geom> claimed_points;
        for (const auto& s : settlements) claimed_points.push_back(detail::make_point(ctx, s.x, s.y));
        const int n = GEOSGetNumGeometries_r(ctx, diagram.get());
        for (int k = 0; k < n; ++k) {
            const GEOSGeometry* cell = GEOSGetGeometryN_r(ctx, diagram.get(), k);
            detail::Prepared prepared(ctx, cell);
            for (std::size_t i = 0; i < settlements.size(); ++i)
                if (!cells[i] && prepared.intersects(claimed_points[i].get())) {
                    cells[i] = checked(ctx, GEOSGeom_clone_r(ctx, cell), "clone");
                    break;
                }
        }
    }

    for (std::size_t i = 0; i < settlements.size(); ++i) {
        Settlement& s = settlements[i];
        Geom area;
        if (s.outline) {
            area = checked(ctx, GEOSGeom_clone_r(ctx, s.outline.get()), "clone");
        } else {
            Geom point = detail::make_point(ctx, s.x, s.y);
            area = checked(ctx, GEOSBuffer_r(ctx, point.get(), s.radius_m, 16), "footprint");
            if (cells[i]) area = checked(ctx, GEOSIntersection_r(ctx, area.get(), cells[i].get()), "footprint cell");
        }
        if (clip && !clip_prepared->contains(area.get()))
            area = checked(ctx, GEOSIntersection_r(ctx, area.get(), clip->get()), "clip footprint");
        area = detail::polygonal_part(ctx, area.get());
        if (!is_empty(ctx, area.get())) s.area = std::move(area);
    }
}

// The deciding claim among `eligible` (indexes into claims): the latest,
// then captured over withdrew, then higher confidence, then side.
const ControlClaim* deciding(const std::vector<ControlClaim>& claims, const std::vector<std::size_t>& eligible) {
    const ControlClaim* best = nullptr;
    for (std::size_t k : eligible) {
        const ControlClaim& c = claims[k];
        if (best) {
            auto key = [](const ControlClaim& x) {
                return std::make_tuple(*x.e->event_date, x.rank, x.e->confidence, x.side, x.e->event_id);
            };
            if (key(c) < key(*best)) continue;
        }
        best = &c;
    }
    return best;
}

// What a feature says about the events behind it.
struct Evidence {
    std::vector<std::string> event_ids, claimants;
    std::optional<Timestamp> first, last;
    std::int64_t n_reports = 0;
    std::optional<ClaimStatus> status;

    void add(const Event& e) {
        event_ids.push_back(e.event_id);
        claimants.insert(claimants.end(), e.claimants.begin(), e.claimants.end());
        if (e.first_reported && (!first || *e.first_reported < *first)) first = e.first_reported;
        if (e.last_reported && (!last || *e.last_reported > *last)) last = e.last_reported;
        n_reports += e.n_reports;
    }
    void add(const Evidence& o) {
        event_ids.insert(event_ids.end(), o.event_ids.begin(), o.event_ids.end());
        claimants.insert(claimants.end(), o.claimants.begin(), o.claimants.end());
        if (o.first && (!first || *o.first < *first)) first = o.first;
        if (o.last && (!last || *o.last > *last)) last = o.last;
        n_reports += o.n_reports;
    }
    void finish() {
        for (auto* v : {&event_ids, &claimants}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
    }
};

// The claims for the deciding side at one settlement: those of that side
// among the eligible ones.
Evidence evidence_for(const std::vector<ControlClaim>& claims, const std::vector<std::size_t>& eligible,
                      const ControlClaim& best) {
    Evidence ev;
    for (std::size_t k : eligible)
        if (claims[k].side == best.side) ev.add(*claims[k].e);
    ev.status = best.e->status;
    ev.finish();
    return ev;
}

struct Period {
    Date as_of;
    std::optional<Date> valid_to;
};

Feature control_feature(const GeosContext& ctx, const detail::LocalProjection& proj, const GEOSGeometry* metric,
                        const Period& period, const std::string& method, const std::string& side,
                        const Settlement* place, const Evidence& ev) {
    Geom lonlat = proj.inverse(ctx, metric);
    lonlat = detail::polygonal_part(ctx, detail::ensure_valid(ctx, std::move(lonlat)).get());
    Feature f;
    f.fid = stable_feature_id("control|" + format_date(period.as_of) + "|" + method + "|" +
                              (place ? place->place_id : std::string()) + "|" + side);
    f.geometry = GeometryWkb{detail::to_wkb(ctx, lonlat.get())};
    auto& v = f.values;
    v.emplace_back(period.as_of);
    v.emplace_back(period.as_of);
    v.push_back(optional_value(period.valid_to));
    v.emplace_back(method);
    v.emplace_back(side);
    if (place) {
        v.emplace_back(place->place_id);
        v.emplace_back(place->name);
    } else {
        v.emplace_back(std::monostate{});
        v.emplace_back(std::monostate{});
    }
    v.emplace_back(to_json_array(ev.event_ids));
    v.push_back(optional_value(ev.first));
    v.push_back(optional_value(ev.last));
    v.emplace_back(to_json_array(ev.claimants));
    if (ev.status) v.emplace_back(std::string(to_string(*ev.status)));
    else v.emplace_back(std::monostate{});
    v.emplace_back(ev.n_reports);
    return f;
}

Feature front_feature(const GeosContext& ctx, const detail::LocalProjection& proj, const GEOSGeometry* metric,
                      const Period& period, const std::string& method, const std::string& side) {
    Geom lonlat = proj.inverse(ctx, metric);
    Feature f;
    f.fid = stable_feature_id("front|" + format_date(period.as_of) + "|" + method + "|" + side);
    f.geometry = GeometryWkb{detail::to_wkb(ctx, lonlat.get())};
    f.values = {FieldValue(period.as_of), FieldValue(period.as_of), optional_value(period.valid_to),
                FieldValue(method), FieldValue(side)};
    return f;
}

}  // namespace

DerivedLayers derive_control(const std::vector<Event>& events, const Gazetteer& gazetteer, const DeriveOptions& o) {
    check_derive_options(o);
    DerivedLayers out;
    if (o.as_of.empty()) return out;
    std::vector<Date> dates = o.as_of;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    std::vector<Period> periods;
    for (std::size_t i = 0; i < dates.size(); ++i)
        periods.push_back({dates[i], i + 1 < dates.size() ? std::optional<Date>(dates[i + 1]) : std::nullopt});

    // 1. The claims that speak about a settlement's control.
    std::vector<ControlClaim> claims;
    for (const Event& e : events) {
        if (!e.event_date || !e.actor_side) continue;
        if (!derives_control(e.claim)) continue;
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
        claims.push_back({&e, *side, info(e.claim).control_rank, 0});
    }

    GeosContext ctx;
    detail::ProjContext pctx;
    std::optional<Geom> baseline_lonlat;
    if (o.baseline) {
        baseline_lonlat = detail::polygonal_part(
            ctx, detail::ensure_valid(ctx, detail::read_geometry(ctx, o.baseline->area)).get());
        if (is_empty(ctx, baseline_lonlat->get()))
            throw UsageError("baseline '" + o.baseline->source + "' has no polygons");
    }
    if (claims.empty() && !o.baseline) return out;

    // The theatre's centre: the mean claim position, or the baseline's
    // centre when there is no claim (a local LAEA is accurate to <1% across
    // a few hundred km; wider theatres lose a little).
    double lat0 = 0, lon0 = 0;
    if (!claims.empty()) {
        for (const auto& c : claims) {
            lat0 += c.e->lat;
            lon0 += c.e->lon;
        }
        lat0 /= static_cast<double>(claims.size());
        lon0 /= static_cast<double>(claims.size());
    } else {
        Geom centre = checked(ctx, GEOSGetCentroid_r(ctx, baseline_lonlat->get()), "centroid");
        GEOSGeomGetX_r(ctx, centre.get(), &lon0);
        GEOSGeomGetY_r(ctx, centre.get(), &lat0);
    }
    detail::LocalProjection proj(pctx, lat0, lon0);

    // 2. Each claim's settlement.
    std::vector<Settlement> settlements;
    std::map<std::string, std::size_t> by_id;
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    const double dedupe_m = o.dedupe_km * 1000;
    // Settlements near the claims, for the "nearest within dedupe_km" rule.
    std::vector<std::uint32_t> nearby;
    if (!claims.empty()) {
        double a0 = 90, a1 = -90, o0 = 180, o1 = -180;
        for (const auto& c : claims) {
            a0 = std::min(a0, c.e->lat);
            a1 = std::max(a1, c.e->lat);
            o0 = std::min(o0, c.e->lon);
            o1 = std::max(o1, c.e->lon);
        }
        const double pad = o.dedupe_km / 60.0 + 0.01;  // generous in degrees
        for (std::uint32_t i = 0; i < gazetteer.size(); ++i) {
            PlaceView p = gazetteer.place(i);
            if (p.kind() != PlaceKind::settlement) continue;
            if (p.lat() < a0 - pad || p.lat() > a1 + pad || p.lon() < o0 - pad || p.lon() > o1 + pad) continue;
            nearby.push_back(i);
        }
    }
    for (auto& c : claims) {
        std::optional<std::uint32_t> place;
        if (auto own = gazetteer.find_id(c.e->place_id); own && gazetteer.place(*own).kind() == PlaceKind::settlement)
            place = own;
        double ex = c.e->lon, ey = c.e->lat;
        proj.forward(ex, ey);
        if (!place) {
            double best = std::max(dedupe_m * dedupe_m, 1.0);
            for (std::uint32_t i : nearby) {
                PlaceView p = gazetteer.place(i);
                double x = p.lon(), y = p.lat();
                proj.forward(x, y);
                const double d2 = (x - ex) * (x - ex) + (y - ey) * (y - ey);
                if (d2 <= best) {
                    best = d2;
                    place = i;
                }
            }
        }
        std::string key = place ? std::string(gazetteer.place(*place).id()) : c.e->place_id;
        auto [it, added] = by_id.emplace(key, settlements.size());
        if (added) {
            Settlement s;
            s.place_id = key;
            if (place) {
                PlaceView p = gazetteer.place(*place);
                s.name = std::string(p.name());
                s.x = p.lon();
                s.y = p.lat();
                proj.forward(s.x, s.y);
                s.radius_m = footprint_radius_km(p.population()) * 1000;
                if (auto wkb = p.outline_wkb(); !wkb.empty()) {
                    GEOSWKBReader* r = GEOSWKBReader_create_r(ctx);
                    GEOSGeometry* g = GEOSWKBReader_read_r(ctx, r, wkb.data(), wkb.size());
                    GEOSWKBReader_destroy_r(ctx, r);
                    if (g) s.outline = detail::ensure_valid(ctx, proj.forward(ctx, Geom(ctx, g).get()));
                }
                min_lat = std::min(min_lat, p.lat());
                max_lat = std::max(max_lat, p.lat());
                min_lon = std::min(min_lon, p.lon());
                max_lon = std::max(max_lon, p.lon());
            } else {
                s.name = c.e->place_name;
                s.x = ex;
                s.y = ey;
                s.radius_m = footprint_radius_km(0) * 1000;
                min_lat = std::min(min_lat, c.e->lat);
                max_lat = std::max(max_lat, c.e->lat);
                min_lon = std::min(min_lon, c.e->lon);
                max_lon = std::max(max_lon, c.e->lon);
            }
            settlements.push_back(std::move(s));
        }
        c.settlement = it->second;
    }
    // Deterministic order whatever the events' order: by place id.
    {
        std::vector<std::size_t> order(settlements.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return settlements[a].place_id < settlements[b].place_id; });
        std::vector<std::size_t> rank(order.size());
        for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
        std::vector<Settlement> sorted;
        for (std::size_t i : order) sorted.push_back(std::move(settlements[i]));
        settlements = std::move(sorted);
        for (auto& c : claims) c.settlement = rank[c.settlement];
    }
    for (std::size_t k = 0; k < claims.size(); ++k) settlements[claims[k].settlement].claims.push_back(k);
    if (!settlements.empty()) build_areas(ctx, settlements, gazetteer, o, proj, min_lat, max_lat, min_lon, max_lon);

    // 3. Per date.
    if (!o.baseline) {
        const std::string method = "settlement-claims";
        for (const Period& period : periods) {
            const Date oldest = period.as_of - std::chrono::days(o.window_days);
            for (const Settlement& s : settlements) {
                if (!s.area) continue;
                std::vector<std::size_t> eligible;
                for (std::size_t k : s.claims) {
                    const Date d = *claims[k].e->event_date;
                    if (d <= period.as_of && d > oldest) eligible.push_back(k);
                }
                const ControlClaim* best = deciding(claims, eligible);
                if (!best) continue;
                out.control.push_back(control_feature(ctx, proj, s.area.get(), period, method, best->side, &s,
                                                      evidence_for(claims, eligible, *best)));
            }
        }
        return out;
    }

    const Baseline& base = *o.baseline;
    Geom densified = checked(ctx, GEOSDensify_r(ctx, baseline_lonlat->get(), 0.05), "densify baseline");
    Geom held = detail::polygonal_part(ctx, detail::ensure_valid(ctx, proj.forward(ctx, densified.get())).get());
    detail::Prepared held_prepared(ctx, held.get());
    std::optional<Geom> clip_outline;
    if (!o.clip.empty()) {
        Geom lonlat = detail::ensure_valid(ctx, detail::read_geometry(ctx, o.clip));
        lonlat = checked(ctx, GEOSDensify_r(ctx, lonlat.get(), 0.01), "densify clip");
        Geom metric = detail::ensure_valid(ctx, proj.forward(ctx, lonlat.get()));
        clip_outline = checked(ctx, GEOSBoundary_r(ctx, metric.get()), "clip outline");
    }
    const std::string change_method = "claimed-change", updated_method = "baseline+claims";
    for (const Period& period : periods) {
        std::vector<Geom> added, removed;
        Evidence all;
        for (const Settlement& s : settlements) {
            if (!s.area) continue;
            std::vector<std::size_t> eligible;
            for (std::size_t k : s.claims) {
                const Date d = *claims[k].e->event_date;
                if (d <= period.as_of && d > base.date) eligible.push_back(k);
            }
            const ControlClaim* best = deciding(claims, eligible);
            if (!best) continue;
            // Against the baseline: a gain for its side outside its area, a
            // loss inside it; a claim the baseline already shows changes nothing.
            Geom change;
            if (held_prepared.intersects(s.area.get())) {
                Geom inside = checked(ctx, GEOSIntersection_r(ctx, s.area.get(), held.get()), "inside baseline");
                inside = detail::polygonal_part(ctx, inside.get());
                const double share = area_of(ctx, inside.get()) / std::max(area_of(ctx, s.area.get()), 1.0);
                if (best->side == base.side && share < 0.5)
                    change = detail::polygonal_part(
                        ctx, checked(ctx, GEOSDifference_r(ctx, s.area.get(), held.get()), "outside baseline").get());
                else if (best->side != base.side)
                    change = std::move(inside);
            } else if (best->side == base.side) {
                change = checked(ctx, GEOSGeom_clone_r(ctx, s.area.get()), "clone");
            }
            if (!change || area_of(ctx, change.get()) < 1.0) continue;
            Evidence ev = evidence_for(claims, eligible, *best);
            out.control.push_back(control_feature(ctx, proj, change.get(), period, change_method, best->side, &s, ev));
            all.add(ev);
            (best->side == base.side ? added : removed).push_back(std::move(change));
        }
        // The baseline updated by the changes, and its edge.
        Geom updated = checked(ctx, GEOSGeom_clone_r(ctx, held.get()), "clone");
        if (!added.empty()) {
            std::vector<const GEOSGeometry*> parts{updated.get()};
            for (const auto& g : added) parts.push_back(g.get());
            updated = union_of(ctx, parts);
        }
        if (!removed.empty()) {
            std::vector<const GEOSGeometry*> parts;
            for (const auto& g : removed) parts.push_back(g.get());
            Geom gone = union_of(ctx, parts);
            updated = checked(ctx, GEOSDifference_r(ctx, updated.get(), gone.get()), "remove changes");
        }
        updated = detail::polygonal_part(ctx, updated.get());
        all.finish();
        if (is_empty(ctx, updated.get())) continue;
        out.control.push_back(control_feature(ctx, proj, updated.get(), period, updated_method, base.side, nullptr, all));
        Geom edge = detail::lineal_part(ctx, checked(ctx, GEOSBoundary_r(ctx, updated.get()), "boundary").get());
        if (clip_outline) edge = lines_near(ctx, edge.get(), clip_outline->get(), false);
        if (!is_empty(ctx, edge.get())) out.front.push_back(front_feature(ctx, proj, edge.get(), period, updated_method, base.side));
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

namespace {

// A date in a file name: 20241101 or 2024-11-01 (the last one in the name).
std::optional<Date> date_in_name(const std::string& path) {
    const std::string name = std::filesystem::path(path).filename().string();
    std::optional<Date> found;
    for (std::size_t i = 0; i + 8 <= name.size(); ++i) {
        auto digits = [&](std::size_t at, std::size_t n) {
            if (at + n > name.size()) return false;
            for (std::size_t k = at; k < at + n; ++k)
                if (!std::isdigit(static_cast<unsigned char>(name[k]))) return false;
            return true;
        };
        if (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1]))) continue;
        std::string iso;
        if (digits(i, 8) && !digits(i + 8, 1))
            iso = name.substr(i, 4) + "-" + name.substr(i + 4, 2) + "-" + name.substr(i + 6, 2);
        else if (digits(i, 4) && i + 10 <= name.size() && name[i + 4] == '-' && digits(i + 5, 2) && name[i + 7] == '-' &&
                 digits(i + 8, 2) && !digits(i + 10, 1))
            iso = name.substr(i, 10);
        if (iso.empty()) continue;
        if (auto t = parse_iso_timestamp(iso)) found = std::chrono::floor<std::chrono::days>(*t);
    }
    return found;
}

// The feature's date from field `index` (Date, DateTime or ISO text).
std::optional<Date> feature_date(OGRFeature& f, int index) {
    if (!f.IsFieldSetAndNotNull(index)) return std::nullopt;
    const OGRFieldDefn* defn = f.GetFieldDefnRef(index);
    if (defn->GetType() == OFTDate || defn->GetType() == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        if (!f.GetFieldAsDateTime(index, &y, &m, &d, &hh, &mm, &ss, &tz) || y <= 0) return std::nullopt;
        std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
        if (!ymd.ok()) return std::nullopt;
        return std::chrono::sys_days{ymd};
    }
    std::string text = f.GetFieldAsString(index);
    if (text.size() < 10) return std::nullopt;
    if (auto t = parse_iso_timestamp(text.substr(0, 10))) return std::chrono::floor<std::chrono::days>(*t);
    return std::nullopt;
}

}  // namespace

Baseline load_baseline(const std::string& path, std::optional<Date> date, const std::string& side) {
    GDALDatasetUniquePtr ds = detail::open_vector(path, "baseline");
    OGRLayer* layer = ds->GetLayer(0);
    if (!layer) throw InputError({path, {}, {}}, "baseline has no layer");
    detail::GdalErrorCapture capture;  // GDAL's messages go into ours, not to stderr
    // The date field: one called "date", else the first Date/DateTime field.
    int date_field = -1;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* fd = defn->GetFieldDefn(i);
        std::string name = fd->GetNameRef();
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        if (name == "date") {
            date_field = i;
            break;
        }
        if (date_field < 0 && (fd->GetType() == OFTDate || fd->GetType() == OFTDateTime)) date_field = i;
    }
    GeosContext ctx;
    struct Part {
        std::optional<Date> date;
        Geom area;
    };
    std::vector<Part> parts;
    std::size_t features = 0;
    for (auto& feature : *layer) {
        ++features;
        const OGRGeometry* g = feature->GetGeometryRef();
        if (!g) continue;
        // Any CRS: reprojected to lon/lat; invalid rings: GEOS MakeValid.
        Geom poly = detail::polygons_from_ogr(ctx, *g);
        if (!poly || is_empty(ctx, poly.get())) continue;
        parts.push_back({date_field >= 0 ? feature_date(*feature, date_field) : std::nullopt, std::move(poly)});
    }
    if (parts.empty())
        throw InputError({path, {}, {}}, features == 0 ? "baseline is empty: no features"
                                                       : "baseline has no polygons (of " + std::to_string(features) +
                                                             " features)");
    std::optional<Date> latest;
    for (const auto& p : parts)
        if (p.date && (!latest || *p.date > *latest)) latest = p.date;
    Baseline b;
    b.source = path;
    b.side = side;
    if (latest) {
        // A layer of several dates: the features of the chosen date.
        b.date = date.value_or(*latest);
    } else if (date) {
        b.date = *date;
    } else if (auto named = date_in_name(path)) {
        b.date = *named;
    } else {
        throw InputError({path, {}, {}},
                         "baseline has no date: no date field and none in its name (YYYYMMDD or YYYY-MM-DD); "
                         "give it with --baseline-date");
    }
    std::vector<const GEOSGeometry*> raw;
    for (const auto& p : parts)
        if (!latest || p.date == b.date) raw.push_back(p.area.get());
    if (raw.empty())
        throw InputError({path, {}, {}}, "baseline has no polygons dated " + format_date(b.date) +
                                             " (its latest date is " + format_date(*latest) + ")");
    Geom u = union_of(ctx, raw);
    b.area = detail::to_hex_wkb(ctx, u.get());
    return b;
}

}  // namespace frontline
