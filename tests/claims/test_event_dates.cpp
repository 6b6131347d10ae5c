// Event dates: which date phrase dates which place, and what a sentence
// without one inherits. Texts written for the tests; a byline dates each
// entry (Thursday 7 November 2024).
#include <catch2/catch.hpp>
#include <map>

#include "claims_test_support.hpp"

using namespace frontline;
using frontline::test::mention_in;

namespace {

const char* byline = "Jane Reporter7 November 2024 12:01\n";

std::string date_of(const Mention& m) { return m.event_date ? format_date(*m.event_date) : "none"; }

}  // namespace

TEST_CASE("a date phrase in an appositive clause dates the place it hangs on", "[claims][dates]") {
    std::string text = std::string("Russian forces have captured two more towns, the defence ministry said yesterday.\n") +
                       "The ministry named them as Kurakhove, just west of Avdiivka, captured by Russian forces last month, "
                       "and Selydove, further north.\n" + byline;
    Mention avdiivka = mention_in(text, "Avdiivka");
    CHECK(avdiivka.claim == ClaimType::captured);
    CHECK(date_of(avdiivka) == "2024-10-01");
    CHECK(avdiivka.date_precision == DatePrecision::month);
    // The next item of the list takes the day of the lead, not the appositive's month.
    Mention selydove = mention_in(text, "Selydove");
    CHECK(selydove.claim == ClaimType::captured);
    CHECK(date_of(selydove) == "2024-11-06");
    CHECK(selydove.date_precision == DatePrecision::day);
}

TEST_CASE("a headline takes the day its lead names", "[claims][dates]") {
    std::string text = std::string("Russian forces capture Selydove\n") +
                       "Russian forces captured the town on Tuesday, Russia's defence ministry said.\n" + byline;
    Mention m = mention_in(text, "Selydove");
    CHECK(m.claim == ClaimType::captured);
    CHECK(date_of(m) == "2024-11-05");
    CHECK(m.evidence.date_basis.find("nearby") != std::string::npos);
}

TEST_CASE("dates are not carried across a headline into another story", "[claims][dates]") {
    std::string text = std::string("Ukrainian drones struck an oil depot yesterday, officials said.\n") +
                       "Shelling in the east\n" + "Russian troops attacked Toretsk again.\n" + byline;
    Mention m = mention_in(text, "Toretsk");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2024-11-07");
    CHECK(m.date_precision == DatePrecision::report_day);
}

TEST_CASE("a relative clause about another event does not date the claim", "[claims][dates]") {
    std::string text = std::string("North Korean troops have been deployed to the Kursk region, where Ukraine launched its "
                                   "incursion in August.\n") + byline;
    Mention m = mention_in(text, "Kursk region");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(date_of(m) == "2024-11-07");
    CHECK(m.date_precision == DatePrecision::report_day);
}

TEST_CASE("a printed year is kept", "[claims][dates]") {
    CHECK(date_of(mention_in(std::string("Russian forces captured Avdiivka on 17 February 2024.\n") + byline, "Avdiivka")) ==
          "2024-02-17");
    CHECK(date_of(mention_in(std::string("Russian forces captured Bakhmut on May 20, 2023.\n") + byline, "Bakhmut")) ==
          "2023-05-20");
    // Without a year, the latest such day up to the report.
    CHECK(date_of(mention_in(std::string("Russian forces captured Avdiivka on 17 February.\n") + byline, "Avdiivka")) ==
          "2024-02-17");
    CHECK(date_of(mention_in(std::string("Russian forces captured Avdiivka on 17 December.\n") + byline, "Avdiivka")) ==
          "2023-12-17");
}

TEST_CASE("an undated report has no event date", "[claims][dates]") {
    Mention m = mention_in("Russian forces captured Avdiivka yesterday.", "Avdiivka");
    CHECK(m.claim == ClaimType::captured);
    CHECK_FALSE(m.event_date);
    CHECK(m.date_precision == DatePrecision::unknown);
}

TEST_CASE("relative spans: days ago, this week, the weekend", "[claims][dates]") {
    // The byline's day is Thursday 7 November 2024.
    Mention ago = mention_in(std::string("Russian forces captured Avdiivka three days ago, officials said.\n") + byline, "Avdiivka");
    CHECK(date_of(ago) == "2024-11-04");
    CHECK(ago.date_precision == DatePrecision::day);
    Mention digits = mention_in(std::string("Russian forces captured Avdiivka 2 days ago.\n") + byline, "Avdiivka");
    CHECK(date_of(digits) == "2024-11-05");
    Mention week = mention_in(std::string("Ukrainian troops repelled attacks near Kurakhove earlier this week.\n") + byline, "Kurakhove");
    CHECK(date_of(week) == "2024-11-04");  // the Monday
    CHECK(week.date_precision == DatePrecision::week);
    Mention weekend = mention_in(std::string("Russian troops attacked Toretsk over the weekend.\n") + byline, "Toretsk");
    CHECK(date_of(weekend) == "2024-11-02");  // the Saturday before
    CHECK(weekend.date_precision == DatePrecision::week);
}

TEST_CASE("numeric dates in the European orders", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Shelling of Kherson on 24.02.2022 killed two.", "Kherson", "2022-03-01")) == "2022-02-24");
    CHECK(date_of(test::mention_in_report("24/02/2022: shelling of Kherson.", "Kherson", "2022-03-01")) == "2022-02-24");
    CHECK(date_of(test::mention_in_report("2022-02-24: shelling of Kherson.", "Kherson", "2022-03-01")) == "2022-02-24");
    // A time of day is no date.
    CHECK(date_of(test::mention_in_report("At 12:01 shelling hit Kherson.", "Kherson", "2022-03-01")) == "2022-03-01");
}

TEST_CASE("a span of days dates from its first day", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("On 13–14 March, Russian forces stormed Kupiansk.", "Kupiansk", "2025-04-01")) == "2025-03-13");
    CHECK(date_of(test::mention_in_report("Between 16 and 19 March, clashes began inside Kupiansk.", "Kupiansk", "2025-04-01")) ==
          "2025-03-16");
    CHECK(date_of(test::mention_in_report("З 3 по 5 березня ворог штурмував Куп'янськ.", "Куп'янськ", "2025-04-01")) == "2025-03-03");
    // A single day after a number of another kind is still that day.
    CHECK(date_of(test::mention_in_report("Russian forces made 12 assaults on Kupiansk on 14 March.", "Kupiansk", "2025-04-01")) ==
          "2025-03-14");
}

TEST_CASE("a history dates by its own years, not by the day the page was copied", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "On 30 May 2022, Russian troops entered the outskirts of Sievierodonetsk.\n"
                             "On 25 June, Russian forces captured Lysychansk.\n"
                             "Ukrainian forces later withdrew from Siversk.\n";
    CHECK(date_of(test::mention_in_report(text, "Lysychansk", "2023-07-14")) == "2022-06-25");
    // An undated sentence of a history is not of the copy's day.
    CHECK(date_of(test::mention_in_report(text, "Siversk", "2023-07-14")) != "2023-07-14");
    // A month with its year anchors as well as a day does.
    const std::string months = "In May 2022, Russian troops reached the outskirts of Sievierodonetsk.\n"
                               "On 25 June, Russian forces captured Lysychansk.\n";
    CHECK(date_of(test::mention_in_report(months, "Lysychansk", "2023-07-14")) == "2022-06-25");
}

TEST_CASE("an encyclopedic title's year dates the days its article writes without one", "[claims][dates]") {
    const std::string titled = "Battle of Lysychansk (2022)\n\n"
                               "The battle was fought for the city of Lysychansk.\n\n"
                               "On 25 June, Russian forces shelled Lysychansk. On 2 July, Ukrainian forces withdrew from Lysychansk.\n";
    const auto ms = test::mentions_of_report(titled, "2023-07-14");
    REQUIRE(ms.size() >= 3);
    CHECK(date_of(ms[ms.size() - 2]) == "2022-06-25");
    CHECK(date_of(ms.back()) == "2022-07-02");
    const std::string attributive = "The 2022 siege of Mariupol lasted almost three months.\n\n"
                                    "On 16 May, Ukrainian forces withdrew from Mariupol.\n";
    CHECK(date_of(test::mentions_of_report(attributive, "2023-07-14").back()) == "2022-05-16");
}

TEST_CASE("a log's title dates the rows and sentences under it, a day before it was published", "[claims][dates]") {
    const std::string log = "Zaporizhzhia OVA | summary for 11.05.2025\n"
                            "Settlement | Attacks | Consequences\n"
                            "Huliaipole | 12 | two houses damaged by artillery\n"
                            "Later a drone hit a car near Stepnohirsk.\n";
    CHECK(date_of(test::mention_in_report(log, "Huliaipole", "2025-05-12")) == "2025-05-11");
    CHECK(date_of(test::mention_in_report(log, "Stepnohirsk", "2025-05-12")) == "2025-05-11");
}

TEST_CASE("bulletin phrasing dates to the day it covers", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Over the past day, the enemy attacked near Toretsk.", "Toretsk", "2025-03-05")) == "2025-03-05");
    CHECK(date_of(test::mention_in_report("In the past 24 hours, the enemy attacked near Toretsk.", "Toretsk", "2025-03-05")) ==
          "2025-03-05");
    CHECK(date_of(test::mention_in_report("Russia attacked Kyiv last night with drones.", "Kyiv", "2025-03-05")) == "2025-03-05");
}

TEST_CASE("dates: 'since July' measures from a point — the sentence's own day dates the event", "[claims][dates]") {
    Mention m = frontline::test::mention_in_report(
        "On 9 September, Russian forces did not conduct any attacks on Siversk for the first time since July.", "Siversk",
        "2023-09-20");
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2023-09-09");
}

TEST_CASE("dates: a weekday in a title is no day", "[claims][dates]") {
    Mention m = frontline::test::mention_in_report(
        "Your Monday Briefing: explosions hit the Russian city of Belgorod.", "Belgorod", "2022-10-16");
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2022-10-16");
}

TEST_CASE("dates: a day opening a sentence before the source that says is when it said - the event's day follows",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "Earlier on Monday, the General Staff said its units had repelled 22 Russian assaults near Kurakhove, "
                             "Dachne and Andriivka on Sunday.";
    CHECK(date_of(test::mention_in_report(text, "Kurakhove", "2025-01-06")) == "2025-01-05");
    // (Alone it dates the event: what was said is of that day.)
    CHECK(date_of(test::mention_in_report("On Sunday, the General Staff said its units had repelled assaults near Kurakhove.", "Kurakhove",
                                    "2025-01-06")) == "2025-01-05");
}

