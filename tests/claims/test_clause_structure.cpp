// Which event word a place belongs to where the clause is interrupted: a
// subject whose predicate resumes after a phrase set off by commas, and the
// second object of a gapped clause.
#include "claims_test_support.hpp"

using namespace frontline;
using namespace frontline::test;

namespace {

std::string date_of(const Mention& m) { return m.event_date ? format_date(*m.event_date) : "none"; }

}  // namespace

TEST_CASE("clauses: a facility's town heading the subject takes the predicate after the phrase set off by commas",
          "[claims][clauses]") {
    const Mention m = mention_in_report("The thermal power plant in Burshtyn, in the west of the country, was also hit.", "Burshtyn",
                                        "2024-03-22");
    CHECK(m.claim == ClaimType::struck);
}

TEST_CASE("clauses: an opening time before the subject does not keep its predicate from it", "[claims][clauses]") {
    const Mention m = mention_in_report("Late on Sunday evening, Kupiansk, a railway town on the Oskil river some 10 kilometres "
                                        "from the front line, came under artillery fire again.",
                                        "Kupiansk", "2024-08-27");
    CHECK(m.claim == ClaimType::struck);
    CHECK(date_of(m) == "2024-08-25");
}

TEST_CASE("clauses: the second object of a gapped clause shares the verb and keeps its own time", "[claims][clauses]") {
    const std::string text = "In 2024 the Russians turned to the flanks. They captured Vodiane in August and Prechystivka in "
                             "September, cutting the town's last road.";
    const Mention first = mention_in_report(text, "Vodiane", "2024-10-05");
    CHECK(first.claim == ClaimType::captured);
    CHECK(date_of(first) == "2024-08-01");
    const Mention second = mention_in_report(text, "Prechystivka", "2024-10-05");
    CHECK(second.claim == ClaimType::captured);
    CHECK(date_of(second) == "2024-09-01");
    // (A list item's own time right after it, too.)
    const Mention listed =
        mention_in_report("Ukrainian forces liberated Klishchiivka on 17 September and Andriivka on 15 September.", "Andriivka",
                          "2023-09-20");
    CHECK(listed.claim == ClaimType::captured);
    CHECK(date_of(listed) == "2023-09-15");
}

TEST_CASE("clauses: 'parts of' a region is where the list's event happened", "[claims][clauses]") {
    const Mention m = mention_in_report("Explosions were reported in Kyiv, Lviv, Dnipro, Zhytomyr, Poltava and Sumy, as well as in parts "
                                        "of Rivne Oblast.",
                                        "Rivne Oblast", "2022-10-10");
    CHECK(m.claim == ClaimType::struck);
}

