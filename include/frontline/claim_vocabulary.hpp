#pragma once
// The claim vocabulary of DESIGN.md ("Claims"): what is claimed (ClaimType),
// how firmly (ClaimStatus), whether it is reported at all (Modality) and how
// precisely it is dated (DatePrecision). Each is an enum class with one table
// beside it that says everything the rest of frontline needs to know about a
// value: the label written in layers and lexicons, the legend and colour of
// the QGIS styles, what it does to control areas and to an event's status
// and confidence. Adding a value is one edit here that the compiler then
// follows everywhere (a switch without it warns).
//
// Labels are parsed once, where text enters: lexicon files when loaded (an
// unknown label is a load error naming file and line), layers and the update
// state when read. Everything in between holds the enums.
//
// Outputs sort by label (as they did when claims were strings), never by
// enum value: label_less() gives that order.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace frontline {

// ---- claim type --------------------------------------------------------------

enum class ClaimType : std::uint8_t { captured, advanced, attacked, struck, withdrew, deployed };

/// What a claim says about control of its place (derive/control.hpp).
enum class ControlEffect : std::uint8_t {
    none,         ///< says nothing about who holds it (attacked, struck, deployed)
    actor_gains,  ///< the actor's side holds it afterwards (captured, advanced)
    actor_cedes,  ///< the actor's side gave it up to its opponent (withdrew)
};

struct ClaimTypeInfo {
    ClaimType value;
    std::string_view label;   ///< in layers, lexicons and the update state
    std::string_view legend;  ///< the legend line a reader of the map sees
    std::string_view colour;  ///< "r,g,b" of the QGIS style
    ControlEffect control;
    /// Which claim wins where several claim one place in the same window:
    /// higher wins (captured 3 > withdrew 2 > advanced 1); 0 for no effect.
    int control_rank;
};

/// In the order of DESIGN.md's table, which is also the legend's order.
inline constexpr ClaimTypeInfo claim_types[] = {
    {ClaimType::captured, "captured", "Captured (took control)", "215,25,28", ControlEffect::actor_gains, 3},
    {ClaimType::advanced, "advanced", "Advanced (gained ground)", "253,141,60", ControlEffect::actor_gains, 1},
    {ClaimType::attacked, "attacked", "Attacked (assaults, fighting)", "230,200,30", ControlEffect::none, 0},
    {ClaimType::struck, "struck", "Struck (missile, drone, shelling)", "123,50,148", ControlEffect::none, 0},
    {ClaimType::withdrew, "withdrew", "Withdrew (retreated)", "44,123,182", ControlEffect::actor_cedes, 2},
    {ClaimType::deployed, "deployed", "Deployed (troops present)", "26,150,65", ControlEffect::none, 0},
};

// ---- status ------------------------------------------------------------------

enum class ClaimStatus : std::uint8_t { asserted, hedged, disputed, denied };

/// Whether events of a status count towards control areas.
enum class ControlCount : std::uint8_t {
    always,
    if_disputed_included,  ///< DeriveOptions::include_disputed
    never,
};

struct ClaimStatusInfo {
    ClaimStatus value;
    std::string_view label;
    /// Supports the claim (asserted, hedged) or contradicts it (disputed,
    /// denied); an event with both kinds of report is disputed.
    bool supports;
    /// Factor of an event's confidence (events/event_builder.hpp).
    double confidence_weight;
    ControlCount control;
};

/// In the order an event's status prefers them when no report contradicts
/// another: any asserted report makes it asserted, else any hedged, ...
inline constexpr ClaimStatusInfo claim_statuses[] = {
    {ClaimStatus::asserted, "asserted", true, 1.0, ControlCount::always},
    {ClaimStatus::hedged, "hedged", true, 0.7, ControlCount::always},
    {ClaimStatus::disputed, "disputed", false, 0.5, ControlCount::if_disputed_included},
    {ClaimStatus::denied, "denied", false, 0.2, ControlCount::never},
};

// ---- modality ----------------------------------------------------------------

enum class Modality : std::uint8_t { reported, forecast, hypothetical, counterfactual };

