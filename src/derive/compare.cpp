#include "frontline/derive/compare.hpp"

#include <algorithm>
#include <limits>
#include <cmath>
#include <functional>
#include <regex>
#include <tuple>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include "frontline/derive/control.hpp"
#include "frontline/geo/geos_proj.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/error.hpp"

namespace frontline {

namespace fs = std::filesystem;
using detail::checked;
using detail::Geom;
using detail::GeosContext;

namespace {

std::optional<Date> date_in_name(const std::string& name) {
    static const std::regex re(R"((\d{4})-?(\d{2})-?(\d{2}))");
    std::smatch m;
    if (!std::regex_search(name, m, re)) return std::nullopt;
    using namespace std::chrono;
    year_month_day ymd{year{std::stoi(m[1])}, month{static_cast<unsigned>(std::stoi(m[2]))},
                       day{static_cast<unsigned>(std::stoi(m[3]))}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

bool is_vector_name(const fs::path& p) {
    static const char* exts[] = {".geojson", ".json", ".gpkg", ".fgb", ".shp", ".gz", ".geojsonl", ".geojsons"};
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return std::find(std::begin(exts), std::end(exts), e) != std::end(exts);
}

}  // namespace

// ---- ControlReference ---------------------------------------------------------

struct ControlReference::Impl {
    std::vector<Entry> entries;
    bool single = false;
    std::map<fs::path, std::string> cache;
};

ControlReference::ControlReference() : impl_(std::make_unique<Impl>()) {}
ControlReference::ControlReference(ControlReference&&) noexcept = default;
ControlReference& ControlReference::operator=(ControlReference&&) noexcept = default;
ControlReference::~ControlReference() = default;

ControlReference ControlReference::open(const fs::path& path) {
    ControlReference r;
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        for (const auto& de : fs::directory_iterator(path, ec)) {
            if (!de.is_regular_file() || !is_vector_name(de.path())) continue;
            if (auto d = date_in_name(de.path().filename().string())) r.impl_->entries.push_back({d, de.path()});
        }
        if (ec) throw InputError({path.string(), {}, {}}, "cannot list directory: " + ec.message());
        if (r.impl_->entries.empty())
            throw InputError({path.string(), {}, {}}, "no dated control files (names with YYYYMMDD) in directory");
        std::sort(r.impl_->entries.begin(), r.impl_->entries.end(),
                  [](const Entry& a, const Entry& b) { return std::tie(a.date, a.file) < std::tie(b.date, b.file); });
    } else if (fs::exists(path, ec)) {
        r.impl_->single = true;
        r.impl_->entries.push_back({date_in_name(path.filename().string()), path});
    } else {
        throw InputError({path.string(), {}, {}}, "control map not found");
    }
    return r;
}

const std::vector<ControlReference::Entry>& ControlReference::entries() const { return impl_->entries; }

std::optional<ControlReference::Entry> ControlReference::for_date(Date d, int max_lag_days) const {
    if (impl_->single) return impl_->entries.front();
    auto it = std::lower_bound(impl_->entries.begin(), impl_->entries.end(), d,
                               [](const Entry& e, Date day) { return *e.date < day; });
    if (it == impl_->entries.end() || *it->date > d + std::chrono::days(max_lag_days)) return std::nullopt;
    return *it;
}

const std::string& ControlReference::area(const fs::path& file) {
    if (auto it = impl_->cache.find(file); it != impl_->cache.end()) return it->second;
    GDALDatasetUniquePtr ds = detail::open_vector(file.string(), "control map");
    detail::GdalErrorCapture quiet;  // GDAL's warnings while reading are not printed
    GeosContext ctx;
    std::vector<GEOSGeometry*> parts;
    for (OGRLayer* layer : ds->GetLayers()) {
        for (auto& feature : *layer) {
            const OGRGeometry* g = feature->GetGeometryRef();
            if (!g) continue;
            Geom poly = detail::polygons_from_ogr(ctx, *g);
            if (!poly) continue;
            if (GEOSisEmpty_r(ctx, poly.get()) != 1) parts.push_back(poly.release());
        }
    }
    if (parts.empty()) throw InputError({file.string(), {}, {}}, "control map holds no polygons");
    Geom coll = checked(ctx, GEOSGeom_createCollection_r(ctx, GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                         static_cast<unsigned>(parts.size())),
                        "collection");
    Geom u = detail::polygonal_part(ctx, checked(ctx, GEOSUnaryUnion_r(ctx, coll.get()), "union").get());
    return impl_->cache.emplace(file, detail::to_hex_wkb(ctx, u.get())).first->second;
}

// ---- comparison ---------------------------------------------------------------

namespace {

struct PlacedPoint {
    bool inside = false;
    double distance_km = 0;
};

// Inside test in lon/lat; the distance to the boundary in a local LAEA
// centred on the point, over the part of the boundary that can hold the
// nearest point (a box from the distance in degrees).
PlacedPoint place_point(const GeosContext& ctx, const detail::ProjContext& pctx, const GEOSGeometry* area,
                        const GEOSGeometry* boundary, const detail::Prepared& prepared, double lat, double lon) {
    PlacedPoint r;
    Geom pt = detail::make_point(ctx, lon, lat);
    r.inside = prepared.contains(pt.get());
    (void)area;
    double deg = 0;
    if (GEOSDistance_r(ctx, pt.get(), boundary, &deg) != 1) throw Error("GEOS: distance: " + ctx.last_error());
    // The true nearest point is no further than `deg` degrees of latitude
    // away, hence within deg (lat) and deg / cos(lat) (lon) of the point.
    double dlat = deg + 0.01, dlon = deg / std::max(0.1, std::cos(lat * 3.14159265358979 / 180)) + 0.01;
    Geom near = checked(ctx, GEOSClipByRect_r(ctx, boundary, lon - dlon, lat - dlat, lon + dlon, lat + dlat), "clip");
    detail::LocalProjection proj(pctx, lat, lon);
    Geom metric = proj.forward(ctx, near.get());
    Geom origin = detail::make_point(ctx, 0, 0);
    double m = 0;
    if (GEOSisEmpty_r(ctx, metric.get()) == 1 || GEOSDistance_r(ctx, origin.get(), metric.get(), &m) != 1)
        m = deg * 111320.0;  // cannot happen but for degenerate input
    r.distance_km = m / 1000.0;
    return r;
}

}  // namespace

std::vector<ComparedEvent> compare_events(const std::vector<Event>& events, ControlReference& reference,
                                          const CompareOptions& o) {
    std::vector<ComparedEvent> out;
    GeosContext ctx;
    detail::ProjContext pctx;
    // The geometry of the last reference file, re-read when the file changes.
    fs::path current;
    Geom area, boundary;
    std::unique_ptr<detail::Prepared> prepared;
    // The later maps searched for the first agreeing one, prepared once each;
    // events come by date, so a few dozen files serve them all.
    std::map<fs::path, std::pair<Geom, std::unique_ptr<detail::Prepared>>> later;
    auto inside_on = [&](const fs::path& file, const Geom& point) {
        auto it = later.find(file);
        if (it == later.end()) {
            if (later.size() >= 64) later.clear();
            Geom g = detail::read_geometry(ctx, reference.area(file));
            auto prep = std::make_unique<detail::Prepared>(ctx, g.get());
            it = later.emplace(file, std::make_pair(std::move(g), std::move(prep))).first;
        }
        return it->second.second->contains(point.get());
    };
    for (const Event& e : events) {
        if (std::find(o.claims.begin(), o.claims.end(), e.claim) == o.claims.end()) continue;
        ComparedEvent c;
        c.event_id = e.event_id;
        c.place_name = e.place_name;
        c.claim = e.claim;
        c.actor_side = e.actor_side;
        c.event_date = e.event_date;
        c.lat = e.lat;
        c.lon = e.lon;
        c.position = "no_reference";
        c.verdict = "no_reference";
        // "Kursk Oblast captured" is no point to find inside or outside a
        // line: rating its centroid would agree or disagree by accident.
        if (!is_point_precision(e.geo_precision) || (e.kind && !is_point_precision(precision_of_kind(*e.kind)))) {
            c.position = "region";
            c.verdict = "not_comparable";
            out.push_back(std::move(c));
            continue;
        }
        std::optional<ControlReference::Entry> entry;
        if (e.event_date) entry = reference.for_date(*e.event_date, o.max_lag_days);
        if (!entry) {
            out.push_back(std::move(c));
            continue;
        }
        c.reference_date = entry->date;
        c.reference_file = entry->file.filename().string();
        if (entry->file != current) {
            prepared.reset();
            area = detail::read_geometry(ctx, reference.area(entry->file));
            boundary = checked(ctx, GEOSBoundary_r(ctx, area.get()), "boundary");
            prepared = std::make_unique<detail::Prepared>(ctx, area.get());
            current = entry->file;
        }
        PlacedPoint p = place_point(ctx, pctx, area.get(), boundary.get(), *prepared, e.lat, e.lon);
        c.position = p.inside ? "inside" : "outside";
        c.distance_km = std::round(p.distance_km * 100) / 100;
        std::optional<std::string> gains = e.actor_side ? gaining_side(e.claim, *e.actor_side) : std::nullopt;
        if (!gains) {
            c.verdict = "no_side";
        } else {
            bool expect_inside = *gains == o.reference_side;
            if (p.inside == expect_inside) c.verdict = "agrees";
            else c.verdict = p.distance_km <= o.tolerance_km ? "near" : "disagrees";
            if (p.inside == expect_inside) {
                c.first_agreeing_date = entry->date;
            } else if (entry->date && o.agree_within_days > 0) {
                // The maps after it: when, if ever, did the line move as claimed?
                const Geom point = detail::make_point(ctx, e.lon, e.lat);
                const Date until = *e.event_date + std::chrono::days(o.agree_within_days);
                for (const ControlReference::Entry& later_entry : reference.entries()) {
                    if (!later_entry.date || *later_entry.date <= *entry->date) continue;
                    if (*later_entry.date > until) break;
                    if (inside_on(later_entry.file, point) == expect_inside) {
                        c.first_agreeing_date = later_entry.date;
                        break;
                    }
                }
            }
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::map<std::string, std::size_t> summarise(const std::vector<ComparedEvent>& compared) {
    std::map<std::string, std::size_t> counts;
    for (const auto& c : compared) ++counts[c.verdict];
    return counts;
}

// ---- reading an events layer ------------------------------------------------------

namespace {

OGRLayer* find_events_layer(GDALDataset& ds) {
    if (OGRLayer* l = ds.GetLayerByName("events")) return l;
    if (ds.GetLayerCount() == 1) {
        OGRLayer* l = ds.GetLayer(0);
        OGRFeatureDefn* d = l->GetLayerDefn();
        if (d->GetFieldIndex("claim") >= 0 && d->GetFieldIndex("event_id") >= 0) return l;
    }
    return nullptr;
}

std::optional<std::string> string_field(OGRFeature& f, int idx) {
    if (idx < 0 || !f.IsFieldSetAndNotNull(idx)) return std::nullopt;
    return std::string(f.GetFieldAsString(idx));
}

}  // namespace

std::vector<Event> read_events_layer(const std::string& output) {
    GDALDatasetUniquePtr ds;
    std::optional<InputError> unopened;
    try {
        ds = detail::open_vector(output, "frontline output");
    } catch (const InputError& e) {
        unopened = e;  // a one-layer-per-file output may still have its events sibling
    }
    OGRLayer* layer = ds ? find_events_layer(*ds) : nullptr;
    std::string used = output;
    if (!layer) {
        // One layer per file: out.geojson keeps its events in out.events.geojson.
        fs::path p(output);
        fs::path sibling = p.parent_path() / (p.stem().string() + ".events" + p.extension().string());
        std::error_code ec;
        if (fs::exists(sibling, ec)) {
            ds = detail::open_vector(sibling.string(), "events layer");
            layer = ds ? find_events_layer(*ds) : nullptr;
            used = sibling.string();
        }
    }
    if (!layer && unopened) throw *unopened;
    if (!layer) throw InputError({output, {}, {}}, "no events layer (expected a frontline output)");
    detail::GdalErrorCapture quiet;
    OGRFeatureDefn* d = layer->GetLayerDefn();
    const int i_id = d->GetFieldIndex("event_id"), i_place = d->GetFieldIndex("place_id"),
              i_name = d->GetFieldIndex("place_name"), i_claim = d->GetFieldIndex("claim"),
              i_side = d->GetFieldIndex("actor_side"), i_status = d->GetFieldIndex("status"),
              i_date = d->GetFieldIndex("event_date"), i_conf = d->GetFieldIndex("confidence"),
              i_kind = d->GetFieldIndex("kind"), i_precision = d->GetFieldIndex("geo_precision");
    if (i_claim < 0 || i_date < 0) throw InputError({used, {}, {}}, "events layer lacks claim/event_date fields");
    const detail::SpatialReferencePtr wgs84 = detail::make_wgs84();
    std::vector<Event> events;
    for (auto& f : *layer) {
        Event e;
        e.event_id = string_field(*f, i_id).value_or("");
        e.place_id = string_field(*f, i_place).value_or("");
        e.place_name = string_field(*f, i_name).value_or("");
        try {
            e.claim = claim_type_from(string_field(*f, i_claim).value_or(""));
            e.status = claim_status_from(string_field(*f, i_status).value_or("asserted"));
        } catch (const InputError&) {
            throw;
        } catch (const Error& bad) {
            throw InputError({used, {}, {}}, "event '" + e.event_id + "': " + bad.what());
        }
        e.actor_side = string_field(*f, i_side);
        if (auto kind = string_field(*f, i_kind)) e.kind = parse_place_kind(*kind);
        if (auto precision = string_field(*f, i_precision)) e.geo_precision = parse_geo_precision(*precision);
        if (i_conf >= 0 && f->IsFieldSetAndNotNull(i_conf)) e.confidence = f->GetFieldAsDouble(i_conf);
        if (f->IsFieldSetAndNotNull(i_date)) {
            int y = 0, m = 0, dd = 0, hh = 0, mm = 0, tz = 0;
            float ss = 0;
            if (f->GetFieldAsDateTime(i_date, &y, &m, &dd, &hh, &mm, &ss, &tz) && y > 0) {
                using namespace std::chrono;
                year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(dd)}};
                if (ymd.ok()) e.event_date = sys_days{ymd};
            }
        }
        const OGRGeometry* g = f->GetGeometryRef();
        if (!g) {
            // A region's event has no point; compare says it is not comparable.
            if (!is_point_precision(e.geo_precision)) {
                e.lat = e.lon = std::numeric_limits<double>::quiet_NaN();
                events.push_back(std::move(e));
            }
            continue;
        }
        std::unique_ptr<OGRGeometry> copy(g->clone());
        if (copy->getSpatialReference() && !copy->getSpatialReference()->IsSame(wgs84.get()))
            if (copy->transformTo(wgs84.get()) != OGRERR_NONE) continue;
        if (wkbFlatten(copy->getGeometryType()) != wkbPoint) continue;
        const auto* pt = copy->toPoint();
        e.lon = pt->getX();
        e.lat = pt->getY();
        events.push_back(std::move(e));
    }
    // FID order is a hash order in GeoPackage: restore the events layer's
    // own order (event_date, null last; place_id; claim; actor_side).
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        auto key = [](const Event& e) {
            return std::make_tuple(!e.event_date.has_value(), e.event_date.value_or(Date{}), std::cref(e.place_id),
                                   to_string(e.claim), e.actor_side.value_or(""));
        };
        return key(a) < key(b);
    });
    return events;
}

}  // namespace frontline
