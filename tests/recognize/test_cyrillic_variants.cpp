// A Ukrainian village in Russian spelling, a Russian town in Ukrainian
// spelling, where GeoNames gives only the local name: the cross-spelling
// skeleton (recognize/cyrillic_variant_index.hpp). Sentences written for
// these tests in the styles of Russian bulletins and Ukrainian posts.
#include <catch2/catch.hpp>

#include "frontline/recognize/cyrillic_variant_index.hpp"
#include "frontline/text/fold.hpp"
#include "recognize_test_support.hpp"

using namespace frontline;
using test::read_text;
using test::surfaces_of;

namespace {

std::string place_of(const std::string& text, std::string_view surface) {
    for (const auto& m : read_text(text))
        if (m.surface == surface) return m.place_name.value_or("(unresolved)");
    return "(not found)";
}

std::string skeleton(std::string_view word) { return cyrillic_variant_skeleton(fold(word)); }

}  // namespace

TEST_CASE("cross-spelling skeleton: Russian and Ukrainian spellings meet", "[recognize][cyrillic]") {
    CHECK(skeleton("Работино") == skeleton("Роботине"));
    CHECK(skeleton("Новоселидовки") == skeleton("Новоселидівка"));
    CHECK(skeleton("Курахово") == skeleton("Курахове"));
    CHECK(skeleton("Белополье") == skeleton("Білопілля"));
    CHECK(skeleton("Брянськ") == skeleton("Брянск"));
    CHECK(skeleton("Великая Новосёлка") == skeleton("Велика Новосілка"));
    // Different names stay apart.
    CHECK(skeleton("Курахово") != skeleton("Краматорськ"));
    CHECK(skeleton("Работино") != skeleton("Роботи"));
    CHECK(skeleton_consonants(skeleton("Работино")) == 4);
}

TEST_CASE("cross-spelling: vowels answer each other, endings are cases", "[recognize][cyrillic]") {
    CHECK(cross_spelling(fold("Новоселидовки"), fold("Новоселидівка")));
    CHECK(cross_spelling(fold("Работино"), fold("Роботине")));
    CHECK(cross_spelling(fold("Брянськ"), fold("Брянск")));
    // Ukrainian writes Russian ё as ьо.
    CHECK(cross_spelling(fold("Тьоткіно"), fold("Тёткино")));
    CHECK(cross_spelling(fold("Тьоткіно"), fold("Теткино")));
    // є does not answer о; -ію ends no consonant stem; a masculine adjective
    // is no neuter name.
    CHECK_FALSE(cross_spelling(fold("Премєр"), fold("Приморье")));
    CHECK_FALSE(cross_spelling(fold("Болгарію"), fold("Болгар")));
    CHECK_FALSE(cross_spelling(fold("Північний"), fold("Північне")));
    // Only a case of the name as written is no respelling.
    CHECK_FALSE(cross_spelling(fold("Львівська"), fold("Львівське"), true));
    CHECK(cross_spelling(fold("Синьковки"), fold("Синьківка"), true));
}

TEST_CASE("a village in the other language's spelling is found where a place is expected", "[recognize][cyrillic]") {
    CHECK(place_of("Подразделения освободили населенный пункт Новоселидовка.", "Новоселидовка") == "Novoselydivka");
    CHECK(place_of("В Запорожской области ВСУ пытались атаковать позиции у Работино.", "Работино") == "Robotyne");
    CHECK(place_of("Бои идут в районе Курахово и Новоселидовки.", "Новоселидовки") == "Novoselydivka");
    CHECK(place_of("Противник обстрелял Великую Новосёлку из артиллерии.", "Великую Новосёлку") == "Velyka Novosilka");
    CHECK(place_of("Над Брянськом збили українського дрона.", "Брянськом") == "Bryansk");
    // After a word for a part of the town: "в центре", "в южной части".
    CHECK(place_of("Штурмовым группам удалось закрепиться в центре Работино.", "Работино") == "Robotyne");
    CHECK(place_of("Бои идут в южной части Работино.", "Работино") == "Robotyne");
    // A name that matched one village as written gains the village it spells
    // in the other language, and the oblast named decides.
    CHECK(place_of("Нанесено поражение противнику в районе Синьковки Харьковской области.", "Синьковки") == "Synkivka");
}

