#pragma once
// What the claim readers share about one sentence: its tokens with their
// dictionary forms, the event words found in it and the sides' forces it
// names. Built by ClaimExtractor::annotate, read by the actor and date readers.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/claims/phrase_list.hpp"
#include "frontline/recognize/token.hpp"

namespace frontline {

/// A comma or sentence punctuation before the token ends a clause.
inline bool clause_break(const Token& t) { return t.before == Separator::comma || t.before == Separator::other; }

/// A semicolon stands between token `q - 1` and token `q` of `text` (q > 0).
inline bool semicolon_before(std::string_view text, const std::vector<Token>& tokens, std::size_t q) {
    return tokens[q].before == Separator::other &&
           text.substr(tokens[q - 1].full_end, tokens[q].begin - tokens[q - 1].full_end).find(';') != std::string_view::npos;
}

/// "near", "outside", "біля", "под": a word that places something beside a town.
inline bool nearness_word(std::string_view w) {
    return w == "near" || w == "outside" || w == "біля" || w == "поблизу" || w == "під" || w == "под" || w == "возле" ||
           w == "около";
}

/// "and", "та", "і", "и": the word that joins two sides sharing one force word.
inline bool joins_sides(std::string_view w) { return w == "and" || w == "та" || w == "і" || w == "и"; }

/// An event word of a sentence (triggers.tsv) and the claim it makes.
struct Trigger {
    std::size_t first, last;
    std::string_view claim;  ///< a trigger class; points into the lexicon entry
    int priority;
    bool approach = false;   ///< no event word: forces a distance from a place (distance_phrase.hpp)
    bool ground = false;     ///< fighting on the ground (ground_combat.tsv): no air strike
    bool incident = false;   ///< a fire or a blast, which tells no cause ("a fire at a prison", "вибух")
    bool entering = false;   ///< a word of entering ("entered", "зайшли", "вошли")
    bool subject_only = false;  ///< tells of the name right before it alone ("Vuhledar falls, pressure grows on Selydove")
};

/// A side's forces named in a sentence ("Russian troops", "the enemy"):
/// actor word(s) and force word(s), tokens [first, last).
struct ActorPhrase {
    std::size_t first, last;
    const PhraseEntry* actor;  ///< its side in values[0] (actors.tsv, agents.tsv)
    /// A side's equipment or site ("a Russian ammunition depot", "український
    /// танк", targets.tsv): named only as what is struck, never as who acts.
    bool target_only = false;
};

/// One sentence of a document, as the readers see it.
struct SentenceTokens {
    const std::string& text;           ///< the document's text
    const std::vector<Token>& tokens;  ///< the document's tokens
    const TokenLemmas* lemmas;         ///< dictionary forms of Cyrillic words, or null
    std::size_t begin, end;            ///< the sentence's tokens [begin, end)

    const std::vector<std::string>& lemmas_of(std::size_t q) const {
        static const std::vector<std::string> none;
        return lemmas && q < lemmas->size() ? (*lemmas)[q] : none;
    }
    /// The text of tokens [first, last).
    std::string words(std::size_t first, std::size_t last) const {
        return text.substr(tokens[first].begin, tokens[last - 1].full_end - tokens[first].begin);
    }
};

}  // namespace frontline
