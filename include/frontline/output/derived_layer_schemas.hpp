#pragma once
// The schemas of the derived layers, `control` and `front` (DESIGN.md): what
// the derivations fill and what the writers, styles and QGIS project name,
// kept with the other layer schemas so that output never reads derive.
#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// Fields: as_of (date), valid_from (date), valid_to (date), method
/// (string), side (string), place_id, place_name (null for the updated
/// baseline), event_ids, claimants (JSON arrays of strings), first_reported,
/// last_reported (datetime), status (of the deciding claim), n_reports
/// (integer). MultiPolygon; FID column "fid" (stable_feature_id of
/// "control|as_of|method|place|side").
LayerSchema control_layer_schema();
/// Fields: as_of (date), valid_from (date), valid_to (date), method
/// (string: "baseline+claims"), side (string: the baseline's).
/// MultiLineString.
LayerSchema front_layer_schema();

}  // namespace frontline
