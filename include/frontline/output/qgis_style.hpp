#pragma once
// QGIS layer styles (QML) for frontline layers, so a layer opens in QGIS
// styled and time-aware: written to GeoPackage `layer_styles` and as `.qml`
// sidecars next to single-layer files.
#include <string>

#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// A QGIS 3.22+ QML document for the layer:
/// - a categorised renderer on `claim` (captured, advanced, attacked, struck,
///   withdrew, deployed, and "no claim" for everything else) when the schema
///   has a `claim` field, else a single symbol;
/// - labels from `place_name` when present;
/// - temporal properties (instant from field, 1 day) on `event_date` when the
///   schema has it as a date field, else on `as_of`;
/// - a map tip showing the sentence or quote.
/// Pure function; thread-safe.
std::string qgis_style_qml(const LayerSchema& schema);

}  // namespace frontline
