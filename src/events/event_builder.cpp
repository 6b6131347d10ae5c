#include "frontline/events/event_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>
#include <set>
#include <tuple>
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
    std::string label;         ///< "2024-11-07", "2024-W45", "2024-11", "unknown"
};

DateWindow window_of(const Mention& m) {
    using namespace std::chrono;
    DateWindow w;
    const std::string prec = m.date_precision.value_or(m.event_date ? "day" : "unknown");
    if (!m.event_date || prec == "unknown") {
        w.label = "unknown";
        return w;
    }
    const Date d = *m.event_date;
    if (prec == "month") {
        const year_month_day ymd{d};
        w.kind = Window::month;
        w.date = sys_days{ymd.year() / ymd.month() / 1};
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-%02u", int(ymd.year()), unsigned(ymd.month()));
        w.label = buf;
    } else if (prec == "week") {
        const unsigned iso = weekday{d}.iso_encoding();  // 1 = Monday .. 7 = Sunday
        const Date monday = d - days{iso - 1};
        const Date thursday = monday + days{3};
        const year iso_year = year_month_day{thursday}.year();
        const Date jan1 = sys_days{iso_year / January / 1};
        const int week = int((thursday - jan1).count() / 7) + 1;
        w.kind = Window::week;
        w.date = monday;
        char buf[32];
        std::snprintf(buf, sizeof buf, "%04d-W%02d", int(iso_year), week);
        w.label = buf;
    } else {  // day, report_day, and anything unrecognised that carries a date
        w.kind = Window::day;
        w.date = d;
        w.label = format_date(d);
    }
    return w;
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

/// Candidate quote; the smallest by operator< wins (order-independent).
struct Quote {
    int rank = 1;                          ///< 0 asserted, 1 otherwise
    std::optional<Timestamp> reported_at;  ///< earliest first, missing last
    std::string doc;
    std::string sentence;

    bool operator<(const Quote& o) const {
        if (rank != o.rank) return rank < o.rank;
        if (reported_at.has_value() != o.reported_at.has_value()) return reported_at.has_value();
        if (reported_at && *reported_at != *o.reported_at) return *reported_at < *o.reported_at;
        return std::tie(doc, sentence) < std::tie(o.doc, o.sentence);
    }
};

struct EventKey {
    std::string place_id;
    std::string claim;
    std::string actor_side;  ///< "" when missing
    std::string window;      ///< label

    auto tie() const { return std::tie(place_id, claim, actor_side, window); }
    bool operator<(const EventKey& o) const { return tie() < o.tie(); }
};

struct EventAgg {
    Window window = Window::unknown;
    std::optional<Date> window_date;
    /// (doc, sentence hash) -> best resolution score in micro-units.
    std::map<std::pair<std::string, std::uint64_t>, std::int64_t> reports;
    std::uint8_t status_bits = 0;
    bool any_day_precision = false;  ///< "day" (vs report_day) seen in a day window
    std::optional<Timestamp> first, last;
    std::set<std::string> claimants, sources;
    std::optional<Quote> quote;

    void merge(const EventAgg& o) {
        window = o.window;
        window_date = o.window_date;
        for (const auto& [k, v] : o.reports) {
            auto [it, inserted] = reports.emplace(k, v);
            if (!inserted) it->second = std::max(it->second, v);
        }
        status_bits |= o.status_bits;
        any_day_precision = any_day_precision || o.any_day_precision;
        keep_min(first, o.first);
        keep_max(last, o.last);
        claimants.insert(o.claimants.begin(), o.claimants.end());
        sources.insert(o.sources.begin(), o.sources.end());
        keep_min(quote, o.quote);
    }
};

using Latest = std::tuple<std::optional<Date>, std::optional<Timestamp>, std::string, std::string>;

struct PlaceAgg {
    std::optional<std::string> name;
    std::optional<PlaceKind> kind;
    std::optional<std::string> country, admin1;
    std::optional<std::pair<double, double>> latlon;
    std::int64_t n_mentions = 0;
    std::set<std::string> docs;
    std::optional<Timestamp> first, last;
    std::optional<Latest> latest;

    void merge(const PlaceAgg& o) {
        keep_min(name, o.name);
        keep_min(kind, o.kind);
        keep_min(country, o.country);
        keep_min(admin1, o.admin1);
        keep_min(latlon, o.latlon);
        n_mentions += o.n_mentions;
        docs.insert(o.docs.begin(), o.docs.end());
        keep_min(first, o.first);
        keep_max(last, o.last);
        keep_max(latest, o.latest);
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
    std::map<EventKey, EventAgg> events;
    std::map<std::string, PlaceAgg> places;

    /// place_id -> the cluster representative's place_id, for places in events.
    std::map<std::string, std::string> clusters() const;
};

std::map<std::string, std::string> EventBuilder::Impl::clusters() const {
    struct Node {
        const std::string* id;
        const PlaceAgg* place;
        double lat, lon;
    };
    std::vector<Node> nodes;
    {
        std::set<std::string_view> seen;
        for (const auto& [key, agg] : events) {
            if (!seen.insert(key.place_id).second) continue;
            auto it = places.find(key.place_id);
            if (it == places.end() || !it->second.latlon) continue;
            nodes.push_back({&it->first, &it->second, it->second.latlon->first, it->second.latlon->second});
        }
    }
    // Sorted by id, so that a root (the smallest index) is the smallest id.
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) { return *a.id < *b.id; });
    DisjointSets sets(nodes.size());
    if (options.merge_km > 0 && nodes.size() > 1) {
        // Sweep by latitude: only pairs within merge_km in latitude can match.
        std::vector<std::size_t> by_lat(nodes.size());
        std::iota(by_lat.begin(), by_lat.end(), std::size_t{0});
        std::sort(by_lat.begin(), by_lat.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(nodes[a].lat, *nodes[a].id) < std::tie(nodes[b].lat, *nodes[b].id);
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
    std::map<std::string, std::string> out;
    for (std::size_t i = 0; i < nodes.size(); ++i) out.emplace(*nodes[i].id, *nodes[sets.find(i)].id);
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

    PlaceAgg& p = impl_->places[*m.place_id];
    keep_min(p.name, m.place_name);
    keep_min(p.kind, m.kind);
    keep_min(p.country, m.country);
    keep_min(p.admin1, m.admin1);
    keep_min(p.latlon, std::optional<std::pair<double, double>>(std::pair{*m.lat, *m.lon}));
    ++p.n_mentions;
    p.docs.insert(m.doc);
    keep_min(p.first, m.reported_at);
    keep_max(p.last, m.reported_at);

    if (!is_event_worthy(m)) return;
    if (!(m.status && *m.status == "denied"))
        keep_max(p.latest, std::optional<Latest>(Latest{m.event_date, m.reported_at, *m.claim,
                                                        m.actor_side.value_or("")}));

    DateWindow w = window_of(m);
    EventKey key{*m.place_id, *m.claim, m.actor_side.value_or(""), std::move(w.label)};
    EventAgg& e = impl_->events[std::move(key)];
    e.window = w.kind;
    e.window_date = w.date;

    const std::uint64_t sh = m.sentence.empty() ? fnv1a("@" + std::to_string(m.char_start))
                                                : sentence_hash(m.sentence);
    const auto score = static_cast<std::int64_t>(std::llround(std::clamp(m.resolution_score, 0.0, 1.0) * 1e6));
    auto [it, inserted] = e.reports.emplace(std::pair{m.doc, sh}, score);
    if (!inserted) it->second = std::max(it->second, score);

    const std::uint8_t bit = status_bit(m.status);
    e.status_bits |= bit;
    if (w.kind == Window::day && m.date_precision.value_or("day") != "report_day") e.any_day_precision = true;
    keep_min(e.first, m.reported_at);
    keep_max(e.last, m.reported_at);
    if (m.claimant && !m.claimant->empty()) e.claimants.insert(*m.claimant);
    e.sources.insert(m.doc);
    keep_min(e.quote, std::optional<Quote>(Quote{bit == st_asserted ? 0 : 1, m.reported_at, m.doc, m.sentence}));
}

void EventBuilder::add(const std::vector<Mention>& mentions) {
    for (const auto& m : mentions) add(m);
}

void EventBuilder::merge(const EventBuilder& other) {
    if (&other == this) return;
    for (const auto& [k, v] : other.impl_->events) impl_->events[k].merge(v);
    for (const auto& [k, v] : other.impl_->places) impl_->places[k].merge(v);
}

std::vector<Event> EventBuilder::events() const {
    const auto cluster_of = impl_->clusters();

    // Re-key every aggregate by its cluster representative and fold.
    std::map<EventKey, EventAgg> merged;
    std::map<EventKey, std::set<std::string>> members;
    for (const auto& [key, agg] : impl_->events) {
        EventKey k = key;
        if (auto it = cluster_of.find(key.place_id); it != cluster_of.end()) k.place_id = it->second;
        members[k].insert(key.place_id);
        auto [slot, inserted] = merged.emplace(k, agg);
        if (!inserted) slot->second.merge(agg);
    }

    // A report that names no side joins the event of the same place, claim
    // and date whose side is known (DeepState's map update and the ministry's
    // claim are one capture); with several known sides, the most reported.
    {
        using Group = std::tuple<std::string, std::string, std::string>;  // place, claim, window
        std::map<Group, std::map<EventKey, EventAgg>::iterator> known;
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            if (it->first.actor_side.empty()) continue;
            auto [slot, inserted] = known.try_emplace(Group{it->first.place_id, it->first.claim, it->first.window}, it);
            if (!inserted && it->second.reports.size() > slot->second->second.reports.size()) slot->second = it;
        }
        for (auto it = merged.begin(); it != merged.end();) {
            auto target = it->first.actor_side.empty()
                              ? known.find(Group{it->first.place_id, it->first.claim, it->first.window})
                              : known.end();
            if (target == known.end()) {
                ++it;
                continue;
            }
            target->second->second.merge(it->second);
            for (const auto& id : members[it->first]) members[target->second->first].insert(id);
            it = merged.erase(it);
        }
    }

    std::vector<Event> out;
    out.reserve(merged.size());
    for (const auto& [key, agg] : merged) {
        Event e;
        e.event_id = make_event_id(key.place_id, key.claim, key.actor_side, key.window);
        e.place_id = key.place_id;
        const auto pit = impl_->places.find(key.place_id);
        if (pit != impl_->places.end()) {
            e.place_name = pit->second.name.value_or("");
            if (pit->second.latlon) std::tie(e.lat, e.lon) = *pit->second.latlon;
        }
        const auto& ids = members[key];
        e.place_ids.assign(ids.begin(), ids.end());
        e.claim = key.claim;
        if (!key.actor_side.empty()) e.actor_side = key.actor_side;
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
        e.n_reports = static_cast<std::int64_t>(agg.reports.size());
        e.claimants.assign(agg.claimants.begin(), agg.claimants.end());
        e.sources.assign(agg.sources.begin(), agg.sources.end());
        if (agg.quote) e.quote = agg.quote->sentence;

        std::int64_t score_sum = 0;
        for (const auto& [r, s] : agg.reports) score_sum += s;
        const double mean_res = agg.reports.empty() ? 0.0 : double(score_sum) / 1e6 / double(agg.reports.size());
        const double corroboration = 1.0 - 0.4 * std::pow(0.5, double(std::max<std::int64_t>(e.n_reports, 1) - 1));
        const double c = status_weight(e.status) * corroboration * (0.5 + 0.5 * mean_res);
        e.confidence = std::round(std::clamp(c, 0.0, 1.0) * 1000.0) / 1000.0;
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) {
        if (a.event_date.has_value() != b.event_date.has_value()) return a.event_date.has_value();
        if (a.event_date && *a.event_date != *b.event_date) return *a.event_date < *b.event_date;
        const std::string as = a.actor_side.value_or(""), bs = b.actor_side.value_or("");
        return std::tie(a.place_id, a.claim, as, a.event_id) < std::tie(b.place_id, b.claim, bs, b.event_id);
    });
    return out;
}

std::vector<PlaceSummary> EventBuilder::places() const {
    std::vector<PlaceSummary> out;
    out.reserve(impl_->places.size());
    for (const auto& [id, p] : impl_->places) {
        PlaceSummary s;
        s.place_id = id;
        s.place_name = p.name.value_or("");
        s.kind = p.kind;
        s.country = p.country;
        s.admin1 = p.admin1;
        if (p.latlon) std::tie(s.lat, s.lon) = *p.latlon;
        s.n_mentions = p.n_mentions;
        s.n_documents = static_cast<std::int64_t>(p.docs.size());
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
    return out;  // std::map order: sorted by place_id
}

std::string to_json_array(const std::vector<std::string>& values) {
    nlohmann::json j = nlohmann::json::array();
    for (const auto& v : values) j.push_back(v);
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace frontline
