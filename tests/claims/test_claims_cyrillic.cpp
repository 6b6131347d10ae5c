// Claims in Ukrainian and Russian: event words in every inflection through
// their dictionary forms, place names in oblique cases, bulletin phrasing,
// relative days. Sentences written for the tests.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"
#include "frontline/text/morphology.hpp"

using namespace frontline;
using frontline::test::claims_nothing;
using frontline::test::mention_in;
using frontline::test::mention_in_report;
using frontline::test::mentions_of_report;

namespace {

std::string date_of(const Mention& m) { return m.event_date ? format_date(*m.event_date) : "none"; }

bool dictionaries() {
    static const bool ok = Lemmatizer().available(Language::uk) && Lemmatizer().available(Language::ru);
    if (!ok) WARN("hunspell-uk or hunspell-ru is not installed: skipped");
    return ok;
}

}  // namespace

TEST_CASE("Ukrainian: repelled attacks in the areas of towns, genitive names", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    const std::string text = "Сили оборони відбили 12 атак у районах Костянтинівки та Куп'янська.";
    for (const char* place : {"Костянтинівки", "Куп'янська"}) {
        INFO(place);
        Mention m = mention_in_report(text, place, "2025-03-05");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(m.actor_side == "RU");
        CHECK(date_of(m) == "2025-03-05");
    }
}

