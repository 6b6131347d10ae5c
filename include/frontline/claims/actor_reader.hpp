#pragma once
// Who carried out an event, and on which side: the forces a sentence names
// around its event word ("Russian troops captured", "Ukraine's incursion",
// "Russia moved 10,000 troops"), turned by what the words say of them (a
// passive's subject and a strike's target are what the event befell;
// repelling, holding and stopping are the defenders' side of the other's
// attack; a side driven out lost the place); and, where none is named, the
// side the place, the date, a liberation's announcer or the report make likely.
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "frontline/claims/phrase_list.hpp"
#include "frontline/claims/report_perspective.hpp"
#include "frontline/claims/sentence_reading.hpp"
#include "frontline/mention.hpp"

namespace frontline {

/// The event a mention's claim rests on.
struct EventAt {
    const Trigger* basis;                ///< its event word, or null (an event of the sentence before)
    std::size_t anchor;                  ///< where the event is read from: the event word, else the name
    std::size_t name_first, name_last;   ///< the name's tokens
    /// The side that held the place's district on the event's day
    /// (held_areas.tsv), if known: the likely target of a strike there.
    std::optional<std::string_view> district_holder = std::nullopt;
};

class ActorReader {
public:
    /// `actors`: side words (actors.tsv); `triggers`: event words.
    ActorReader(const PhraseList& actors, const PhraseList& triggers) : actors_(actors), triggers_(triggers) {}

    /// Fills m.actor and m.actor_side from the sides the sentence names
    /// (`actors`: its forces; `sources`: its claimants, who speak rather
    /// than act). Returns whether the side was named relative to the report
    /// ("the enemy", "ours").
    bool read(const SentenceTokens& s, const EventAt& e, const std::vector<ActorPhrase>& actors,
              const std::vector<PhraseMatch>& sources, ReportPerspective& perspective, Mention& m) const;

    /// Where no side is named, or only one relative to a report whose side
    /// no words show: the side taking a place back, the side whose weapon
    /// struck, the side geography makes
    /// likely (claims/side_by_geography.hpp), a liberation's announcer's or
    /// the report's. Needs m.claim, m.country, m.event_date and m.claimant_side;
    /// `command_claimant`: m.claimant speaks as a command (claimants.tsv's voice);
    /// `weapons`: the sentence's weapons only one side fires (weapons.tsv).
    void likely_side(const SentenceTokens& s, const EventAt& e, bool command_claimant, ReportPerspective& perspective,
                     bool relative, const std::vector<PhraseMatch>& weapons, Mention& m) const;

private:
    const PhraseList& actors_;
    const PhraseList& triggers_;
};

}  // namespace frontline
