#pragma once
// QGIS layer styles (QML) for frontline layers, so a layer opens in QGIS
// styled and time-aware: written to GeoPackage `layer_styles` and as `.qml`
// sidecars next to single-layer files.
#include <string>

#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// A QGIS 3.22+ QML document for the layer:
/// - points with a `claim` field (events, mentions): point displacement over
///   rules by claim (fill colour), with an outer ring coloured by
///   `actor_side`, a hollow disc when `status` is disputed or denied (or
///   `modality` is not reported), a pale one when hedged, size by
///   `n_reports` when present, and legend-only rules explaining ring, status
///   and size; labelling registered as obstacles without drawing names;
/// - other points (places): a small dot labelled with `place_name`, the one
///   layer that draws names, so each place is named once;
/// - polygons with `side` (control): categorised by side, light wash and
///   hatch; other polygons (regions) outlined by claim; lines (front): one
///   strong cased line;
/// - temporal properties: `valid_from`..`valid_to` when present, else the
///   day, week or month of `event_date` by `date_precision` (expressions),
///   else one day from `event_date` or `as_of`;
/// - a map tip with place, claim, side, status, date, claimant(s), quote or
///   sentence and links.
/// Pure function; thread-safe.
std::string qgis_style_qml(const LayerSchema& schema);

/// The same style as the elements a QGIS project's <maplayer> holds
/// (renderer, labelling, temporal settings, map tip), without the QML
/// document around them; `labels_enabled` is the layer's attribute.
struct QgisStyle {
    std::string elements;
    bool labels_enabled = false;
};
QgisStyle qgis_style(const LayerSchema& schema);

}  // namespace frontline