TEST_CASE("dates: a weekday after 'on' is the day though a capitalised word follows", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("On Sunday Russian forces repelled four counterattacks near Shcherbynivka.", "Shcherbynivka",
                                    "2025-02-10")) == "2025-02-09");
    CHECK(date_of(test::mention_in_report("It added that on Sunday Ukrainian drones hit Kursk.", "Kursk", "2025-02-12")) == "2025-02-09");
}

TEST_CASE("a place without a claim carries the day of the statement it belongs to", "[claims][dates]") {
    Mention kherson = mention_in(std::string("The mayor of Kherson spoke to residents on Tuesday about heating.\n") + byline, "Kherson");
    CHECK_FALSE(kherson.claim);
    CHECK(date_of(kherson) == "2024-11-05");
    Mention zaporizhzhia = mention_in(std::string("Zaporizhzhia had its water back.\n") + byline, "Zaporizhzhia");
    CHECK_FALSE(zaporizhzhia.claim);
    CHECK(date_of(zaporizhzhia) == "2024-11-07");
    CHECK(zaporizhzhia.date_precision == DatePrecision::report_day);
}

TEST_CASE("a sentence without a day takes the day named before it before the one named after it", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text =
        "In southern Ukraine, a man in Kherson was killed in a drone strike on Wednesday morning. "
        "A woman was also injured, the official said.\n\n"
        "In the Donetsk region, one resident of Toretsk was killed in shelling.\n\n"
        "The army said that on Tuesday night it hit a depot in Crimea.";
    Mention m = mention_in_report(text, "Toretsk", "2024-07-31");  // a Wednesday
    REQUIRE(m.event_date);
    CHECK(format_date(*m.event_date) == "2024-07-31");
}

TEST_CASE("dates: 'two days later', 'the next day', 'наступного дня' count from the day named before", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string history =
        "The counteroffensive began in June 2023. On 12 June, Ukrainian forces liberated Neskuchne. "
        "Two days later, Russian forces counterattacked near Staromaiorske.";
    CHECK(date_of(test::mention_in_report(history, "Neskuchne", "2025-01-10")) == "2023-06-12");
    CHECK(date_of(test::mention_in_report(history, "Staromaiorske", "2025-01-10")) == "2023-06-14");
    CHECK(date_of(test::mention_in_report("On 3 March the enemy shelled Kherson. The next day drones hit Mykolaiv.", "Mykolaiv",
                                    "2024-03-10")) == "2024-03-04");
    CHECK(date_of(test::mention_in_report("4 березня ворог обстріляв Херсон. Наступного дня дрони атакували Миколаїв.", "Миколаїв",
                                    "2024-03-10")) == "2024-03-05");
    // Counted only from a day named before it, never from one after.
    CHECK(date_of(test::mention_in_report("A week later drones hit Mykolaiv. On 3 March the enemy shelled Kherson.", "Mykolaiv",
                                    "2024-03-10")) == "2024-03-10");
}

TEST_CASE("dates: a night named by the day it ends on", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // Friday 14 November 2025.
    CHECK(date_of(test::mention_in_report("Overnight into Saturday, Russia launched 45 drones at Odesa.", "Odesa", "2025-11-14")) ==
          "2025-11-08");
    CHECK(date_of(test::mention_in_report("Russia attacked Kharkiv overnight on Tuesday.", "Kharkiv", "2025-11-14")) == "2025-11-11");
    CHECK(date_of(test::mention_in_report("У ніч на суботу росіяни атакували Одесу.", "Одесу", "2025-11-14")) == "2025-11-08");
    CHECK(date_of(test::mention_in_report("В ночь на воскресенье дроны атаковали Курск.", "Курск", "2025-11-14")) == "2025-11-09");
    // A night alone is the night before the report.
    CHECK(date_of(test::mention_in_report("Drones attacked Odesa overnight.", "Odesa", "2025-11-14")) == "2025-11-14");
}

TEST_CASE("dates: a night of two days ends on the second — a time of day before a date is that date", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("On the night of 12 to 13 November, drones struck Kremenchuk.", "Kremenchuk", "2025-11-14")) ==
          "2025-11-13");
    CHECK(date_of(test::mention_in_report("On the night of November 12-13, drones hit Kremenchuk.", "Kremenchuk", "2025-11-14")) ==
          "2025-11-13");
    CHECK(date_of(test::mention_in_report("В ночь с 12 на 13 ноября беспилотники атаковали Брянск.", "Брянск", "2025-11-14")) ==
          "2025-11-13");
    Mention m = mention_in_report("Утром 11 ноября ВСУ атаковали Белгород.", "Белгород", "2025-11-14");
    CHECK(date_of(m) == "2025-11-11");
    // (The day of a date is no count of anything.)
    CHECK_FALSE(m.quantity);
    // ISW's "overnight on November 12 to 13", and the same with "and" or a dash.
    CHECK(date_of(test::mention_in_report("Drones struck the Novokuibyshevsk refinery overnight on November 12 to 13.", "Novokuibyshevsk",
                                    "2025-11-14")) == "2025-11-13");
    CHECK(date_of(test::mention_in_report("Russian forces attacked Kremenchuk overnight November 11-12.", "Kremenchuk", "2025-11-14")) ==
          "2025-11-12");
    CHECK(date_of(test::mention_in_report("Drones hit Bryansk on the night of November 11 and 12.", "Bryansk", "2025-11-14")) ==
          "2025-11-12");
    // A span of days that is no night dates from its first.
    CHECK(date_of(test::mention_in_report("Between 12 and 13 November, Russian troops stormed Pokrovsk.", "Pokrovsk", "2025-11-14")) ==
          "2025-11-12");
}

TEST_CASE("dates: a state told in the present is the report's day's, not the day a sentence before named", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const auto ms = mentions_of_report("On October 26 Russian troops broke into Pokrovsk. Things look no better in Myrnohrad, where "
                                       "Ukrainian forces risk being encircled.",
                                       "2025-11-06");
    REQUIRE(ms.size() == 2);
    CHECK(date_of(ms[0]) == "2025-10-26");
    CHECK(date_of(ms[1]) == "2025-11-06");
    // (A sentence in the past goes on with the day named before it.)
    const auto past = mentions_of_report("On October 26 Russian troops broke into Pokrovsk. They also attacked Myrnohrad.",
                                         "2025-11-06");
    REQUIRE(past.size() == 2);
    CHECK(date_of(past[1]) == "2025-10-26");
}

TEST_CASE("dates: last week, this week and a part of a month in Ukrainian and Russian", "[claims][dates]") {
    using frontline::test::mention_in_report;
    Mention m = mention_in_report("Минулого тижня росіяни вдарили по Дніпру.", "Дніпру", "2025-11-14");
    CHECK(date_of(m) == "2025-11-07");
    CHECK(m.date_precision == DatePrecision::week);
    m = mention_in_report("На початку листопада окупанти захопили Рівнопілля.", "Рівнопілля", "2025-11-14");
    CHECK(date_of(m) == "2025-11-01");
    CHECK(m.date_precision == DatePrecision::month);
    CHECK(date_of(test::mention_in_report("В конце октября ВСУ атаковали Белгород.", "Белгород", "2025-11-14")) == "2025-10-01");
    // ("напередодні важливих днів" is the eve of those days, not yesterday.)
    CHECK(date_of(test::mention_in_report("Напередодні свят ворог обстріляв Херсон.", "Херсон", "2025-11-14")) == "2025-11-14");
    // ("напередодні ввечері", "напередодні, ..." are the day before.)
    CHECK(date_of(test::mention_in_report("Напередодні ввечері окупанти атакували дронами Запоріжжя.", "Запоріжжя", "2024-10-03")) ==
          "2024-10-02");
    CHECK(date_of(test::mention_in_report("Напередодні, росіяни вдарили по Сумах.", "Сумах", "2024-10-03")) == "2024-10-02");
    CHECK(date_of(test::mention_in_report("Напередодні росіяни також обстріляли Степногірськ.", "Степногірськ", "2025-01-08")) == "2025-01-07");
    CHECK(date_of(test::mention_in_report("Напередодні під ударами опинилися Мирноград і Селидове.", "Мирноград", "2024-08-21")) ==
          "2024-08-20");
}

TEST_CASE("dates: a morning summary's 'past day' is the day before it, and 'за добу' is its own day", "[claims][dates]") {
    // (A Russian source's "past day" is the day it posts; a Ukrainian one's,
    // in Russian too, the day before, as the General Staff's is.)
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Минулої доби окупанти завдали 12 ударів по Гуляйполю.", "Гуляйполю", "2024-11-22")) ==
          "2024-11-21");
    CHECK(date_of(test::mention_in_report("За минулу добу ворог обстріляв Нікополь з артилерії.", "Нікополь", "2023-10-20")) ==
          "2023-10-19");
    CHECK(date_of(test::mention_in_report("За прошедшие сутки ВСУ обстреляли Шебекино.", "Шебекино", "2024-05-12")) == "2024-05-12");
    CHECK(date_of(test::mention_in_report("За минувшие сутки оккупанты 12 раз штурмовали позиции ВСУ в районе Часова Яра.",
                                          "Часова Яра", "2024-07-11")) == "2024-07-10");
    CHECK(date_of(test::mention_in_report("За добу окупанти 23 рази атакували Нікополь.", "Нікополь", "2025-11-14")) == "2025-11-14");
    CHECK(date_of(test::mention_in_report("Цієї доби ворог обстріляв Херсон.", "Херсон", "2025-11-14")) == "2025-11-14");
}

TEST_CASE("dates: 'two years ago' is an anniversary, the report's day so many years back", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Два роки тому ЗСУ звільнили Роботине.", "Роботине", "2025-08-28")) == "2023-08-28");
    CHECK(date_of(test::mention_in_report("A year ago, Russian forces captured Avdiivka.", "Avdiivka", "2025-02-17")) == "2024-02-17");
    CHECK(date_of(test::mention_in_report("Три года назад ВСУ вошли в Херсон.", "Херсон", "2025-11-11")) == "2022-11-11");
    CHECK(date_of(test::mention_in_report("Exactly one year ago, Russia struck Kharkiv.", "Kharkiv", "2025-05-25")) == "2024-05-25");
}

