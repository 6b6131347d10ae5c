#pragma once
// The pipeline on the bundled gazetteer, and the mention of a name in a text
// written for a test: what the claims tests read their answers from.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/pipeline.hpp"

namespace frontline::test {

inline const Pipeline& claims_pipeline() {
    static Gazetteer g = Gazetteer::open(FRONTLINE_DEFAULT_GAZETTEER);
    static Pipeline p(g);
    return p;
}

/// The first mention whose surface is `surface`; fails the test if none.
inline Mention mention_in(const std::string& text, const std::string& surface) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    for (auto& m : claims_pipeline().process(doc))
        if (m.surface == surface) return m;
    FAIL("no mention " << surface << " in: " << text);
    return {};
}

}  // namespace frontline::test

namespace frontline::test {

/// The mention of `surface` in `text` published on `published` (YYYY-MM-DD),
/// as a feed or JSONL report gives it.
/// Every mention of `text` published on `published` (YYYY-MM-DD).
inline std::vector<Mention> mentions_of_report(const std::string& text, const std::string& published) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    doc.published = parse_iso_timestamp(published + "T12:00:00Z");
    doc.document_date = doc.published;
    analyse_structure(doc, nullptr);
    return claims_pipeline().process(doc);
}

inline Mention mention_in_report(const std::string& text, const std::string& surface, const std::string& published) {
    for (auto& m : mentions_of_report(text, published))
        if (m.surface == surface) return m;
    FAIL("no mention " << surface << " in: " << text);
    return {};
}

/// Whether `surface` in `text` claims nothing: no mention of it at all (a
/// government, not a place), or a mention without a claim.
inline bool claims_nothing(const std::string& text, const std::string& surface, const std::string& published) {
    for (auto& m : mentions_of_report(text, published))
        if (m.surface == surface) return !m.claim;
    return true;
}

}  // namespace frontline::test
