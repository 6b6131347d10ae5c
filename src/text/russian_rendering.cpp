#include "frontline/text/russian_rendering.hpp"

#include <string>

#include "frontline/text/edit_distance.hpp"

namespace frontline {

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return {};  // Latin names only
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || c == ' ' || c == '-') out.push_back(c);
    }
    return out;
}

// An "h" of its own, not part of "kh", "zh", "sh", "ch".
bool bare_h(const std::string& s, std::size_t i) {
    return s[i] == 'h' && (i == 0 || (s[i - 1] != 'k' && s[i - 1] != 'z' && s[i - 1] != 's' && s[i - 1] != 'c'));
}

}  // namespace

bool russian_rendering(std::string_view surface, std::string_view main_name) {
    const std::string s = lower_ascii(surface), m = lower_ascii(main_name);
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
    auto stem_alike = [&](std::size_t ms, std::size_t ss) {
        if (ms < 3 || ss < 3) return false;
        return m.substr(0, 3) == s.substr(0, 3);
    };
    if (m.ends_with("ivka") && s.ends_with("ovka")) return stem_alike(m.size() - 4, s.size() - 4);
    if (m.ends_with("e") && !m.ends_with("ie") &&
        (s.ends_with("oye") || s.ends_with("oe") || (s.ends_with("o") && !s.ends_with("oo"))))
        return stem_alike(m.size() - 1, s.size() - 1) && !s.ends_with(m);
    if ((m.ends_with("ia") || m.ends_with("ya")) && (s.ends_with("ye") || s.ends_with("ie")))
        return stem_alike(m.size() - 2, s.size() - 2);
    return false;
}

}  // namespace frontline