TEST_CASE("dates: the day before yesterday and the holidays a wire names a day by", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // A possessive weekday before a capitalised word is the day, not a title ("the Sunday Times").
    CHECK(date_of(test::mention_in_report("The death toll from Wednesday's Russian missile attack on Ternopil rose to 31.", "Ternopil",
                                    "2025-11-21")) == "2025-11-19");
    CHECK(date_of(test::mention_in_report("The day before yesterday, Russian forces struck Sumy with guided bombs.", "Sumy", "2025-11-24")) ==
          "2025-11-22");
    CHECK(date_of(test::mention_in_report("A Russian missile struck Zaporizhzhia on New Year's Eve.", "Zaporizhzhia", "2025-01-06")) ==
          "2024-12-31");
    CHECK(date_of(test::mention_in_report("On Christmas Day, Russia fired dozens of missiles at Kharkiv.", "Kharkiv", "2025-01-06")) ==
          "2024-12-25");
    CHECK(date_of(test::mention_in_report("У новорічну ніч росіяни атакували Київ дронами.", "Київ", "2025-01-03")) == "2025-01-01");
}

TEST_CASE("dates: a history of a battle still going on dates its early days by its own years - 'since' a date is background",
          "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string history =
        "In early July 2022, after the fall of Lysychansk, Russian forces turned towards Siversk.\n\n"
        "On 3 July, Russian forces began shelling Zvanivka. Between 7 and 9 July, Russian troops attacked Hryhorivka.\n\n"
        "On 11 December 2025, the Russian defence ministry claimed the capture of Siversk.";
    std::map<std::string, std::string> dated;
    for (const Mention& m : mentions_of_report(history, "2026-01-15"))
        if (m.event_date) dated[m.surface] = date_of(m);
    CHECK(dated["Zvanivka"] == "2022-07-03");
    CHECK(dated["Hryhorivka"] == "2022-07-07");
    // A report that names where a state began is no history.
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Russia has pounded the power grid since the full-scale invasion began in February 2022. "
                                    "On 3 November, missiles hit Kyiv.",
                                    "Kyiv", "2025-11-05")) == "2025-11-03");
}

TEST_CASE("dates: a history's section goes back in time - no year the text never names after a lead that told the end",
          "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string history =
        "The battle of Sievierodonetsk ended in late June 2022. Partisans attacked Russian posts in the city in November 2022.\n\n"
        "Background\n\n"
        "On 11 April, Russian artillery shelled Rubizhne. On 6 June, Russian troops stormed Sievierodonetsk.\n\n"
        "On 20 December 2022, Russian troops attacked Bilohorivka. On 5 January, Russian forces attacked Spirne.";
    std::map<std::string, std::string> dated;
    for (const Mention& m : mentions_of_report(history, "2024-03-01"))
        if (m.event_date) dated[m.surface] = date_of(m);
    CHECK(dated["Rubizhne"] == "2022-04-11");
    CHECK(dated["Sievierodonetsk"] == "2022-06-06");
    // A story crossing the new year moves on with it.
    CHECK(dated["Spirne"] == "2023-01-05");
}

TEST_CASE("dates: 'In early May' is the month, and a week or the end of a month dates by its month", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string history =
        "Soledar was captured on 16 January 2023.\n\n"
        "In the first week of February, Russian forces attacked Khromove.\n\n"
        "In early May, Ukrainian forces counterattacked near Klishchiivka. By the end of June, fighting had reached Andriivka.";
    std::map<std::string, std::string> dated;
    for (const Mention& m : mentions_of_report(history, "2024-06-15"))
        if (m.event_date) dated[m.surface] = date_of(m);
    CHECK(dated["Khromove"] == "2023-02-01");
    CHECK(dated["Klishchiivka"] == "2023-05-01");
    CHECK(dated["Andriivka"] == "2023-06-01");
}

TEST_CASE("dates: a body sentence does not borrow the day of the next paragraph, a headline's lead does", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string wire = "Russian forces pressed on in the east.\n\n"
                             "The defence ministry said troops had taken control of the village of Novoye.\n\n"
                             "President Putin met commanders in Kursk on Monday to discuss the border.";
    CHECK(date_of(test::mention_in_report(wire, "Novoye", "2025-09-23")) == "2025-09-23");
    const std::string blog = "Russia captures Novoye, ministry says\n"
                             "Russian forces have captured the village of Novoye, the ministry said.\n"
                             "The troops entered it on Monday, the ministry added.";
    CHECK(date_of(test::mention_in_report(blog, "Novoye", "2025-09-23")) == "2025-09-22");
}

TEST_CASE("dates: days counted on from days themselves counted - 'the same day' is the day before's", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string history = "1 березня 2022 року російські війська захопили Херсон.\n\n"
                                "Наступного дня окупанти обстріляли Миколаїв. Через два дні бої точилися біля Вознесенська. "
                                "Того ж дня ЗСУ відбили атаку на Очаків.";
    std::map<std::string, std::string> dated;
    for (const Mention& m : mentions_of_report(history, "2024-06-15"))
        if (m.event_date) dated[m.surface] = date_of(m);
    CHECK(dated["Миколаїв"] == "2022-03-02");
    CHECK(dated["Вознесенська"] == "2022-03-04");
    CHECK(dated["Очаків"] == "2022-03-04");
    // "Того ж вечора": that day's evening.
    CHECK(date_of(frontline::test::mention_in_report("Вчора ворог завдав удару по Запоріжжю. Пошкоджено п'ять будинків.\n\nЗагинула одна людина.\n\n"
                                                     "Того ж вечора дрон влучив у будинок у Балабиному.",
                                                     "Балабиному", "2025-07-24")) == "2025-07-23");
}

TEST_CASE("dates: a weekday after its preposition, days counted back, last weekend and ordinals in Cyrillic and English",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Утром в среду украинские дроны атаковали Белгород.", "Белгород", "2025-11-21")) == "2025-11-19");
    CHECK(date_of(test::mention_in_report("Три дні тому росіяни захопили Ямпіль.", "Ямпіль", "2025-11-21")) == "2025-11-18");
    CHECK(date_of(test::mention_in_report("На минулих вихідних ворог атакував Одесу.", "Одесу", "2025-11-21")) == "2025-11-15");
    CHECK(date_of(test::mention_in_report("20-го ноября российские войска заняли Ямполь.", "Ямполь", "2025-11-21")) == "2025-11-20");
    CHECK(date_of(test::mention_in_report("Russian forces captured Yampil on the 19th.", "Yampil", "2025-11-21")) == "2025-11-19");
    // A unit's number is no day.
    CHECK(date_of(test::mention_in_report("Drones hit the 13th arsenal in Kotovo.", "Kotovo", "2025-11-21")) == "2025-11-21");
}

TEST_CASE("dates: the day footage was published dates no neighbour - the story's day goes on past it", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string text =
        "Russian forces marginally advanced southeast of Kurakhove on December 2. Geolocated footage published on December 1 "
        "indicates that Russian forces recently advanced west of Dalne. Russian milbloggers claimed that Russian forces also seized "
        "Sontsivka.";
    std::map<std::string, std::string> dated;
    for (const Mention& m : mentions_of_report(text, "2024-12-03"))
        if (m.event_date) dated[m.surface] = date_of(m);
    // (The footage's day is the best its own sentence has.)
    CHECK(dated["Dalne"] == "2024-12-01");
    CHECK(dated["Sontsivka"] == "2024-12-02");
}

TEST_CASE("dates: this month and last month, in English, Ukrainian and Russian, date by their month", "[claims][dates]") {
    using frontline::test::mention_in_report;
    Mention m = mention_in_report("A Russian missile strike on Hroza earlier this month killed 52 people.", "Hroza", "2023-10-29");
    CHECK(date_of(m) == "2023-10-01");
    CHECK(m.date_precision == DatePrecision::month);
    CHECK(date_of(test::mention_in_report("Минулого місяця росіяни обстріляли Херсон.", "Херсон", "2023-10-29")) == "2023-09-01");
    CHECK(date_of(test::mention_in_report("В этом месяце ВСУ обстреляли Донецк.", "Донецк", "2023-10-29")) == "2023-10-01");
}

TEST_CASE("dates: a byline between a headline and its lead stops nothing", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const std::string text = "Russian strikes on Kharkiv kill 3, regional governor says\n"
                             "From CNN's Jane Reporter\n\n"
                             "Three people were killed after Russian forces shelled Kharkiv on Monday evening, the governor said.\n";
    std::vector<std::string> days;
    for (const Mention& m : mentions_of_report(text, "2024-06-04"))
        if (m.surface == "Kharkiv") days.push_back(date_of(m));
    REQUIRE(days.size() == 2);
    CHECK(days[0] == "2024-06-03");
    CHECK(days[1] == "2024-06-03");
}

TEST_CASE("dates: a year alone in the claim's clause leaves the day unknown - not the report's, nor a day said of the report",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    Mention m = mention_in_report("The attack on Kramatorsk railway station in 2022 killed 61 people, prosecutors said in a report "
                                  "on Tuesday.",
                                  "Kramatorsk", "2025-05-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK_FALSE(m.event_date);
    CHECK(m.date_precision == DatePrecision::unknown);
    CHECK_FALSE(mention_in_report("У 2023 році росіяни штурмували Бахмут.", "Бахмут", "2025-05-20").event_date);
    // A day phrase of the clause still dates it.
    CHECK(date_of(test::mention_in_report("Russian forces shelled Kherson on Monday.", "Kherson", "2025-05-20")) == "2025-05-19");
}

TEST_CASE("dates: last year in English, Ukrainian and Russian is a year only, never the report's day", "[claims][dates]") {
    using frontline::test::mention_in_report;
    for (const auto& [text, surface] : std::vector<std::pair<std::string, std::string>>{
             {"Last year Russian forces captured Avdiivka.", "Avdiivka"},
             {"Минулого року росіяни захопили Авдіївку.", "Авдіївку"},
             {"В прошлом году ВС РФ освободили Авдеевку.", "Авдеевку"},
             {"Торік окупанти захопили Авдіївку.", "Авдіївку"}}) {
        const Mention m = mention_in_report(text, surface, "2025-05-20");
        CHECK_FALSE(m.event_date);
        CHECK(m.date_precision == DatePrecision::unknown);
    }
}

TEST_CASE("dates: of two dates in a clause the one nearer the event word dates it", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Сьогодні в Кривому Розі — день жалоби за загиблими від російського ракетного удару 4 квітня.",
                                    "Кривому Розі", "2025-04-06")) == "2025-04-04");
    CHECK(date_of(test::mention_in_report("Today Kryvyi Rih mourns the victims of the Russian missile strike on 4 April.", "Kryvyi Rih",
                                    "2025-04-06")) == "2025-04-04");
}

