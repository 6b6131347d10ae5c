#pragma once
// Place adjectives written in the Latin alphabet: the transliterated
// Ukrainian and Russian adjectives English reports keep before a direction,
// a community, a district or a plant ("the Kupianskyi direction", "Myrivska
// hromada", "the Kamensky chemical plant", "Novoshakhtinsky refinery").
//
// Thread safety: pure functions.
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// True for a folded Latin word ending like such an adjective (-skyi, -skiy,
/// -sky, -ska, -skaya, -ske, -skoye and the -tsk-/-zk- forms).
bool latin_place_adjective(std::string_view folded_word);

/// The folded names of the towns such an adjective may be formed from, most
/// likely first: "kupianskyi" -> "kupiansk"; "myrivska" -> "myrove",
/// "myriv"; "beryslavska" -> "beryslav"; "poltavska" -> "poltava";
/// "kurakhivskyi" -> "kurakhove"; "kamensky" -> "kamensk" (a town's first
/// word: Kamensk-Shakhtinsky). Empty for a word that is no such adjective.
std::vector<std::string> latin_adjective_bases(std::string_view folded_word);

}  // namespace frontline
