// A region's abbreviation after a place and a comma names the region and
// qualifies the place (issue 14): "Austin, TX", "Charleston, S.C.".
#include <catch2/catch.hpp>

#include "recognize_test_support.hpp"

using namespace frontline;
using test::read_text;

namespace {

std::vector<std::pair<std::string, std::string>> surfaces_and_admin1(const std::string& text) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& m : read_text(text)) out.emplace_back(m.surface, m.admin1.value_or(""));
    return out;
}

}  // namespace

TEST_CASE("region abbreviations: a state's code or stopped abbreviation after a town names the state", "[recognize][abbreviation]") {
    CHECK(surfaces_and_admin1("Police in Austin, TX said the suspect fled.") ==
          std::vector<std::pair<std::string, std::string>>{{"Austin", "Texas"}, {"TX", "Texas"}});
    // The state decides which Charleston.
    CHECK(surfaces_and_admin1("She lives in Charleston, S.C.") ==
          std::vector<std::pair<std::string, std::string>>{{"Charleston", "South Carolina"}, {"S.C.", "South Carolina"}});
    CHECK(surfaces_and_admin1("She lives in Charleston, W.Va., now.") ==
          std::vector<std::pair<std::string, std::string>>{{"Charleston", "West Virginia"}, {"W.Va.", "West Virginia"}});
    CHECK(surfaces_and_admin1("Rochester, Minn., voted.") ==
          std::vector<std::pair<std::string, std::string>>{{"Rochester", "Minnesota"}, {"Minn", "Minnesota"}});
}

TEST_CASE("region abbreviations: only after a place and a comma, and in their written form", "[recognize][abbreviation]") {
    CHECK(test::surfaces_of("Miss Smith and Ind. voters met.").empty());
    CHECK(test::surfaces_of("Houston, tx is lower case.") == std::vector<std::string>{"Houston"});
    CHECK(test::surfaces_of("He said IN CAPITALS: no.").empty());
}

TEST_CASE("countries written with stops are recognised", "[recognize][abbreviation]") {
    CHECK(test::surfaces_of("Protests erupted across the U.S. last week.") == std::vector<std::string>{"U.S."});
    CHECK(test::surfaces_of("He moved to the U.K. in 2019.") == std::vector<std::string>{"U.K."});
}

TEST_CASE("two dotted initials after a preposition of place are the province by themselves", "[recognize][abbreviation]") {
    auto ms = read_text("Fires burned across B.C. on Friday, and a state of emergency was declared in B.C. as wildfires spread.");
    REQUIRE(ms.size() == 2);
    for (const auto& m : ms) CHECK(m.place_name == "British Columbia");
    // (After a year they are an era.)
    CHECK(read_text("The pyramid was built in 2500 B.C. by workers.").empty());
}

TEST_CASE("two dotted initials that own something are the province", "[recognize][abbreviation]") {
    auto ms = read_text("B.C.'s transportation minister said the province would review the ferry schedule.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].place_name == "British Columbia");
}

TEST_CASE("a wire's dateline in capitals names its town whatever word it looks like", "[recognize][abbreviation]") {
    auto nice = read_text("NICE, France (AP) \u2014 Tadej Pogacar won the final time trial.");
    REQUIRE_FALSE(nice.empty());
    CHECK(nice[0].surface == "NICE");
    CHECK(nice[0].country == "FR");
    auto marrakech = read_text("MARRAKECH, Morocco (AP) \u2014 Rescuers dug through the rubble.");
    REQUIRE_FALSE(marrakech.empty());
    CHECK(marrakech[0].surface == "MARRAKECH");
    CHECK(marrakech[0].country == "MA");
}

TEST_CASE("region abbreviations: Australian states by their three-letter codes", "[recognize][general]") {
    // After a town and a comma, or on its own after a word of place.
    bool after_town = false, alone = false;
    for (const auto& m : frontline::test::read_text("Wollongong, NSW, had record floods. Rain fell across NSW.")) {
        if (m.surface == "NSW" && m.char_start < 20) after_town = m.place_name == "New South Wales";
        if (m.surface == "NSW" && m.char_start > 20) alone = m.place_name == "New South Wales";
    }
    CHECK(after_town);
    CHECK(alone);
}
