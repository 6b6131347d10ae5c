// Any OGR vector source. Polygons become boundaries (oblasts, raions,
// Natural Earth admin-1); points become user places with the same columns as
// the user places table (name, aliases, kind, ...).
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <string>

#include "frontline/detail/fields.hpp"
#include "frontline/detail/gdal_handles.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/source.hpp"

namespace frontline {

namespace {

std::string field(const OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return {};
    return f.GetFieldAsString(i);
}

// The language-tagged name columns OSM and Natural Earth use.
struct NameColumn {
    const char* column;
    const char* lang;
    NameOrigin origin;
};
constexpr NameColumn name_columns[] = {
    {"name:en", "en", NameOrigin::alternate}, {"name_en", "en", NameOrigin::alternate},
    {"name:uk", "uk", NameOrigin::alternate}, {"name:ru", "ru", NameOrigin::alternate},
    {"name_uk", "uk", NameOrigin::alternate}, {"name_ru", "ru", NameOrigin::alternate},
    {"gn_name", "", NameOrigin::alternate},   {"woe_name", "", NameOrigin::alternate},
    {"name", "", NameOrigin::alternate},      {"NAME", "", NameOrigin::alternate},
    {"old_name", "", NameOrigin::historic},   {"old_name:en", "en", NameOrigin::historic},
    {"old_name:uk", "uk", NameOrigin::historic}, {"old_name:ru", "ru", NameOrigin::historic},
    {"alt_name", "", NameOrigin::alternate},  {"alt_name:en", "en", NameOrigin::alternate},
};

std::string country_of(const OGRFeature& f) {
    for (const char* col : {"iso_a2", "ISO_A2", "country", "iso3166-2", "ISO3166-2"}) {
        std::string v = field(f, col);
        if (v.size() >= 2 && v != "-99") return v.substr(0, 2);
    }
    return {};
}

}  // namespace

void read_ogr_source(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    GDALDatasetUniquePtr ds = detail::open_vector(path.string(), "as an OGR vector source");
    // GDAL's warnings while reading become problems of the source's report.
    detail::GdalErrorCapture capture;
    const detail::SpatialReferencePtr wgs84 = detail::make_wgs84();  // lon/lat, whatever EPSG says

    for (OGRLayer* layer : ds->GetLayers()) {
        detail::CoordinateTransformationPtr to_wgs84;
        if (const OGRSpatialReference* srs = layer->GetSpatialRef(); srs && !srs->IsSame(wgs84.get())) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            to_wgs84.reset(OGRCreateCoordinateTransformation(&source, wgs84.get()));
        }
        for (auto& feature : *layer) {
            std::uint64_t fid = static_cast<std::uint64_t>(feature->GetFID());
            OGRGeometry* geom = feature->GetGeometryRef();
            if (!geom || geom->IsEmpty()) {
                report.problem(path.string(), 0, "feature " + std::to_string(fid) + " has no geometry");
                continue;
            }
            if (to_wgs84 && geom->transform(to_wgs84.get()) != OGRERR_NONE) {
                report.problem(path.string(), 0, "feature " + std::to_string(fid) + " cannot be reprojected");
                continue;
            }
            std::vector<PlaceName> names;
            for (const NameColumn& c : name_columns) {
                std::string v = field(*feature, c.column);
                if (v.empty() || !is_valid_utf8(v)) continue;
                if (std::none_of(names.begin(), names.end(), [&](const PlaceName& n) { return n.text == v; }))
                    names.push_back({v, c.lang, c.origin});
            }
            if (names.empty()) {
                report.problem(path.string(), 0, "feature " + std::to_string(fid) + " has no name");
                continue;
            }
            OGRwkbGeometryType type = wkbFlatten(geom->getGeometryType());
            if (type == wkbPolygon || type == wkbMultiPolygon) {
                Boundary b;
                std::string osm_id = field(*feature, "@id");
                if (osm_id.empty()) osm_id = field(*feature, "osm_id");
                // An explicit id (the bundled boundaries carry the id of the
                // place they outline) attaches the polygon to that place.
                std::string own_id = field(*feature, "id");
                b.id = !own_id.empty() && own_id.find(':') != std::string::npos ? own_id
                       : !osm_id.empty() ? "osm:" + osm_id
                                         : path.filename().string() + ":" + std::to_string(fid);
                if (!osm_id.empty()) report.attribution = "OpenStreetMap contributors (ODbL 1.0)";
                if (std::string a = field(*feature, "attribution"); !a.empty()) report.attribution = a;
                // Prefer an English display name; names keep the rest.
                auto en = std::find_if(names.begin(), names.end(), [](const PlaceName& n) { return n.lang == "en"; });
                b.name = en != names.end() ? en->text : names.front().text;
                b.names = std::move(names);
                b.country = country_of(*feature);
                std::string level = field(*feature, "admin_level");
                b.admin_level = level.empty() ? 4 : static_cast<int>(detail::to_int(level).value_or(4));
                // The C API works for polygons and multipolygons alike.
                OGRGeometryH inside_handle = OGR_G_PointOnSurface(OGRGeometry::ToHandle(geom));
                std::unique_ptr<OGRGeometry> inside_geom(OGRGeometry::FromHandle(inside_handle));
                auto* inside = inside_geom ? dynamic_cast<OGRPoint*>(inside_geom.get()) : nullptr;
                if (!inside) {
                    report.problem(path.string(), 0, "feature " + std::to_string(fid) + ": invalid polygon");
                    continue;
                }
                b.lat = inside->getY();
                b.lon = inside->getX();
                b.wkb.resize(geom->WkbSize());
                geom->exportToWkb(wkbNDR, reinterpret_cast<unsigned char*>(b.wkb.data()));
                sink.add_boundary(std::move(b));
            } else if (type == wkbPoint) {
                auto* pt = geom->toPoint();
                PlaceRecord p;
                std::string id = field(*feature, "id");
                p.id = id.empty() ? "user:" + path.stem().string() + "-" + std::to_string(fid)
                                  : (id.find(':') == std::string::npos ? "user:" + id : id);
                p.name = names.front().text;
                p.names.assign(names.begin() + 1, names.end());
                for (auto& n : p.names) n.origin = NameOrigin::alias;
                std::string aliases = field(*feature, "aliases");
                std::vector<std::string_view> parts;
                detail::split(aliases, '|', parts);
                for (auto a : parts)
                    if (!a.empty()) p.names.push_back({std::string(a), "", NameOrigin::alias});
                p.lat = pt->getY();
                p.lon = pt->getX();
                p.kind = parse_place_kind(field(*feature, "kind"));
                p.feature_code = field(*feature, "kind");
                p.country = country_of(*feature);
                p.population = detail::to_int(field(*feature, "population")).value_or(0);
                p.source = "user";
                if (!detail::valid_coordinates(p.lat, p.lon)) {
                    report.problem(path.string(), 0, "feature " + std::to_string(fid) + ": bad coordinates");
                    continue;
                }
                sink.add_place(std::move(p));
            } else {
                report.problem(path.string(), 0, "feature " + std::to_string(fid) + ": unsupported geometry type");
                continue;
            }
            ++report.rows;
        }
    }
    for (const std::string& message : capture.warnings()) report.problem(path.string(), 0, "GDAL: " + message);
    if (capture.has_failures()) report.problem(path.string(), 0, "GDAL: " + capture.failures());
}

}  // namespace frontline
