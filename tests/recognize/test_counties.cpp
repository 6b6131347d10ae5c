// Second-level areas in general news: a county named with its word ("Harris
// County", "Orleans Parish"), Irish style with the word first ("County
// Kerry", "Co Cork", "Co. Clare"), and a French département by its word
// ("the Var department"), read with the bundled gazetteer (admin2.tsv.gz).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "recognize_test_support.hpp"

using namespace frontline;
using frontline::test::read_text;
using frontline::test::find_surface;

TEST_CASE("counties: a county is read with its word, as one name", "[recognize][general][admin2]") {
    auto ms = read_text("Floodwater closed roads across Harris County on Tuesday, Texas officials said.");
    const Mention* harris = find_surface(ms, "Harris County");
    REQUIRE(harris);
    CHECK(harris->kind == PlaceKind::admin2);
    CHECK(harris->admin1 == "Texas");
    // A parish of Louisiana likewise, and no town that also bears its name.
    auto parish = read_text("Storms hit Orleans Parish and Jefferson Parish in Louisiana.");
    const Mention* orleans = find_surface(parish, "Orleans Parish");
    REQUIRE(orleans);
    CHECK(orleans->kind == PlaceKind::admin2);
    CHECK(orleans->place_name == "Orleans Parish");
}

TEST_CASE("counties: a county named after a person makes no bare name a place", "[recognize][general][admin2]") {
    // ("Harris County" is in the gazetteer; "Harris" alone is no county.)
    auto ms = read_text("Kamala Harris spoke in Houston on Monday, and Harris County officials listened.");
    for (const auto& m : ms) CHECK(m.surface != "Harris");
    REQUIRE(find_surface(ms, "Harris County"));
    // Nor is a town of the name before the word where the gazetteer lacks
    // that county ("Elgin County" is Ontario's, not Elgin, Illinois).
    for (const auto& m : read_text("Rain fell on Elgin County, Ontario, all week.")) CHECK(m.place_name != "Elgin");
}

TEST_CASE("counties: Irish style puts the word first, written out or abbreviated", "[recognize][general][admin2]") {
    auto ms = read_text("Gardai searched the coast of County Kerry, and boats from Co Cork and Co. Clare joined them.");
    for (const char* s : {"County Kerry", "Co Cork", "Co. Clare"}) {
        INFO(s);
        const Mention* m = find_surface(ms, s);
        REQUIRE(m);
        CHECK(m->kind == PlaceKind::admin2);
        CHECK(m->country == "IE");
    }
}

TEST_CASE("counties: a departement named by its word, even where the name is a common word", "[recognize][general][admin2]") {
    auto ms = read_text("Wildfires spread through the Var department on Sunday.");
    const Mention* var = find_surface(ms, "Var department");
    REQUIRE(var);
    CHECK(var->kind == PlaceKind::admin2);
    CHECK(var->country == "FR");
    // ("var" alone is a word: without its department it stays unread.)
    for (const auto& m : read_text("The Var was dry all summer, he said.")) CHECK(m.surface != "Var");
}

TEST_CASE("counties: names in a list that a plural county word closes are those counties", "[recognize][general][admin2]") {
    auto ms = read_text("Tornadoes tore through Sharkey and Humphreys counties in Mississippi on Friday.");
    for (const char* s : {"Sharkey", "Humphreys"}) {
        INFO(s);
        const Mention* m = find_surface(ms, s);
        REQUIRE(m);
        CHECK(m->kind == PlaceKind::admin2);
        CHECK(m->admin1 == "Mississippi");
    }
    // A town of the name is not meant: "Orange" is Orange County.
    auto ca = read_text("Fires burned in Los Angeles and Orange counties, California officials said.");
    const Mention* orange = find_surface(ca, "Orange");
    REQUIRE(orange);
    CHECK(orange->place_name == "Orange County");
    const Mention* la = find_surface(ca, "Los Angeles");
    REQUIRE(la);
    CHECK(la->place_name == "Los Angeles County");
}
