#pragma once
// RAII for GDAL/OGR handles and GDAL's messages routed into frontline
// exceptions, for every part that uses GDAL: the writers, the gazetteer's
// OGR sources, the clip areas and control maps of the derivations. Nothing
// here prints: GDAL's messages end up in exceptions or in the caller's
// reports.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

namespace frontline::detail {

/// Replaces the values of password=... (quoted or not) in GDAL connection
/// strings and the password of user:password@ in URIs with "***", so
/// connection strings can go into messages and logs.
std::string redact_connection(std::string_view text);

/// Where a GDAL call failed, for messages: "GPKG 'out.gpkg' layer 'mentions'".
struct GdalContext {
    std::string driver;
    std::string dataset;  ///< already redacted
    std::string layer;    ///< may be empty

    std::string describe() const;
};

/// Routes GDAL errors raised on this thread while it lives into a buffer
/// instead of stderr (CPLPushErrorHandlerEx / CPLPopErrorHandler).
/// Must be destroyed on the thread that created it, in reverse order of
/// creation (a stack). Never throws from the handler (GDAL calls it from C).
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    /// Failures captured so far, joined with "; " (redacted); empty if none.
    std::string failures() const;
    bool has_failures() const noexcept { return !failures_.empty(); }
    const std::vector<std::string>& warnings() const noexcept { return warnings_; }
    void clear() noexcept { failures_.clear(); warnings_.clear(); }

    /// Throws OutputError "<context>: <what>: <GDAL failures>".
    [[noreturn]] void raise(const GdalContext& where, std::string_view what) const;
    /// Throws InputError at `file`: "<what>: <GDAL failures>".
    [[noreturn]] void raise_input(const std::string& file, std::string_view what) const;

private:
    static void handle(CPLErr level, CPLErrorNum number, const char* message);
    std::vector<std::string> failures_;
    std::vector<std::string> warnings_;
};

/// A spatial reference with traditional GIS axis order (lon,lat / x,y). GDAL 3
/// follows the authority's order by default, which makes EPSG:4326 lat,lon;
/// frontline's coordinates and RFC 7946 are lon,lat, so every SRS we create
/// sets OAMS_TRADITIONAL_GIS_ORDER.
struct SpatialReferenceRelease {
    void operator()(OGRSpatialReference* srs) const noexcept { if (srs) srs->Release(); }
};
using SpatialReferencePtr = std::unique_ptr<OGRSpatialReference, SpatialReferenceRelease>;

/// EPSG:4326, lon/lat.
SpatialReferencePtr make_wgs84();
/// Any definition OGRSpatialReference::SetFromUserInput accepts; throws
/// UsageError naming the definition when PROJ does not know it.
SpatialReferencePtr make_srs(const std::string& definition);

struct CoordinateTransformationDelete {
    void operator()(OGRCoordinateTransformation* ct) const noexcept {
        OGRCoordinateTransformation::DestroyCT(ct);
    }
};
using CoordinateTransformationPtr =
    std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformationDelete>;

/// Opens a vector dataset for reading: GDAL's drivers registered (once), a
/// ".gz" file read through /vsigzip/, GDAL's messages captured. Throws
/// InputError at `path`: "cannot open <what>: <GDAL's reason>" (a missing
/// file says so).
GDALDatasetUniquePtr open_vector(const std::string& path, std::string_view what);

/// Opens a vector dataset of one driver for update (a GeoPackage file, a
/// PostgreSQL connection). Null when GDAL cannot: the caller's
/// GdalErrorCapture holds the reason and the caller names the output.
GDALDatasetUniquePtr open_vector_for_update(const std::string& target, const std::string& driver);

/// NULL-terminated option list owned by RAII (GDAL's char** lists).
class GdalOptionList {
public:
    GdalOptionList() = default;
    explicit GdalOptionList(const std::vector<std::string>& key_values);
    ~GdalOptionList();
    GdalOptionList(GdalOptionList&& other) noexcept;
    GdalOptionList& operator=(GdalOptionList&& other) noexcept;
    GdalOptionList(const GdalOptionList&) = delete;
    GdalOptionList& operator=(const GdalOptionList&) = delete;

    /// Sets KEY=value unless KEY is already present (user options win).
    void set_default(const char* key, const char* value);
    void set(const char* key, const char* value);
    const char* get(const char* key) const;
    char** get() const noexcept { return list_; }

private:
    char** list_ = nullptr;
};

}  // namespace frontline::detail
