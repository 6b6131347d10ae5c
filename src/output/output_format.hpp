#pragma once
// What frontline knows about each output format (GDAL driver): how a
// destination names one, which hold one layer per file, keep FIDs or take a
// QGIS sidecar, and the layer creation options frontline sets by default.
// Private to the output stage.
#include <string>
#include <string_view>

#include <ogr_core.h>

#include "frontline/detail/gdal_handles.hpp"
#include "frontline/output/layer_schema.hpp"
#include "frontline/output/output_options.hpp"

namespace frontline::output_detail {

std::string lower(std::string s);
bool starts_with_ci(const std::string& s, std::string_view prefix);

/// The driver for the options: -f, else guessed from the destination.
/// Throws UsageError when nothing fits.
std::string driver_for(const OutputOptions& options);

bool is_one_layer_per_file(const std::string& driver);
bool keeps_fid(const std::string& driver);
bool takes_sidecar_qml(const std::string& driver);

OGRwkbGeometryType to_ogr(GeometryType t);
OGRFieldType to_ogr(FieldType t);

/// frontline's layer creation defaults for a driver (a user's -lco of the
/// same key wins): RFC 7946 GeoJSON, CSV with types, spatial indexes, FID
/// column names.
void set_layer_defaults(detail::GdalOptionList& lco, const std::string& driver, const OutputOptions& options,
                        const LayerSchema& schema);

}  // namespace frontline::output_detail
