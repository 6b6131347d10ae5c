// Rivers and seas named like towns. The town of that name would be a wrong
// place, often hundreds of kilometres off: the name is the river where the
// gazetteer holds it (natural-features.tsv), and no place where it does not.
#include <catch2/catch.hpp>

#include "recognize_test_support.hpp"

using namespace frontline::test;

namespace {
// Each mention as "surface=place id", the place the name was read as.
std::vector<std::string> places_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : read_text(text)) out.push_back(m.surface + "=" + m.place_id.value_or("?"));
    return out;
}
}  // namespace

TEST_CASE("a name before or after a river noun is the river", "[recognize][water]") {
    CHECK(places_of("Russian troops crossed the Oskil River near Kupiansk.") ==
          std::vector<std::string>{"Oskil River=feature:oskil-river", "Kupiansk=geonames:703656"});
    CHECK(surfaces_of("Бої тривають уздовж річки Оскіл біля Куп'янська.") == std::vector<std::string>{"Оскіл", "Куп'янська"});
    CHECK(places_of("Войска форсировали реку Днепр у Херсона.").front() == "Днепр=feature:dnipro-river");
    // A river the gazetteer lacks is no place at all.
    CHECK(surfaces_of("Russian troops crossed the Zherebets River near Torske.") == std::vector<std::string>{"Torske"});
}

TEST_CASE("a name after a shore noun is the river — a region after it stays a place", "[recognize][water]") {
    CHECK(places_of("Ukrainian forces hold the east bank of the Dnipro near Krynky.") ==
          std::vector<std::string>{"Dnipro=feature:dnipro-river", "Krynky=geonames:703861"});
    CHECK(surfaces_of("Плацдарм на лівому березі Дніпра біля Кринок утримується.") == std::vector<std::string>{"Дніпра", "Кринок"});
    CHECK(places_of("Ukrainian forces hold the east bank of the Dnieper.") == std::vector<std::string>{"Dnieper=feature:dnipro-river"});
    CHECK(surfaces_of("On the left bank of the Kherson region, shelling continues.") ==
          std::vector<std::string>{"Kherson region"});
    // The city itself, anywhere else.
    CHECK(surfaces_of("Strikes hit Dnipro overnight.") == std::vector<std::string>{"Dnipro"});
    // A reservoir keeps its town: drawn at its dam.
    CHECK(surfaces_of("A boat was shelled on the Kakhovka reservoir.") == std::vector<std::string>{"Kakhovka"});
}

TEST_CASE("a name crossed with an article is the river - a strait the gazetteer holds stays a place", "[recognize][water]") {
    CHECK(places_of("Ukrainian marines dig in across the Dnipro near Krynky.").front() == "Dnipro=feature:dnipro-river");
    CHECK(places_of("Russian troops crossed the Oskil near Kupiansk.").front() == "Oskil=feature:oskil-river");
    CHECK(surfaces_of("The bridge across the Kerch Strait was damaged.") == std::vector<std::string>{"Kerch Strait"});
    // A region after "across the" is the region.
    CHECK(surfaces_of("Fighting raged across the Kursk region.") == std::vector<std::string>{"Kursk region"});
}

TEST_CASE("a river forced, or withdrawn beyond, is the water, a town fought for is the town", "[recognize][water]") {
    CHECK(places_of("Російські війська відійшли за Дніпро.") == std::vector<std::string>{"Дніпро=feature:dnipro-river"});
    CHECK(places_of("ВСУ форсировали Днепр.") == std::vector<std::string>{"Днепр=feature:dnipro-river"});
    CHECK(surfaces_of("Бої за Покровськ тривають.") == std::vector<std::string>{"Покровськ"});
}

TEST_CASE("a river's banks, delta and second word, and the ground along it, are water", "[recognize][water]") {
    CHECK(places_of("Ворог намагався вибити наші підрозділи з плацдармів на лівобережжі Дніпра.") ==
          std::vector<std::string>{"Дніпра=feature:dnipro-river"});
    CHECK(places_of("Ворог обстрілював населені пункти вздовж Сіверського Донця.") ==
          std::vector<std::string>{"Сіверського Донця=feature:siverskyi-donets"});
    CHECK(places_of("Russian forces shelled villages along the Siverskyi Donets.") ==
          std::vector<std::string>{"Siverskyi Donets=feature:siverskyi-donets"});
    // (Along the front line, the town near it is a town.)
    CHECK(surfaces_of("Вздовж лінії фронту тривають бої біля Покровська.") == std::vector<std::string>{"Покровська"});
}
