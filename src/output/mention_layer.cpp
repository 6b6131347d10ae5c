#include "frontline/output/mention_layer.hpp"

#include "frontline/output/mention_record.hpp"

namespace frontline {

LayerSchema mentions_layer_schema() {
    LayerSchema schema{"mentions", GeometryType::point, {}, std::string("fid"), std::string("mention_id")};
    for (const MentionField& f : mention_fields()) schema.fields.push_back({std::string(f.name), f.type});
    return schema;
}

// Values are assigned in place: a feature filled again for the next mention
// keeps the storage of its strings.
void to_feature(const Mention& m, Feature& f) {
    f.fid = stable_feature_id(m.mention_id);
    if (m.lat && m.lon) f.geometry = LonLat{*m.lon, *m.lat};
    else f.geometry = std::monostate{};
    const auto fields = mention_fields();
    f.values.resize(fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) fields[i].get(m, f.values[i]);
}

Feature to_feature(const Mention& m) {
    Feature f;
    to_feature(m, f);
    return f;
}

}  // namespace frontline
