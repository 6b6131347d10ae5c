#include "frontline/claims/report_perspective.hpp"

namespace frontline {

void ReportPerspective::find() {
    if (side_) return;
    // (Counted in half words: a word both sides' writers use counts half.)
    std::size_t ua = 0, ru = 0;
    // (Asked once: the report's dictionary forms may be made on the asking.)
    const TokenLemmas* lemmas = lemmas_();
    for (std::size_t q = 0; q < tokens_.size(); ++q)
        if (auto m = words_.match_at(tokens_, q, tokens_.size(), lemmas)) {
            (m->entry->values[0] == "RU" ? ru : ua) += m->entry->values[1] == "0.5" ? 1 : 2;
            q = m->last - 1;
        }
    if (russian_renderings_) ru += 2 * russian_renderings_();
    side_ = ru > ua ? "RU" : "UA";
    // A report in Ukrainian is written from the Ukrainian side; a Russian
    // one may be either's (Kyiv speaks Russian too).
    shown_ = ru + ua > 0;
    by_language_ = !shown_ && language_() == Language::uk;
}

std::string ReportPerspective::side_of(const std::string& side, bool* relative) {
    const bool is_relative = side == "OWN" || side == "ENEMY";
    if (relative) *relative = is_relative;
    if (!is_relative) return side;
    find();
    return (*side_ == "UA") == (side == "OWN") ? "UA" : "RU";
}

const std::string& ReportPerspective::side() {
    find();
    return *side_;
}

bool ReportPerspective::shown() {
    find();
    return shown_;
}

bool ReportPerspective::by_language() {
    find();
    return by_language_;
}

}  // namespace frontline
