#include "frontline/recognize/recognizer.hpp"

#include <algorithm>
#include <unordered_set>

#include "frontline/text/cyrillic_inflection.hpp"

namespace frontline {

struct Recognizer::Candidate {
    std::size_t first = 0, last = 0;  // token range
    std::string key;
    Gazetteer::KeyProbe probe;
    bool inflected = false;
    bool possessive_in_name = false;  // "People's" kept as part of the name
};

// The recognizer asks about the same neighbouring words for several
// candidates; each token's facts are looked up on first use only.
class Recognizer::TokenFacts {
public:
    TokenFacts(const RecognitionLexicon& lexicon, const std::vector<Token>& tokens)
        : lexicon_(lexicon), tokens_(tokens), memo_(tokens.size(), nullptr) {}
    const WordFacts& operator[](std::size_t i) {
        if (!memo_[i]) memo_[i] = &lexicon_.facts(tokens_[i].key);
        return *memo_[i];
    }
    Designator designator(std::size_t i) const { return lexicon_.designator(tokens_[i].key); }

private:
    const RecognitionLexicon& lexicon_;
    const std::vector<Token>& tokens_;
    std::vector<const WordFacts*> memo_;
};

namespace {

constexpr std::size_t max_name_tokens = 8;

// Spellings a token may take inside a name: as written (possessive
// stripped), with the possessive kept ("People's Republic"), and the
// dictionary forms of an inflected Cyrillic word.
void token_forms(const Token& t, std::vector<std::pair<std::string, bool>>& out) {
    out.clear();
    out.emplace_back(t.key, false);
    if (t.possessive) out.emplace_back(t.key + "s", false);
    if (t.cyrillic)
        for (auto& f : cyrillic_base_forms(t.key)) out.emplace_back(std::move(f), true);
}

bool joins(Separator s) { return s == Separator::space || s == Separator::hyphen; }

}  // namespace

Recognizer::Recognizer(const Gazetteer& gazetteer, const RecognitionLexicon& lexicon)
    : gazetteer_(gazetteer), lexicon_(lexicon) {}

// A name that is a place whatever follows it: a country, a region, a big
// city or a named facility. Only such a neighbour keeps the capitalised-word
// rules from refusing a match ("Moscow Kremlin", "Russia Ukraine talks").
bool Recognizer::strong_place(const std::vector<Token>& tokens, std::size_t i) const {
    Candidate c;
    if (!tokens[i].capitalised || !longest_match(tokens, i, c)) return false;
    for (const auto& p : c.probe.postings) {
        auto origin = static_cast<NameOrigin>(p.origin);
        if (origin == NameOrigin::transliterated || origin == NameOrigin::admin_core || origin == NameOrigin::direction)
            continue;
        PlaceView v = gazetteer_.place(p.place);
        if (v.kind() == PlaceKind::country || v.kind() == PlaceKind::admin1 || v.kind() == PlaceKind::facility ||
            v.population() >= 50000)
            return true;
    }
    return false;
}

bool Recognizer::longest_match(const std::vector<Token>& tokens, std::size_t i, Candidate& best) const {
    // Most capitalised words have one spelling and begin no longer name: one
    // probe answers for them, without the search's buffers.
    const Token& t = tokens[i];
    if (!t.possessive && !t.cyrillic) {
        auto probe = gazetteer_.probe(t.key);
        const bool extends = probe.prefix && i + 1 < tokens.size() && joins(tokens[i + 1].before);
        if (!extends) {
            if (probe.exact) best = {i, i + 1, t.key, probe, false, false};
            return probe.exact;
        }
    }
    bool found = false;
    // Depth-first over the forms of each following token; names are short,
    // and a prefix flag in the index stops the search as soon as no longer
    // name can start this way.
    struct Frame {
        std::size_t next;
        std::string key;
        bool inflected;
    };
    std::vector<std::pair<std::string, bool>> forms;
    std::vector<Frame> stack;
    token_forms(tokens[i], forms);
    for (auto& [f, infl] : forms) stack.push_back({i + 1, f, infl});
    while (!stack.empty()) {
        Frame fr = std::move(stack.back());
        stack.pop_back();
        auto probe = gazetteer_.probe(fr.key);
        if (probe.exact && (!found || fr.next > best.last || (fr.next == best.last && !fr.inflected && best.inflected))) {
            best = {i, fr.next, fr.key, probe, fr.inflected, false};
            found = true;
        }
        if (!probe.prefix || fr.next >= tokens.size() || fr.next - i >= max_name_tokens) continue;
        const Token& n = tokens[fr.next];
        if (!joins(n.before) || tokens[fr.next - 1].possessive) continue;
        token_forms(n, forms);
        for (auto& [f, infl] : forms) stack.push_back({fr.next + 1, fr.key + " " + f, fr.inflected || infl});
    }
    return found;
}

// "the eastern region of Dontesk": where the words around a capitalised
// word ask for a place and no name matches, a name one edit away (a
// transposition, deletion, insertion or substitution) is taken if it names a
// region or a town of some size. Only single words, only in such contexts.
bool Recognizer::near_miss(const std::vector<Token>& tokens, TokenFacts& facts, std::size_t i, Candidate& out) const {
    const Token& t = tokens[i];
    if (t.cyrillic || t.key.size() < 5 || t.upper) return false;
    // The context first: it rules out most words with at most one lookup.
    bool after_of = i >= 2 && tokens[i - 1].key == "of" &&
                    (facts.designator(i - 2) == Designator::admin1 || tokens[i - 2].key == "city" ||
                     tokens[i - 2].key == "town" || tokens[i - 2].key == "village");
    bool before_designator = i + 1 < tokens.size() && tokens[i + 1].before == Separator::space &&
                             facts.designator(i + 1) != Designator::none;
    if (!after_of && !before_designator) return false;
    if (RecognitionLexicon::demonym(t.key, facts[i]) || facts[i].common_word) return false;
    std::vector<std::string> variants;
    const std::string& w = t.key;
    for (std::size_t k = 0; k + 1 < w.size(); ++k) {  // transpositions
        std::string v = w;
        std::swap(v[k], v[k + 1]);
        variants.push_back(v);
    }
    for (std::size_t k = 0; k < w.size(); ++k) variants.push_back(w.substr(0, k) + w.substr(k + 1));  // deletions
    for (std::size_t k = 0; k <= w.size(); ++k)
        for (char c = 'a'; c <= 'z'; ++c) {
            variants.push_back(w.substr(0, k) + c + w.substr(k));  // insertions
            if (k < w.size() && c != w[k]) variants.push_back(w.substr(0, k) + c + w.substr(k + 1));  // substitutions
        }
    for (const std::string& v : variants) {
        auto probe = gazetteer_.probe(v);
        if (!probe.exact) continue;
        bool significant = std::any_of(probe.postings.begin(), probe.postings.end(), [&](const format::Posting& p) {
            PlaceView pv = gazetteer_.place(p.place);
            return pv.kind() == PlaceKind::admin1 || pv.kind() == PlaceKind::country || pv.population() >= 10000;
        });
        if (!significant) continue;
        out = {i, i + 1, v, probe, false, false};
        return true;
    }
    return false;
}

Refusal Recognizer::check(const std::vector<Token>& tokens, TokenFacts& facts, const Candidate& c,
                          const std::vector<bool>& title_case_line) const {
    const Token& first = tokens[c.first];
    const Token& last = tokens[c.last - 1];
    std::size_t letters = c.key.size();
    bool any_acronym = std::any_of(c.probe.postings.begin(), c.probe.postings.end(),
                                   [](const format::Posting& p) { return p.flags & format::posting_upper_case; });
    if (letters < 3 && !(any_acronym && first.upper)) return Refusal::too_short;
    // An upper-case word of up to four letters is an acronym ("NIS", "SDR");
    // it is a place only if a place is known by that acronym ("UK", "US").
    if (c.last - c.first == 1 && first.upper && letters <= 4 && !any_acronym && !title_case_line[c.first])
        return Refusal::too_short;

    bool title_case = title_case_line[c.first];
    bool is_country = std::any_of(c.probe.postings.begin(), c.probe.postings.end(), [&](const format::Posting& p) {
        return gazetteer_.place(p.place).kind() == PlaceKind::country;
    });
    if (!title_case) {
        // A capitalised word right after the name makes it part of another
        // proper name: "Donald Trump", "Kyiv Independent", "Washington Post".
        // Countries are exempt: "US President", "UK Defence Secretary".
        if (c.last < tokens.size() && !last.possessive) {
            const Token& next = tokens[c.last];
            if (next.before == Separator::space && next.capitalised && !next.sentence_start && !is_country &&
                facts.designator(c.last) == Designator::none && !strong_place(tokens, c.last))
                return Refusal::person_or_org_after;
            if (next.before == Separator::space && facts[c.last].org_head) return Refusal::org_word_after;
        }
        if (c.first > 0 && first.before == Separator::space) {
            const Token& prev = tokens[c.first - 1];
            const WordFacts& prev_facts = facts[c.first - 1];
            if (prev_facts.person_title && prev.capitalised) return Refusal::proper_name_before;
            // "Radio Free Europe", "Celebrity Yorkshire Auction House"; a
            // nationality adjective before a small place: "European Pravda".
            if (prev.capitalised && !prev.sentence_start && !prev.possessive && !prev_facts.person_name &&
                !strong_place(tokens, c.first - 1)) {
                if (!RecognitionLexicon::demonym(prev.key, prev_facts) || !strong_place(tokens, c.first))
                    return Refusal::proper_name_before;
            }
        }
        // "Ms Thomas-Greenfield", "Linda Thomas-Greenfield": the second half
        // of a hyphenated surname. Pairs of places ("Ukraine-Russia", "North
        // Korea-Russia", "Vuhledar-Pavlivka") have a place before the hyphen.
        if (c.first > 0 && first.before == Separator::hyphen && tokens[c.first - 1].capitalised) {
            std::size_t p = c.first - 1;
            Candidate before;
            bool place_before = longest_match(tokens, p, before) && before.last == c.first;
            if (!place_before && p > 0 && joins(tokens[p].before))
                place_before = longest_match(tokens, p - 1, before) && before.last == c.first;
            if (!place_before) return Refusal::proper_name_before;
        }
        // "International Fund for Ukraine", "Armed Forces of Ukraine": an
        // organisation's name running through of/for/to into the place.
        if (c.first >= 2 && first.before == Separator::space && facts[c.first - 1].connector &&
            !tokens[c.first - 1].capitalised) {
            std::size_t k = c.first - 1;
            while (k > 0 && facts[k].connector && !tokens[k].capitalised && joins(tokens[k].before)) --k;
            if (tokens[k].capitalised && facts[k].org_noun) return Refusal::title_phrase;
        }
    }
    // The name's own words (a dictionary form or "People's" may differ from the token's key).
    const WordFacts own = c.last - c.first == 1 ? lexicon_.facts(c.key) : WordFacts{};
    if (c.last - c.first == 1) {
        bool region_or_country = std::any_of(c.probe.postings.begin(), c.probe.postings.end(), [&](const format::Posting& p) {
            auto k = gazetteer_.place(p.place).kind();
            return k == PlaceKind::country || k == PlaceKind::admin1;
        });
        if (!region_or_country && RecognitionLexicon::demonym(c.key, own)) return Refusal::demonym;
        if (own.person_name) return Refusal::person_name;
    }
    // A single common English word ("Progress", "Victory", "Mayor") is a place
    // only where it is not at the start of a sentence and names a big place.
    if (c.last - c.first == 1 && !first.cyrillic && own.common_word) {
        bool big = false;
        for (const auto& p : c.probe.postings) {
            PlaceView v = gazetteer_.place(p.place);
            auto origin = static_cast<NameOrigin>(p.origin);
            bool full_name = origin != NameOrigin::admin_core && origin != NameOrigin::direction;
            big = big || (full_name && (v.kind() == PlaceKind::country || v.population() >= 100000));
        }
        if (!big) return Refusal::common_word;
    }
    return Refusal::none;
}

namespace {

// Lines written in Title Case (headlines) give capitals no meaning: the
// proper-name rules are off there.
std::vector<bool> title_case_lines(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<bool> out(tokens.size(), false);
    std::size_t line_begin = 0;
    while (line_begin < tokens.size()) {
        // Words never hold a line break, so the first one after the line's
        // first word ends the line (one search per line, not per word).
        const std::size_t line_break = text.find('\n', tokens[line_begin].full_end);
        std::size_t line_end = line_begin + 1;
        while (line_end < tokens.size() && line_break >= tokens[line_end].begin) ++line_end;
        // Title Case: several words and no lower-case word of four letters
        // or more other than the short function words headlines keep small.
        std::size_t words = 0, lower = 0;
        for (std::size_t k = line_begin; k < line_end; ++k) {
            const std::string& w = tokens[k].key;
            if (w.size() < 4 || w == "with" || w == "from" || w == "into" || w == "over" || w == "after" ||
                w == "than" || w == "that" || w == "this" || w == "near")
                continue;
            ++words;
            lower += !tokens[k].capitalised;
        }
        bool title = words >= 4 && lower == 0;
        for (std::size_t k = line_begin; k < line_end; ++k) out[k] = title;
        line_begin = line_end;
    }
    return out;
}

}  // namespace

std::vector<RecognizedName> Recognizer::recognize(std::string_view text, const std::vector<Token>& tokens) const {
    std::vector<RecognizedName> out;
    std::vector<bool> title_case = title_case_lines(text, tokens);
    TokenFacts facts(lexicon_, tokens);
    std::unordered_set<std::string> person_words;
    for (std::size_t i = 0; i < tokens.size();) {
        const Token& t = tokens[i];
        Candidate c;
        bool misspelt = false;
        if (!t.capitalised || !longest_match(tokens, i, c)) {
            if (!t.capitalised || !near_miss(tokens, facts, i, c)) {
                ++i;
                continue;
            }
            misspelt = true;
        }
        Refusal refusal = check(tokens, facts, c, title_case);
        if (refusal != Refusal::none) {
            // Remember names used for people in this document, so that a
            // later "Putin" alone is not a place either.
            if (refusal == Refusal::person_or_org_after && c.last < tokens.size()) person_words.insert(tokens[c.last].key);
            if (refusal == Refusal::proper_name_before || refusal == Refusal::person_or_org_after)
                person_words.insert(c.key);
            i = c.last;  // the words of a refused name are not places either
            continue;
        }
        bool upper = std::all_of(tokens.begin() + c.first, tokens.begin() + c.last, [](const Token& x) { return x.upper; });
        RecognizedName n;
        n.first_token = c.first;
        n.last_token = c.last;
        n.begin = tokens[c.first].begin;
        n.end = tokens[c.last - 1].end;
        if (c.key.ends_with("s") && tokens[c.last - 1].possessive && c.key != tokens[c.last - 1].key &&
            c.key.substr(c.key.rfind(' ') + 1) == tokens[c.last - 1].key + "s")
            n.end = tokens[c.last - 1].full_end;
        n.inflected = c.inflected;
        n.misspelt = misspelt;
        bool short_upper = upper && c.key.size() <= 5;
        bool has_acronym = std::any_of(c.probe.postings.begin(), c.probe.postings.end(),
                                       [](const format::Posting& p) { return p.flags & format::posting_upper_case; });
        for (const auto& p : c.probe.postings) {
            bool acronym = p.flags & format::posting_upper_case;
            if (acronym && !upper) continue;
            // "UK", "NIS": an upper-case token is an acronym, so only places
            // known by that acronym qualify.
            if (short_upper && has_acronym && !acronym) continue;
            n.matches.push_back({p.place, static_cast<NameOrigin>(p.origin), acronym});
        }
        if (n.matches.empty()) {
            ++i;
            continue;
        }
        if (c.last < tokens.size() && tokens[c.last].before == Separator::space && !tokens[c.last - 1].possessive) {
            n.designator = facts.designator(c.last);
            // "the Kursk region" names the region: the surface includes the word.
            if (n.designator == Designator::admin1 || n.designator == Designator::admin2) n.end = tokens[c.last].end;
        }
        // A name that ends in its designator ("Kursk region" as an alias).
        if (n.designator == Designator::none && c.last - c.first > 1)
            n.designator = facts.designator(c.last - 1);
        // "the region of Kursk" names the region too.
        if (n.designator == Designator::none && c.first >= 2 && tokens[c.first - 1].key == "of" &&
            facts.designator(c.first - 2) == Designator::admin1)
            n.designator = Designator::admin1;
        out.push_back(std::move(n));
        i = c.last;
    }
    // One-word names this document also uses for a person are not places.
    std::erase_if(out, [&](const RecognizedName& n) {
        return n.last_token - n.first_token == 1 && person_words.count(tokens[n.first_token].key) &&
               !std::any_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& m) {
                   auto k = gazetteer_.place(m.place).kind();
                   return k == PlaceKind::country || k == PlaceKind::admin1;
               });
    });
    return out;
}

std::vector<std::pair<RecognizedName, Refusal>> Recognizer::refused(std::string_view text) const {
    std::vector<std::pair<RecognizedName, Refusal>> out;
    auto tokens = tokenize(text);
    std::vector<bool> title_case = title_case_lines(text, tokens);
    TokenFacts facts(lexicon_, tokens);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Candidate c;
        if (!tokens[i].capitalised || !longest_match(tokens, i, c)) continue;
        Refusal r = check(tokens, facts, c, title_case);
        if (r == Refusal::none) continue;
        RecognizedName n;
        n.first_token = c.first;
        n.last_token = c.last;
        n.begin = tokens[c.first].begin;
        n.end = tokens[c.last - 1].end;
        out.emplace_back(std::move(n), r);
        i = c.last - 1;
    }
    return out;
}

}  // namespace frontline
