#pragma once
// EventBuilder: merges claims on mentions into events (the `events` layer) and
// summarises every place mentioned (the `places` layer); DESIGN.md, "Claims"
// and "Output contract".
//
// Streaming: add() each Mention as its document is processed; the builder
// keeps one small aggregate per (place, claim, actor side, date window) and
// per place, never the mentions themselves. What grows with the text read
// (a record per report and per place and document, the document ids) is kept
// in memory up to a few MB and spilled to temporary files in $TMPDIR beyond
// that, so memory stays flat however long the run; documents are told apart
// by a 64-bit hash of their id. events() and places() may be
// called at any time and do not change the builder. Output depends only on
// the SET of mentions added, never on their order (documents may arrive in
// any order, from any number of workers combined with merge()).
//
// Which mentions become events: a resolved place (place_id, and lat, lon
// unless it is a region), a claim, a modality that is on the map (reported;
// a missing modality counts as reported; forecast, hypothetical and
// counterfactual are kept out), not boilerplate, and a place that is not a
// country nor a direction ("the Pokrovsk direction" is an axis, not the town).
//
// Merging: two claims are one event when they have
//   - the same place: the same place_id, or places of the same kind within
//     EventBuilderOptions::merge_km whose folded names differ by at most a
//     quarter of their letters (GeoNames duplicates: Kurakhovo/Kurakhove,
//     Chasov Yar/Chasiv Yar). Such places form a cluster (single linkage);
//     the cluster is represented by its lexicographically smallest place_id,
//     whose name and coordinates the event carries;
//   - the same claim and the same actor_side (a missing side is its own value);
//   - the same date window, from date_precision:
//       day, report_day -> the same calendar day (they merge with each other)
//       week            -> the same ISO week (event_date = its Monday)
//       month           -> the same month (event_date = the 1st)
//       unknown, or no event_date -> one window per place/claim/side
//                          (event_date null)
//     A missing date_precision with an event_date counts as "day".
//
// event_id: 16 lower-case hex digits, the 64-bit FNV-1a hash (followed by the
// splitmix64 finaliser) of the UTF-8 string
//     "<place_id>|<claim>|<actor_side>|<window>"
// where place_id is the cluster's id, actor_side is "" when missing, and
// window is "YYYY-MM-DD" (day), "YYYY-Www" (ISO week), "YYYY-MM" (month) or
// "unknown". It depends on nothing else: the same event gets the same id in
// every run, on every machine, whatever the input order (PostGIS upserts on
// it). It changes only if the cluster's smallest place_id changes, i.e. when a
// new duplicate with a smaller id joins the cluster.
//
// Per event:
//   n_reports   distinct (doc, sentence text) pairs: one sentence repeated
//               verbatim in three documents is three reports; one sentence
//               naming the place twice is one. Whitespace runs are folded.
//   status      reports that support the claim (asserted, hedged) and
//               reports that contradict it (disputed, denied; the table
//               claim_statuses in claim_vocabulary.hpp):
//                 support and contradiction both present -> "disputed"
//                 else any asserted -> "asserted"; else any hedged -> "hedged"
//                 else any disputed -> "disputed"; else "denied".
//               A missing status counts as "asserted".
//   date_precision  the finest precision among the reports in the window
//               ("day" beats "report_day").
//   first_reported / last_reported  min / max of reported_at (null if none).
//   claimants, sources  sorted distinct claimant names / report links (the
//               document's url; its id when it has none).
//   kind, geo_precision  the place's kind; region for admin areas and
//               regions, else exact unless every report is "near" (an offset).
//   quote       the sentence of the first asserted report (earliest
//               reported_at; ties by doc, then sentence); if none is asserted,
//               the first report of any status.
//   confidence  w(status) * corroboration(n) * (0.5 + 0.5 * mean resolution),
//               w: asserted 1.0, hedged 0.7, disputed 0.5, denied 0.2
//               (ClaimStatusInfo::confidence_weight);
//               corroboration(n) = 1 - 0.4 * 0.5^(n-1)  (0.6, 0.8, 0.9, ...);
//               mean resolution over reports (each report's best
//               resolution_score, clamped to 0..1). Rounded to 3 decimals.
//
// Places (one per place_id, no clustering; boilerplate mentions not counted):
// n_mentions (mentions added), n_documents (distinct docs), first/last
// mentioned (min/max reported_at), and the latest claim: among event-worthy
// mentions whose status is not "denied", the one with the greatest
// (event_date, reported_at, claim, actor_side), missing values lowest.
//
// Thread safety: none; the const members sort the spilled records in place
// (without changing them), so they too must not run concurrently.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frontline/mention.hpp"
#include "frontline/spill/external_sort.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// One feature of the `events` layer.
struct Event {
    std::string event_id;
    std::string place_id;                ///< the cluster's representative id
    std::string place_name;
    std::vector<std::string> place_ids;  ///< every gazetteer id merged (sorted)
    std::optional<PlaceKind> kind;       ///< the place's kind
    /// exact or near: a point; region: an admin area or region, drawn as its
    /// outline (the `regions` layer) and never as a point or as control.
    GeoPrecision geo_precision = GeoPrecision::exact;
    ClaimType claim = ClaimType::captured;
    std::optional<std::string> actor_side;
    ClaimStatus status = ClaimStatus::asserted;
    std::optional<Date> event_date;
    DatePrecision date_precision = DatePrecision::unknown;
    std::optional<Timestamp> first_reported, last_reported;
    std::int64_t n_reports = 0;
    std::vector<std::string> claimants;  ///< sorted, distinct
    std::vector<std::string> sources;    ///< sorted, distinct report links (the doc id where a report has none)
    std::string quote;
    double confidence = 0;
    double lat = 0, lon = 0;
};

