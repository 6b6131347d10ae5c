#include "frontline/text/json_string.hpp"

#include <cstdint>
#include <cstring>

namespace frontline {

namespace {

// Whether any of the eight bytes at `p` needs an escape (a control
// character, '"' or '\\'). Sentences are long and rarely need one, so
// most of a string is passed over a word at a time.
bool escape_in_word(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    auto has_byte_below = [&](std::uint64_t x, std::uint64_t n) { return (x - ones * n) & ~x & high; };
    return has_byte_below(w, 0x20) | has_byte_below(w ^ (ones * '"'), 1) | has_byte_below(w ^ (ones * '\\'), 1);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s, JsonDialect dialect) {
    static constexpr char hex[] = "0123456789abcdef";
    const bool short_b_f = dialect == JsonDialect::nlohmann;
    out += '"';
    std::size_t run = 0;  // start of the pending run of bytes needing no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
        while (i + 8 <= s.size() && !escape_in_word(s.data() + i)) i += 8;
        if (i == s.size()) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s, run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += short_b_f ? "\\b" : "\\u0008"; break;
            case '\f': out += short_b_f ? "\\f" : "\\u000c"; break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
        }
    }
    out.append(s, run, s.size() - run);
    out += '"';
}

}  // namespace frontline
