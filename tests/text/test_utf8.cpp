#include <catch2/catch.hpp>

#include <string>

#include "frontline/text/utf8.hpp"

using namespace frontline;

TEST_CASE("decode_next decodes and rejects", "[utf8]") {
    const std::string s = "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80";  // a é ’ 😀
    auto d = decode_next(s, 0);
    CHECK((d.cp == U'a' && d.length == 1 && d.valid));
    d = decode_next(s, 1);
    CHECK((d.cp == 0xE9 && d.length == 2));
    d = decode_next(s, 3);
    CHECK((d.cp == 0x2019 && d.length == 3));
    d = decode_next(s, 6);
    CHECK((d.cp == 0x1F600 && d.length == 4));
    CHECK(decode_next(s, 10).length == 0);

    auto p = decode_prev(s, s.size());
    CHECK((p.cp == 0x1F600 && p.length == 4));
    p = decode_prev(s, 6);
    CHECK((p.cp == 0x2019 && p.length == 3));

    for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\x80", "\xFF", "\xE2\x82"}) {
        INFO("bad sequence of " << bad.size() << " bytes");
        auto b = decode_next(bad, 0);
        CHECK(!b.valid);
        CHECK(b.length == 1);
        CHECK(b.cp == replacement_character);
        CHECK(!is_valid_utf8(bad));
    }
    CHECK(is_valid_utf8(s));
}

TEST_CASE("repair_utf8 replaces each invalid byte and reports its offset", "[utf8]") {
    const std::string in = "Valid start \xff\xfe then \xc3 broken and \xe2\x82 cut, end \xf0\x9f\x98\x80 emoji.";
    std::vector<ReadIssue> issues;
    Utf8RepairOptions opt;
    opt.base_offset = 100;
    const std::string out = repair_utf8(in, &issues, opt);
    CHECK(is_valid_utf8(out));
    REQUIRE(issues.size() == 5);
    CHECK(issues[0].offset == 112);
    CHECK(issues[1].offset == 113);
    CHECK(issues[2].offset == 120);
    CHECK(issues[3].offset == 133);
    CHECK(issues[4].offset == 134);
    CHECK(out == "Valid start \xEF\xBF\xBD\xEF\xBF\xBD then \xEF\xBF\xBD broken and \xEF\xBF\xBD\xEF\xBF\xBD cut, end "
                 "\xf0\x9f\x98\x80 emoji.");
}

TEST_CASE("repair_utf8 keeps a BOM, translates newlines on request, caps issues", "[utf8]") {
    CHECK(repair_utf8("\xEF\xBB\xBFx") == "\xEF\xBB\xBFx");
    Utf8RepairOptions nl;
    nl.translate_newlines = true;
    CHECK(repair_utf8("a\r\nb\rc\n", nullptr, nl) == "a\nb\nc\n");
    CHECK(repair_utf8("a\r\nb") == "a\r\nb");

    std::string junk(10000, '\xFF');
    std::vector<ReadIssue> issues;
    const auto out = repair_utf8(junk, &issues);
    CHECK(out.size() == 30000);
    CHECK(issues.size() == 101);  // 100 + one summary
}

TEST_CASE("CodepointIndex matches code-point counting", "[utf8]") {
    std::string text;
    for (int i = 0; i < 200; ++i) text += "ab\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80 Київ\n";
    const CodepointIndex idx(text);
    // Reference: count lead bytes.
    std::size_t cp = 0;
    for (std::size_t b = 0; b <= text.size(); ++b) {
        if (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) {
            if (b < text.size()) continue;
        }
        INFO("byte " << b);
        REQUIRE(idx.to_codepoint(b) == cp);
        REQUIRE(idx.to_byte(cp) == b);
        if (b < text.size()) ++cp;
    }
    CHECK(idx.size_codepoints() == cp);
    CHECK(idx.to_codepoint(text.size() + 50) == cp);
    CHECK(idx.to_byte(cp + 5) == text.size());

    const CodepointIndex empty("");
    CHECK(empty.to_codepoint(0) == 0);
    CHECK(empty.to_byte(0) == 0);
}

TEST_CASE("append_utf8 round-trips", "[utf8]") {
    std::string s;
    for (char32_t c : {U'a', char32_t(0xE9), char32_t(0x2019), char32_t(0x1F600)}) append_utf8(s, c);
    CHECK(s == "a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");
    std::string bad;
    append_utf8(bad, 0xD800);
    CHECK(bad == "\xEF\xBF\xBD");
}

TEST_CASE("utf8_prefix never ends inside a code point", "[utf8]") {
    const std::string s = "Київ";  // 2 bytes a letter
    CHECK(utf8_prefix(s, 3) == "К");
    CHECK(utf8_prefix(s, 4) == "Ки");
    CHECK(utf8_prefix(s, 100) == s);
    CHECK(utf8_prefix("abc", 2) == "ab");
    CHECK(utf8_prefix(s, 0).empty());
}
