#pragma once
// Provenance stored as dataset metadata where the format keeps it
// (GeoPackage): tool version, gazetteer, inputs, run time. Private to the
// output stage.
#include <string>
#include <utility>
#include <vector>

#include <gdal_priv.h>

#include "frontline/detail/gdal_handles.hpp"

namespace frontline::output_detail {

/// Each KEY=value, and frontline_version unless given. Throws OutputError at `where`.
void write_dataset_metadata(GDALDataset& ds, const std::vector<std::pair<std::string, std::string>>& metadata,
                            const detail::GdalContext& where);

}  // namespace frontline::output_detail
