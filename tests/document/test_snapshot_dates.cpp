// Dating an undated copy of a live blog from a dated copy of the same blog.
#include <catch2/catch.hpp>

#include "frontline/document/boilerplate.hpp"
#include "frontline/document/formats.hpp"
#include "frontline/document/snapshot_dates.hpp"
#include "frontline/document/structure.hpp"

using namespace frontline;

namespace {

const std::string lead = "Russian forces have captured two more settlements in eastern Ukraine, the defence ministry said on Wednesday.";
const std::string second = "Ukraine's military noted fighting around both villages but did not acknowledge that either had fallen.";
const std::string third = "The general staff reported a tense situation around the city of Kurakhove, with many attacks repelled.";

Document analysed(const std::string& text, const BoilerplateFilter* boilerplate = nullptr) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, boilerplate);
    return doc;
}

}  // namespace

TEST_CASE("an undated copy takes the newest entry it shares with a dated copy", "[document][snapshot]") {
    Document dated = analysed(lead + "\n" + second + "\nJane Reporter7 November 2024 10:30\n" + third +
                             "\nJane Reporter7 November 2024 12:01\n");
    SnapshotDates dates;
    dates.learn(paragraph_dates(dated));

    Document copy = analysed(lead + "\n" + second + "\n" + third + "\nAn entry the dated copy lacks, long enough to count as reporting.\n");
    REQUIRE_FALSE(copy.document_date);
    auto when = dates.date_for(paragraph_dates(copy));
    REQUIRE(when);
    CHECK(format_timestamp(*when) == "2024-11-07T12:01:00Z");

    // One shared paragraph is not enough: it may be a quote both pages carry.
    Document one = analysed(lead + "\nSomething else entirely, written for another page and long enough to count here.\n");
    CHECK_FALSE(dates.date_for(paragraph_dates(one)));
    // A paragraph repeated in the copy counts once.
    Document twice = analysed(lead + "\n" + lead + "\n");
    CHECK_FALSE(dates.date_for(paragraph_dates(twice)));
}

TEST_CASE("boilerplate and short lines never link two pages", "[document][snapshot]") {
    const std::string appeal = "Your support helps us to tell the story and keep our journalism free for everyone who reads it.";
    BoilerplateFilter boilerplate("your support helps us to tell the story\n");
    Document dated = analysed(appeal + "\nShort line\n" + appeal + " Again.\nJane Reporter19 December 2024 04:15\n", &boilerplate);
    SnapshotDates dates;
    dates.learn(paragraph_dates(dated));
    Document copy = analysed(appeal + "\nShort line\n" + appeal + " Again.\n", &boilerplate);
    CHECK_FALSE(dates.date_for(paragraph_dates(copy)));
}

TEST_CASE("the table of remembered paragraphs is bounded", "[document][snapshot]") {
    SnapshotDates dates(1);
    Document dated = analysed(lead + "\n" + second + "\nJane Reporter7 November 2024 10:30\n");
    dates.learn(paragraph_dates(dated));
    // Only the first paragraph was kept, so a copy sharing both finds one.
    CHECK_FALSE(dates.date_for(paragraph_dates(analysed(lead + "\n" + second + "\n"))));
}
