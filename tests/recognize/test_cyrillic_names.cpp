// Ukrainian and Russian place names in the forms reports use: two-word
// names declined together, plural names, a front's direction, a community or
// a district named by its town's adjective, -щина regions, names in the
// other language's spelling, and the words around them that are no part of
// another name (issue 14). Sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>

#include "recognize_test_support.hpp"

using namespace frontline;
using test::read_text;
using test::surfaces_of;

namespace {

// The place name each mention resolved to, by surface.
std::string place_of(const std::vector<Mention>& mentions, std::string_view surface) {
    for (const auto& m : mentions)
        if (m.surface == surface) return m.place_name.value_or("(unresolved)");
    return "(not found)";
}

std::string kind_of(const std::vector<Mention>& mentions, std::string_view surface) {
    for (const auto& m : mentions)
        if (m.surface == surface && m.kind) return std::string(to_string(*m.kind));
    return "(none)";
}

// GeoNames spells Kupiansk either way, depending on the dump.
bool kupiansk(const std::string& name) { return name == "Kupiansk" || name == "Kupyansk"; }

bool found(const std::vector<std::string>& surfaces, std::string_view s) {
    return std::find(surfaces.begin(), surfaces.end(), s) != surfaces.end();
}

}  // namespace

TEST_CASE("a two-word name declines in both words", "[recognize][cyrillic]") {
    auto m = read_text("Бої тривають біля Часового Яру та під Кривим Рогом.");
    CHECK(place_of(m, "Часового Яру") == "Chasiv Yar");
    CHECK(place_of(m, "Кривим Рогом") == "Kryvyy Rih");
    m = read_text("Вчера обстреляли окраины Часова Яра, а ночью удар пришёлся по Кривом Роге.");
    CHECK(place_of(m, "Часова Яра") == "Chasiv Yar");
    CHECK(place_of(m, "Кривом Роге") == "Kryvyy Rih");
    m = read_text("Ворог атакував поблизу Великої Писарівки.");
    CHECK(place_of(m, "Великої Писарівки") == "Velyka Pysarivka");
}

TEST_CASE("plural names in their genitive plural", "[recognize][cyrillic]") {
    auto m = read_text("Окупанти обстріляли околиці Терен та Олешок.");
    CHECK(place_of(m, "Терен").find("Terny") != std::string::npos);
    CHECK(place_of(m, "Олешок") == "Oleshky");
}

TEST_CASE("a direction is named after its town", "[recognize][cyrillic]") {
    auto m = read_text("На Куп'янському напрямку ворог атакував шість разів. На Курахівському напрямку тихо.");
    CHECK(kupiansk(place_of(m, "Куп'янському")));
    CHECK(place_of(m, "Курахівському").starts_with("Kurakhov"));  // GeoNames has it twice
    m = read_text("На Харківському напрямку противник наступав.");
    CHECK(place_of(m, "Харківському") == "Kharkiv");
    CHECK(kind_of(m, "Харківському") == "settlement");
    m = read_text("На Купянском направлении подразделения продвинулись.");
    CHECK(kupiansk(place_of(m, "Купянском")));
}

TEST_CASE("a community or a district is named after its centre", "[recognize][cyrillic]") {
    auto m = read_text("Уночі дрон влучив у будинок у Межівській громаді.");
    CHECK(place_of(m, "Межівській громаді") == "Mezhova");
    m = read_text("Обстрілів зазнали Білопільська, Марганецька та Великописарівська громади.");
    CHECK(place_of(m, "Білопільська") == "Bilopillia");
    CHECK(place_of(m, "Марганецька") == "Marhanets");
    CHECK(place_of(m, "Великописарівська громади") == "Velyka Pysarivka");
    m = read_text("Обстреляли сёла Шебекинского округа и окраины Грайворонского округа.");
    CHECK(place_of(m, "Шебекинского округа") == "Shebekino");
    CHECK(place_of(m, "Грайворонского округа") == "Grayvoron");
}

TEST_CASE("an adjective names no place without a word that asks for one", "[recognize][cyrillic]") {
    CHECK(surfaces_of("Уночі Межівська лікарня працювала.").empty());
    CHECK(surfaces_of("Громада вимагає ремонту доріг.").empty());
    // A country's adjective is a nationality, whatever village shares it.
    CHECK(surfaces_of("Українські військові відбили атаку.").empty());
}

