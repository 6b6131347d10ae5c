// frontline explain: why each claim was read as it was, and what the map misses.
#include <catch2/catch.hpp>

#include "cli_support.hpp"
#include "frontline/text/utf8.hpp"

using namespace frontline::test;

TEST_CASE("explain: each mention says how its claim was read", "[cli][explain]") {
    const fs::path input = tmp_dir() / "explain-claims.txt";
    {
        std::ofstream out(input);
        out << "The enemy tried to break through near Vovchansk. Russia could attack Sumy next week.\n"
               "Drones hit the Azot plant near Nikopol. Heavy fighting continues in the east.\n";
    }
    Run r = run_frontline("explain --report-date 2025-03-05 " + q(input));
    REQUIRE(r.code == 0);
    // A claim with the rule that read it and the model's confidence in it.
    CHECK(r.out.find("claim reading: the event word of its clause (model:") != std::string::npos);
    // No claim, and why: a forecast, a landmark.
    CHECK(r.out.find("claim reading: not reported as happened (forecast)") != std::string::npos);
    CHECK(r.out.find("claim reading: a landmark") != std::string::npos);
    // An event the map cannot show: no place is named.
    CHECK(r.out.find("event words in sentences that name no place") != std::string::npos);
    CHECK(r.out.find("[Heavy fighting] Heavy fighting continues in the east.") != std::string::npos);

    Run j = run_frontline("explain --json --report-date 2025-03-05 " + q(input));
    REQUIRE(j.code == 0);
    CHECK(j.out.find("\"claim_reading\":\"the event word of its clause\"") != std::string::npos);
    CHECK(j.out.find("\"claim_probability\":") != std::string::npos);
}

TEST_CASE("explain: a long Cyrillic sentence is shortened between letters, never inside one", "[cli][explain]") {
    const fs::path input = tmp_dir() / "explain-cyrillic.txt";
    {
        std::ofstream out(input);
        // Over 200 bytes before the cut, two bytes a letter: an odd cut would split one.
        out << "За даними Генштабу, 20 серпня окупанти 52 рази намагалися прорвати оборону в районах Желанного, "
               "Орлівки, Новоселівки Першої та Лисівки, а також поблизу Покровська і Мирнограда.\n";
    }
    Run r = run_frontline("explain --report-date 2024-08-21 " + q(input));
    REQUIRE(r.code == 0);
    CHECK(r.out.find("...") != std::string::npos);  // a sentence was shortened
    CHECK(frontline::is_valid_utf8(r.out));
}

TEST_CASE("explain: the region an origin lies in is read as an origin, not left to the model", "[cli][explain]") {
    const fs::path input = tmp_dir() / "explain-origin.txt";
    {
        std::ofstream out(input);
        out << "Drones launched from Millerovo in Rostov Oblast hit Kharkiv overnight.\n";
    }
    Run r = run_frontline("explain --report-date 2025-03-05 " + q(input));
    REQUIRE(r.code == 0);
    const std::size_t rostov = r.out.find("\"Rostov Oblast\"");
    REQUIRE(rostov != std::string::npos);
    CHECK(r.out.find("claim reading: an origin ('in')", rostov) < r.out.find("\"Kharkiv\"", rostov));
}
