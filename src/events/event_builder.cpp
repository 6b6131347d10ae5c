#include "frontline/events/event_builder.hpp"
#include "frontline/text/edit_distance.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "frontline/error.hpp"
#include "frontline/geo/distance.hpp"
#include "frontline/spill/external_sort.hpp"
#include "frontline/spill/string_log.hpp"
#include "frontline/text/json_string.hpp"
#include "frontline/text/utf8.hpp"
#include "event_aggregates.hpp"
#include "event_keys.hpp"
#include "key_index.hpp"

namespace frontline {

using namespace events_detail;

namespace {

// ---- names -----------------------------------------------------------------

/// ASCII letters and digits lower-cased, other ASCII dropped, non-ASCII bytes kept.
std::string fold_name(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (unsigned char c : s) {
        if (c >= 0x80) out.push_back(char(c));
        else if (c >= 'A' && c <= 'Z') out.push_back(char(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(char(c));
    }
    return out;
}

bool similar_names(std::string_view a, std::string_view b) {
    const std::string fa = fold_name(a), fb = fold_name(b);
    if (fa.empty() || fb.empty()) return false;
    const std::size_t longest = std::max(fa.size(), fb.size());
    return edit_distance(fa, fb) * 4 <= longest;
}


// A region needs no point: it is drawn as its outline or not at all.
bool resolved(const Mention& m) {
    return m.place_id && !m.place_id->empty() && ((m.lat && m.lon) || !is_point_precision(m.geo_precision));
}

/// An event's precision: a region's or a country's by its kind; a point is
/// exact when any report names the place itself, near when all give an
/// offset from it.
GeoPrecision event_precision(std::optional<PlaceKind> kind, std::uint8_t bits) {
    if (kind && !is_point_precision(precision_of_kind(*kind))) return precision_of_kind(*kind);
    auto has = [&](GeoPrecision p) { return (bits >> static_cast<unsigned>(p)) & 1u; };
    if (has(GeoPrecision::region)) return GeoPrecision::region;
    if (bits && !has(GeoPrecision::exact) && !has(GeoPrecision::unknown) && has(GeoPrecision::near))
        return GeoPrecision::near;
    return GeoPrecision::exact;
}

/// Indexes [0, n) sorted by (key(i), i), then fn(first, last) for each run
/// of equal keys: [first, last) of the sorted indexes, each run in index order.
template <class Key, class Fn>
void for_each_run_of_equal_keys(std::uint32_t n, Key key, Fn fn) {
    std::vector<std::uint32_t> sorted(n);
    std::iota(sorted.begin(), sorted.end(), std::uint32_t{0});
    std::sort(sorted.begin(), sorted.end(), [&](std::uint32_t x, std::uint32_t y) {
        return std::tuple(key_order(key(x)), x) < std::tuple(key_order(key(y)), y);
    });
    for (auto first = sorted.begin(); first != sorted.end();) {
        auto last = std::find_if(first + 1, sorted.end(), [&](std::uint32_t i) { return !(key(i) == key(*first)); });
        fn(first, last);
        first = last;
    }
}

/// Union-find with path halving.
struct DisjointSets {
    std::vector<std::size_t> parent;
    explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), std::size_t{0}); }
    std::size_t find(std::size_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

}  // namespace

struct EventBuilder::Impl {
    explicit Impl(const EventBuilderOptions& o) : options(o), reports(o.spill), place_docs(o.spill) {}

    EventBuilderOptions options;
    StringPool pool;  // place ids, sides, claimants
    std::vector<EventKeyId> event_keys;  // event_keys[i] is the key of events[i]
    KeyIndex<EventKeyId, EventKeyIdHash> event_index;
    std::deque<EventAgg> events;  // grows without copying
    std::unordered_map<std::uint32_t, PlaceAgg> places;  // by place_id
    // Documents counted by aggregates folded in (add_place_aggregate), by place.
    std::unordered_map<std::uint32_t, std::int64_t> folded_documents;
    // Places with events among mentions not added here (add_cluster_place):
    // only their name, kind and point, for clusters().
    std::unordered_map<std::uint32_t, PlaceAgg> cluster_places;
    // Visiting sorts these in place without changing what they hold, so the
    // const members that read them may.
    mutable ExternalSorter<ReportRecord, ReportOrder> reports;
    mutable ExternalSorter<PlaceDocRecord, PlaceDocOrder> place_docs;
    StringLog doc_names;
    StringLog quote_texts;  // sentences that were, at some point, an event's quote
    // Each event's distinct claimants, as linked lists: (pool index, next link).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> claimant_links;
    // The document being added (its mentions come together).
    std::optional<std::string> doc;
    std::string source;  // its url, else its id
    std::uint64_t doc_id_hash = 0, doc_ref = 0;