TEST_CASE("a Cyrillic word that only spells like a village is no place", "[recognize][cyrillic]") {
    CHECK(surfaces_of("Заява Прем'єр-міністра прозвучала у Прем'єр-лізі.").empty());
    // A word before a designator qualifies it.
    auto s = surfaces_of("Сообщили власти Донецкой Народной Республики.");
    CHECK(std::find(s.begin(), s.end(), "Народной Республики") == s.end());
}

TEST_CASE("a Russian name GeoNames spells only in Latin letters reaches the village where a place is asked for, and a sentence's first word stays a word",
          "[recognize][cyrillic]") {
    // (Кам'янське of Zaporizhzhia Oblast is "Kamenskoye" in Latin letters only.)
    CHECK(place_of("ВСУ предприняли попытку атаковать позиции у Каменского и Малых Щербаков.", "Каменского") == "Kamyanske");
    auto s = surfaces_of("Атаки також зазнали Житомирщина, Київщина та Волинь.");
    CHECK(std::find(s.begin(), s.end(), "Атаки") == s.end());
    // A village's Latin name leaves a raion of that name alone.
    CHECK(place_of("Росіяни обстріляли Нікополь, а також села Покровське і Мирове Нікопольського району.", "Мирове") == "Myrove");
}

TEST_CASE("a Russian town's genitive in Ukrainian: a fleeting vowel, and '-ська' after a preposition as the town's, not only the oblast's",
          "[recognize][cyrillic]") {
    CHECK(place_of("Ударні БпЛА запускали з напрямку Орла.", "Орла") == "Orël");
    CHECK(place_of("Вибухи пролунали біля Курська.", "Курська") == "Kursk");
    // (In a list, and where only the Russian "-ск" form is known: Брянск.)
    CHECK(place_of("Ударні БпЛА запускали з напрямку Орла та Брянська.", "Брянська") == "Bryansk");
    // With its region noun the adjective stays the oblast's.
    CHECK(place_of("Курська область межує з Сумщиною.", "Курська область") == "Kursk Oblast");
}

TEST_CASE("cross-spelling: a list goes on past its commas - a declined town before a surname of another case stays a town",
          "[recognize][cyrillic]") {
    // Kozachi Laheri in its Russian spelling, the fourth of a list.
    CHECK(place_of("Под огнём находились Алешки, Голая Пристань, Казачьи Лагеря и Днепряны.", "Казачьи Лагеря") == "Kozachi Laheri");
    // A first name agrees with its surname; a town in another case does not.
    CHECK(place_of("Удар по Бердянську Балицкий назвал терактом.", "Бердянську") == "Berdyansk");
    CHECK(place_of("Підполковнику Круглову Андрію Миколайовичу вручено орден.", "Круглову") == "(not found)");
    // A title names its town in the genitive; a name in its dictionary form after it is the person.
    CHECK(place_of("Об атаке на Лиски губернатор Гусев не сообщил.", "Гусев") == "(not found)");
    CHECK(place_of("Об атаке на Лиски губернатор Гусев не сообщил.", "Лиски") == "Liski");
}

TEST_CASE("a Russian town's adjectival name declined in Ukrainian is the town where no noun it qualifies follows",
          "[recognize][cyrillic]") {
    // Раменское, Ukrainian Раменське, in the locative and genitive.
    CHECK(place_of("Уночі дрони атакували Підмосков'я: у Раменському загинула людина.", "Раменському") == "Ramenskoye");
    CHECK(place_of("Вибухи пролунали у Раменському та Одинцові.", "Раменському") == "Ramenskoye");
    // A town of note even where a noun follows: the subject of the next clause.
    CHECK(place_of("У Раменському уламки влучили в багатоповерхівку.", "Раменському") == "Ramenskoye");
    CHECK(place_of("Уламки дрона впали біля Раменського.", "Раменського") == "Ramenskoye");
    // A front named for its town is no village of the adjective's name.
    CHECK(place_of("Найважче зараз на Харківському фронті.", "Харківському") == "Kharkiv");
}

TEST_CASE("a Russian region named in Ukrainian where the gazetteer knows only its Russian name", "[recognize][cyrillic]") {
    CHECK(place_of("Дрони атакували НПЗ у Нижегородській області.", "Нижегородській області") == "Nizhny Novgorod Oblast");
    CHECK(place_of("Вибухи пролунали в Оренбурзькій області.", "Оренбурзькій області") == "Orenburg Oblast");
    CHECK(place_of("Вибухи пролунали в Пермському краї.", "Пермському краї") == "Perm Krai");
}

