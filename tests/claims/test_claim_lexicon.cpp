// Every entry of the claim lexicons, one by one: it loads, its values are
// valid, and its phrase matches a sentence written from it.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

#include "frontline/claims/phrase_list.hpp"
#include "frontline/data_path.hpp"
#include "frontline/error.hpp"
#include "frontline/text/morphology.hpp"

using namespace frontline;

namespace {

std::filesystem::path lexicon(const char* name) { return data_path("lexicon/claims/triggers.tsv").parent_path() / name; }

// A sentence spelling out the phrase (stems completed with "ed").
std::string sentence_for(const PhraseEntry& e) {
    std::string s = "Yesterday";
    for (const auto& w : e.words)
        s += " " + (w == "..." ? std::string("the enemy") : w.back() == '*' ? w.substr(0, w.size() - 1) + "ed" : w);
    return s + " happened.";
}

void each_entry_matches(const PhraseList& list) {
    for (const PhraseEntry& e : list.entries()) {
        std::string text = sentence_for(e);
        auto tokens = tokenize(text);
        INFO(text);
        auto m = list.match_at(tokens, 1, tokens.size());
        REQUIRE(m);
        CHECK(m->last - m->first >= e.words.size());
    }
}

}  // namespace

TEST_CASE("claim lexicon: every trigger names a known claim and matches", "[claims][lexicon]") {
    PhraseList triggers = PhraseList::load(lexicon("triggers.tsv"), 2);
    // `other` marks events that are no map claim (interceptions), `none`
    // look-alikes that shadow a trigger ("took place").
    std::set<std::string> claims{"captured", "advanced", "attacked", "struck", "withdrew", "deployed", "other", "none"};
    REQUIRE(triggers.entries().size() > 40);
    for (const auto& e : triggers.entries()) {
        INFO(e.words.front());
        CHECK(claims.count(e.values[0]) == 1);
        CHECK(std::stoi(e.values[1]) >= 0);
    }
    each_entry_matches(triggers);
}

TEST_CASE("claim lexicon: actors and claimants name sides", "[claims][lexicon]") {
    std::set<std::string> sides{"RU", "UA", "KP", "BY", "US", "KR", "GB", "MEDIA", "-"};
    std::set<std::string> actor_sides{"RU", "UA", "KP", "BY", "OWN", "ENEMY", "SUBJECT"};
    for (const char* name : {"actors.tsv", "agents.tsv"}) {
        PhraseList actors = PhraseList::load(lexicon(name), 1);
        for (const auto& e : actors.entries()) CHECK(actor_sides.count(e.values[0]) == 1);
    }
    PhraseList perspective = PhraseList::load(lexicon("perspective.tsv"), 2);
    for (const auto& e : perspective.entries()) {
        CHECK((e.values[0] == "RU" || e.values[0] == "UA"));
        CHECK((e.values[1] == "1" || e.values[1] == "0.5"));
    }
    std::set<std::string> voices{"command", "office", "agency", "monitor", "media"};
    PhraseList claimants = PhraseList::load(lexicon("claimants.tsv"), 3);
    for (const auto& e : claimants.entries()) {
        CHECK_FALSE(e.values[0].empty());
        CHECK(sides.count(e.values[1]) == 1);
        CHECK(voices.count(e.values[2]) == 1);
    }
    each_entry_matches(claimants);
}

TEST_CASE("claim lexicon: modality and status values", "[claims][lexicon]") {
    // ("reported" marks a look-alike that shadows a modal: "may have advanced".)
    std::set<std::string> modalities{"forecast", "hypothetical", "counterfactual", "reported"};
    PhraseList modality = PhraseList::load(lexicon("modality.tsv"), 1);
    for (const auto& e : modality.entries()) CHECK(modalities.count(e.values[0]) == 1);
    std::set<std::string> statuses{"hedged", "disputed", "denied"};
    PhraseList status = PhraseList::load(lexicon("status.tsv"), 1);
    for (const auto& e : status.entries()) CHECK(statuses.count(e.values[0]) == 1);
    each_entry_matches(status);
}

TEST_CASE("claim lexicon: the word lists load and match", "[claims][lexicon]") {
    for (const char* name : {"instruments.tsv", "locatives.tsv", "forces.tsv", "attribution.tsv", "averted.tsv"})
        each_entry_matches(PhraseList::load(lexicon(name), 0));
    each_entry_matches(PhraseList::load(lexicon("agents.tsv"), 1));
    each_entry_matches(PhraseList::load(lexicon("perspective.tsv"), 2));
}

