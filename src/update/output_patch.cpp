// An output changed in place by one run of `frontline update` (issue #17):
// what the run changed, applied to an output that holds the state before it.
#include "output_patch.hpp"

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>

#include "frontline/events/event_builder.hpp"
#include "frontline/output/derived_layer_schemas.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/layer_set_patch.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/output/region_layer.hpp"
#include "frontline/text/counted.hpp"
#include "stored_mentions.hpp"

namespace frontline::update {

namespace {

bool same_feature(const Feature& a, const Feature& b) {
    if (a.fid != b.fid || a.values != b.values || a.geometry.index() != b.geometry.index()) return false;
    const auto* p = std::get_if<LonLat>(&a.geometry);
    const auto* q = std::get_if<LonLat>(&b.geometry);
    return !p || (p->lon == q->lon && p->lat == q->lat);
}

}  // namespace

// The output changed in place. The state before this run is what the output
// holds; the mentions of the documents this run changed are replaced, and
// the events and places they touch are made twice, before and after the
// change, from the state's mention rows of those events and places only
// (EventBuilder, "rebuilding some events only"), so that only those whose
// values differ are put or removed. What is read follows the change, not
// the state.
PatchCounts patch_output(const OutputOptions& options, const RunChange& change, StateStore& state,
                         const Gazetteer& gazetteer, Logger& log, const DerivedReplacement* derived) {
    LayerSetPatch patch(options);
    const LayerSchema mentions_schema = mentions_layer_schema(), events_schema = events_layer_schema(),
                      places_schema = places_layer_schema();
    auto parse = [&](const std::string& doc_id, const std::string& source, std::string_view json) {
        return stored_mentions(json, doc_id, source, log);
    };
    auto parse_row = [&](const std::string& doc_id, const std::string& source, const std::string& json) {
        return stored_row_mentions(json, doc_id, source, log);
    };
    auto changed_doc = [&](const std::string& doc_id) { return change.changed_doc_ids.count(doc_id) > 0; };
    // A document id under two sources (the same page in two inputs) is one
    // report: for each mention id the first source's mention counts, whatever
    // place or window the other's has, so such documents are read whole, as
    // a rewrite reads them, rather than by rows.
    const std::set<std::string> shared_ids = state.shared_doc_ids();
    const std::vector<Mention> shared_mentions = shared_document_mentions(state, shared_ids, log, changed_doc);
    auto read_by_rows = [&](const std::string& doc_id) { return !changed_doc(doc_id) && !shared_ids.count(doc_id); };

    // The documents of the doc ids this run changed, in (doc_id, source)
    // order, as they are now and as they were.
    std::map<std::pair<std::string, std::string>, std::string> now, was;
    for (const std::string& doc_id : change.changed_doc_ids)
        state.for_each_document_with_id(doc_id, [&](const std::string& source, const std::string& json) {
            now.emplace(std::make_pair(doc_id, source), json);
        });
    for (const auto& [key, json] : now)
        if (!change.new_docs.count(key) && !change.replaced.count(key)) was.emplace(key, json);
    for (const auto& [key, json] : change.replaced) was.emplace(key, json);

    std::vector<Mention> was_mentions, now_mentions;  // the same document under two paths is one report
    {
        std::unordered_set<std::string> was_ids, now_ids;
        for (const auto& [key, json] : was)
            for (Mention& m : parse(key.first, key.second, json))
                if (was_ids.insert(m.mention_id).second) was_mentions.push_back(std::move(m));
        for (const auto& [key, json] : now)
            for (Mention& m : parse(key.first, key.second, json))
                if (now_ids.insert(m.mention_id).second) now_mentions.push_back(std::move(m));
    }
    std::vector<std::int64_t> gone;
    for (const Mention& m : was_mentions) gone.push_back(stable_feature_id(m.mention_id));
    patch.remove(mentions_schema, gone);
    // A run that only added documents under new ids adds mentions whose ids
    // (and FIDs) are new: appended (a GeoJSONSeq file is not copied).
    for (const Mention& m : now_mentions) {
        if (was.empty()) patch.append(mentions_schema, to_feature(m));
        else patch.put(mentions_schema, to_feature(m));
    }

    // What the changed mentions touch: their places, and the event windows
    // at each place.
    std::set<std::string> places_touched;
    std::map<std::string, std::set<std::string>> windows_touched;
    for (const auto* list : {&was_mentions, &now_mentions})
        for (const Mention& m : *list) {
            if (!m.place_id || m.place_id->empty() || m.boilerplate) continue;
            places_touched.insert(*m.place_id);
            if (std::string w = EventBuilder::window_key(m); !w.empty()) windows_touched[*m.place_id].insert(std::move(w));
        }

    // Events are made per cluster of places: the clusters of every place
    // that has or had events (a superset of before and after, so each holds
    // the clusters of both), and whether each place has events before and after.
    EventBuilder every;
    std::map<std::string, Mention> node;
    state.for_each_event_place([&](const std::string& json) {
        for (Mention& m : parse_row("event_places", "state", json)) {
            every.add_cluster_place(m);
            node.emplace(*m.place_id, std::move(m));
        }
    });
    const auto clusters = every.place_clusters();
    std::map<std::string, const std::vector<std::string>*> cluster_of;
    for (const auto& c : clusters)
        for (const std::string& id : c) cluster_of.emplace(id, &c);
    auto members = [&](const std::string& place) {
        auto it = cluster_of.find(place);
        return it == cluster_of.end() ? std::vector<std::string>{place} : *it->second;
    };
    std::map<std::string, std::pair<bool, bool>> presence;  // place -> has events (before, after)
    auto present = [&](const std::string& place) {
        auto it = presence.find(place);
        if (it != presence.end()) return it->second;
        auto in = [&](const std::vector<Mention>& ms) {
            for (const Mention& m : ms)
                if (m.place_id == place && EventBuilder::is_event_worthy(m)) return true;
            return false;
        };
        const bool unchanged = in(shared_mentions) ||
                               state.has_event_row(place, [&](const std::string& d) { return !read_by_rows(d); });
        const bool before = unchanged || in(was_mentions);
        const bool after = unchanged || in(now_mentions);
        return presence.emplace(place, std::pair{before, after}).first->second;
    };
    // Per place of an affected cluster, the windows to rebuild. A place that
    // gains or loses its events can join or split a cluster, which changes
    // every event of it: then all its windows are rebuilt.
    struct Scope {
        bool every_window = false;
        std::set<std::string> windows;
    };
    std::map<std::string, Scope> rebuild;
    for (const auto& [place, windows] : windows_touched) {
        const std::vector<std::string> cluster = members(place);
        bool joins_or_splits = false;
        for (const std::string& q : cluster)
            if (windows_touched.count(q) && present(q).first != present(q).second) joins_or_splits = true;
        for (const std::string& q : cluster) {
            Scope& scope = rebuild[q];
            scope.every_window = scope.every_window || joins_or_splits;
            scope.windows.insert(windows.begin(), windows.end());
        }
    }
    // The per-report records stay in memory up to 8 MB per sorter: written
    // to temporary files and merged back, as the streaming default does
    // beyond 512 KB, they cost a patching run a tenth of its time.
    EventBuilderOptions in_memory;
    in_memory.spill.run_bytes = std::size_t(8) << 20;
    EventBuilder events_before(in_memory), events_after(in_memory);
    for (const auto& [place, scope] : rebuild) {
        auto it = node.find(place);
        if (it == node.end()) continue;  // not linked to others: its rows make it an event place
        const auto [before, after] = present(place);
        if (before) events_before.add_cluster_place(it->second);
        if (after) events_after.add_cluster_place(it->second);
    }
    // Rows of documents this run did not change count before and after;
    // the changed ones are was_mentions and now_mentions.
    std::size_t n_rows = 0;
    auto add_unchanged = [&](EventBuilder* before, EventBuilder* after, std::unordered_set<std::string>* ids) {
        return [&, before, after, ids](const std::string& doc_id, const std::string& source, const std::string& json) {
            if (!read_by_rows(doc_id)) return;
            for (const Mention& m : parse_row(doc_id, source, json)) {
                if (!ids->insert(m.mention_id).second) continue;  // each mention once
                ++n_rows;
                before->add(m);
                after->add(m);
            }
        };
    };
    {
        std::unordered_set<std::string> ids;
        auto each = add_unchanged(&events_before, &events_after, &ids);
        for (const auto& [place, scope] : rebuild) {
            if (scope.every_window) state.for_each_mention_row(place, std::nullopt, each);
            else
                for (const std::string& w : scope.windows) state.for_each_mention_row(place, w, each);
        }
    }
    for (const Mention& m : shared_mentions) {
        const std::string w = EventBuilder::window_key(m);
        auto scope = rebuild.find(m.place_id.value_or(""));
        if (w.empty() || scope == rebuild.end() || !(scope->second.every_window || scope->second.windows.count(w))) continue;
        events_before.add(m);
        events_after.add(m);
    }
    for (const Mention& m : was_mentions)
        if (!EventBuilder::window_key(m).empty()) events_before.add(m);
    for (const Mention& m : now_mentions)
        if (!EventBuilder::window_key(m).empty()) events_after.add(m);

    // Places: from their aggregates before and after the run where the state
    // keeps them, else from every row of each place touched.
    std::vector<PlaceSummary> places_before, places_after;
    const bool by_aggregates = change.places && std::all_of(places_touched.begin(), places_touched.end(),
                                     [&](const std::string& p) { return change.places->count(p) > 0; });
    if (by_aggregates) {
        EventBuilder before(in_memory), after(in_memory);
        for (const std::string& place : places_touched) {
            const auto& [was, is] = change.places->at(place);
            if (was) before.add_place_aggregate(place, *was);
            if (is) after.add_place_aggregate(place, *is);
        }
        places_before = before.places();
        places_after = after.places();
    } else {
        EventBuilder before(in_memory), after(in_memory);
        {
            std::unordered_set<std::string> ids;
            auto each = add_unchanged(&before, &after, &ids);
            for (const std::string& place : places_touched) state.for_each_mention_row(place, std::nullopt, each);
        }
        for (const Mention& m : shared_mentions)
            if (m.place_id && places_touched.count(*m.place_id)) {
                before.add(m);
                after.add(m);
            }
        for (const Mention& m : was_mentions) before.add(m);
        for (const Mention& m : now_mentions) after.add(m);
        places_before = before.places();
        places_after = after.places();
    }

    // Events, places and region outlines: put where new or different,
    // removed where gone.
    std::size_t n_events = 0, n_places = 0, n_changed = 0;
    auto differences = [&](const LayerSchema& schema, std::unordered_map<std::int64_t, Feature>& old,
                           const std::function<void(const std::function<void(Feature&&)>&)>& each_new, std::size_t& count) {
        each_new([&](Feature&& f) {
            ++count;
            auto it = old.find(*f.fid);
            if (it == old.end() || !same_feature(it->second, f)) {
                patch.put(schema, f);
                ++n_changed;
            }
            if (it != old.end()) old.erase(it);
        });
        std::vector<std::int64_t> removed;
        for (const auto& [fid, f] : old) removed.push_back(fid);
        std::sort(removed.begin(), removed.end());
        patch.remove(schema, removed);
        n_changed += removed.size();
    };
    {
        std::unordered_map<std::int64_t, Feature> old, old_regions;
        events_before.for_each_event([&](Event&& e) {
            if (auto r = to_region_feature(e, gazetteer)) old_regions.emplace(*r->fid, std::move(*r));
            Feature f = to_feature(e);
            old.emplace(*f.fid, std::move(f));
        });
        std::vector<Feature> new_regions;
        differences(events_schema, old,
                    [&](const std::function<void(Feature&&)>& sink) {
                        events_after.for_each_event([&](Event&& e) {
                            if (auto r = to_region_feature(e, gazetteer)) new_regions.push_back(std::move(*r));
                            sink(to_feature(e));
                        });
                    },
                    n_events);
        std::size_t n_regions = 0;
        differences(regions_layer_schema(), old_regions,
                    [&](const std::function<void(Feature&&)>& sink) {
                        for (Feature& f : new_regions) sink(std::move(f));
                    },
                    n_regions);
    }
    {
        std::unordered_map<std::int64_t, Feature> old;
        for (const PlaceSummary& p : places_before) {
            Feature f = to_feature(p);
            old.emplace(*f.fid, std::move(f));
        }
        differences(places_schema, old,
                    [&](const std::function<void(Feature&&)>& sink) {
                        for (const PlaceSummary& p : places_after) sink(to_feature(p));
                    },
                    n_places);
    }
    // Made from every capture and withdrawal, so replaced whole rather than
    // compared: they are small, and readers see them change with the rest.
    if (derived) {
        patch.replace_layer(control_layer_schema(), derived->layers.control);
        if (derived->front) patch.replace_layer(front_layer_schema(), derived->layers.front);
    }
    patch.commit();
    LogFields fields{{"output", options.destination},
                     {"mentions_removed", gone.size()},
                     {"mentions_put", now_mentions.size()},
                     {"events", n_events},
                     {"places", n_places},
                     {"rows_read", n_rows},
                     {"places_from", by_aggregates ? "aggregates" : "rows"},
                     {"changed", n_changed}};
    std::string replaced;
    if (derived) {
        replaced = "; " + counted(derived->layers.control.size(), "control area") + (derived->front ? " and " + counted(derived->layers.front.size(), "front line") : std::string()) + " replaced";
        fields.emplace_back("control", derived->layers.control.size());
        if (derived->front) fields.emplace_back("front", derived->layers.front.size());
    }
    log.info("output_changed",
              "changed " + options.destination + " in place: " + counted(gone.size(), "mention") + " removed, " +
                  std::to_string(now_mentions.size()) + " put; " + counted(n_events, "event") + " and " +
                  counted(n_places, "place") + " made again from " + counted(n_rows, "stored mention") + ", " +
                  std::to_string(n_changed) + " changed" + replaced,
              fields);
    return {now_mentions.size(), n_events, n_places, derived ? derived->layers.control.size() : 0,
            derived && derived->front ? derived->layers.front.size() : 0};
}

}  // namespace frontline::update