TEST_CASE("clauses: each of a list of regions an event word governs is struck, though a town of one burns in the next clause",
          "[claims][clauses]") {
    const std::string text = "Дрони атакували Брянщину, Курщину та Ростовську область: у Новошахтинську горить НПЗ";
    CHECK(mention_in_report(text, "Ростовську область", "2025-08-21").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Новошахтинську", "2025-08-21").claim == ClaimType::struck);
    // (A region qualifying the town taken is no object of its own.)
    CHECK(claims_nothing("Russia's defence ministry said its forces had captured Kurakhove, Donetsk Oblast.", "Donetsk Oblast",
                         "2025-01-07"));
}

TEST_CASE("clauses: another name the sentence gives a place it claims is the same event's", "[claims][clauses]") {
    const std::string text = "The defence ministry said on Monday its forces had captured Kurakhove, a town on a reservoir in Ukraine's Donetsk region that "
                             "Russian media call Kurakhovo.";
    const Mention alias = mention_in_report(text, "Kurakhovo", "2025-01-07");
    CHECK(alias.claim == ClaimType::captured);
    CHECK(date_of(alias) == "2025-01-06");
}

TEST_CASE("clauses: a table row's event cell tells of the place of its location cell", "[claims][clauses]") {
    const std::string text = "date | place | event | by\n"
                             "2024-05-10 | Strilecha | cross-border ground assault | RU\n"
                             "2024-05-11 | Lukiantsi | cross-border ground assault | RU\n";
    const Mention m = mention_in_report(text, "Lukiantsi", "2024-05-12");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2024-05-11");
    // (Notes that say more keep their say: the capture of "the village".)
    const std::string notes = "2025-11-24 | Rivnopillia, Zaporizhzhia Oblast | Battles | Armed clash | Russian MoD claimed "
                              "capture of the village; not confirmed by Ukrainian sources.\n";
    CHECK(mention_in_report(notes, "Rivnopillia", "2025-11-25").claim == ClaimType::captured);
}

TEST_CASE("clauses: an adverbial clause whose own force acts on a place of its own does not tell of the place before it",
          "[claims][clauses]") {
    const std::string text = "Officials said more bodies had been found in Irpin after Russian troops pulled out of the Kyiv region.";
    CHECK(claims_nothing(text, "Irpin", "2022-04-03"));
    // (A clause that names no place of its own tells of the one before: the facilities hit are in it.)
    const Mention lit = mention_in_report("Parts of Kharkiv lost power after Russian missiles hit two substations in the city.",
                                          "Kharkiv", "2022-09-12");
    CHECK(lit.claim == ClaimType::struck);
    // (And so does an event noun after the word: the fire was set by the attack.)
    CHECK(mention_in_report("A fire broke out at the oil depot in Tuapse after a drone attack.", "Tuapse", "2024-06-02").claim ==
          ClaimType::struck);
}

TEST_CASE("clauses: a table row's event-type cell tells of its place though the notes after it tell of a strike",
          "[claims][clauses]") {
    const std::string text = "Date | Location | Event type | Description\n"
                             "2022-05-11 | Bilohorivka, Luhansk Oblast | Armed clash | Attempted Russian crossing of the river "
                             "destroyed by Ukrainian artillery and aviation; dozens of armoured vehicles lost.\n";
    const Mention m = mention_in_report(text, "Bilohorivka", "2022-05-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2022-05-11");
    // (The region after it only places it.)
    CHECK(claims_nothing(text, "Luhansk Oblast", "2022-05-20"));
}

TEST_CASE("clauses: an oblast column only places its row's settlement, and notes telling a change of ground say more than the event type",
          "[claims][clauses]") {
    const std::string text = "date | location | oblast | event type | notes\n"
                             "2024-02-14 | Robotyne | Zaporizhzhia | Battle - territory change | UA forces retake village after two days\n"
                             "2024-02-15 | Pervomaiske | Donetsk | Battle | RU assault groups enter outskirts from the east\n"
                             "2024-02-16 | Krasnohorivka | Donetsk | Battle | Russian infiltration groups clashed with defenders\n";
    const Mention robotyne = mention_in_report(text, "Robotyne", "2024-02-17");
    CHECK(robotyne.claim == ClaimType::captured);
    CHECK(date_of(robotyne) == "2024-02-14");
    CHECK(mention_in_report(text, "Pervomaiske", "2024-02-17").claim == ClaimType::advanced);
    // (Infiltrators who clashed: the clash is the event, as the type says.)
    CHECK(mention_in_report(text, "Krasnohorivka", "2024-02-17").claim == ClaimType::attacked);
    // The oblast column's "Donetsk" is the oblast, and it claims nothing.
    const Mention donetsk = mention_in_report(text, "Donetsk", "2024-02-17");
    CHECK(donetsk.place_name == std::optional<std::string>("Donetsk Oblast"));
    CHECK_FALSE(donetsk.claim.has_value());
    // (A Bradley lost in the notes is a vehicle, not the town in Illinois.)
    CHECK(claims_nothing("2023-06-08 | Mala Tokmachka | Zaporizhzhia | Battle | Leopard 2 and Bradley losses geolocated\n",
                         "Bradley", "2023-06-09"));
}

