#pragma once
// Whose side a report is written from: the side whose writers' words it
// uses (perspective.tsv: "occupiers" is Ukrainian, "ВСУ" Russian), or the
// Ukrainian side for a report in Ukrainian; decides "the enemy" and "ours".
// Found once per report, the first time a claim asks.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontline/claims/phrase_list.hpp"
#include "frontline/text/morphology.hpp"

namespace frontline {

class ReportPerspective {
public:
    /// `lemmas` gives the dictionary forms known when asked; `language` the
    /// report's Cyrillic language.
    ReportPerspective(const PhraseList& words, const std::vector<Token>& tokens, std::function<const TokenLemmas*()> lemmas,
                      std::function<Language()> language)
        : words_(words), tokens_(tokens), lemmas_(std::move(lemmas)), language_(std::move(language)) {}

    /// A side of the lexicons (RU, UA, …, OWN, ENEMY) as a country's side;
    /// `relative` tells whether it was "ours" or "the enemy".
    std::string side_of(const std::string& side, bool* relative = nullptr);

    /// How many names of Ukrainian places the report writes the Russian way
    /// ("Mirnograd"): each counts as a word of the Russian side. Asked only
    /// when a claim first asks for the report's side. Set before that.
    void count_russian_renderings(std::function<std::size_t()> count) { russian_renderings_ = std::move(count); }

    /// The report's side: the one its words show, else Ukrainian.
    const std::string& side();
    /// Words of one side's writers were found.
    bool shown();
    /// None were, but the report is in Ukrainian.
    bool by_language();
    /// The report's Cyrillic language (unknown for a Latin one).
    Language language() { return language_(); }

private:
    void find();

    const PhraseList& words_;
    const std::vector<Token>& tokens_;
    std::function<const TokenLemmas*()> lemmas_;
    std::function<Language()> language_;
    std::optional<std::string> side_;
    bool shown_ = false, by_language_ = false;
    std::function<std::size_t()> russian_renderings_;
};

}  // namespace frontline
