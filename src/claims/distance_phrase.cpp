#include "frontline/claims/distance_phrase.hpp"

#include <algorithm>
#include <string_view>

namespace frontline {

namespace {

bool number(std::string_view w) {
    static constexpr std::string_view words[] = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                                 "nine", "ten", "few", "several", "dozen"};
    return (!w.empty() && w.front() >= '0' && w.front() <= '9') ||
           std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool unit(std::string_view w) {
    static constexpr std::string_view units[] = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles",
                                                 "mile", "км", "кілометрів", "кілометри", "кілометра", "километров",
                                                 "километра", "километры", "m", "metres", "meters", "м", "метрів", "метров"};
    return std::find(std::begin(units), std::end(units), w) != std::end(units);
}

// What may stand between the unit and the word that points at the name:
// a compass direction, in English, Ukrainian or Russian.
bool direction_word(std::string_view w) {
    static constexpr std::string_view words[] = {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
        "northwestern", "southeastern", "southwestern", "northern", "southern", "eastern", "western", "away",
        "the", "outskirts", "edge", "border", "administrative", "city", "town", "limits", "centre", "center",
        "на", "к", "північ", "південь", "схід", "захід", "північний", "південний", "північно", "південно",
        "северу", "югу", "востоку", "западу", "северо", "юго", "окраїн", "окраин", "околиць", "кордону", "границы",
        "адміністративного", "административной", "межі", "границ", "центру", "центра"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// The word right before the name that makes the distance point at it.
bool pointer(std::string_view w) {
    static constexpr std::string_view words[] = {"of", "from", "to", "від", "до", "от"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

// A Russian or Ukrainian comparative direction, which takes the name's
// genitive with no preposition ("в 5 км севернее Покровска").
bool comparative_direction(std::string_view w) {
    return w.ends_with("нее") && (w.starts_with("север") || w.starts_with("юж") || w.starts_with("запад") ||
                                  w.starts_with("восточ") || w.starts_with("юго") || w.starts_with("северо"));
}

}  // namespace

std::optional<DistancePhrase> distance_before(const std::vector<Token>& tokens, std::size_t sentence_begin,
                                              std::size_t name) {
    if (name <= sentence_begin + 1) return std::nullopt;
    const std::string_view before = tokens[name - 1].key;
    if (!pointer(before) && !comparative_direction(before)) return std::nullopt;
    const std::size_t lowest = name > sentence_begin + 8 ? name - 8 : sentence_begin;
    for (std::size_t q = name - 1; q-- > lowest;) {
        const std::string_view w = tokens[q].key;
        // "15km", or a number and its unit.
        const bool fused = w.size() > 2 && w.front() >= '0' && w.front() <= '9' && w.ends_with("km");
        if (fused || (unit(w) && q > sentence_begin && number(tokens[q - 1].key)))
            return DistancePhrase{fused ? q : q - 1, name};
        if (!direction_word(w) && !pointer(w) && !comparative_direction(w)) return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace frontline
