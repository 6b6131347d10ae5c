#pragma once
// Dictionary forms of inflected Ukrainian and Russian place names, by ending
// rules, and the names places are derived from: "вугледарі" -> "вугледар",
// "авдіївці" -> "авдіївка", "часового" -> "часів", "липців" -> "липці",
// "куп'янському" -> "купянськ", "курщині" -> "курськ". The rules
// overgenerate on purpose: every candidate is checked against the gazetteer,
// which decides.
//
// All functions take one folded (text/fold.hpp, lower-case) Cyrillic word and
// are pure and thread-safe.
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// Where a word stands in a name: its first word, or a later one that the
/// index already says continues a name ("Яру" in "Часового Яру"), where
/// short words ("яру", "гаю", "яром") are declined too.
enum class NamePosition : unsigned char { first, continuation };

/// Candidate nominative forms of one folded Cyrillic word, excluding the word
/// itself: cases of nouns (consonant stems, -а/-я, -о/-е, -ь, -й, pluralia
/// tantum in -и/-і with their genitive plurals: "липців", "терен",
/// "олешок"), of adjectives hard and soft ("верхньої" -> "верхня") and of
/// possessive adjectives ("часового" -> "часів", "русиного" -> "русин",
/// "кучеровим" -> "кучерів"). Words shorter than four letters (three in a
/// continuation) give none.
std::vector<std::string> cyrillic_base_forms(std::string_view folded_word,
                                             NamePosition position = NamePosition::first);

/// True for an adjective formed from a place name with -ськ-/-цьк-/-зьк-
/// (Russian -ск-/-цк-/-зск-) in any case, gender or number:
/// "куп'янському", "марганецька", "шебекинского".
bool cyrillic_place_adjective(std::string_view folded_word);

/// The names of the places such an adjective may be formed from: the town
/// behind a front's direction, a community, a district or a facility
/// ("курахівському" -> "курахове", "білопільська" -> "білопілля",
/// "марганецька" -> "марганець", "суджанского" -> "суджа",
/// "великописарівська" -> "велика писарівка"), and the adjective's own
/// nominatives, which name villages too ("покровська" -> "покровське").
/// Empty for a word that is no such adjective.
std::vector<std::string> cyrillic_adjective_bases(std::string_view folded_word);

/// True for a region named after its town or people with -щина/-ччина
/// (Russian -щина/-чина) in any case: "курщині", "нікопольщину",
/// "донеччини", "белгородчины".
bool cyrillic_region_word(std::string_view folded_word);

/// The names of the towns such a region is named after ("курщині" ->
/// "курськ", "курск"; "нікопольщину" -> "нікополь"; "синельниківщині" ->
/// "синельникове"; "донеччина" -> "донецьк"). Empty for other words.
std::vector<std::string> cyrillic_region_bases(std::string_view folded_word);

/// The same name in Russian spelling, as a Ukrainian text writes a Russian
/// town in Ukrainian letters ("кіріші" -> "кириши", "бєлгород" ->
/// "белгород", "оренбурзька" -> "оренбургская"); empty where the spelling
/// is the same. Apply to nominatives.
std::string cyrillic_russian_spelling(std::string_view folded_word);

/// The same name in Ukrainian spelling, as a Russian text writes a Ukrainian
/// village in Russian letters ("табаевка" -> "табаївка", "ивановское" ->
/// "іванівське", "новоалександровка" -> "новоолександрівка"); empty where the
/// spelling is the same. Apply to nominatives.
std::string cyrillic_ukrainian_spelling(std::string_view folded_word);

}  // namespace frontline
