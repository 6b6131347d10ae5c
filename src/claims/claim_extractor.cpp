#include "frontline/claims/claim_extractor.hpp"

#include <algorithm>
#include <cstdlib>

#include "frontline/claims/date_resolver.hpp"
#include "frontline/data_path.hpp"

namespace frontline {

ClaimExtractor ClaimExtractor::load(const std::filesystem::path& dir) {
    ClaimExtractor c;
    c.triggers_ = PhraseList::load(dir / "triggers.tsv", 2, [&](const auto& v) { c.trigger_claims_.push_back(claim_type_from(v[0])); });
    c.instruments_ = PhraseList::load(dir / "instruments.tsv", 0);
    c.locatives_ = PhraseList::load(dir / "locatives.tsv", 0);
    c.actors_ = PhraseList::load(dir / "actors.tsv", 1);
    c.forces_ = PhraseList::load(dir / "forces.tsv", 0);
    c.claimants_ = PhraseList::load(dir / "claimants.tsv", 2);
    c.attribution_ = PhraseList::load(dir / "attribution.tsv", 0);
    c.modality_ = PhraseList::load(dir / "modality.tsv", 1, [&](const auto& v) { c.modality_values_.push_back(modality_from(v[0])); });
    c.status_ = PhraseList::load(dir / "status.tsv", 1, [&](const auto& v) { c.status_values_.push_back(claim_status_from(v[0])); });
    return c;
}

ClaimExtractor ClaimExtractor::load_default() { return load(data_path("lexicon/claims/triggers.tsv").parent_path()); }

namespace {

struct Trigger {
    std::size_t first, last;
    ClaimType claim;
    int priority;
};

// Lower-case words that may stand between a locative and its place:
// "in eastern Ukraine", "near the embattled town of", "in Russia's".
bool skippable_modifier(const Token& t) {
    static constexpr std::string_view words[] = {"the", "a", "an", "eastern", "western", "southern", "northern",
                                                 "central", "embattled", "hilltop", "frontline", "front", "russian",
                                                 "ukrainian", "occupied", "strategic", "key", "small", "nearby",
                                                 "besieged", "encircled", "southeastern", "northeastern",
                                                 "southwestern", "northwestern", "border", "russias", "ukraines",
                                                 "east", "west", "north", "south"};
    if (t.possessive && t.capitalised) return true;  // "in Russia's Kursk region"
    if (t.capitalised && t.key != "russian" && t.key != "ukrainian") return false;
    for (std::string_view w : words)
        if (t.key == w) return true;
    return false;
}

// Words that may follow a place without making it a modifier of a noun.
bool is_function_word(std::string_view w) {
    static constexpr std::string_view words[] = {"and", "or", "but", "nor", "on", "in", "at", "to", "for", "with",
                                                 "from", "by", "over", "last", "this", "after", "before", "since",
                                                 "as", "where", "which", "who", "that", "is", "was", "were", "are",
                                                 "has", "had", "have", "said", "says", "will", "would", "could",
                                                 "can", "may", "might", "should", "must", "did", "does", "do", "not",
                                                 "also", "again", "too", "itself", "alone", "yesterday", "today",
                                                 "overnight", "earlier", "later", "against", "into", "of", "near",
                                                 "than", "if", "when", "while", "because", "so", "until"};
    for (std::string_view x : words)
        if (w == x) return true;
    return false;
}

bool is_negation(std::string_view w) {
    return w == "not" || w == "no" || w == "never" || w == "nt" || w == "didnt" || w == "hasnt" || w == "havent" ||
           w == "wasnt" || w == "werent";
}

bool place_is_within(const PlaceView& inner, const PlaceView& outer) {
    if (outer.kind() == PlaceKind::country) return inner.country() == outer.country() && inner.kind() != PlaceKind::country;
    if (outer.kind() == PlaceKind::admin1) return inner.admin1_place() == outer.index() && inner.index() != outer.index();
    return false;
}

}  // namespace

void ClaimExtractor::annotate(const Document& doc, const std::vector<Token>& tokens,
                              const std::vector<RecognizedName>& names, const Gazetteer& gazetteer,
                              std::vector<Mention>& mentions) const {
    if (mentions.empty()) return;
    auto token_at = [&](std::size_t byte) {
        return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), byte,
                                                         [](const Token& t, std::size_t b) { return t.begin < b; }) -
                                        tokens.begin());
    };
    // Date phrases of a sentence, with its place names (for appositive clauses).
    auto find_phrases = [&](std::size_t sentence, Date ref) {
        if (sentence == Document::npos) return find_date_phrases(tokens, 0, tokens.size(), ref, {});
        const Span span = doc.sentences[sentence].span;
        std::vector<NameTokens> in_sentence;
        auto from = std::lower_bound(names.begin(), names.end(), span.begin,
                                     [](const RecognizedName& n, std::size_t b) { return n.begin < b; });
        for (auto it = from; it != names.end() && it->begin < span.end; ++it) in_sentence.push_back({it->first_token, it->last_token});
        return find_date_phrases(tokens, token_at(span.begin), token_at(span.end), ref, in_sentence);
    };
    // A sentence's phrases are asked for again as a neighbour of the next
    // sentences with claims: they are found once per reference day. (The
    // last slot is the whole text of a document without sentences.)
    std::vector<std::optional<std::pair<Date, std::vector<DatePhrase>>>> found_phrases(doc.sentences.size() + 1);
    auto phrases_of = [&](std::size_t sentence, Date ref) -> const std::vector<DatePhrase>& {
        auto& slot = found_phrases[sentence == Document::npos ? doc.sentences.size() : sentence];
        if (!slot || slot->first != ref) slot.emplace(ref, find_phrases(sentence, ref));
        return slot->second;
    };
    // A headline (a one-sentence paragraph without closing punctuation)
    // opens a story: dates are not carried across it.
    auto is_headline = [&](std::size_t sentence) {
        const Sentence& st = doc.sentences[sentence];
        const Paragraph& para = doc.paragraphs[st.paragraph];
        if (para.span.begin != st.span.begin || para.span.end != st.span.end || st.span.size() == 0) return false;
        const char last = doc.text[st.span.end - 1];
        return last != '.' && last != '!' && last != '?' && last != ':' && last != '"' && last != ')' &&
               !std::string_view(doc.text).substr(0, st.span.end).ends_with("\u201d");
    };
    // The day named by a nearby sentence of the same entry and story, for a
    // sentence without a date phrase of its own ("Russian forces capture two
    // more settlements" under a lead that says "the ministry said yesterday").
    auto neighbour_day = [&](std::size_t sentence, Date ref) -> std::optional<EventDate> {
        if (sentence == Document::npos) return std::nullopt;
        const std::size_t entry = doc.entry_at(doc.sentences[sentence].span.begin);
        auto usable = [&](std::size_t q) {
            return q < doc.sentences.size() && !doc.sentences[q].boilerplate && doc.entry_at(doc.sentences[q].span.begin) == entry;
        };
        bool back = !is_headline(sentence), forward = true;
        for (std::size_t d = 1; d <= 2; ++d) {
            for (std::size_t q : {sentence - d, sentence + d}) {
                const bool earlier = q < sentence;
                if ((earlier && (!back || d > sentence)) || (!earlier && !forward) || !usable(q)) continue;
                if (!earlier && is_headline(q)) {
                    forward = false;
                    continue;
                }
                const auto& phrases = phrases_of(q, ref);
                if (const DatePhrase* p = day_phrase(phrases))
                    return EventDate{p->date.date, DatePrecision::day, p->date.basis + " (a nearby sentence)"};
                if (earlier && is_headline(q)) back = false;
            }
        }
        return std::nullopt;
    };

    // Group mentions by sentence.
    std::size_t i = 0;
    while (i < mentions.size()) {
        std::size_t s = doc.sentences.empty() ? Document::npos : doc.sentence_at(mentions[i].byte_start);
        Span span = s == Document::npos ? Span{0, doc.text.size()} : doc.sentences[s].span;
        std::size_t j = i;
        while (j < mentions.size() && mentions[j].byte_start < span.end) ++j;
        std::size_t sb = token_at(span.begin), se = token_at(span.end);

        // Reference time: the entry's timestamp, else the document's date.
        std::optional<Timestamp> reference = doc.document_date;
        if (!doc.entries.empty()) {
            const Entry& e = doc.entries[doc.entry_at(span.begin)];
            if (e.timestamp) reference = e.timestamp;
        }

        // When: a date phrase of the sentence that applies to the name, else
        // the day a nearby sentence of the same story names, else the report's day.
        // Both are found once per sentence, and only when a claim asks.
        const std::vector<DatePhrase>* phrases = nullptr;  // this sentence's slot; neighbours use others
        std::optional<std::optional<EventDate>> inherited;
        auto date_of_name = [&](const RecognizedName& n, std::size_t trigger) -> EventDate {
            if (!reference) return {std::nullopt, DatePrecision::unknown, "no report date"};
            const Date ref = floor<std::chrono::days>(*reference);
            if (!phrases) phrases = &phrases_of(s, ref);
            if (const DatePhrase* p = phrase_for(*phrases, tokens, sb, {n.first_token, n.last_token}, trigger)) return p->date;
            if (!inherited) inherited = neighbour_day(s, ref);
            if (*inherited) return **inherited;
            return {ref, DatePrecision::report_day, "the report's day"};
        };

        std::vector<Trigger> triggers;
        for (const PhraseMatch& m : triggers_.find_all(tokens, sb, se))
            triggers.push_back({m.first, m.last, trigger_claims_[triggers_.index_of(m)], std::atoi(m.entry->values[1].c_str())});
        if (!triggers.empty() && !instruments_.find_all(tokens, sb, se).empty())
            for (Trigger& t : triggers)
                if (t.claim == ClaimType::attacked) t.claim = ClaimType::struck;
        // "battle-winning": a trigger word inside a hyphenated compound is an adjective.
        std::erase_if(triggers, [&](const Trigger& t) {
            return t.last < tokens.size() && t.last < se && tokens[t.last].before == Separator::hyphen;
        });
        // Triggers inside a place name ("Kursk" is no trigger, but "Attack" could be) are dropped.
        std::erase_if(triggers, [&](const Trigger& t) {
            return std::any_of(names.begin() + static_cast<std::ptrdiff_t>(i), names.begin() + static_cast<std::ptrdiff_t>(j),
                               [&](const RecognizedName& n) { return t.first >= n.first_token && t.first < n.last_token; });
        });
        // Most sentences have no trigger: their mentions claim nothing, and
        // the roles, scans and dates below would be found for no use.
        if (triggers.empty()) {
            for (std::size_t k = i; k < j; ++k) mentions[k].modality = Modality::reported;
            i = j;
            continue;
        }

        // Role of each mention.
        std::vector<bool> locus(j - i, false);
        std::vector<long> list_head(j - i, -1);   // the earlier list item a mention continues
        std::vector<bool> landmark(j - i, false); // "Antonivka, near ... Kurakhove": Kurakhove places Antonivka
        for (std::size_t k = i; k < j; ++k) {
            const RecognizedName& n = names[k];
            const Token& last = tokens[n.last_token - 1];
            std::size_t after = n.last_token + (n.designator == Designator::admin1 || n.designator == Designator::admin2 ? 1 : 0);
            if (last.possessive) continue;  // "Russia's forces", "Ukraine's military": actor or owner
            // "the US presidential election", "US military funding": a country
            // name used as a modifier of the noun after it.
            if (after < se && !tokens[after].capitalised && tokens[after].before == Separator::space &&
                !is_function_word(tokens[after].key) && !n.matches.empty() &&
                gazetteer.place(n.matches.front().place).kind() == PlaceKind::country)
                continue;
            // "the Ukraine war", "Ukraine conflict": a name for the war, not a place in it.
            if (after < se && (tokens[after].key == "war" || tokens[after].key == "conflict" || tokens[after].key == "invasion"))
                continue;
            // "South Korea says": the place speaks.
            if (after < se && attribution_.match_at(tokens, after, std::min(se, after + 3))) continue;
            // A locative before it, with modifiers skipped.
            std::size_t p = n.first_token;
            while (p > sb && skippable_modifier(tokens[p - 1])) --p;
            bool is_locus = false;
            for (std::size_t start = p >= sb + 3 ? p - 3 : sb; start < p && !is_locus; ++start)
                if (auto m = locatives_.match_at(tokens, start, p); m && m->last == p) is_locus = true;
            // The object of a trigger: "captured Maksymivka", "attacking Kursk".
            for (const Trigger& t : triggers)
                if (t.last == p) is_locus = true;
            // A list continuing a locus: "Maksymivka ... and Antonivka" (the
            // word right before the name is "and" or a comma after a locus).
            if (!is_locus && n.first_token > sb &&
                (tokens[n.first_token - 1].key == "and" || tokens[n.first_token].before == Separator::comma))
                for (std::size_t q = i; q < k; ++q)
                    if (locus[q - i] && n.first_token - names[q].last_token < 30 &&
                        (tokens[n.first_token - 1].key == "and" || names[q].last_token == n.first_token)) {
                        is_locus = true;
                        list_head[k - i] = static_cast<long>(q);
                    }
            // After a colon that follows a locus: "two villages in eastern Ukraine: Maksymivka".
            if (!is_locus && p > sb && tokens[p].before == Separator::other && doc.text.substr(tokens[p - 1].full_end, tokens[p].begin - tokens[p - 1].full_end).find(':') != std::string::npos)
                for (std::size_t q = i; q < k; ++q)
                    if (locus[q - i]) is_locus = true;
            // The subject of a trigger: "Vuhledar fell", "Kursk was attacked".
            // Capitals and countries as subjects speak for governments
            // ("Kyiv is battling to ..."): not loci.
            if (n.first_token == sb && !n.matches.empty()) {
                PlaceView v = gazetteer.place(n.matches.front().place);
                bool metonym = v.kind() == PlaceKind::country || v.feature_code() == "PPLC";
                std::size_t q = after;
                while (q < se && q < after + 3 && (tokens[q].key == "was" || tokens[q].key == "were" || tokens[q].key == "has" ||
                                                   tokens[q].key == "had" || tokens[q].key == "been" || tokens[q].key == "is"))
                    ++q;
                for (const Trigger& t : triggers)
                    if (t.first == q && !metonym) is_locus = true;
            }
            // A landmark placing the previous name: "X, just north of Y", "X, near Y".
            if (is_locus && k > i && names[k - 1].last_token + 8 >= n.first_token) {
                std::size_t q = names[k - 1].last_token;
                bool comma = q < tokens.size() && tokens[q].before == Separator::comma;
                bool spatial = false;
                for (std::size_t r = q; r < n.first_token; ++r)
                    spatial = spatial || tokens[r].key == "near" || tokens[r].key == "of" || tokens[r].key == "outside";
                if (comma && spatial) landmark[k - i] = true;
            }
            locus[k - i] = is_locus;
        }

        // Phrases of the whole sentence, found once for all its claims.
        struct ActorPhrase {
            std::size_t first, last;  // actor word(s) + force word(s): [first, last)
            const PhraseEntry* actor;
        };
        struct SentenceScans {
            std::vector<PhraseMatch> modality, status, sources;
            std::vector<ActorPhrase> actors;
        };
        std::optional<SentenceScans> scans;
        auto sentence_scans = [&]() -> const SentenceScans& {
            if (scans) return *scans;
            scans.emplace();
            scans->modality = modality_.find_all(tokens, sb, se);
            scans->status = status_.find_all(tokens, sb, se);
            scans->sources = claimants_.find_all(tokens, sb, se);
            for (std::size_t q = sb; q < se; ++q)
                if (auto a = actors_.match_at(tokens, q, se))
                    if (auto f = forces_.match_at(tokens, a->last, se)) scans->actors.push_back({q, f->last, a->entry});
            return *scans;
        };

        for (std::size_t k = i; k < j; ++k) {
            Mention& m = mentions[k];
            m.modality = Modality::reported;
            if (!locus[k - i]) continue;
            const RecognizedName& n = names[k];
            // A landmark keeps no claim unless a trigger follows it at once
            // ("Vuhledar, captured by Russian forces last month").
            if (landmark[k - i]) {
                std::size_t after = n.last_token;
                bool follows = std::any_of(triggers.begin(), triggers.end(),
                                           [&](const Trigger& t) { return t.first >= after && t.first <= after + 1; });
                if (!follows) continue;
            }
            // The nearest trigger, before or after; ties go to the stronger.
            const Trigger* best = nullptr;
            long best_distance = 0;
            for (const Trigger& t : triggers) {
                long d = t.last <= n.first_token ? static_cast<long>(n.first_token - t.last)
                                                 : static_cast<long>(t.first) - static_cast<long>(n.last_token);
                d = std::abs(d) * 2 + (t.first > n.first_token ? 1 : 0);
                // A comma between them usually means another clause.
                std::size_t lo = std::min(t.last, n.last_token), hi = std::max(t.first, n.first_token);
                for (std::size_t q = lo; q < hi && q < se; ++q)
                    if (tokens[q].before == Separator::comma && q != n.first_token) d += 8;
                if (!best || d < best_distance || (d == best_distance && t.priority > best->priority)) {
                    best = &t;
                    best_distance = d;
                }
            }
            if (best_distance > 2 * 20 + 1) continue;  // too far to be about this place
            m.claim = best->claim;
            m.evidence.claim_basis = doc.text.substr(tokens[best->first].begin, tokens[best->last - 1].full_end - tokens[best->first].begin);
            if (list_head[k - i] >= 0 && mentions[static_cast<std::size_t>(list_head[k - i])].claim)
                m.claim = mentions[static_cast<std::size_t>(list_head[k - i])].claim;

            // Modality: modal words in the words before the trigger.
            std::size_t anchor = std::max(best->first, n.first_token);
            std::size_t window_begin = std::min(best->first, n.first_token);
            window_begin = window_begin > sb + 8 ? window_begin - 8 : sb;
            for (const PhraseMatch& mm : modality_.find_all(tokens, window_begin, anchor)) m.modality = modality_values_[modality_.index_of(mm)];
            for (const PhraseMatch& mm : sentence_scans().modality)
                if (modality_values_[modality_.index_of(mm)] == Modality::hypothetical && mm.entry->words.front() != "if" && mm.entry->words.front() != "unless")
                    m.modality = Modality::hypothetical;  // exercises and drills anywhere in the sentence

            // Status: hedges and disputes in the sentence, negation before the trigger.
            m.status = ClaimStatus::asserted;
            for (const PhraseMatch& sm : sentence_scans().status) {
                const ClaimStatus v = status_values_[status_.index_of(sm)];
                if (v == ClaimStatus::denied || (v == ClaimStatus::disputed && *m.status != ClaimStatus::denied) || (v == ClaimStatus::hedged && *m.status == ClaimStatus::asserted))
                    m.status = v;
            }
            for (std::size_t q = sb; q < se; ++q)
                if (tokens[q].key == "reported" && q > sb &&
                    (tokens[q - 1].possessive || tokens[q - 1].key == "the" || tokens[q - 1].key == "a") && *m.status == ClaimStatus::asserted)
                    m.status = ClaimStatus::hedged;
            for (std::size_t q = best->first > sb + 3 ? best->first - 3 : sb; q < best->first; ++q)
                if (is_negation(tokens[q].key)) m.status = ClaimStatus::denied;

            // Actor: a side word followed by a force word, nearest the trigger,
            // that is not the source speaking ("Ukraine's military say").
            const std::vector<PhraseMatch>& sources = sentence_scans().sources;
            auto in_source = [&](std::size_t from, std::size_t to) {
                return std::any_of(sources.begin(), sources.end(),
                                   [&](const PhraseMatch& c) { return c.first < to && from < c.last + 1; });
            };
            long actor_distance = 0;
            for (const ActorPhrase& a : sentence_scans().actors) {
                if (in_source(a.first, a.last)) continue;
                long d = std::labs(static_cast<long>(a.first) - static_cast<long>(best->first));
                if (!m.actor || d < actor_distance) {
                    m.actor = doc.text.substr(tokens[a.first].begin, tokens[a.last - 1].full_end - tokens[a.first].begin);
                    m.actor_side = a.actor->values[0];
                    actor_distance = d;
                }
            }
            // "Ukrainian troops repelled attacks": the side named is the
            // defender; the attack is the other side's.
            bool actor_adjacent = false;
            // "Ukraine's incursion", "Russia's offensive", "27 Russian attacks":
            // a side word right before the trigger names who acts.
            for (std::size_t q = best->first >= sb + 2 ? best->first - 2 : sb; q < best->first; ++q)
                if (tokens[q].possessive || q + 1 == best->first)
                    if (auto a = actors_.match_at(tokens, q, q + 1); a && a->last == q + 1) {
                        m.actor = doc.text.substr(tokens[q].begin, tokens[best->last - 1].end - tokens[q].begin);
                        m.actor_side = a->entry->values[0];
                        actor_adjacent = true;
                    }
            bool repelled = false;
            for (std::size_t q = best->first >= sb + 4 ? best->first - 4 : sb; q <= best->first; ++q)
                repelled = repelled || tokens[q].key.starts_with("repel") || tokens[q].key.starts_with("repuls") ||
                           tokens[q].key == "fended" || tokens[q].key == "thwarted";
            if (repelled && !actor_adjacent && m.actor_side &&
                (*m.actor_side == "UA" || *m.actor_side == "RU")) {
                m.actor_side = *m.actor_side == "UA" ? "RU" : "UA";
                m.actor.reset();
            }
            // Claimant: a known source named in the sentence.
            for (const PhraseMatch& cm : sentence_scans().sources) {
                m.claimant = cm.entry->values[0];
                std::string side = cm.entry->values[1];
                if (side == "-" && cm.first > sb)
                    if (auto a = actors_.match_at(tokens, cm.first - 1, cm.first)) side = a->entry->values[0];
                if (side == "-" && m.country) side = *m.country;  // a governor speaks for his own country
                if (side != "-") m.claimant_side = side;
                break;
            }
            // Quantity: "39 Russian attacks", "10 missiles".
            for (std::size_t q = best->first > sb + 4 ? best->first - 4 : sb; q < std::min(se, best->last + 1); ++q) {
                const std::string& w = tokens[q].key;
                if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) && w.size() < 7) {
                    m.quantity = std::atoll(w.c_str());
                    break;
                }
            }
            EventDate date = date_of_name(n, best->first);
            m.event_date = date.date;
            m.date_precision = date.precision;
            m.evidence.date_basis = date.basis;
        }

        // Containers: a country or region with a claim that also holds a more
        // specific locus of the same sentence gives its claim up. It takes
        // two claims; the place lookups are skipped for fewer.
        const auto claims = std::count_if(mentions.begin() + static_cast<std::ptrdiff_t>(i),
                                          mentions.begin() + static_cast<std::ptrdiff_t>(j),
                                          [](const Mention& m) { return m.claim && m.place_id; });
        for (std::size_t k = i; k < j && claims >= 2; ++k) {
            Mention& outer = mentions[k];
            if (!outer.claim || !outer.place_id) continue;
            // The kind, when set, is the place's own: most loci are no containers.
            if (outer.kind && *outer.kind != PlaceKind::country && *outer.kind != PlaceKind::admin1) continue;
            auto oi = gazetteer.find_id(*outer.place_id);
            if (!oi) continue;
            PlaceView ov = gazetteer.place(*oi);
            if (ov.kind() != PlaceKind::country && ov.kind() != PlaceKind::admin1) continue;
            for (std::size_t q = i; q < j; ++q) {
                if (q == k || !mentions[q].claim || !mentions[q].place_id) continue;
                auto qi = gazetteer.find_id(*mentions[q].place_id);
                if (qi && place_is_within(gazetteer.place(*qi), ov)) {
                    outer.claim.reset();
                    break;
                }
            }
        }
        // Only reported events keep their claim; the modality says why not.
        for (std::size_t k = i; k < j; ++k)
            if (mentions[k].claim && mentions[k].modality != Modality::reported) mentions[k].claim.reset();
        i = j;
    }
}

}  // namespace frontline
