// The side a place's country makes likely when a sentence names none.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"
#include "frontline/claims/held_areas.hpp"
#include "frontline/claims/side_by_geography.hpp"
#include "frontline/data_path.hpp"
#include "frontline/error.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

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
}

TEST_CASE("side by geography: reserves are moved up on ground one's own side holds", "[claims][side]") {
    CHECK(side_by_geography(ClaimType::deployed, "UA", "Sumy Oblast", false, day(2025, 3, 5), false) == "UA");
    CHECK(side_by_geography(ClaimType::deployed, "RU", "Kursk Oblast", false, day(2024, 8, 14), false) == "RU");
    CHECK(side_by_geography(ClaimType::deployed, "UA", "Crimea", false, day(2024, 8, 14), false) == "RU");
    // (In 2022 both sides moved through Ukraine's north.)
    CHECK_FALSE(side_by_geography(ClaimType::deployed, "UA", "Kyiv Oblast", false, day(2022, 3, 5), false));
    using frontline::test::mention_in_report;
    CHECK(mention_in_report("Герасимов доложил, что в Курскую область переброшены резервы.", "Курскую область", "2024-08-14")
              .actor_side == "RU");
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

TEST_CASE("held districts: a strike with no striker named in a district Russia holds is Ukraine's, from the day it was taken",
          "[claims][side]") {
    // (Donetsk, Horlivka and Melitopol lie in Ukraine; the country alone would name Russia.)
    Mention m = mention_in_report("A strike on Horlivka killed two people.", "Horlivka", "2025-01-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Explosions were heard in Melitopol overnight.", "Melitopol", "2025-01-10").actor_side == "UA");
    // Mariupol before its fall was struck by Russia; a town of free Ukraine still is.
    CHECK(mention_in_report("Shelling hit Mariupol on 10 March.", "Mariupol", "2022-03-12").actor_side == "RU");
    CHECK(mention_in_report("Shelling hit Mariupol on 10 March.", "Mariupol", "2024-03-12").actor_side == "UA");
    CHECK(mention_in_report("A missile hit Kharkiv.", "Kharkiv", "2025-01-10").actor_side == "RU");
    // (A side the text names still wins.)
    CHECK(mention_in_report("Russian artillery shelled Horlivka by mistake.", "Horlivka", "2025-01-10").actor_side == "RU");
}

TEST_CASE("held districts: a malformed row of the table is an error naming file and line", "[claims][side]") {
    namespace fs = std::filesystem;
    const fs::path file = fs::temp_directory_path() / ("frontline-held-" + std::to_string(::getpid()) + ".tsv");
    {
        std::ofstream out(file);
        out << "# admin1\tadmin2\tside\tsince\nDonetsk Oblast\tDonetsk Raion\tRU\t2014-05-01\nDonetsk Oblast\tHorlivskyi Raion\tRUS\t2015-02-20\n";
    }
    try {
        HeldAreas::load(file);
        FAIL("a side other than RU or UA must not load");
    } catch (const InputError& e) {
        CHECK(e.where().line == 3);
        CHECK(std::string(e.what()).find("RUS") != std::string::npos);
    }
    {
        std::ofstream out(file);
        out << "Donetsk Oblast\tDonetsk Raion\tRU\t2014-5-1\n";
    }
    CHECK_THROWS_AS(HeldAreas::load(file), InputError);
    fs::remove(file);
    const HeldAreas bundled = HeldAreas::load(data_path("lexicon/claims/held_areas.tsv"));
    CHECK(bundled.size() > 10);
    CHECK(bundled.holder("Donetsk Oblast", "Donetsk Raion", "", std::nullopt) == "RU");
    CHECK_FALSE(bundled.holder("Donetsk Oblast", "Pokrovsk Raion", "", std::nullopt));
    // A town taken in a district the front still runs through: Bakhmut is
    // Russia's from 21 May 2023, not before; its raion is no one's.
    using namespace std::chrono;
    const Date after = sys_days{year{2024} / March / 1}, before = sys_days{year{2023} / March / 1};
    CHECK(bundled.holder("Donetsk Oblast", "Bakhmut Raion", "geonames:713174", after) == "RU");
    CHECK_FALSE(bundled.holder("Donetsk Oblast", "Bakhmut Raion", "geonames:713174", before));
    CHECK_FALSE(bundled.holder("Donetsk Oblast", "Bakhmut Raion", "geonames:712000", after));
}

TEST_CASE("held towns: a strike on a town the other side has held since its capture is its enemy's", "[claims][side]") {
    using frontline::test::mention_in_report;
    Mention e = mention_in_report("Енергодар також підпав під атаку дрона, знеструмлено частину міста.", "Енергодар", "2024-07-15");
    CHECK(e.claim == ClaimType::struck);
    CHECK(e.actor_side == "UA");
    CHECK(mention_in_report("Explosions were reported in Tokmak overnight.", "Tokmak", "2024-07-15").actor_side == "UA");
    // Vasylivka, held since March 2022: drones over it are Ukraine's.
    CHECK(mention_in_report("Накануне вечером беспилотники атаковали Васильевку, поврежден рынок.", "Васильевку", "2026-03-05")
              .actor_side == "UA");
    // The left bank of the Kherson district, held while the right bank was retaken.
    CHECK(mention_in_report("In Aleshki, a shell hit a residential building, killing one civilian.", "Aleshki", "2024-08-12")
              .actor_side == "UA");
}
