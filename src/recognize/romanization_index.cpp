#include "frontline/recognize/romanization_index.hpp"

#include <algorithm>
#include <utility>

#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

// Russian forms of Ukrainian names in Latin letters: "-ovka" for "-ivka"
// (Petrovka, Petrivka), "-ovskoe" for "-ivske", "-ovo" for "-ove" (Kurakhovo,
// Kurakhove). Rewritten to the Ukrainian form on both sides of a lookup.
std::string ukrainian_endings(std::string_view folded) {
    std::string out;
    out.reserve(folded.size());
    std::size_t start = 0;
    while (start <= folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string_view::npos) end = folded.size();
        std::string w(folded.substr(start, end - start));
        static constexpr std::pair<std::string_view, std::string_view> adjective_endings[] = {
            {"skoye", "ske"}, {"skoie", "ske"}, {"skoe", "ske"}, {"skaya", "ska"},
            {"skaia", "ska"}, {"skiy", "skyi"}, {"skii", "skyi"}};
        for (auto [ru, uk] : adjective_endings)
            if (w.size() > ru.size() + 2 && w.ends_with(ru)) {
                w = w.substr(0, w.size() - ru.size()) + std::string(uk);
                break;
            }
        for (std::string_view ru : {"ovo", "evo", "ino"})
            if (w.size() > 5 && w.ends_with(ru)) w.back() = 'e';
        // "-ov-" closed by a consonant suffix is "-iv-": Petrovka, Ostapovske.
        for (std::size_t k = 1; k + 2 < w.size(); ++k)
            if (w[k] == 'o' && w[k + 1] == 'v' && (w[k + 2] == 'k' || w[k + 2] == 's') && w[k - 1] != 'o') w[k] = 'i';
        out += w;
        if (end < folded.size()) out += ' ';
        start = end + 1;
    }
    return out;
}

}  // namespace

std::string romanization_skeleton(std::string_view folded_name) {
    const std::string ukrainian = ukrainian_endings(folded_name);
    const std::string_view folded = ukrainian;
    // Consonant clusters first, on the folded spelling.
    std::string s;
    s.reserve(folded.size());
    for (std::size_t i = 0; i < folded.size(); ++i) {
        auto at = [&](std::string_view p) { return folded.substr(i, p.size()) == p; };
        if (at("dzh")) { s += 'j'; i += 2; }
        else if (at("dj")) { s += 'j'; i += 1; }  // French and Czech-English "Sudja", "Djankoi"
        else if (at("zh")) { s += 'j'; i += 1; }
        else if (at("kh")) { s += 'g'; i += 1; }
        else if (at("ts")) { s += 'c'; i += 1; }
        else if (at("tz")) { s += 'c'; i += 1; }
        // "Tyotkino", "Tiotkino", "Tetkino": ё after a consonant is "yo", "io" or "e".
        else if ((at("yo") || at("io")) && i > 0 && std::string_view("aeiouy ").find(folded[i - 1]) == std::string_view::npos) { s += 'i'; i += 1; }
        else if (folded[i] == 'h') s += 'g';
        else if (folded[i] == 'e') s += 'i';
        else if (folded[i] == 'y' || folded[i] == 'j') s += 'i';
        else s += folded[i];
    }
    // Vowels: a run of i is one i, and an i beside a, o or u is a glide
    // ("ia", "ya", "yai", "ьо") that transliterations write or leave out.
    auto full_vowel = [](char c) { return c == 'a' || c == 'o' || c == 'u'; };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == 'i') {
            std::size_t j = i;
            while (j < s.size() && s[j] == 'i') ++j;
            const bool beside_vowel = (i > 0 && full_vowel(s[i - 1])) || (j < s.size() && full_vowel(s[j]));
            if (!beside_vowel) out += 'i';
            i = j - 1;
            continue;
        }
        if (!out.empty() && out.back() == s[i] && s[i] != ' ') continue;  // "Kamianka", "Kammianka"
        out += s[i];
    }
    return out;
}

std::string hacek_digraphs(std::string_view written) {
    static constexpr std::pair<std::string_view, std::string_view> letters[] = {
        {"č", "ch"}, {"Č", "Ch"}, {"š", "sh"}, {"Š", "Sh"}, {"ž", "zh"}, {"Ž", "Zh"}};
    std::string out;
    bool any = false;
    for (std::size_t i = 0; i < written.size();) {
        bool replaced = false;
        for (auto [from, to] : letters)
            if (written.substr(i, from.size()) == from) {
                out += to;
                i += from.size();
                replaced = any = true;
                break;
            }
        if (!replaced) out += written[i++];
    }
    return any ? out : std::string();
}

RomanizationIndex RomanizationIndex::build(const Gazetteer& gazetteer) {
    RomanizationIndex index;
    for (std::uint32_t p = 0; p < gazetteer.size(); ++p) {
        PlaceView v = gazetteer.place(p);
        const PlaceKind kind = v.kind();
        if (kind != PlaceKind::settlement && kind != PlaceKind::admin1 && kind != PlaceKind::admin2) continue;
        const std::string_view country = v.country();
        if (country != "UA" && country != "RU" && country != "BY") continue;
        for (const NameView& name : v.names()) {
            const std::string folded = fold(name.text);
            if (folded.empty() || static_cast<unsigned char>(folded.front()) >= 0x80) continue;  // Latin names only
            std::vector<std::uint32_t>& places = index.places_[romanization_skeleton(folded)];
            if (places.empty() || places.back() != p) places.push_back(p);
        }
    }
    return index;
}

std::span<const std::uint32_t> RomanizationIndex::find(std::string_view skeleton) const {
    auto it = places_.find(std::string(skeleton));
    if (it == places_.end()) return {};
    return it->second;
}

}  // namespace frontline
