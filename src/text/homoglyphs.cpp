// Latin and Cyrillic letters that look alike, each way.
#include "frontline/text/homoglyphs.hpp"

#include <utility>

#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {

// Look-alike pairs: Cyrillic, Latin.
constexpr std::pair<char32_t, char32_t> pairs[] = {
    {U'а', U'a'}, {U'е', U'e'}, {U'о', U'o'}, {U'р', U'p'}, {U'с', U'c'}, {U'у', U'y'}, {U'х', U'x'}, {U'і', U'i'},
    {U'ј', U'j'}, {U'ѕ', U's'}, {U'к', U'k'}, {U'А', U'A'}, {U'В', U'B'}, {U'Е', U'E'}, {U'К', U'K'}, {U'М', U'M'},
    {U'Н', U'H'}, {U'О', U'O'}, {U'Р', U'P'}, {U'С', U'C'}, {U'Т', U'T'}, {U'Х', U'X'}, {U'У', U'Y'}, {U'І', U'I'},
    {U'Ѕ', U'S'}, {U'Ј', U'J'}};

bool cyrillic_letter(char32_t c) { return c >= 0x0400 && c <= 0x052F; }  // (the tokenizer's Cyrillic range)
bool latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string single_script(std::string_view word) {
    std::size_t latin = 0, cyrillic = 0;
    bool cyrillic_first = false;
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t c = decode_utf8(word, pos);
        if (latin + cyrillic == 0) cyrillic_first = cyrillic_letter(c);
        latin += latin_letter(c);
        cyrillic += cyrillic_letter(c);
    }
    if (latin == 0 || cyrillic == 0) return {};
    // (A tie goes to the first letter's script.)
    const bool to_cyrillic = cyrillic > latin || (cyrillic == latin && cyrillic_first);
    std::string out;
    for (std::size_t pos = 0; pos < word.size();) {
        char32_t c = decode_utf8(word, pos);
        if (to_cyrillic ? latin_letter(c) : cyrillic_letter(c)) {
            char32_t look_alike = 0;
            for (auto [cy, la] : pairs)
                if (c == (to_cyrillic ? la : cy)) look_alike = to_cyrillic ? cy : la;
            if (!look_alike) return {};
            c = look_alike;
        }
        append_utf8(out, c);
    }
    return out;
}

}  // namespace frontline
