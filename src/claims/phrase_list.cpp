#include "frontline/claims/phrase_list.hpp"

#include <algorithm>

#include "frontline/claims/lexicon_rows.hpp"
#include "frontline/error.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

PhraseList PhraseList::load(const std::filesystem::path& path, std::size_t value_columns,
                            const ValueReader& read_values) {
    std::vector<PhraseEntry> entries;
    for_each_lexicon_row(path, value_columns + 1, [&](const std::vector<std::string>& cols, std::uint64_t number) {
        // Word by word, so that a stem may stand anywhere ("pull* troops",
        // "вышл* из"): folding drops the star.
        PhraseEntry e;
        const std::string& phrase = cols[0];
        for (std::size_t p = 0; p <= phrase.size();) {
            std::size_t sp = std::min(phrase.find(' ', p), phrase.size());
            if (sp > p) {
                const std::string_view word = std::string_view(phrase).substr(p, sp - p);
                if (word == "...") {  // a gap of one to five words: "drove ... out"
                    if (e.words.empty()) throw InputError({path.string(), number}, "a phrase cannot open with a gap");
                    e.words.emplace_back(word);
                    e.gap = true;
                    p = sp + 1;
                    continue;
                }
                const bool stem = word.back() == '*';
                const std::string folded = fold(stem ? word.substr(0, word.size() - 1) : word);
                const std::size_t before = e.words.size();
                for (std::size_t q = 0; q <= folded.size();) {  // ("pull-out": folding may split a word)
                    std::size_t fs = std::min(folded.find(' ', q), folded.size());
                    if (fs > q) e.words.push_back(folded.substr(q, fs - q));
                    q = fs + 1;
                }
                if (stem && e.words.size() > before) e.words.back() += '*';
            }
            p = sp + 1;
        }
        if (e.words.empty()) throw InputError({path.string(), number}, "empty phrase");
        e.values.assign(cols.begin() + 1, cols.end());
        if (read_values) {
            try {
                read_values(e.values);
            } catch (const InputError&) {
                throw;
            } catch (const Error& bad) {
                throw InputError({path.string(), number}, bad.what());
            }
        }
        entries.push_back(std::move(e));
    });
    return PhraseList(std::move(entries));
}

namespace {

// The slot of a word's beginning: its first three letters, or the whole
// word when it is shorter. Words with the same slot may start the same phrases.
std::size_t start_slot(std::string_view w, std::size_t slots) {
    const auto b = [&](std::size_t i) { return static_cast<std::size_t>(static_cast<unsigned char>(w[i])); };
    if (w.size() >= 3) return (b(0) * 961 + b(1) * 31 + b(2)) & (slots - 1);
    std::size_t h = w.size() * 7919;
    for (std::size_t i = 0; i < w.size(); ++i) h = h * 31 + b(i);
    return h & (slots - 1);
}

}  // namespace

PhraseList::PhraseList(std::vector<PhraseEntry> entries) : entries_(std::move(entries)) {
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const std::string& w = entries_[i].words.front();
        const bool stem = w.back() == '*';
        const std::size_t letters = w.size() - (stem ? 1 : 0);
        if (!stem) {
            by_first_word_[w].push_back(i);
            word_starts_[start_slot(w, start_slots)] = true;
        } else if (letters >= 3) {
            by_stem_prefix_[w.substr(0, 3)].push_back(i);
            stem_starts_[start_slot(w, start_slots)] = true;
        } else {
            short_stems_.push_back(i);
        }
    }
}

