#pragma once
// The `places` layer of the output contract (DESIGN.md): each place
// mentioned, with its latest claim and counts (EventBuilder::places()).
#include "frontline/events/event_builder.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// Fields, in order: place_id, place_name, kind, geo_precision (exact for
/// points; region, country for areas), country, admin1,
/// n_mentions (integer64), n_documents (integer), latest_claim,
/// latest_actor_side, latest_event_date (date), first_mentioned (datetime),
/// last_mentioned (datetime).
/// Point geometry, null for regions and countries; FID column "fid" holding
/// stable_feature_id(place_id).
LayerSchema places_layer_schema();

/// The feature for one place; absent optionals are nulls.
/// Thread-safe; does not throw except std::bad_alloc.
Feature to_feature(const PlaceSummary& place);

}  // namespace frontline
