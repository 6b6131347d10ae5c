#include "frontline/output/region_layer.hpp"

#include "frontline/output/event_layer.hpp"

namespace frontline {

LayerSchema regions_layer_schema() {
    LayerSchema schema = events_layer_schema();
    schema.name = "regions";
    schema.geometry = GeometryType::multipolygon;
    return schema;
}

bool is_region_event(const Event& e) { return e.geo_precision == GeoPrecision::region; }

std::optional<Feature> to_region_feature(const Event& e, const Gazetteer& gazetteer) {
    if (!is_region_event(e)) return std::nullopt;
    // The representative place first, then any other place merged into it.
    std::span<const unsigned char> outline;
    if (auto index = gazetteer.find_id(e.place_id)) outline = gazetteer.outline_wkb(*index);
    for (std::size_t i = 0; outline.empty() && i < e.place_ids.size(); ++i)
        if (auto index = gazetteer.find_id(e.place_ids[i])) outline = gazetteer.outline_wkb(*index);
    if (outline.empty()) return std::nullopt;
    Feature f = to_feature(e);  // the event's values, in the same order
    f.geometry = GeometryWkb{std::vector<unsigned char>(outline.begin(), outline.end())};
    return f;
}

}  // namespace frontline
