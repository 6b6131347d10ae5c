#pragma once
// Finds place names in text: one pass over the word tokens, probing the
// gazetteer's folded-name index for the longest name starting at each
// capitalised word, then refusing matches that are parts of other proper
// names (people, organisations, newspapers, laws), common words, or titles.
//
// Immutable after construction; recognize() is const and thread-safe.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <string_view>
#include <vector>

#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/recognize/lexicon.hpp"
#include "frontline/recognize/cyrillic_variant_index.hpp"
#include "frontline/recognize/romanization_index.hpp"
#include "frontline/recognize/token.hpp"

namespace frontline {

/// One place name found in the text, before resolution.
struct RecognizedName {
    std::size_t first_token = 0;  ///< tokens [first_token, last_token) form the name
    std::size_t last_token = 0;
    std::size_t begin = 0;        ///< byte span of the surface (with a designator word if any)
    std::size_t end = 0;
    Designator designator = Designator::none;  ///< "region", "district", "direction" after the name
    std::vector<NameMatch> matches;            ///< every place the name may denote
    bool inflected = false;       ///< matched through a Cyrillic dictionary form
    bool misspelt = false;        ///< matched within one edit of a name, where context asked for a place
    bool region_word = false;     ///< a -щина word: the land around a town ("Нікопольщину"), whichever place stands for it
    /// Places named through an adjective of theirs, which a designator or a
    /// facility after it asked for ("на Куп'янському напрямку": Kupiansk;
    /// "Межівській громаді": Mezhova; "Новошахтинський НПЗ": Novoshakhtinsk).
    /// Sorted place indexes; a subset of `matches`.
    std::vector<std::uint32_t> adjectival;
};

/// Why a candidate name was refused (for tests and `explain`).
enum class Refusal {
    none, person_or_org_after, proper_name_before, title_phrase, common_word, too_short, org_word_after, demonym,
    person_name,
    metonym,        ///< a country or capital standing for its government ("Moscow said")
    vessel,         ///< a ship, unit, club or weapon named like a place ("the submarine Rostov-on-Don", "Iskander")
    weak_at_start,  ///< capitalised only by the sentence start, and a weak match ("Станом")
    in_url,         ///< inside a web address
    water,          ///< a river named like a town ("the Oskil River", "bank of the Dnipro")
    quoted,         ///< a declined Cyrillic word in quotes: a weapon, a firm, an operation («Градами»)
    speaker,        ///< a town's name that says something ("Moore said", "Xinhua said"): a person, an agency or an office
    obscure,        ///< only an obscure other name of a far-away place, where nothing asks for a place ("Hamas" for Hamm)
    street,         ///< a street named after a place ("Kyivska Street", "на вулиці Київській", "улице Щорса")
};

/// A short phrase saying why a name was refused, for `frontline explain`.
const char* to_string(Refusal r);

class Recognizer {
public:
    Recognizer(const Gazetteer& gazetteer, const RecognitionLexicon& lexicon);

    /// Place names in `text`, in text order, not overlapping.
    std::vector<RecognizedName> recognize(std::string_view text, const std::vector<Token>& tokens) const;
    std::vector<RecognizedName> recognize(std::string_view text) const { return recognize(text, tokenize(text)); }

    /// The names refused, with the reason (diagnostics only; slower).
    std::vector<std::pair<RecognizedName, Refusal>> refused(std::string_view text) const;

    /// For a text with Cyrillic letters, starts building the index of
    /// Cyrillic spelling variants (a tenth of a second over the whole
    /// gazetteer, otherwise built by the first unknown Cyrillic word) on a
    /// thread of its own; returns at once. The gazetteer must outlive it.
    void prepare(std::string_view text) const;

private:
    struct Candidate;
    class TokenFacts;  // the lexicon's facts about each token, looked up once
    bool longest_match(const std::vector<Token>& tokens, std::size_t i, Candidate& out, bool cross = false) const;
    bool cyrillic_match(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& out) const;
    bool region_word_match(const Token& t, Candidate& out) const;
    void adjective_match(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& out) const;
    bool country_adjective(const Token& t) const;
    bool titled_complement(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const;
    bool quoted_declined(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const;
    bool declined_speaker(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const;
    // "бригада спеціального призначення «Азов»", "the «Kharkiv» battalion": a unit's quoted name.
    bool quoted_unit(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const;
    /// A name inside a short title in guillemets ("«Новой газеты Европа»", "«Крым.Реалии»", "«Москва-Сити»").
    bool quoted_title(std::string_view text, const std::vector<Token>& tokens, const Candidate& c) const;
    void city_district(const std::vector<Token>& tokens, std::size_t from, RecognizedName& n) const;
    Refusal check(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c,
                  const std::vector<bool>& title_case_line) const;
    bool strong_place(const std::vector<Token>& tokens, std::size_t i) const;
    bool listed_beside_compatriot(const std::vector<Token>& tokens, const Candidate& c) const;
    bool unknown_word(const Token& t, const Candidate& c) const;
    bool add_latin_alternates(std::string_view cyrillic, std::vector<format::Posting>& to) const;
    bool qualified_by_region(const std::vector<Token>& tokens, const Candidate& c) const;
    bool state_word_after(const std::vector<Token>& tokens, const Candidate& c) const;
    bool metonym(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const;
    bool acting_country(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const;
    bool modifying_country(const std::vector<Token>& tokens, const Candidate& c, bool after_preposition) const;
    bool oblique_country_not_placed(const std::vector<Token>& tokens, const Candidate& c) const;
    bool genitive_country(const std::vector<Token>& tokens, std::size_t i) const;
    bool vessel_name(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const;
    bool water_name(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c) const;
    bool keep_water_only(Candidate& c) const;
    bool match_result(const std::vector<Token>& tokens, const Candidate& c) const;
    bool lower_case_place(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, bool in_list, Candidate& c) const;
    bool facility_follows(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t from) const;
    bool near_miss(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& out) const;
    std::vector<format::Posting> abbreviated_region(const RegionAbbreviation& a) const;
    bool region_abbreviation(std::string_view text, const std::vector<Token>& tokens, std::size_t i, bool after_place,
                             Candidate& out) const;
    /// "Mykolajiv", matched only as the short form of "Mykolajiv oblast":
    /// the region's seat of that name in another romanization joins the
    /// candidates, as the oblast is named after it.
    void add_region_seat(Candidate& c) const;
    bool romanized_variant(std::string_view text, const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i,
                           bool after_place, Candidate& out, bool pairs_only = false) const;
    const RomanizationIndex& romanization() const;
    bool cyrillic_variant(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, bool after_place,
                          Candidate& out) const;
    const CyrillicVariantIndex& cyrillic_variants() const;
    std::vector<std::uint32_t> cyrillic_variant_places(std::string_view written, bool dictionary_form,
                                                       bool respelt = false) const;

    const Gazetteer& gazetteer_;
    const RecognitionLexicon& lexicon_;
    // Built on the first unknown word that asks for it: most texts never do.
    struct LazyRomanization {
        std::once_flag once;
        RomanizationIndex index;
    };
    std::shared_ptr<LazyRomanization> romanization_ = std::make_shared<LazyRomanization>();
    struct LazyCyrillicVariants {
        std::once_flag once;
        CyrillicVariantIndex index;
        std::once_flag preload;
        std::thread builder;  // prepare(): builds the index in the background
        ~LazyCyrillicVariants() {
            if (builder.joinable()) builder.join();
        }
    };
    std::shared_ptr<LazyCyrillicVariants> cyrillic_variants_ = std::make_shared<LazyCyrillicVariants>();
};

}  // namespace frontline
