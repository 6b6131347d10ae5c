#pragma once
// Word tokens of a text, with what the recognizer needs to know about each:
// its folded key (text/fold.hpp), its shape (capitalised, upper case,
// Cyrillic) and what separates it from the previous token.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// What lies between a token and the one before it.
enum class Separator : unsigned char {
    none,     ///< first token
    space,    ///< spaces or tabs only
    hyphen,   ///< a hyphen, possibly with spaces ("Kamensk-Shakhtinsky")
    comma,    ///< a comma (lists: "Maksymivka, Antonivka")
    other,    ///< sentence punctuation, quotes, brackets, line breaks
};

struct Token {
    std::size_t begin = 0;      ///< byte offsets into the text
    std::size_t end = 0;        ///< end of the word without a possessive "'s"
    std::size_t full_end = 0;   ///< end including a possessive "'s"
    std::string key;            ///< folded word, possessive stripped
    Separator before = Separator::none;
    bool capitalised = false;   ///< first letter upper case
    bool upper = false;         ///< all letters upper case (two or more)
    bool inflected_acronym = false;  ///< capitals then lower case: an acronym with a case ending ("КАБами", "ЗСУшників")
    bool cyrillic = false;
    bool possessive = false;    ///< "Ukraine's": key is "ukraine"
    bool sentence_start = false;///< first word of a sentence or line
    bool spaced = false;        ///< the gap before it holds a space ("A – B", not "Thomas-Greenfield")
};

/// A lower-case English adverb in -ly ("promptly", "repeatedly"): a word that
/// may stand between a subject and its verb ("Kyiv promptly denied").
inline bool ly_adverb(const Token& t) {
    return !t.capitalised && !t.cyrillic && t.key.size() > 4 && t.key.ends_with("ly");
}

/// Splits `text` into word tokens. Thread-safe (keeps a per-thread cache of
/// folded non-ASCII words, since the same words recur in every report).
std::vector<Token> tokenize(std::string_view text);

}  // namespace frontline
