#pragma once
// Dictionary forms of inflected Ukrainian and Russian place names, by ending
// rules: "вугледарі" -> "вугледар", "авдіївці" -> "авдіївка",
// "белгороде" -> "белгород", "днестровском" -> "днестровский". The rules
// overgenerate on purpose: every candidate is checked against the gazetteer,
// which decides.
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// Candidate nominative forms of one folded (lower-case) Cyrillic word,
/// excluding the word itself. Words shorter than four letters give none.
std::vector<std::string> cyrillic_base_forms(std::string_view folded_word);

}  // namespace frontline
