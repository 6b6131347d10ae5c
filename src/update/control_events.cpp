// The events of captures and withdrawals, from the state's rows of those
// claims only (EventBuilder, "rebuilding some events only"): an event
// depends on the mentions of its cluster, claim and window, and on which
// places have events at all, since those link places into clusters.
#include "frontline/update/control_events.hpp"

#include <map>
#include <set>
#include <string>
#include <unordered_set>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/derive/control.hpp"
#include "stored_mentions.hpp"

namespace frontline::update {

std::vector<Event> control_events(StateStore& state, Logger& log) {
    // A document id under two sources is one report whose first source's
    // mention of each id counts, wherever the other's is: read whole, as a
    // rewrite reads it, rather than by rows (as output_patch.cpp does).
    const std::set<std::string> shared_ids = state.shared_doc_ids();
    const std::vector<Mention> shared = shared_document_mentions(state, shared_ids, log);
    auto is_shared = [&](const std::string& doc_id) { return shared_ids.count(doc_id) > 0; };

    EventBuilder events;
    // Clusters: every place that has events now links them, whatever its
    // claims. The state's event places are those that have or once had
    // events, a superset whose clusters hold the true ones; only the places
    // in a cluster of it are asked whether they still have events.
    {
        EventBuilder every;
        std::map<std::string, Mention> node;
        state.for_each_event_place([&](const std::string& json) {
            for (Mention& m : stored_row_mentions(json, "event_places", "state", log)) {
                every.add_cluster_place(m);
                node.emplace(*m.place_id, std::move(m));
            }
        });
        for (const auto& cluster : every.place_clusters())
            for (const std::string& place : cluster) {
                bool has_events = state.has_event_row(place, is_shared);
                for (const Mention& m : shared)
                    has_events = has_events || (m.place_id == place && EventBuilder::is_event_worthy(m));
                if (has_events) events.add_cluster_place(node.at(place));
            }
    }
    std::vector<std::string> claims;
    for (const ClaimTypeInfo& claim : claim_types)
        if (derives_control(claim.value)) claims.emplace_back(claim.label);
    std::unordered_set<std::string> ids;  // each mention once, as a rewrite counts it
    state.for_each_claim_row(claims, [&](const std::string& doc_id, const std::string& source, const std::string& json) {
        if (is_shared(doc_id)) return;
        for (const Mention& m : stored_row_mentions(json, doc_id, source, log))
            if (ids.insert(m.mention_id).second) events.add(m);
    });
    for (const Mention& m : shared)
        if (m.claim && derives_control(*m.claim) && EventBuilder::is_event_worthy(m)) events.add(m);

    std::vector<Event> out;
    events.for_each_event([&](Event&& e) {
        if (derives_control(e.claim)) out.push_back(std::move(e));
    });
    return out;
}

}  // namespace frontline::update
