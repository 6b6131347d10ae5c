#pragma once
// Who struck or took a place when the report does not say: in this war a
// strike on a town of Ukraine's government-held territory is Russia's, one on
// Russia or Crimea is Ukraine's, and since 2023 a capture in Ukraine is
// Russia's and a withdrawal Ukraine's. A prior for sentences that name no
// actor ("A drone hit an apartment block in Sumy"), never over the text.
#include <optional>
#include <string>
#include <string_view>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// The side the place's country and region make likely for a claim of this
/// type, or nullopt where geography does not tell (captures in Russia, the
/// invasion year, deployments, other countries). `liberation` marks a
/// capture told as a liberation, whose side depends on who tells it;
/// `occupied` a place the text calls occupied or Russian-held.
std::optional<std::string> side_by_geography(ClaimType claim, std::string_view country, std::string_view admin1, bool occupied,
                                             std::optional<Date> event_date, bool liberation);

}  // namespace frontline
