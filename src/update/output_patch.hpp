#pragma once
// Changing an output in place (LayerSetPatch) with what one `frontline update`
// run changed, rather than writing it again from the whole state (issue #17).
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "frontline/derive/control.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/output_options.hpp"
#include "frontline/update/log.hpp"
#include "frontline/update/state.hpp"

namespace frontline::update {

/// Per place the run touched: its aggregate (EventBuilder::place_aggregates)
/// before and after the run, nullopt where it has none.
using PlaceAggregateChanges = std::map<std::string, std::pair<std::optional<std::string>, std::optional<std::string>>>;

/// What a run changed, after its state transaction committed.
struct RunChange {
    const std::set<std::string>& changed_doc_ids;                  ///< doc ids whose mentions changed
    const std::set<std::pair<std::string, std::string>>& new_docs;  ///< (doc_id, source) new this run
    /// (doc_id, source) -> the mentions (JSON array) its replaced or forgotten
    /// version had: what the output written before this run holds.
    const std::map<std::pair<std::string, std::string>, std::string>& replaced;
    /// Every place the changed documents name, if the state keeps place
    /// aggregates (else the places are made from their rows).
    const PlaceAggregateChanges* places = nullptr;
};

/// The derived layers as a rewrite makes them now (derive_control of every
/// event), which replace the output's whole: a few features per as-of date,
/// while what they are made from is every capture and withdrawal.
struct DerivedReplacement {
    const DerivedLayers& layers;
    bool front = false;  ///< the output has a front layer (a baseline is configured)
};

struct PatchCounts {
    std::size_t mentions_put = 0, events = 0, places = 0, control = 0, front = 0;
};

/// Changes the output `options` names, which holds the state before the run,
/// into what a rewrite from the state now gives; `derived`, if given,
/// replaces its derived layers in the same transaction. Throws OutputError
/// (the output is untouched; the caller rewrites it) or StateError.
PatchCounts patch_output(const OutputOptions& options, const RunChange& change, StateStore& state,
                         const Gazetteer& gazetteer, Logger& log, const DerivedReplacement* derived = nullptr);

}  // namespace frontline::update
