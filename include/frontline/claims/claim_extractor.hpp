#pragma once
// Attaches claims to mentions: what happened at the place (captured,
// advanced, attacked, struck, withdrew, deployed), who did it, who says so,
// how firmly (asserted, hedged, disputed, denied), whether it is reported
// at all or only forecast, hypothetical or counterfactual, and when.
//
// Rules find the evidence in each sentence: trigger words from
// data/lexicon/claims/ in English, Ukrainian and Russian (Cyrillic ones
// through their dictionary forms, text/morphology.hpp), the role of each
// place (locus after a locative word or as the object or subject of a
// trigger; actor when possessive; speaker when an attribution verb follows;
// container when a more specific place inside it is named), weapons, modal
// and hedge words, and the events of the sentence before. A trained linear
// model (claims/claim_model.hpp) weighs that evidence into the claim.
// Dates are resolved against the entry's timestamp or the report's date.
// Immutable after loading; annotate() is const and thread-safe.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/claims/claim_model.hpp"
#include "frontline/claims/ground_war.hpp"
#include "frontline/claims/held_areas.hpp"
#include "frontline/claim_vocabulary.hpp"
#include "frontline/claims/phrase_list.hpp"
#include "frontline/claims/sentence_reading.hpp"
#include "frontline/document/document.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/mention.hpp"
#include "frontline/recognize/recognizer.hpp"
#include "frontline/text/morphology.hpp"

namespace frontline {

/// How the claim of one mention was read, for explain and for training.
struct ClaimTrace {
    std::vector<std::string> features;  ///< the model's features; empty where no event word was near
    std::string verdict;                ///< why the claim is what it is
    std::optional<double> probability;  ///< the model's probability that the rules' claim is right
};

/// An event word in a sentence that names no place (for explain).
struct UnplacedEvent {
    std::size_t sentence = 0;
    std::string words;
};

class ClaimExtractor {
public:
    /// Loads the lexicons from `dir` (default: data_path("lexicon/claims")).
    /// Throws Error/InputError naming a missing file or a malformed line.
    static ClaimExtractor load(const std::filesystem::path& dir);
    static ClaimExtractor load_default();

    /// Fills the claim fields of `mentions` (one document's, in text order,
    /// with `names[i]` the recognised name of `mentions[i]`). With
    /// `traces`, also how each claim was read (explain; training:
    /// scripts/train-claim-model).
    void annotate(const Document& doc, const std::vector<Token>& tokens, const std::vector<RecognizedName>& names,
                  const Gazetteer& gazetteer, std::vector<Mention>& mentions,
                  std::vector<ClaimTrace>* traces = nullptr) const;

    /// Event words of sentences that name no place: what a map of the
    /// report misses (explain). Slower than annotate(): every sentence is read.
    std::vector<UnplacedEvent> events_without_place(const Document& doc, const std::vector<Token>& tokens,
                                                    const std::vector<RecognizedName>& names) const;

    const ClaimModel& model() const { return model_; }

    /// Starts loading the dictionaries a text with Cyrillic words needs, in
    /// the background (Lemmatizer::preload).
    void prepare(std::string_view text) const { lemmatizer_->preload(text); }

private:
    /// How a mention was dated: from another sentence (a neighbour, a
    /// list's opening line), in a headline, by a summary's span.
    struct DateFacts {
        bool borrowed = false;
        bool headline = false;
        bool span = false;
        bool as_time = false;  // the event names the time of another clause: "following the fall of X"
    };
    /// A claim dated only by the report's day takes the day the report gives
    /// the same event at the same place elsewhere, a few days before.
    static void date_from_the_same_event(const Document& doc, const std::vector<DateFacts>& facts, std::vector<Mention>& mentions);
    /// A table row's location cell takes the claim of its place named again in a later cell.
    static void claim_of_the_row(const Document& doc, std::vector<Mention>& mentions, std::vector<ClaimTrace>* traces);

    /// The event words of sentence `s` (sentence_triggers.cpp); `names` are
    /// the document's place names, for distances from them.
    std::vector<Trigger> sentence_triggers(const SentenceTokens& s, const std::vector<RecognizedName>& names) const;
    /// Weapons named as the subject of a passive destroy word at token `at`
    /// ("164 drones had been destroyed", "дрони було знищено"): an interception.
    bool weapons_before_passive(const SentenceTokens& s, std::size_t at) const;
    /// A side's forces ("Russian troops") or equipment ("a Russian depot")
    /// named at token `q` of `s` (side_phrases.cpp).
    std::optional<PhraseMatch> side_forces(const SentenceTokens& s, std::size_t q) const;
    std::optional<PhraseMatch> side_target(const SentenceTokens& s, std::size_t q) const;
    /// Civilians killed or wounded in sentence `s` (sentence_facts.cpp).
    static bool tells_civilian_casualties(const SentenceTokens& s);
    /// Homes, cars or the power damaged or cut ("повреждены дома", "знеструмлено
    /// абонентів", "damaging homes"): what a strike leaves.
    static bool tells_property_damage(const SentenceTokens& s);
    /// What sentence `s` tells of an air attack where it tells nothing hit
    /// (sentence_facts.cpp): `foiled`, the attack repelled ("air defences
    /// repelled a drone attack on Sevastopol") or attempted with the weapons
    /// shot down ("tried to attack Crimea with 20 drones, all of which were
    /// shot down"); `downed_over`, the token of the first "over" or "над" of
    /// a sentence telling weapons downed ("destroyed 41 drones over the Kyiv,
    /// Sumy and Poltava regions", "Повітряні цілі знищено над Київщиною"):
    /// the places after it saw an interception.
    struct AirAttackReading {
        bool foiled = false;
        std::optional<std::size_t> foiled_at;  ///< the first word that repels or downs the weapons
        std::optional<std::size_t> downed_over;
        bool in_flight = false;  ///< weapons told on their course, nothing hit or downed ("БпЛА курсом на Полтавщину")
    };
    static AirAttackReading read_air_attack(const SentenceTokens& s);

    PhraseList triggers_, instruments_, locatives_, actors_, forces_, agents_, perspective_, civil_, attempts_,
        claimants_, attribution_, modality_, status_;
    PhraseList facility_nouns_;  // ../facility_nouns.txt: "the Yavoriv military base" names a facility
    PhraseList ground_;          // ground_combat.tsv: event words of fighting on the ground, never from the air
    PhraseList averted_;         // averted.tsv: "to avoid encirclement" names an event that did not happen
    PhraseList targets_;         // targets.tsv: a side's equipment and sites, named as targets only
    PhraseList weapons_;         // weapons.tsv: weapons only one side fires
    HeldAreas held_areas_;       // held_areas.tsv: districts one side has held since a day
    GroundWar ground_war_;       // ground_war.tsv: regions fought over on the ground, and when
    ClaimModel model_;
    const Lemmatizer* lemmatizer_ = &shared_lemmatizer();  // the process's one: its dictionaries load once, for recognition too
};

}  // namespace frontline
