#include "frontline/recognize/lexicon.hpp"

#include <fstream>

#include "frontline/data_path.hpp"
#include "frontline/error.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

template <typename Fn>
void read_list(const std::filesystem::path& path, Fn fn) {
    std::ifstream in(path);
    if (!in) throw Error("cannot read lexicon '" + path.string() + "'");
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        fn(line);
    }
}

}  // namespace

RecognitionLexicon RecognitionLexicon::load_default() {
    return load(data_path("lexicon/designators.tsv").parent_path(), "/usr/share/dict/words");
}

RecognitionLexicon RecognitionLexicon::load(const std::filesystem::path& dir, const std::filesystem::path& dictionary) {
    RecognitionLexicon lex;
    read_list(dir / "designators.tsv", [&](const std::string& line) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) return;
        std::string kind = line.substr(tab + 1);
        Designator d = kind == "admin1"       ? Designator::admin1
                       : kind == "admin2"     ? Designator::admin2
                       : kind == "settlement" ? Designator::settlement
                       : kind == "community"  ? Designator::community
                       : kind == "direction"  ? Designator::direction
                                              : throw Error("lexicon designators.tsv: unknown meaning '" + kind + "'");
        lex.designators_[fold(line.substr(0, tab))] = d;
    });
    auto list = [&](const char* file, bool WordFacts::*fact) {
        read_list(dir / file, [&](const std::string& line) { lex.words_[fold(line)].*fact = true; });
    };
    list("person_titles.txt", &WordFacts::person_title);
    list("name_connectors.txt", &WordFacts::connector);
    list("org_heads.txt", &WordFacts::org_head);
    list("org_nouns.txt", &WordFacts::org_noun);
    list("demonyms.txt", &WordFacts::listed_demonym);
    list("person_names.txt", &WordFacts::person_name);
    list("facility_nouns.txt", &WordFacts::facility_noun);
    list("vessel_nouns.txt", &WordFacts::vessel_noun);
    if (std::filesystem::exists(dir / "munition_nouns.txt")) list("munition_nouns.txt", &WordFacts::munition_noun);
    // ("!bank": a shore noun, which names the water only after it)
    read_list(dir / "water_nouns.txt", [&](const std::string& line) {
        if (line.starts_with('!')) lex.words_[fold(line.substr(1))].shore_noun = true;
        else lex.words_[fold(line)].water_noun = true;
    });
    if (std::filesystem::exists(dir / "club_names.txt")) list("club_names.txt", &WordFacts::club);
    if (std::filesystem::exists(dir / "weapon_names.txt")) list("weapon_names.txt", &WordFacts::weapon);
    if (std::filesystem::exists(dir / "unit_names.txt")) list("unit_names.txt", &WordFacts::weapon);
    if (std::filesystem::exists(dir / "region_abbreviations.tsv"))
        read_list(dir / "region_abbreviations.tsv", [&](const std::string& line) {
            const auto t1 = line.find('\t'), t2 = t1 == std::string::npos ? t1 : line.find('\t', t1 + 1);
            if (t2 == std::string::npos) throw Error("lexicon region_abbreviations.tsv: expected 3 columns in '" + line + "'");
            const std::string written = line.substr(0, t1);
            std::string key = fold(written);
            std::erase(key, ' ');
            RegionAbbreviation& a = lex.region_abbreviations_[key];
            a.country = line.substr(t1 + 1, t2 - t1 - 1);
            a.region = line.substr(t2 + 1);
            if (written.ends_with('.')) a.with_stop = true;
            else a.code = true;
        });
    read_list(dir / "metonymy.tsv", [&](const std::string& line) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) throw Error("lexicon metonymy.tsv: no tab in '" + line + "'");
        std::string cls = line.substr(tab + 1);
        WordFacts& f = lex.words_[fold(line.substr(0, tab))];
        if (cls == "speech") f.speech = true;
        else if (cls == "aux") f.aux = true;
        else if (cls == "adverb") f.adverb = true;
        else if (cls == "agent") f.agent = true;
        else if (cls == "addressee") f.addressee = true;
        else if (cls == "urban") f.urban = true;
        else if (cls == "act") f.act = true;
        else if (cls == "pressure") f.pressure = true;
        else throw Error("lexicon metonymy.tsv: unknown class '" + cls + "'");
    });
    if (!dictionary.empty() && std::filesystem::exists(dictionary)) {
        // Only all-lower-case entries: "Kursk" or "Paris" in a dictionary
        // are proper nouns, "progress" is a word.
        std::ifstream in(dictionary);
        std::string w;
        while (std::getline(in, w)) {
            if (w.empty() || w.find('\'') != std::string::npos) continue;
            bool lower = true;
            for (unsigned char c : w) lower = lower && !(c >= 'A' && c <= 'Z');
            if (!lower) {
                // "Thursday", "Keith", "Google": proper nouns that are not
                // only places (an all-capital entry is an acronym: skipped).
                bool capitalised = w[0] >= 'A' && w[0] <= 'Z' && w.size() > 1 && !(w[1] >= 'A' && w[1] <= 'Z');
                if (capitalised) lex.words_[fold(w)].proper_noun = true;
                continue;
            }
            WordFacts& f = lex.words_[w];
            lex.common_words_ += !f.common_word;
            f.common_word = true;
        }
    }
    return lex;
}

const WordFacts& RecognitionLexicon::facts(std::string_view folded) const {
    static const WordFacts none;
    auto it = words_.find(folded);
    return it == words_.end() ? none : it->second;
}

Designator RecognitionLexicon::designator(std::string_view folded) const {
    auto it = designators_.find(folded);
    return it == designators_.end() ? Designator::none : it->second;
}

bool RecognitionLexicon::demonym(std::string_view w, const WordFacts& facts) {
    if (facts.listed_demonym) return true;
    // Suffix shapes of nationality adjectives: Russian, Ukrainian, Korean,
    // Chinese, Kurdish, Baltic, Israeli.
    for (std::string_view suffix : {"ian", "ean", "ese", "ish", "ans", "ians", "eans"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
    return w == "american" || w == "african" || w == "mexican" || w == "cuban" || w == "moroccan";
}

}  // namespace frontline
