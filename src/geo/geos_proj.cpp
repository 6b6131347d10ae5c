#include "frontline/geo/geos_proj.hpp"

#include <cmath>
#include <memory>
#include <ogr_spatialref.h>
#include <cstdarg>
#include <cstdio>
#include <string>

#include "frontline/error.hpp"

namespace frontline::detail {

// ---- GEOS -------------------------------------------------------------------

GeosContext::GeosContext() : handle_(GEOS_init_r()) {
    if (!handle_) throw Error("GEOS: cannot create a context");
    GEOSContext_setErrorMessageHandler_r(handle_, &GeosContext::on_error, this);
}

GeosContext::~GeosContext() {
    if (handle_) GEOS_finish_r(handle_);
}

void GeosContext::on_error(const char* message, void* self) {
    // Called from C: must not throw. Keeps the last message for check().
    try {
        static_cast<GeosContext*>(self)->error_ = message ? message : "unknown error";
    } catch (...) {
    }
}

Geom checked(const GeosContext& ctx, GEOSGeometry* g, std::string_view what) {
    if (!g) throw Error("GEOS: " + std::string(what) + ": " + ctx.last_error());
    return Geom(ctx, g);
}

Prepared::Prepared(const GeosContext& ctx, const GEOSGeometry* g) : ctx_(ctx.get()), p_(GEOSPrepare_r(ctx.get(), g)) {
    if (!p_) throw Error("GEOS: cannot prepare geometry: " + ctx.last_error());
}

Prepared::~Prepared() { GEOSPreparedGeom_destroy_r(ctx_, p_); }

bool Prepared::contains(const GEOSGeometry* g) const { return GEOSPreparedContains_r(ctx_, p_, g) == 1; }
bool Prepared::intersects(const GEOSGeometry* g) const { return GEOSPreparedIntersects_r(ctx_, p_, g) == 1; }

namespace {

bool looks_hex(std::string_view s) {
    if (s.size() < 10 || s.size() % 2) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
    return true;
}

Geom empty_collection(const GeosContext& ctx, int type) {
    return checked(ctx, GEOSGeom_createEmptyCollection_r(ctx, type), "empty collection");
}

// Collects the parts of g whose dimension is `dim` (2 polygons, 1 lines).
void collect_parts(const GeosContext& ctx, const GEOSGeometry* g, int dim, std::vector<GEOSGeometry*>& out) {
    int type = GEOSGeomTypeId_r(ctx, g);
    if (type == GEOS_GEOMETRYCOLLECTION || type == GEOS_MULTIPOLYGON || type == GEOS_MULTILINESTRING ||
        type == GEOS_MULTIPOINT) {
        int n = GEOSGetNumGeometries_r(ctx, g);
        for (int i = 0; i < n; ++i) collect_parts(ctx, GEOSGetGeometryN_r(ctx, g, i), dim, out);
        return;
    }
    if (GEOSisEmpty_r(ctx, g) == 1) return;
    bool take = (dim == 2 && type == GEOS_POLYGON) || (dim == 1 && (type == GEOS_LINESTRING || type == GEOS_LINEARRING));
    if (!take) return;
    if (type == GEOS_LINEARRING) {
        // A bare ring becomes a line string of the same points.
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, g);
        out.push_back(GEOSGeom_createLineString_r(ctx, GEOSCoordSeq_clone_r(ctx, seq)));
    } else {
        out.push_back(GEOSGeom_clone_r(ctx, g));
    }
}

Geom part_of_dimension(const GeosContext& ctx, const GEOSGeometry* g, int dim) {
    std::vector<GEOSGeometry*> parts;
    collect_parts(ctx, g, dim, parts);
    int type = dim == 2 ? GEOS_MULTIPOLYGON : GEOS_MULTILINESTRING;
    if (parts.empty()) return empty_collection(ctx, type);
    return checked(ctx, GEOSGeom_createCollection_r(ctx, type, parts.data(), static_cast<unsigned>(parts.size())),
                   "collection");
}

}  // namespace

Geom read_geometry(const GeosContext& ctx, std::string_view text) {
    std::string s(text);
    GEOSGeometry* g = nullptr;
    if (looks_hex(s)) {
        GEOSWKBReader* r = GEOSWKBReader_create_r(ctx);
        g = GEOSWKBReader_readHEX_r(ctx, r, reinterpret_cast<const unsigned char*>(s.data()), s.size());
        GEOSWKBReader_destroy_r(ctx, r);
    } else {
        GEOSWKTReader* r = GEOSWKTReader_create_r(ctx);
        g = GEOSWKTReader_read_r(ctx, r, s.c_str());
        GEOSWKTReader_destroy_r(ctx, r);
    }
    return checked(ctx, g, "cannot read geometry");
}

std::vector<unsigned char> to_wkb(const GeosContext& ctx, const GEOSGeometry* g) {
    GEOSWKBWriter* w = GEOSWKBWriter_create_r(ctx);
    GEOSWKBWriter_setOutputDimension_r(ctx, w, 2);
    GEOSWKBWriter_setFlavor_r(ctx, w, GEOS_WKB_ISO);
    std::size_t size = 0;
    unsigned char* buf = GEOSWKBWriter_write_r(ctx, w, g, &size);
    GEOSWKBWriter_destroy_r(ctx, w);
    if (!buf) throw Error("GEOS: cannot write WKB: " + ctx.last_error());
    std::vector<unsigned char> out(buf, buf + size);
    GEOSFree_r(ctx, buf);
    return out;
}