TEST_CASE("dates: a day of the report's own week before any year the text writes is the report's, though a date of a past year follows",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text =
        "Russian forces have reached the outskirts of Chasiv Yar, military spokesperson Nazar Voloshyn said on April 5. "
        "Russia seized Bakhmut on May 20, 2023, after a grinding ten-month battle.";
    CHECK(date_of(test::mention_in_report(text, "Chasiv Yar", "2024-04-05")) == "2024-04-05");
    CHECK(date_of(test::mention_in_report(text, "Bakhmut", "2024-04-05")) == "2023-05-20");
}

TEST_CASE("dates: the previous day is the day before the report's, or before the day the sentence names first - a live blog's time is no date",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report(
              "Officials in Belgorod said on Friday that a Ukrainian drone had knocked out a power line in Shebekino the previous day.",
              "Shebekino", "2023-10-14")) == "2023-10-12");
    CHECK(date_of(test::mention_in_report("A day earlier, drones hit the refinery in Kstovo.", "Kstovo", "2024-03-13")) == "2024-03-12");
    CHECK(date_of(test::mention_in_report("14.05 GMT: Ukraine's commander has confirmed that his troops withdrew from Avdiivka.", "Avdiivka",
                                    "2024-02-17")) == "2024-02-17");
    CHECK(date_of(test::mention_in_report("Росіяни обстріляли Херсон 14.05.", "Херсон", "2024-05-20")) == "2024-05-14");
}

TEST_CASE("dates: a decimal before a unit is no dotted date - a day and a two-digit month without a year is", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Ukrainian units gained up to 1.5 kilometres near Lobkove on Monday.", "Lobkove", "2023-06-14")) ==
          "2023-06-12");
    CHECK(date_of(test::mention_in_report("On 24.02 Russian troops entered Kherson.", "Kherson", "2023-06-14")) == "2023-02-24");
}

TEST_CASE("dates: a list's lines take the day of the line that opens it", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    // (A colon opens the list, however many lines down; bullets keep it one story.)
    const auto ms = mentions_of_report("Вчора окупанти обстріляли 11 населених пунктів області:\n"
                                       "- Куп'янська громада: Куп'янськ, Кіндрашівка;\n"
                                       "- Дворічанська громада: Дворічна, Колодязне;\n"
                                       "- Борівська громада: Борова, Богуславка.\n",
                                       "2025-03-25");
    std::size_t dated = 0;
    for (const Mention& m : ms)
        if (m.claim) {
            INFO(m.surface);
            CHECK(date_of(m) == "2025-03-24");
            ++dated;
        }
    CHECK(dated >= 4);  // the villages; a community heading over them claims nothing itself
    // A line ending in ';' is a list item, not a headline: it reads the day before it.
    const auto items = mentions_of_report("Упродовж 21 вересня окупанти завдали 468 ударів по Запорізькій області.\n\n"
                                          "🔹 8 авіаударів – по Степногірську та Оріхову;\n"
                                          "🔹 213 артилерійських ударів – по Гуляйполю.\n",
                                          "2025-09-22");
    for (const Mention& m : items)
        if (m.claim && m.surface != "Запорізькій області") {
            INFO(m.surface);
            CHECK(date_of(m) == "2025-09-21");
        }
}

TEST_CASE("dates: a morning bulletin's tally at its head dates the lines under it", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // As of a morning hour, "the past day" is the day before; the direction
    // lines under the tally, undated, tell of that day.
    const std::string bulletin = "Operational update as of 08:00 on 12.03.2025\n\n"
                                 "Over the past day, 141 combat clashes took place.\n\n"
                                 "In the Kupiansk direction, the enemy attacked four times near Petropavlivka.\n\n"
                                 "In the Lyman direction, our defenders repelled 12 attacks near Torske and Zarichne.";
    CHECK(date_of(test::mention_in_report(bulletin, "Petropavlivka", "2025-03-12")) == "2025-03-11");
    CHECK(date_of(test::mention_in_report(bulletin, "Zarichne", "2025-03-12")) == "2025-03-11");
    // Without the morning hour "the past day" stays the report's own.
    const std::string afternoon = "Over the past day, 141 combat clashes took place.\n\n"
                                  "In the Kupiansk direction, the enemy attacked four times near Petropavlivka.";
    CHECK(date_of(test::mention_in_report(afternoon, "Petropavlivka", "2025-03-12")) == "2025-03-12");
    // "Yesterday" in a tally that names no place: the day the lines tell of.
    const std::string yesterday = "Yesterday, 163 combat engagements took place.\n\n"
                                  "In the Pokrovsk direction, the enemy carried out 40 assaults near Udachne.";
    CHECK(date_of(test::mention_in_report(yesterday, "Udachne", "2025-07-15")) == "2025-07-14");
    // A tally may name the region it counts in; its day is still the lines'.
    const std::string regional = "Russian troops attacked 12 settlements of Zaporizhzhia Oblast 412 times on Monday, 21 April.\n\n"
                                 "- Nine airstrikes hit Stepnohirsk and Mala Tokmachka.\n"
                                 "- Seven artillery attacks hit Huliaipole.";
    CHECK(date_of(test::mention_in_report(regional, "Huliaipole", "2025-04-22")) == "2025-04-21");
}

TEST_CASE("dates: a summary 'for' a day dates its community lines, whatever its lead names", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // (The lead's "за добу", borrowed by the lines, is that day too.)
    const std::string text = "За 9 квітня росіяни поранили 6 мешканців Харківщини. Ще 2 людей за добу загинули.\n\n"
                             "\U0001F53B Куп'янська громада: у Куп'янську поранено 2 людей, пошкоджено будинок.\n"
                             "\U0001F53B Ізюмська громада: в Ізюмі пошкоджено склад.\n"
                             "\U0001F53B Чугуївська громада: у Чугуєві пошкоджено гараж.";
    CHECK(date_of(test::mention_in_report(text, "Чугуєві", "2025-04-10")) == "2025-04-09");
    // "Over the past day, 29 March, ..." names the day as well.
    const std::string english = "The 35th day of the resistance continues.\n"
                                "Over the past day, 29 March, the enemy withdrew some units from the Chernihiv region.\n"
                                "The occupiers shelled Irpin.\n"
                                "Units of the 1st Tank Army tried to advance from Izium.\n"
                                "Enemy aircraft struck Barvinkove.";
    CHECK(date_of(test::mention_in_report(english, "Barvinkove", "2022-03-30")) == "2022-03-29");
    CHECK(date_of(test::mention_in_report(text, "Ізюмі", "2025-04-10")) == "2025-04-09");
}

TEST_CASE("dates: a summary for a named day tells that day in the present too - a summary naming none, the report's", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string chronicle = "Хроника боевых действий за 3 марта 2025 года\n\n"
                                  "На Покровском направлении российские подразделения продвинулись у Котлиного. Противник "
                                  "отошёл на запад.\n\nНа Купянском направлении без изменений.\n\n"
                                  "К северу продолжаются встречные бои у Удачного. Российская авиация наносит удары по "
                                  "скоплениям ВСУ в районе Новопавловки.\n";
    CHECK(date_of(test::mention_in_report(chronicle, "Новопавловки", "2025-03-04")) == "2025-03-03");
    // (Without the day named the present is the day the report is written.)
    const std::string undated = "Обстановка на фронте\n\n"
                                "Российская авиация наносит удары по скоплениям ВСУ в районе Новопавловки.\n";
    CHECK(date_of(test::mention_in_report(undated, "Новопавловки", "2025-03-04")) == "2025-03-04");
}

TEST_CASE("dates: a day handed on from sentence to sentence says so once, however long the paragraph", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    std::string text = "Yesterday Russian drones hit Sumy.";
    for (int k = 0; k < 300; ++k) text += " Residents of Sumy said Russian drones hit houses.";
    const auto ms = mentions_of_report(text, "2025-03-10");
    REQUIRE(ms.size() > 100);
    const Mention& last = ms.back();
    CHECK(date_of(last) == "2025-03-09");
    CHECK(last.evidence.date_basis.size() < 80);  // not "(a nearby sentence)" three hundred times
}

TEST_CASE("dates: 'on the same day' looks back to the day the story named, a few sentences before", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "A missile hits a big apartment building in Dnipro. This happens on Saturday afternoon. Many people die. "
                             "Rescue workers look for people under the concrete.\n\n"
                             "On the same day, Russia fires missiles at Kyiv and at Lviv.";
    CHECK(date_of(test::mention_in_report(text, "Lviv", "2023-01-15")) == "2023-01-14");
}

TEST_CASE("dates: 'в течение ночи', 'протягом ночі' is the night that ends on the report's day", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string ru = "Вчера вечером ВСУ атаковали Алешки дронами.\n\nВ течение ночи обстрелам подверглись Голая Пристань и Каховка.";
    CHECK(date_of(test::mention_in_report(ru, "Каховка", "2024-08-12")) == "2024-08-12");
    const std::string uk = "Учора ввечері росіяни атакували Херсон.\n\nПротягом ночі під обстрілом був Білозерський район.";
    CHECK(date_of(test::mention_in_report(uk, "Білозерський район", "2024-08-12")) == "2024-08-12");
}

TEST_CASE("dates: 'вчерашнего дня' is yesterday", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("По итогам вчерашнего дня освобождены Пыльная и Борисовка.", "Борисовка", "2024-05-12")) ==
          "2024-05-11");
    CHECK(date_of(test::mention_in_report("Протягом вчорашнього дня окупанти обстріляли Нікополь.", "Нікополь", "2024-05-12")) ==
          "2024-05-11");
}

TEST_CASE("dates: a day a week ahead is a plan, not last year's - no neighbour takes it", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "По словам Пригожина, 25 мая подразделения начнут выходить из города.\n\n"
                             "Между тем ВСУ продолжают контратаковать в районе Клещеевки.";
    CHECK(date_of(test::mention_in_report(text, "Клещеевки", "2023-05-21")) == "2023-05-21");
}

