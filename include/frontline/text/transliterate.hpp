#pragma once
// Latin spellings of Cyrillic place names, as official systems and the press
// write them. The gazetteer builder indexes each spelling as a name, so that
// "Vuhledar", "Vugledar" and "Ugledar" all reach the place GeoNames stores
// with the Cyrillic names Вугледар and Угледар.
//
// Thread safety: safe from many threads (ICU transliterators are per thread).
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

enum class CyrillicLanguage { ukrainian, russian, unknown };

/// Guesses the language of a Cyrillic name from letters only one language
/// uses (і ї є ґ for Ukrainian; ы э ъ ё for Russian).
CyrillicLanguage guess_cyrillic_language(std::string_view name);

/// True if the text contains at least one Cyrillic letter.
bool has_cyrillic(std::string_view utf8);

/// Distinct Latin spellings of a Cyrillic name, most official first:
/// Ukrainian: national system of 2010 (KMU 55), BGN/PCGN (ICU
/// "Ukrainian-Latin/BGN"), and the Russian-style press form (г -> g);
/// Russian: BGN/PCGN (ICU "Russian-Latin/BGN") and the simplified press form
/// ("-skiy" -> "-sky", no primes). Unknown language gets both sets.
/// Names without Cyrillic letters give an empty list.
std::vector<std::string> transliterations(std::string_view name, CyrillicLanguage lang = CyrillicLanguage::unknown);

/// The Ukrainian national system of 2010 alone (КМУ постанова 55): the
/// spelling Ukrainian road signs and passports use ("Zaporizhzhia").
std::string transliterate_ukrainian_national(std::string_view name);

/// How Russian writes a Ukrainian place name, where the rules of the two
/// spellings tell it: "Макарівка" -> "Макаровка", "Андріївка" -> "Андреевка",
/// "Олександро-Шультине" -> "Александро-Шультино", "Лук'янці" -> "Лукьянцы".
/// Empty when the name shows no Ukrainian spelling
/// to undo. A guess for villages whose Russian name no source lists.
std::string russian_cyrillic_form(std::string_view ukrainian);

}  // namespace frontline
