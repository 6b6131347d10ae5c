#pragma once
// A recognised place mention with its resolution and claim, as it passes
// between the stages. Its output record (the `mentions` layer's fields) is
// listed once, in output/mention_record.hpp; what explain shows beyond it is kept
// apart in MentionEvidence.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/gazetteer/place.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// One scored candidate place for a mention, with the evidence that scored it.
struct Candidate {
    std::uint32_t place = 0;     ///< index into the Gazetteer
    double score = 0;
    std::vector<std::string> evidence;  ///< human-readable reasons, "+0.30 oblast named: Donetsk Oblast"
};

/// How precisely a mention locates what it speaks of: a point (exact), a
/// point and an offset ("10 km east of X": near), an area (region, country),
/// or an axis named after a town ("the Pokrovsk direction": direction, which
/// is no claim about the town itself). Only exact and near are points on a map.
enum class GeoPrecision : std::uint8_t { exact, near, region, country, unknown, direction };
std::string_view to_string(GeoPrecision p);
/// The value named by to_string(); unknown for any other text.
GeoPrecision parse_geo_precision(std::string_view s);
/// Whether a claim of this precision is about a point (exact, near; unknown,
/// as records written before precisions existed read): only such claims
/// become points of the events layer and settlement control.
bool is_point_precision(GeoPrecision p);
/// The precision a place of this kind gives a mention naming it plainly.
GeoPrecision precision_of_kind(PlaceKind kind);

/// How a mention was read, for `frontline explain`; not part of the record.
struct MentionEvidence {
    std::vector<Candidate> candidates;  ///< best first; filled by Pipeline::process_detailed() only
    std::string claim_basis;            ///< the trigger words
    std::string date_basis;             ///< the words that dated it
    std::string actor_basis;            ///< why the side is what it is, when no words name it
};

struct Mention {
    std::string mention_id;      ///< stable: derived from doc and offsets
    std::string doc;
    std::optional<std::string> url;  ///< the report's link (JSONL url, HTML canonical URL, feed item link)
    std::int64_t char_start = 0; ///< Unicode code points into the document text
    std::int64_t char_end = 0;
    std::size_t byte_start = 0;  ///< same span in bytes (not written)
    std::size_t byte_end = 0;
    std::string surface;

    // Resolution
    std::optional<std::string> place_id;
    std::optional<std::string> place_name;
    std::optional<PlaceKind> kind;
    std::optional<std::string> country;
    std::optional<std::string> admin1;
    std::optional<double> lat, lon;
    double resolution_score = 0;
    GeoPrecision geo_precision = GeoPrecision::unknown;

    // Claim (filled by the claim extractor; empty until then)
    std::optional<ClaimType> claim;
    std::optional<std::string> actor, actor_side;
    std::optional<std::string> claimant, claimant_side;
    std::optional<ClaimStatus> status;
    std::optional<Modality> modality;
    std::optional<Date> event_date;
    std::optional<DatePrecision> date_precision;
    std::optional<std::int64_t> quantity;
    std::optional<Timestamp> reported_at;

    std::string sentence;
    bool boilerplate = false;  ///< in site chrome: counted nowhere (not a layer field)

    MentionEvidence evidence;
};

}  // namespace frontline