    /// place_id -> the cluster representative's place_id (pool indexes), for places in events.
    std::unordered_map<std::uint32_t, std::uint32_t> clusters() const;
    /// Distinct documents of each place (pool index), folded aggregates' included.
    std::unordered_map<std::uint32_t, std::int64_t> n_documents() const {
        std::unordered_map<std::uint32_t, std::int64_t> n = folded_documents;
        std::optional<PlaceDocRecord> prev;
        place_docs.for_each_sorted([&](const PlaceDocRecord& r) {
            if (!prev || prev->place != r.place || prev->doc_hash != r.doc_hash) ++n[r.place];
            prev = r;
        });
        return n;
    }

    EventKey key_of(const EventKeyId& k) const {
        return EventKey{pool.at(k.place), k.claim, pool.at(k.side),
                        window_label(k.window, Date{std::chrono::days{k.window_day}})};
    }
    // The log keeps what `sources` lists: the report's link where known,
    // else the document id; reports are still told apart by the id's hash.
    void set_doc(const Mention& m) {
        if (doc && *doc == m.doc) return;
        doc.emplace(m.doc);
        doc_id_hash = doc_hash(m.doc);
        source = m.url && !m.url->empty() ? *m.url : m.doc;
        doc_ref = doc_names.append(source);
    }
    std::uint32_t event_of(const EventKeyId& key) {
        const auto [event, inserted] = event_index.find_or_add(key, event_keys);
        if (inserted) events.emplace_back();
        return event;
    }
    // The report recorded last for a few recent events, so that a sentence
    // naming a place twice is usually recorded once. Kept here rather than
    // in every EventAgg: a repeat that slips through is dropped anyway when
    // the reports are sorted.
    struct RecentReport {
        std::uint32_t event = static_cast<std::uint32_t>(-1);
        std::int32_t score = 0;
        std::uint64_t doc = 0, sentence = 0;
    };
    std::array<RecentReport, 64> recent_reports;