TEST_CASE("a facility named by its town's adjective is in that town", "[recognize][cyrillic]") {
    auto m = read_text("Уночі Сили оборони уразили Новошахтинський НПЗ.");
    CHECK(place_of(m, "Новошахтинський") == "Novoshakhtinsk");
    m = read_text("Окупанти вдарили по Харківській ТЕЦ-5.");
    CHECK(place_of(m, "Харківській") == "Kharkiv");
}

TEST_CASE("a -щина region is its oblast, or the district its town stands for", "[recognize][cyrillic]") {
    auto m = read_text("Продовжуємо активні дії на Курщині та Бєлгородщині.");
    CHECK(place_of(m, "Курщині") == "Kursk Oblast");
    CHECK(place_of(m, "Бєлгородщині") == "Belgorod Oblast");
    // (The spoken "і" where Russian writes "е": Білгородщина, Белгород.)
    m = read_text("Дрони знову атакували Білгородщину.");
    CHECK(place_of(m, "Білгородщину") == "Belgorod Oblast");
    m = read_text("Ворог обстріляв Нікопольщину, на Синельниківщині спокійно.");
    CHECK(place_of(m, "Нікопольщину") == "Nikopol");
    CHECK(place_of(m, "Синельниківщині") == "Synelnykove");
    m = read_text("Уночі на Харківщині збили дрони.");
    CHECK(place_of(m, "Харківщині") == "Kharkiv Oblast");
}

TEST_CASE("a place named in the other language's spelling", "[recognize][cyrillic]") {
    auto m = read_text("Дрони атакували заводи в Кіріші та в Єлабузі.");
    CHECK(place_of(m, "Кіріші") == "Kirishi");
    CHECK(place_of(m, "Єлабузі") == "Yelabuga");
    // A Ukrainian word respelt is no Ukrainian place: "Крім" is not Крим.
    CHECK(surfaces_of("Крім того, ворог застосував дрони.").empty());
}

TEST_CASE("what follows a Cyrillic name is no part of it", "[recognize][cyrillic]") {
    // A district or community after the name qualifies it.
    auto s = surfaces_of("Вчера дрон атаковал автомобиль в Головчино Грайворонского округа.");
    CHECK(found(s, "Головчино"));
    // A title's place before the titled person.
    s = surfaces_of("Про це повідомив мер Маріуполя Вадим Бойченко.");
    CHECK(found(s, "Маріуполя"));
    // A first name before a patronymic is the person's.
    CHECK(surfaces_of("Заява президента Володимира Олександровича Зеленського.").empty());
    // An acronym after a town; but after a region's adjective it is the
    // region's organisation.
    s = surfaces_of("Под Белгородом ВСУ атаковали подстанцию.");
    CHECK(found(s, "Белгородом"));
    CHECK(surfaces_of("Про це повідомив голова Харківської ОВА.").empty());
    // A region in any case qualifies the town before it: "края", "краю".
    CHECK(found(surfaces_of("Беспилотники атаковали НПЗ в Туапсе Краснодарского края."), "Туапсе"));
    CHECK(found(surfaces_of("Дрони атакували Туапсе Краснодарського краю."), "Туапсе"));
}

TEST_CASE("an acronym with a case ending before a Cyrillic name is a weapon, not a name it belongs to", "[recognize][cyrillic]") {
    auto s = surfaces_of("У четвер ворог атакував КАБами Білопілля та Краснопілля.");
    CHECK(found(s, "Білопілля"));
    CHECK(found(s, "Краснопілля"));
}

TEST_CASE("Cyrillic words that are no places", "[recognize][cyrillic]") {
    // The head of an organisation's name, a unit's name in quotes, a person.
    CHECK(surfaces_of("На напрямку Сили оборони відбили атаки.").empty());
    CHECK(surfaces_of("Подразделения группировки войск «Север» нанесли поражение.").empty());
    CHECK(surfaces_of("Шойгу доложил Путину об итогах.").empty());
    CHECK(surfaces_of("По данным Министерства обороны России, атака отражена.").empty());
    CHECK(surfaces_of("Уважаемые граждане Российской Федерации!").empty());
    CHECK(surfaces_of("По дому били «Градами».").empty());
}

