// Rivers and seas named like towns. The gazetteer holds no water, so the
// town of that name would be a wrong place, often hundreds of kilometres off.
#include <catch2/catch.hpp>

#include "recognize_test_support.hpp"

using namespace frontline::test;

TEST_CASE("a name before or after a river noun is the river", "[recognize][water]") {
    CHECK(surfaces_of("Russian troops crossed the Oskil River near Kupiansk.") == std::vector<std::string>{"Kupiansk"});
    CHECK(surfaces_of("Бої тривають уздовж річки Оскіл біля Куп'янська.") == std::vector<std::string>{"Куп'янська"});
    CHECK(surfaces_of("Войска форсировали реку Днепр у Херсона.") == std::vector<std::string>{"Херсона"});
}

TEST_CASE("a name after a shore noun is the river — a region after it stays a place", "[recognize][water]") {
    CHECK(surfaces_of("Ukrainian forces hold the east bank of the Dnipro near Krynky.") == std::vector<std::string>{"Krynky"});
    CHECK(surfaces_of("Плацдарм на лівому березі Дніпра біля Кринок утримується.") == std::vector<std::string>{"Кринок"});
    CHECK(surfaces_of("On the left bank of the Kherson region, shelling continues.") ==
          std::vector<std::string>{"Kherson region"});
    // The city itself, anywhere else.
    CHECK(surfaces_of("Strikes hit Dnipro overnight.") == std::vector<std::string>{"Dnipro"});
    // A reservoir keeps its town: drawn at its dam.
    CHECK(surfaces_of("A boat was shelled on the Kakhovka reservoir.") == std::vector<std::string>{"Kakhovka"});
}

TEST_CASE("a name crossed with an article is the river - a strait the gazetteer holds stays a place", "[recognize][water]") {
    CHECK(surfaces_of("Ukrainian marines dig in across the Dnipro near Krynky.") == std::vector<std::string>{"Krynky"});
    CHECK(surfaces_of("Russian troops crossed the Oskil near Kupiansk.") == std::vector<std::string>{"Kupiansk"});
    CHECK(surfaces_of("The bridge across the Kerch Strait was damaged.") == std::vector<std::string>{"Kerch Strait"});
    // A region after "across the" is the region.
    CHECK(surfaces_of("Fighting raged across the Kursk region.") == std::vector<std::string>{"Kursk region"});
}

TEST_CASE("a river forced, or withdrawn beyond, is the water, a town fought for is the town", "[recognize][water]") {
    CHECK(surfaces_of("Російські війська відійшли за Дніпро.").empty());
    CHECK(surfaces_of("ВСУ форсировали Днепр.").empty());
    CHECK(surfaces_of("Бої за Покровськ тривають.") == std::vector<std::string>{"Покровськ"});
}

TEST_CASE("a river's banks, delta and second word, and the ground along it, are water", "[recognize][water]") {
    CHECK(surfaces_of("Ворог намагався вибити наші підрозділи з плацдармів на лівобережжі Дніпра.").empty());
    CHECK(surfaces_of("Ворог обстрілював населені пункти вздовж Сіверського Донця.").empty());
    CHECK(surfaces_of("Russian forces shelled villages along the Siverskyi Donets.").empty());
    // (Along the front line, the town near it is a town.)
    CHECK(surfaces_of("Вздовж лінії фронту тривають бої біля Покровська.") == std::vector<std::string>{"Покровська"});
}
