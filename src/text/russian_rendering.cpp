#include "frontline/text/russian_rendering.hpp"

#include <algorithm>
#include <string>

#include "frontline/text/edit_distance.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

// The folded Latin name, or nothing for a name in another script.
std::string latin_key(std::string_view name) {
    std::string key = fold(name);
    return std::any_of(key.begin(), key.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }) ? std::string() : key;
}

// An "h" of its own, not part of "kh", "zh", "sh", "ch".
bool bare_h(const std::string& s, std::size_t i) {
    return s[i] == 'h' && (i == 0 || (s[i - 1] != 'k' && s[i - 1] != 'z' && s[i - 1] != 's' && s[i - 1] != 'c'));
}

}  // namespace

bool russian_rendering(std::string_view surface, std::string_view main_name) {
    const std::string s = latin_key(surface), m = latin_key(main_name);
    if (s.size() < 4 || m.size() < 4 || s == m) return false;
    // "Mirnograd": a "g" where the Ukrainian name has a bare "h", the rest alike.
    {
        std::size_t gs = 0, gm = 0, hs = 0;
        for (char c : s) gs += c == 'g';
        for (char c : m) gm += c == 'g';
        for (std::size_t i = 0; i < m.size(); ++i) hs += bare_h(m, i);
        if (hs > 0 && gs > gm) {
            std::string as_h = s;
            for (char& c : as_h)
                if (c == 'g') c = 'h';
            if (edit_distance(as_h, m) <= 2) return true;
        }
    }
    // The endings: "-ovka" for "-ivka", "-o"/"-oye"/"-oe" for "-e", "-ye" for "-ia"/"-ya".
    // (The stems alike but for a letter or two: "Peschan-" for "Pishchan-".)
    auto stem_alike = [&](std::size_t ms, std::size_t ss) {
        if (ms < 3 || ss < 3) return false;
        return edit_distance(m.substr(0, ms), s.substr(0, ss)) <= std::max<std::size_t>(1, ms / 3);
    };
    auto ends = [&](const std::string& w, std::string_view suffix) { return w.size() > suffix.size() + 2 && w.ends_with(suffix); };
    if (ends(m, "ivka") && ends(s, "ovka")) return stem_alike(m.size() - 4, s.size() - 4);
    if (ends(m, "e") && !ends(m, "ie")) {
        for (std::string_view suffix : {"oye", "oe", "o"})
            if (ends(s, suffix) && !ends(s, "oo")) return stem_alike(m.size() - 1, s.size() - suffix.size());
    }
    if (ends(m, "ia") || ends(m, "ya")) {
        for (std::string_view suffix : {"ye", "ie"})
            if (ends(s, suffix)) return stem_alike(m.size() - 2, s.size() - suffix.size());
    }
    return false;
}

}  // namespace frontline
