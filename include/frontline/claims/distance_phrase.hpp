#pragma once
// "15 km south of Pokrovsk", "less than 3 km from Pokrovsk", "за 10 км від
// Покровська", "в 5 км к северу от Курахово": a distance that places
// something relative to the name after it. Either another place of the
// sentence lies there (the name is only a reference), or, where forces are
// the subject and no event word is, the forces have come that close: an
// approach, which the war's reporting tells as an advance.
#include <cstddef>
#include <optional>
#include <vector>

#include "frontline/recognize/token.hpp"

namespace frontline {

struct DistancePhrase {
    std::size_t first = 0;  ///< the number (or "15km")
    std::size_t last = 0;   ///< one past "from"/"of"/"від"/"от"/"до": the name starts here
};

/// The distance phrase that ends right before the token `name`, looking back
/// at most eight tokens within [sentence_begin, name); nullopt if none. A
/// distance with another word before the name ("advanced 1.5 km in the area
/// of X", "на 1,5 км у районі") measures a movement and places nothing.
std::optional<DistancePhrase> distance_before(const std::vector<Token>& tokens, std::size_t sentence_begin,
                                              std::size_t name);

}  // namespace frontline