TEST_CASE("a district named before its city lies in that city", "[recognize][cyrillic]") {
    auto m = read_text("Снаряд влучив у будинок у Салтівському районі Харкова.");
    std::string saltivskyi = place_of(m, "Салтівському районі");
    // (Kharkiv's districts are in data/gazetteer/city-districts.tsv.)
    CHECK(saltivskyi == "Салтівський район");
    // Samara was Kuibyshev, and Moscow has its Kievsky: here both are Donetsk's.
    m = read_text("Обстреляли Киевский и Куйбышевский районы Донецка.");
    CHECK(place_of(m, "Куйбышевский районы") == "Donetsk");
    CHECK(place_of(m, "Киевский") == "Donetsk");
    // In English the city follows a comma, "of" or "in".
    CHECK(place_of(read_text("A strike hit the Kyivskyi District, Kharkiv."), "Kyivskyi District") == "Київський район Харкова");
    CHECK(place_of(read_text("Shelling in the Kuibyshev district of Donetsk."), "Kuibyshev district") == "Donetsk");
}

TEST_CASE("a town's adjective names a town of a Cyrillic-writing country", "[recognize][cyrillic]") {
    // Not Lima, whose Ukrainian name the adjective also fits.
    auto m = read_text("На Лиманському напрямку ворог атакував.");
    CHECK(place_of(m, "Лиманському") == "Lyman");
}

TEST_CASE("a plant named in full words is the plant in every case", "[recognize][cyrillic]") {
    CHECK(place_of(read_text("Дрон атакував Запорізьку атомну станцію."), "Запорізьку атомну станцію") ==
          "Zaporizhzhia Nuclear Power Plant");
    CHECK(place_of(read_text("Удар по Запорожской атомной станции."), "Запорожской атомной станции") ==
          "Zaporizhzhia Nuclear Power Plant");
}

TEST_CASE("the short genitive of a plural town name after a preposition", "[recognize][cyrillic]") {
    auto m = read_text("Наші захисники знищили ворожу ДРГ поблизу Сум.");
    CHECK(place_of(m, "Сум") == "Sumy");
    m = read_text("Из Сум эвакуируют детей.");
    CHECK(place_of(m, "Сум") == "Sumy");
    // Without a preposition the word is a word ("Сум і біль").
    CHECK(surfaces_of("Сум і біль охопили місто.").empty());
}

TEST_CASE("a three-letter genitive of a plural town name after the noun it complements", "[recognize][cyrillic]") {
    CHECK(test::surfaces_of("Наслідки обстрілу Сум: пошкоджено школу.") == std::vector<std::string>{"Сум"});
    CHECK(test::surfaces_of("Сум і туга охопили всіх.").empty());
}

TEST_CASE("a declined town after a refused capitalised word stays a town everywhere in the text", "[recognize][cyrillic]") {
    // "Герої" is no place (a foreign town's declined alternate name, with no
    // preposition asking for one), and "Гостомеля" after it no surname.
    CHECK(test::surfaces_of("Герої Гостомеля зупинили десант. Слава героям Гостомеля.") ==
          std::vector<std::string>{"Гостомеля", "Гостомеля"});
    CHECK(test::surfaces_of("Вибухи у Мюнхені.") == std::vector<std::string>{"Мюнхені"});
}

TEST_CASE("Ukrainian -е- opens to -і- before a soft final consonant: Ірпеня is Ірпінь", "[recognize][cyrillic]") {
    CHECK(test::surfaces_of("Бої біля Ірпеня. Вибухи в Ірпені.") == std::vector<std::string>{"Ірпеня", "Ірпені"});
}

TEST_CASE("a capital where a decision was announced or an event not commented on speaks for its government", "[recognize][cyrillic]") {
    CHECK(frontline::test::read_text("Хоча в Москві раніше оголосили про захоплення міста.").empty());
    CHECK(frontline::test::read_text("В Москве сообщили об ударе.").empty());
}

