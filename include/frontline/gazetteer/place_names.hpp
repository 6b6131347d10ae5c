#pragma once
// The names a place is indexed under, beyond those its sources list:
// Latin spellings of its Cyrillic names, the core of an admin area's name
// ("Kursk" for "Kursk Oblast"), and the adjectival form used for front
// sectors ("Kurakhiv" for Kurakhove, as in "the Kurakhiv direction").
#include <string>
#include <string_view>
#include <vector>

#include "frontline/gazetteer/place.hpp"

namespace frontline {

/// Display name (as preferred), the source names, and the derived names of
/// `place`, without duplicates.
std::vector<PlaceName> expand_place_names(const PlaceRecord& place);

/// A folded admin-area name without its designator words:
/// "kursk oblast" -> "kursk", "republic of crimea" -> "crimea",
/// "донецкая область" -> "донецкая". Returns the input if nothing is stripped.
std::string admin_core_name(std::string_view folded);

/// admin_core_name plus noun forms of an adjectival core, for matching
/// "Курская область" or "Donetska oblast" to "Kursk" / "Donetsk":
/// "курская" -> {"курская", "курск", "кур"...}. Overgenerates; callers match.
std::vector<std::string> admin_core_candidates(std::string_view folded);

/// True if a folded key may go into the index: two or more letters, Latin
/// (ASCII after folding) or Cyrillic only, not only digits.
bool indexable_key(std::string_view folded);

/// True for the countries whose places are named in Cyrillic first (ISO
/// codes): only their names are transliterated into Latin spellings and
/// forgiven a slip of typing.
bool writes_cyrillic(std::string_view country);

/// Words that follow a place name to say what kind of area it is
/// ("region", "oblast", "district", "direction"), folded.
bool is_area_designator(std::string_view folded_word);

}  // namespace frontline
