#pragma once
// A QGIS project (.qgs) over a frontline GeoPackage: the layers in reading
// order (names on top, events over mentions, control at the bottom), each
// with frontline's default style, and the Temporal Controller stepping by
// day. The GeoPackage is referenced by a path relative to the project.
#include <filesystem>
#include <string>
#include <vector>

#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// The project document for `layers` (those present in the GeoPackage, any
/// order) read from `geopackage` as written into the project's datasources
/// (relative to the project's directory, or absolute). Pure; thread-safe.
std::string qgis_project_xml(const std::string& geopackage, const std::vector<LayerSchema>& layers);

/// Writes `project` (.qgs) over the frontline layers found in `geopackage`
/// (mentions, events, places, regions, control, front), replacing it
/// atomically. Throws OutputError naming the file when the GeoPackage cannot
/// be read or has none of those layers, or the project cannot be written.
void write_qgis_project(const std::filesystem::path& project, const std::filesystem::path& geopackage);

}  // namespace frontline
