#pragma once
// The `mentions` layer of the output contract (DESIGN.md): its schema and the
// conversion of a Mention into one of its features.
#include "frontline/mention.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline {

/// Fields (mention_record.hpp), in order: mention_id, doc, url, char_start, char_end, surface, place_id,
/// place_name, kind, country, admin1, resolution_score, geo_precision, claim,
/// actor, actor_side, claimant, claimant_side, status, modality, quantity,
/// event_date (date), date_precision, reported_at (datetime), sentence.
/// Point geometry; FID column "fid" holding stable_feature_id(mention_id).
LayerSchema mentions_layer_schema();

/// The feature for one mention. Unresolved mentions (no lat/lon) get a null
/// geometry; absent optionals are nulls. A mention of a region or a country
/// keeps the point of the name it resolved to (the record of what was read,
/// scored by location); geo_precision says it is no point claim, and the
/// events layer never draws it as one. Thread-safe; does not throw except
/// std::bad_alloc.
Feature to_feature(const Mention& mention);
/// The same into `feature`, whose values are overwritten in place: a feature
/// reused for many mentions keeps the storage of its strings.
void to_feature(const Mention& mention, Feature& feature);

}  // namespace frontline