std::string to_hex_wkb(const GeosContext& ctx, const GEOSGeometry* g) {
    static const char* digits = "0123456789ABCDEF";
    auto bytes = to_wkb(ctx, g);
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char b : bytes) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    return out;
}

Geom make_point(const GeosContext& ctx, double x, double y) {
    return checked(ctx, GEOSGeom_createPointFromXY_r(ctx, x, y), "point");
}

Geom ensure_valid(const GeosContext& ctx, Geom g) {
    if (GEOSisValid_r(ctx, g.get()) == 1) return g;
    return checked(ctx, GEOSMakeValid_r(ctx, g.get()), "make valid");
}

Geom polygonal_part(const GeosContext& ctx, const GEOSGeometry* g) { return part_of_dimension(ctx, g, 2); }
Geom lineal_part(const GeosContext& ctx, const GEOSGeometry* g) { return part_of_dimension(ctx, g, 1); }

// ---- PROJ -------------------------------------------------------------------

ProjContext::ProjContext() : ctx_(proj_context_create()) {
    if (!ctx_) throw Error("PROJ: cannot create a context");
    // Quiet: failures are reported through exceptions, not PROJ's stderr log.
    proj_log_level(ctx_, PJ_LOG_NONE);
}

ProjContext::~ProjContext() { proj_context_destroy(ctx_); }

LocalProjection::LocalProjection(const ProjContext& ctx, double lat0, double lon0) : pj_(nullptr) {
    char target[256];
    std::snprintf(target, sizeof target,
                  "+proj=laea +lat_0=%.6f +lon_0=%.6f +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs +type=crs", lat0,
                  lon0);
    // Both ends as PROJ strings: no proj.db lookup needed, and lon/lat order
    // is the string's own (no authority axis order to undo).
    PJ* raw = proj_create_crs_to_crs(ctx.get(), "+proj=longlat +datum=WGS84 +no_defs +type=crs", target, nullptr);
    if (!raw) throw Error(std::string("PROJ: cannot create local projection: ") +
                          proj_context_errno_string(ctx.get(), proj_context_errno(ctx.get())));
    pj_ = proj_normalize_for_visualization(ctx.get(), raw);
    proj_destroy(raw);
    if (!pj_) throw Error("PROJ: cannot normalise local projection");
}

LocalProjection::~LocalProjection() { proj_destroy(pj_); }

namespace {

void trans(PJ* pj, PJ_DIRECTION dir, double& x, double& y) {
    PJ_COORD c = proj_coord(x, y, 0, 0);
    PJ_COORD r = proj_trans(pj, dir, c);
    if (r.xy.x == HUGE_VAL || r.xy.y == HUGE_VAL) throw Error("PROJ: cannot transform a coordinate");
    x = r.xy.x;
    y = r.xy.y;
}

struct TransformData {
    PJ* pj;
    PJ_DIRECTION dir;
};

int transform_cb(double* x, double* y, void* user) {
    auto* d = static_cast<TransformData*>(user);
    PJ_COORD r = proj_trans(d->pj, d->dir, proj_coord(*x, *y, 0, 0));
    if (r.xy.x == HUGE_VAL || r.xy.y == HUGE_VAL) return 0;
    *x = r.xy.x;
    *y = r.xy.y;
    return 1;
}

}  // namespace

void LocalProjection::forward(double& x, double& y) const { trans(pj_, PJ_FWD, x, y); }
void LocalProjection::inverse(double& x, double& y) const { trans(pj_, PJ_INV, x, y); }

Geom LocalProjection::forward(const GeosContext& ctx, const GEOSGeometry* g) const {
    TransformData d{pj_, PJ_FWD};
    return checked(ctx, GEOSGeom_transformXY_r(ctx, g, &transform_cb, &d), "project to local metric CRS");
}

Geom LocalProjection::inverse(const GeosContext& ctx, const GEOSGeometry* g) const {
    TransformData d{pj_, PJ_INV};
    return checked(ctx, GEOSGeom_transformXY_r(ctx, g, &transform_cb, &d), "project back to lon/lat");
}

Geom polygons_from_ogr(const GeosContext& ctx, const OGRGeometry& g) {
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);  // lon/lat whatever EPSG says
    std::unique_ptr<OGRGeometry> copy(g.clone());
    if (copy->getSpatialReference() && !copy->getSpatialReference()->IsSame(&wgs84) &&
        copy->transformTo(&wgs84) != OGRERR_NONE)
        return Geom();
    std::vector<unsigned char> wkb(static_cast<std::size_t>(copy->WkbSize()));
    copy->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    GEOSWKBReader* reader = GEOSWKBReader_create_r(ctx.get());
    GEOSGeometry* read = GEOSWKBReader_read_r(ctx.get(), reader, wkb.data(), wkb.size());
    GEOSWKBReader_destroy_r(ctx.get(), reader);
    if (!read) return Geom();
    return polygonal_part(ctx, ensure_valid(ctx, Geom(ctx, read)).get());
}

}  // namespace frontline::detail
