// The one-pass report reader must agree with nlohmann::json on every line it
// accepts, and must accept the ordinary report lines it exists for.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <random>

#include "frontline/document/formats.hpp"
#include "frontline/document/report_object_scanner.hpp"
#include "frontline/text/utf8.hpp"

using frontline::ReportFields;
using frontline::scan_report_object;

namespace {

// What the general parser makes of a line: the fields the reader's
// fallback path takes (report_fields_from_json), or nothing.
std::optional<ReportFields> reference(std::string_view line) {
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(line.begin(), line.end());
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    if (!obj.is_object() || !obj.contains("text") || !obj["text"].is_string()) return std::nullopt;
    return frontline::report_fields_from_json(obj);
}

void check_agrees(std::string_view line) {
    INFO("line: " << line);
    auto fast = scan_report_object(line);
    if (!fast) return;  // declined: the caller falls back to the general parser
    auto slow = reference(line);
    REQUIRE(slow.has_value());
    CHECK(fast->text == slow->text);
    CHECK(fast->id == slow->id);
    CHECK(fast->url == slow->url);
    CHECK(fast->title == slow->title);
    CHECK(fast->published == slow->published);
}

const std::vector<std::string> ordinary_lines = {
    R"({"id": "r-1", "published": "2024-11-04T10:00:00Z", "url": "https://example.org/a", "title": "Live", "text": "Russian forces captured Maksymivka."})",
    R"({"text":"Удари по Харкову","id":17})",
    R"(  {"text": "line\nbreak \"quoted\" back\\slash \/ tab\t", "extra": {"a": [1, 2.5, -3e2, true, false, null, {}, []]}}  )",
    R"({"text": "\u0410\u0432\u0434\u0456\u0457\u0432\u043a\u0430 \ud83d\ude00 \u00e9", "id": "\u0041"})",
    R"({"title": 5, "url": null, "published": ["x"], "text": ""})",
    R"({"text": "first", "text": "second", "id": "a", "id": [1]})",
    R"({"text": "x", "id": -42, "nested": [[[[{"k": "v"}]]]], "n": 0.5, "e": 1E+5})",
    "{\"text\": \"\\u0000 nul and \x7f del\"}\r",
};

}  // namespace

TEST_CASE("scan_report_object reads ordinary report lines as nlohmann does") {
    for (const auto& line : ordinary_lines) {
        INFO("line: " << line);
        REQUIRE(scan_report_object(line).has_value());  // the fast path is really taken
        check_agrees(line);
    }
    auto f = scan_report_object(ordinary_lines[5]);
    CHECK(f->text == "second");
    CHECK_FALSE(f->id.has_value());
    CHECK(scan_report_object(ordinary_lines[6])->id == "-42");
    CHECK(scan_report_object(ordinary_lines[3])->text == "Авдіївка \xF0\x9F\x98\x80 \xC3\xA9");
}

TEST_CASE("scan_report_object declines what it is not sure of") {
    for (std::string_view line : {
             R"([{"text": "array"}])", R"({"text": 5})", R"({"id": "no text"})", R"({"text": "a",})",
             R"({"text": "a"} trailing)", R"({"text": "raw)" "\x01" R"(control"})", R"({"text": "\ud800 lone"})",
             R"({"text": "\udc00 lone"})", R"({"text": "\x"})", R"({"text": "a", "n": 01})", R"({"text": "a", "n": 1.})",
             R"({"text": "a", "n": 1e999})", R"({"text": "a", "id": 1.5})", R"({"text": "a", "id": 12345678901234567890})",
             R"({"text": "a", "id": -0})", "\xEF\xBB\xBF{\"text\": \"bom\"}", R"({"text": "a", "b": tru})",
             R"({"text": "a", "b": [1 2]})", R"({"text": "a", "b": {"k" 1}})", R"({"text": "unterminated)", "",
             R"({"text": "a" "b": 1})", R"({'text': 'a'})"}) {
        INFO("line: " << line);
        CHECK_FALSE(scan_report_object(line).has_value());
    }
}

TEST_CASE("scan_report_object never disagrees with nlohmann on mangled lines") {
    // Every line above with bytes dropped, duplicated and replaced by JSON's
    // own punctuation: whatever the fast reader accepts, nlohmann must read
    // the same way.
    std::mt19937 rng(20261202);
    const std::string alphabet = "{}[]\":,\\ u0123456789abcdefABCDEF-+.eEtrufalsn\n\t";
    std::size_t accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string line = ordinary_lines[rng() % ordinary_lines.size()];
        const int edits = 1 + static_cast<int>(rng() % 3);
        for (int e = 0; e < edits && !line.empty(); ++e) {
            std::size_t at = rng() % line.size();
            switch (rng() % 3) {
                case 0: line.erase(at, 1); break;
                case 1: line.insert(at, 1, line[at]); break;
                default: line[at] = alphabet[rng() % alphabet.size()]; break;
            }
        }
        if (!frontline::is_valid_utf8(line)) continue;  // the reader repairs bytes first
        accepted += scan_report_object(line).has_value();
        check_agrees(line);
    }
    CHECK(accepted > 1000);  // the comparison saw many accepted lines
}
