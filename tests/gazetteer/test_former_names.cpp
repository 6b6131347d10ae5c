// A former name of a town that other places now bear is dropped where many
// bear it (GeoNames lists Donetsk also as "Олександрівка") and kept as
// historic where one or two do; the town's own names in every script,
// language and system stay as they are.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include "frontline/gazetteer/former_names.hpp"

using namespace frontline;

namespace {

PlaceRecord settlement(const std::string& id, const std::string& name, const std::string& country,
                       std::vector<std::string> alternates, std::int64_t population = 0) {
    PlaceRecord p;
    p.id = id;
    p.name = name;
    p.country = country;
    p.kind = PlaceKind::settlement;
    p.population = population;
    for (auto& a : alternates) p.names.push_back({std::move(a), "", NameOrigin::alternate});
    return p;
}

bool has_name(const PlaceRecord& p, const std::string& name) {
    return std::any_of(p.names.begin(), p.names.end(), [&](const PlaceName& n) { return n.text == name; });
}

std::optional<NameOrigin> origin_of(const PlaceRecord& p, const std::string& name) {
    for (const PlaceName& n : p.names)
        if (n.text == name) return n.origin;
    return std::nullopt;
}

}  // namespace

TEST_CASE("a former name that other places now bear is dropped, or kept as a former name", "[gazetteer][former]") {
    std::vector<PlaceRecord> places{
        settlement("g:1", "Donetsk", "UA", {"Донецьк", "Донецк", "Олександрівка", "Юзівка", "Stalino"}, 900000),
        settlement("g:2", "Oleksandrivka", "UA", {"Олександрівка", "Александровка"}, 5000),
        settlement("g:3", "Nikopol", "UA", {"Нікополь", "Никополь", "Слов'янськ"}, 105000),
        settlement("g:4", "Slovyansk", "UA", {"Слов'янськ", "Славянск", "Sloviansk"}, 105000),
        settlement("g:5", "Kostyantynivka", "UA", {"Костянтинівка", "Константиновка", "Konstantinovka"}, 67000),
        settlement("g:6", "Konstantinovka", "UA", {"Константиновка"}, 200),
        settlement("g:7", "Rostov-na-Donu", "RU", {"Rostov", "Ростов-на-Дону"}, 1100000),
        settlement("g:8", "Rostov", "RU", {"Ростов"}, 30000),
        settlement("g:9", "Toretsk", "UA", {"Торецьк", "Дзержинськ"}, 30000),
        settlement("g:10", "Dzerzhinsk", "RU", {"Дзержинск"}, 230000),
        settlement("g:11", "L'govskiy", "RU", {"Lgov", "Льгов"}, 23000),
        settlement("g:12", "Lgov", "RU", {"Льгов"}, 100),
        settlement("g:13", "Oleksandrivka", "UA", {"Олександрівка"}, 900),
        settlement("g:14", "Oleksandrivka", "UA", {"Олександрівка"}, 300),
        settlement("g:15", "Peremoha", "UA", {"Перемога", "Побєда", "Pobeda"}, 144),
        settlement("g:16", "Pobeda", "UA", {"Побєда"}, 0),
        settlement("g:17", "Pobeda", "UA", {"Побєда"}, 0),
        settlement("g:18", "Pobeda", "UA", {"Побєда"}, 0),
    };
    const FormerNames counts = drop_names_of_other_places(places);
    CHECK(counts.dropped == 1);
    CHECK(counts.demoted == 3);
    // Donetsk was Oleksandrivka, a name three villages bear today: gone.
    CHECK_FALSE(has_name(places[0], "Олександрівка"));
    // A village renamed keeps a name three villages bear as a former one: it
    // takes no mention from them, and the other side still writes it.
    CHECK(origin_of(places[14], "Побєда") == NameOrigin::former);
    CHECK(origin_of(places[14], "Pobeda") == NameOrigin::former);
    // Nikopol was Sloviansk, one city's name today: a former name only.
    CHECK(origin_of(places[2], "Слов'янськ") == NameOrigin::former);
    // Own names in both languages stay; so does a former name nobody now bears.
    for (const char* n : {"Донецьк", "Донецк", "Юзівка", "Stalino"}) CHECK(origin_of(places[0], n) == NameOrigin::alternate);
    CHECK(origin_of(places[1], "Александровка") == NameOrigin::alternate);
    // A Russian form shares the Ukrainian name's consonants ("Константиновка").
    CHECK(origin_of(places[4], "Константиновка") == NameOrigin::alternate);
    CHECK(origin_of(places[4], "Konstantinovka") == NameOrigin::alternate);
    // A word of a longer name, or its beginning, is its short form ("Rostov", "Lgov").
    CHECK(origin_of(places[6], "Rostov") == NameOrigin::alternate);
    CHECK(origin_of(places[10], "Lgov") == NameOrigin::alternate);
    // Another country's town takes nothing from a Ukrainian one.
    CHECK(origin_of(places[8], "Дзержинськ") == NameOrigin::alternate);
}
