#pragma once
// The `regions` layer: events whose place is an area (an oblast, a raion, a
// macro-region such as "eastern Ukraine"), drawn as the area's outline from
// the gazetteer. The events layer keeps the same events without geometry, so
// a claim about a region is never a point at its centroid (DESIGN.md).
#include <optional>

#include "frontline/events/event_builder.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// The events layer's fields (event_layer.hpp), MultiPolygon geometry; FID
/// column "fid" holding stable_feature_id(event_id), key event_id.
LayerSchema regions_layer_schema();

/// Whether an event belongs in the regions layer (its precision is region).
bool is_region_event(const Event& event);

/// The feature for a region event whose place has an outline in the
/// gazetteer; nullopt for other events and for regions without one (they
/// stay in the events layer only). Thread-safe.
std::optional<Feature> to_region_feature(const Event& event, const Gazetteer& gazetteer);

}  // namespace frontline
