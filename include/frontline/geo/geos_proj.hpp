#pragma once
// RAII for the GEOS (reentrant C API) and PROJ handles the derivations use.
// Used by the derivations and the gazetteer's outline checks. One GeosContext /
// ProjContext per thread.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <geos_c.h>
#include <ogr_geometry.h>
#include <proj.h>

namespace frontline::detail {

/// A GEOS context handle (GEOS_init_r / GEOS_finish_r) whose errors are kept
/// so they can be thrown as frontline::Error by check().
class GeosContext {
public:
    GeosContext();
    ~GeosContext();
    GeosContext(const GeosContext&) = delete;
    GeosContext& operator=(const GeosContext&) = delete;

    GEOSContextHandle_t get() const noexcept { return handle_; }
    operator GEOSContextHandle_t() const noexcept { return handle_; }
    /// The last GEOS error message (empty if none).
    const std::string& last_error() const noexcept { return error_; }

private:
    static void on_error(const char* message, void* self);
    GEOSContextHandle_t handle_ = nullptr;
    std::string error_;
};

/// An owned GEOS geometry, destroyed with its context.
class Geom {
public:
    Geom() = default;
    Geom(const GeosContext& ctx, GEOSGeometry* g) noexcept : ctx_(ctx.get()), g_(g) {}
    ~Geom() { reset(); }
    Geom(Geom&& o) noexcept : ctx_(o.ctx_), g_(o.g_) { o.g_ = nullptr; }
    Geom& operator=(Geom&& o) noexcept {
        if (this != &o) {
            reset();
            ctx_ = o.ctx_;
            g_ = o.g_;
            o.g_ = nullptr;
        }
        return *this;
    }
    Geom(const Geom&) = delete;
    Geom& operator=(const Geom&) = delete;

    GEOSGeometry* get() const noexcept { return g_; }
    explicit operator bool() const noexcept { return g_ != nullptr; }
    /// Gives up ownership (to a GEOS collection constructor).
    GEOSGeometry* release() noexcept {
        auto* g = g_;
        g_ = nullptr;
        return g;
    }
    void reset() noexcept {
        if (g_) GEOSGeom_destroy_r(ctx_, g_);
        g_ = nullptr;
    }

private:
    GEOSContextHandle_t ctx_ = nullptr;
    GEOSGeometry* g_ = nullptr;
};

/// Throws frontline::Error "<what>: <GEOS message>" when g is null.
Geom checked(const GeosContext& ctx, GEOSGeometry* g, std::string_view what);

/// A prepared geometry (fast repeated predicates); borrows its geometry.
class Prepared {
public:
    Prepared(const GeosContext& ctx, const GEOSGeometry* g);
    ~Prepared();
    Prepared(const Prepared&) = delete;
    Prepared& operator=(const Prepared&) = delete;
    bool contains(const GEOSGeometry* g) const;
    bool intersects(const GEOSGeometry* g) const;

private:
    GEOSContextHandle_t ctx_;
    const GEOSPreparedGeometry* p_;
};

/// Reads WKT or (hex) WKB. Throws Error.
Geom read_geometry(const GeosContext& ctx, std::string_view text);
/// ISO WKB (2D), for Feature geometries.
std::vector<unsigned char> to_wkb(const GeosContext& ctx, const GEOSGeometry* g);
std::string to_hex_wkb(const GeosContext& ctx, const GEOSGeometry* g);
Geom make_point(const GeosContext& ctx, double x, double y);
/// Makes g valid if it is not (GEOSMakeValid); returns it unchanged otherwise.
Geom ensure_valid(const GeosContext& ctx, Geom g);
/// The polygonal (or lineal) parts of g as one Multi* geometry; an empty
/// Multi* when it has none.
Geom polygonal_part(const GeosContext& ctx, const GEOSGeometry* g);
Geom lineal_part(const GeosContext& ctx, const GEOSGeometry* g);
/// The polygons of an OGR geometry, in lon/lat (reprojected from its own
/// CRS) and made valid, since hand-drawn maps often are not; an empty
/// Multi* when it has none, and a null Geom when it cannot be converted.
Geom polygons_from_ogr(const GeosContext& ctx, const OGRGeometry& g);

/// A PROJ context (proj_context_create / proj_context_destroy).
class ProjContext {
public:
    ProjContext();
    ~ProjContext();
    ProjContext(const ProjContext&) = delete;
    ProjContext& operator=(const ProjContext&) = delete;
    PJ_CONTEXT* get() const noexcept { return ctx_; }

private:
    PJ_CONTEXT* ctx_;
};

/// lon/lat (WGS 84) <-> metres in a Lambert azimuthal equal-area projection
/// centred on (lat0, lon0): distances within a few hundred km of the centre
/// are true to well under 1%.
class LocalProjection {
public:
    LocalProjection(const ProjContext& ctx, double lat0, double lon0);
    ~LocalProjection();
    LocalProjection(const LocalProjection&) = delete;
    LocalProjection& operator=(const LocalProjection&) = delete;

    /// In place; forward: lon/lat -> x/y metres. Throws Error on failure.
    void forward(double& x, double& y) const;
    void inverse(double& x, double& y) const;
    /// A transformed copy of a GEOS geometry.
    Geom forward(const GeosContext& ctx, const GEOSGeometry* g) const;
    Geom inverse(const GeosContext& ctx, const GEOSGeometry* g) const;

private:
    PJ* pj_;
};

}  // namespace frontline::detail
