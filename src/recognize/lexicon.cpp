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

std::unordered_set<std::string> read_set(const std::filesystem::path& path) {
    std::unordered_set<std::string> out;
    read_list(path, [&](const std::string& line) { out.insert(fold(line)); });
    return out;
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
        Designator d = kind == "admin1" ? Designator::admin1 : kind == "admin2" ? Designator::admin2 : Designator::direction;
        lex.designators_[fold(line.substr(0, tab))] = d;
    });
    lex.titles_ = read_set(dir / "person_titles.txt");
    lex.connectors_ = read_set(dir / "name_connectors.txt");
    lex.org_heads_ = read_set(dir / "org_heads.txt");
    lex.org_nouns_ = read_set(dir / "org_nouns.txt");
    lex.demonyms_ = read_set(dir / "demonyms.txt");
    lex.persons_ = read_set(dir / "person_names.txt");
    if (!dictionary.empty() && std::filesystem::exists(dictionary)) {
        // Only all-lower-case entries: "Kursk" or "Paris" in a dictionary
        // are proper nouns, "progress" is a word.
        std::ifstream in(dictionary);
        std::string w;
        while (std::getline(in, w)) {
            if (w.empty() || w.find('\'') != std::string::npos) continue;
            bool lower = true;
            for (unsigned char c : w) lower = lower && !(c >= 'A' && c <= 'Z');
            if (lower) lex.common_.insert(w);
        }
    }
    return lex;
}

Designator RecognitionLexicon::designator(std::string_view folded) const {
    auto it = designators_.find(std::string(folded));
    return it == designators_.end() ? Designator::none : it->second;
}

bool RecognitionLexicon::demonym(std::string_view w) const {
    if (demonyms_.count(std::string(w))) return true;
    // Suffix shapes of nationality adjectives: Russian, Ukrainian, Korean,
    // Chinese, Kurdish, Baltic, Israeli.
    for (std::string_view suffix : {"ian", "ean", "ese", "ish", "ans", "ians", "eans"})
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
    return w == "american" || w == "african" || w == "mexican" || w == "cuban" || w == "moroccan";
}

}  // namespace frontline
