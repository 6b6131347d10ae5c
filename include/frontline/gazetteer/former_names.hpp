#pragma once
// A name that is now other places' own is no longer, or only formerly, this place's.
//
// GeoNames lists a town's former names among its alternates without saying
// they are former: Donetsk is also "Олександрівка", Nikopol "Слов'янськ",
// Zaporizhzhia "Олександрівськ". Read today, each of those is another place
// of the same country (a hundred Oleksandrivkas, the city of Sloviansk), and
// the big city would win every mention of them. A former name that no place
// of the country now bears stays as it is (Dzerzhynsk for Toretsk: the
// Russian press still writes it).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "frontline/gazetteer/place.hpp"

namespace frontline {

/// A renamed place this big would win every mention of a common name it
/// once bore ("Олександрівка" for Donetsk); a smaller one, a village, is one
/// namesake among the places that bear the name now.
inline constexpr std::int64_t renamed_town_population = 10000;

struct FormerNames {
    std::size_t dropped = 0;  ///< names three or more other places bear
    std::size_t demoted = 0;  ///< names one or two other places bear, kept as former (NameOrigin::former)
};

/// For each settlement, the alternate names that are not its own (no
/// spelling of its main name) but the own name of other settlements of the
/// same country: removed where three or more bear it ("Олександрівка" for
/// Donetsk), else kept as a former name (NameOrigin::former: "Слов'янськ"
/// for Nikopol, "Pervomaisk" for Sokolohirsk): no front is named after it.
FormerNames drop_names_of_other_places(std::vector<PlaceRecord>& places);

}  // namespace frontline