TEST_CASE("dates: a newsletter's dated heading dates its bullets of several sentences", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    const auto ms = mentions_of_report("Good morning. Here is what you need to know.\n\n"
                                       "What happened on March 9:\n"
                                       "\u2022 Russia fired 40 missiles overnight. Falling debris damaged houses in Brovary, the governor said.\n"
                                       "\u2022 In Odesa, a drone hit a port warehouse. Two workers were hurt.\n",
                                       "2025-03-10");
    std::size_t dated = 0;
    for (const Mention& m : ms)
        if (m.claim && (m.surface == "Brovary" || m.surface == "Odesa")) {
            INFO(m.surface);
            CHECK(date_of(m) == "2025-03-09");
            ++dated;
        }
    CHECK(dated == 2);
}

TEST_CASE("dates: a headline or an undated capture takes the day the report gives the same event - a strike again is not the same event",
          "[claims][dates]") {
    using frontline::test::mentions_of_report;
    auto day_of = [](const std::vector<Mention>& ms, std::size_t nth, std::string_view surface) {
        for (const Mention& m : ms)
            if (m.surface == surface && nth-- == 0) return date_of(m);
        return std::string("missing");
    };
    // The headline's withdrawal is the one the body dates.
    auto ms = mentions_of_report("Russian troops capture Pishchane\n\n"
                                 "The defence ministry in Moscow published a video from the village. Military bloggers "
                                 "celebrated.\n\nThe ministry said its forces had captured Pishchane on Monday after weeks "
                                 "of fighting.\n",
                                 "2025-03-05");  // a Wednesday
    CHECK(day_of(ms, 0, "Pishchane") == "2025-03-03");
    // An undated capture later in the story is the dated one.
    ms = mentions_of_report("Russian forces captured Pishchane on Monday, the ministry said.\n\nAnalysts say the capture of "
                            "Pishchane opens the road west.",
                            "2025-03-05");
    CHECK(day_of(ms, 1, "Pishchane") == "2025-03-03");
    // A town struck again is not yesterday's strike: an undated body sentence keeps the report's day.
    ms = mentions_of_report("Yesterday's strike on Belgorod killed 24 people. Overnight, falling debris damaged two buildings in "
                            "Belgorod.\n\nIn Belgorod, windows were damaged.",
                            "2023-12-31");
    CHECK(day_of(ms, 2, "Belgorod") == "2023-12-31");
}

TEST_CASE("dates: a headline dated by the dateline or by a day's span takes the day the body gives the same event",
          "[claims][dates]") {
    using frontline::test::mentions_of_report;
    auto first_date = [](const std::vector<Mention>& ms, std::string_view surface) {
        for (const Mention& m : ms)
            if (m.surface == surface) return date_of(m);
        return std::string("missing");
    };
    // The dateline's day dates the lead, not the headline's strike, which the body dates Monday.
    auto ms = mentions_of_report("Drones hit power plant in Bryansk as Moscow claims two villages\n\n"
                                 "MOSCOW, March 4, 2026 (AFP) - Russia said Wednesday its forces had taken two more villages.\n\n"
                                 "In the Bryansk region, the governor said Ukrainian drones struck a power plant in Bryansk on "
                                 "Monday night, cutting heating to thousands.\n",
                                 "2026-03-04");
    CHECK(first_date(ms, "Bryansk") == "2026-03-02");
    // "За добу" in a headline is the summary's span; the body names the day.
    ms = mentions_of_report("Херсонщина під обстрілами: за добу 54 удари\n\n"
                            "У неділю, 12 жовтня, російські війська 54 рази обстріляли Херсонщину, повідомили в ОВА.\n",
                            "2025-10-13");
    CHECK(first_date(ms, "Херсонщина") == "2025-10-12");
    // A headline whose own sentence names its day keeps it.
    ms = mentions_of_report("Drones hit power plant in Bryansk on Tuesday\n\n"
                            "Ukrainian drones struck a power plant in Bryansk on Monday night, the governor said.\n",
                            "2026-03-04");
    CHECK(first_date(ms, "Bryansk") == "2026-03-03");
}

TEST_CASE("dates: a wire's dateline gives the day the story was filed, not the day of what it tells", "[claims][dates]") {
    using frontline::test::mentions_of_report;
    auto first_date = [](const std::vector<Mention>& ms, std::string_view surface) {
        for (const Mention& m : ms)
            if (m.surface == surface) return date_of(m);
        return std::string("missing");
    };
    // (Filed on Tuesday 4 March 2025; the strike was on Sunday, the next paragraph's on Monday.)
    auto ms = mentions_of_report("New Delhi, March 4: Ukrainian drones struck an oil depot in Bryansk on Sunday, officials said.\n\n"
                                 "The regional governor said debris also damaged a house in Klintsy.\n",
                                 "2025-03-04");
    CHECK(first_date(ms, "Bryansk") == "2025-03-02");
    CHECK(first_date(ms, "Klintsy") == "2025-03-02");
    ms = mentions_of_report("KYIV, March 4 (Reuters) - Russian forces captured the village of Pishchane, the defence ministry in "
                            "Moscow said.\n",
                            "2025-03-04");
    CHECK(first_date(ms, "Pishchane") == "2025-03-04");
    ms = mentions_of_report("МОСКВА, 4 марта. /ТАСС/. Российские войска освободили Пищаное в понедельник, сообщили в Минобороны.\n",
                            "2025-03-04");
    CHECK(first_date(ms, "Пищаное") == "2025-03-03");
}

TEST_CASE("dates: a day counted from now is counted from the day it was said, where the sentence names it", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // (Reported on Friday 19 May 2023.)
    CHECK(date_of(test::mention_in_report("Russian forces shelled Kherson overnight, the governor said on Tuesday.", "Kherson",
                                    "2023-05-19")) == "2023-05-16");
    CHECK(date_of(test::mention_in_report("Russian troops captured Pishchane yesterday, the ministry said on Monday.", "Pishchane",
                                    "2023-05-19")) == "2023-05-14");
    CHECK(date_of(test::mention_in_report("Ukrainian troops advanced near Bakhmut over the past day, Maliar said on 18 May.", "Bakhmut",
                                    "2023-05-19")) == "2023-05-18");
    CHECK(date_of(test::mention_in_report("Вчера ВСУ атаковали Белгород, сообщил во вторник губернатор.", "Белгород", "2023-05-19")) ==
          "2023-05-15");
    // With no other day, the day said dates the event.
    CHECK(date_of(test::mention_in_report("Russian troops captured Pishchane, the ministry said on Monday.", "Pishchane", "2023-05-19")) ==
          "2023-05-15");
}

TEST_CASE("dates: another thing said earlier, in a perfect of its own clause, moves no day of the event", "[claims][dates]") {
    // (Reported on Friday 11 November 2022: "on Friday" is that day.)
    CHECK(date_of(test::mention_in_report("Ukrainian troops entered Kherson on Friday after Russia completed its withdrawal from the "
                                          "west bank, a pullout Moscow had announced on Wednesday.",
                                          "Kherson", "2022-11-11")) == "2022-11-11");
}

TEST_CASE("a live blog's entries stamped with a time of day keep their own days", "[claims][dates]") {
    const std::string blog =
        "Russia-Ukraine war: live updates\n"
        "15:10 GMT \u2014 Russia's defence ministry says its forces have \"liberated\" Kurakhove, a town in Donetsk Oblast "
        "that Moscow's troops have been assaulting for months. Kyiv has not confirmed the loss; a spokesman said fighting "
        "went on in the town's industrial zone.\n"
        "12:25 GMT \u2014 Ukrainian forces launched new attacks from the area of Sudzha in Russia's Kursk region on Sunday, "
        "the ministry said.\n";
    // The next entry's Sunday is not the capture's day.
    CHECK(date_of(test::mention_in_report(blog, "Kurakhove", "2025-01-06")) == "2025-01-06");
}

TEST_CASE("dates: a Ukrainian or Russian sentence told in the present is of the report's day, not its neighbour's", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(test::mention_in_report("Вчора окупанти вдарили по Харкову. Окупанти безперервно обстрілюють Вовчанськ з артилерії.",
                                    "Вовчанськ", "2024-05-11")) == "2024-05-11");
    CHECK(date_of(test::mention_in_report("Вчера ВСУ атаковали Курахово. ВСУ перебрасывают резервы в район Андреевки.", "Андреевки",
                                    "2024-05-11")) == "2024-05-11");
    // (One told in the past takes the neighbour's day.)
    CHECK(date_of(test::mention_in_report("Вчера ВСУ атаковали Курахово. ВСУ атаковали Андреевку.", "Андреевку", "2024-05-11")) ==
          "2024-05-10");
    // In a morning bulletin too: the state as it is written.
    const std::string bulletin = "Оперативна інформація станом на 06.00 22.03.2022\n\n"
                                 "За минулу добу ворог 12 разів атакував наші позиції.\n\n"
                                 "Противник продовжує блокування Чернігова.";
    CHECK(date_of(test::mention_in_report(bulletin, "Чернігова", "2022-03-22")) == "2022-03-22");
    // Saying or naming in the present tells no event now: the quoted capture keeps the day before.
    const std::string quoted = "В субботу вечером Минобороны отчиталось об успехах на фронте. «Завершено освобождение населенного "
                               "пункта Пищаное», — говорится в сообщении ведомства.";
    CHECK(date_of(test::mention_in_report(quoted, "Пищаное", "2025-03-02")) == "2025-03-01");
}

TEST_CASE("dates: a participle before a noun is no past verb - the sentence stays in the present", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string thread = "1/ Russia opened a new front on Friday, crossing the border north of Kharkiv.\n\n"
                               "2/ Vovchansk is under heavy guided-bomb strikes.";
    CHECK(date_of(test::mention_in_report(thread, "Vovchansk", "2024-05-12")) == "2024-05-12");
}

TEST_CASE("dates: the previous day's morning or evening is that day's, not the report's", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report("Подразделения ВСУ накануне утром атаковали позиции у Тёткино.", "Тёткино", "2024-08-07")) ==
          "2024-08-06");
    CHECK(date_of(test::mention_in_report("Вчора ввечері окупанти обстріляли Нікополь.", "Нікополь", "2024-08-07")) == "2024-08-06");
    CHECK(date_of(test::mention_in_report("Утром противник атаковал Тёткино.", "Тёткино", "2024-08-07")) == "2024-08-07");
}

