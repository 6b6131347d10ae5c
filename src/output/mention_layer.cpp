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

Feature to_feature(const Mention& m) {
    Feature f;
    f.fid = stable_feature_id(m.mention_id);
    if (m.lat && m.lon) f.geometry = LonLat{*m.lon, *m.lat};
    auto& v = f.values;
    v.reserve(24);
    v.emplace_back(m.mention_id);
    v.emplace_back(m.doc);
    v.emplace_back(m.char_start);
    v.emplace_back(m.char_end);
    v.emplace_back(m.surface);
    v.push_back(optional_value(m.place_id));
    v.push_back(optional_value(m.place_name));
    if (m.kind) v.emplace_back(std::string(to_string(*m.kind)));
    else v.emplace_back(std::monostate{});
    v.push_back(optional_value(m.country));
    v.push_back(optional_value(m.admin1));
    // A score without a place says nothing; keep it null for unresolved mentions.
    if (m.place_id) v.emplace_back(m.resolution_score);
    else v.emplace_back(std::monostate{});
    v.emplace_back(std::string(to_string(m.geo_precision)));
    v.push_back(optional_value(m.claim));
    v.push_back(optional_value(m.actor));
    v.push_back(optional_value(m.actor_side));
    v.push_back(optional_value(m.claimant));
    v.push_back(optional_value(m.claimant_side));
    v.push_back(optional_value(m.status));
    v.push_back(optional_value(m.modality));
    if (m.quantity) v.emplace_back(*m.quantity);
    else v.emplace_back(std::monostate{});
    if (m.event_date) v.emplace_back(*m.event_date);
    else v.emplace_back(std::monostate{});
    v.push_back(optional_value(m.date_precision));
    if (m.reported_at) v.emplace_back(*m.reported_at);
    else v.emplace_back(std::monostate{});
    v.emplace_back(m.sentence);
    return f;
}

}  // namespace frontline
