#pragma once
// The layers of the output contract (DESIGN.md) as one list: their names,
// schemas and writing order. Every command that writes layers chooses from
// this list, so extract and update cannot write different sets for the same
// request.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/output/layer_schema.hpp"

namespace frontline::run {

enum class Layer : std::uint8_t { mentions, events, places, regions, control, front };

struct LayerInfo {
    Layer value;
    std::string_view name;      ///< the layer (and sibling file) name
    LayerSchema (*schema)();
    /// Derived from events per as-of date (derive/control.hpp): written when
    /// DeriveOptions::as_of names dates, never chosen by name.
    bool derived;
};

/// In writing order.
extern const LayerInfo layer_table[6];

const LayerInfo& info(Layer layer);

/// The layers one run writes, in writing order.
class LayerList {
public:
    /// mentions, events, places and regions.
    LayerList();
    /// From a comma-separated list of mentions, events, places, regions (any order;
    /// written in table order). Throws UsageError naming the unknown word.
    static LayerList parse(std::string_view names);

    /// The same list with control added, and front when `front` (for as-of
    /// dates; a front line only exists against a baseline).
    LayerList with_derived(bool front = true) const;

    bool has(Layer layer) const;
    const std::vector<Layer>& layers() const { return layers_; }
    std::vector<std::string> names() const;
    /// Events are aggregated from the mentions for events, places and derived layers.
    bool aggregates() const { return has(Layer::events) || has(Layer::places) || has(Layer::regions); }

private:
    std::vector<Layer> layers_;
};

}  // namespace frontline::run
