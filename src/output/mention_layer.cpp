#include "frontline/output/mention_layer.hpp"

namespace frontline {

LayerSchema mentions_layer_schema() {
    using T = FieldType;
    return LayerSchema{
        "mentions",
        GeometryType::point,
        {
            {"mention_id", T::string},    {"doc", T::string},
            {"char_start", T::integer},   {"char_end", T::integer},
            {"surface", T::string},       {"place_id", T::string},
            {"place_name", T::string},    {"kind", T::string},
            {"country", T::string},       {"admin1", T::string},
            {"resolution_score", T::real}, {"geo_precision", T::string},
            {"claim", T::string},         {"actor", T::string},
            {"actor_side", T::string},    {"claimant", T::string},
            {"claimant_side", T::string}, {"status", T::string},
            {"modality", T::string},      {"quantity", T::integer},
            {"event_date", T::date},      {"date_precision", T::string},
            {"reported_at", T::datetime}, {"sentence", T::string},
        },
        std::string("fid"),
        std::string("mention_id"),
    };
}

namespace {

// Values are assigned in place: a feature filled again for the next mention
// keeps the storage of its strings.
void set_string(FieldValue& slot, std::string_view s) {
    if (auto* held = std::get_if<std::string>(&slot)) held->assign(s);
    else slot.emplace<std::string>(s);
}

void set_optional_string(FieldValue& slot, const std::optional<std::string>& s) {
    if (s) set_string(slot, *s);
    else slot = std::monostate{};
}

// A vocabulary value as its label.
template <class Vocabulary>
void set_optional_label(FieldValue& slot, const std::optional<Vocabulary>& v) {
    if (v) set_string(slot, to_string(*v));
    else slot = std::monostate{};
}

}  // namespace

void to_feature(const Mention& m, Feature& f) {
    f.fid = stable_feature_id(m.mention_id);
    if (m.lat && m.lon) f.geometry = LonLat{*m.lon, *m.lat};
    else f.geometry = std::monostate{};
    auto& v = f.values;
    v.resize(24);
    set_string(v[0], m.mention_id);
    set_string(v[1], m.doc);
    v[2] = m.char_start;
    v[3] = m.char_end;
    set_string(v[4], m.surface);
    set_optional_string(v[5], m.place_id);
    set_optional_string(v[6], m.place_name);
    if (m.kind) set_string(v[7], to_string(*m.kind));
    else v[7] = std::monostate{};
    set_optional_string(v[8], m.country);
    set_optional_string(v[9], m.admin1);
    // A score without a place says nothing; keep it null for unresolved mentions.
    if (m.place_id) v[10] = m.resolution_score;
    else v[10] = std::monostate{};
    set_string(v[11], to_string(m.geo_precision));
    set_optional_label(v[12], m.claim);
    set_optional_string(v[13], m.actor);
    set_optional_string(v[14], m.actor_side);
    set_optional_string(v[15], m.claimant);
    set_optional_string(v[16], m.claimant_side);
    set_optional_label(v[17], m.status);
    set_optional_label(v[18], m.modality);
    v[19] = optional_value(m.quantity);
    v[20] = optional_value(m.event_date);
    set_optional_label(v[21], m.date_precision);
    v[22] = optional_value(m.reported_at);
    set_string(v[23], m.sentence);
}

Feature to_feature(const Mention& m) {
    Feature f;
    to_feature(m, f);
    return f;
}

}  // namespace frontline
