#pragma once
// Named targets the gazetteer does not know: "the Splav plant near Tula",
// "the Tamanneftegaz oil terminal", "the 13th GRAU arsenal", "facility
// Albashneft near Krasnodar". Strike reports name refineries, plants and
// depots by their firm's name; the claim is about the facility, and the town
// named beside it only places it. Such a facility is a mention of its own,
// drawn at that town.
//
// Thread safety: pure functions of their arguments.
#include <cstddef>
#include <vector>

#include "frontline/recognize/lexicon.hpp"
#include "frontline/recognize/recognizer.hpp"
#include "frontline/recognize/token.hpp"

namespace frontline {

struct NamedFacility {
    std::size_t first_token = 0;  ///< tokens [first_token, last_token): the name with its noun
    std::size_t last_token = 0;
    std::size_t host = 0;         ///< index into the names: the place that locates it
};

/// Facilities named in `tokens` that overlap none of `names`, each with the
/// place of `names` that locates it ("near Tula", "in the Krasnodar
/// region"); a facility no place of its sentence locates is left out.
/// `located[i]` says whether names[i] was resolved to a place.
std::vector<NamedFacility> find_named_facilities(const std::vector<Token>& tokens, const RecognitionLexicon& lexicon,
                                                 const std::vector<RecognizedName>& names,
                                                 const std::vector<bool>& located);

}  // namespace frontline
