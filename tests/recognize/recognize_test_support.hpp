#pragma once
// Reading a short text through the whole pipeline with the bundled default
// gazetteer (built with the project, so always present).
#include <string>
#include <vector>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/pipeline.hpp"

namespace frontline::test {

inline const Gazetteer& default_gazetteer() {
    static Gazetteer g = Gazetteer::open(FRONTLINE_DEFAULT_GAZETTEER);
    return g;
}

inline std::vector<Mention> read_text(const std::string& text) {
    static Pipeline p(default_gazetteer());
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    return p.process(doc);
}

inline std::vector<std::string> surfaces_of(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& m : read_text(text)) out.push_back(m.surface);
    return out;
}

/// The first of `ms` whose surface is `surface`, or null.
inline const Mention* find_surface(const std::vector<Mention>& ms, const std::string& surface) {
    for (const auto& m : ms)
        if (m.surface == surface) return &m;
    return nullptr;
}

}  // namespace frontline::test
