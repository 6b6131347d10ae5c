#include "frontline/run/layer_list.hpp"

#include <algorithm>

#include "frontline/derive/control.hpp"
#include "frontline/error.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/region_layer.hpp"

namespace frontline::run {

const LayerInfo layer_table[6] = {
    {Layer::mentions, "mentions", mentions_layer_schema, false},
    {Layer::events, "events", events_layer_schema, false},
    {Layer::places, "places", places_layer_schema, false},
    {Layer::regions, "regions", regions_layer_schema, false},
    {Layer::control, "control", control_layer_schema, true},
    {Layer::front, "front", front_layer_schema, true},
};

const LayerInfo& info(Layer layer) { return layer_table[static_cast<std::size_t>(layer)]; }

LayerList::LayerList() : layers_{Layer::mentions, Layer::events, Layer::places, Layer::regions} {}

LayerList LayerList::parse(std::string_view names) {
    LayerList list;
    list.layers_.clear();
    std::string known;
    for (const LayerInfo& l : layer_table)
        if (!l.derived) known += (known.empty() ? "" : ", ") + std::string(l.name);
    for (std::size_t p = 0; p <= names.size();) {
        const std::size_t comma = std::min(names.find(',', p), names.size());
        const std::string_view name = names.substr(p, comma - p);
        const auto it = std::find_if(std::begin(layer_table), std::end(layer_table),
                                     [&](const LayerInfo& l) { return !l.derived && l.name == name; });
        if (it == std::end(layer_table))
            throw UsageError("--layers: unknown layer '" + std::string(name) + "' (" + known + ")");
        if (!list.has(it->value)) list.layers_.push_back(it->value);
        p = comma + 1;
    }
    std::sort(list.layers_.begin(), list.layers_.end());
    return list;
}

LayerList LayerList::with_derived(bool front) const {
    LayerList list = *this;
    for (const LayerInfo& l : layer_table)
        if (l.derived && !list.has(l.value) && (front || l.value != Layer::front)) list.layers_.push_back(l.value);
    return list;
}

bool LayerList::has(Layer layer) const { return std::find(layers_.begin(), layers_.end(), layer) != layers_.end(); }

std::vector<std::string> LayerList::names() const {
    std::vector<std::string> out;
    for (Layer l : layers_) out.emplace_back(info(l).name);
    return out;
}

}  // namespace frontline::run
