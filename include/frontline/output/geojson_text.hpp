#pragma once
// GeoJSON text of one point feature, written by frontline itself rather than
// through GDAL: the GeoJSONSeq layers of `extract` are serialised on the
// worker threads, in parallel, and only appended by the writer. The text is
// what GDAL's GeoJSONSeq driver writes with RFC 7946 conventions: members
// "type", "id" (the stable FID), "properties" in schema order (null values
// kept), "geometry" (a Point in lon/lat with at most `precision` decimals,
// or null); dates "YYYY-MM-DD", date-times "YYYY-MM-DDTHH:MM:SSZ", reals in
// their shortest exact form, strings as UTF-8 with JSON escapes.
#include <optional>
#include <string>
#include <vector>

#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// Serialises the features of one layer. The member names of the
/// properties are escaped once, when it is built, rather than for every
/// feature. Immutable after construction; append() is thread-safe.
class GeoJsonSerialiser {
public:
    explicit GeoJsonSerialiser(const LayerSchema& schema, int precision = 7);

    /// Appends one feature and a newline to `out`. Returns an error message
    /// naming the field when a value does not fit its field type (nothing is
    /// appended then), nullopt on success. Geometries other than LonLat or
    /// null are refused: those layers go through GDAL.
    std::optional<std::string> append(std::string& out, const Feature& feature) const;

private:
    std::vector<FieldDef> fields_;
    std::vector<std::string> members_;  // per field: ", " (but the first), the quoted name, ": "
    int precision_;
};

/// One feature with a serialiser built for the call (see GeoJsonSerialiser::append).
std::optional<std::string> append_geojson_feature(std::string& out, const LayerSchema& schema, const Feature& feature,
                                                  int precision = 7);

}  // namespace frontline
