#include "frontline/events/event_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <numeric>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <nlohmann/json.hpp>

#include "frontline/geo/distance.hpp"

namespace frontline {

namespace {

// ---- hashing ---------------------------------------------------------------

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

std::uint64_t splitmix_final(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/// Hash of a sentence with whitespace runs folded and ends trimmed, so a
/// paragraph re-flowed by an update still counts as the same report text.
std::uint64_t sentence_hash(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    bool pending_space = false, any = false;
    for (unsigned char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = any;
            continue;
        }
        if (pending_space) {
            h ^= ' ';
            h *= 0x100000001b3ULL;
            pending_space = false;
        }
        h ^= c;
        h *= 0x100000001b3ULL;
        any = true;
    }
    return splitmix_final(h);
}

// ---- dates -----------------------------------------------------------------

enum class Window : std::uint8_t { day, week, month, unknown };

struct DateWindow {
    Window kind = Window::unknown;
    std::optional<Date> date;  ///< the window's representative date
};

DateWindow window_of(const Mention& m) {
    using namespace std::chrono;
    DateWindow w;
    const std::string_view prec = m.date_precision ? std::string_view(*m.date_precision) : (m.event_date ? "day" : "unknown");
    if (!m.event_date || prec == "unknown") return w;
    const Date d = *m.event_date;
    if (prec == "month") {
        const year_month_day ymd{d};
        w.kind = Window::month;
        w.date = sys_days{ymd.year() / ymd.month() / 1};
    } else if (prec == "week") {
        const unsigned iso = weekday{d}.iso_encoding();  // 1 = Monday .. 7 = Sunday
        w.kind = Window::week;
        w.date = d - days{iso - 1};
    } else {  // day, report_day, and anything unrecognised that carries a date
        w.kind = Window::day;
        w.date = d;
    }
    return w;
}

/// "2024-11-07" (day), "2024-W45" (ISO week), "2024-11" (month), "unknown".
std::string window_label(Window kind, Date d) {
    using namespace std::chrono;
    char buf[32];
    switch (kind) {
        case Window::day: return format_date(d);
        case Window::week: {
            const Date thursday = d + days{3};  // d is the Monday
            const year iso_year = year_month_day{thursday}.year();
            const Date jan1 = sys_days{iso_year / January / 1};
            const int week = int((thursday - jan1).count() / 7) + 1;
            std::snprintf(buf, sizeof buf, "%04d-W%02d", int(iso_year), week);
            return buf;
        }
        case Window::month: {
            const year_month_day ymd{d};
            std::snprintf(buf, sizeof buf, "%04d-%02u", int(ymd.year()), unsigned(ymd.month()));
            return buf;
        }
        case Window::unknown: break;
    }
    return "unknown";
}

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

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    std::iota(prev.begin(), prev.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

bool similar_names(std::string_view a, std::string_view b) {
    const std::string fa = fold_name(a), fb = fold_name(b);
    if (fa.empty() || fb.empty()) return false;
    const std::size_t longest = std::max(fa.size(), fb.size());
    return edit_distance(fa, fb) * 4 <= longest;
}

// ---- status ----------------------------------------------------------------

enum StatusBit : std::uint8_t { st_asserted = 1, st_hedged = 2, st_disputed = 4, st_denied = 8 };

std::uint8_t status_bit(const std::optional<std::string>& s) {
    if (!s || s->empty() || *s == "asserted") return st_asserted;
    if (*s == "hedged") return st_hedged;
    if (*s == "disputed") return st_disputed;
    if (*s == "denied") return st_denied;
    return st_asserted;
}

std::string status_of(std::uint8_t bits) {
    const bool support = bits & (st_asserted | st_hedged);
    const bool contra = bits & (st_disputed | st_denied);
    if (support && contra) return "disputed";
    if (bits & st_asserted) return "asserted";
    if (bits & st_hedged) return "hedged";
    if (bits & st_disputed) return "disputed";
    return "denied";
}

double status_weight(std::string_view status) {
    if (status == "asserted") return 1.0;
    if (status == "hedged") return 0.7;
    if (status == "disputed") return 0.5;
    return 0.2;
}

template <class T>
void keep_min(std::optional<T>& slot, const std::optional<T>& v) {
    if (v && (!slot || *v < *slot)) slot = v;
}
template <class T>
void keep_max(std::optional<T>& slot, const std::optional<T>& v) {
    if (v && (!slot || *slot < *v)) slot = v;
}

// ---- aggregates ------------------------------------------------------------
//
// A builder may see millions of mentions: its aggregates hold interned
// strings (indexes into a pool), reports as flat records, and no per-event
// set of documents, so memory grows with events and places, not with the
// text read.

/// Strings stored once; an index names each. Views stay valid (deque).
class StringPool {
public:
    std::uint32_t of(std::string_view s) {
        if (auto it = index_.find(s); it != index_.end()) return it->second;
        strings_.emplace_back(s);
        const auto id = static_cast<std::uint32_t>(strings_.size() - 1);
        index_.emplace(strings_.back(), id);
        return id;
    }
    const std::string& at(std::uint32_t id) const { return strings_[id]; }
    /// The index of a string already pooled, else no_index.
    std::uint32_t of_existing(std::string_view s) const {
        auto it = index_.find(s);
        return it == index_.end() ? no_index : it->second;
    }
    static constexpr std::uint32_t no_index = static_cast<std::uint32_t>(-1);

private:
    std::deque<std::string> strings_;
    std::unordered_map<std::string_view, std::uint32_t> index_;
};

/// Candidate quote; the smallest by less() wins (order-independent).
struct Quote {
    int rank = 1;                          ///< 0 asserted, 1 otherwise
    std::optional<Timestamp> reported_at;  ///< earliest first, missing last
    std::string_view doc;                  ///< in the builder's pool
    std::string sentence;
};

bool quote_less(int rank, const std::optional<Timestamp>& at, std::string_view doc, std::string_view sentence,
                const Quote& o) {
    if (rank != o.rank) return rank < o.rank;
    if (at.has_value() != o.reported_at.has_value()) return at.has_value();
    if (at && *at != *o.reported_at) return *at < *o.reported_at;
    return std::tie(doc, sentence) < std::tie(o.doc, o.sentence);
}

struct EventKey {
    std::string place_id;
    std::string claim;
    std::string actor_side;  ///< "" when missing
    std::string window;      ///< label

    auto tie() const { return std::tie(place_id, claim, actor_side, window); }
    bool operator<(const EventKey& o) const { return tie() < o.tie(); }
};

/// EventKey as pool indexes and the window as kind + day number.
struct EventKeyId {
    std::uint32_t place, claim, side;  // side: pool index of "" when missing
    Window window;
    std::int32_t window_day;           // days since 1970 of the window's date; 0 for unknown

    bool operator==(const EventKeyId&) const = default;
};

struct EventKeyIdHash {
    std::size_t operator()(const EventKeyId& k) const noexcept {
        std::uint64_t h = k.place;
        h = h * 0x9e3779b97f4a7c15ULL + k.claim;
        h = h * 0x9e3779b97f4a7c15ULL + k.side;
        h = h * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(k.window);
        h = h * 0x9e3779b97f4a7c15ULL + static_cast<std::uint32_t>(k.window_day);
        return static_cast<std::size_t>(splitmix_final(h));
    }
};

/// One report: a sentence of a document, with its best resolution score.
struct Report {
    std::uint32_t doc;
    std::uint64_t sentence;
    std::int64_t score;  ///< micro-units
};

struct EventAgg {
    Window window = Window::unknown;
    std::optional<Date> window_date;
    std::vector<Report> reports;  ///< may hold repeats until compact()
    std::uint8_t status_bits = 0;
    bool any_day_precision = false;  ///< "day" (vs report_day) seen in a day window
    std::optional<Timestamp> first, last;
    std::vector<std::uint32_t> claimants;  ///< distinct pool indexes
    std::optional<Quote> quote;

    /// Sorts the reports and keeps one per (doc, sentence), its best score.
    void compact() {
        std::sort(reports.begin(), reports.end(), [](const Report& a, const Report& b) {
            return std::tie(a.doc, a.sentence, b.score) < std::tie(b.doc, b.sentence, a.score);
        });
        reports.erase(std::unique(reports.begin(), reports.end(),
                                  [](const Report& a, const Report& b) { return a.doc == b.doc && a.sentence == b.sentence; }),
                      reports.end());
    }
    void add_claimant(std::uint32_t c) {
        if (std::find(claimants.begin(), claimants.end(), c) == claimants.end()) claimants.push_back(c);
    }
    void offer_quote(int rank, const std::optional<Timestamp>& at, std::string_view doc, std::string_view sentence) {
        if (quote && !quote_less(rank, at, doc, sentence, *quote)) return;
        quote = Quote{rank, at, doc, std::string(sentence)};
    }
    /// Folds `o` in; both hold indexes of the same pool.
    void merge(const EventAgg& o) {
        window = o.window;
        window_date = o.window_date;
        reports.insert(reports.end(), o.reports.begin(), o.reports.end());
        status_bits |= o.status_bits;
        any_day_precision = any_day_precision || o.any_day_precision;
        keep_min(first, o.first);
        keep_max(last, o.last);
        for (std::uint32_t c : o.claimants) add_claimant(c);
        if (o.quote) offer_quote(o.quote->rank, o.quote->reported_at, o.quote->doc, o.quote->sentence);
    }
};

using Latest = std::tuple<std::optional<Date>, std::optional<Timestamp>, std::string, std::string>;

struct PlaceAgg {
    std::optional<std::string> name;
    std::optional<PlaceKind> kind;
    std::optional<std::string> country, admin1;
    std::optional<std::pair<double, double>> latlon;
    std::int64_t n_mentions = 0;
    std::vector<std::uint32_t> docs;  ///< pool indexes; repeats until counted
    std::optional<Timestamp> first, last;
    std::optional<Latest> latest;

    void add_doc(std::uint32_t doc) {
        if (docs.empty() || docs.back() != doc) docs.push_back(doc);  // a document's mentions come together
        if (docs.size() > 64 && docs.size() == docs.capacity()) {     // keep repeats from piling up
            std::sort(docs.begin(), docs.end());
            docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
        }
    }
    std::int64_t distinct_docs() const {
        std::vector<std::uint32_t> d = docs;
        std::sort(d.begin(), d.end());
        return std::unique(d.begin(), d.end()) - d.begin();
    }
};

bool has_claim(const Mention& m) { return m.claim && !m.claim->empty() && *m.claim != "none"; }

bool resolved(const Mention& m) { return m.place_id && !m.place_id->empty() && m.lat && m.lon; }

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
    EventBuilderOptions options;
    StringPool pool;  // place ids, doc ids, claims, sides, claimants
    std::unordered_map<EventKeyId, EventAgg, EventKeyIdHash> events;
    std::unordered_map<std::uint32_t, PlaceAgg> places;  // by place_id

    /// place_id -> the cluster representative's place_id (pool indexes), for places in events.
    std::unordered_map<std::uint32_t, std::uint32_t> clusters() const;

    EventKey key_of(const EventKeyId& k) const {
        return EventKey{pool.at(k.place), pool.at(k.claim), pool.at(k.side),
                        window_label(k.window, Date{std::chrono::days{k.window_day}})};
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
        for (const auto& [key, agg] : events) {
            if (!seen.insert(key.place).second) continue;
            auto it = places.find(key.place);
            if (it == places.end() || !it->second.latlon) continue;
            nodes.push_back({key.place, &pool.at(key.place), &it->second, it->second.latlon->first, it->second.latlon->second});
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

EventBuilder::EventBuilder(EventBuilderOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->options = options;
}
EventBuilder::~EventBuilder() = default;
EventBuilder::EventBuilder(EventBuilder&&) noexcept = default;
EventBuilder& EventBuilder::operator=(EventBuilder&&) noexcept = default;

bool EventBuilder::is_event_worthy(const Mention& m) {
    if (!resolved(m) || !has_claim(m) || m.boilerplate) return false;
    // A whole country is no point on a war map ("two settlements in eastern Ukraine").
    if (m.kind == PlaceKind::country) return false;
    return !m.modality || m.modality->empty() || *m.modality == "reported";
}

std::string EventBuilder::make_event_id(std::string_view place_id, std::string_view claim,
                                        std::string_view actor_side, std::string_view window) {
    std::uint64_t h = fnv1a(place_id);
    h = fnv1a("|", h);
    h = fnv1a(claim, h);
    h = fnv1a("|", h);
    h = fnv1a(actor_side, h);
    h = fnv1a("|", h);
    h = fnv1a(window, h);
    h = splitmix_final(h);
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

void EventBuilder::add(const Mention& m) {
    if (!resolved(m) || m.boilerplate) return;
    Impl& b = *impl_;
    const std::uint32_t place = b.pool.of(*m.place_id);
    const std::uint32_t doc = b.pool.of(m.doc);

    PlaceAgg& p = b.places[place];
    keep_min(p.name, m.place_name);
    keep_min(p.kind, m.kind);
    keep_min(p.country, m.country);
    keep_min(p.admin1, m.admin1);
    keep_min(p.latlon, std::optional<std::pair<double, double>>(std::pair{*m.lat, *m.lon}));
    ++p.n_mentions;
    p.add_doc(doc);
    keep_min(p.first, m.reported_at);
    keep_max(p.last, m.reported_at);

    if (!is_event_worthy(m)) return;
    if (!(m.status && *m.status == "denied"))
        keep_max(p.latest, std::optional<Latest>(Latest{m.event_date, m.reported_at, *m.claim,
                                                        m.actor_side.value_or("")}));

    const DateWindow w = window_of(m);
    const EventKeyId key{place, b.pool.of(*m.claim), b.pool.of(m.actor_side.value_or("")), w.kind,
                         w.date ? static_cast<std::int32_t>(w.date->time_since_epoch().count()) : 0};
    EventAgg& e = b.events[key];
    e.window = w.kind;
    e.window_date = w.date;

    const std::uint64_t sh = m.sentence.empty() ? fnv1a("@" + std::to_string(m.char_start))
                                                : sentence_hash(m.sentence);
    const auto score = static_cast<std::int64_t>(std::llround(std::clamp(m.resolution_score, 0.0, 1.0) * 1e6));
    if (!e.reports.empty() && e.reports.back().doc == doc && e.reports.back().sentence == sh)
        e.reports.back().score = std::max(e.reports.back().score, score);
    else
        e.reports.push_back({doc, sh, score});

    const std::uint8_t bit = status_bit(m.status);
    e.status_bits |= bit;
    if (w.kind == Window::day && m.date_precision.value_or("day") != "report_day") e.any_day_precision = true;
    keep_min(e.first, m.reported_at);
    keep_max(e.last, m.reported_at);
    if (m.claimant && !m.claimant->empty()) e.add_claimant(b.pool.of(*m.claimant));
    e.offer_quote(bit == st_asserted ? 0 : 1, m.reported_at, b.pool.at(doc), m.sentence);
}

void EventBuilder::add(const std::vector<Mention>& mentions) {
    for (const auto& m : mentions) add(m);
}

void EventBuilder::merge(const EventBuilder& other) {
    if (&other == this) return;
    Impl& b = *impl_;
    const Impl& o = *other.impl_;
    auto here = [&](std::uint32_t id) { return b.pool.of(o.pool.at(id)); };  // the other pool's index in ours
    for (const auto& [k, v] : o.events) {
        EventAgg copy = v;
        for (Report& r : copy.reports) r.doc = here(r.doc);
        for (std::uint32_t& c : copy.claimants) c = here(c);
        if (copy.quote) copy.quote->doc = b.pool.at(b.pool.of(copy.quote->doc));
        EventKeyId key{here(k.place), here(k.claim), here(k.side), k.window, k.window_day};
        auto [slot, inserted] = b.events.emplace(key, copy);
        if (!inserted) slot->second.merge(copy);
    }
    for (const auto& [id, v] : o.places) {
        PlaceAgg& p = b.places[here(id)];
        keep_min(p.name, v.name);
        keep_min(p.kind, v.kind);
        keep_min(p.country, v.country);
        keep_min(p.admin1, v.admin1);
        keep_min(p.latlon, v.latlon);
        p.n_mentions += v.n_mentions;
        for (std::uint32_t d : v.docs) p.add_doc(here(d));
        keep_min(p.first, v.first);
        keep_max(p.last, v.last);
        keep_max(p.latest, v.latest);
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

    // Group the aggregates by cluster representative: most groups have one
    // part, which is read in place rather than copied.
    struct Group {
        std::vector<const EventAgg*> parts;
        std::vector<std::uint32_t> members;  // place ids merged
        std::size_t n_reports = 0;           // distinct (doc, sentence) over the parts
    };
    std::unordered_map<EventKeyId, Group, EventKeyIdHash> groups;
    groups.reserve(b.events.size());
    for (const auto& [key, agg] : b.events) {
        EventKeyId id = key;
        if (auto it = cluster_of.find(key.place); it != cluster_of.end()) id.place = it->second;
        Group& g = groups[id];
        g.parts.push_back(&agg);
        if (std::find(g.members.begin(), g.members.end(), key.place) == g.members.end()) g.members.push_back(key.place);
    }
    // The distinct reports of a group, built when needed and dropped after,
    // so that only one group's copy exists at a time.
    auto distinct_reports = [](const Group& g) {
        EventAgg tmp;
        for (const EventAgg* a : g.parts) tmp.reports.insert(tmp.reports.end(), a->reports.begin(), a->reports.end());
        tmp.compact();
        return std::move(tmp.reports);
    };
    for (auto& [id, g] : groups) g.n_reports = distinct_reports(g).size();

    // A report that names no side joins the event of the same place, claim
    // and date whose side is known (DeepState's map update and the ministry's
    // claim are one capture); with several known sides, the most reported
    // (ties: the smallest side).
    const std::uint32_t no_side = b.pool.of_existing("");
    if (no_side != StringPool::no_index) {
        auto sideless = [&](EventKeyId k) {
            k.side = no_side;
            return k;
        };
        std::unordered_map<EventKeyId, EventKeyId, EventKeyIdHash> known;  // side-less key -> best sided key
        for (const auto& [id, g] : groups) {
            if (id.side == no_side) continue;
            auto [slot, inserted] = known.try_emplace(sideless(id), id);
            if (inserted) continue;
            const Group& best = groups.at(slot->second);
            if (g.n_reports > best.n_reports ||
                (g.n_reports == best.n_reports && b.pool.at(id.side) < b.pool.at(slot->second.side)))
                slot->second = id;
        }
        for (auto it = groups.begin(); it != groups.end();) {
            auto target = it->first.side == no_side ? known.find(it->first) : known.end();
            if (target == known.end()) {
                ++it;
                continue;
            }
            Group& into = groups.at(target->second);
            into.parts.insert(into.parts.end(), it->second.parts.begin(), it->second.parts.end());
            for (std::uint32_t m : it->second.members)
                if (std::find(into.members.begin(), into.members.end(), m) == into.members.end()) into.members.push_back(m);
            into.n_reports = distinct_reports(into).size();
            it = groups.erase(it);
        }
    }

    // Output order: event_date (null last), place_id, claim, actor_side, event_id.
    struct Ordered {
        EventKeyId id;
        Group* group;
        std::optional<Date> date;
        std::string event_id;
    };
    std::vector<Ordered> order;
    order.reserve(groups.size());
    for (auto& [id, g] : groups) {
        const EventKey k = b.key_of(id);
        order.push_back({id, &g, g.parts.front()->window_date, make_event_id(k.place_id, k.claim, k.actor_side, k.window)});
    }
    std::sort(order.begin(), order.end(), [&](const Ordered& x, const Ordered& y) {
        if (x.date.has_value() != y.date.has_value()) return x.date.has_value();
        if (x.date && *x.date != *y.date) return *x.date < *y.date;
        return std::tie(b.pool.at(x.id.place), b.pool.at(x.id.claim), b.pool.at(x.id.side), x.event_id) <
               std::tie(b.pool.at(y.id.place), b.pool.at(y.id.claim), b.pool.at(y.id.side), y.event_id);
    });

    for (Ordered& o : order) {
        Group& g = *o.group;
        const std::vector<Report> reports = distinct_reports(g);
        EventAgg agg;  // the parts folded, without their reports
        for (const EventAgg* part : g.parts) {
            agg.window = part->window;
            agg.window_date = part->window_date;
            agg.status_bits |= part->status_bits;
            agg.any_day_precision = agg.any_day_precision || part->any_day_precision;
            keep_min(agg.first, part->first);
            keep_max(agg.last, part->last);
            for (std::uint32_t c : part->claimants) agg.add_claimant(c);
            if (part->quote) agg.offer_quote(part->quote->rank, part->quote->reported_at, part->quote->doc, part->quote->sentence);
        }
        Event e;
        e.event_id = std::move(o.event_id);
        e.place_id = b.pool.at(o.id.place);
        if (const auto pit = b.places.find(o.id.place); pit != b.places.end()) {
            e.place_name = pit->second.name.value_or("");
            if (pit->second.latlon) std::tie(e.lat, e.lon) = *pit->second.latlon;
        }
        for (std::uint32_t m : g.members) e.place_ids.push_back(b.pool.at(m));
        std::sort(e.place_ids.begin(), e.place_ids.end());
        e.claim = b.pool.at(o.id.claim);
        if (o.id.side != no_side) e.actor_side = b.pool.at(o.id.side);
        e.status = status_of(agg.status_bits);
        e.event_date = agg.window_date;
        switch (agg.window) {
            case Window::day: e.date_precision = agg.any_day_precision ? "day" : "report_day"; break;
            case Window::week: e.date_precision = "week"; break;
            case Window::month: e.date_precision = "month"; break;
            case Window::unknown: e.date_precision = "unknown"; break;
        }
        e.first_reported = agg.first;
        e.last_reported = agg.last;
        e.n_reports = static_cast<std::int64_t>(reports.size());
        for (std::uint32_t c : agg.claimants) e.claimants.push_back(b.pool.at(c));
        std::sort(e.claimants.begin(), e.claimants.end());
        for (const Report& r : reports)  // sorted by doc index: repeats are adjacent
            if (e.sources.empty() || e.sources.back() != b.pool.at(r.doc)) e.sources.push_back(b.pool.at(r.doc));
        std::sort(e.sources.begin(), e.sources.end());
        e.sources.erase(std::unique(e.sources.begin(), e.sources.end()), e.sources.end());
        if (agg.quote) e.quote = agg.quote->sentence;

        std::int64_t score_sum = 0;
        for (const Report& r : reports) score_sum += r.score;
        const double mean_res = reports.empty() ? 0.0 : double(score_sum) / 1e6 / double(reports.size());
        const double corroboration = 1.0 - 0.4 * std::pow(0.5, double(std::max<std::int64_t>(e.n_reports, 1) - 1));
        const double c = status_weight(e.status) * corroboration * (0.5 + 0.5 * mean_res);
        e.confidence = std::round(std::clamp(c, 0.0, 1.0) * 1000.0) / 1000.0;
        g = Group{};  // free as we go
        sink(std::move(e));
    }
}

std::vector<PlaceSummary> EventBuilder::places() const {
    const Impl& b = *impl_;
    std::vector<std::pair<const std::string*, const PlaceAgg*>> sorted;
    sorted.reserve(b.places.size());
    for (const auto& [id, p] : b.places) sorted.emplace_back(&b.pool.at(id), &p);
    std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return *x.first < *y.first; });
    std::vector<PlaceSummary> out;
    out.reserve(sorted.size());
    for (const auto& [id, place] : sorted) {
        const PlaceAgg& p = *place;
        PlaceSummary s;
        s.place_id = *id;
        s.place_name = p.name.value_or("");
        s.kind = p.kind;
        s.country = p.country;
        s.admin1 = p.admin1;
        if (p.latlon) std::tie(s.lat, s.lon) = *p.latlon;
        s.n_mentions = p.n_mentions;
        s.n_documents = p.distinct_docs();
        if (p.latest) {
            const auto& [date, at, claim, side] = *p.latest;
            s.latest_claim = claim;
            if (!side.empty()) s.latest_actor_side = side;
            s.latest_event_date = date;
        }
        s.first_mentioned = p.first;
        s.last_mentioned = p.last;
        out.push_back(std::move(s));
    }
    return out;
}

std::string to_json_array(const std::vector<std::string>& values) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& v : values) j.push_back(v);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace frontline
