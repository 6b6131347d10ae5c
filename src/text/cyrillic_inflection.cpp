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
// but declined in Russian speech), adjectival compounds (-ський, -ский, -ое).
constexpr EndingRule rules[] = {
    {"ському", {"ський", "ське", "ська", ""}}, {"ського", {"ський", "ське", "", ""}},
    {"ським", {"ський", "ське", "", ""}},      {"ській", {"ська", "ський", "", ""}},
    {"ської", {"ська", "", "", ""}},           {"ською", {"ська", "", "", ""}},
    {"ском", {"ский", "ское", "", ""}},        {"ского", {"ский", "ское", "", ""}},
    {"скому", {"ский", "ское", "", ""}},       {"ским", {"ский", "ское", "", ""}},
    {"ской", {"ская", "ский", "", ""}},        {"ську", {"ська", "", "", ""}},
    {"ску", {"ская", "ск", "", ""}},
    {"ому", {"ий", "е", "ое", ""}},            {"ого", {"ий", "е", "ое", ""}},
    {"ої", {"а", "", "", ""}},                 {"ою", {"а", "", "", ""}},
    {"ею", {"я", "а", "", ""}},                {"ой", {"а", "ая", "ый", ""}},
    {"ей", {"я", "ь", "", ""}},                {"ом", {"", "о", "", ""}},
    {"ем", {"", "е", "ь", ""}},                {"ім", {"", "е", "", ""}},
    {"ці", {"ка", "ця", "", ""}},              {"ке", {"ка", "", "", ""}},
    {"ки", {"ка", "", "", ""}},                {"ку", {"ка", "", "", ""}},
    {"ах", {"и", "ы", "", ""}},                {"ях", {"і", "и", "", ""}},
    {"і", {"", "а", "я", "ь"}},                {"е", {"", "а", "о", "ь"}},
    {"у", {"", "а", "", ""}},                  {"а", {"", "о", "е", ""}},
    {"я", {"ь", "", "е", ""}},                 {"ю", {"ь", "я", "", ""}},
    {"и", {"а", "", "", ""}},                  {"ы", {"а", "", "", ""}},
    {"ї", {"я", "", "", ""}},
};

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
    }
    return out;
}

}  // namespace frontline
