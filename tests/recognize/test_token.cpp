// The tokenizer: words, their keys and what separates them.
#include <catch2/catch.hpp>

#include "frontline/recognize/token.hpp"

using namespace frontline;

namespace {

std::vector<std::string> keys(const std::string& text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.push_back(t.key);
    return out;
}

}  // namespace

TEST_CASE("token: an abbreviation written with stops is one word with its closing stop", "[recognize][token]") {
    CHECK(keys("the U.S. said") == std::vector<std::string>{"the", "us", "said"});
    CHECK(keys("in the U.K.") == std::vector<std::string>{"in", "the", "uk"});
    CHECK(keys("Charleston, W.Va., and D.C.") == std::vector<std::string>{"charleston", "wva", "and", "dc"});
    const std::string text = "across the U.S. last week";
    const auto tokens = tokenize(text);
    CHECK(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin) == "U.S.");
    CHECK(tokens[2].upper);
    CHECK_FALSE(tokens[3].sentence_start);  // the stop was the abbreviation's
    // Initials before a name and a sentence's own stop stay apart.
    CHECK(keys("J. Smith left. Then") == std::vector<std::string>{"j", "smith", "left", "then"});
    CHECK(keys("version 2.0 shipped") == std::vector<std::string>{"version", "2", "0", "shipped"});
}

TEST_CASE("token: an HTML-escaped apostrophe before s makes a possessive", "[recognize][token]") {
    const auto tokens = tokenize("Moscow&#039;s pressure");
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].key == "moscow");
    CHECK(tokens[0].possessive);
    CHECK(tokens[1].key == "pressure");
}

TEST_CASE("token: an abbreviation's possessive follows its closing stop", "[recognize][token]") {
    const auto tokens = tokenize("B.C.'s minister and the U.S.’s allies");
    CHECK(keys("B.C.'s minister and the U.S.’s allies") ==
          std::vector<std::string>{"bc", "minister", "and", "the", "us", "allies"});
    REQUIRE(tokens.size() == 6);
    CHECK(tokens[0].possessive);
    CHECK(tokens[4].possessive);
}

TEST_CASE("token: stops and capitals in any order never make a word past the text or an empty one", "[recognize][token]") {
    for (const char* text : {"U.", "U.S", "A.B", "A.B.", ".A.", "U.S.A.B.C.D.E.F.", "W.Va", "W.Va.", "A..B", "A.b.", "..",
                             "Ab.Cd.Ef.", "X.Y.Z", "U.S.&#039;s", "Moscow&#039;", "Moscow&#039;s"}) {
        INFO(text);
        const std::string t = text;
        for (const Token& tok : tokenize(t)) {
            CHECK(tok.begin < tok.end);
            CHECK(tok.end <= tok.full_end);
            CHECK(tok.full_end <= t.size());
            CHECK_FALSE(tok.key.empty());
        }
    }
}

TEST_CASE("tokens: capitals opening a word that goes on in lower case mark an inflected acronym", "[recognize][token]") {
    auto t = tokenize("КАБами Харків ЗСУ БпЛА");
    REQUIRE(t.size() == 4);
    CHECK(t[0].inflected_acronym);
    CHECK_FALSE(t[1].inflected_acronym);
    CHECK_FALSE(t[2].inflected_acronym);  // all capitals: an acronym, not inflected
    CHECK(t[2].upper);
    CHECK_FALSE(t[3].inflected_acronym);  // one capital, then lower case
}

TEST_CASE("token: a comma grouping a number's digits separates nothing", "[recognize][token]") {
    const auto tokens = tokenize("massed 50,000 troops, tanks and 1,200 guns near Kupiansk");
    REQUIRE(tokens.size() == 11);
    CHECK(tokens[2].key == "000");
    CHECK(tokens[2].before == Separator::space);  // "50,000" reads as "50 000"
    CHECK(tokens[4].before == Separator::comma);  // "troops, tanks": a list
    CHECK(tokens[7].key == "200");
    CHECK(tokens[7].before == Separator::space);
    // (A list of numbers written with spaces keeps its commas.)
    const auto list = tokenize("in 2022, 2023");
    CHECK(list[2].before == Separator::comma);
}

TEST_CASE("token: the word after a live entry's clock time opens the sentence as the time did", "[recognize][token]") {
    const auto timed = tokenize("08:18 In Kyiv explosions were heard.");
    REQUIRE(timed.size() >= 4);
    CHECK(timed[2].key == "in");
    CHECK(timed[2].sentence_start);
    CHECK_FALSE(timed[3].sentence_start);
    const auto dashed = tokenize("09:05 \u2014 В Днепре ракета");
    REQUIRE(dashed.size() >= 3);
    CHECK(dashed[2].sentence_start);
    // (A count is no clock: "15 Russian drones" keeps its capital as a name's evidence.)
    const auto counted = tokenize("Overnight 15 Russian drones");
    CHECK_FALSE(counted[2].sentence_start);
}

TEST_CASE("token: invisible marks inside a word and look-alike letters of the other script leave its key whole", "[recognize][token]") {
    CHECK(keys("hit Khar\u00adkiv overnight") == std::vector<std::string>{"hit", "kharkiv", "overnight"});
    CHECK(keys("hit Khar\u200bkiv overnight") == std::vector<std::string>{"hit", "kharkiv", "overnight"});
    CHECK(keys("hit Kh\u0430rkiv") == std::vector<std::string>{"hit", "kharkiv"});
    const auto mixed = tokenize("атакували Xарків");
    REQUIRE(mixed.size() == 2);
    CHECK(mixed[1].key == "харків");
    CHECK(mixed[1].cyrillic);
}