TEST_CASE("Ukrainian: shelling yesterday, a strike on a city in the dative", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    Mention m = mention_in_report("Вчора окупанти обстріляли Нікополь з артилерії.", "Нікополь", "2025-03-05");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(date_of(m) == "2025-03-04");
    CHECK(mention_in_report("Росія завдала ракетного удару по Сумах.", "Сумах", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("Ukrainian: liberated towns are captured, a withdrawal from a town is the town's", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("ЗСУ звільнили Куп'янськ.", "Куп'янськ", "2022-09-10").claim == ClaimType::captured);
    CHECK(mention_in_report("Російські війська відходять з Вовчанська.", "Вовчанська", "2022-09-10").claim == ClaimType::withdrew);
}

TEST_CASE("Russian: a ministry bulletin's capture, strike and interception", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    Mention captured = mention_in_report("Подразделения группировки войск освободили населённый пункт Курахово.", "Курахово",
                                         "2025-01-06");
    CHECK(captured.claim == ClaimType::captured);
    CHECK(mention_in_report("Нанесено поражение живой силе противника в районе Красноармейска.", "Красноармейска", "2025-01-06")
              .claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report("Средствами ПВО сбиты 20 беспилотников над территорией Брянской области.", "Брянской области",
                                  "2025-01-06")
                    .claim);
}

TEST_CASE("Russian: the night to a date, 'yesterday'", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    Mention m = mention_in_report("В ночь на 5 марта беспилотники атаковали Курск.", "Курск", "2025-03-06");
    CHECK(m.claim == ClaimType::struck);
    CHECK(date_of(m) == "2025-03-05");
    CHECK(date_of(mention_in_report("Вчера противник обстрелял Белгород.", "Белгород", "2025-03-06")) == "2025-03-05");
}

TEST_CASE("a forecast or a conditional keeps no claim in either language", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK_FALSE(mention_in_report("Якщо ворог прорве оборону, він може вийти до Краматорська.", "Краматорська", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("Противник может начать наступление на Сумы.", "Сумы", "2025-03-05").claim);
}

TEST_CASE("a spaced dash after an event word joins clauses, so a list after it continues the event", "[claims][cyrillic]") {
    const std::string text = "Під обстрілом – кілька міст області. Суми, Охтирка, Тростянець.";
    for (const char* place : {"Суми", "Охтирка"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2025-03-05").claim == frontline::ClaimType::struck);
    }
    // A hyphenated compound is still an adjective: "battle-hardened".
    CHECK_FALSE(mention_in_report("The battle-hardened 47th brigade moved to Sumy.", "Sumy", "2025-03-05").claim ==
                frontline::ClaimType::attacked);
}

TEST_CASE("a place named by an office in the genitive is the office's, not the event's", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    Mention m = mention_in_report("Окупанти викрали мера Бердянська та його заступника.", "Бердянська", "2025-03-05");
    CHECK(!m.claim);
    m = mention_in_report("Вчера заявление сделал губернатор Курской области.", "Курской области", "2025-03-05");
    CHECK(!m.claim);
    // The event's own place keeps its claim.
    m = mention_in_report("Окупанти обстріляли Бердянськ.", "Бердянськ", "2025-03-05");
    CHECK(m.claim == ClaimType::struck);
}

TEST_CASE("Russian and Ukrainian passive participles tell the event", "[claims][cyrillic]") {
    CHECK(mention_in_report("В Херсоне обстреляна больница.", "Херсоне", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("В Белгороде повреждено здание.", "Белгороде", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("У Херсоні обстріляна лікарня.", "Херсоні", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("У Дніпрі зруйновані будинки.", "Дніпрі", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("a conditional that belongs to a verb of saying leaves the event reported", "[claims][cyrillic]") {
    CHECK(mention_in_report("Что бы они сказали про блокаду Мариуполя?", "Мариуполя", "2022-03-20").claim == ClaimType::attacked);
    // The event's own conditional still keeps it off the map.
    CHECK_FALSE(mention_in_report("Если бы Россия напала на Харьков, всё было бы иначе.", "Харьков", "2022-03-20").claim);
    CHECK(mention_in_report("Ворог здійснив напад на Куп'янськ.", "Куп'янськ", "2022-03-20").claim == ClaimType::attacked);
}

TEST_CASE("Russian bulletins: a neuter town in the dative, an improved tactical position, an advance into the defence", "[claims][cyrillic]") {
    CHECK(mention_in_report("Противник наносил удары по Днепру и Запорожью.", "Запорожью", "2024-11-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Наши подразделения улучшили тактическое положение в районе Кременной.", "Кременной", "2024-11-05")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Штурмовые отряды продвинулись вглубь обороны противника у Волчанска.", "Волчанска", "2024-11-05")
              .claim == ClaimType::advanced);
}

TEST_CASE("Russian: pushing out, breaking in, breaking through defences, retreating, surrendering a town",
          "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Бойцы вытеснили противника из Волчанска.", "Волчанска", "2025-11-14").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Штурмовики ворвались в Купянск.", "Купянск", "2025-11-14").claim == ClaimType::advanced);
    CHECK(mention_in_report("Российские войска прорвали оборону у Покровска.", "Покровска", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("ВСУ отступают от Мирнограда.", "Мирнограда", "2025-11-14").claim == ClaimType::withdrew);
    CHECK(mention_in_report("ВСУ сдали Угледар.", "Угледар", "2025-11-14").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Российские войска окружили Покровск.", "Покровск", "2025-11-14").claim == ClaimType::attacked);
    CHECK(mention_in_report("В Белгороде прилетело по подстанции.", "Белгороде", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("leading forces out of a town is a withdrawal in any tense - putting a site out of action is a strike",
          "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("ВСУ вывели войска из Авдеевки.", "Авдеевки", "2025-11-14").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Росіяни пішли з Херсона.", "Херсона", "2025-11-14").claim == ClaimType::withdrew);
    // "More favourable lines" are a withdrawal whatever word leads there, unless they are taken up.
    CHECK(mention_in_report("Сырский объявил о выводе украинских подразделений из Авдеевки на более выгодные рубежи.", "Авдеевки", "2025-11-14")
              .claim == ClaimType::withdrew);
    CHECK(mention_in_report("Подразделения заняли более выгодные рубежи у Авдеевки.", "Авдеевки", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Подстанция в Белгороде выведена из строя.", "Белгороде", "2025-11-14").claim == ClaimType::struck);
    CHECK(mention_in_report("Підстанцію в Харкові виведено з ладу.", "Харкові", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("Ukrainian: blowing up, knocking out of a village, encircling, a hit told as an arrival", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Окупанти підірвали міст біля Херсона.", "Херсона", "2025-11-14").claim == ClaimType::struck);
    CHECK(mention_in_report("Наші воїни вибили окупантів з Кіндратівки.", "Кіндратівки", "2025-11-14").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Противник прорвав оборону поблизу Покровська.", "Покровська", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Ворог оточив Покровськ.", "Покровськ", "2025-11-14").claim == ClaimType::attacked);
    CHECK(mention_in_report("У Харкові прилетіло по житловому будинку.", "Харкові", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("Russian: a past war named after a second place belongs to that place", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    const std::string text = "Чем ваша блокада Мариуполя отличается от блокады Ленинграда в годы Второй мировой войны?";
    CHECK(mention_in_report(text, "Мариуполя", "2022-03-16").claim == ClaimType::attacked);
    CHECK_FALSE(mention_in_report(text, "Ленинграда", "2022-03-16").claim);
}

TEST_CASE("Russian bulletins: who attacks in a genitive, a group of forces, the enemy of an unknown writer",
          "[claims][cyrillic]") {
    if (!dictionaries()) return;
    // The side after an attack noun is the attacker, even after "repelled".
    CHECK(mention_in_report("Отражены четыре контратаки штурмовых групп ВСУ в районе Кременной.", "Кременной", "2025-11-14")
              .actor_side == "UA");
    // A strike's target after a preposition stays the target.
    CHECK(mention_in_report("ВС РФ нанесли удары по позициям ВСУ в районе Краматорска.", "Краматорска", "2025-11-14")
              .actor_side == "RU");
    CHECK(mention_in_report("Подразделения группировки войск «Центр» освободили населенный пункт Новопавловка Донецкой области.",
                            "Новопавловка", "2025-11-14")
              .actor_side == "RU");
    // Artillery is a force its side's adjective names: the actor even where the
    // town's side would make the other one likely.
    CHECK(mention_in_report("Украинская артиллерия обстреляла Херсон.", "Херсон", "2023-11-20").actor_side == "UA");
    // "The enemy" with no words of either side's writers: the place tells whose enemy.
    CHECK(mention_in_report("Противник атаковал Белгород дронами, пострадали трое мирных жителей.", "Белгород", "2025-11-14")
              .actor_side == "UA");
    CHECK(mention_in_report("Отряды зашли в Купянск с севера.", "Купянск", "2025-11-14").claim == ClaimType::captured);
}

TEST_CASE("Ukrainian addresses: holding positions is fighting, 'our warriors' are the writer's side", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Дякую нашим воїнам, які утримують позиції під Курахове.", "Курахове", "2025-11-14").claim ==
          ClaimType::attacked);
    Mention m = mention_in_report("Наші воїни звільнили Андріївку на Бахмутському напрямку.", "Андріївку", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("General Staff: assaults the defenders stopped are the aggressor's", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    Mention m = mention_in_report("На Покровському напрямку наші захисники зупинили 38 штурмових дій агресора в районах Мирнограда "
                                  "та Котлиного.",
                                  "Котлиного", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("Russian addresses: shooting, ruins and blockades", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Ваши солдаты расстреливают мирных людей в Буче.", "Буче", "2022-04-04").claim == ClaimType::struck);
    CHECK(mention_in_report("Вы превратили Мариуполь в руины.", "Мариуполь", "2022-04-04").claim == ClaimType::struck);
    CHECK(mention_in_report("Российская армия заблокировала Чернигов.", "Чернигов", "2022-04-04").claim == ClaimType::attacked);
}

TEST_CASE("Russian addresses: the Kyiv regime acts for Ukraine — troops pulled back — an invasion is an attack", "[claims][cyrillic]") {
    Mention m = mention_in_report("Киевский режим продолжает обстреливать Донецк.", "Донецк", "2024-03-05");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Российские войска отошли от Киева.", "Киева", "2022-03-30").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Противник вторгся в Курскую область.", "Курскую область", "2024-08-07").claim ==
          ClaimType::attacked);
    // A preposition ends an organisation's genitive: the country is a place again.
    CHECK(mention_in_report("Россия сосредоточила войска у границ Украины.", "Украины", "2022-02-01").surface == "Украины");
}

TEST_CASE("Russian addresses: firing at a town is a strike — holding it and throwing the enemy back is fighting, even in a big city",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Враг стреляет по Николаеву.", "Николаеву", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Харьков держится.", "Харьков", "2025-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report("Мы держим оборону Киева.", "Киева", "2025-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report("Наши войска отбросили врага от Киева.", "Киева", "2022-03-25").claim == ClaimType::attacked);
}

TEST_CASE("bulletins: active or combat operations at a place are fighting there", "[claims][cyrillic]") {
    CHECK(mention_in_report("Українські воїни продовжують активні дії на Курщині.", "Курщині", "2024-09-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("Ukrainian posts: air defence at work over a city is an interception there, a hit told with it a strike", "[claims][cyrillic]") {
    CHECK(claims_nothing("Над Києвом працювала ППО.", "Києвом", "2025-03-05"));
    CHECK(claims_nothing("Уночі над Дніпропетровщиною працювала ППО: знищено 12 ворожих дронів.", "Дніпропетровщиною", "2025-03-05"));
    CHECK(mention_in_report("Над Києвом працювала ППО, уламки дрона пошкодили будинок у Дарницькому районі.", "Дарницькому районі",
                            "2025-03-05")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Ворог захопив Часів Яр.", "Часів Яр", "2025-03-05").claim == ClaimType::captured);
}

TEST_CASE("addresses: defending a town, a hard place, a situation that stays very difficult are fighting", "[claims][cyrillic]") {
    // A wish to honour them does not make their fighting a wish.
    Mention m = mention_in_report("Хочу відзначити воїнів 93-ї бригади, які захищають Костянтинівку.", "Костянтинівку", "2025-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(mention_in_report("Хочу отметить воинов, которые защищают Константиновку.", "Константиновку", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK_FALSE(mention_in_report("Хочу, щоб ми звільнили Токмак.", "Токмак", "2025-03-05").claim);
    CHECK(mention_in_report("Очень тяжело в Бахмуте, в Марьинке.", "Бахмуте", "2023-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report("Ситуація під Часовим Яром залишається дуже складною.", "Часовим Яром", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("The situation near Pokrovsk remains extremely difficult.", "Pokrovsk", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Ворог активізувався біля Оріхова.", "Оріхова", "2025-03-05").claim == ClaimType::attacked);
}

TEST_CASE("Russian: drones and Shaheds the dictionary does not know still strike", "[claims][cyrillic]") {
    CHECK(mention_in_report("Этой ночью россияне выпустили по Одессе более сорока дронов.", "Одессе", "2025-03-05").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("По Харькову ночью летели шахеды.", "Харькову", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("bulletins: weapons destroyed in flight are an interception — the side struck at leaves the other acting",
          "[claims][cyrillic]") {
    CHECK_FALSE(mention_in_report("Над Брянской областью уничтожены 12 украинских беспилотников.", "Брянской областью", "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Air defences destroyed 30 drones over the Belgorod region.", "Belgorod region", "2025-03-05").claim);
    // A weapon that only names the kind of plant, or the weapon used, leaves the strike.
    CHECK(mention_in_report("Ukrainian drones destroyed a drone plant near Belgorod.", "Belgorod", "2025-03-05").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Russian forces destroyed the depot in Kupiansk with drones.", "Kupiansk", "2025-03-05").claim ==
          ClaimType::struck);
    Mention m = mention_in_report("В Курской области продолжается уничтожение формирований ВСУ.", "Курской области", "2025-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("bulletins: weapons as the passive's subject were destroyed in flight — weapons as the active's subject strike",
          "[claims][cyrillic]") {
    CHECK_FALSE(mention_in_report("The ministry said 164 drones had been destroyed overnight, most of them over the Bryansk region.",
                                  "Bryansk region", "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Над Сумщиною 20 дронів знищено силами ППО.", "Сумщиною", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("12 беспилотников уничтожены над Белгородской областью.", "Белгородской областью", "2025-03-05").claim);
    CHECK(mention_in_report("Russian missiles and drones destroyed the power plant in Trypillia on Thursday.", "Trypillia", "2025-03-05")
              .claim == ClaimType::struck);
    // The plant was destroyed; "drone" only says what it made.
    CHECK(mention_in_report("A drone plant was destroyed in Yelabuga.", "Yelabuga", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("Ukrainian addresses: a liberation is the report's own side's — not letting the enemy in is fighting", "[claims][cyrillic]") {
    Mention m = mention_in_report("Балаклія звільнена, над містом знову український прапор.", "Балаклія", "2022-09-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Я вдячний захисникам Чернігова, які не дали ворогу зайти в місто.", "Чернігова", "2022-03-20").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Герої Гостомеля зупинили десант.", "Гостомеля", "2022-03-20").claim == ClaimType::attacked);
}

TEST_CASE("addresses: a few words before a list of names go on with the sentence before, and with its doer", "[claims][cyrillic]") {
    const std::string text = "Ми звільнили Балаклію, Куп'янськ та Ізюм. А ще за ці дні – Вовчанськ, Шевченкове.";
    const Mention m = mention_in_report(text, "Вовчанськ", "2022-09-12");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("addresses: a list of verbless fragments goes on with the sentence that opened it", "[claims][cyrillic]") {
    const std::string text = "Окупанти знову обстрілювали наші міста. Харків, Чернігів, Суми. Житомир і Київщина.";
    for (const char* place : {"Харків", "Суми", "Житомир", "Київщина"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2022-03-20").claim == ClaimType::struck);
    }
    // A sentence with a verb of its own between breaks the chain.
    CHECK_FALSE(mention_in_report("Russian troops shelled our cities again. Kharkiv, Sumy. Officials met in Kyiv. Lviv too.", "Lviv",
                                  "2022-03-20")
                    .claim);
}

TEST_CASE("bulletins: who holds a place after 'під контроль' — a town lost is a withdrawal, losses counted are fighting",
          "[claims][cyrillic]") {
    Mention m = mention_in_report("Село Ягідне перейшло під контроль російських військ.", "Ягідне", "2025-03-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Город Угледар перешёл под контроль ВС РФ.", "Угледар", "2024-10-05").actor_side == "RU");
    Mention lost = mention_in_report("Україна втратила Вугледар.", "Вугледар", "2024-10-02");
    CHECK(lost.claim == ClaimType::withdrew);
    CHECK(lost.actor_side == "UA");
    CHECK(mention_in_report("Противник потерял до 220 военнослужащих в районе Гришино.", "Гришино", "2025-03-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("claimants: the forces or country named after the office give its side — a ministry alone names none",
          "[claims][cyrillic]") {
    Mention ru = mention_in_report("Как сообщили в Минобороны России, подразделения освободили Угледар.", "Угледар", "2024-10-05");
    CHECK(ru.claimant_side == "RU");
    CHECK(ru.actor_side == "RU");
    CHECK(mention_in_report("За даними Генштабу ЗСУ, окупанти 20 разів атакували позиції біля Покровська.", "Покровська",
                            "2025-03-05")
              .claimant_side == "UA");
    // A governor speaks for the country of the place.
    CHECK(mention_in_report("Губернатор сообщил об ударе дронов по Шебекино.", "Шебекино", "2025-03-05").claimant_side == "RU");
    // The person named right after an office speaks, and gives the side.
    Mention maliar = mention_in_report("Об освобождении Макаровки в понедельник сообщила заместитель министра обороны Анна Маляр.",
                                       "Макаровки", "2023-06-12");
    CHECK(maliar.claimant == "Hanna Maliar");
    CHECK(maliar.claimant_side == "UA");
    CHECK(maliar.actor_side == "UA");
    // A surname in any case: "По словам Гладкова", "за словами Синєгубова".
    CHECK(mention_in_report("По словам Гладкова, ВСУ атаковали Шебекино.", "Шебекино", "2025-03-05").claimant == "Vyacheslav Gladkov");
    CHECK(mention_in_report("За словами Синєгубова, росіяни обстріляли Вовчанськ.", "Вовчанськ", "2025-03-05").claimant_side == "UA");
    // The ministry's full name announces its own side's gain.
    Mention full = mention_in_report("Міністерство оборони Росії оголосило про повернення під свій контроль Суджі.", "Суджі",
                                     "2025-03-14");
    CHECK(full.claimant_side == "RU");
    CHECK(full.actor_side == "RU");
}

TEST_CASE("war bloggers: from near a town is an origin — ground on a bearing from it is an advance — forces massed for an offensive",
          "[claims][cyrillic]") {
    CHECK_FALSE(mention_in_report("В районе Часова Яра ВСУ перебрасывают резервы из-под Торецка.", "Торецка", "2025-03-05").claim);
    CHECK(mention_in_report("Наши бойцы выбили противника из лесополосы западнее Угледара.", "Угледара", "2024-09-05").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian units took positions north of Robotyne.", "Robotyne", "2024-09-05").claim == ClaimType::advanced);
    CHECK(mention_in_report("Враг накапливает силы в районе Орехова для наступления.", "Орехова", "2025-03-05").claim ==
          ClaimType::deployed);
}

TEST_CASE("addresses: the enemy's men destroyed, its losses and reserves thrown in are fighting", "[claims][cyrillic]") {
    CHECK(mention_in_report("Наші воїни знищують окупантів під Бахмутом.", "Бахмутом", "2023-02-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Ворог несе значні втрати під Авдіївкою.", "Авдіївкою", "2023-11-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Оккупанты несут потери под Харьковом.", "Харьковом", "2022-05-10").claim ==
          ClaimType::attacked);
    Mention m = mention_in_report("Окупанти кидають на Бахмут свої резерви.", "Бахмут", "2023-02-10");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Мы держим оборону в Северодонецке.", "Северодонецке", "2022-06-10").claim ==
          ClaimType::attacked);
    // (Destroying a town is a strike on it.)
    CHECK(mention_in_report("Окупанти знищили Маріуполь.", "Маріуполь", "2022-04-10").claim == ClaimType::struck);
}

TEST_CASE("addresses: the enemy stopped or not let through attacked", "[claims][cyrillic]") {
    Mention m = mention_in_report("Ми зупиняємо ворога на підступах до Запоріжжя.", "Запоріжжя", "2022-05-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Наші захисники не дозволяють ворогу просунутися біля Вугледара.", "Вугледара",
                                           "2023-02-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("a place cleared of the enemy, or back in a side's hands, is that side's", "[claims][cyrillic]") {
    Mention m = mention_in_report("Лиман очищено від окупантів.", "Лиман", "2022-10-02");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Балаклія – це знову Україна.", "Балаклія", "2022-09-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Kherson is Ukrainian again.", "Kherson", "2022-11-11");
    CHECK(m.actor_side == "UA");
    m = mention_in_report("The Ukrainian army returned Kupiansk to Ukrainian control.", "Kupiansk", "2022-09-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Ukrainian troops are back in Kherson.", "Kherson", "2022-11-11").claim ==
          ClaimType::captured);
    // (A town that only stays under a side's control is taken by no one.)
    CHECK_FALSE(mention_in_report("Bilohorivka, the last town of the region under Ukrainian control, was calm.",
                                                   "Bilohorivka", "2022-07-04")
                    .actor_side == std::optional<std::string>("UA"));
}

TEST_CASE("General Staff: the Defence Forces are a name, not their defence", "[claims][cyrillic]") {
    Mention m = mention_in_report(
        "На Покровському напрямку Сили оборони зупинили 54 штурмові дії агресора у районах Родинського та Котлиного.",
        "Покровському", "2025-11-13");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(m.quantity == 54);
}

TEST_CASE("an attack on a big Russian city is from the air", "[claims][cyrillic]") {
    Mention m = mention_in_report("Утром 11 ноября ВСУ атаковали Белгород.", "Белгород", "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    // (Fighting words keep a ground attack one.)
    CHECK(mention_in_report("Бои за Суджу продолжаются.", "Суджу", "2024-08-20").claim == ClaimType::attacked);
}

TEST_CASE("addresses: forces pulled up or brought in are deployed — control taken back is the retaking side's", "[claims][cyrillic]") {
    Mention m = mention_in_report("Враг подтягивает силы к Изюму.", "Изюму", "2022-04-10");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Оккупанты завозят в Херсон новых военных.", "Херсон", "2022-06-10").claim == ClaimType::deployed);
    m = mention_in_report("Мы вернули контроль над Черниговщиной.", "Черниговщиной", "2022-04-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Ми повернули контроль над Чернігівщиною.", "Чернігівщиною", "2022-04-05");
    CHECK(m.actor_side == "UA");
    // A situation that stays difficult is fighting, even in a big city.
    CHECK(mention_in_report("Ситуация в Мариуполе остается крайне тяжелой.", "Мариуполе", "2023-03-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("Russian news: bombs dropped on a town strike it — a wedge into the defence advances", "[claims][cyrillic]") {
    Mention m = mention_in_report("Россияне сбросили авиабомбы на Купянск.", "Купянск", "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Российские войска вклинились в оборону ВСУ у Покровска.", "Покровска", "2025-11-14").claim ==
          ClaimType::advanced);
}

TEST_CASE("Telegram: a place after its abbreviated place word ('с.', 'н.п.') is read as any other", "[claims][cyrillic]") {
    Mention m = mention_in_report("ДРГ противника намагалася зайти в с. Безсалівка на Сумщині.", "Безсалівка", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Противник окупував н.п. Малинівка.", "Малинівка", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(mention_in_report("ВС РФ продвинулись в н.п. Новоэкономическое.", "Новоэкономическое", "2025-11-14").claim ==
          ClaimType::advanced);
}

TEST_CASE("Telegram: an air-raid alert with explosions heard is a strike — an alert alone is none", "[claims][cyrillic]") {
    CHECK(mention_in_report("Дніпро — повітряна тривога, чути вибухи.", "Дніпро", "2025-11-14").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report("У Дніпрі оголошено повітряну тривогу.", "Дніпрі", "2025-11-14").claim);
}

TEST_CASE("Russian MoD: the enemy in the genitive is no subject — the attackers' units may stand between an attack and its side",
          "[claims][cyrillic]") {
    Mention m = mention_in_report("Подразделения группировки «Центр» продвинулись в глубину обороны противника и освободили Зверево.",
                                  "Зверево", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Отражены две контратаки штурмовых групп 93-й механизированной бригады ВСУ в районе Северска.", "Северска",
                          "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("regional news: a sabotage group eliminated near a town is the fighting there", "[claims][cyrillic]") {
    CHECK(mention_in_report("Українські військові ліквідували ворожу ДРГ поблизу Сіверська.", "Сіверська", "2025-11-14").claim ==
          ClaimType::attacked);
}

TEST_CASE("regional news: the side of a sabotage group eliminated is the one that attacked", "[claims][cyrillic]") {
    const Mention uk = mention_in_report("Прикордонники знищили російську ДРГ поблизу Сум.", "Сум", "2025-03-14");
    CHECK(uk.claim == ClaimType::attacked);
    CHECK(uk.actor_side == "RU");
    const Mention ru = mention_in_report("Бойцы Росгвардии уничтожили ДРГ ВСУ у Суджи.", "Суджи", "2025-03-14");
    CHECK(ru.claim == ClaimType::attacked);
    CHECK(ru.actor_side == "UA");
}

TEST_CASE("bulletins: a unit encircled or blocked is the target, not the attacker", "[claims][cyrillic]") {
    // (the side before a short participle, after a full one, and a force
    // noun owned by the genitive after it)
    CHECK(mention_in_report("Подразделения ВСУ окружены в районе Курахово.", "Курахово", "2024-12-20").actor_side == "RU");
    CHECK(mention_in_report("Заблокирована группировка ВСУ в районе Покровска.", "Покровска", "2024-12-20").actor_side == "RU");
    CHECK(mention_in_report("Оточені російські підрозділи біля Куп'янська.", "Куп'янська", "2024-12-20").actor_side == "UA");
    // (an agent in the instrumental still acts)
    CHECK(mention_in_report("Наші підрозділи оточені російськими військами біля Покровська.", "Покровська", "2024-12-20")
              .actor_side == "RU");
}

TEST_CASE("posts: colloquial shelling words strike", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Окупанти знову гатили з артилерії по Херсону.", "Херсону", "2025-03-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Всю ночь ВСУ долбили по Горловке.", "Горловке", "2025-03-14").claim == ClaimType::struck);
}

TEST_CASE("addresses: the enemy driven back, as the object before the verb, is the one that attacked", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Загарбників відтіснили від Харкова.", "Харкова", "2022-05-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("addresses: massing forces for an offensive is a deployment, the offensive a purpose", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Біля Ізюма ворог зосереджує резерви для наступу.", "Ізюма", "2022-04-20");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("bulletins: a liberation still under way is an advance, not a capture", "[claims][cyrillic]") {
    CHECK(mention_in_report("Продолжается освобождение Торецка, сообщил военкор.", "Торецка", "2024-09-15").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Триває звільнення Вовчанська.", "Вовчанська", "2024-09-15").claim == ClaimType::advanced);
    CHECK(mention_in_report("The liberation of Toretsk continues, the ministry said.", "Toretsk", "2024-09-15").claim ==
          ClaimType::advanced);
    // (a liberation told as done stays one)
    CHECK(mention_in_report("Освобождён Торецк.", "Торецк", "2024-09-15").claim == ClaimType::captured);
}

TEST_CASE("addresses: a capture promised in the first person plural is a future, not a claim", "[claims][cyrillic]") {
    CHECK(claims_nothing("Ми обов'язково звільнимо Мелітополь.", "Мелітополь", "2022-05-15"));
    CHECK(claims_nothing("Мы освободим Херсон, я уверен.", "Херсон", "2022-05-15"));
    // (the past, and the present of the imperfective, still claim)
    CHECK(mention_in_report("Ми звільнили Херсон.", "Херсон", "2022-11-11").claim == ClaimType::captured);
    CHECK(mention_in_report("Крок за кроком звільняємо Херсонщину.", "Херсонщину", "2022-11-11").claim);
    // (nor is a noun in the instrumental a verb)
    CHECK(mention_in_report("С освобождением Авдеевки фронт сдвинулся на запад.", "Авдеевки", "2024-02-20").claim ==
          ClaimType::captured);
}

TEST_CASE("Telegram: a village after a bulletin's verb is found in its Russian spelling", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Наши штурмовики зачистили Работино.", "Работино", "2023-06-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(mention_in_report("Противник удерживает Новоселидовку.", "Новоселидовку", "2024-09-01").place_id);
}

TEST_CASE("Telegram: an acronym with a case ending after a town is no part of its name", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Ворог атакував Харків КАБами.", "Харків", "2025-10-02");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("bulletins: a side ousted in the passive lost the place, a side repelling assaults held it", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Подразделения ВСУ выбиты из Работино.", "Работино", "2023-06-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Под Купянском украинские военные отбивают штурмы.", "Купянском", "2025-10-02").actor_side == "RU");
}

TEST_CASE("posts: a country attacked as the object of the verb is the place struck", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Вночі Росія атакувала Україну 90 дронами.", "Україну", "2025-08-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("bulletins: a strike on a concentration of troops is a strike, not their deployment", "[claims][cyrillic]") {
    CHECK(mention_in_report("Авиация нанесла удар по скоплению живой силы противника у Часова Яра.", "Часова Яра", "2024-10-15")
              .claim == ClaimType::struck);
    // (a concentration alone is one)
    CHECK(mention_in_report("Ворог накопичує особовий склад біля Куп'янська.", "Куп'янська", "2024-10-15").claim ==
          ClaimType::deployed);
}

TEST_CASE("DeepState: a side that 'had success' in a town gained ground there", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Карту оновлено: окупанти мали успіх у Торецьку.", "Торецьку", "2024-10-15");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("addresses: a way of life ruined is a figure of speech, no strike", "[claims][cyrillic]") {
    CHECK(claims_nothing("Війна руйнує нормальне життя не тільки в Україні, а й у Польщі.", "Україні", "2022-02-26"));
    CHECK(claims_nothing("War destroys normal life in Kharkiv and far beyond.", "Kharkiv", "2022-02-26"));
}

TEST_CASE("General Staff: the noun of a hit (ураження) strikes where it names", "[claims][cyrillic]") {
    CHECK(mention_in_report("Підтверджено ураження складу БК в районі Токмака.", "Токмака", "2025-06-10").claim ==
          ClaimType::struck);
}

TEST_CASE("Russian MoD: every place of a bulletin's list of settlements shares its event word", "[claims][cyrillic]") {
    const std::string text = "Нанесено поражение живой силе и технике трёх механизированных бригад ВСУ в районах населённых пунктов "
                             "Мирноград, Гришино и Белицкое.";
    for (const char* place : {"Мирноград", "Гришино", "Белицкое"}) {
        const Mention m = mention_in_report(text, place, "2025-11-20");
        CHECK(m.claim == ClaimType::struck);
        CHECK(m.actor_side == "RU");
    }
}

TEST_CASE("war correspondents: 'если коротко' sets no condition, soldiers who fought near a city fought on the ground, the hottest sectors are fought over, a gun's calibre is no Kalibr missile",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Если коротко: бои в Часовом Яре перешли в новую фазу.", "Часовом Яре", "2024-04-08").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Если ВСУ отступят, Покровск падёт.", "Покровск", "2024-04-08").modality == Modality::hypothetical);
    CHECK(mention_in_report("Большинство из них воевали в районе Угледара, а с лета — под Курском.", "Курском", "2024-04-08").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Напомним, Торецк и Покровск остаются самыми горячими участками фронта.", "Покровск", "2024-04-08").claim ==
          ClaimType::attacked);
    const Mention m = mention_in_report("Вчера по Донецку было выпущено более 120 боеприпасов калибра 155 мм.", "Донецку", "2024-04-08");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("war correspondents and ministries: attackers repelled in the passive, a line tried for, formations eliminated, armour thrown at a town",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Кроме того, россияне пытались переправиться у Кучеровки и Петропавловки, но были отбиты.", "Петропавловки",
                            "2025-04-08")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("У Вербового противник пытается выйти ко второму рубежу, пока безуспешно.", "Вербового", "2023-08-24").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian troops continued to eliminate Ukrainian formations near the settlements of Gornal and Oleshnya.",
                            "Gornal", "2025-04-08")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Russia throws armour at Avdiivka.", "Avdiivka", "2023-10-20").claim == ClaimType::attacked);
    // A town beaten back from the enemy stays retaken.
    CHECK(mention_in_report("Наші воїни відбили у ворога Вовчанськ.", "Вовчанськ", "2024-06-12").claim == ClaimType::captured);
}

TEST_CASE("agencies: a gain in a part of a town stays the town's when fighting is coordinated after it with its own object",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Российские военные продвинулись в северной части Волчанска и ведут бои в жилой застройке.", "Волчанска",
                            "2024-05-14")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Штурмовики закрепились на северной окраине Купянска и ведут бои за промзону.", "Купянска", "2025-09-15")
              .claim == ClaimType::advanced);
}

TEST_CASE("occupation officials and mayors: towns reported calm take no event from the sentence before", "[claims][cyrillic]") {
    const std::string text = "В Токмаке ночью в результате удара ВСУ ракетами повреждено административное здание, пострадали два "
                             "человека. Ситуация в Мелитополе, Бердянске и Энергодаре спокойная, все службы работают в штатном режиме.";
    CHECK(mention_in_report(text, "Токмаке", "2024-02-18").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(text, "Мелитополе", "2024-02-18").claim);
    CHECK_FALSE(mention_in_report("Ніч у Харкові минула спокійно.", "Харкові", "2024-02-18").claim);
    CHECK(mention_in_report("Ночь в Белгороде прошла неспокойно: ВСУ обстреляли город.", "Белгороде", "2024-02-18").claim ==
          ClaimType::struck);
}

TEST_CASE("air force: launch areas listed after 'з районів' are origins, past the region that places one of them",
          "[claims][cyrillic]") {
    const std::string text = "Запуски ракет – з районів Енгельса Саратовської області та Курська; ударних БпЛА – з напрямків Орла, "
                             "Міллерово та Приморсько-Ахтарська.";
    for (const char* place : {"Енгельса", "Курська", "Міллерово", "Приморсько-Ахтарська"}) {
        INFO(place);
        CHECK_FALSE(mention_in_report(text, place, "2025-07-09").claim);
    }
}

TEST_CASE("Russian MoD: a list goes on past the region that places an item and past the kind of place before one",
          "[claims][cyrillic]") {
    const std::string regions = "Нанесено поражение живой силе и технике двух бригад береговой обороны ВСУ в районах населённых "
                                "пунктов Степногорск Запорожской области, Садовое и Антоновка Херсонской области.";
    for (const char* place : {"Степногорск", "Садовое", "Антоновка"}) {
        INFO(place);
        CHECK(mention_in_report(regions, place, "2025-07-06").claim == ClaimType::struck);
    }
    CHECK(mention_in_report("Нанесено огневое поражение живой силе и технике ВСУ в районах населённых пунктов Никольское, "
                            "Приднепровское и города Херсон.",
                            "Херсон", "2025-06-09")
              .claim == ClaimType::struck);
}

TEST_CASE("bulletins: fire 'from the side of' formations names who fired - a village with a fleeting vowel is found",
          "[claims][cyrillic]") {
    const Mention m =
        mention_in_report("Утром Донецк подвергся массированному обстрелу со стороны украинских формирований.", "Донецк", "2024-08-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Штурмовики выбили противника из Крупца Курской области.", "Крупца", "2024-08-20").claim ==
          ClaimType::captured);
}

TEST_CASE("General Staff: a destroyed system's model name is no named target - the side on it is the one struck", "[claims][cyrillic]") {
    Mention m = mention_in_report("Знищено російський ЗРК «Бук» поблизу Токмака.", "Токмака", "2025-06-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Уничтожена украинская гаубица М777 под Часовым Яром.", "Часовым Яром", "2025-06-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Уражено пункт управління російськими БпЛА поблизу Горлівки.", "Горлівки", "2025-06-10");
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Бачимо знищення російської техніки під Покровськом.", "Покровськом", "2025-06-10").claim ==
          ClaimType::struck);
}

TEST_CASE("bulletins: a sabotage group destroyed, in the passive too, is fighting there", "[claims][cyrillic]") {
    Mention m = mention_in_report("Російську ДРГ знищено поблизу Вовчанська.", "Вовчанська", "2025-06-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Украинская ДРГ уничтожена у Тёткино.", "Тёткино", "2025-06-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("A Russian sabotage group was destroyed near Vovchansk.", "Vovchansk", "2025-06-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("Russian MoD: a breakthrough or an incursion of a named side is that side's", "[claims][cyrillic]") {
    Mention m = mention_in_report("Губернатор сообщил о прорыве ВСУ в районе Глушково.", "Глушково", "2024-08-15");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Вторгнення ЗСУ в Курську область триває.", "Курську область", "2024-08-15");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    // The war's own name is no event on a map.
    CHECK(claims_nothing("Від початку повномасштабного вторгнення Росії в Україну минуло три роки.", "Україну", "2025-02-24"));
    CHECK(claims_nothing("Российское вторжение в Украину началось 24 февраля.", "Украину", "2025-02-24"));
}

TEST_CASE("Russian MoD: a settlement qualified by a people's republic keeps its name", "[claims][cyrillic]") {
    const Mention m =
        mention_in_report("Підрозділи угруповання «Центр» звільнили населений пункт Удачне Донецької народної республіки.", "Удачне",
                          "2025-01-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(mention_in_report("Бои у Удачного Донецкой народной республики.", "Удачного", "2025-01-10").claim);
}

TEST_CASE("regional posts: a region opening its clause is where that clause's event happened, beside the places after it",
          "[claims][cyrillic]") {
    const std::string text = "На Сумщині ворог скинув 40 КАБів, під ударом — Білопільська та Краснопільська громади.";
    CHECK(mention_in_report(text, "Сумщині", "2025-10-15").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Білопільська", "2025-10-15").claim == ClaimType::struck);
}

TEST_CASE("addresses: a withdrawal the command ordered, and 'our defence' broken into by the other side", "[claims][cyrillic]") {
    Mention m = mention_in_report("Я ухвалив рішення про відведення наших підрозділів з Авдіївки.", "Авдіївки", "2024-02-17");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Окупанти не припиняють спроб прорвати нашу оборону під Бахмутом.", "Бахмутом", "2023-03-01");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("Wikipedia in Russian: a battle for a town is fought there - a spoil heap taken by a town is an advance",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Битва за Авдеевку продолжалась четыре месяца.", "Авдеевку", "2026-01-15").claim == ClaimType::attacked);
    CHECK(mention_in_report("К концу октября они захватили террикон у Красногоровки.", "Красногоровки", "2026-01-15").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces seized the heights near Chasiv Yar.", "Chasiv Yar", "2026-01-15").claim ==
          ClaimType::advanced);
}

TEST_CASE("war bloggers: blocks of a town cleared are an advance into it - the town near which a village was taken is fought near",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Штурмовые отряды зачистили несколько кварталов в Мирнограде.", "Мирнограде", "2025-11-20").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces took several streets in Kupiansk.", "Kupiansk", "2025-11-20").claim == ClaimType::advanced);
    const std::string text = "Под Гуляйполе ВС РФ заняли Успеновку.";
    CHECK(mention_in_report(text, "Гуляйполе", "2025-11-20").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Успеновку", "2025-11-20").claim == ClaimType::captured);
}

TEST_CASE("regional posts: a heading attacked with a weapon is struck", "[claims][cyrillic]") {
    CHECK(mention_in_report("Запоріжжя: внаслідок атаки БпЛА пошкоджено приватні будинки.", "Запоріжжя", "2025-11-22").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Покровськ: ворог атакує місто штурмовими групами.", "Покровськ", "2025-11-22").claim ==
          ClaimType::attacked);
}

TEST_CASE("headlines in Russian: the ministry of the side named after it announces its own gain - soldiers leaving a town withdraw",
          "[claims][cyrillic]") {
    const Mention m = mention_in_report("Минобороны РФ заявило об освобождении Торецка", "Торецка", "2025-06-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Украинские военные покидают Угледар", "Угледар", "2025-06-20").claim == ClaimType::withdrew);
}

TEST_CASE("Telegram: a town falls right after its name - debris that falls strikes - a verb after a name is no lower-case place",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Бахмут пал.", "Бахмут", "2023-05-21").claim == ClaimType::captured);
    CHECK(mention_in_report("Авдіївка впала після чотирьох місяців боїв.", "Авдіївка", "2024-02-18").claim == ClaimType::captured);
    CHECK(mention_in_report("Уламки дрона впали на будинок у Києві.", "Києві", "2025-04-05").claim == ClaimType::struck);
    for (const Mention& m : frontline::test::mentions_of_report("Бахмут пал.", "2023-05-21")) CHECK(m.surface != "пал");
    CHECK(mention_in_report("Окупанти інфільтруються в Покровськ малими групами.", "Покровськ", "2025-10-01").claim ==
          ClaimType::advanced);
}

TEST_CASE("bulletins: the object of an event noun is no speaker - a town taken in the short participle", "[claims][cyrillic]") {
    CHECK(mention_in_report("Звільнення Покровська підтвердили в Генштабі.", "Покровська", "2025-06-10").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Покровск взят.", "Покровск", "2025-06-10").claim == ClaimType::captured);
    CHECK(mention_in_report("Pokrovsk changed hands twice last week.", "Pokrovsk", "2025-06-10").claim == ClaimType::captured);
    // A town that speaks still speaks.
    CHECK(claims_nothing("Київ підтвердив звільнення села.", "Київ", "2025-06-10"));
}

TEST_CASE("Russian MoD: a weapon only one side fires names the striker where the report names none", "[claims][cyrillic]") {
    Mention m = mention_in_report("Противник нанёс удар HIMARS по Донецку.", "Донецку", "2025-09-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(m.evidence.actor_basis.find("weapon") != std::string::npos);
    // Weapons of both sides in one sentence name no one.
    m = mention_in_report("По Донецку били и HIMARS, и Искандеры.", "Донецку", "2025-09-20");
    CHECK(m.evidence.actor_basis.find("weapon") == std::string::npos);
}

TEST_CASE("addresses and bulletins: units of ours act, prisoners taken are a fight won, troops that came up to a town advanced",
          "[claims][cyrillic]") {
    const Mention m = mention_in_report("Наші підрозділи знищили склад боєприпасів під Токмаком.", "Токмаком", "2025-09-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Маємо результати на Курщині: наші воїни поповнили обмінний фонд.", "Курщині", "2025-09-20").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Российские войска вплотную подошли к Покровску.", "Покровску", "2025-09-20").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Ворог підійшов до околиць Костянтинівки.", "Костянтинівки", "2025-09-20").claim ==
          ClaimType::advanced);
}

TEST_CASE("DeepState: 'in X, near Y and near Z' lists where it happened - no landmark - lost positions restored are an advance",
          "[claims][cyrillic]") {
    const std::string text = "Ворог просунувся в Торецьку, біля Щербинівки та поблизу Новотроїцького.";
    for (const char* place : {"Торецьку", "Щербинівки", "Новотроїцького"}) {
        const Mention m = mention_in_report(text, place, "2025-02-11");
        CHECK(m.claim == ClaimType::advanced);
        CHECK(m.actor_side == "RU");
    }
    // "near Y and Z" after a place that is itself where: two places listed, no landmark.
    for (const char* place : {"Гуляйполі", "Залізничного", "Варварівки"})
        CHECK(mention_in_report("Ворог просунувся в Гуляйполі, біля Залізничного та Варварівки.", place, "2026-01-14").claim ==
              ClaimType::advanced);
    // A town near another, with no list going on, still places it.
    CHECK(claims_nothing("Ворог просунувся в Торецьку, біля Щербинівки.", "Щербинівки", "2025-02-11"));
    // An object taken, not a where: "near Y and Z" after it places it.
    CHECK(claims_nothing("Russian forces captured Maksymivka, near Vuhledar and Pavlivka.", "Vuhledar", "2025-02-11"));
    CHECK(mention_in_report("Ворог намагався відновити втрачені позиції біля Куп'янська.", "Куп'янська", "2025-02-11").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("In Kursk region, the AFU continue to hold out in Sverdlikovo.", "Sverdlikovo", "2025-02-11").claim ==
          ClaimType::attacked);
}

TEST_CASE("Telegram: where the fighting is, told as a place's state - a grey zone, the epicentre of battles, the line running through it",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Эпицентр боёв сейчас – Покровск.", "Покровск", "2025-02-11").claim == ClaimType::attacked);
    CHECK(mention_in_report("Вовчанськ перетворився на сіру зону.", "Вовчанськ", "2025-02-11").claim == ClaimType::attacked);
    CHECK(mention_in_report("Линия фронта проходит по центру Торецка.", "Торецка", "2025-02-11").claim == ClaimType::attacked);
    CHECK(mention_in_report("Ворожі ДРГ проникли в Куп'янськ.", "Куп'янськ", "2025-02-11").claim == ClaimType::advanced);
    CHECK(mention_in_report("Huliaipole has become a new flashpoint.", "Huliaipole", "2025-02-11").claim == ClaimType::attacked);
}

TEST_CASE("MoD wording: 'more favourable positions' withdrawn to are a withdrawal, taken up an advance", "[claims][cyrillic]") {
    CHECK(mention_in_report("Ukrainian troops withdrew to more favourable positions near Kurakhove.", "Kurakhove", "2025-06-10").claim ==
          ClaimType::withdrew);
    CHECK(mention_in_report("Units of the Battlegroup South took up more favourable positions near Kurakhove.", "Kurakhove",
                            "2025-06-10")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("ВСУ отошли на более выгодные позиции у Курахово.", "Курахово", "2025-06-10").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Подразделения группировки «Юг» заняли более выгодные рубежи и позиции у Курахово.", "Курахово",
                            "2025-06-10")
              .claim == ClaimType::advanced);
}

TEST_CASE("regional administrations: a district terrorised is struck - a terrorist attack is no strike by a side", "[claims][cyrillic]") {
    // (A district terrorised as a whole is struck from afar, as one attacked
    // is; with a weapon named, a strike too. Assassins who "terrorised
    // Russia" struck nothing from the air.)
    CHECK(mention_in_report("Ворог тероризував Нікопольщину", "Нікопольщину", "2025-03-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Вночі ворог атакував Нікопольщину.", "Нікопольщину", "2025-03-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Ворог тероризував Нікопольщину дронами", "Нікопольщину", "2025-03-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Russia continues to terrorize Kharkiv with glide bombs.", "Kharkiv", "2025-03-20").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("A terrorist attack killed 140 people at a concert hall near Moscow.", "Moscow", "2025-03-20"));
}

TEST_CASE("channels: a wave of infantry thrown at a village attacks it - a position covered by artillery is struck",
          "[claims][cyrillic]") {
    Mention m = mention_in_report("Очередной накат противника у Клещеевки отбит.", "Клещеевки", "2025-05-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(mention_in_report("Противник накрыл артиллерией наши позиции у Крынок.", "Крынок", "2025-05-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Ворог накрив мінометами позиції біля Кринок.", "Кринок", "2025-05-20").claim == ClaimType::struck);
}

TEST_CASE("channels: seeping in by small groups is an advance, tried is an attack - Russians named in Russian act", "[claims][cyrillic]") {
    CHECK(mention_in_report("Росіяни намагаються просочитися до Мирнограда малими групами.", "Мирнограда", "2025-10-02").claim ==
          ClaimType::attacked);
    const Mention m = mention_in_report("Россияне просочились в Покровск.", "Покровск", "2025-10-02");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor == "Россияне");
}

TEST_CASE("regional administrations: a list of communities headed by the community word, fire from the side of a town, tomorrow's shelling",
          "[claims][cyrillic]") {
    const std::string list =
        "Обстрілів зазнали 8 громад: Білопільська, Великописарівська, Краснопільська, Хотінська, Юнаківська та Сумська.";
    for (const char* community : {"Краснопільська", "Хотінська", "Юнаківська"})
        CHECK(mention_in_report(list, community, "2025-02-14").claim == ClaimType::struck);
    const std::string from_side = "Обстріли Нікопольщини велися з боку окупованого Енергодара.";
    CHECK(claims_nothing(from_side, "Енергодара", "2024-08-21"));
    CHECK(claims_nothing("Обстрел Белгорода вёлся со стороны Харькова.", "Харькова", "2024-08-21"));
    CHECK(claims_nothing("Завтра очікується посилення обстрілів, тож просимо мешканців Херсона не нехтувати тривогами.", "Херсона",
                         "2023-11-07"));
}

TEST_CASE("addresses and brigades: units leaving a town withdrew from it - trying to drive into a village attacks it", "[claims][cyrillic]") {
    Mention m = mention_in_report("Сьогодні було ухвалене рішення про вихід наших підрозділів з Авдіївки.", "Авдіївки", "2024-02-17");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Окупанти намагалися заїхати до Калинівки колоною з трьох одиниць техніки.", "Калинівки", "2024-09-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("channels and agencies: artillery working over a crossing strikes it, a concentration covered is struck, a possibility left open is none - our troops in Russian act",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Артиллерия группировки «Север» отрабатывает по переправам у Вовчанска.", "Вовчанска", "2024-05-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Российская артиллерия накрыла скопление техники ВСУ у Малой Токмачки.", "Малой Токмачки", "2023-08-31")
              .claim == ClaimType::struck);
    CHECK(claims_nothing("Рогов не исключил, что ВСУ попытаются наступать на Токмак.", "Токмак", "2023-08-31"));
    CHECK(claims_nothing("The governor did not rule out that Russian troops would attack Sumy.", "Sumy", "2023-08-31"));
    Mention m = mention_in_report("По данным источников, украинское командование перебрасывает резервы в район Юнаковки.", "Юнаковки",
                                  "2024-08-12");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Наши войска вошли в Купянск. Оккупанты бегут.", "Купянск", "2022-09-10");
    CHECK(m.actor == "Наши войска");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("governors and bulletins: where the wounded were taken is no place of the event - drones spelt out and destroyed over regions are an interception",
          "[claims][cyrillic]") {
    CHECK(claims_nothing("Пострадали двое мирных жителей, оба доставлены в больницу в Белгороде.", "Белгороде", "2023-06-01"));
    CHECK(claims_nothing("The wounded were taken to a hospital in Dnipro.", "Dnipro", "2023-06-01"));
    CHECK(mention_in_report("A Russian missile hit a hospital in Kharkiv.", "Kharkiv", "2023-06-01").claim == ClaimType::struck);
    const std::string list = "Перехвачены и уничтожены 38 украинских беспилотных летательных аппаратов самолётного типа: "
                             "15 — над территорией Брянской области, 12 — над Курской областью.";
    CHECK(claims_nothing(list, "Курской областью", "2025-03-06"));
}

TEST_CASE("air force and governors: launch sites listed after their word are origins, a town's people told what to do is no event, an interception noun, a town given up",
          "[claims][cyrillic]") {
    const std::string launches = "Напрямки пусків ракет — Курськ, Міллерово; ударних БпЛА — Шаталово, Приморсько-Ахтарськ.";
    for (const char* origin : {"Міллерово", "Шаталово", "Приморсько-Ахтарськ"}) CHECK(claims_nothing(launches, origin, "2025-04-24"));
    const std::string people = "В Новошахтинске возникло возгорание. Жителям Таганрога и Азова рекомендовано сохранять спокойствие.";
    CHECK(mention_in_report(people, "Новошахтинске", "2025-07-12").claim == ClaimType::struck);
    CHECK(claims_nothing(people, "Таганрога", "2025-07-12"));
    CHECK(claims_nothing(people, "Азова", "2025-07-12"));
    CHECK(claims_nothing("В Минобороны РФ заявили о перехвате 164 дронов над Брянщиной.", "Брянщиной", "2025-11-02"));
    CHECK(mention_in_report("Красный Лиман оставлен.", "Красный Лиман", "2022-10-01").claim == ClaimType::withdrew);
    CHECK(claims_nothing("Наши подразделения вышли из Лимана в сторону Кременной.", "Кременной", "2022-10-01"));
}

TEST_CASE("bulletins: the side whose positions were stormed was attacked - a town beaten off from the enemy is taken back",
          "[claims][cyrillic]") {
    const char* text = "Учора окупанти намагалися штурмувати позиції наших військ поблизу Стрілечого, Красного та Пильної, "
                       "усі атаки відбито.";
    for (const char* place : {"Стрілечого", "Красного", "Пильної"}) {
        INFO(place);
        Mention m = mention_in_report(text, place, "2024-05-11");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(m.actor_side == "RU");
    }
    Mention v = mention_in_report("Сили оборони відбили у ворога Вовчанськ.", "Вовчанськ", "2024-09-12");
    CHECK(v.claim == ClaimType::captured);
    CHECK(v.actor_side == "UA");
    CHECK(mention_in_report("Сили оборони відбили атаку біля Вовчанська.", "Вовчанська", "2024-09-12").claim == ClaimType::attacked);
}

TEST_CASE("dates: 'now' is the report's day, and a sentence ending in it leaves it to the next", "[claims][cyrillic][dates]") {
    const char* text = "Ще вчора окупанти захопили Малу Локню, звідки тепер тиснуть на Суджу з півночі. "
                       "Українські підрозділи організовано відходять із Суджі на більш вигідні рубежі.";
    CHECK(date_of(mention_in_report(text, "Малу Локню", "2025-03-12")) == "2025-03-11");
    CHECK(date_of(mention_in_report(text, "Суджу", "2025-03-12")) == "2025-03-12");
    CHECK(date_of(mention_in_report(text, "Суджі", "2025-03-12")) == "2025-03-12");
}

TEST_CASE("a capital where a claim was called a lie speaks, and the claim is denied", "[claims][cyrillic]") {
    const char* text = "В Киеве заявление о взятии Купянска назвали ложью.";
    for (const Mention& m : mentions_of_report(text, "2025-11-21")) CHECK(m.surface != "Киеве");
    Mention k = mention_in_report(text, "Купянска", "2025-11-21");
    CHECK(k.claim == ClaimType::captured);
    CHECK(k.status == ClaimStatus::denied);
    CHECK(mention_in_report("У Києві заяву про захоплення Куп'янська назвали брехнею.", "Куп'янська", "2025-11-21").status ==
          ClaimStatus::denied);
}

TEST_CASE("histories: a date with its year anchors the later dates of its sentence - an anniversary is a year before the report",
          "[claims][cyrillic][dates]") {
    CHECK(date_of(mention_in_report("Наступ розпочався 6 вересня 2022 року, а саму Балаклію звільнили 8 вересня.", "Балаклію",
                                    "2023-09-10")) == "2022-09-08");
    CHECK(date_of(mention_in_report("The offensive began on 6 September 2022, and troops liberated Balakliia on 8 September.",
                                    "Balakliia", "2023-09-10")) == "2022-09-08");
    CHECK(date_of(mention_in_report("Рівно рік тому українські військові звільнили Ізюм.", "Ізюм", "2023-09-10")) == "2022-09-10");
    CHECK(date_of(mention_in_report("Exactly a year ago, Ukrainian troops liberated Izium.", "Izium", "2023-09-10")) == "2022-09-10");
    // "ми" in an address is the writer's side.
    Mention m = mention_in_report("За день ми також просунулися ще на два кілометри, зокрема поблизу Мартинівки.", "Мартинівки",
                                  "2024-08-15");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("milbloggers: a Ukrainian village by its Russian name is placed near the places beside it - bombs 'working on' a town struck it",
          "[claims][cyrillic]") {
    const char* text = "Сейчас бои идут на подступах к Ступочкам и Белой Горе, а по Константиновке каждый день работают наши ФАБы.";
    Mention b = mention_in_report(text, "Белой Горе", "2025-07-31");
    CHECK(b.country == "UA");
    CHECK(b.claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Константиновке", "2025-07-31").claim == ClaimType::struck);
}

TEST_CASE("milbloggers: a Ukrainian village by a Russian name GeoNames keeps in Latin letters is found where a place is asked for - 'за ночь' is the report's night",
          "[claims][cyrillic]") {
    const char* text = "Вчера противник контратаковал у Щербиновки. За ночь наша авиация отработала по Плещеевке и Иванополью.";
    Mention m = mention_in_report(text, "Иванополью", "2025-02-12");
    CHECK(m.country == "UA");
    CHECK(m.claim == ClaimType::struck);
    CHECK(date_of(m) == "2025-02-12");
    // A surname read the same way is no place: none is asked for.
    for (const Mention& x : mentions_of_report("Вчера Гладков сообщил об обстреле.", "2025-02-12")) CHECK(x.surface != "Гладков");
}

TEST_CASE("a unit with no side word that gains ground is the writer's own - in a Ukrainian report Ukrainian", "[claims][cyrillic]") {
    Mention m = mention_in_report("За його словами, після зачистки села штурмові групи вже просунулися до Вербового.", "Вербового",
                                  "2023-08-30");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    // So are gunners and drone crews striking, in a report written from a side.
    m = mention_in_report("Оператори БпЛА бригади виявили колону біля Дорожнянки й накрили її FPV-дронами.", "Дорожнянки",
                          "2026-01-24");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    // A unit whose owner is named after it is the owner's: the enemy's in a Russian report.
    m = mention_in_report("ВСУ атаковали позиции. Штурмовым группам противника удалось закрепиться в центре Работино.", "Работино",
                          "2023-08-20");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("free word order: a side right after the plural verb, with none before it, is the subject", "[claims][cyrillic]") {
    Mention m = mention_in_report("По Херсону вдарили росіяни.", "Херсону", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Удар по Белгороду нанесли ВСУ.", "Белгороду", "2025-11-20").actor_side == "UA");
    CHECK(mention_in_report("Удар по Сумах завдали російські війська.", "Сумах", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("По Донецку ударили ВСУ.", "Донецку", "2025-11-20").actor_side == "UA");
    // (With a side before the verb, the one after it is the object.)
    CHECK(mention_in_report("Российские войска атаковали ВСУ у Покровска.", "Покровска", "2025-11-20").actor_side == "RU");
}

TEST_CASE("oblast heads: a weapon's acronym right before the town opens no name with it", "[claims][cyrillic]") {
    Mention m = mention_in_report("Вночі ворог атакував ударними БпЛА Одесу, пошкоджено енергетичну інфраструктуру.", "Одесу",
                                  "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Росіяни вдарили КАБ Костянтинівку.", "Костянтинівку", "2025-11-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Ворог обстріляв з РСЗВ Херсон.", "Херсон", "2025-11-20").claim == ClaimType::struck);
    m = mention_in_report("Вночі ЗСУ атакували БПЛА Курськ і Бєлгород.", "Курськ", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("oblast heads: an attack with guided bombs by their acronym is a strike", "[claims][cyrillic]") {
    CHECK(mention_in_report("У четвер ворог атакував КАБами Білопілля.", "Білопілля", "2024-05-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Противник атаковал ФАБами Волчанск.", "Волчанск", "2024-05-20").claim == ClaimType::struck);
    // So is one with rocket launchers or shells.
    CHECK(mention_in_report("ВСУ атаковали Шебекино из РСЗО, выпущено 16 снарядов.", "Шебекино", "2024-03-16").claim ==
          ClaimType::struck);
}

TEST_CASE("oblast heads: a bracketed aside leaves its clause whole - drones attacking a list struck it", "[claims][cyrillic]") {
    const std::string line = "236 ударних БпЛА різних модифікацій (переважно FPV) атакували Степногірськ, Кам'янське та Оріхів.";
    for (const char* place : {"Степногірськ", "Кам'янське", "Оріхів"}) {
        INFO(place);
        CHECK(mention_in_report(line, place, "2024-11-22").claim == ClaimType::struck);
    }
}

TEST_CASE("bulletins: infiltration is an advance, and units pushed out of positions near a village were attacked there",
          "[claims][cyrillic]") {
    Mention m = mention_in_report("Росіяни продовжують інфільтрацію малими групами в Покровськ.", "Покровськ", "2025-11-05");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    // ("з позицій поблизу X" is no gun position here: the units were driven from it.)
    m = mention_in_report("Ворог 36 разів намагався витіснити наші підрозділи з позицій поблизу Прогресу.", "Прогресу", "2024-07-18");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("Russian MoD: 'штурмовых бригад' names a kind of unit where the sentence tells its own event", "[claims][cyrillic]") {
    const std::string line = "Нанесено поражение живой силе и технике механизированных, штурмовых бригад ВСУ в районах "
                             "населенных пунктов Красноармейск и Удачное.";
    for (const char* place : {"Красноармейск", "Удачное"}) {
        INFO(place);
        Mention m = mention_in_report(line, place, "2025-05-20");
        CHECK(m.claim == ClaimType::struck);
        CHECK(m.actor_side == "RU");
    }
    // A list goes on after "а также", "as well as".
    CHECK(mention_in_report("Нанесли поражение формированиям ВСУ в районах Юнаковка и Садки Сумской области, а также Волчанск "
                            "Харьковской области.",
                            "Волчанск", "2025-05-20")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Russian drones hit Sumy and Okhtyrka, as well as Kharkiv.", "Kharkiv", "2025-05-20").claim ==
          ClaimType::struck);
    // (Alone, the assault groups still tell of assaults.)
    CHECK(mention_in_report("Активность штурмовых групп противника отмечена в районе Часова Яра.", "Часова Яра", "2025-05-20").claim ==
          ClaimType::attacked);
}

TEST_CASE("a drone that lost its steering lost no ground", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Два украинских БПЛА, потеряв управление, упали на склад в Брянске.", "Брянске", "2024-08-15");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("a district or community in the genitive after a village says where the village lies - its town was not hit",
          "[claims][cyrillic]") {
    const std::string text = "Сегодня днём вражеский дрон ударил по автомобилю в селе Тёткино Глушковского района.";
    CHECK(mention_in_report(text, "Тёткино", "2024-05-20").claim == ClaimType::struck);
    CHECK(claims_nothing(text, "Глушковского района", "2024-05-20"));
    CHECK(claims_nothing("Ворог обстріляв Вільне Покровського району.", "Покровського району", "2024-05-20"));
    // (After a word the dictionary knows at a sentence start, too.)
    CHECK(claims_nothing("Рясне Краснопільської громади поранено цивільного чоловіка.", "Краснопільської громади", "2024-05-20"));
    // In English, after "in": "Lyptsi in the Kharkiv district" is no strike on Kharkiv.
    CHECK(claims_nothing("Shelling damaged houses in Lyptsi in the Kharkiv district.", "Kharkiv district", "2024-05-20"));
    CHECK(mention_in_report("Russian troops shelled the Nikopol district.", "Nikopol district", "2024-05-20").claim ==
          ClaimType::struck);
    // A district where something happened is no qualifier: "у Дніпровському районі".
    CHECK(mention_in_report("У Дніпровському районі Херсона окупанти атакували дроном маршрутку.", "Дніпровському районі",
                            "2024-05-20")
              .claim == ClaimType::struck);
}

TEST_CASE("a place beaten back is retaken by those who beat it back - an attack beaten back stays an attack", "[claims][cyrillic]") {
    // ("Работино", the Russian spelling, reaches Роботине only after a word that names a place.)
    const Mention ru = mention_in_report("ВСУ отбили Работино.", "Работино", "2023-09-05");
    CHECK(ru.claim == ClaimType::captured);
    CHECK(ru.actor_side == "UA");
    const Mention uk = mention_in_report("ЗСУ відбили Роботине.", "Роботине", "2023-09-05");
    CHECK(uk.claim == ClaimType::captured);
    CHECK(uk.actor_side == "UA");
    CHECK(mention_in_report("Российские войска взяли Работино.", "Работино", "2023-09-05").claim == ClaimType::captured);
    const Mention repelled = mention_in_report("ЗСУ відбили атаку біля Роботиного.", "Роботиного", "2023-09-05");
    CHECK(repelled.claim == ClaimType::attacked);
    CHECK(repelled.actor_side == "RU");
}

TEST_CASE("the future's auxiliary makes a forecast, not a capture", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Путін: противник буде вибитий з Курської області.", "Курської області", "2024-10-28");
    CHECK(m.modality == Modality::forecast);
    CHECK_FALSE(m.claim);
    CHECK(mention_in_report("Путин: противник будет выбит из Суджи.", "Суджи", "2024-10-28").modality == Modality::forecast);
    // (Another clause's future leaves a reported strike alone.)
    CHECK(mention_in_report("Вчера ВСУ обстреляли Горловку, сообщил глава города, который будет выступать завтра.", "Горловку",
                            "2024-10-28")
              .claim == ClaimType::struck);
}

TEST_CASE("reserves moved from near towns go to the town after 'в' in its accusative - after 'в' in its locative a town places the one before",
          "[claims][cyrillic]") {
    const std::string text = "ВСУ спешно перебрасывают резервы из-под Часова Яра и Купянска в Харьков.";
    CHECK(claims_nothing(text, "Купянска", "2024-05-12"));
    CHECK(mention_in_report(text, "Харьков", "2024-05-12").claim == ClaimType::deployed);
    CHECK(claims_nothing("Взрыв произошёл в Новой Ляде в Тамбове.", "Тамбове", "2024-05-12"));
}

TEST_CASE("places taken in a short plural participle are captured - soldiers taken prisoner near a village take no village",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Накануне взяты Степановка и Новоселовка.", "Степановка", "2025-03-13").claim == ClaimType::captured);
    CHECK(mention_in_report("Учора взяті Степанівка та Новоселівка.", "Степанівка", "2025-03-13").claim == ClaimType::captured);
    CHECK(claims_nothing("Под Степановкой взяты в плен трое военнослужащих ВСУ.", "Степановкой", "2025-03-13"));
    CHECK(claims_nothing("Біля Степанівки взяли в полон двох окупантів.", "Степанівки", "2025-03-13"));
}

TEST_CASE("a force that stands at a place is stationed there - things that stand are not", "[claims][cyrillic]") {
    CHECK(mention_in_report("Збір на перехоплювачі для бригади, яка стоїть під Родинським.", "Родинським", "2024-05-16").claim ==
          ClaimType::deployed);
    CHECK(mention_in_report("С тех пор в Судже стояли основные силы противника.", "Судже", "2024-05-16").claim == ClaimType::deployed);
    CHECK(claims_nothing("В Судже стоит памятник героям войны.", "Судже", "2024-05-16"));
}

TEST_CASE("a war blogger's slang for the other side's soldiers is a force in any of its cases - where a road leads is no place left",
          "[claims][cyrillic]") {
    const std::string text = "По данным Mash, часть ВСУшников бросила технику и бежит из Суджи по единственной дороге на Юнаковку.";
    Mention m = mention_in_report(text, "Суджи", "2024-08-20");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    // (Where the road leads is no place they left.)
    CHECK(claims_nothing(text, "Юнаковку", "2024-08-20"));
}

TEST_CASE("claimants: a capital that says so, and the units it calls its own, in Ukrainian and Russian", "[claims][cyrillic]") {
    const Mention uk = mention_in_report("У Москві стверджують, що їхні підрозділи зайняли Іванівку.", "Іванівку", "2025-02-10");
    CHECK(uk.claim == ClaimType::captured);
    CHECK(uk.claimant_side == "RU");
    CHECK(uk.actor_side == "RU");
    const Mention ru = mention_in_report("В Кремле утверждают, что их подразделения взяли Ивановку.", "Ивановку", "2025-02-10");
    CHECK(ru.claimant_side == "RU");
    CHECK(ru.actor_side == "RU");
}

TEST_CASE("claimants: a staff denying another's statement is not its claimant - the state after control holds the place",
          "[claims][cyrillic]") {
    const Mention m = mention_in_report("Генштаб ЗСУ спростував заяву Міноборони Росії про захоплення Торецька.", "Торецька",
                                        "2025-02-10");
    CHECK(m.status == ClaimStatus::denied);
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "RU");
    const std::string text = "Херсон повертається під контроль України.";
    CHECK(mention_in_report(text, "Херсон", "2022-11-11").actor_side == "UA");
    CHECK(claims_nothing(text, "України", "2022-11-11"));
}

TEST_CASE("event words: a counterattack and a defensive operation are fighting - a strike condemned or rebuilt after is none there",
          "[claims][cyrillic]") {
    const Mention counter = mention_in_report("Сили оборони контратакували біля Бахмута.", "Бахмута", "2025-02-10");
    CHECK(counter.claim == ClaimType::attacked);
    CHECK(counter.actor_side == "UA");
    CHECK(mention_in_report("Під Кураховим триває оборонна операція.", "Кураховим", "2025-02-10").claim == ClaimType::attacked);
    CHECK(claims_nothing("В Берлине и Париже удар осудили.", "Берлине", "2025-02-10"));
    CHECK(claims_nothing("Путин поручил ускорить восстановление разрушенного жилья в Судже.", "Судже", "2025-02-10"));
}

TEST_CASE("channels: a line headed by its sector and a colon is fighting along the sector", "[claims][cyrillic]") {
    const std::string text = "Авдеевское направление: подразделения 2-й гвардейской армии продолжают наступление западнее Очеретино.";
    const Mention m = mention_in_report(text, "Авдеевское", "2024-05-10");
    CHECK(m.claim == ClaimType::attacked);
    // (A capture under the heading takes the village, not the sector.)
    CHECK(mention_in_report("Торецкое направление: освобождено Щербиновку.", "Торецкое", "2025-02-10").claim != ClaimType::captured);
}

TEST_CASE("addresses: where it is hardest of all, in Russian comparatives, is fighting there", "[claims][cyrillic]") {
    const std::string text = "На фронте сейчас сложнее всего на Донбассе – Покровск, Константиновка, Торецк.";
    CHECK(mention_in_report(text, "Покровск", "2025-02-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("Тяжелее всего сейчас под Купянском.", "Купянском", "2025-02-10").claim == ClaimType::attacked);
}

TEST_CASE("bulletins: a grouping named by an adjective is a unit, a headline's known word no village before a community",
          "[claims][cyrillic]") {
    const std::string text = "Подразделения Южной группировки войск нанесли поражение формированиям ВСУ в районе Северска.";
    CHECK(claims_nothing(text, "Южной", "2025-02-10"));
    CHECK(mention_in_report(text, "Северска", "2025-02-10").claim == ClaimType::struck);
    CHECK(mention_in_report("Обстріл Курахівської громади.", "Курахівської громади", "2024-05-10").claim == ClaimType::struck);
}

TEST_CASE("bulletins: an incursion being repelled is fighting, and the side repelled attacked", "[claims][cyrillic]") {
    const Mention m = mention_in_report("В Курской области продолжается отражение вторжения ВСУ.", "Курской области", "2024-08-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("bulletins: a garrison evacuated withdraws from its town", "[claims][cyrillic]") {
    const Mention m = mention_in_report("ВСУ эвакуировали гарнизон из Угледара.", "Угледара", "2024-10-02");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Ukraine evacuated the garrison from Mariupol.", "Mariupol", "2022-05-17").claim == ClaimType::withdrew);
}

TEST_CASE("governors and posts: blasts put down to air defence and drones destroyed on the way are an interception",
          "[claims][cyrillic]") {
    // Blasts the sentence explains by the air defence's work, with no hit told.
    CHECK(claims_nothing("Вечером в Курске прогремели взрывы — это работала ПВО, сбиты три беспилотника.", "Курске",
                         "2025-03-05"));
    CHECK(claims_nothing("Explosions were heard in Bryansk overnight as air defences shot down drones.", "Bryansk", "2025-03-05"));
    // A hit in the same sentence keeps the blasts a strike.
    CHECK(mention_in_report("Вибухи пролунали у Харкові: ворог атакував місто дронами, влучання зафіксовано на підприємстві.",
                            "Харкові", "2025-03-05")
              .claim == ClaimType::struck);
    // Drones destroyed over a district or on their way to a city were shot down there.
    CHECK(claims_nothing("Вночі сили ППО знищили над областю шість безпілотників – чотири у Синельниківському районі.",
                         "Синельниківському районі", "2025-03-05"));
    CHECK(claims_nothing("Ещё один беспилотник уничтожен на подлёте к Туле, сообщил губернатор.", "Туле", "2025-03-05"));
}

TEST_CASE("posts: a headline that says only that a town is ours takes it back", "[claims][cyrillic]") {
    CHECK(mention_in_report("ІЗЮМ НАШ!\n\nСьогодні зранку над містом підняли прапор.", "ІЗЮМ", "2022-09-11").claim == ClaimType::captured);
    CHECK(mention_in_report("Лиман наш.", "Лиман", "2022-10-01").claim == ClaimType::captured);
    // Ours as an attribute is no capture.
    CHECK(claims_nothing("Наш Харків. Наша Одеса.", "Харків", "2022-10-01"));
}

TEST_CASE("channels: a town named alone, under one name or two, heads the event told a sentence or two after it",
          "[claims][cyrillic]") {
    const std::string two_names = "Курахове (Курахово). Противник продовжує штурмувати місто зі сходу.";
    CHECK(mention_in_report(two_names, "Курахово", "2025-02-08").claim == ClaimType::attacked);
    // A sentence without event words or places between does not part them.
    const std::string later = "Часів Яр. Зранку туман. Противник штурмує позиції в західній частині міста.";
    CHECK(mention_in_report(later, "Часів Яр", "2025-02-08").claim == ClaimType::attacked);
    // A place named in between takes the event itself.
    CHECK(claims_nothing("Часів Яр. Зранку туман. Противник штурмує позиції біля Ступочок.", "Часів Яр", "2025-02-08"));
}

TEST_CASE("oblast heads and addresses: a region taken up by its own noun, a town named after the day, a town blocked",
          "[claims][cyrillic]") {
    // The region the line opens with is what the next sentence's "область" stands for; its weapons make it a strike.
    CHECK(mention_in_report("Тривожна ніч на Полтавщині. Ворог атакував область ударними дронами.", "Полтавщині", "2025-02-08").claim ==
          ClaimType::struck);
    // "Сьогодні Одеса.": the day's town heads the story told after it.
    CHECK(mention_in_report("Сьогодні Одеса. Звичайний ранок, а росіяни вдарили ракетою по житловому кварталу.", "Одеса", "2025-02-08")
              .claim == ClaimType::struck);
    // A town said to be blocked is fought over.
    CHECK(mention_in_report("Герасимов заявив, що Мирноград повністю блокований.", "Мирноград", "2025-11-03").claim ==
          ClaimType::attacked);
}

TEST_CASE("air force bulletins: weapons downed over regions are an interception there, a town attacked before it stays struck",
          "[claims][cyrillic]") {
    const std::string bulletin = "Повітряні цілі знищено над Черкащиною та Полтавщиною.";
    CHECK(claims_nothing(bulletin, "Черкащиною", "2025-02-18"));
    CHECK(claims_nothing(bulletin, "Полтавщиною", "2025-02-18"));
    CHECK(claims_nothing("Збиття ракет підтверджено над Одещиною.", "Одещиною", "2025-02-18"));
    CHECK(claims_nothing("Air defences destroyed 30 of the 45 drones launched overnight, over the Chernihiv and Sumy regions.",
                         "Chernihiv", "2025-02-18"));
    // The town the attack was aimed at, named before the weapons downed over the sea.
    CHECK(mention_in_report("ВСУ атаковали Севастополь ракетами, силы ПВО сбили над морем несколько целей.", "Севастополь",
                            "2024-09-22")
              .claim == ClaimType::struck);
}

TEST_CASE("ministry bulletins: units and formations named in a sentence fight on the ground", "[claims][cyrillic]") {
    // Even at a village read as a namesake far from the front.
    CHECK(mention_in_report("Units of the Battlegroup North repelled attacks by Ukrainian formations near Plekhovo.", "Plekhovo",
                            "2024-10-31")
              .claim == ClaimType::attacked);
}

TEST_CASE("air-raid channels: weapons tracked on their course hit nothing yet - a threat after a clock time is a forecast",
          "[claims][cyrillic]") {
    CHECK(claims_nothing("22:05 Група ударних БпЛА з Чернігівщини курсом на Київщину.", "Київщину", "2024-05-14"));
    CHECK(claims_nothing("23:10 Ракета над Полтавою, рухається в бік Кременчука.", "Полтавою", "2024-05-14"));
    CHECK(claims_nothing("23:10 Ракета над Полтавою, рухається в бік Кременчука.", "Кременчука", "2024-05-14"));
    CHECK(claims_nothing("00:40 Загроза застосування КАБ для Сумщини!", "Сумщини", "2024-05-14"));
    CHECK(claims_nothing("Several Shahed drones are heading for Odesa from the sea.", "Odesa", "2024-05-14"));
    // A hit told with the weapons is a strike.
    CHECK(mention_in_report("Дрони атакували Полтаву, пошкоджено будинок.", "Полтаву", "2024-05-14").claim == ClaimType::struck);
}

TEST_CASE("ministry summaries: an offensive into a region's territory attacks the region - a country before a count is no adjective - "
          "soldiers set free are no liberation",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("6 августа подразделения ВСУ пересекли границу и начали наступление на территорию Курской области.",
                            "Курской области", "2024-08-14")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Россия атаковала Украину 300 дронами и 20 ракетами.", "Украину", "2025-07-21").claim == ClaimType::struck);
    CHECK(claims_nothing("Сейчас освобожденные российские военные находятся на территории Белоруссии, где им оказывают помощь.",
                         "Белоруссии", "2025-07-21"));
    CHECK(mention_in_report("Российские войска освободили Ивановку.", "Ивановку", "2025-07-21").claim == ClaimType::captured);
}

TEST_CASE("governors: an attack of naval drones repelled is an interception - weapons downed on their way hit nothing there",
          "[claims][cyrillic]") {
    CHECK(claims_nothing("Ночью силы ПВО и РЭБ отразили атаку безэкипажных катеров у Новороссийска.", "Новороссийска", "2024-05-06"));
    CHECK(claims_nothing("Силы ПВО с полуночи сбили 19 беспилотников, летевших на Москву, сообщил мэр столицы.", "Москву",
                         "2024-05-06"));
    // Guard: boats that hit a pier struck the port.
    CHECK(mention_in_report("Безэкипажные катера атаковали порт Новороссийска, повреждён причал.", "Новороссийска", "2024-05-06")
              .claim == ClaimType::struck);
}

TEST_CASE("addresses: a hard situation there is fighting, columns moving on a town advance on it, and a listed 'Сум' is Sumy",
          "[claims][cyrillic]") {
    CHECK(mention_in_report("Дуже важка ситуація на півдні, у Миколаєві та Вознесенську.", "Вознесенську", "2022-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Тяжелая обстановка сохраняется под Бахмутом.", "Бахмутом", "2023-03-05").claim == ClaimType::attacked);
    const Mention kyiv = mention_in_report("Ворожі колони рухаються на Київ з півночі.", "Київ", "2022-02-26");
    CHECK(kyiv.claim == ClaimType::advanced);
    CHECK(kyiv.actor_side == "RU");
    // (The genitive of Суми is three letters: after another listed name it is the town too.)
    const Mention sumy = mention_in_report("Тривають бої біля Чернігова, Харкова, Сум.", "Сум", "2022-02-27");
    CHECK(sumy.place_id == "geonames:692194");
    CHECK(sumy.claim == ClaimType::attacked);
}

TEST_CASE("cyrillic: a landing tried is an attack there, positions no longer held a withdrawal", "[claims][cyrillic]") {
    CHECK(mention_in_report("Окупанти знову намагалися висадитися на острови біля Кринок.", "Кринок", "2024-12-22").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("ВСУ больше не удерживают позиции в Крынках.", "Крынках", "2024-07-18").claim == ClaimType::withdrew);
}

TEST_CASE("addresses: a short Cyrillic sentence with a finite verb is no fragment of the one before, and 'came to liberate' claims nothing",
          "[claims][cyrillic]") {
    const std::string text = "Вчера ваши войска заняли Мелитополь. Вы говорите, что пришли освобождать Донбасс.";
    CHECK(mention_in_report(text, "Мелитополь", "2022-02-27").claim == ClaimType::captured);
    CHECK(claims_nothing(text, "Донбасс", "2022-02-27"));
    // (A list of names alone still goes on with the sentence before.)
    CHECK(mention_in_report("Окупанти обстрілювали наші міста. Харків, Чернігів, Суми.", "Суми", "2022-03-01").claim ==
          ClaimType::struck);
}

TEST_CASE("governors: drones that got through to a town hit it", "[claims][cyrillic]") {
    CHECK(mention_in_report("Сили ППО вночі збили 11 ударних БпЛА. Частина дронів таки прорвалася до Павлограда.", "Павлограда",
                            "2024-06-27")
              .claim == ClaimType::struck);
}

TEST_CASE("cyrillic: defenders brought home from captivity retake no town, and a situation 'вкрай складна' there is fighting",
          "[claims][cyrillic]") {
    CHECK(claims_nothing("Україна повернула з полону 150 захисників: серед них оборонці Маріуполя", "Маріуполя", "2024-12-30"));
    CHECK(mention_in_report("Ситуація у Великій Новосілці вкрай складна.", "Великій Новосілці", "2025-01-25").claim ==
          ClaimType::attacked);
}

TEST_CASE("Cyrillic claims: a purpose to be carried out later is no deed, and a purpose of a withdrawal done does not undo it",
          "[claims][cyrillic]") {
    const std::string text = "Враг стягивает войска в район Изюма, чтобы потом наступать на Славянск.";
    CHECK(claims_nothing(text, "Славянск", "2022-04-02"));
    CHECK(mention_in_report("Командование одобрило отвод подразделений из Угледара «с целью сохранения личного состава».",
                            "Угледара", "2024-10-02")
              .claim == ClaimType::withdrew);
    CHECK(claims_nothing("They are massing troops near Kupiansk in order to attack Kharkiv.", "Kharkiv", "2024-05-02"));
}

TEST_CASE("Cyrillic claims: a shell that hit, the plural of arrivals and losses suffered near a place", "[claims][cyrillic]") {
    CHECK(mention_in_report("В Белгороде снаряд попал в жилой дом.", "Белгороде", "2024-05-10").claim == ClaimType::struck);
    CHECK(mention_in_report("Опять прилеты по частному сектору Горловки.", "Горловки", "2024-05-10").claim == ClaimType::struck);
    CHECK(mention_in_report("Противник понес потери в районе населенного пункта Кременная.", "Кременная", "2024-05-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("Cyrillic claims: an attempt still to come and the synthetic future are forecasts", "[claims][cyrillic]") {
    CHECK(claims_nothing("Окупанти спробують оточити Часів Яр.", "Часів Яр", "2024-05-10"));
    CHECK(claims_nothing("Противник попытается атаковать Белгород.", "Белгород", "2024-05-10"));
    CHECK(claims_nothing("Росіяни атакуватимуть Харків.", "Харків", "2024-05-10"));
    // (An attempt made is an attack.)
    CHECK(mention_in_report("Окупанти спробували оточити Часів Яр.", "Часів Яр", "2024-05-10").claim == ClaimType::attacked);
}

TEST_CASE("Cyrillic claims: a bearing from a town is ground won beside it, not where forces came from", "[claims][cyrillic]") {
    CHECK(mention_in_report("Российские войска продвинулись на запад от Авдеевки.", "Авдеевки", "2024-02-20").claim ==
          ClaimType::advanced);
    CHECK(claims_nothing("Дрони запустили від Курська.", "Курська", "2024-02-20"));
}

TEST_CASE("a participle after a side's name and a hyphen says who holds the place, no capture", "[claims]") {
    const Mention m = mention_in_report("Russian-controlled Enerhodar came under fire on Wednesday.", "Enerhodar", "2025-11-20");
    CHECK(m.claim == frontline::ClaimType::struck);
    // ("re-entered" is a verb.)
    CHECK(mention_in_report("On Saturday, Ukrainian soldiers re-entered Bucha.", "Bucha", "2022-04-04").claim ==
          frontline::ClaimType::captured);
}

TEST_CASE("progress words: fighting for a liberation, or going on liberating, is the attack", "[claims][cyrillic]") {
    Mention m = mention_in_report("Российские подразделения ведут бои за освобождение Гуляйполя.", "Гуляйполя", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Сили оборони продовжують звільняти Куп'янськ від окупантів.", "Куп'янськ", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Штурмовые отряды продолжают освобождать Мирноград.", "Мирноград", "2025-11-20").claim ==
          ClaimType::attacked);
    // (A liberation told as done stays a capture.)
    CHECK(mention_in_report("Российские подразделения освободили Гуляйполе.", "Гуляйполе", "2025-11-20").claim ==
          ClaimType::captured);
}

TEST_CASE("progress words: positions won back, counter-offensive actions, a brigade moved", "[claims][cyrillic]") {
    Mention m = mention_in_report("Наші воїни відновили позиції біля Куп'янська.", "Куп'янська", "2025-11-20");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Сили оборони провели контрнаступальні дії біля Куп'янська.", "Куп'янська", "2025-11-20").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Ударна бригада «Лють» перекинута під Покровськ.", "Покровськ", "2025-11-20").claim ==
          ClaimType::deployed);
    // (An assault brigade is a unit's name, no assault.)
    CHECK(claims_nothing("Командир 3-ї штурмової бригади відвідав Харків.", "Харків", "2025-11-20"));
}

TEST_CASE("dates: this week's named day in Ukrainian and Russian", "[claims][cyrillic][dates]") {
    CHECK(date_of(mention_in_report("Цього понеділка ворог атакував Суми.", "Суми", "2025-11-20")) == "2025-11-17");
    CHECK(date_of(mention_in_report("В этот вторник ВСУ атаковали Белгород.", "Белгород", "2025-11-20")) == "2025-11-18");
}

TEST_CASE("a 'we' that sees, records or learns of an event did not do it", "[claims][cyrillic]") {
    Mention m = mention_in_report("Ми фіксуємо удари по Сумах щодня.", "Сумах", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ми отримали інформацію про удар по Одесі.", "Одесі", "2025-11-20").actor_side == "RU");
    // (A "we" that acts still acts.)
    CHECK(mention_in_report("Ми звільнили Куп'янськ.", "Куп'янськ", "2025-11-20").actor_side == "UA");
}

TEST_CASE("a war correspondent's report is written from the Russian side", "[claims][cyrillic]") {
    const Mention m = mention_in_report("Военкор Евгений Поддубный передает с передовой. Севернее Покровска противник силами до взвода "
                                        "атаковал позиции наших войск.",
                                        "Покровска", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("review: things destroyed after the verb are its object, and an office's acronym opens a person's name", "[claims][cyrillic]") {
    CHECK(mention_in_report("Під Куп'янськом знищили російські танки.", "Куп'янськом", "2025-11-20").actor_side != "RU");
    CHECK(mention_in_report("В районе Купянска уничтожили украинские танки.", "Купянска", "2025-11-20").actor_side != "UA");
    auto surfaces = [](const std::string& text) {
        std::vector<std::string> out;
        for (const Mention& m : mentions_of_report(text, "2025-11-20")) out.push_back(m.surface);
        return out;
    };
    for (const std::string& s : surfaces("Голова Запорізької ОВА Федоров заявив про обстріл Запоріжжя.")) CHECK(s != "Федоров");
    CHECK(surfaces("Сирський назвав Торецьк, Покровськ і Куп'янськ найгарячішими ділянками фронту.") ==
          std::vector<std::string>{"Торецьк", "Покровськ", "Куп'янськ"});
}

TEST_CASE("cyrillic: a participle of taking before a name is its attribute, after it or a form of 'be' the taking", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK_FALSE(mention_in("У звільненому Херсоні вчора відкрили школу.", "Херсоні").claim);
    CHECK(mention_in("Вчера ВСУ обстреляли освобождённый Мариуполь.", "Мариуполь").claim == ClaimType::struck);
    CHECK(mention_in("Росіяни вдарили по звільненому Ізюму.", "Ізюму").claim == ClaimType::struck);
    // (Thanks for the liberated towns is thanks for the deed.)
    CHECK(mention_in("Дякую бійцям за звільнені Балаклію та Вербівку.", "Вербівку").claim == ClaimType::captured);
    CHECK(mention_in("Авдіївка була повністю окупована 17 лютого 2024 року.", "Авдіївка").claim == ClaimType::captured);
    CHECK(mention_in("Торецьк окупований, визнали в ЗСУ.", "Торецьк").claim == ClaimType::captured);
    CHECK_FALSE(mention_in("Ракети летіли з боку окупованої частини Херсонщини.", "Херсонщини").claim);
    CHECK(mention_in("Подразделения ВСУ отведены из Курахово.", "Курахово").claim == ClaimType::withdrew);
}

TEST_CASE("cyrillic: a purpose named by a noun leaves the deed after it reported", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in("З метою недопущення оточення ЗСУ вийшли з Вугледара.", "Вугледара").claim == ClaimType::withdrew);
    CHECK(mention_in("С целью срыва наступления ВСУ нанесли удар по Токмаку.", "Токмаку").claim == ClaimType::struck);
    // (Before the event it names, the purpose is still no deed.)
    CHECK_FALSE(mention_in("З метою захоплення Покровська ворог стягує сили.", "Покровська").claim);
}

TEST_CASE("cyrillic: fire control taken over a town is fire on it, not its capture", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in("Российские войска взяли Мирноград под огневой контроль.", "Мирноград").claim == ClaimType::attacked);
    CHECK(mention_in("Russian troops have taken Myrnohrad under fire control.", "Myrnohrad").claim == ClaimType::attacked);
    CHECK(mention_in("Russian troops have taken Myrnohrad.", "Myrnohrad").claim == ClaimType::captured);
}

TEST_CASE("cyrillic: a town an address turns to is taken up by the next sentence's pronoun or noun", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    // (An object put before its verb, "там" a few words ahead of it, the bulletins' "населённый пункт".)
    CHECK(mention_in("Я говорю про Оріхів. Минулої ночі його обстріляли з артилерії.", "Оріхів").claim == ClaimType::struck);
    CHECK(mention_in("Я говорю про Куп'янськ. Вчора ворог вдарив по ньому КАБами.", "Куп'янськ").claim == ClaimType::struck);
    CHECK(mention_in("Теперь о Гуляйполе. Вчера россияне атаковали населённый пункт с трёх сторон.", "Гуляйполе").claim ==
          ClaimType::attacked);
    CHECK(mention_in("Окремо скажу про Покровськ. Там наші воїни вчора знищили дві штурмові групи.", "Покровськ").claim);
}

TEST_CASE("cyrillic: an attack whose harm or damage is told after it, or on it, is a strike", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in("Атака на Слов'янськ: пошкоджено школу та дитсадок.", "Слов'янськ").claim == ClaimType::struck);
    CHECK(mention_in("Ночная атака на Краматорск: есть погибшие.", "Краматорск").claim == ClaimType::struck);
    CHECK(mention_in("Росіяни атакували Дружківку. Загинула жінка.", "Дружківку").claim == ClaimType::struck);
    // (Soldiers killed in the next sentence are no civilians: a ground attack stays one.)
    CHECK(mention_in("Russian troops attacked Toretsk. Two soldiers were killed.", "Toretsk").claim == ClaimType::attacked);
}

TEST_CASE("cyrillic: a town opening the clause as where, before a capture of another town, only locates it", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    const std::string uk = "У районі Костянтинівки ворог захопив Щербинівку.";
    CHECK_FALSE(mention_in(uk, "Костянтинівки").claim);
    CHECK(mention_in(uk, "Щербинівку").claim == ClaimType::captured);
    CHECK_FALSE(mention_in("Севернее Купянска российские войска освободили Кругляковку.", "Купянска").claim);
    // (A town the event word governs itself keeps its claim.)
    CHECK(mention_in("У районі Костянтинівки ворог атакував наші позиції.", "Костянтинівки").claim == ClaimType::attacked);
}

TEST_CASE("cyrillic: a town's adjective before an office's title names the office", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK_FALSE(mention_in("Сумський міський голова Олександр Лисенко повідомив про удар по підприємству.", "Сумський").claim);
    CHECK_FALSE(mention_in("Запорізький губернатор Іван Федоров повідомив про обстріл.", "Запорізький").claim);
}

TEST_CASE("cyrillic: a participle of taking after a form of 'be', or in '-но', is the predicate put first", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in("Того ж дня були захоплені Генічеськ і Скадовськ.", "Скадовськ").claim == ClaimType::captured);
    CHECK(mention_in("Вчора був звільнений Клинове.", "Клинове").claim == ClaimType::captured);
    CHECK(mention_in("Вчора окуповано Торське.", "Торське").claim == ClaimType::captured);
}

TEST_CASE("cyrillic: the side after the verb, with the place put first, is its subject: weapons and guns too", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Уночі Одесу атакували російські дрони.", "Одесу", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Вчора Херсон обстріляла ворожа артилерія.", "Херсон", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Вчора Бєлгород атакували українські дрони.", "Бєлгород", "2025-11-20").actor_side == "UA");
    CHECK(mention_in_report("Вчера Харьков атаковали ВС РФ.", "Харьков", "2025-11-20").actor_side == "RU");
}

TEST_CASE("cyrillic: a rural district named with its word before the village hit in it only holds the village", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    const std::string ru = "В Грайворонском округе в селе Головчино от удара FPV-дрона загорелся сарай.";
    CHECK_FALSE(mention_in(ru, "Грайворонском округе").claim);
    CHECK(mention_in(ru, "Головчино").claim == ClaimType::struck);
    CHECK_FALSE(mention_in("У Куп'янському районі через удар дрона загинула жінка в селі Ківшарівка.", "Куп'янському районі").claim);
    // (A city's district is hit with its city.)
    CHECK(mention_in("Russian shelling hit the Saltivskyi district of Kharkiv overnight.", "Saltivskyi district").claim ==
          ClaimType::struck);
}

TEST_CASE("cyrillic: those before the noun of encirclement encircle, those in it are encircled", "[claims][cyrillic]") {
    if (!dictionaries()) return;
    CHECK(mention_in_report("Вчора ворог взяв в оточення Мирноград.", "Мирноград", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Російські війська завершують оточення Покровська.", "Покровська", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Українські підрозділи в оточенні біля Покровська.", "Покровська", "2025-11-20").actor_side == "RU");
}

TEST_CASE("cyrillic: a side in the instrumental right after a passive participle is its agent, its units before it too",
          "[claims][cyrillic]") {
    Mention m = mention_in_report("Суджа была занята российскими войсками 13 марта.", "Суджа", "2025-03-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Населённый пункт Работино освобождён подразделениями ВСУ.", "Работино", "2023-08-24").actor_side ==
          "UA");
    CHECK(mention_in_report("Село Вербове звільнено українськими військами.", "Вербове", "2023-09-22").actor_side == "UA");
}

TEST_CASE("cyrillic: drones downed or neutralised over regions, told by a noun or a participle, are an interception",
          "[claims][cyrillic]") {
    const std::string text = "Підтверджено збиття 112 ударних БпЛА у Полтавській, Сумській та Одеській областях.";
    CHECK_FALSE(mention_in_report(text, "Полтавській", "2025-12-03").claim);
    CHECK_FALSE(mention_in_report(text, "Одеській областях", "2025-12-03").claim);
    // (Not a drone unit's command post: "знешкодили пункт управління БпЛА поблизу X".)
    CHECK(mention_in_report("Сили оборони знешкодили пункт управління БпЛА поблизу Покровська.", "Покровська", "2025-12-03").claim ==
          ClaimType::struck);
    // (A drone that hit a house struck there.)
    CHECK(mention_in_report("Ворожий дрон влучив у будинок у Сумах.", "Сумах", "2025-12-03").claim == ClaimType::struck);
}


TEST_CASE("cyrillic: a threat of encirclement is why troops left, no forecast - a threat of a strike stays one", "[claims][cyrillic]") {
    CHECK(mention_in_report("Под угрозой охвата ВСУ отошли из Малых Щербаков к Приморскому.", "Малых Щербаков", "2025-11-20").claim ==
          ClaimType::withdrew);
    CHECK_FALSE(mention_in_report("Под угрозой удара оказался Белгород.", "Белгород", "2025-11-20").claim);
}

TEST_CASE("cyrillic: what a strike aimed at was struck - 'целью стало', 'ціллю стала'", "[claims][cyrillic]") {
    CHECK(mention_in_report("Целью стало предприятие в Днепропетровске.", "Днепропетровске", "2024-11-21").claim == ClaimType::struck);
    CHECK(mention_in_report("Ціллю стала енергетична інфраструктура Харкова.", "Харкова", "2024-11-21").claim == ClaimType::struck);
    // (The next target, in the future, is a forecast.)
    CHECK_FALSE(mention_in_report("Найімовірніше, наступною ціллю ворога стане Курахове.", "Курахове", "2024-11-21").claim);
}

TEST_CASE("cyrillic: forces moving up to a place are deployed there", "[claims][cyrillic]") {
    CHECK(mention_in_report("Зафиксировано выдвижение техники и личного состава ВСУ к Малой Токмачке.", "Малой Токмачке", "2024-08-12")
              .claim == ClaimType::deployed);
    CHECK(mention_in_report("Резерви ЗСУ висуваються до Покровська.", "Покровська", "2024-08-12").claim == ClaimType::deployed);
}

TEST_CASE("cyrillic: a retaking only tried is an attack, one done a capture", "[claims][cyrillic]") {
    CHECK(mention_in_report("Росіяни намагаються відбити Роботине.", "Роботине", "2024-02-17").claim == ClaimType::attacked);
    CHECK(mention_in_report("ЗСУ відбили Роботине.", "Роботине", "2024-02-17").claim == ClaimType::captured);
}