    void add_report(std::uint32_t event, std::uint64_t sentence, std::int32_t score) {
        RecentReport& last = recent_reports[event % recent_reports.size()];
        if (last.event == event && last.score >= score && last.doc == doc_id_hash && last.sentence == sentence) return;
        last = RecentReport{event, score, doc_id_hash, sentence};
        reports.push({event, score, doc_id_hash, sentence, doc_ref});
    }
    /// Makes (rank, at, doc, sentence) the event's quote if it comes first.
    void offer_quote(EventAgg& e, int rank, std::int64_t at, std::string_view doc,
                     std::uint64_t doc_ref, std::string_view sentence) {
        if (e.quote) {
            int c = compare_quote_time(rank, at, *e.quote);
            if (c == 0) {
                const std::string their_doc = doc_names.read(e.quote->doc_ref);
                c = doc.compare(their_doc);
                if (c == 0) c = sentence.compare(quote_texts.read(e.quote->sentence_ref));
            }
            if (c >= 0) return;
        }
        e.quote = Quote{at, doc_ref, quote_texts.append(sentence), static_cast<std::uint8_t>(rank)};
    }
    /// Whether quote `a` of this builder comes before its quote `b`.
    bool quote_before(const Quote& a, const Quote& b) const {
        int c = compare_quote_time(a.rank, a.reported_at, b);
        if (c == 0 && a.doc_ref != b.doc_ref) c = doc_names.read(a.doc_ref).compare(doc_names.read(b.doc_ref));
        if (c == 0 && a.sentence_ref != b.sentence_ref)
            c = quote_texts.read(a.sentence_ref).compare(quote_texts.read(b.sentence_ref));
        return c < 0;
    }
    void add_claimant(EventAgg& e, std::uint32_t claimant) {
        for (std::uint32_t l = e.claimants; l != no_link; l = claimant_links[l].second)
            if (claimant_links[l].first == claimant) return;
        claimant_links.emplace_back(claimant, e.claimants);
        e.claimants = static_cast<std::uint32_t>(claimant_links.size() - 1);
    }
    template <class Visit>
    void for_each_claimant(const EventAgg& e, Visit&& visit) const {
        for (std::uint32_t l = e.claimants; l != no_link; l = claimant_links[l].second) visit(claimant_links[l].first);
    }
    /// Folds in what `o`, an event of builder `from`, gathered, but its
    /// reports; from's logs were appended to ours at `doc_offset` and
    /// `quote_offset` (merge()).
    void fold(EventAgg& e, const EventAgg& o, const Impl& from, std::uint64_t doc_offset, std::uint64_t quote_offset) {
        e.fold_plain(o);
        from.for_each_claimant(o, [&](std::uint32_t c) { add_claimant(e, pool.of(from.pool.at(c))); });
        if (!o.quote) return;
        Quote q = *o.quote;
        q.doc_ref += doc_offset;
        q.sentence_ref += quote_offset;
        if (!e.quote || quote_before(q, *e.quote)) e.quote = q;
    }
    void add_place_doc(std::uint32_t place, PlaceAgg& p) {
        if (p.last_doc == doc_id_hash) return;
        p.last_doc = doc_id_hash;
        place_docs.push({place, 0, doc_id_hash});
    }
};

std::unordered_map<std::uint32_t, std::uint32_t> EventBuilder::Impl::clusters() const {
    struct Node {
        std::uint32_t id;
        const std::string* name;
        const PlaceAgg* place;
        double lat, lon;
    };
    std::vector<Node> nodes;
    {
        std::unordered_set<std::uint32_t> seen;
        for (const EventKeyId& key : event_keys) {
            if (!seen.insert(key.place).second) continue;
            auto it = places.find(key.place);
            if (it == places.end() || !it->second.latlon) continue;
            nodes.push_back({key.place, &pool.at(key.place), &it->second, it->second.latlon->first, it->second.latlon->second});
        }
        for (const auto& [place, p] : cluster_places) {
            if (!p.latlon || !seen.insert(place).second) continue;
            nodes.push_back({place, &pool.at(place), &p, p.latlon->first, p.latlon->second});
        }
    }
    // Sorted by id, so that a root (the smallest index) is the smallest id.
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return *a.name < *b.name; });
    DisjointSets sets(nodes.size());
    if (options.merge_km > 0 && nodes.size() > 1) {
        // Sweep by latitude: only pairs within merge_km in latitude can match.
        std::vector<std::size_t> by_lat(nodes.size());
        std::iota(by_lat.begin(), by_lat.end(), std::size_t{0});
        std::sort(by_lat.begin(), by_lat.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(nodes[a].lat, *nodes[a].name) < std::tie(nodes[b].lat, *nodes[b].name);
        });
        const double max_dlat = options.merge_km / 111.0 + 1e-9;
        for (std::size_t i = 0; i < by_lat.size(); ++i) {
            const Node& a = nodes[by_lat[i]];
            for (std::size_t j = i + 1; j < by_lat.size(); ++j) {
                const Node& b = nodes[by_lat[j]];
                if (b.lat - a.lat > max_dlat) break;
                if (a.place->kind != b.place->kind) continue;
                if (distance_km(a.lat, a.lon, b.lat, b.lon) > options.merge_km) continue;
                if (options.require_similar_names &&
                    !similar_names(a.place->name.value_or(""), b.place->name.value_or("")))
                    continue;
                sets.unite(by_lat[i], by_lat[j]);
            }
        }
    }
    std::unordered_map<std::uint32_t, std::uint32_t> out;
    for (std::size_t i = 0; i < nodes.size(); ++i) out.emplace(nodes[i].id, nodes[sets.find(i)].id);
    return out;
}
EventBuilder::EventBuilder(EventBuilderOptions options) : impl_(std::make_unique<Impl>(options)) {}
EventBuilder::~EventBuilder() = default;
EventBuilder::EventBuilder(EventBuilder&&) noexcept = default;
EventBuilder& EventBuilder::operator=(EventBuilder&&) noexcept = default;

bool EventBuilder::is_event_worthy(const Mention& m) {
    if (!resolved(m) || !m.claim || m.boilerplate) return false;
    // A whole country is no point on a war map ("two settlements in eastern Ukraine").
    if (m.kind == PlaceKind::country || m.geo_precision == GeoPrecision::country) return false;
    // "Advances in the Pokrovsk direction" say nothing about Pokrovsk itself.
    if (m.geo_precision == GeoPrecision::direction) return false;
    return !m.modality || info(*m.modality).on_map;
}

std::string EventBuilder::window_key(const Mention& m) {
    if (!is_event_worthy(m)) return {};
    const DateWindow w = window_of(m);
    return std::string(to_string(*m.claim)) + "|" + window_label(w.kind, w.date.value_or(Date{}));
}

void EventBuilder::add_cluster_place(const Mention& m) {
    if (!is_event_worthy(m)) return;
    Impl& b = *impl_;
    PlaceAgg& p = b.cluster_places[b.pool.of(*m.place_id)];
    keep_min(p.name, m.place_name);
    keep_min(p.kind, m.kind);
    if (m.lat && m.lon) keep_min(p.latlon, std::optional<std::pair<double, double>>(std::pair{*m.lat, *m.lon}));
}