struct ModalityInfo {
    Modality value;
    std::string_view label;
    /// Only what is reported to have happened becomes an event; forecasts,
    /// hypotheses and counterfactuals stay in the mentions layer.
    bool on_map;
};

inline constexpr ModalityInfo modalities[] = {
    {Modality::reported, "reported", true},
    {Modality::forecast, "forecast", false},
    {Modality::hypothetical, "hypothetical", false},
    {Modality::counterfactual, "counterfactual", false},
};

// ---- date precision ------------------------------------------------------------

enum class DatePrecision : std::uint8_t { day, report_day, week, month, unknown };

/// The span of days an event date of a precision stands for: events merge
/// the claims about a place whose dates fall in the same span.
enum class DateSpan : std::uint8_t { day, week, month, none };

struct DatePrecisionInfo {
    DatePrecision value;
    std::string_view label;
    DateSpan span;
};

inline constexpr DatePrecisionInfo date_precisions[] = {
    {DatePrecision::day, "day", DateSpan::day},
    {DatePrecision::report_day, "report_day", DateSpan::day},
    {DatePrecision::week, "week", DateSpan::week},
    {DatePrecision::month, "month", DateSpan::month},
    {DatePrecision::unknown, "unknown", DateSpan::none},
};

// ---- lookups -------------------------------------------------------------------

constexpr const ClaimTypeInfo& info(ClaimType v) { return claim_types[static_cast<std::size_t>(v)]; }
constexpr const ClaimStatusInfo& info(ClaimStatus v) { return claim_statuses[static_cast<std::size_t>(v)]; }
constexpr const ModalityInfo& info(Modality v) { return modalities[static_cast<std::size_t>(v)]; }
constexpr const DatePrecisionInfo& info(DatePrecision v) { return date_precisions[static_cast<std::size_t>(v)]; }

constexpr std::string_view to_string(ClaimType v) { return info(v).label; }
constexpr std::string_view to_string(ClaimStatus v) { return info(v).label; }
constexpr std::string_view to_string(Modality v) { return info(v).label; }
constexpr std::string_view to_string(DatePrecision v) { return info(v).label; }

/// The value with this label, or nullopt.
std::optional<ClaimType> parse_claim_type(std::string_view label);
std::optional<ClaimStatus> parse_claim_status(std::string_view label);
std::optional<Modality> parse_modality(std::string_view label);
std::optional<DatePrecision> parse_date_precision(std::string_view label);

/// The value with this label; throws frontline::Error "unknown claim type
/// 'capturd' (captured, advanced, ...)" for any other text. Callers that know
/// the file and line rethrow it as an InputError there.
ClaimType claim_type_from(std::string_view label);
ClaimStatus claim_status_from(std::string_view label);
Modality modality_from(std::string_view label);
DatePrecision date_precision_from(std::string_view label);

/// Order by label: the order of the layers, which sorted claims as text.
template <class Vocabulary>
constexpr bool label_less(Vocabulary a, Vocabulary b) {
    return to_string(a) < to_string(b);
}

/// Labels in test failures and logs.
std::ostream& operator<<(std::ostream& out, ClaimType v);
std::ostream& operator<<(std::ostream& out, ClaimStatus v);
std::ostream& operator<<(std::ostream& out, Modality v);
std::ostream& operator<<(std::ostream& out, DatePrecision v);

// Each table lists its values once, in enum order: info() indexes it.
namespace detail {
template <class Table, std::size_t N>
constexpr bool in_enum_order(const Table (&table)[N]) {
    for (std::size_t i = 0; i < N; ++i)
        if (static_cast<std::size_t>(table[i].value) != i) return false;
    return true;
}
}  // namespace detail
static_assert(detail::in_enum_order(claim_types) && std::size(claim_types) == 6);
static_assert(detail::in_enum_order(claim_statuses) && std::size(claim_statuses) == 4);
static_assert(detail::in_enum_order(modalities) && std::size(modalities) == 4);
static_assert(detail::in_enum_order(date_precisions) && std::size(date_precisions) == 5);

}  // namespace frontline
