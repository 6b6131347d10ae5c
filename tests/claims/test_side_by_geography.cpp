// The side a place's country makes likely when a sentence names none.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"
#include "frontline/claims/side_by_geography.hpp"

using namespace frontline;
using frontline::test::mention_in_report;

namespace {

Date day(int y, unsigned m, unsigned d) { return std::chrono::sys_days{std::chrono::year{y} / m / d}; }

}  // namespace

TEST_CASE("side by geography: strikes on Ukraine are Russia's, on Russia and Crimea Ukraine's", "[claims][side]") {
    const auto d = day(2025, 3, 5);
    CHECK(side_by_geography(ClaimType::struck, "UA", "Sumy Oblast", false, d, false) == "RU");
    CHECK(side_by_geography(ClaimType::struck, "RU", "Belgorod Oblast", false, d, false) == "UA");
    CHECK(side_by_geography(ClaimType::struck, "UA", "Crimea", false, d, false) == "UA");
    CHECK(side_by_geography(ClaimType::struck, "UA", "Luhansk Oblast", true, d, false) == "UA");
    CHECK_FALSE(side_by_geography(ClaimType::struck, "IL", "", false, d, false));
    CHECK_FALSE(side_by_geography(ClaimType::deployed, "UA", "Sumy Oblast", false, d, false));
}

TEST_CASE("side by geography: captures in Ukraine are Russia's after 2022, liberations tell nothing", "[claims][side]") {
    CHECK(side_by_geography(ClaimType::captured, "UA", "Donetsk Oblast", false, day(2024, 11, 6), false) == "RU");
    CHECK(side_by_geography(ClaimType::withdrew, "UA", "Donetsk Oblast", false, day(2024, 10, 1), false) == "UA");
    // 2022 had both sides' gains; a liberation depends on who tells it; Kursk in 2024 both.
    CHECK_FALSE(side_by_geography(ClaimType::captured, "UA", "Kharkiv Oblast", false, day(2022, 9, 10), false));
    CHECK_FALSE(side_by_geography(ClaimType::captured, "UA", "Donetsk Oblast", false, day(2024, 11, 6), true));
    CHECK_FALSE(side_by_geography(ClaimType::captured, "RU", "Kursk Oblast", false, day(2024, 8, 10), false));
    CHECK_FALSE(side_by_geography(ClaimType::captured, "UA", "Donetsk Oblast", false, std::nullopt, false));
}

TEST_CASE("side by geography: a sentence without an actor takes it, one with an actor keeps its own", "[claims][side]") {
    Mention sumy = mention_in_report("A drone hit an apartment block in Sumy on Sunday, killing two people.", "Sumy", "2025-03-05");
    CHECK(sumy.claim == ClaimType::struck);
    CHECK(sumy.actor_side == "RU");
    CHECK_FALSE(sumy.actor);
    CHECK(mention_in_report("Explosions rocked Belgorod overnight.", "Belgorod", "2025-03-05").actor_side == "UA");
    CHECK(mention_in_report("Strikes hit airfields near temporarily occupied Berdiansk.", "Berdiansk", "2025-03-05").actor_side ==
          "UA");
    Mention kupiansk = mention_in_report("Ukrainian forces shelled Russian positions in Kupiansk.", "Kupiansk", "2025-03-05");
    CHECK(kupiansk.actor_side == "UA");
}