std::vector<std::vector<std::string>> EventBuilder::place_clusters() const {
    const Impl& b = *impl_;
    std::map<std::string, std::vector<std::string>> by_root;
    for (const auto& [place, root] : b.clusters()) by_root[b.pool.at(root)].push_back(b.pool.at(place));
    std::vector<std::vector<std::string>> out;
    for (auto& [root, members] : by_root) {
        if (members.size() < 2) continue;
        std::sort(members.begin(), members.end());
        out.push_back(std::move(members));
    }
    return out;
}

std::string EventBuilder::make_event_id(std::string_view place_id, std::string_view claim,
                                        std::string_view actor_side, std::string_view window) {
    return event_id_text(event_number(place_id, claim, actor_side, window));
}
void EventBuilder::add(const Mention& m) {
    if (!resolved(m) || m.boilerplate) return;
    Impl& b = *impl_;
    const std::uint32_t place = b.pool.of(*m.place_id);
    b.set_doc(m);

    PlaceAgg& p = b.places[place];
    keep_min(p.name, m.place_name);
    keep_min(p.kind, m.kind);
    keep_min(p.country, m.country);
    keep_min(p.admin1, m.admin1);
    if (m.lat && m.lon) keep_min(p.latlon, std::optional<std::pair<double, double>>(std::pair{*m.lat, *m.lon}));
    ++p.n_mentions;
    b.add_place_doc(place, p);
    keep_min(p.first, m.reported_at);
    keep_max(p.last, m.reported_at);

    if (!is_event_worthy(m)) return;
    if (!(m.status && *m.status == ClaimStatus::denied))
        keep_max(p.latest, std::optional<Latest>(Latest{m.event_date, m.reported_at, ClaimByLabel{*m.claim},
                                                        m.actor_side.value_or("")}));

    const DateWindow w = window_of(m);
    const EventKeyId key{place, *m.claim, b.pool.of(m.actor_side.value_or("")), w.kind,
                         w.date ? static_cast<std::int32_t>(w.date->time_since_epoch().count()) : 0};
    const std::uint32_t event = b.event_of(key);
    EventAgg& e = b.events[event];

    const std::uint64_t sh = m.sentence.empty() ? fnv1a("@" + std::to_string(m.char_start))
                                                : sentence_hash(m.sentence);
    const auto score = static_cast<std::int32_t>(std::llround(std::clamp(m.resolution_score, 0.0, 1.0) * 1e6));
    b.add_report(event, sh, score);

    const std::uint8_t bit = status_bit(m.status);
    e.status_bits |= bit;
    e.precision_bits |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(m.geo_precision));
    if (w.kind == Window::day && m.date_precision.value_or(DatePrecision::day) != DatePrecision::report_day)
        e.any_day_precision = true;
    e.add_time(seconds_or(m.reported_at, no_time_min));
    if (m.claimant && !m.claimant->empty()) b.add_claimant(e, b.pool.of(*m.claimant));
    b.offer_quote(e, bit == st_asserted ? 0 : 1, seconds_or(m.reported_at, INT64_MAX), b.source, b.doc_ref, m.sentence);
}

void EventBuilder::add(const std::vector<Mention>& mentions) {
    for (const auto& m : mentions) add(m);
}

void EventBuilder::merge(const EventBuilder& other) {
    if (&other == this) return;
    Impl& b = *impl_;
    const Impl& o = *other.impl_;
    auto here = [&](std::uint32_t id) { return b.pool.of(o.pool.at(id)); };  // the other pool's index in ours
    // The other's strings are copied wholesale: its references shift by one offset.
    const std::uint64_t doc_offset = b.doc_names.append_log(o.doc_names);
    const std::uint64_t quote_offset = b.quote_texts.append_log(o.quote_texts);
    std::vector<std::uint32_t> event_here(o.events.size());
    for (std::size_t i = 0; i < o.events.size(); ++i) {
        const EventKeyId& k = o.event_keys[i];
        event_here[i] = b.event_of(EventKeyId{here(k.place), k.claim, here(k.side), k.window, k.window_day});
        b.fold(b.events[event_here[i]], o.events[i], o, doc_offset, quote_offset);
    }
    o.reports.for_each([&](ReportRecord r) {
        r.doc_ref += doc_offset;
        r.event = event_here[r.event];
        b.reports.push(r);
    });
    for (const auto& [id, v] : o.places) {
        PlaceAgg& p = b.places[here(id)];
        keep_min(p.name, v.name);
        keep_min(p.kind, v.kind);
        keep_min(p.country, v.country);
        keep_min(p.admin1, v.admin1);
        keep_min(p.latlon, v.latlon);
        p.n_mentions += v.n_mentions;
        keep_min(p.first, v.first);
        keep_max(p.last, v.last);
        keep_max(p.latest, v.latest);
    }
    for (const auto& [id, n] : o.folded_documents) b.folded_documents[here(id)] += n;
    o.place_docs.for_each([&](PlaceDocRecord r) {
        r.place = here(r.place);
        b.place_docs.push(r);
    });
    for (const auto& [id, v] : o.cluster_places) {
        PlaceAgg& p = b.cluster_places[here(id)];
        keep_min(p.name, v.name);
        keep_min(p.kind, v.kind);
        keep_min(p.latlon, v.latlon);
    }
}

