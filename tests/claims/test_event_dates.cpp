// Event dates: which date phrase dates which place, and what a sentence
// without one inherits. Texts written for the tests; a byline dates each
// entry (Thursday 7 November 2024).
#include <catch2/catch.hpp>

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
