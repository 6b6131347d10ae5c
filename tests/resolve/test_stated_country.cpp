// A name's noun phrase or its alternates say whose place it is: "the Russian
// town of X", "the southern English city of Salisbury"; a name that is some
// place's own main name is not meant for a far place listing it among its
// alternates (issue 14).
#include <catch2/catch.hpp>

#include "../recognize/recognize_test_support.hpp"

using namespace frontline;
using test::read_text;

namespace {

std::string country_of(const std::string& text, const std::string& surface) {
    for (const auto& m : read_text(text))
        if (m.surface == surface) return m.country.value_or("");
    return "(none)";
}

}  // namespace

TEST_CASE("an adjective of nationality before a place noun picks that country's namesake", "[resolve][stated-country]") {
    CHECK(country_of("Drones struck the Russian village of Novoivanovka overnight.", "Novoivanovka") == "RU");
    CHECK(country_of("Shells hit the Ukrainian village of Novoivanivka overnight.", "Novoivanivka") == "UA");
    CHECK(country_of("Російське прикордонне село Теткіно знову обстріляли.", "Теткіно") == "RU");
    CHECK(country_of("The poisoning happened in the southern English city of Salisbury.", "Salisbury") == "GB");
}

TEST_CASE("an adjective that is no place noun's leaves the namesakes alone", "[resolve][stated-country]") {
    // ("Russian shelling of X" names the shelling's side; "Russian-occupied X"
    // who holds it.)
    CHECK(country_of("Russian shelling of Pokrovsk continued all night.", "Pokrovsk") == "UA");
    CHECK(country_of("Explosions rocked Russian-occupied Melitopol.", "Melitopol") == "UA");
}

TEST_CASE("a name that is a place's own main name is not another far place's alternate", "[resolve][stated-country]") {
    // GeoNames lists Salisbury among Harare's names.
    CHECK(country_of("He was poisoned in Salisbury in 2018.", "Salisbury") != "ZW");
}