TEST_CASE("dates: a bulletin's covered day is stated by a tally of attacks or places - not by a death toll or a clock time",
          "[claims][dates]") {
    CHECK(date_of(test::mention_in_report(
              "Good morning. The death toll from yesterday's strike on a supermarket has risen to 16, the governor said. Two guided "
              "bombs hit the store at about 4 p.m., when some 200 people were inside. Overnight, drones struck Kharkiv again. In the "
              "region, the enemy shelled Vovchansk.",
              "Vovchansk", "2024-05-26")) == "2024-05-26");
    CHECK(date_of(test::mention_in_report("Белгород. Вчера в 23:40 противник атаковал город беспилотниками. Белгородский район. Ночью в "
                                          "посёлке Разумное пострадала женщина. Около 5 утра сёла Никольское и Ясные Зори подверглись "
                                          "обстрелу.",
                                          "Никольское", "2024-05-16")) == "2024-05-16");
    // (A tally still states it: "Yesterday, 163 combat engagements took place.")
    CHECK(date_of(test::mention_in_report("Yesterday, 163 combat engagements took place. The enemy attacked near Pokrovsk.",
                                          "Pokrovsk", "2024-05-16")) == "2024-05-15");
}

TEST_CASE("dates: a relative clause's past leaves a sentence told in the present", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report("Герасимов учора, 20 листопада, доповів Путіну про захоплення Куп'янська. За даними Сил оборони, "
                                          "у Куп'янську триває пошуково-ударна операція: українські підрозділи знищують російських "
                                          "піхотинців, які просочилися в місто.",
                                          "Куп'янську", "2025-11-21")) == "2025-11-21");
}

TEST_CASE("dates: a weekday with its date written out is that date, not the weekday of the report's week", "[claims][dates]") {
    // (A weekly summary published on Monday 8 December tells of Monday 1 December.)
    Mention m = test::mention_in_report("The Russian side stated on Monday, 1 December, that Vovchansk had been taken.", "Vovchansk",
                                        "2025-12-08");
    CHECK(date_of(m) == "2025-12-01");
    CHECK(date_of(test::mention_in_report("On Tuesday, November 4, Russian drones struck Kharkiv.", "Kharkiv", "2025-11-10")) ==
          "2025-11-04");
    // The weekday alone is the latest such day.
    CHECK(date_of(test::mention_in_report("On Tuesday Russian drones struck Kharkiv.", "Kharkiv", "2025-11-10")) == "2025-11-04");
}

TEST_CASE("dates: 'nine days after' an event, and 'two weeks ago', count back from the report's day", "[claims][dates]") {
    const Mention m = test::mention_in_report(
        "The strike came nine days after a Ukrainian missile attack on a shipyard in Sevastopol damaged a landing ship.", "Sevastopol",
        "2023-09-22");
    CHECK(date_of(m) == "2023-09-13");
    const Mention w =
        test::mention_in_report("Two weeks ago they hit one of our positions near Okhtyrka with an Iskander.", "Okhtyrka", "2024-08-04");
    CHECK(date_of(w) == "2024-07-21");
    CHECK(w.date_precision == DatePrecision::week);
}

TEST_CASE("dates: a day written right after each name of a list dates that name", "[claims][dates]") {
    const std::string text = "Russian forces captured Lastochkyne on 26 February and Sieverne on 27 February.";
    CHECK(date_of(test::mention_in_report(text, "Lastochkyne", "2024-03-20")) == "2024-02-26");
    CHECK(date_of(test::mention_in_report(text, "Sieverne", "2024-03-20")) == "2024-02-27");
}

TEST_CASE("dates: in a history, the present of reported speech is of the day told before", "[claims][dates]") {
    const std::string text = "20 мая 2023 года Пригожин заявил о полном взятии Бахмута. Украинская сторона заявление опровергла, "
                             "утверждая, что бои продолжаются на флангах — у Клещеевки и Берховки.";
    CHECK(date_of(test::mention_in_report(text, "Клещеевки", "2025-06-01")) == "2023-05-20");
}

TEST_CASE("dates: a time of day alone is of the day its sentence names", "[claims][dates]") {
    const std::string text = "• 3 April, Kharkiv: drones struck residential areas at night, killing five civilians.";
    CHECK(date_of(test::mention_in_report(text, "Kharkiv", "2025-04-15")) == "2025-04-03");
    // Alone it is the report's day.
    CHECK(date_of(test::mention_in_report("Drones struck Kharkiv at night.", "Kharkiv", "2025-04-15")) == "2025-04-15");
}

TEST_CASE("dates: a live blog's timed entry tells what just happened, a day named further on is another event's", "[claims][dates]") {
    const std::string blog = "Russia-Ukraine war live\n"
                             "9:40 a.m. — A missile hit an intersection in central Dnipro, killing one person. A Russian strike on an "
                             "apartment block in Zaporizhzhia killed 13 people on Sunday.\n";
    CHECK(date_of(test::mention_in_report(blog, "Dnipro", "2022-10-10")) == "2022-10-10");
    CHECK(date_of(test::mention_in_report(blog, "Zaporizhzhia", "2022-10-10")) == "2022-10-09");
}

TEST_CASE("dates: a day of 'last year' is of the year before the report's, an incursion's verb is an attack", "[claims][dates]") {
    Mention m = test::mention_in_report("Напомним, ВСУ вторглись в Курскую область 6 августа прошлого года.", "Курскую область", "2025-03-12");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2024-08-06");
    CHECK(date_of(test::mention_in_report("Russian troops took Avdiivka on 17 February last year.", "Avdiivka", "2025-01-10")) ==
          "2024-02-17");
    // The war's start invades Ukraine, as encyclopedic sections tell it; the
    // date after the country is a count of nothing ("в Украину 24 февраля").
    Mention start = test::mention_in_report("Россия вторглась в Украину 24 февраля 2022 года.", "Украину", "2025-03-12");
    CHECK(start.claim == ClaimType::attacked);
    CHECK(date_of(start) == "2022-02-24");
}

TEST_CASE("dates: a clause with no day of its own takes the day told last before it - guard: a field comma makes no date",
          "[claims][dates]") {
    // The night named after the first clause's day is the second clause's.
    const std::string text = "У суботу дрони атакували Суми, а в ніч на понеділок, за даними Повітряних сил, ракети влучили в Одесу.";
    CHECK(date_of(test::mention_in_report(text, "Суми", "2025-04-14")) == "2025-04-12");
    CHECK(date_of(test::mention_in_report(text, "Одесу", "2025-04-14")) == "2025-04-14");
    // "June,24" in a table row is two fields, not the 24th of June.
    const std::string row = "EV0123,2022-03-02,Shelling March - June,02/03/2022 shelling of the centre,Ukraine,Kharkiv Oblast,,Izium,,2";
    CHECK(date_of(test::mention_in_report(row, "Izium", "2022-06-30")) == "2022-03-02");
}

TEST_CASE("dates: a clause sharing the event word before it takes its own day - the next day counts from the sentence's day - "
          "a day said yields to the day the statement tells",
          "[claims][dates]") {
    // Gapping: "у суботу — над Куп'янськом" is Saturday's flag, not Thursday's.
    const std::string address = "Наші воїни повертають землю на Харківщині: у четвер прапор піднято над Балаклією, у суботу — над Куп'янськом.";
    CHECK(date_of(test::mention_in_report(address, "Балаклією", "2024-09-20")) == "2024-09-19");
    CHECK(date_of(test::mention_in_report(address, "Куп'янськом", "2024-09-20")) == "2024-09-14");
    // "В тот же день" counts from the last day the sentence before told.
    const std::string history =
        "8 сентября украинские подразделения вошли в Балаклею, а 10 сентября — в Купянск. В тот же день Минобороны объявило о выводе "
        "войск из района Изюма.";
    CHECK(date_of(test::mention_in_report(history, "Купянск", "2024-09-20")) == "2024-09-10");
    CHECK(date_of(test::mention_in_report(history, "Изюма", "2024-09-20")) == "2024-09-10");
    CHECK(date_of(test::mention_in_report("On 10 September 2024, Russian forces launched a counterattack on the salient, recapturing "
                                          "Snagost the next day.",
                                          "Snagost", "2024-09-20")) == "2024-09-11");
    // ... and leaves the opening day to the event it counts from.
    CHECK(date_of(test::mention_in_report("On 31 July 2025, Russia's Ministry of Defence claimed to have captured Chasov Yar; the "
                                          "Ukrainian military denied the claim the next day.",
                                          "Chasov Yar", "2025-08-10")) == "2025-07-31");
    CHECK(date_of(test::mention_in_report("KYIV, April 18 - Ukraine's military intelligence said on Thursday its forces had struck a "
                                          "Russian military airfield near Dzhankoi in northern Crimea on Wednesday night, destroying "
                                          "four launchers.",
                                          "Dzhankoi", "2024-04-18")) == "2024-04-17");
    // Guard: a day said before the statement's own clause stays the claim's when it is the only one.
    CHECK(date_of(test::mention_in_report("On Tuesday, Russian assault groups attacked towards Kurylivka; the Russian side stated on "
                                          "Friday that Pishchane had been taken.",
                                          "Pishchane", "2026-02-16")) == "2026-02-13");
}

TEST_CASE("an event named as the time of a later clause keeps the day the report told it on", "[claims][dates]") {
    const std::string text = "Ukrainian units withdrew from Vuhledar on 1 October. Russian forces captured Vuhledar on "
                             "2 October, the Russian defence ministry said.\n\n"
                             "Following the capture of Vuhledar, Russian units pushed north and took Bohoiavlenka on 19 October.";
    const auto mentions = frontline::test::mentions_of_report(text, "2024-10-25");
    std::vector<std::string> vuhledar_captures;
    for (const Mention& m : mentions)
        if (m.surface == "Vuhledar" && m.claim == ClaimType::captured) vuhledar_captures.push_back(date_of(m));
    REQUIRE(vuhledar_captures.size() == 2);
    // (Not the 19 October of the clause it dates.)
    CHECK(vuhledar_captures[0] == "2024-10-02");
    CHECK(vuhledar_captures[1] == "2024-10-02");
}

