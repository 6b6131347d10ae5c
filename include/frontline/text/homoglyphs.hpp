#pragma once
// Words that mix Latin and Cyrillic letters which look alike ("Kharkiv"
// typed with a Cyrillic "а", "Xарків" with a Latin "X"): copied text and
// evasive posts carry them; a reader sees one script.
#include <string>
#include <string_view>

namespace frontline {

/// `word` in the script most of its letters are in, its look-alike letters
/// of the other script replaced; empty where the word is in one script, or
/// where a letter of the other script has no look-alike.
std::string single_script(std::string_view word);

}  // namespace frontline