std::vector<Event> EventBuilder::events() const {
    std::vector<Event> out;
    for_each_event([&](Event&& e) { out.push_back(std::move(e)); });
    return out;
}

void EventBuilder::for_each_event(const std::function<void(Event&&)>& sink) const {
    const Impl& b = *impl_;
    const auto cluster_of = b.clusters();

    // Events of one cluster, claim, side and window form a group. Groups
    // exist for every event at once while every event's aggregate is still
    // held, so this phase sets the run's peak memory: groups are found by
    // sorting event numbers (4 bytes each) rather than by a second key
    // index, a group's key is read from its first event, and its parts are
    // chained through next_part.
    constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
    const auto n_events = static_cast<std::uint32_t>(b.events.size());
    std::vector<std::uint32_t> cluster_place(n_events);
    for (std::uint32_t e = 0; e < n_events; ++e) {
        const std::uint32_t place = b.event_keys[e].place;
        const auto it = cluster_of.find(place);
        cluster_place[e] = it == cluster_of.end() ? place : it->second;
    }
    auto key_of_event = [&](std::uint32_t e) {
        EventKeyId k = b.event_keys[e];
        k.place = cluster_place[e];
        return k;
    };
    struct Group {
        std::uint32_t first_part, last_part;
        std::uint32_t into = none;   // a side-less group joins this one
        std::uint64_t n_reports = 0; // distinct (doc, sentence) over the parts
    };
    auto key_of = [&](const Group& g) { return key_of_event(g.first_part); };
    std::vector<Group> groups;
    std::vector<std::uint32_t> next_part(n_events, none);
    std::vector<std::uint32_t> group_of_event(n_events, none);
    {
        // Runs of equal keys, each in input order, chained; a run's head
        // keeps its last part in group_of_event until groups are numbered.
        std::vector<bool> head(n_events, false);
        std::size_t n_groups = 0;
        for_each_run_of_equal_keys(n_events, key_of_event, [&](auto first, auto last) {
            for (auto it = first + 1; it != last; ++it) next_part[*(it - 1)] = *it;
            head[*first] = true;
            group_of_event[*first] = *(last - 1);
            ++n_groups;
        });
        // Numbered by first event, as they were first met.
        groups.reserve(n_groups);
        for (std::uint32_t e = 0; e < n_events; ++e) {
            if (!head[e]) continue;
            const auto g = static_cast<std::uint32_t>(groups.size());
            groups.push_back(Group{e, group_of_event[e]});
            for (std::uint32_t part = e; part != none; part = next_part[part]) group_of_event[part] = g;
        }
    }
    // Each group's distinct reports. The reports come sorted by event, so a
    // group of one event (most groups) counts them as they pass; only the
    // reports of groups of several events (places merged into one) are
    // sorted again, by group.
    {
        ExternalSorter<ReportRecord, ReportOrder> merged_places(b.options.spill);
        std::optional<ReportRecord> prev;
        b.reports.for_each_sorted([&](const ReportRecord& r) {
            const std::uint32_t g = group_of_event[r.event];
            if (groups[g].first_part != groups[g].last_part) {
                ReportRecord in_group = r;
                in_group.event = g;
                merged_places.push(in_group);
                return;
            }
            if (!prev || !same_report(*prev, r)) ++groups[g].n_reports;
            prev = r;
        });
        prev.reset();
        merged_places.for_each_sorted([&](const ReportRecord& r) {
            if (!prev || !same_report(*prev, r)) ++groups[r.event].n_reports;
            prev = r;
        });
    }

    // A report that names no side joins the event of the same place, claim
    // and date whose side is known (DeepState's map update and the ministry's
    // claim are one capture); with several known sides, the most reported
    // (ties: the smallest side). Groups sharing all but the side sort
    // together; the side-less ones among them, in group order, join the best.
    const std::uint32_t no_side = b.pool.of_existing("");
    if (no_side != StringPool::no_index) {
        auto sideless_key = [&](std::uint32_t g) {
            EventKeyId k = key_of(groups[g]);
            k.side = no_side;
            return k;
        };
        for_each_run_of_equal_keys(static_cast<std::uint32_t>(groups.size()), sideless_key, [&](auto first, auto last) {
            auto side_of = [&](std::uint32_t g) { return key_of(groups[g]).side; };
            std::uint32_t best = none;
            for (auto it = first; it != last; ++it) {
                const std::uint32_t g = *it;
                if (side_of(g) == no_side) continue;
                if (best == none || groups[g].n_reports > groups[best].n_reports ||
                    (groups[g].n_reports == groups[best].n_reports && b.pool.at(side_of(g)) < b.pool.at(side_of(best))))
                    best = g;
            }
            if (best == none) return;
            for (auto it = first; it != last; ++it) {
                Group& g = groups[*it];
                if (side_of(*it) != no_side) continue;
                Group& into = groups[best];
                next_part[into.last_part] = g.first_part;
                into.last_part = g.last_part;
                g.into = best;
            }
        });
    }

    // Output order: event_date (null last), place_id, claim, actor_side, event_id.
    struct Ordered {
        std::uint32_t group;
        std::uint64_t event_number;
    };
    std::vector<Ordered> order;
    order.reserve(groups.size());
    for (std::uint32_t i = 0; i < groups.size(); ++i) {
        if (groups[i].into != none) continue;
        const EventKey k = b.key_of(key_of(groups[i]));
        order.push_back({i, event_number(k.place_id, to_string(k.claim), k.actor_side, k.window)});
    }
    auto date_of = [&](const Group& g) {
        const EventKeyId id = key_of(g);
        return id.window == Window::none ? std::nullopt : std::optional<Date>(Date{std::chrono::days{id.window_day}});
    };
    std::sort(order.begin(), order.end(), [&](const Ordered& x, const Ordered& y) {
        const Group& gx = groups[x.group];
        const Group& gy = groups[y.group];
        const std::optional<Date> dx = date_of(gx), dy = date_of(gy);
        if (dx.has_value() != dy.has_value()) return dx.has_value();
        if (dx && *dx != *dy) return *dx < *dy;
        const EventKeyId ix = key_of(gx), iy = key_of(gy);
        // Claims sort by label, as the layers always did.
        using V = std::string_view;
        return std::tuple(V(b.pool.at(ix.place)), to_string(ix.claim), V(b.pool.at(ix.side)), x.event_number) <
               std::tuple(V(b.pool.at(iy.place)), to_string(iy.claim), V(b.pool.at(iy.side)), y.event_number);
    });
    std::vector<std::uint32_t> rank_of_group(groups.size());
    for (std::uint32_t r = 0; r < order.size(); ++r) rank_of_group[order[r].group] = r;
    for (std::uint32_t i = 0; i < groups.size(); ++i)
        if (groups[i].into != none) rank_of_group[i] = rank_of_group[groups[i].into];

    // The reports once more, by output rank, so events stream out in order
    // with their distinct reports and sources.
    ExternalSorter<ReportRecord, ReportOrder> by_rank(b.options.spill);
    b.reports.for_each([&](ReportRecord r) {
        r.event = rank_of_group[group_of_event[r.event]];
        by_rank.push(r);
    });
    group_of_event = {};
    rank_of_group = {};

    struct Tally {
        std::int64_t n_reports = 0, score_sum = 0;
        std::vector<std::uint64_t> doc_refs;  // one per distinct document
    } tally;
    auto emit = [&](std::uint32_t rank) {
        const Ordered& o = order[rank];
        const Group& g = groups[o.group];
        EventAgg agg;  // the parts folded
        Event e;
        for (std::uint32_t part = g.first_part; part != none; part = next_part[part]) {
            const EventAgg& p = b.events[part];
            agg.fold_plain(p);
            if (p.quote && (!agg.quote || b.quote_before(*p.quote, *agg.quote))) agg.quote = p.quote;
            b.for_each_claimant(p, [&](std::uint32_t c) {
                const std::string& name = b.pool.at(c);
                if (std::find(e.claimants.begin(), e.claimants.end(), name) == e.claimants.end()) e.claimants.push_back(name);
            });
            const std::string& place = b.pool.at(b.event_keys[part].place);
            if (std::find(e.place_ids.begin(), e.place_ids.end(), place) == e.place_ids.end()) e.place_ids.push_back(place);
        }
        const EventKeyId id = key_of(g);
        e.event_id = event_id_text(o.event_number);
        e.place_id = b.pool.at(id.place);
        // The representative may be a place known only from add_cluster_place.
        const PlaceAgg* rep = nullptr;
        if (const auto pit = b.places.find(id.place); pit != b.places.end()) rep = &pit->second;
        else if (const auto cit = b.cluster_places.find(id.place); cit != b.cluster_places.end()) rep = &cit->second;
        if (rep) {
            e.place_name = rep->name.value_or("");
            e.kind = rep->kind;
            if (rep->latlon) std::tie(e.lat, e.lon) = *rep->latlon;
        }
        e.geo_precision = event_precision(e.kind, agg.precision_bits);
        std::sort(e.place_ids.begin(), e.place_ids.end());
        e.claim = id.claim;
        if (id.side != no_side) e.actor_side = b.pool.at(id.side);
        e.status = status_of(agg.status_bits);
        e.event_date = date_of(g);
        switch (id.window) {
            case Window::day: e.date_precision = agg.any_day_precision ? DatePrecision::day : DatePrecision::report_day; break;
            case Window::week: e.date_precision = DatePrecision::week; break;
            case Window::month: e.date_precision = DatePrecision::month; break;
            case Window::none: e.date_precision = DatePrecision::unknown; break;
        }
        e.first_reported = timestamp_of(agg.first, no_time_min);
        e.last_reported = timestamp_of(agg.last, no_time_max);
        e.n_reports = tally.n_reports;
        std::sort(e.claimants.begin(), e.claimants.end());
        for (std::uint64_t ref : tally.doc_refs) e.sources.push_back(b.doc_names.read(ref));
        std::sort(e.sources.begin(), e.sources.end());
        e.sources.erase(std::unique(e.sources.begin(), e.sources.end()), e.sources.end());
        if (agg.quote) e.quote = b.quote_texts.read(agg.quote->sentence_ref);

        const double mean_res = tally.n_reports ? double(tally.score_sum) / 1e6 / double(tally.n_reports) : 0.0;
        const double corroboration = 1.0 - 0.4 * std::pow(0.5, double(std::max<std::int64_t>(e.n_reports, 1) - 1));
        const double c = info(e.status).confidence_weight * corroboration * (0.5 + 0.5 * mean_res);
        e.confidence = std::round(std::clamp(c, 0.0, 1.0) * 1000.0) / 1000.0;
        tally = Tally{};
        sink(std::move(e));
    };
    std::uint32_t next = 0;  // the next rank to emit
    std::optional<ReportRecord> prev;
    by_rank.for_each_sorted([&](const ReportRecord& r) {
        while (next < r.event) emit(next++);
        if (prev && same_report(*prev, r)) return;  // a repeat; the first had the best score
        ++tally.n_reports;
        tally.score_sum += r.score;
        if (!prev || prev->event != r.event || prev->doc_hash != r.doc_hash) tally.doc_refs.push_back(r.doc_ref);
        prev = r;
    });
    while (next < order.size()) emit(next++);
}

