#pragma once
// The `events` layer of the output contract (DESIGN.md): its schema and the
// conversion of an Event (EventBuilder) into one of its features.
#include "frontline/events/event_builder.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// Fields, in order: event_id, place_id, place_name, kind, geo_precision,
/// claim, actor_side,
/// status, event_date (date), date_precision, first_reported (datetime),
/// last_reported (datetime), n_reports (integer), claimants (JSON array of
/// strings), sources (JSON array of report links or doc ids), quote,
/// confidence (real), valid_from, valid_to (date: the days the event date
/// stands for, [event_date, next day / week / month), by date_precision;
/// null when undated). Point geometry, null for region-level events (see
/// region_layer.hpp); FID column "fid" holding stable_feature_id(event_id).
LayerSchema events_layer_schema();

/// The feature for one event: the place's point (none for a region);
/// absent optionals are nulls.
/// Thread-safe; does not throw except std::bad_alloc.
Feature to_feature(const Event& event);

}  // namespace frontline