TEST_CASE("a report of one story tells a strike's day once - a later mention without a day is that day's", "[claims][dates]") {
    const std::string text = "HIGHLIGHTS\n- On 14 March, a Russian missile attack hit Dnipro and Pavlohrad, killing at least 9 civilians.\n\n"
                             "SITUATION OVERVIEW\nIn Pavlohrad, a missile hit a residential area, damaging some 30 houses.\n";
    const auto mentions = frontline::test::mentions_of_report(text, "2025-03-15");
    std::vector<std::string> pavlohrad;
    for (const Mention& m : mentions)
        if (m.surface == "Pavlohrad") pavlohrad.push_back(date_of(m));
    REQUIRE(pavlohrad.size() == 2);
    CHECK(pavlohrad[1] == "2025-03-14");
    // (A day told only after it is another event's: tonight's damage, then yesterday's strike.)
    const std::string governor = "In Belgorod, the glazing of two apartment buildings was damaged overnight.\n\n"
                                 "The number of dead from yesterday's strike on the centre of Belgorod has risen to 24.\n";
    const auto later = frontline::test::mentions_of_report(governor, "2023-12-31");
    REQUIRE_FALSE(later.empty());
    CHECK(later.front().surface == "Belgorod");
    CHECK(date_of(later.front()) == "2023-12-31");
}

TEST_CASE("'for the second time this month' counts strikes and dates none", "[claims][dates]") {
    const std::string text = "Drones hit an oil depot in Bryansk for the second time this month\n\n"
                             "The governor said early on Monday that debris from a drone had damaged the depot in Bryansk.";
    const Mention headline = frontline::test::mention_in_report(text, "Bryansk", "2025-02-24");
    CHECK(headline.claim == ClaimType::struck);
    CHECK(headline.date_precision == DatePrecision::day);
    CHECK(date_of(headline) == "2025-02-24");
}

TEST_CASE("footage geolocated today shows what happened the day it was filmed", "[claims][dates]") {
    const Mention m = frontline::test::mention_in_report(
        "Footage filmed on Sunday and geolocated today shows that Russian forces reached the western part of Zelene Pole.",
        "Zelene Pole", "2025-01-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(date_of(m) == "2025-01-12");
}

TEST_CASE("the year after a second month dates the first month too", "[claims][dates]") {
    Mention m = frontline::test::mention_in_report(
        "In January and February 2023, Russian marines launched several assaults on Vuhledar.", "Vuhledar", "2025-03-01");
    CHECK(date_of(m) == "2023-01-01");
    CHECK(m.date_precision == DatePrecision::month);
    m = frontline::test::mention_in_report("У січні та лютому 2023 року морпіхи штурмували Вугледар.", "Вугледар", "2025-03-01");
    CHECK(date_of(m) == "2023-01-01");
}

TEST_CASE("dates: a live page of one day tells one story - a later entry's strike is the one an earlier entry dated",
          "[claims][dates]") {
    const std::string text = "Russia-Ukraine war live: death toll in Uman rises to 23\n\n"
                             "Sat 29 Apr 2023\n\n"
                             "06:30 GMT \u2014 Rescuers are still searching the rubble of an apartment block in Uman that was hit "
                             "by a Russian missile on Friday morning.\n\n"
                             "07:10 GMT \u2014 Ukraine's air force said the missile that hit Uman was a Kh-101.\n";
    std::vector<Mention> ms = frontline::test::mentions_of_report(text, "2023-04-29");
    std::vector<std::string> dates;
    for (const Mention& m : ms)
        if (m.surface == "Uman" && m.claim) dates.push_back(date_of(m));
    REQUIRE(dates.size() == 3);
    CHECK(dates[0] == "2023-04-28");  // the title: its first entry's day
    CHECK(dates[1] == "2023-04-28");
    CHECK(dates[2] == "2023-04-28");  // the later entry: the same strike
}

TEST_CASE("dates: 'N days after' counts back from the day the sentence names, and the clause after it keeps its own day",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    // (Counted from "on Tuesday", not from the report's day.)
    CHECK(date_of(mention_in_report("Air defences shot down a drone over Kerch on Tuesday, two weeks after explosions destroyed "
                                    "eight warplanes at Novofedorivka.",
                                    "Novofedorivka", "2022-08-24")) == "2022-08-09");
    // (The clause after the count names its own day.)
    CHECK(date_of(mention_in_report("The strikes came four days after drones hit the Syzran refinery on Sunday.", "Syzran",
                                    "2025-08-15")) == "2025-08-10");
}

TEST_CASE("dates: 'this month' after an ordinal counts events, and 'this year' after a day is the report's year",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(mention_in_report("Russia's defence ministry says its troops have captured Maliivka, the third village it claims "
                                    "there this month.",
                                    "Maliivka", "2025-07-22")) == "2025-07-22");
    // (In a history that dated the year before.)
    CHECK(date_of(mention_in_report("On 17 July 2023 Ukrainian naval drones hit the bridge again. On 14 February this year, sea "
                                    "drones sank a landing ship off Alupka.",
                                    "Alupka", "2024-03-27")) == "2024-02-14");
}

TEST_CASE("dates: 'a day after X' dates X only, 'said, a day after' is no day of saying, and 'two years after <a dated day>' sets the sentence's year",
          "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string headline = "Drone Sets Kursk Airfield Fuel Tank Ablaze a Day After Engels Attack";
    CHECK(date_of(mention_in_report(headline, "Engels", "2022-12-06")) == "2022-12-05");
    CHECK(date_of(mention_in_report(headline, "Kursk", "2022-12-06")) == "2022-12-06");
    const std::string wire = "MOSCOW/KYIV, Dec 30 (Reuters) - Ukrainian shelling killed at least 14 people in the centre of the "
                             "Russian city of Belgorod on Saturday, Russian officials said, a day after Russia launched its largest "
                             "air attack of the war on Kharkiv.";
    CHECK(date_of(mention_in_report(wire, "Belgorod", "2023-12-30")) == "2023-12-30");
    CHECK(date_of(mention_in_report(wire, "Kharkiv", "2023-12-30")) == "2023-12-29");
    CHECK(date_of(mention_in_report("Two years after Russian columns first rolled towards Kyiv on February 24th 2022, the fall of "
                                    "Avdiivka on February 17th showed which side is grinding faster.",
                                    "Avdiivka", "2024-02-24")) == "2024-02-17");
}

TEST_CASE("Ukrainian and Russian past weekdays, nights between two days, a week ago and yesterday's event", "[claims][dates]") {
    // Reported on Thursday 20 November 2025.
    const char* thursday = "2025-11-20";
    auto dated = [&](const std::string& text, const std::string& place) {
        return date_of(test::mention_in_report(text, place, thursday));
    };
    CHECK(dated("Минулої суботи окупанти обстріляли Нікополь.", "Нікополь") == "2025-11-15");
    CHECK(dated("В прошлую субботу ВСУ обстреляли Горловку.", "Горловку") == "2025-11-15");
    CHECK(dated("Минулого четверга росіяни вдарили по Сумах.", "Сумах") == "2025-11-13");  // a week back on that day
    CHECK(dated("В ночь со вторника на среду дроны атаковали Саратов.", "Саратов") == "2025-11-19");
    CHECK(dated("У ніч з вівторка на середу дрони атакували Одесу.", "Одесу") == "2025-11-19");
    CHECK(dated("Тиждень тому росіяни захопили Піщане.", "Піщане") == "2025-11-13");
    CHECK(dated("Кількість загиблих внаслідок вчорашнього удару по Тернополю зросла до 30.", "Тернополю") == "2025-11-19");
    CHECK(dated("Число пострадавших при вчерашнем обстреле Белгорода выросло до семи.", "Белгорода") == "2025-11-19");
}

TEST_CASE("a history's year opening a sentence, or the year a campaign is of, dates the days told next", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report(
              "In 2023, Ukraine launched its counteroffensive. On 8 June, Ukrainian brigades attacked near Mala Tokmachka.",
              "Mala Tokmachka", "2025-11-20")) == "2023-06-08");
    // (A year before the full-scale war opening a sentence is background.)
    CHECK(date_of(test::mention_in_report("In 2014, Russia illegally annexed Crimea. Russian forces attacked near Kupiansk on "
                                          "November 19.",
                                          "Kupiansk", "2025-11-20")) == "2025-11-19");
    CHECK(date_of(test::mention_in_report(
              "The Kharkiv counteroffensive of 2022 was swift. On 10 September, Ukrainian troops entered Kupiansk.", "Kupiansk",
              "2025-11-20")) == "2022-09-10");
}

TEST_CASE("the next morning and the day before count from the day the sentence before named", "[claims][dates]") {
    const std::string entered = "Russian troops entered Vovchansk on 12 May 2024. ";
    CHECK(date_of(test::mention_in_report(entered + "The next morning, artillery struck Lyptsi.", "Lyptsi", "2024-05-20")) ==
          "2024-05-13");
    CHECK(date_of(test::mention_in_report(entered + "The day before, artillery had struck Lyptsi.", "Lyptsi", "2024-05-20")) ==
          "2024-05-11");
    CHECK(date_of(test::mention_in_report(entered + "The previous evening, artillery struck Lyptsi.", "Lyptsi", "2024-05-20")) ==
          "2024-05-11");
}

TEST_CASE("event dates: the night of one weekday to the next ends on the second", "[claims][dates]") {
    const Mention m = frontline::test::mention_in_report("Russian drones struck Odesa on the night of Tuesday to Wednesday.", "Odesa",
                                                         "2025-11-20");
    CHECK(m.event_date == parse_iso_timestamp("2025-11-19"));
    CHECK(frontline::test::mention_in_report("Drones hit Kyiv on the night of Sunday into Monday.", "Kyiv", "2025-11-20").event_date ==
          parse_iso_timestamp("2025-11-17"));
}

TEST_CASE("a sentence turning back to an older event lends its day to no neighbour", "[claims][dates]") {
    using frontline::test::mention_in_report;
    // ("Раніше, 3 листопада, ..." dates the earlier attack only.)
    Mention odesa = mention_in_report("Російські війська вдарили по Одесі, пошкоджено порт. Раніше, 3 листопада, ворог атакував "
                                      "енергетику області.", "Одесі", "2025-11-18");
    CHECK(date_of(odesa) == "2025-11-18");
    Mention kharkiv = mention_in_report("Drones hit Kharkiv. Earlier, on November 3, a missile struck the city's power plant.",
                                        "Kharkiv", "2025-11-18");
    CHECK(date_of(kharkiv) == "2025-11-18");
}

