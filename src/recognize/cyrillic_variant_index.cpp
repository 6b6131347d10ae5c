#include "frontline/recognize/cyrillic_variant_index.hpp"

#include <utility>

#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {

// Vowels of both alphabets, and й, which Ukrainian writes inside ї and
// Russian inside е/я after a vowel (Миколаївка, Николаевка).
bool vowel_or_glide(char32_t c) {
    switch (c) {
    case U'а': case U'е': case U'є': case U'и': case U'і': case U'ї': case U'о': case U'у':
    case U'ы': case U'э': case U'ю': case U'я': case U'ё': case U'й':
        return true;
    default:
        return false;
    }
}

// The soft and hard signs mark a consonant and are written by one language
// where the other leaves them out (-ськ/-ск, Белополье/Білопілля).
bool sign(char32_t c) { return c == U'ь' || c == U'ъ'; }

// A word as consonants and runs of vowels, signs dropped, doubled
// consonants once; й stays out of the runs it glides in.
struct Unit {
    bool vowels = false;
    std::u32string letters;
};

std::vector<Unit> units(std::u32string_view word) {
    std::vector<Unit> out;
    bool after_sign = false;
    for (char32_t c : word) {
        if (sign(c)) {
            after_sign = true;
            continue;
        }
        // (Ukrainian writes Russian ё as ьо: Тьоткіно, Тёткино.)
        if (c == U'о' && after_sign) c = U'ё';
        after_sign = false;
        const bool v = vowel_or_glide(c);
        if (v && !out.empty() && out.back().vowels) {
            if (c != U'й') out.back().letters += c;
            continue;
        }
        if (!v && !out.empty() && !out.back().vowels && out.back().letters.back() == c) continue;
        out.push_back({v, c == U'й' ? std::u32string() : std::u32string(1, c)});
    }
    return out;
}

// Vowels that Russian and Ukrainian write for each other in one name.
bool answering(char32_t a, char32_t b) {
    if (a == b) return true;
    static constexpr std::pair<char32_t, char32_t> pairs[] = {
        {U'о', U'і'}, {U'е', U'і'}, {U'и', U'і'}, {U'ы', U'и'}, {U'а', U'о'}, {U'е', U'є'}, {U'э', U'е'},
        {U'е', U'ї'}, {U'и', U'ї'}, {U'е', U'и'}, {U'ё', U'е'}, {U'ё', U'о'}, {U'я', U'а'}};
    for (auto [x, y] : pairs)
        if ((a == x && b == y) || (a == y && b == x)) return true;
    return false;
}

bool answering_runs(const std::u32string& a, const std::u32string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t k = 0; k < a.size(); ++k)
        if (!answering(a[k], b[k])) return false;
    return true;
}

std::vector<std::u32string> words_of(std::string_view folded) {
    std::vector<std::u32string> out(1);
    for (std::size_t pos = 0; pos < folded.size();) {
        const char32_t c = decode_utf8(folded, pos);
        if (c == U' ') out.emplace_back();
        else out.back() += c;
    }
    return out;
}

}  // namespace

std::string cyrillic_variant_skeleton(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    const std::vector<std::u32string> words = words_of(folded);
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (w > 0) out += ' ';
        std::vector<Unit> word = units(words[w]);
        if (!word.empty() && word.back().vowels) word.pop_back();  // the ending
        for (const Unit& u : word) {
            if (u.vowels) out += '*';
            else append_utf8(out, u.letters.front());
        }
    }
    return out;
}

bool cross_spelling(std::string_view written, std::string_view name, bool respelt) {
    const std::vector<std::u32string> ws = words_of(written), ns = words_of(name);
    if (ws.size() != ns.size()) return false;
    bool as_written = true;  // no letter before an ending differs
    for (std::size_t w = 0; w < ws.size(); ++w) {
        // A masculine adjective ("Північний") is no form of a neuter name
        // ("Північне"): both end in -ий/-ій/-ый or neither.
        auto masculine = [](std::u32string_view x) { return x.ends_with(U"ий") || x.ends_with(U"ій") || x.ends_with(U"ый"); };
        if (masculine(ws[w]) != masculine(ns[w])) return false;
        std::vector<Unit> a = units(ws[w]), b = units(ns[w]);
        std::u32string a_end, b_end;
        if (!a.empty() && a.back().vowels) { a_end = a.back().letters; a.pop_back(); }
        if (!b.empty() && b.back().vowels) { b_end = b.back().letters; b.pop_back(); }
        if (a.size() != b.size()) return false;
        for (std::size_t k = 0; k < a.size(); ++k) {
            if (a[k].vowels != b[k].vowels) return false;
            if (a[k].letters != b[k].letters) as_written = false;
            if (a[k].vowels ? !answering_runs(a[k].letters, b[k].letters) : a[k].letters != b[k].letters) return false;
        }
        // A consonant stem takes one vowel of case ("Брянська", "Брянську");
        // a vowel ending gives way to another ("Работино", "Новоселидовки").
        if (a_end.size() > (b_end.empty() ? 1u : 2u)) return false;
    }
    return !(respelt && as_written);
}

std::size_t skeleton_consonants(std::string_view skeleton) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < skeleton.size();) {
        const char32_t c = decode_utf8(skeleton, pos);
        if (c != U'*' && c != U' ') ++n;
    }
    return n;
}

CyrillicVariantIndex CyrillicVariantIndex::build(const Gazetteer& gazetteer) {
    CyrillicVariantIndex index;
    for (std::uint32_t p = 0; p < gazetteer.size(); ++p) {
        PlaceView v = gazetteer.place(p);
        if (v.kind() != PlaceKind::settlement) continue;
        const std::string_view country = v.country();
        if (country != "UA" && country != "RU" && country != "BY") continue;
        for (const NameView& name : v.names()) {
            const std::string folded = fold(name.text);
            if (folded.empty() || static_cast<unsigned char>(folded.front()) < 0x80) continue;  // Cyrillic names only
            std::vector<std::uint32_t>& places = index.places_[cyrillic_variant_skeleton(folded)];
            if (places.empty() || places.back() != p) places.push_back(p);
        }
    }
    return index;
}

std::span<const std::uint32_t> CyrillicVariantIndex::find(std::string_view skeleton) const {
    auto it = places_.find(std::string(skeleton));
    if (it == places_.end()) return {};
    return it->second;
}

}  // namespace frontline
