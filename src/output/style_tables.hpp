#pragma once
// QGIS styles stored with the output: a GeoPackage's `layer_styles` table
// (the one QGIS itself creates, so QGIS finds our rows and adds its own next
// to them), or a "<stem>.qml" sidecar beside a one-layer file. Private to the
// output stage.
#include <filesystem>
#include <utility>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "frontline/detail/gdal_handles.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline::output_detail {

/// One default style per layer into `layer_styles`, in one transaction.
/// Throws OutputError at `where`.
void write_layer_styles(GDALDataset& ds, const std::vector<std::pair<LayerSchema, OGRLayer*>>& layers,
                        const detail::GdalContext& where);

/// The style of `schema` as a .qml file at `path`. Throws OutputError.
void write_qml_sidecar(const std::filesystem::path& path, const LayerSchema& schema);

}  // namespace frontline::output_detail
