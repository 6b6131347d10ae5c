#pragma once
// The record of a mention, listed once: the attributes of the `mentions`
// layer (DESIGN.md, output contract), each with its type and how it is read
// from and written back into a Mention. The layer's schema, its features,
// the update state and `explain --json` are all made from this one list, so
// a field added here appears in every one of them.
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "frontline/mention.hpp"
#include "frontline/output/layer_schema.hpp"

namespace frontline {

struct MentionField {
    std::string_view name;
    FieldType type;
    /// Assigns the field's value (null when absent) to `slot`, reusing the
    /// storage of a string already there.
    void (*get)(const Mention& m, FieldValue& slot);
    /// Sets the field from a value of its type (or null). Throws Error for a
    /// label the vocabulary does not know.
    void (*set)(Mention& m, const FieldValue& value);
};

/// The fields in layer order: mention_id, doc, url, char_start, char_end,
/// surface, place_id, place_name, kind, country, admin1, resolution_score,
/// geo_precision, claim, actor, actor_side, claimant, claimant_side, status,
/// modality, quantity, event_date, date_precision, reported_at, sentence.
std::span<const MentionField> mention_fields();

/// A field value as JSON: strings, numbers, "YYYY-MM-DD" dates,
/// "YYYY-MM-DDTHH:MM:SSZ" date-times, null.
nlohmann::json to_json(const FieldValue& value);
/// The reverse for a field of `type`; throws Error naming `field` when the
/// JSON value does not fit.
FieldValue field_value_from_json(const nlohmann::json& value, FieldType type, std::string_view field);

/// The record's fields by name; nulls are written only with `with_nulls`.
nlohmann::json record_json(const Mention& m, bool with_nulls);
/// Sets the record fields present in `j` (others keep their defaults).
/// Throws Error naming the field that does not fit.
void read_record_json(const nlohmann::json& j, Mention& m);

/// A mention from a feature of the mentions layer (values in the record's
/// order, a point or null geometry), as read back from a shared store.
/// Throws Error naming the field that does not fit.
Mention mention_from_feature(const Feature& f);

}  // namespace frontline