std::vector<PlaceSummary> EventBuilder::places() const {
    const Impl& b = *impl_;
    std::unordered_map<std::uint32_t, std::int64_t> n_documents = b.n_documents();
    std::vector<std::pair<const std::string*, std::uint32_t>> sorted;
    sorted.reserve(b.places.size());
    for (const auto& [id, p] : b.places) sorted.emplace_back(&b.pool.at(id), id);
    std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return *x.first < *y.first; });
    std::vector<PlaceSummary> out;
    out.reserve(sorted.size());
    for (const auto& [name, id] : sorted) {
        const PlaceAgg& p = b.places.at(id);
        PlaceSummary s;
        s.place_id = *name;
        s.place_name = p.name.value_or("");
        s.kind = p.kind;
        s.country = p.country;
        s.admin1 = p.admin1;
        if (p.latlon) std::tie(s.lat, s.lon) = *p.latlon;
        s.n_mentions = p.n_mentions;
        s.n_documents = n_documents[id];
        if (p.latest) {
            const auto& [date, at, claim, side] = *p.latest;
            s.latest_claim = claim.value;
            if (!side.empty()) s.latest_actor_side = side;
            s.latest_event_date = date;
        }
        s.first_mentioned = p.first;
        s.last_mentioned = p.last;
        out.push_back(std::move(s));
    }
    return out;
}

