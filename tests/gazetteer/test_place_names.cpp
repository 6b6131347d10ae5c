// The names a place is compiled with beside those its sources give
// (gazetteer/place_names.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "frontline/gazetteer/place_names.hpp"

using namespace frontline;

namespace {

bool has_name(const std::vector<PlaceName>& names, const char* text, NameOrigin origin) {
    return std::any_of(names.begin(), names.end(), [&](const PlaceName& n) { return n.text == text && n.origin == origin; });
}

PlaceRecord settlement(const char* name, const char* country) {
    PlaceRecord p;
    p.id = std::string("test:") + name;
    p.name = name;
    p.kind = PlaceKind::settlement;
    p.country = country;
    return p;
}

}  // namespace

TEST_CASE("place names: a town's first word before '-sk-' is its short form for adjectives - an -ove town's -iv stem",
          "[gazetteer][names]") {
    // "the Kamensky chemical plant" is Kamensk-Shakhtinsky's.
    CHECK(has_name(expand_place_names(settlement("Kamensk-Shakhtinsky", "RU")), "Kamensk", NameOrigin::direction));
    // "the Kurakhiv direction" is Kurakhove's.
    CHECK(has_name(expand_place_names(settlement("Kurakhove", "UA")), "Kurakhiv", NameOrigin::direction));
    // Other hyphenated names give no short form: Rostov-on-Don is not "Rostov" by this rule.
    CHECK_FALSE(has_name(expand_place_names(settlement("Rostov-on-Don", "RU")), "Rostov", NameOrigin::direction));
}

TEST_CASE("place names: Cyrillic names are spelt in Latin letters only for the countries that write Cyrillic",
          "[gazetteer][names]") {
    // A Chinese town's Russian exonym spelt back into Latin letters names
    // nothing an English writer would write ("Ukhai" is no Wuhai).
    auto transliterated = [](const std::vector<PlaceName>& names) {
        return std::count_if(names.begin(), names.end(), [](const PlaceName& n) { return n.origin == NameOrigin::transliterated; });
    };
    PlaceRecord wuhai = settlement("Wuhai", "CN");
    wuhai.names.push_back({"Ухай", "ru", NameOrigin::alternate});
    CHECK(transliterated(expand_place_names(wuhai)) == 0);
    PlaceRecord ukhta = settlement("Ukhta", "RU");
    ukhta.names.push_back({"Ухай", "ru", NameOrigin::alternate});  // (the same name, for the test)
    CHECK(transliterated(expand_place_names(ukhta)) > 0);
}

TEST_CASE("place names: Saint, Mount and Fort as the press abbreviates them", "[gazetteer][names]") {
    // The abbreviated form is the same name, as main as the full one.
    CHECK(has_name(expand_place_names(settlement("Saint Paul", "US")), "St Paul", NameOrigin::preferred));
    CHECK(has_name(expand_place_names(settlement("Mount Vernon", "US")), "Mt Vernon", NameOrigin::preferred));
    CHECK(has_name(expand_place_names(settlement("Fort Worth", "US")), "Ft Worth", NameOrigin::preferred));
    CHECK_FALSE(has_name(expand_place_names(settlement("Saint", "US")), "St ", NameOrigin::preferred));
}

TEST_CASE("place names: an area named with a compass adjective is also named with the compass noun", "[gazetteer][names]") {
    auto area = [](const char* name, const char* country, PlaceKind kind) {
        PlaceRecord p = settlement(name, country);
        p.kind = kind;
        return expand_place_names(p);
    };
    // "Sudan's North Darfur state" is GeoNames' "Northern Darfur".
    CHECK(has_name(area("Northern Darfur", "SD", PlaceKind::admin1), "North Darfur", NameOrigin::preferred));
    CHECK(has_name(area("Southern Kordofan", "SD", PlaceKind::admin2), "South Kordofan", NameOrigin::preferred));
    // Only areas: a town called "Northern ..." keeps its own name alone,
    // and no adjective is made from a noun ("North Cape" stays itself).
    CHECK_FALSE(has_name(expand_place_names(settlement("Northern Heights", "US")), "North Heights", NameOrigin::preferred));
    CHECK_FALSE(has_name(area("North Cape", "NO", PlaceKind::admin1), "Northern Cape", NameOrigin::preferred));
    // (Before a bare feature or area word the compass noun names another place: Norway's North Cape.)
    CHECK_FALSE(has_name(area("Northern Cape", "ZA", PlaceKind::admin1), "North Cape", NameOrigin::preferred));
}
