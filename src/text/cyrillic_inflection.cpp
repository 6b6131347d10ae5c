#include "frontline/text/cyrillic_inflection.hpp"

#include <algorithm>
#include <array>

#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

struct EndingRule {
    std::string_view ending;  ///< case ending as written
    std::array<std::string_view, 4> nominatives;  ///< endings to try instead ("" = bare stem)
};

// Longest endings first. Covers the locative, genitive, dative and
// instrumental of the common toponym shapes: consonant stems (Вугледар,
// Покровськ), -ка/-ця (Авдіївка), -е/-о (Курахове: indeclinable in Ukrainian
// but declined in Russian speech; Дніпро -> Дніпрі), adjectival compounds
// after any -ьк-/-к- stem (-ський, -цька: "Донецькій області", -ский, -цкая:
// "Донецкой области"), and feminine -ь nouns ("области" -> "область").
constexpr EndingRule rules[] = {
    {"ькому", {"ький", "ьке", "ька", ""}}, {"ького", {"ький", "ьке", "", ""}},
    {"ьким", {"ький", "ьке", "", ""}},     {"ькій", {"ька", "ький", "", ""}},
    {"ької", {"ька", "", "", ""}},         {"ькою", {"ька", "", "", ""}},
    {"кому", {"кий", "кое", "", ""}},      {"кого", {"кий", "кое", "", ""}},
    {"ском", {"ский", "ское", "", ""}},    {"кой", {"кая", "кий", "", ""}},
    {"ким", {"кий", "кое", "", ""}},       {"ьку", {"ька", "", "", ""}},
    {"ску", {"ская", "ск", "", ""}},       {"кую", {"кая", "", "", ""}},
    {"ому", {"ий", "е", "ое", ""}},        {"ого", {"ий", "е", "ое", ""}},
    {"ої", {"а", "", "", ""}},             {"ою", {"а", "", "", ""}},
    {"ею", {"я", "а", "", ""}},            {"ой", {"а", "ая", "ый", ""}},
    {"ей", {"я", "ь", "", ""}},            {"ом", {"", "о", "", ""}},
    {"ем", {"", "е", "ь", ""}},            {"ім", {"", "е", "", ""}},
    {"ці", {"ка", "ця", "", ""}},          {"ке", {"ка", "", "", ""}},
    {"ки", {"ка", "", "", ""}},            {"ку", {"ка", "", "", ""}},
    {"ах", {"и", "ы", "", ""}},            {"ях", {"і", "и", "", ""}},
    {"і", {"", "а", "я", "о"}},            {"і", {"ь", "", "", ""}},
    {"е", {"", "а", "о", "ь"}},            {"у", {"", "а", "о", ""}},
    {"а", {"", "о", "е", ""}},             {"я", {"ь", "", "е", ""}},
    {"ю", {"ь", "я", "", ""}},             {"и", {"а", "", "ь", ""}},
    {"ы", {"а", "", "", ""}},              {"ї", {"я", "", "", ""}},
};

// Ukrainian closes -ов-/-ев-/-єв- to -ів-/-їв- in the nominative: Києва,
// Києву -> Київ; Харкова -> Харків; Чернігові -> Чернігів; Миколаєва -> Миколаїв.
std::string closed_syllable(std::string_view stem) {
    for (auto [open, closed] : {std::pair<std::string_view, std::string_view>{"ов", "ів"}, {"ев", "ів"}, {"єв", "їв"}})
        if (stem.ends_with(open)) return std::string(stem.substr(0, stem.size() - open.size())) + std::string(closed);
    return {};
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size(); ++n) decode_utf8(s, pos);
    return n;
}

}  // namespace

std::vector<std::string> cyrillic_base_forms(std::string_view word) {
    std::vector<std::string> out;
    if (code_points(word) < 4) return out;
    for (const EndingRule& rule : rules) {
        if (!word.ends_with(rule.ending)) continue;
        std::string_view stem = word.substr(0, word.size() - rule.ending.size());
        if (code_points(stem) < 3) continue;
        for (std::size_t i = 0; i < rule.nominatives.size(); ++i) {
            std::string_view nom = rule.nominatives[i];
            if (nom.empty() && i != 0) continue;  // "" is the bare stem only in first place
            std::string form = std::string(stem) + std::string(nom);
            if (form != word && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
        }
        if (std::string closed = closed_syllable(stem);
            !closed.empty() && std::find(out.begin(), out.end(), closed) == out.end())
            out.push_back(std::move(closed));
    }
    return out;
}

}  // namespace frontline
