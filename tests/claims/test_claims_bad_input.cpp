// Inputs that are not tidy sentences: a result or a clean "unknown", never a
// crash, never a claim taken from a neighbouring sentence.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"

using namespace frontline;
using frontline::test::mention_in;
using frontline::test::mention_in_report;

namespace {

std::vector<Mention> mentions_of(const std::string& text, const std::string& published) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    if (!published.empty()) {
        doc.published = parse_iso_timestamp(published + "T12:00:00Z");
        doc.document_date = doc.published;
    }
    analyse_structure(doc, nullptr);
    return frontline::test::claims_pipeline().process(doc);
}

}  // namespace

TEST_CASE("a sentence of thousands of words with hundreds of places is read whole", "[claims][bad-input]") {
    const char* places[] = {"Kupiansk", "Vovchansk", "Siversk", "Toretsk", "Kramatorsk"};
    std::string text = "The enemy";
    for (int i = 0; i < 1200; ++i) text += std::string(i % 3 ? " attacked near " : " shelled ") + places[i % 5] + (i % 4 ? "," : " and");
    text += " the end.";
    const auto ms = mentions_of(text, "2025-03-05");
    REQUIRE(ms.size() == 1200);
    CHECK(std::all_of(ms.begin(), ms.end(), [](const Mention& m) { return m.claim.has_value(); }));
    // Each keeps the stretch of the sentence around it, not the whole: memory
    // stays linear in the mentions.
    CHECK(std::all_of(ms.begin(), ms.end(), [](const Mention& m) { return m.sentence.size() <= 1300; }));
    CHECK(ms[600].sentence.find("Toretsk") != std::string::npos);
}

TEST_CASE("an event table of thousands of places on one CSV line is read whole", "[claims][bad-input]") {
    std::string row = "2024-08-12";
    for (int i = 0; i < 5000; ++i) row += ",Kupiansk";
    row += ",Russian forces shelled the town.";
    const auto ms = mentions_of(row, "2024-08-20");
    CHECK(ms.size() == 5000);
}

TEST_CASE("a bulletin of hundreds of list items: each item its own claim", "[claims][bad-input]") {
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += i % 2 ? "- Drones struck Sumy overnight.\n" : "- Kramatorsk: the mayor opened a school.\n";
    const auto ms = mentions_of(text, "2025-03-05");
    REQUIRE(ms.size() == 300);
    for (const Mention& m : ms) {
        INFO(m.surface << " " << m.char_start);
        CHECK(m.claim.has_value() == (m.surface == "Sumy"));
    }
}

TEST_CASE("mixed scripts and nested quotes in one sentence", "[claims][bad-input]") {
    Mention m = mention_in_report(
        "The governor said: \"They wrote 'Курахове is taken', but the enemy only shelled Kurakhove «вчора» overnight.\"",
        "Kurakhove", "2025-03-05");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.event_date.has_value());
}

TEST_CASE("a date phrase without an anchor date is unknown", "[claims][bad-input]") {
    Mention m = mention_in("Russian forces shelled Kherson yesterday.", "Kherson");
    CHECK(m.claim == ClaimType::struck);
    CHECK_FALSE(m.event_date.has_value());
    CHECK(m.date_precision == DatePrecision::unknown);
}

TEST_CASE("no claim is taken from a sentence in another paragraph", "[claims][bad-input]") {
    const auto ms = mentions_of("Russian forces shelled the city for hours.\n\nKramatorsk has a new mayor.\n", "2025-03-05");
    REQUIRE(ms.size() == 1);
    CHECK_FALSE(ms.front().claim);
}
