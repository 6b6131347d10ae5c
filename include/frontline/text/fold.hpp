#pragma once
// Name folding: the one definition of when two spellings are "the same name".
//
// A folded key is a sequence of words separated by single spaces. A word is a
// maximal run of letters, digits and combining marks; apostrophes of any kind
// (' ’ ʼ ` ‘ ʹ) inside a word are dropped, and every other character separates
// words. Latin letters lose case and diacritics and become ASCII (Ž -> z,
// ß -> ss); Cyrillic letters lose case and keep their script (ё -> е, ґ -> г).
// The gazetteer builder folds names and the recognizer folds text with these
// functions, so both sides always agree.
//
// Thread safety: all functions are safe to call from many threads.
#include <cstddef>
#include <string>
#include <string_view>

#include "frontline/text/utf8.hpp"

namespace frontline {

/// Folds a whole name or phrase to its key ("Kup'yans'k" -> "kupyansk",
/// "Velyka  Novosilka" -> "velyka novosilka", "Кремінна-Балка" -> "кремінна балка").
std::string fold(std::string_view utf8);

/// Appends the folded form of one word (no separators inside) to `out`.
/// Precondition: `word` contains only letters, digits, marks and apostrophes.
void fold_word(std::string_view word, std::string& out);

namespace detail {
bool is_non_ascii_word_char(char32_t c);
}
/// True for code points that belong inside a word (letters, digits, marks).
/// Inline for ASCII, which is most text.
inline bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return detail::is_non_ascii_word_char(c);
}
/// True for the apostrophe-like and invisible code points dropped inside words.
bool is_apostrophe(char32_t c);
/// True for hyphens and dashes that join parts of one name ("Kamensk-Shakhtinsky").
bool is_hyphen(char32_t c);

}  // namespace frontline
