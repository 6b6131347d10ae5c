#include "frontline/output/place_layer.hpp"

namespace frontline {

LayerSchema places_layer_schema() {
    using T = FieldType;
    return LayerSchema{
        "places",
        GeometryType::point,
        {
            {"place_id", T::string},           {"place_name", T::string},
            {"kind", T::string},               {"geo_precision", T::string},
            {"country", T::string},
            {"admin1", T::string},             {"n_mentions", T::integer64},
            {"n_documents", T::integer},       {"latest_claim", T::string},
            {"latest_actor_side", T::string},  {"latest_event_date", T::date},
            {"first_mentioned", T::datetime},  {"last_mentioned", T::datetime},
        },
        std::string("fid"),
        std::string("place_id"),
    };
}

Feature to_feature(const PlaceSummary& p) {
    Feature f;
    f.fid = stable_feature_id(p.place_id);
    // Regions and countries are areas: no point at their centroid.
    const GeoPrecision precision = p.kind ? precision_of_kind(*p.kind) : GeoPrecision::exact;
    if (is_point_precision(precision) && (p.lat != 0 || p.lon != 0)) f.geometry = LonLat{p.lon, p.lat};
    auto& v = f.values;
    v.reserve(13);
    v.emplace_back(p.place_id);
    v.emplace_back(p.place_name);
    if (p.kind) v.emplace_back(std::string(to_string(*p.kind)));
    else v.emplace_back(std::monostate{});
    v.emplace_back(std::string(to_string(precision)));
    v.push_back(optional_value(p.country));
    v.push_back(optional_value(p.admin1));
    v.emplace_back(p.n_mentions);
    v.emplace_back(p.n_documents);
    if (p.latest_claim) v.emplace_back(std::string(to_string(*p.latest_claim)));
    else v.emplace_back(std::monostate{});
    v.push_back(optional_value(p.latest_actor_side));
    v.push_back(optional_value(p.latest_event_date));
    v.push_back(optional_value(p.first_mentioned));
    v.push_back(optional_value(p.last_mentioned));
    return f;
}

}  // namespace frontline
