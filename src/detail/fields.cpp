#include "frontline/detail/fields.hpp"

#include "frontline/text/fold.hpp"

namespace frontline::detail {

std::vector<std::string> split_csv(std::string_view line, char sep) {
    std::vector<std::string> out;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty()) {
            quoted = true;
        } else if (c == sep) {
            out.push_back(std::move(field));
            field.clear();
        } else {
            field += c;
        }
    }
    out.push_back(std::move(field));
    return out;
}

bool valid_utf8(std::string_view s) {
    for (std::size_t pos = 0; pos < s.size();) {
        if (static_cast<unsigned char>(s[pos]) < 0x80) {
            ++pos;
            continue;
        }
        std::size_t before = pos;
        char32_t c = decode_utf8(s, pos);
        // U+FFFD decoded from one byte means the byte was invalid (a real
        // U+FFFD takes three).
        if (c == 0xFFFD && pos - before == 1) return false;
    }
    return true;
}

}  // namespace frontline::detail