TEST_CASE("a numbered item of a digest is a story of its own for dates", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "Day 1,366: key events\n\n1. A Russian missile hit a hospital in Dnipro on Monday.\n\n"
                             "2. Russian troops captured the village of Yablukove, the defence ministry said.";
    CHECK(date_of(mention_in_report(text, "Dnipro", "2025-11-20")) == "2025-11-17");
    CHECK(date_of(mention_in_report(text, "Yablukove", "2025-11-20")) == "2025-11-20");
}

TEST_CASE("the day before, with no other day in its sentence, is the eve of the day told before", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(mention_in_report("Russian drones struck Kharkiv on Wednesday. The previous day, missiles hit Dnipro.", "Dnipro",
                                    "2025-11-21")) == "2025-11-18");
    CHECK(date_of(mention_in_report("17 ноября ВСУ атаковали Белгород. А накануне под удар попал Шебекино.", "Шебекино",
                                    "2025-11-20")) == "2025-11-16");
    CHECK(date_of(mention_in_report("17 ноября ВС РФ освободили Ямполь. Днём ранее был освобождён Звановка.", "Звановка",
                                    "2025-11-20")) == "2025-11-16");
    // (The Cyrillic eve after "вчора" is the report's yesterday, and a sentence of the eve lends its day to none.)
    CHECK(date_of(mention_in_report("Вчора ворог обстріляв Херсон. Напередодні росіяни вдарили по Миколаєву.", "Миколаєву",
                                    "2025-11-20")) == "2025-11-19");
    CHECK(date_of(mention_in_report("В субботу ВСУ обстреляли Белгород. Днем ранее ПВО уничтожили 10 снарядов над Белгородской "
                                    "областью. По словам губернатора, в Шебекине снаряд попал в дом.",
                                    "Шебекине", "2025-11-22")) == "2025-11-22");
}

TEST_CASE("review mend: 'Earlier on Tuesday' is the same day's update, the Cyrillic eve opening a story lends its day", "[claims][dates]") {
    using frontline::test::mention_in_report;
    CHECK(date_of(mention_in_report("Earlier on Tuesday, Russian missiles struck Odesa. Later, drones hit Mykolaiv.", "Mykolaiv",
                                    "2025-11-20")) == "2025-11-18");
    CHECK(date_of(mention_in_report("Накануне ВСУ атаковали Белгород. Удар по Шебекино повредил три дома.", "Шебекино",
                                    "2025-11-20")) == "2025-11-19");
}

TEST_CASE("dates: a lead opening on a day before the report's dates the summary under it", "[claims][dates]") {
    // An oblast head's morning roundup: the lead names the day, "за добу"
    // and the district lines below are of that day, not the posting morning.
    const std::string roundup = "9 березня росіяни поранили 4 жителів Донеччини: у Костянтинівці та Дружківці.\n\n"
                                "Загалом за добу зафіксовано 1870 обстрілів населених пунктів області.\n\n"
                                "Краматорський район. У Дружківці пошкоджено 3 будинки. У Лимані пошкоджено школу.";
    CHECK(date_of(test::mention_in_report(roundup, "Лимані", "2025-03-10")) == "2025-03-09");
    // (A lead that opens on the report's own day sets no earlier period.)
    const std::string today = "Сьогодні росіяни поранили 4 жителів Донеччини: у Костянтинівці та Дружківці.\n\n"
                              "Краматорський район. У Лимані пошкоджено школу.";
    CHECK(date_of(test::mention_in_report(today, "Лимані", "2025-03-10")) == "2025-03-10");
}

TEST_CASE("dates: under a bulletin's stated day, an undated line does not take a day told further down", "[claims][dates]") {
    const std::string bulletin = "За минулу добу відбулося 143 бойових зіткнення. Ворог завдав 40 авіаційних ударів. Крім того, "
                                 "залучив 900 дронів-камікадзе.\n\n"
                                 "На Покровському напрямку противник 31 раз атакував наші позиції.\n\n"
                                 "На Костянтинівському напрямку ворог здійснив 14 атак.\n\n"
                                 "На Торецькому напрямку противник 9 разів штурмував позиції наших військ біля Щербинівки та "
                                 "Дилієвки. Заяви окупантів про захоплення Дачного 6 березня не відповідають дійсності.";
    CHECK(date_of(test::mention_in_report(bulletin, "Щербинівки", "2025-03-09")) == "2025-03-08");
}

TEST_CASE("dates: vehicles counted in a lead state no bulletin period", "[claims][dates]") {
    // ("12 боевых машин" counts armour, not battles: the day it names is of
    // that attack only; "в течение суток" below is the report's day.)
    const std::string summary = "Вчера противник силами 12 боевых бронированных машин предпринял атаку на позиции подразделений группировки.\n\n"
                                "В течение суток отражено пять атак штурмовых групп ВСУ.\n\n"
                                "Подразделения группировки войск «Восток» освободили населённый пункт Зелёное Поле.";
    CHECK(date_of(test::mention_in_report(summary, "Зелёное Поле", "2024-12-04")) == "2024-12-04");
    // (Battles counted still state it.)
    const std::string tally = "Вчера произошло 12 боёв.\n\nПротивник атаковал у Зелёного Поля.";
    CHECK(date_of(test::mention_in_report(tally, "Зелёного Поля", "2024-12-04")) == "2024-12-03");
}

TEST_CASE("dates: 'за прошедшую ночь' and 'за минулу ніч' are the night before the report", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report("Со вчерашнего вечера тревожно. За прошедшую ночь ВСУ обстреляли Глушково.", "Глушково",
                                          "2024-08-12")) == "2024-08-12");
    CHECK(date_of(test::mention_in_report("Вчора був важкий день. За минулу ніч ворог атакував Суми дронами.", "Суми", "2024-08-12")) ==
          "2024-08-12");
}

TEST_CASE("dates: a past day's span heading a summary is its period, counted or not", "[claims][dates]") {
    // An oblast post: the heading names the past day without a tally; "протягом
    // доби" and the bullets under it are of that day, not the posting morning.
    const std::string post = "Сумщина. Наслідки ворожих обстрілів за минулу добу\n\n"
                             "Протягом доби під вогнем перебували Велика Писарівка, Краснопілля та Миропілля.\n\n"
                             "▪️ с. Юнаківка: пошкоджено приватний будинок через обстріл.";
    CHECK(date_of(test::mention_in_report(post, "Краснопілля", "2025-02-14")) == "2025-02-13");
    CHECK(date_of(test::mention_in_report(post, "Юнаківка", "2025-02-14")) == "2025-02-13");
    // ("Протягом доби" with no past day above it stays the report's day.)
    CHECK(date_of(test::mention_in_report("Протягом доби під вогнем перебували Краснопілля та Миропілля.", "Краснопілля",
                                          "2025-02-14")) == "2025-02-14");
}

TEST_CASE("dates: in a history, a year of the war said alone sets the year of the days after it in its sentence", "[claims][dates]") {
    const std::string history = "The battle of Pavlivka was fought between 2022 and 2024.\n\n"
                                "Russian forces first attacked the village in November 2022. After a lull, Russian troops renewed "
                                "pressure in the summer of 2024, capturing Vodiane on 19 August and Prechystivka in September.";
    CHECK(date_of(test::mention_in_report(history, "Vodiane", "2025-01-15")) == "2024-08-19");
}

TEST_CASE("dates: 'за вівторок' is the summary's day, and a neighbour's explicit today is not the bulletin's period", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report("За вівторок Сили оборони відбили 20 атак біля Авдіївки.", "Авдіївки", "2023-10-11")) ==
          "2023-10-10");
    const std::string post = "За минулу добу окупанти завдали 463 ударів по 12 населених пунктах області.\n\n"
                             "Ворог здійснив 6 авіаційних ударів по Малій Токмачці.\n\n"
                             "Окремо: сьогодні о 04:15 ворог атакував дронами обласний центр. У Запоріжжі пошкоджено будинки.";
    CHECK(date_of(test::mention_in_report(post, "Запоріжжі", "2025-02-10")) == "2025-02-10");
    CHECK(date_of(test::mention_in_report(post, "Малій Токмачці", "2025-02-10")) == "2025-02-09");
}

TEST_CASE("dates: a day in brackets after the sentence's own day only says when the attack began", "[claims][dates]") {
    CHECK(date_of(test::mention_in_report("У ніч на 25 грудня (з 18:00 24 грудня) противник атакував Харків ударними БпЛА.", "Харків",
                                          "2024-12-25")) == "2024-12-25");
    // (A day in brackets that is the sentence's only one still dates it.)
    CHECK(date_of(test::mention_in_report("Russian forces captured Avdiivka (on 17 February), the ministry said.", "Avdiivka",
                                          "2024-02-20")) == "2024-02-17");
}

TEST_CASE("a day an ongoing event is measured from dates no neighbour's event", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "Ворог з учорашнього ранку намагається прорвати лінію оборони. Армія рф також веде штурмові дії в "
                             "районах Красного та Глибокого.";
    CHECK(date_of(mention_in_report(text, "Красного", "2024-05-11")) == "2024-05-11");
    // (The title still reads it from its lead: the story from its start.)
    const std::string story = "In Avdiivka, Russia launches its largest offensive in months\nSince Tuesday, Russian troops have "
                              "been attacking the industrial town from three sides. On Thursday, officials said assaults around "
                              "Stepove had been repelled.";
    CHECK(date_of(mention_in_report(story, "Avdiivka", "2023-10-13")) == "2023-10-10");
    // (Yesterday said plainly is still handed on.)
    CHECK(date_of(mention_in_report("Вчора ворог намагався прорвати лінію оборони. Армія рф вела штурмові дії в районі Красного.",
                                    "Красного", "2024-05-11")) == "2024-05-10");
}

TEST_CASE("a perfect beside a present tells of the report's day, not of a day the next sentence names", "[claims][dates]") {
    using frontline::test::mention_in_report;
    const std::string text = "The enemy has accumulated significant forces near Toretsk and is trying to break through to "
                             "Kostiantynivka. Yesterday assault groups infiltrated Oleksandro-Shultyne, but they were destroyed.";
    CHECK(date_of(mention_in_report(text, "Toretsk", "2025-07-15")) == "2025-07-15");
    CHECK(date_of(mention_in_report(text, "Oleksandro-Shultyne", "2025-07-15")) == "2025-07-14");
}