/// One feature of the `places` layer.
struct PlaceSummary {
    std::string place_id;
    std::string place_name;
    std::optional<PlaceKind> kind;
    std::optional<std::string> country, admin1;
    double lat = 0, lon = 0;
    std::int64_t n_mentions = 0;
    std::int64_t n_documents = 0;
    std::optional<ClaimType> latest_claim;
    std::optional<std::string> latest_actor_side;
    std::optional<Date> latest_event_date;
    std::optional<Timestamp> first_mentioned, last_mentioned;
};

struct EventBuilderOptions {
    /// Places of the same kind and similar names closer than this are one
    /// place for merging (GeoNames duplicates). 0 disables clustering.
    double merge_km = 3.0;
    /// Require similar folded names as well as proximity (see above).
    bool require_similar_names = true;
    /// How much of the per-report records is held in memory before it is
    /// spilled to disk (tests make it tiny to exercise the spilling).
    /// Up to four such sorters are alive at once, so the buffers are small;
    /// a 1 GB input then merges in a few passes, a small part of the run time.
    ExternalSortLimits spill = {512u << 10, 8u << 10, 64};
};

class EventBuilder {
public:
    explicit EventBuilder(EventBuilderOptions options = {});
    ~EventBuilder();
    EventBuilder(EventBuilder&&) noexcept;
    EventBuilder& operator=(EventBuilder&&) noexcept;
    EventBuilder(const EventBuilder&) = delete;
    EventBuilder& operator=(const EventBuilder&) = delete;

    /// Takes one mention into account. Unresolved mentions are ignored;
    /// resolved ones count for `places`; event-worthy ones also for `events`.
    /// Adding the same mention twice counts it once in events (same report)
    /// but twice in places' n_mentions.
    void add(const Mention& mention);
    void add(const std::vector<Mention>& mentions);

    /// Folds another builder's aggregates into this one (parallel workers):
    /// the result is as if every mention had been added here.
    void merge(const EventBuilder& other);

    /// Events sorted by event_date (null last), place_id, claim, actor_side.
    std::vector<Event> events() const;
    /// The same events, in the same order, handed over one at a time, so a
    /// caller that writes them need not hold them all.
    void for_each_event(const std::function<void(Event&&)>& sink) const;
    /// Places sorted by place_id.
    std::vector<PlaceSummary> places() const;

    // ---- places kept as aggregates (a scheduled run, issue #17) -------------
    // A place's summary is a fold of its mentions (minimum name, kind and
    // point, counts, first and last, latest claim), so it can be kept and
    // added to: a builder given a place's aggregate and new mentions makes
    // the summary a builder of all of them would, provided the new mentions
    // are of documents (ids) the aggregate does not count yet.

    /// Each place's aggregate as text (JSON), (place_id, text) sorted by place_id.
    std::vector<std::pair<std::string, std::string>> place_aggregates() const;
    /// Folds in a place's aggregate (a text of place_aggregates()), as if its
    /// mentions had been added (for places(), not events). Throws Error on a
    /// malformed text.
    void add_place_aggregate(const std::string& place_id, std::string_view text);

    /// Whether a mention would become (part of) an event.
    static bool is_event_worthy(const Mention& mention);

    // ---- rebuilding some events only (a scheduled run, issue #17) -----------
    // The events of a cluster, claim and date window depend only on the
    // mentions of that cluster, claim and window, whatever their side; and
    // on which places have events at all, since those link places into
    // clusters. A builder given exactly those mentions, and told the places
    // with events elsewhere, makes those events as a builder of every
    // mention would.

    /// "<claim>|<window>" of an event-worthy mention (window as in event_id),
    /// "" for any other mention: the mentions of one event share it.
    static std::string window_key(const Mention& mention);
    /// Counts the mention's place as one that has events, for merging places
    /// only: it links clusters as the place's events would, but makes no
    /// event and no place summary. Mentions that cannot be events are ignored.
    void add_cluster_place(const Mention& mention);
    /// The places that merge (see "Merging"), each group sorted by place_id;
    /// places with events or added by add_cluster_place, groups of one left out.
    std::vector<std::vector<std::string>> place_clusters() const;

    /// The event_id derivation (see above) from its parts; `window` is
    /// "YYYY-MM-DD", "YYYY-Www", "YYYY-MM" or "unknown".
    static std::string make_event_id(std::string_view place_id, std::string_view claim,
                                     std::string_view actor_side, std::string_view window);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// A JSON array of strings (`["a","b"]`), as written in `claimants`/`sources`.
std::string to_json_array(const std::vector<std::string>& values);

}  // namespace frontline