TEST_CASE("a capital whose denial ends its clause speaks for its government", "[recognize][cyrillic]") {
    CHECK(frontline::test::read_text("В Киеве причастность к удару по жилым кварталам отрицают.").empty());
}

TEST_CASE("a place's name in quotes after a unit noun names the unit - the town elsewhere in the text stays a town", "[recognize][cyrillic]") {
    auto ms = read_text("Штурмовики 12-ї бригади спеціального призначення «Азов» відбили атаку біля Торецька. Вночі дрони атакували Азов.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name == "Toretsk");
    CHECK(ms[1].surface == "Азов");
    CHECK(read_text("The \"Kharkiv\" battalion held its positions.").empty());
}

TEST_CASE("a declined town after a unit noun is the verb's object - an organisation after it opens the next phrase",
          "[recognize][cyrillic]") {
    CHECK(surfaces_of("Наші сили повністю зачистили від російських військ Суджу, і там розгортається комендатура.") ==
          std::vector<std::string>{"Суджу"});
    CHECK(surfaces_of("У районі Вовчанська Сили оборони зупинили три штурмові дії.") == std::vector<std::string>{"Вовчанська"});
}

TEST_CASE("a word opening a list of places after a colon is its first place, however a dictionary reads it", "[recognize][cyrillic]") {
    auto s = surfaces_of("Під обстрілом громади: Борова, Богуславка та Дворічна.");
    CHECK(found(s, "Борова"));
    CHECK(found(s, "Богуславка"));
    // A declined word before a comma is still the word it is.
    CHECK_FALSE(found(surfaces_of("Тому, Харків вистояв."), "Тому"));
}

TEST_CASE("a city's district is found by the name its people write - a raion keeps its English name", "[recognize][cyrillic]") {
    auto admin1_of = [](const std::vector<Mention>& ms, std::string_view surface) {
        for (const auto& m : ms)
            if (m.surface == surface) return m.admin1.value_or("(none)");
        return std::string("(not found)");
    };
    auto m = read_text("Вчора ввечері ворог обстріляв Корабельний район Херсона.");
    CHECK(place_of(m, "Корабельний район") == "Корабельний район");
    CHECK(admin1_of(m, "Корабельний район") == "Kherson Oblast");
    m = read_text("У Корабельному районі Миколаєва пошкоджено будинок.");
    CHECK(admin1_of(m, "Корабельному районі") == "Mykolaiv Oblast");
    // (Kryvyi Rih's Pokrovskyi district is no rival of Pokrovsk Raion.)
    CHECK(place_of(read_text("Fighting continued in the Pokrovsk district of Donetsk Oblast."), "Pokrovsk district") ==
          "Pokrovsk Raion");
    CHECK(place_of(read_text("Бої тривають у Покровському районі."), "Покровському районі") == "Pokrovsk Raion");
}

TEST_CASE("a plural designator after a long list designates every adjective of it, a hyphenated one too", "[recognize][cyrillic]") {
    auto m = read_text("Обстрілів зазнали Хотінська, Юнаківська, Краснопільська, Миропільська, Білопільська, Великописарівська, "
                       "Середино-Будська та Есманьська громади.");
    CHECK(place_of(m, "Хотінська") == "Khotin");
    CHECK(place_of(m, "Миропільська") == "Myropillia");
    CHECK(place_of(m, "Великописарівська") == "Velyka Pysarivka");
}

TEST_CASE("a settlement noun opening a sentence is no village of that name, and the name after it no surname", "[recognize][cyrillic]") {
    CHECK(surfaces_of("Поселок Теткино снова подвергся обстрелу.\n\nОбстрел в поселке Теткино.") ==
          std::vector<std::string>{"Теткино", "Теткино"});
    CHECK(surfaces_of("Селище Білозерка знову під обстрілом.") == std::vector<std::string>{"Білозерка"});
}

TEST_CASE("a name inside a capitalised title in guillemets is no place, a quoted claim keeps its town", "[recognize][cyrillic]") {
    CHECK(surfaces_of("«Крым.Реалии» сообщают о взрывах в Джанкое.") == std::vector<std::string>{"Джанкое"});
    CHECK(surfaces_of("Уламки дрона впали на будівлю «Москва-Сіті».").empty());
    CHECK(surfaces_of("Пригожин заявил, что «Артемовск взят полностью».") == std::vector<std::string>{"Артемовск"});
    CHECK(surfaces_of("Вибухи на заводі «Азовсталь» у Маріуполі.") == std::vector<std::string>{"Маріуполі"});
}

TEST_CASE("a first name after a governor's region agrees with the surname after it: a person, no town",
          "[recognize][cyrillic]") {
    // ("Александр" is no Oleksandriya: both words end without a case vowel.)
    auto s = surfaces_of("Губернатор Воронежской области Александр Гусев сообщил об атаке беспилотников на Лиски.");
    CHECK_FALSE(found(s, "Александр"));
    CHECK(found(s, "Лиски"));
    s = surfaces_of("Губернатор Курської області Олександр Хінштейн заявив, що ЗСУ обстріляли Рильськ.");
    CHECK_FALSE(found(s, "Олександр"));
    // (A declined town before a surname of another ending is still a town.)
    CHECK(found(surfaces_of("Об атаке на Бутурлиновку Гусев не сообщил."), "Бутурлиновку"));
}

TEST_CASE("a town in the instrumental or locative before a surname stays a town", "[recognize][cyrillic]") {
    CHECK(found(surfaces_of("Під Покровськом Сирський провів нараду."), "Покровськом"));
    CHECK(found(surfaces_of("Над Белгородом Гладков сообщил о сбитых дронах."), "Белгородом"));
}

TEST_CASE("a case form where the sentence names its speaker is the speaker's surname", "[recognize][cyrillic]") {
    // (Терехи, Федори, Ріг, Захарово: villages whose case forms read as surnames.)
    CHECK(surfaces_of("Терехов: ворог атакував Харків.") == std::vector<std::string>{"Харків"});
    CHECK(surfaces_of("Федоров: росіяни вдарили по Запоріжжю.") == std::vector<std::string>{"Запоріжжю"});
    CHECK(surfaces_of("Вночі ворог атакував Харків, повідомив Терехов.") == std::vector<std::string>{"Харків"});
    CHECK(surfaces_of("Ночью ВСУ обстреляли Каменку-Днепровскую, заявил Рогов.") ==
          std::vector<std::string>{"Каменку-Днепровскую"});
    CHECK(surfaces_of("Захарова назвала удар по Белгороду терактом.") == std::vector<std::string>{"Белгороду"});
    // (A town's own name may head a post.)
    CHECK(surfaces_of("Харків: ворог атакував місто вночі.") == std::vector<std::string>{"Харків"});
}

TEST_CASE("an outlet quoted after a word of saying, a bearing, and a lower-case list word abroad are no places", "[recognize][cyrillic]") {
    CHECK(surfaces_of("Как сообщает «Звезда», ВСУ обстреляли Горловку.") == std::vector<std::string>{"Горловку"});
    CHECK(surfaces_of("Южнее Покровска противник атаковал наши позиции.") == std::vector<std::string>{"Покровска"});
    CHECK(surfaces_of("Ворог атакував Суми, усі служби на місці.") == std::vector<std::string>{"Суми"});
}

TEST_CASE("a first name after a verb of telling and a person's age or kind closes the sentence as its speaker", "[recognize][cyrillic]") {
    CHECK(surfaces_of("«Вчера опять обстреливали», — рассказывает 70-летняя Валентина.").empty());
    CHECK(surfaces_of("«Удари тривають», — розповідає місцева мешканка Надія.").empty());
    CHECK(surfaces_of("«Ворог обстріляв місто», — повідомив мер Харкова.") == std::vector<std::string>{"Харкова"});
}

TEST_CASE("a declined town in guillemets after a noun of taking or fighting is the town in the other side's spelling",
          "[recognize][cyrillic]") {
    CHECK(surfaces_of("Російські ЗМІ ще минулого тижня заявляли про взяття «Угледара».") == std::vector<std::string>{"Угледара"});
    // (Weapons in guillemets stay weapons.)
    CHECK(surfaces_of("По дому били «Градами».").empty());
}
