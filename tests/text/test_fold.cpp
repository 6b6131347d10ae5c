// fold(): the one definition of when two spellings are the same name.
#include <catch2/catch.hpp>

#include <string>

#include "frontline/text/fold.hpp"

using namespace frontline;

TEST_CASE("fold lower-cases and strips Latin diacritics to ASCII", "[fold]") {
    CHECK(fold("Vuhledar") == "vuhledar");
    CHECK(fold("VUHLEDAR") == "vuhledar");
    CHECK(fold("Žytomyr") == "zytomyr");
    CHECK(fold("Zhytomyr") == "zhytomyr");
    CHECK(fold("Kraków") == "krakow");
    CHECK(fold("Łódź") == "lodz");
    CHECK(fold("Straße") == "strasse");
    CHECK(fold("Čornobyľ") == "cornobyl");
    // Decomposed input (e + combining acute) folds like the composed one.
    CHECK(fold("Re\xCC\x81union") == fold("Réunion"));
    CHECK(fold("Réunion") == "reunion");
}

TEST_CASE("fold drops every kind of apostrophe inside words", "[fold]") {
    const std::string want = "kupyansk";
    CHECK(fold("Kup'yans'k") == want);
    CHECK(fold("Kup’yans’k") == want);   // U+2019
    CHECK(fold("Kupʼyansʹk") == want);   // U+02BC modifier apostrophe, U+02B9 prime
    CHECK(fold("Kup`yans`k") == want);
    CHECK(fold("Kup‘yans‘k") == want);   // U+2018
    CHECK(fold("Kupyansk") == want);
    CHECK(fold("Kup'yans'k") == fold("Kupʼyansʹk"));
    // Cyrillic apostrophes too: Куп'янськ == Купʼянськ == Куп’янськ.
    CHECK(fold("Куп'янськ") == "купянськ");
    CHECK(fold("Купʼянськ") == "купянськ");
    CHECK(fold("Куп’янськ") == "купянськ");
    CHECK(fold("Мар'їнка") == fold("Марʼїнка"));
}

TEST_CASE("fold turns hyphens, dashes and runs of spaces into one space", "[fold]") {
    CHECK(fold("Kamensk-Shakhtinsky") == "kamensk shakhtinsky");
    CHECK(fold("Kamensk-Shakhtinsky") == fold("kamensk shakhtinsky"));
    CHECK(fold("Kamensk–Shakhtinsky") == "kamensk shakhtinsky");  // en dash
    CHECK(fold("Velyka  Novosilka") == "velyka novosilka");
    CHECK(fold("  Velyka\tNovosilka \n") == "velyka novosilka");
    CHECK(fold("Niu-York") == "niu york");
    CHECK(fold("Chasiv Yar,") == "chasiv yar");
    CHECK(fold("(Bakhmut)") == "bakhmut");
    CHECK(fold("") == "");
    CHECK(fold(" - ' , ") == "");
}

TEST_CASE("fold lower-cases Cyrillic and keeps its script", "[fold]") {
    CHECK(fold("Вугледар") == "вугледар");
    CHECK(fold("ВУГЛЕДАР") == "вугледар");
    CHECK(fold("Кремінна Балка") == "кремінна балка");
    CHECK(fold("Кремінна-Балка") == "кремінна балка");
    CHECK(fold("Кремінна  Балка") == "кремінна балка");
    CHECK(fold("Ёлкино") == "елкино");
    CHECK(fold("Королёв") == "королев");
    CHECK(fold("Ґорґани") == "горгани");
    CHECK(fold("Їжаківка") == "їжаківка");
    // Decomposed й (и + combining breve) and ї (і + combining diaeresis) are recomposed.
    CHECK(fold("Краи\xCC\x86") == "край");
    CHECK(fold("і\xCC\x88жак") == "їжак");
    // Mixed scripts keep both.
    CHECK(fold("Kyiv / Київ") == "kyiv київ");
}

TEST_CASE("fold survives a BOM, invalid bytes and truncated sequences", "[fold]") {
    CHECK(fold("\xEF\xBB\xBFVuhledar") == "vuhledar");
    CHECK_NOTHROW(fold("\xFF\xFE\xFD"));
    CHECK(fold("\xFF\xFE\xFD").empty());
    CHECK(fold("Vuh\xFFledar") == "vuh ledar");  // an invalid byte separates words
    CHECK_NOTHROW(fold("Вугледа\xD1"));          // truncated 2-byte sequence at the end
    CHECK(fold("Вугледа\xD1") == "вугледа");
    CHECK_NOTHROW(fold("\xE2\x82"));
    CHECK_NOTHROW(fold("\xC0\xAF overlong"));
    CHECK(fold("\xC0\xAF overlong") == "overlong");
    CHECK_NOTHROW(fold("\xED\xA0\x80 surrogate"));
    CHECK_NOTHROW(fold(std::string("nul\0inside", 10)));
    CHECK(fold(std::string("nul\0inside", 10)) == "nul inside");
}

TEST_CASE("fold_word and the character classes agree with fold", "[fold]") {
    std::string out;
    fold_word("Kup’yans’k", out);
    CHECK(out == "kupyansk");
    out.clear();
    fold_word("Вугледар", out);
    CHECK(out == "вугледар");

    for (char32_t c : {U'\'', U'`', char32_t(0x2019), char32_t(0x02BC), char32_t(0x02B9), char32_t(0x2018)})
        CHECK(is_apostrophe(c));
    CHECK_FALSE(is_apostrophe(U'-'));
    CHECK(is_hyphen(U'-'));
    CHECK(is_hyphen(char32_t(0x2013)));
    CHECK_FALSE(is_hyphen(U' '));
    CHECK(is_word_char(U'a'));
    CHECK(is_word_char(char32_t(0x0436)));  // ж
    CHECK(is_word_char(U'7'));
    CHECK_FALSE(is_word_char(U' '));
    CHECK_FALSE(is_word_char(char32_t(0xFEFF)));
    CHECK_FALSE(is_word_char(char32_t(0xFFFD)));

    std::string s;
    append_utf8(s, char32_t(0x0490));  // Ґ
    std::size_t pos = 0;
    CHECK(decode_utf8(s, pos) == char32_t(0x0490));
    CHECK(pos == s.size());
    std::string bad = "\x80x";
    pos = 0;
    CHECK(decode_utf8(bad, pos) == char32_t(0xFFFD));
    CHECK(pos == 1);
}