namespace {
// Words that may stand inside a phrase without changing it.
bool intensifier(std::string_view w) {
    // ... and an approximation: "control roughly half of", "контролюють майже половину".
    static constexpr std::string_view words[] = {"very", "extremely", "still", "quite", "particularly", "especially", "increasingly",
                                                 "roughly", "about", "around", "nearly", "almost", "approximately",
                                                 "дуже", "вкрай", "надзвичайно", "досить", "ще", "досі", "особливо", "майже",
                                                 "близько", "очень", "крайне", "чрезвычайно", "весьма", "ещё", "еще", "особенно",
                                                 "почти", "около", "примерно"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool word_matches(const std::string& pattern, const std::string& word) {
    if (!pattern.empty() && pattern.back() == '*')
        return word.size() >= pattern.size() - 1 && word.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
    return pattern == word;
}
}  // namespace

std::optional<PhraseMatch> PhraseList::match_at(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                                const TokenLemmas* lemmas) const {
    std::optional<PhraseMatch> best;
    if (i >= end || i >= tokens.size()) return best;  // e.g. a force word looked for after the last token
    const Token& first = tokens[i];
    static const std::vector<std::string> no_lemmas;
    auto lemmas_of = [&](std::size_t k) -> const std::vector<std::string>& {
        return lemmas && k < lemmas->size() ? (*lemmas)[k] : no_lemmas;
    };
    auto matches = [&](const std::string& pattern, std::size_t at) {
        const Token& t = tokens[at];
        // Possessives count as their full word too ("russias" in actors).
        bool ok = word_matches(pattern, t.key) || (t.possessive && word_matches(pattern, t.key + "s"));
        for (const std::string& l : lemmas_of(at)) ok = ok || word_matches(pattern, l);
        return ok;
    };
    // The token after the k-th word of a phrase matched at `at`, or 0 where it
    // does not match. "remains very difficult", "залишається дуже складною":
    // one intensifier may stand inside a phrase; phrases do not cross punctuation.
    auto word_at = [&](const std::string& word, std::size_t k, std::size_t at) -> std::size_t {
        if (at >= end) return 0;
        bool ok = matches(word, at);
        if (!ok && k > 0 && at + 1 < end && intensifier(tokens[at].key) && tokens[at + 1].before != Separator::other) {
            ++at;
            ok = matches(word, at);
        }
        if (ok && k > 0 && tokens[at].before == Separator::other) ok = false;
        return ok ? at + 1 : 0;
    };
    // Where the words from the k-th on match from token `at` (0 if they do not).
    auto rest = [&](auto& self, const PhraseEntry& e, std::size_t k, std::size_t at) -> std::size_t {
        if (k == e.words.size()) return at;
        if (e.words[k] == "...") {
            // ("drove Russian forces out": the gap holds words, never punctuation;
            // "under heavy artillery and glide-bomb fire": up to five, hyphens within.)
            auto joined = [&](std::size_t q) { return tokens[q].before == Separator::space || tokens[q].before == Separator::hyphen; };
            for (std::size_t gap = 1; gap <= 5 && at + gap < end; ++gap) {
                if (!joined(at + gap - 1) || !joined(at + gap)) break;
                if (std::size_t found = self(self, e, k + 1, at + gap)) return found;
            }
            return 0;
        }
        const std::size_t next = word_at(e.words[k], k, at);
        return next ? self(self, e, k + 1, next) : 0;
    };
    auto consider = [&](const PhraseEntry& e) {
        if (i + e.words.size() > end) return;
        std::size_t at = 0;  // past the match; 0 where there is none
        if (e.gap) {
            at = rest(rest, e, 0, i);
        } else {  // (the common case, word after word, without the recursion)
            at = i;
            for (std::size_t k = 0; k < e.words.size(); ++k)
                if (!(at = word_at(e.words[k], k, at))) return;
        }
        // (At an equal span a phrase that names every word beats one with a
        // gap: "mov* closer to" over "moved ... to".)
        if (at && (!best || at - i > best->last - best->first ||
                   (at - i == best->last - best->first && best->entry->gap && !e.gap)))
            best = PhraseMatch{&e, i, at};
    };
    // A table is looked up only when some entry of it starts like the key.
    auto consider_all = [&](std::string_view key) {
        const std::size_t slot = start_slot(key, start_slots);
        if (word_starts_[slot])
            if (auto it = by_first_word_.find(key); it != by_first_word_.end())
                for (std::size_t k : it->second) consider(entries_[k]);
        if (key.size() >= 3 && stem_starts_[slot])
            if (auto it = by_stem_prefix_.find(key.substr(0, 3)); it != by_stem_prefix_.end())
                for (std::size_t k : it->second) consider(entries_[k]);
    };
    consider_all(first.key);
    if (first.possessive) consider_all(first.key + "s");
    for (const std::string& l : lemmas_of(i))
        if (l != first.key) consider_all(l);
    for (std::size_t k : short_stems_) consider(entries_[k]);
    return best;
}

std::vector<PhraseMatch> PhraseList::find_all(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                                              const TokenLemmas* lemmas) const {
    std::vector<PhraseMatch> out;
    for (std::size_t i = begin; i < end;) {
        if (auto m = match_at(tokens, i, end, lemmas)) {
            out.push_back(*m);
            i = m->last;
        } else {
            ++i;
        }
    }
    return out;
}

}  // namespace frontline
