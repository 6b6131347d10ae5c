// Places of note written in lower case, as chats, feeds and tags write them.
#include <catch2/catch.hpp>

#include "recognize_test_support.hpp"

using namespace frontline::test;

TEST_CASE("a big city or a region in lower case where a place is asked for", "[recognize][lower]") {
    CHECK(surfaces_of("explosions reported in kharkiv and sumy overnight") == std::vector<std::string>{"kharkiv", "sumy"});
    CHECK(surfaces_of("Russian strikes on Kharkiv, sumy and odesa.") == std::vector<std::string>{"Kharkiv", "sumy", "odesa"});
    CHECK(surfaces_of("Вибухи у Харкові та сумах.") == std::vector<std::string>{"Харкові", "сумах"});
}

TEST_CASE("a verb of striking asks for a place in lower case as a preposition does", "[recognize][lower]") {
    CHECK(surfaces_of("Strikes hit kharkiv, sumy and odesa overnight.") == std::vector<std::string>{"kharkiv", "sumy", "odesa"});
    CHECK(surfaces_of("the attack on kyiv lasted hours") == std::vector<std::string>{"kyiv"});
    // (A country the word list writes capitalised is still the country; a first name is not a place.)
    CHECK(surfaces_of("russia attacked ukraine again") == std::vector<std::string>{"ukraine"});
    CHECK(surfaces_of("we talked to keith in kharkiv") == std::vector<std::string>{"kharkiv"});
}

TEST_CASE("lower-case words stay words", "[recognize][lower]") {
    // A dictionary word, however named a place ("Turkey", "Mobile").
    CHECK(surfaces_of("The bird in turkey was cooked, then sold at mobile stalls.").empty());
    // No preposition or list asks for a place.
    CHECK(surfaces_of("kharkiv residents say the night was calm").empty());
    // Cyrillic only in a list: "у шахті" is a mine, "на рівному місці" level ground.
    CHECK(surfaces_of("Вибух стався у шахті, на рівному місці.").empty());
    // A village is too small to be told by its lower-case name.
    CHECK(surfaces_of("troops moved in robotyne").empty());
}
