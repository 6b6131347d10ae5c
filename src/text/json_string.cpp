#include "frontline/text/json_string.hpp"

namespace frontline {

void append_json_string(std::string& out, std::string_view s, JsonDialect dialect) {
    static constexpr char hex[] = "0123456789abcdef";
    const bool short_b_f = dialect == JsonDialect::nlohmann;
    out += '"';
    std::size_t run = 0;  // start of the pending run of bytes needing no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
        while (i + 8 <= s.size() && !json_special_in_word(s.data() + i)) i += 8;
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
