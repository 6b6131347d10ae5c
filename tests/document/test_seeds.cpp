// The Document stage on the real seeds in ../shared (read-only).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>

#include <nlohmann/json.hpp>

#include "frontline/document/reader.hpp"
#include "frontline/text/utf8.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {
const fs::path shared = FRONTLINE_SHARED_DIR;

std::map<std::string, Document> read_seeds() {
    std::map<std::string, Document> docs;
    std::vector<InputIssue> issues;
    for (auto& d : read_all(expand_inputs({(shared / "seeds").string()}), {}, &issues)) docs[d.id] = std::move(d);
    CHECK(issues.empty());
    return docs;
}

std::string at(const Document& d, Span s) { return d.text.substr(s.begin, s.size()); }
}  // namespace

TEST_CASE("seeds: code-point offsets of every gold mention", "[document][seeds]") {
    if (!fs::exists(shared / "gold/gold.jsonl")) { WARN("no shared gold: skipped"); return; }
    const auto docs = read_seeds();
    REQUIRE(docs.size() == 5);
    std::map<std::string, CodepointIndex> index;
    for (const auto& [id, d] : docs) index.emplace(id, CodepointIndex(d.text));

    std::ifstream gold(shared / "gold/gold.jsonl");
    std::string line;
    std::size_t rows = 0;
    while (std::getline(gold, line)) {
        if (line.empty()) continue;
        const auto row = nlohmann::json::parse(line);
        const std::string file = row.at("file");
        const std::string surface = row.at("surface");
        const std::size_t cs = row.at("char_start"), ce = row.at("char_end");
        REQUIRE(docs.count(file));
        const Document& d = docs.at(file);
        const CodepointIndex& idx = index.at(file);
        const std::size_t b = idx.to_byte(cs), e = idx.to_byte(ce);
        INFO(row.at("id").get<std::string>() << " " << surface);
        REQUIRE(d.text.substr(b, e - b) == surface);
        CHECK(idx.to_codepoint(b) == cs);
        CHECK(idx.to_codepoint(e) == ce);
        // Each mention lies inside one sentence of its paragraph.
        const Sentence& s = d.sentences.at(d.sentence_at(b));
        CHECK(s.span.begin <= b);
        CHECK(e <= s.span.end);
        ++rows;
    }
    CHECK(rows == 500);
}

TEST_CASE("seeds: live-blog entries and their timestamps", "[document][seeds]") {
    if (!fs::exists(shared / "seeds")) { WARN("no shared seeds: skipped"); return; }
    const auto docs = read_seeds();
    const Document& d2 = docs.at("002_6c0612703b4ba396.txt");
    REQUIRE(d2.entries.size() == 9);  // nine bylines, nothing after the last
    CHECK(d2.entries[0].byline == "Tom Watling");
    CHECK(format_timestamp(*d2.entries[0].timestamp) == "2024-11-07T12:01:00Z");
    CHECK(format_timestamp(*d2.entries[8].timestamp) == "2024-11-07T09:27:00Z");
    CHECK(format_timestamp(*d2.document_date) == "2024-11-07T12:01:00Z");
    // The Finnish PM post is closed by the 11:47 byline.
    const auto orpo = d2.text.find("Finland’s Prime Minister Petteri Orpo");
    REQUIRE(orpo != std::string::npos);
    CHECK(format_timestamp(*d2.entries[d2.entry_at(orpo)].timestamp) == "2024-11-07T11:47:00Z");

    const Document& d4 = docs.at("004_e3c06ffece3f48b9.txt");
    REQUIRE(d4.entries.size() == 10);  // nine bylines + the undated tail
    CHECK(d4.entries[0].byline == "Namita Singh");
    CHECK(format_timestamp(*d4.entries[0].timestamp) == "2024-12-19T06:32:00Z");
    CHECK(d4.entries[1].byline == "Tom Watling");
    CHECK_FALSE(d4.entries.back().timestamp);
    CHECK(format_timestamp(*d4.document_date) == "2024-12-19T06:32:00Z");

    // 000 and 001 have no bylines: one entry, no date.
    CHECK(docs.at("000_092d26438e03e3cf.txt").entries.size() == 1);
    CHECK_FALSE(docs.at("000_092d26438e03e3cf.txt").document_date);
}

TEST_CASE("seeds: boilerplate and repeated paragraphs", "[document][seeds]") {
    if (!fs::exists(shared / "seeds")) { WARN("no shared seeds: skipped"); return; }
    const auto docs = read_seeds();
    const Document& d0 = docs.at("000_092d26438e03e3cf.txt");
    const Document& d2 = docs.at("002_6c0612703b4ba396.txt");
    std::size_t chrome = 0;
    for (const auto& p : d0.paragraphs) {
        const std::string t = at(d0, p.span);
        const bool expect = t.rfind("Your support", 0) == 0 || t.rfind("From reproductive rights", 0) == 0 ||
                            t.rfind("At such a critical moment", 0) == 0 ||
                            t.rfind("The Independent is trusted", 0) == 0 || t.rfind("Subscribe to", 0) == 0 ||
                            t.rfind("Want to bookmark", 0) == 0 || t.rfind("Join ", 0) == 0 || t == "Comments";
        INFO(t);
        CHECK(p.boilerplate == expect);
        chrome += p.boilerplate;
    }
    CHECK(chrome == 10);
    // The lost break after the appeal is restored, and the paragraph after it
    // equals (by hash) the same paragraph standing alone in 002.
    const auto trump0 = d0.paragraphs.at(d0.paragraph_at(d0.text.find("Donald Trump is now likely")));
    const auto trump2 = d2.paragraphs.at(d2.paragraph_at(d2.text.find("Donald Trump is now likely")));
    CHECK_FALSE(trump0.boilerplate);
    CHECK(trump0.hash == trump2.hash);
    // "push forward... to put" (000) vs "push forward… to put" (002): same hash.
    const auto push0 = d0.paragraphs.at(d0.paragraph_at(d0.text.find("The administration plans")));
    const auto push2 = d2.paragraphs.at(d2.paragraph_at(d2.text.find("The administration plans")));
    CHECK(push0.hash == push2.hash);

    // 002 and 003 chrome.
    for (const auto& p : d2.paragraphs)
        if (at(d2, p.span).find("breaking news emails") != std::string::npos) CHECK(p.boilerplate);
    const Document& d3 = docs.at("003_fc92777df2d3e408.txt");
    for (const auto& p : d3.paragraphs) {
        const std::string t = at(d3, p.span);
        if (t.rfind("Please refresh", 0) == 0 || t == "Log in" || t.rfind("Hi {{", 0) == 0 ||
            t.rfind("Notifications can be", 0) == 0 || t.rfind("Find your bookmarks", 0) == 0)
            CHECK(p.boilerplate);
        if (t.rfind("North Korean forces alleged", 0) == 0) CHECK_FALSE(p.boilerplate);
    }
}
