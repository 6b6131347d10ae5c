#include "frontline/text/fold.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <mutex>

namespace frontline {

bool is_apostrophe(char32_t c) {
    switch (c) {
    case U'\'': case U'`': case 0x2019: case 0x2018: case 0x02BC: case 0x02B9: case 0x02BB:
    case 0x2032: case 0x00B4: case 0x02BA: case 0x201B:
    // Invisible marks a word may carry: a soft hyphen, zero-width spaces and
    // joiners, a word joiner, a stray byte-order mark ("Khar\u00adkiv").
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return true;
    default:
        return false;
    }
}

bool is_hyphen(char32_t c) {
    return c == U'-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013;
}

bool detail::is_non_ascii_word_char(char32_t c) {
    if (c == 0xFFFD || c == 0xFEFF) return false;
    return u_isalnum(static_cast<UChar32>(c)) || (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK);
}

namespace {

// Folded form of one non-ASCII Latin (or other non-Cyrillic) code point,
// computed with ICU's canonical decomposition and cached, since the same few
// hundred letters recur in every text.
class LatinFoldTable {
public:
    const std::string& get(char32_t c) {
        if (c < table_.size()) {
            std::call_once(flags_[c], [&] { table_[c] = compute(c); });
            return table_[c];
        }
        thread_local std::string scratch;
        scratch = compute(c);
        return scratch;
    }

private:
    static std::string compute(char32_t c) {
        switch (c) {  // letters without a canonical decomposition to ASCII
        case U'ß': return "ss";
        case U'æ': case U'Æ': return "ae";
        case U'œ': case U'Œ': return "oe";
        case U'ø': case U'Ø': return "o";
        case U'ł': case U'Ł': return "l";
        case U'đ': case U'Đ': case U'ð': case U'Ð': return "d";
        case U'þ': case U'Þ': return "th";
        case U'ı': return "i";
        default: break;
        }
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        icu::UnicodeString decomposed;
        if (U_SUCCESS(status)) decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
        std::string out;
        if (U_FAILURE(status)) decomposed = icu::UnicodeString(static_cast<UChar32>(c));
        for (int32_t i = 0; i < decomposed.length();) {
            UChar32 d = decomposed.char32At(i);
            i += U16_LENGTH(d);
            if (U_GET_GC_MASK(d) & U_GC_M_MASK) continue;  // strip diacritics
            d = u_tolower(d);
            append_utf8(out, static_cast<char32_t>(d));
        }
        return out;
    }

    static constexpr std::size_t size = 0x3000;
    std::array<std::string, size> table_;
    std::array<std::once_flag, size> flags_;
};

LatinFoldTable& latin_fold_table() {
    static LatinFoldTable table;
    return table;
}

bool is_cyrillic(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

void fold_code_point(char32_t c, std::string& out) {
    if (c < 0x80) {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        return;
    }
    if (is_cyrillic(c)) {
        char32_t lower = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
        if (lower == U'ё') lower = U'е';
        else if (lower == U'ґ') lower = U'г';
        else if (lower == U'ѣ') lower = U'е';
        append_utf8(out, lower);
        return;
    }
    if (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) {
        // A combining mark after a Cyrillic letter (decomposed й, ї) would be
        // lost; recompose by keeping breve and diaeresis, drop the rest.
        if (c == 0x0306 && !out.empty()) {  // breve: и + ̆ = й
            if (out.size() >= 2 && std::string_view(out).substr(out.size() - 2) == "и") {
                out.resize(out.size() - 2);
                out += "й";
            }
        } else if (c == 0x0308 && out.size() >= 2 && std::string_view(out).substr(out.size() - 2) == "і") {
            out.resize(out.size() - 2);
            out += "ї";
        }
        return;
    }
    out += latin_fold_table().get(c);
}

}  // namespace

void fold_word(std::string_view word, std::string& out) {
    for (std::size_t pos = 0; pos < word.size();) {
        char32_t c = decode_utf8(word, pos);
        if (is_apostrophe(c)) continue;
        fold_code_point(c, out);
    }
}

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    bool pending_space = false;
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t c = decode_utf8(utf8, pos);
        if (is_apostrophe(c)) continue;  // inside or around a word: dropped
        if (!is_word_char(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) {
            out += ' ';
            pending_space = false;
        }
        fold_code_point(c, out);
    }
    return out;
}

}  // namespace frontline
