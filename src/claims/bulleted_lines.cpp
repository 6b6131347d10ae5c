#include "bulleted_lines.hpp"

#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {

std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t nl = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
    return nl == std::string_view::npos ? 0 : nl + 1;
}

// A bullet's code point: ASCII "-", "*", or a symbol past the letters of
// Latin, Greek and Cyrillic (general punctuation "•", geometric shapes "▪",
// dingbats "➖", emoji "🔹").
// (Not a quotation mark opening a quoted line: “, ‘, „.)
bool bullet(char32_t c) { return c == U'-' || c == U'*' || (c >= 0x2000 && c != 0xFFFD && !(c >= 0x2018 && c <= 0x201F)); }

}  // namespace

bool bulleted_line(std::string_view text, std::size_t pos) {
    std::size_t at = line_start(text, pos);
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    if (at >= text.size() || text[at] == '\n') return false;
    return bullet(decode_utf8(text, at));
}

bool opens_its_line(std::string_view text, std::size_t pos) {
    std::size_t at = line_start(text, pos);
    while (at < pos) {
        const char32_t c = decode_utf8(text, at);
        // (a variation selector or joiner inside an emoji bullet)
        if (!(c == U' ' || c == U'\t' || bullet(c) || (c >= 0xFE00 && c <= 0xFE0F))) return false;
    }
    return true;
}

}  // namespace frontline
