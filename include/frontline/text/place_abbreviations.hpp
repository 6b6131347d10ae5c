#pragma once
// Ukrainian and Russian abbreviations of a place word written before a name
// with a stop: "с. Безсалівка", "м. Суми", "смт. Велика Писарівка", "н.п.
// Малинівка", "г. Курск", "пос. Тёткино". The stop ends no sentence, and the
// name after it is capitalised for itself, not for a sentence's start. ("обл."
// is not one: it ends the phrase of a region, often a sentence's last word.)
#include <algorithm>
#include <iterator>
#include <string_view>

namespace frontline {

/// `word` (lower case, without its stop) is such an abbreviation.
inline bool place_word_abbreviation(std::string_view word) {
    static constexpr std::string_view words[] = {"с", "м", "смт", "сел", "пгт", "пос", "г", "д", "х", "ст", "н", "п",
                                                 "н.п", "р-н", "напр", "вул", "ул", "просп"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

}  // namespace frontline
