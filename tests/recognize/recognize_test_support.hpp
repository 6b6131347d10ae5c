#pragma once
// Reading a short text through the whole pipeline with the bundled default
// gazetteer (built with the project, so always present).
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "frontline/document/formats.hpp"
#include "frontline/gazetteer/builder.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/pipeline.hpp"

namespace frontline::test {

inline const Gazetteer& default_gazetteer() {
    static Gazetteer g = Gazetteer::open(FRONTLINE_DEFAULT_GAZETTEER);
    return g;
}

/// A short text read through the whole pipeline `p`.
inline std::vector<Mention> read_text_with(Pipeline& p, const std::string& text) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    return p.process(doc);
}

inline std::vector<Mention> read_text(const std::string& text) {
    static Pipeline p(default_gazetteer());
    return read_text_with(p, text);
}

/// A gazetteer built from rows a test writes, in GeoNames' columns
/// (`places`) and its admin-1 code table (`admin1`), in the tests' scratch
/// folder: places below the bundled gazetteer's size, or namesakes chosen
/// for the case.
inline Gazetteer gazetteer_of_rows(const std::string& name, const std::string& places, const std::string& admin1) {
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(FRONTLINE_TEST_TMP) / (name + "-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::ofstream(dir / "places.txt") << places;
    std::ofstream(dir / "admin1.txt") << admin1;
    GazetteerBuilder b;
    b.add_source(dir / "places.txt");
    b.add_source(dir / "admin1.txt");
    b.write(dir / (name + ".fgz"));
    return Gazetteer::open(dir / (name + ".fgz"));
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
