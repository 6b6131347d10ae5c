#pragma once
// What EventBuilder keeps per event and per place, and the fixed-size
// records it spills: reports and (place, document) pairs. Private to
// EventBuilder.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "event_keys.hpp"
#include "frontline/mention.hpp"
#include "frontline/time.hpp"

namespace frontline::events_detail {

// ---- status ----------------------------------------------------------------

// A set of statuses as bits, one per ClaimStatus (1 << value).
inline std::uint8_t status_bit(const std::optional<ClaimStatus>& s) {
    return static_cast<std::uint8_t>(1u << static_cast<unsigned>(s.value_or(ClaimStatus::asserted)));
}
constexpr std::uint8_t st_asserted = 1u << static_cast<unsigned>(ClaimStatus::asserted);

/// Supporting and contradicting reports together make an event disputed;
/// else the first status of the table's order that any report has.
inline ClaimStatus status_of(std::uint8_t bits) {
    bool support = false, contra = false;
    for (const ClaimStatusInfo& s : claim_statuses)
        if (bits & status_bit(s.value)) (s.supports ? support : contra) = true;
    if (support && contra) return ClaimStatus::disputed;
    for (const ClaimStatusInfo& s : claim_statuses)
        if (bits & status_bit(s.value)) return s.value;
    return ClaimStatus::denied;
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
// A builder may see millions of mentions. What stays in memory grows with the
// events and places found, not with the text read: interned strings (indexes
// into a pool) and one small aggregate per event and per place. What grows
// with the text (one record per report, one per place and document, every
// document id) goes through ExternalSorter and StringLog, which keep it in
// memory up to a bound and on disk beyond it.

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

/// The quote chosen so far: the smallest (rank, reported_at, doc, sentence)
/// wins, so the choice does not depend on input order. Its texts live in the
/// builder's StringLogs; they are read back only to break a tie.
struct Quote {
    std::int64_t reported_at;   ///< seconds; missing as INT64_MAX, so it sorts last
    std::uint64_t doc_ref;      ///< in Impl::doc_names
    std::uint64_t sentence_ref; ///< in Impl::quote_texts
    std::uint8_t rank;          ///< 0 asserted, 1 otherwise
};

// Timestamps as seconds in the per-event aggregates, missing as a sentinel:
// an optional<Timestamp> takes twice the room.
constexpr std::int64_t no_time_min = INT64_MAX, no_time_max = INT64_MIN;

inline std::int64_t seconds_or(const std::optional<Timestamp>& t, std::int64_t missing) {
    return t ? t->time_since_epoch().count() : missing;
}
inline std::optional<Timestamp> timestamp_of(std::int64_t seconds, std::int64_t missing) {
    if (seconds == missing) return std::nullopt;
    return Timestamp{std::chrono::seconds{seconds}};
}

/// Compares (rank, at) with a quote's: <0 before it, >0 after it, 0 a tie
/// to be broken by the texts.
inline int compare_quote_time(int rank, std::int64_t at, const Quote& o) {
    if (rank != o.rank) return rank < o.rank ? -1 : 1;
    if (at != o.reported_at) return at < o.reported_at ? -1 : 1;
    return 0;
}

/// Identity of a document id: reports and documents are told apart by this
/// 64-bit hash rather than by the string, which only StringLog keeps.
inline std::uint64_t doc_hash(std::string_view doc) { return splitmix_final(fnv1a(doc)); }

/// One report of an event: a sentence of a document, with its resolution score.
struct ReportRecord {
    std::uint32_t event;     ///< the event's index; while grouping, the group's
    std::int32_t score;      ///< resolution score in micro-units
    std::uint64_t doc_hash;
    std::uint64_t sentence;  ///< sentence_hash()
    std::uint64_t doc_ref;   ///< the document id in the builder's StringLog
};

/// By event, document and sentence; the best score first among repeats.
struct ReportOrder {
    bool operator()(const ReportRecord& a, const ReportRecord& b) const {
        return std::tie(a.event, a.doc_hash, a.sentence, b.score) < std::tie(b.event, b.doc_hash, b.sentence, a.score);
    }
};

inline bool same_report(const ReportRecord& a, const ReportRecord& b) {
    return a.event == b.event && a.doc_hash == b.doc_hash && a.sentence == b.sentence;
}

/// A place named in a document, for the place's n_documents.
struct PlaceDocRecord {
    std::uint32_t place;
    std::uint32_t unused = 0;
    std::uint64_t doc_hash;
};

struct PlaceDocOrder {
    bool operator()(const PlaceDocRecord& a, const PlaceDocRecord& b) const {
        return std::tie(a.place, a.doc_hash) < std::tie(b.place, b.doc_hash);
    }
};

constexpr std::uint32_t no_link = static_cast<std::uint32_t>(-1);

/// What an event gathers besides its reports. There is one per event in
/// memory, so it is kept small: the window is in the event's key, times are
/// plain seconds, claimants are a list in Impl::claimant_links.
struct EventAgg {
    std::int64_t first = no_time_min, last = no_time_max;  ///< reported_at range
    std::optional<Quote> quote;
    std::uint32_t claimants = no_link;  ///< the first of the event's claimant links
    std::uint8_t status_bits = 0;
    std::uint8_t precision_bits = 0;  ///< one bit per GeoPrecision of its reports
    bool any_day_precision = false;  ///< "day" (vs report_day) seen in a day window

    void add_time(std::int64_t t) {  // both sentinels leave the range as it is
        if (t != no_time_min && t != no_time_max) {
            first = std::min(first, t);
            last = std::max(last, t);
        }
    }
    /// Folds in `o`'s statuses, precision and times (not its quote or
    /// claimants, which need the builder's logs and links).
    void fold_plain(const EventAgg& o) {
        status_bits |= o.status_bits;
        precision_bits |= o.precision_bits;
        any_day_precision = any_day_precision || o.any_day_precision;
        add_time(o.first);
        add_time(o.last);
    }
};

// Millions of events may be held at once: keep an aggregate to a cache line.
static_assert(sizeof(EventAgg) <= 64, "EventAgg grew past 64 bytes");

/// A claim in a place's latest-claim order, which compares labels.
struct ClaimByLabel {
    ClaimType value;
    bool operator<(const ClaimByLabel& o) const { return label_less(value, o.value); }
};

using Latest = std::tuple<std::optional<Date>, std::optional<Timestamp>, ClaimByLabel, std::string>;

struct PlaceAgg {
    std::optional<std::string> name;
    std::optional<PlaceKind> kind;
    std::optional<std::string> country, admin1;
    std::optional<std::pair<double, double>> latlon;
    std::int64_t n_mentions = 0;
    std::optional<std::uint64_t> last_doc;  ///< a document's mentions come together: record it once
    std::optional<Timestamp> first, last;
    std::optional<Latest> latest;
};

}  // namespace frontline::events_detail
