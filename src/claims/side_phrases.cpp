// A side's forces or equipment named at one word of a sentence: "Russian
// forces", "the Russian 20th Motorized Rifle Division", "a Russian
// ammunition depot", "українська гаубиця М777".
#include <algorithm>

#include "frontline/claims/claim_extractor.hpp"

namespace frontline {

namespace {

// A Cyrillic adjective by its ending: "штурмовые", "десантні", "морской".
bool cyrillic_adjective(std::string_view w) {
    if (w.empty() || static_cast<unsigned char>(w.front()) < 0x80) return false;
    static constexpr std::string_view endings[] = {"ые", "ие", "ий", "ый", "ой", "ая", "ое", "ові", "ні", "кі", "ві", "ті"};
    return std::any_of(std::begin(endings), std::end(endings), [&](std::string_view e) { return w.ends_with(e); });
}

// An English word for a kind of troops: "Russian assault units".
bool troop_kind(std::string_view w) {
    static constexpr std::string_view kinds[] = {"assault", "airborne", "mechanized", "mechanised", "motorized", "motorised",
                                                 "marine", "special", "armoured", "armored", "tank", "artillery", "infantry",
                                                 "naval", "elite", "reconnaissance", "sabotage", "storm", "border", "volunteer"};
    return std::find(std::begin(kinds), std::end(kinds), w) != std::end(kinds);
}

}  // namespace

// The side word's phrase match, its `last` moved past the force word (a
// unit's number and name may stand between side and force word).
std::optional<PhraseMatch> ClaimExtractor::side_forces(const SentenceTokens& s, std::size_t q) const {
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t end = s.end;
    auto a = actors_.match_at(tokens, q, end, s.lemmas);
    if (!a) return std::nullopt;
    // A Cyrillic capital or country acts only as its clause's subject; after
    // a preposition or a noun it says where, and the weapon after it is
    // nobody's yet: "У Києві дрон влучив", "На юге Москвы обломки дрона",
    // "У передмісті Києва ракети влучили".
    static constexpr std::string_view conjunctions[] = {"і", "й", "та", "и", "а", "но", "але"};
    static constexpr std::string_view where[] = {"у", "в", "во", "на", "під", "под", "біля", "возле", "около", "поблизу", "над"};
    if (tokens[q].cyrillic && tokens[q].capitalised && q > 0 && tokens[q].before == Separator::space && tokens[q - 1].cyrillic &&
        ((!tokens[q - 1].capitalised &&
          std::find(std::begin(conjunctions), std::end(conjunctions), tokens[q - 1].key) == std::end(conjunctions)) ||
         std::find(std::begin(where), std::end(where), tokens[q - 1].key) != std::end(where)))
        return std::nullopt;
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
        // ("российские штурмовые подразделения", "російські десантні війська",
        // "Russian assault units": a kind of troops between side and force word.)
        // (A force word must still follow: "Russian assault on X" names none.)
        const bool kind = w.before == Separator::space && (cyrillic_adjective(w.key) || troop_kind(w.key));
        if (!unit_name && !kind) break;
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
