// Recognition and resolution rules, one behaviour per case, on the bundled
// default gazetteer (built with the project, so always present).
#include <catch2/catch.hpp>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/pipeline.hpp"

using namespace frontline;

namespace {

const Gazetteer& gazetteer() {
    static Gazetteer g = Gazetteer::open(FRONTLINE_DEFAULT_GAZETTEER);
    return g;
}

const Pipeline& pipeline() {
    static Pipeline p(gazetteer());
    return p;
}

std::vector<Mention> read(const std::string& text) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    return pipeline().process(doc);
}

std::vector<std::string> surfaces(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : read(text)) out.push_back(m.surface);
    return out;
}

}  // namespace

TEST_CASE("person names that are also places are not places", "[recognize]") {
    CHECK(surfaces("Donald Trump is likely to call Vladimir Putin, a diplomat said.").empty());
    CHECK(surfaces("President Vladimir Putin spoke. Later Putin left.").empty());
    CHECK(surfaces("Mr Trump met Mark Rutte and Kim Jong Un.").empty());
}

TEST_CASE("organisations, titles and media that contain a place are not places", "[recognize]") {
    CHECK(surfaces("He told the Kyiv Independent and the Washington Post.").empty());
    CHECK(surfaces("Comments reported by Radio Free Europe on Sunday.").empty());
    CHECK(surfaces("Money from the International Fund for Ukraine arrived.").empty());
}

TEST_CASE("acronyms match only places known by them", "[recognize]") {
    auto s = surfaces("Troops from the UK and the US arrived, the NIS said.");
    CHECK(s == std::vector<std::string>{"UK", "US"});
}

TEST_CASE("a region named with its designator resolves to the region", "[recognize][resolve]") {
    // "Russia's" owns the region: no place of its own (test_metonymy.cpp).
    auto ms = read("North Korean troops were deployed to Russia's Kursk region.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].surface == "Kursk region");
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(ms[0].country == "RU");
}

TEST_CASE("bare city names resolve to the city, possessives are stripped", "[recognize][resolve]") {
    auto ms = read("Kyiv's metro sheltered people from Kharkiv.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].surface == "Kyiv");
    CHECK(ms[0].kind == PlaceKind::settlement);
    CHECK(ms[1].kind == PlaceKind::settlement);
}

TEST_CASE("Cyrillic inflected names are recognised", "[recognize]") {
    auto ms = read("Бої тривають під Курахово та у Покровську.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name.value_or("").starts_with("Kurakhov"));  // GeoNames holds Kurakhove and Kurakhovo
    CHECK(ms[1].place_name == "Pokrovsk");
}

TEST_CASE("a misspelt name is taken where context asks for a place", "[recognize]") {
    auto ms = read("The fight to hold the eastern region of Dontesk is tough.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].surface == "Dontesk");
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(surfaces("Dontesk is tough.").empty());  // no context, no guess
    // After a placing word, two letters swapped; not any other slip.
    auto typo = read("Russian missiles hit Kramatorks on Monday.");
    REQUIRE(typo.size() == 1);
    CHECK(typo[0].place_name == "Kramatorsk");
    CHECK(surfaces("Russian missiles hit Kramatorsq on Monday.").empty());
    // A region after a comma asks for the place it qualifies, as an incident
    // table writes it ("Kupyanks, Kharkiv region").
    auto qualified = read("Kupyanks, Kharkiv region: a drone hit a car.");
    REQUIRE(qualified.size() == 2);
    CHECK(qualified[0].place_name == "Kupyansk");
    // A long name after a placing word may have one letter too many or too few.
    auto extra = read("Things look worse in Myrnohhrad, where the defenders risk being cut off.");
    REQUIRE(extra.size() == 1);
    CHECK(extra[0].place_name == "Myrnohrad");
    // (Not an adjective of a place one letter longer than it.)
    CHECK(surfaces("The talks were held at the request of Venezuelan officials.").empty());
    // After "the village of", a village of the war's countries, one slip away,
    // and the context chooses among the few so spelt.
    auto village = read("Russian troops crossed the border in the Sumy region and entered the border village of Hraboske.");
    REQUIRE(village.size() == 2);
    CHECK(village[1].surface == "Hraboske");
    CHECK(village[1].place_name == "Hrabovske");
    CHECK(village[1].admin1 == "Sumy Oblast");
}

TEST_CASE("common words and demonyms are not places", "[recognize]") {
    CHECK(surfaces("Progress was slow. Victory is near, the German envoy said.").empty());
}

TEST_CASE("offsets are code points into the text as given", "[recognize]") {
    auto ms = read("«Kharkiv’s» east: Курахове.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].char_start == 1);
    CHECK(ms[0].char_end == 8);
    CHECK(ms[1].char_start == 18);
    CHECK(ms[1].char_end == 26);
}

TEST_CASE("a first name qualified by its region or country is the place", "[recognize]") {
    auto ms = read("He visited Austin, Texas on Monday.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].surface == "Austin");
    CHECK(ms[0].place_name == "Austin");
    // A person stays a person.
    CHECK(surfaces("Austin, the spokesman, said.").empty());
}

TEST_CASE("an unknown word opening the sentence before a place makes a name of it", "[recognize]") {
    CHECK(surfaces("Oleksandr Kharkiv scored twice.").empty());
    // A dictionary word at the start leaves the place alone.
    auto ms = read("Overnight Kharkiv was hit.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].surface == "Kharkiv");
    CHECK(read("Вночі Харків атакували дрони.").size() == 1);
}

TEST_CASE("a sports club's town belongs to the club", "[recognize]") {
    CHECK(surfaces("Shakhtar Donetsk beat Dynamo Kyiv 2-1 on Sunday.").empty());
    CHECK(surfaces("Шахтар Донецьк переміг Динамо Київ.").empty());
    CHECK(read("Shelling hit Kramatorsk and Donetsk.").size() == 2);
}

TEST_CASE("a weapon named like a place is the weapon", "[recognize]") {
    auto ms = read("Russian Iskander missiles hit a grain truck near Sumy.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].surface == "Sumy");
    CHECK(surfaces("Tornado-S rockets hit the town.").empty());
}

TEST_CASE("a unit named like a place is the unit - a people's adjective is no place", "[recognize]") {
    auto ms = read("Chechen units of Akhmat fought in Mariupol.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].surface == "Mariupol");
}

TEST_CASE("a transliterated place adjective before a direction, a hromada or a plant names the town", "[recognize]") {
    auto ms = read("Fighting continues in the Kupianskyi direction. Shelling hit the Myrivska hromada.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name.value_or("").starts_with("Kup"));
    CHECK(ms[1].place_name == "Myrove");
    // Without a direction, a community or a plant after it, a -sky word is no place.
    CHECK(surfaces("Mr Zelensky spoke with the mayor.").empty());
}

TEST_CASE("a plant named by its town's adjective is in that town, with the plant's kind between", "[recognize]") {
    auto ms = read("Ukrainian missiles struck the Rostov region. The attack focused on the Kamensky chemical plant.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].place_name.value_or("").starts_with("Kamensk-Sh"));
}
