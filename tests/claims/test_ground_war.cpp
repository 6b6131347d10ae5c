// Where troops fought on the ground, and when: an attack elsewhere came from the air.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"
#include "frontline/claims/ground_war.hpp"
#include "frontline/data_path.hpp"
#include "frontline/error.hpp"

#include <unistd.h>

#include <filesystem>
#include <fstream>

using namespace frontline;
using frontline::test::claims_nothing;
using frontline::test::mention_in_report;

namespace {

Date day(int y, unsigned m, unsigned d) { return std::chrono::sys_days{std::chrono::year{y} / m / d}; }

}  // namespace

TEST_CASE("ground war: the regions fought over on the ground, each in its time", "[claims][ground-war]") {
    const GroundWar war = GroundWar::load(data_path("lexicon/claims/ground_war.tsv"));
    CHECK(war.fought_in("Donetsk Oblast", day(2024, 5, 1)));
    CHECK(war.fought_in("Kyiv Oblast", day(2022, 3, 10)));
    CHECK_FALSE(war.fought_in("Kyiv Oblast", day(2023, 3, 10)));
    CHECK_FALSE(war.fought_in("Kursk Oblast", day(2023, 3, 10)));
    CHECK(war.fought_in("Kursk Oblast", day(2024, 9, 1)));
    CHECK_FALSE(war.fought_in("Ryazan Oblast", day(2025, 6, 1)));
    CHECK_FALSE(war.fought_in("Crimea", day(2025, 6, 1)));
    // (Kherson Oblast: all of it until November 2022, then the Dnipro's left
    // bank only: Krynky across the river, not Antonivka or Kherson city.)
    const std::pair<double, double> antonivka{32.73, 46.68}, krynky{33.09, 46.73}, kherson{32.62, 46.64};
    CHECK(war.fought_in("Kherson Oblast", day(2022, 6, 1), antonivka));
    CHECK_FALSE(war.fought_in("Kherson Oblast", day(2024, 5, 1), antonivka));
    CHECK_FALSE(war.fought_in("Kherson Oblast", day(2024, 5, 1), kherson));
    CHECK(war.fought_in("Kherson Oblast", day(2024, 5, 1), krynky));
    CHECK(war.fought_in("Kherson Oblast", day(2024, 5, 1)));
}

TEST_CASE("ground war: a malformed row is an error naming file and line", "[claims][ground-war]") {
    namespace fs = std::filesystem;
    const fs::path file = fs::temp_directory_path() / ("frontline-ground-" + std::to_string(::getpid()) + ".tsv");
    {
        std::ofstream out(file);
        out << "# admin1\tfrom\tuntil\tarea\nKharkiv Oblast\t2022-02-24\t-\t-\nSumy Oblast\t2022-04-08\t2022-02-24\t-\n";
    }
    try {
        GroundWar::load(file);
        FAIL("fighting that ends before it begins must not load");
    } catch (const InputError& e) {
        CHECK(e.where().line == 3);
    }
    {
        std::ofstream out(file);
        out << "Kharkiv Oblast\t2022-2-24\n";
    }
    CHECK_THROWS_AS(GroundWar::load(file), InputError);
    {
        std::ofstream out(file);
        out << "Kherson Oblast\t2022-11-12\t-\t32.4 46.5, 33.0\n";
    }
    CHECK_THROWS_AS(GroundWar::load(file), InputError);
    fs::remove(file);
}

TEST_CASE("ground war: an attack on a place of a region no troops fought in is a strike - where they fight, an attack",
          "[claims][ground-war]") {
    // (Tuapse and Ryazan are far from any ground fighting; Vovchansk is on the front.)
    CHECK(mention_in_report("Источник утверждает, что атака на Туапсе — операция военной разведки.", "Туапсе", "2024-05-17").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("The ministry said attacks in Ryazan Oblast had been repelled.", "Ryazan Oblast", "2025-06-02").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("The ministry said attacks near Vovchansk had been repelled.", "Vovchansk", "2025-06-02").claim ==
          ClaimType::attacked);
    // Soldiers attacking positions fight on the ground wherever the village's
    // name was read (a Kstovo far from the front stands in for a namesake read wrongly).
    CHECK(mention_in_report("Ukrainian soldiers backed by tanks crossed the border and attacked Russian positions near Kstovo.", "Kstovo",
                            "2024-08-08")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Ukrainian drones attacked an oil refinery near Kstovo.", "Kstovo", "2024-08-08").claim == ClaimType::struck);
    CHECK(mention_in_report("Drone attacks on Kstovo set a refinery on fire, the governor said.", "Kstovo", "2024-08-08").claim ==
          ClaimType::struck);
    // (Drone attacks repelled whole hit nothing: an interception, no claim.)
    CHECK(claims_nothing("Drone attacks on Kstovo were repelled, the governor said.", "Kstovo", "2024-08-08"));
}

TEST_CASE("ground war: across the Dnipro from Kherson an attack on the right bank is shelling, on the left bank fighting",
          "[claims][ground-war]") {
    CHECK(mention_in_report("За минулу добу ворог атакував Антонівку, Білозерку та Дар'ївку.", "Білозерку", "2024-05-16").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Ворог атакував позиції наших захисників у Кринках.", "Кринках", "2024-05-16").claim ==
          ClaimType::attacked);
}
