#pragma once
// The word lists that steer recognition, loaded from data/lexicon/ (one
// entry per line, '#' comments; see the header of each file). Immutable
// after loading; safe to share between threads.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace frontline {

/// What a designator word after a place name means.
enum class Designator : unsigned char {
    none, admin1, admin2, direction, settlement,
    community,  ///< a hromada or a Russian municipal okrug: the town at its centre ("Межівська громада")
};

/// What the word lists say of one folded word: all of it from one lookup,
/// since the recognizer asks several questions about each word next to a
/// name. (Designators, asked of far more words, have a small table of their
/// own that stays in cache.)
struct WordFacts {
    bool person_title = false;
    bool connector = false;
    bool org_head = false;
    bool org_noun = false;
    bool listed_demonym = false;  ///< in demonyms.txt (demonym() also knows suffixes)
    bool common_word = false;
    bool person_name = false;
    bool proper_noun = false;    ///< capitalised in the English word list ("Thursday", "Keith")
    bool facility_noun = false;  ///< "tower", "plant": the place before it locates a facility
    bool vessel_noun = false;    ///< "submarine", "cruiser": a place name next to it names a ship
    bool munition_noun = false;  ///< "rockets", "missiles": a lone place name right before it names a weapon's model
    bool water_noun = false;     ///< "river", "річка": a place name next to it names the water
    bool shore_noun = false;     ///< "bank", "березі": a place name after it names the water
    bool club = false;           ///< "Shakhtar", "Dynamo": a town after it names a sports club
    bool weapon = false;         ///< "Iskander", "Tornado", "Akhmat": a weapon's or a unit's name, never a place alone
    bool speech = false;         ///< "said", "denies", "заявили": a country or capital before it speaks
    bool aux = false;            ///< "has", "is": after a capital, it acts
    bool adverb = false;         ///< "also", "repeatedly": skipped between a place and its verb
    bool agent = false;          ///< "officials", "forces": after a capital, its government
    bool addressee = false;      ///< "warned", "urged": a country or capital after it is the government addressed
    bool act = false;            ///< "launched", "hit": a capital opening a clause before it, with an object, acts as a state
    bool pressure = false;       ///< "pressure", "sanctions": a country or capital after it and "on" is the government pressed
    bool urban = false;          ///< "districts", "residents", "airport": what a capital's possessive owns as a city
};

/// A region's abbreviation ("Tenn.", "TX", "B.C."): the region it names.
struct RegionAbbreviation {
    std::string country;       ///< ISO code ("US", "CA")
    std::string region;        ///< the region's name in the gazetteer ("Tennessee")
    bool with_stop = false;    ///< written with a stop ("Tenn.", "W.Va.")
    bool code = false;         ///< written as a capital code ("TN")
};

class RecognitionLexicon {
public:
    /// Loads the bundled lists (data_path("lexicon/...")) and, where the
    /// system has one, the English word list (/usr/share/dict/words) that
    /// tells which place names are also common words. Throws Error if a
    /// bundled list is missing.
    static RecognitionLexicon load_default();
    /// Loads from a directory holding the same files (tests).
    static RecognitionLexicon load(const std::filesystem::path& dir, const std::filesystem::path& dictionary = {});

    /// Everything the lists other than designators say of `folded` (all
    /// false for a word in none).
    const WordFacts& facts(std::string_view folded) const;

    Designator designator(std::string_view folded) const;
    bool person_title(std::string_view folded) const { return facts(folded).person_title; }
    bool connector(std::string_view folded) const { return facts(folded).connector; }
    bool org_head(std::string_view folded) const { return facts(folded).org_head; }
    /// Nouns heading an organisation's name before "of"/"for" ("Fund", "Ministry").
    bool org_noun(std::string_view folded) const { return facts(folded).org_noun; }
    /// Nationality and region adjectives: "Russian", "Ukrainian", "Eastern".
    bool demonym(std::string_view folded) const { return demonym(folded, facts(folded)); }
    /// The same, for a word whose facts are already at hand.
    static bool demonym(std::string_view folded, const WordFacts& facts);
    /// A lower-case English dictionary word ("progress", "victory", "mayor").
    bool common_word(std::string_view folded) const { return facts(folded).common_word; }
    /// A name of a person well known from war reporting ("putin", "kim").
    bool person_name(std::string_view folded) const { return facts(folded).person_name; }
    std::size_t common_word_count() const { return common_words_; }
    /// The region an abbreviation names, by its folded letters ("tenn", "wva", "tx").
    const RegionAbbreviation* region_abbreviation(std::string_view folded) const {
        auto it = region_abbreviations_.find(folded);
        return it == region_abbreviations_.end() ? nullptr : &it->second;
    }
    /// A word of the English word list in any case ("progress", "Thursday").
    bool dictionary_word(std::string_view folded) const {
        const WordFacts& f = facts(folded);
        return f.common_word || f.proper_noun;
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, Designator, Hash, std::equal_to<>> designators_;
    std::unordered_map<std::string, WordFacts, Hash, std::equal_to<>> words_;
    std::unordered_map<std::string, RegionAbbreviation, Hash, std::equal_to<>> region_abbreviations_;
    std::size_t common_words_ = 0;
};

}  // namespace frontline
