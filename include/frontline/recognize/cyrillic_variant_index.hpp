#pragma once
// Russian and Ukrainian Cyrillic spellings of the same place.
//
// A Russian bulletin writes a Ukrainian village in Russian: Работино for
// Роботине, Новоселидовка for Новоселидівка, Курахово for Курахове; a
// Ukrainian post writes Брянськ for Брянск. GeoNames gives the other
// language's name for towns, rarely for villages. The two spellings differ
// in their vowels (о/і, и/і/ы, е/є, а/о where Russian writes what it hears),
// in the soft sign and in the ending, and keep their consonants: a skeleton
// of consonants and vowel places, ending dropped, is shared by both, so an
// unknown Cyrillic word where a place is expected can be looked up among the
// names of the war's countries.
//
// Thread safety: the index is immutable after build; lookups are safe from
// many threads.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontline {

class Gazetteer;

/// The skeleton of a folded Cyrillic name (text/fold.hpp): every run of
/// vowels and glides (й, ь, ъ) is one "*", the last run of each word is
/// dropped with it (the ending), doubled consonants are single. "работино",
/// "роботине" give "р*б*т*н"; "новоселидовки" and
/// "новоселидівка" give "н*в*с*л*д*вк".
std::string cyrillic_variant_skeleton(std::string_view folded);

/// The number of consonants in a skeleton: how much of a name it keeps.
std::size_t skeleton_consonants(std::string_view skeleton);

/// True where the folded `written` may be `name` (same skeleton, folded) in
/// the other language, or a case of it: each vowel as written answers the
/// name's vowel as Russian and Ukrainian spellings answer each other
/// (о/і in Петровка/Петрівка, е/і, и/і, ы/и, а/о, е/є), and the ending is a
/// case ending. "Прем'єр" is no "Приморье" (є/о), "Болгарію" no "Болгар"
/// (-ію ends no consonant stem). With `respelt`, only where a letter
/// before the ending differs: not a case of the name as written.
bool cross_spelling(std::string_view written, std::string_view name, bool respelt = false);

class CyrillicVariantIndex {
public:
    /// Skeletons of the Cyrillic names of every settlement of Ukraine,
    /// Russia and Belarus in `gazetteer`.
    static CyrillicVariantIndex build(const Gazetteer& gazetteer);

    /// Places whose names have this skeleton, each once.
    std::span<const std::uint32_t> find(std::string_view skeleton) const;

private:
    std::unordered_map<std::string, std::vector<std::uint32_t>> places_;
};

}  // namespace frontline
