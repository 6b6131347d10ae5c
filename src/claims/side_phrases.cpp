// A side's forces or equipment named at one word of a sentence: "Russian
// forces", "the Russian 20th Motorized Rifle Division", "a Russian
// ammunition depot", "українська гаубиця М777".
#include <algorithm>

#include "frontline/claims/claim_extractor.hpp"

namespace frontline {

// The side word's phrase match, its `last` moved past the force word (a
// unit's number and name may stand between side and force word).
std::optional<PhraseMatch> ClaimExtractor::side_forces(const SentenceTokens& s, std::size_t q) const {
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t end = s.end;
    auto a = actors_.match_at(tokens, q, end, s.lemmas);
    if (!a) return std::nullopt;
    // "Russian and LPR forces", "російські та білоруські війська": allied
    // sides share the force word; the first of the war's two sides names it.
    std::size_t from = a->last;
    const PhraseEntry* side = a->entry;
    if (from + 1 < end && joins_sides(tokens[from].key))
            if (auto b = actors_.match_at(tokens, from + 1, end, s.lemmas)) {
                from = b->last;
                if (side->values[0] != "RU" && side->values[0] != "UA") side = b->entry;
            }
    for (std::size_t at = from; at < std::min(end, from + 4); ++at) {
        if (auto f = forces_.match_at(tokens, at, end, s.lemmas)) return PhraseMatch{side, q, f->last};
        const Token& w = tokens[at];
        const bool unit_name = w.before == Separator::space &&
                               (w.capitalised || (!w.key.empty() && w.key.front() >= '0' && w.key.front() <= '9'));
        if (!unit_name) break;
    }
    return std::nullopt;
}

// Up to two words, a model's name or a kind, between side and noun ("Russian
// S-300 launchers"). The side word's match, its `last` moved past the noun.
std::optional<PhraseMatch> ClaimExtractor::side_target(const SentenceTokens& s, std::size_t q) const {
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t end = s.end;
    if (targets_.entries().empty()) return std::nullopt;
    auto a = actors_.match_at(tokens, q, end, s.lemmas);
    if (!a) return std::nullopt;
    for (std::size_t at = a->last; at < std::min(end, a->last + 3); ++at) {
        if (tokens[at].before != Separator::space && tokens[at].before != Separator::hyphen) break;
        if (auto t = targets_.match_at(tokens, at, end, s.lemmas)) return PhraseMatch{a->entry, q, t->last};
        if (triggers_.match_at(tokens, at, end, s.lemmas)) break;
    }
    return std::nullopt;
}

}  // namespace frontline