TEST_CASE("claim lexicon: Cyrillic triggers match their inflected forms through the dictionaries", "[claims][lexicon]") {
    const Lemmatizer lemmatizer;
    if (!lemmatizer.available(Language::uk) || !lemmatizer.available(Language::ru)) {
        WARN("hunspell-uk or hunspell-ru is not installed: skipped");
        return;
    }
    PhraseList triggers = PhraseList::load(lexicon("triggers.tsv"), 2);
    struct Case {
        const char* text;
        Language language;
        const char* claim;
    };
    // Forms no prefix of the lemma reaches: stem changes, prefixes, plurals.
    for (const Case& c : {Case{"Окупанти обстріляли місто", Language::uk, "struck"},
                          Case{"Після обстрілів місто без світла", Language::uk, "struck"},
                          Case{"Сили оборони відбили атаки", Language::uk, "attacked"},
                          Case{"Наші воїни звільнили село", Language::uk, "captured"},
                          Case{"Ворог вдарив по місту", Language::uk, "struck"},
                          Case{"Противник відступив", Language::uk, "withdrew"},
                          Case{"Подразделения освободили населённый пункт", Language::ru, "captured"},
                          Case{"Войска нанесли удары по объектам", Language::ru, "struck"},
                          Case{"Отражены атаки штурмовых групп", Language::ru, "attacked"},
                          Case{"Противник продвинулся к селу", Language::ru, "advanced"}}) {
        INFO(c.text);
        const auto tokens = tokenize(c.text);
        TokenLemmas lemmas(tokens.size());
        for (std::size_t i = 0; i < tokens.size(); ++i)
            lemmas[i] = lemmatizer.lemmas(std::string_view(c.text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin), c.language);
        bool found = false;
        for (const PhraseMatch& m : triggers.find_all(tokens, 0, tokens.size(), &lemmas)) found = found || m.entry->values[0] == c.claim;
        CHECK(found);
    }
}

TEST_CASE("claim lexicon: a malformed line is reported with file and line", "[claims][lexicon]") {
    std::filesystem::path bad = std::filesystem::path(FRONTLINE_TEST_TMP) / "bad_triggers.tsv";
    std::filesystem::create_directories(bad.parent_path());
    {
        std::ofstream out(bad);
        out << "# comment\ncaptur*\tcaptured\t2\nseized\tcaptured\n";
    }
    try {
        PhraseList::load(bad, 2);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.where().line == 3u);
        CHECK(std::string(e.what()).find("bad_triggers.tsv:3") != std::string::npos);
    }
}

TEST_CASE("claim lexicon: a stem may stand inside a phrase, not only at its end", "[claims][lexicon]") {
    const auto path = std::filesystem::temp_directory_path() / "frontline-stem-inside.tsv";
    {
        std::ofstream out(path);
        out << "pull* troops\tdeployed\t2\n"
            << "вышл* из\twithdrew\t3\n";
    }
    PhraseList list = PhraseList::load(path, 2);
    for (const char* text : {"They pulled troops back.", "Войска вышли из города."}) {
        INFO(text);
        const std::string t = text;
        const auto tokens = tokenize(t);
        CHECK(list.find_all(tokens, 0, tokens.size()).size() == 1);
    }
    std::filesystem::remove(path);
}

TEST_CASE("claim lexicon: a gap stands for one to five words, never for punctuation", "[claims][lexicon]") {
    const auto path = std::filesystem::temp_directory_path() / "frontline-gap.tsv";
    {
        std::ofstream out(path);
        out << "drove ... out\tcaptured\t2\n";
    }
    PhraseList list = PhraseList::load(path, 2);
    auto count = [&](const std::string& text) {
        const auto tokens = tokenize(text);
        return list.find_all(tokens, 0, tokens.size()).size();
    };
    CHECK(count("They drove them out of Krynky.") == 1);
    CHECK(count("They drove Russian forces out of Krynky.") == 1);
    CHECK(count("They drove the last Russian units out.") == 1);  // four words
    CHECK(count("They drove the last of the Russian units out.") == 0);  // six words
    CHECK(count("They drove the last Russian-backed units out.") == 1);  // a hyphen within
    CHECK(count("They drove out the enemy.") == 0);               // no word
    CHECK(count("They drove north, then out of town.") == 0);     // punctuation
    {
        std::ofstream out(path);
        out << "... out\tcaptured\t2\n";
    }
    CHECK_THROWS_AS(PhraseList::load(path, 2), InputError);
    std::filesystem::remove(path);
}

TEST_CASE("claim lexicon: no phrase is listed twice in one file - only the first would count", "[claims][lexicon]") {
    const std::pair<const char*, std::size_t> files[] = {
        {"triggers.tsv", 2},  {"instruments.tsv", 0}, {"locatives.tsv", 0}, {"forces.tsv", 0},   {"attribution.tsv", 0},
        {"averted.tsv", 0},   {"agents.tsv", 1},      {"perspective.tsv", 2}, {"actors.tsv", 1},  {"claimants.tsv", 3},
        {"modality.tsv", 1},  {"status.tsv", 1},      {"civil.tsv", 0},       {"attempts.tsv", 0}, {"targets.tsv", 0},
        {"ground_combat.tsv", 0}, {"weapons.tsv", 1}};
    for (const auto& file : files) {
        std::set<std::vector<std::string>> seen;
        const PhraseList list = PhraseList::load(lexicon(file.first), file.second);
        for (const PhraseEntry& e : list.entries()) {
            std::string phrase = file.first;
            for (const auto& w : e.words) phrase += " " + w;
            INFO(phrase);
            CHECK(seen.insert(e.words).second);
        }
    }
}
