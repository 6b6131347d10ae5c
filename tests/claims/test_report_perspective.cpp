// Whose side a report is written from, and what "the enemy" and "ours" are in it.
#include <catch2/catch.hpp>

#include "frontline/claims/report_perspective.hpp"
#include "frontline/data_path.hpp"

using namespace frontline;

namespace {

const PhraseList& perspective_words() {
    static PhraseList words = PhraseList::load(data_path("lexicon/claims/perspective.tsv"), 2);
    return words;
}

ReportPerspective perspective_of(const std::vector<Token>& tokens, Language language) {
    return ReportPerspective(perspective_words(), tokens, [] { return nullptr; }, [language] { return language; });
}

}  // namespace

TEST_CASE("a report's words show its side — the enemy is the other one", "[claims][perspective]") {
    const std::string ukrainian = "The occupiers shelled the town again; the enemy lost two tanks.";
    const auto t1 = tokenize(ukrainian);
    ReportPerspective p1 = perspective_of(t1, Language::unknown);
    CHECK(p1.side() == "UA");
    CHECK(p1.shown());
    bool relative = false;
    CHECK(p1.side_of("ENEMY", &relative) == "RU");
    CHECK(relative);
    CHECK(p1.side_of("OWN") == "UA");

    const std::string russian = "ВСУ обстреляли город, противник понес потери, сообщили в киевском режиме.";
    const auto t2 = tokenize(russian);
    ReportPerspective p2 = perspective_of(t2, Language::ru);
    CHECK(p2.side() == "RU");
    CHECK(p2.side_of("ENEMY") == "UA");
    CHECK(p2.side_of("OWN") == "RU");
}

TEST_CASE("without such words a Ukrainian report is Ukrainian, a Russian one undecided", "[claims][perspective]") {
    const std::string text = "Вчора ворог обстріляв місто.";
    const auto tokens = tokenize(text);
    ReportPerspective uk = perspective_of(tokens, Language::uk);
    CHECK_FALSE(uk.shown());
    CHECK(uk.by_language());
    CHECK(uk.side() == "UA");
    ReportPerspective ru = perspective_of(tokens, Language::ru);
    CHECK_FALSE(ru.by_language());
    // A side named outright is itself, and no relative one.
    bool relative = true;
    CHECK(ru.side_of("RU", &relative) == "RU");
    CHECK_FALSE(relative);
}

TEST_CASE("'ВСУ', which Ukrainian outlets writing in Russian use too, counts half against 'захватчики'",
          "[claims][perspective]") {
    const std::string text = "Захватчики штурмовали позиции ВСУ у Часова Яра, сообщили в Генштабе ВСУ.";
    const auto tokens = tokenize(text);
    ReportPerspective p = perspective_of(tokens, Language::ru);
    CHECK(p.side() == "UA");
    // Alone it still shows the Russian side.
    const auto alone = tokenize("ВСУ обстреляли Горловку.");
    CHECK(perspective_of(alone, Language::ru).side() == "RU");
}
