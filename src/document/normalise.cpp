// Paragraph normalisation and hashing, for repeat detection across
// documents and for boilerplate matching.
#include <unicode/uchar.h>

#include "frontline/document/structure.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {
bool is_space_cp(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}
}  // namespace

// Streams the normalised text into `out` (push_back / append / back / empty),
// so hashing a huge paragraph needs no copy of it.
template <class Out>
void normalise_into(std::string_view text, Out& out) {
    bool space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b = static_cast<unsigned char>(text[i]);
        // Printable ASCII other than the backquote, most of any text, only
        // changes case; the general path below gives the same for it.
        if (b > ' ' && b < 0x7F && b != '`') {
            if (space && !out.empty()) out.push_back(' ');
            space = false;
            out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
            ++i;
            continue;
        }
        char32_t c;
        if (b < 0x80) {
            c = b;
            ++i;
        } else {
            Decoded d = decode_next(text, i);
            c = d.cp;
            i += d.length;
        }
        if (is_space_cp(c)) {
            space = true;
            continue;
        }
        if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0xAD) continue;  // invisible
        if (space && !out.empty()) out.push_back(' ');
        space = false;
        switch (c) {
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case '`':
                out.push_back('\'');
                continue;
            case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB: case 0xBB:
                out.push_back('"');
                continue;
            case 0x2026:
                out += std::string_view("...");
                continue;
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
                out.push_back('-');
                continue;
            default:
                break;
        }
        if (c < 0x80) {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
        } else {
            std::string buf;
            append_utf8(buf, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
            out += buf;
        }
    }
}

namespace {
// FNV-1a 64 over the bytes pushed into it.
struct Fnv1a {
    std::uint64_t h = 14695981039346656037ull;
    bool any = false;
    void push_back(char c) {
        any = true;
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    Fnv1a& operator+=(std::string_view s) {
        for (char c : s) push_back(c);
        return *this;
    }
    bool empty() const { return !any; }
};
}  // namespace

std::string normalise_paragraph(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    normalise_into(text, out);
    return out;
}

std::uint64_t hash_normalised(std::string_view normalised) {
    Fnv1a h;
    h += normalised;
    return h.h;
}

std::uint64_t paragraph_hash(std::string_view text) {
    Fnv1a h;
    normalise_into(text, h);
    return h.h;
}

}  // namespace frontline