// The aggregate as JSON: every field of PlaceAgg that places() reads, the
// point's coordinates as nlohmann writes doubles (17 significant digits,
// read back bit for bit), times as seconds and days since 1970.
std::vector<std::pair<std::string, std::string>> EventBuilder::place_aggregates() const {
    const Impl& b = *impl_;
    const auto n_documents = b.n_documents();
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(b.places.size());
    for (const auto& [id, p] : b.places) {
        nlohmann::json j = nlohmann::json::object();
        auto opt = [](const auto& v) { return v ? nlohmann::json(*v) : nlohmann::json(nullptr); };
        j["name"] = opt(p.name);
        j["kind"] = p.kind ? nlohmann::json(static_cast<int>(*p.kind)) : nlohmann::json(nullptr);
        j["country"] = opt(p.country);
        j["admin1"] = opt(p.admin1);
        j["latlon"] = p.latlon ? nlohmann::json::array({p.latlon->first, p.latlon->second}) : nlohmann::json(nullptr);
        j["mentions"] = p.n_mentions;
        const auto d = n_documents.find(id);
        j["documents"] = d == n_documents.end() ? 0 : d->second;
        j["first"] = p.first ? nlohmann::json(p.first->time_since_epoch().count()) : nlohmann::json(nullptr);
        j["last"] = p.last ? nlohmann::json(p.last->time_since_epoch().count()) : nlohmann::json(nullptr);
        if (p.latest) {
            const auto& [date, at, claim, side] = *p.latest;
            j["latest"] = nlohmann::json::array({date ? nlohmann::json(date->time_since_epoch().count()) : nlohmann::json(nullptr),
                                                 at ? nlohmann::json(at->time_since_epoch().count()) : nlohmann::json(nullptr),
                                                 static_cast<int>(claim.value), side});
        } else {
            j["latest"] = nullptr;
        }
        out.emplace_back(b.pool.at(id), j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void EventBuilder::add_place_aggregate(const std::string& place_id, std::string_view text) {
    Impl& b = *impl_;
    try {
        const nlohmann::json j = nlohmann::json::parse(text);
        const std::uint32_t id = b.pool.of(place_id);
        PlaceAgg& p = b.places[id];
        auto str = [&](const char* key) {
            return j.at(key).is_null() ? std::nullopt : std::optional<std::string>(j.at(key).get<std::string>());
        };
        auto seconds = [](const nlohmann::json& v) {
            return v.is_null() ? std::nullopt : std::optional<Timestamp>(Timestamp{std::chrono::seconds{v.get<std::int64_t>()}});
        };
        keep_min(p.name, str("name"));
        if (!j.at("kind").is_null()) keep_min(p.kind, std::optional<PlaceKind>(static_cast<PlaceKind>(j.at("kind").get<int>())));
        keep_min(p.country, str("country"));
        keep_min(p.admin1, str("admin1"));
        if (const auto& ll = j.at("latlon"); !ll.is_null())
            keep_min(p.latlon, std::optional<std::pair<double, double>>(std::pair{ll.at(0).get<double>(), ll.at(1).get<double>()}));
        p.n_mentions += j.at("mentions").get<std::int64_t>();
        b.folded_documents[id] += j.at("documents").get<std::int64_t>();
        keep_min(p.first, seconds(j.at("first")));
        keep_max(p.last, seconds(j.at("last")));
        if (const auto& l = j.at("latest"); !l.is_null()) {
            const std::optional<Date> date =
                l.at(0).is_null() ? std::nullopt : std::optional<Date>(Date{std::chrono::days{l.at(0).get<std::int64_t>()}});
            keep_max(p.latest, std::optional<Latest>(Latest{date, seconds(l.at(1)),
                                                            ClaimByLabel{static_cast<ClaimType>(l.at(2).get<int>())},
                                                            l.at(3).get<std::string>()}));
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error("place aggregate of '" + place_id + "': " + e.what());
    }
}

std::string to_json_array(const std::vector<std::string>& values) {
    // Two fields of every event: written directly, in the text nlohmann's
    // dump() gives (no spaces, UTF-8 kept, quotes, backslashes and control
    // characters escaped). Invalid UTF-8, which dump() replaces by U+FFFD,
    // goes through nlohmann.
    std::string out = "[";
    for (const std::string& v : values) {
        if (!is_valid_utf8(v)) {
            nlohmann::json j = nlohmann::json::array();
            for (const auto& value : values) j.push_back(value);
            return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        }
        if (out.size() > 1) out += ',';
        append_json_string(out, v, JsonDialect::nlohmann);
    }
    out += ']';
    return out;
}

}  // namespace frontline
