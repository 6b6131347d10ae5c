#include "frontline/claims/claim_extractor.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <unordered_map>

#include "bulleted_lines.hpp"
#include "claim_words.hpp"
#include "frontline/claims/actor_reader.hpp"
#include "frontline/claims/claim_features.hpp"
#include "frontline/claims/distance_phrase.hpp"
#include "frontline/claims/date_resolver.hpp"
#include "frontline/claims/report_perspective.hpp"
#include "frontline/text/russian_rendering.hpp"
#include "frontline/claims/sentence_reading.hpp"
#include "frontline/data_path.hpp"
#include "frontline/document/table_cells.hpp"
#include "frontline/error.hpp"
#include "frontline/geo/distance.hpp"

namespace frontline {

using namespace claim_words;

ClaimExtractor ClaimExtractor::load(const std::filesystem::path& dir) {
    ClaimExtractor c;
    // A trigger names a claim type, or `other` (an event that is no map
    // claim) or `none` (a look-alike that shadows a trigger).
    c.triggers_ = PhraseList::load(dir / "triggers.tsv", 2, [](const std::vector<std::string>& v) {
        if (v[0] != "other" && v[0] != "none") claim_type_from(v[0]);
    });
    c.instruments_ = PhraseList::load(dir / "instruments.tsv", 0);
    c.locatives_ = PhraseList::load(dir / "locatives.tsv", 0);
    c.actors_ = PhraseList::load(dir / "actors.tsv", 1);
    c.forces_ = PhraseList::load(dir / "forces.tsv", 0);
    c.agents_ = PhraseList::load(dir / "agents.tsv", 1);
    c.held_areas_ = HeldAreas::load(dir / "held_areas.tsv");
    c.ground_war_ = GroundWar::load(dir / "ground_war.tsv");
    c.perspective_ = PhraseList::load(dir / "perspective.tsv", 2);
    c.civil_ = PhraseList::load(dir / "civil.tsv", 0);
    c.attempts_ = PhraseList::load(dir / "attempts.tsv", 0);
    if (std::filesystem::exists(dir / "averted.tsv")) c.averted_ = PhraseList::load(dir / "averted.tsv", 0);
    if (std::filesystem::exists(dir / "ground_combat.tsv")) c.ground_ = PhraseList::load(dir / "ground_combat.tsv", 0);
    if (std::filesystem::exists(dir / "targets.tsv")) c.targets_ = PhraseList::load(dir / "targets.tsv", 0);
    if (std::filesystem::exists(dir / "weapons.tsv"))
        c.weapons_ = PhraseList::load(dir / "weapons.tsv", 1, [](const std::vector<std::string>& v) {
            if (v[0] != "RU" && v[0] != "UA") throw Error("unknown side '" + v[0] + "' (RU or UA)");
        });
    c.claimants_ = PhraseList::load(dir / "claimants.tsv", 3, [](const std::vector<std::string>& v) {
        static constexpr std::string_view voices[] = {"command", "office", "agency", "monitor", "media"};
        if (std::find(std::begin(voices), std::end(voices), v[2]) == std::end(voices))
            throw Error("unknown claimant voice '" + v[2] + "' (command, office, agency, monitor or media)");
    });
    c.attribution_ = PhraseList::load(dir / "attribution.tsv", 0);
    c.modality_ = PhraseList::load(dir / "modality.tsv", 1, [](const std::vector<std::string>& v) { modality_from(v[0]); });
    c.status_ = PhraseList::load(dir / "status.tsv", 1, [](const std::vector<std::string>& v) { claim_status_from(v[0]); });
    if (std::filesystem::exists(dir.parent_path() / "facility_nouns.txt"))
        c.facility_nouns_ = PhraseList::load(dir.parent_path() / "facility_nouns.txt", 0);
    // Without weights the extractor falls back to the nearest trigger of a
    // locus (lexicon directories in tests carry none).
    if (std::filesystem::exists(dir / "claim_model.tsv")) c.model_ = ClaimModel::load(dir / "claim_model.tsv");
    return c;
}

ClaimExtractor ClaimExtractor::load_default() { return load(data_path("lexicon/claims/triggers.tsv").parent_path()); }

namespace {

// How much farther a trigger opening a coordinated predicate after the name
// counts, in words: "advanced near X and entered four villages".
constexpr std::size_t coordination_penalty = 6;

// The year this war began (Crimea, then Donbas): an event dated earlier
// belongs to another war ("took it in 1942").
constexpr int first_year_of_the_war = 2014;

// The year a date phrase names, to the day or alone ("in 1942"); 0 if none.
int year_of(const EventDate& d) { return d.date ? static_cast<int>(std::chrono::year_month_day{*d.date}.year()) : d.year; }

bool all_digits(std::string_view d) {
    return !d.empty() && std::all_of(d.begin(), d.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// "Станом на 06:00", "at 14:30", "вчера в 23:40": the number at `q` is an
// hour or a minute of a clock time within tokens [lo, hi); it counts nothing.
bool clock_time_at(std::string_view text, const std::vector<Token>& tokens, std::size_t q, std::size_t lo, std::size_t hi) {
    auto colon_between = [&](std::size_t a, std::size_t b) {
        return a >= lo && b < hi && all_digits(tokens[a].key) && all_digits(tokens[b].key) &&
               text.substr(tokens[a].full_end, tokens[b].begin - tokens[a].full_end) == ":";
    };
    return (q > lo && colon_between(q - 1, q)) || colon_between(q, q + 1);
}

// "Shoigu ordered Russian troops to withdraw from Kherson": an order to pull
// out is announced as it is carried out, unlike one to take a town. So is a
// withdrawal a side announced it "would" make ("The ministry announced that
// troops would withdraw from the Balakliia and Izium areas to regroup").
bool ordered_withdrawal(const PhraseMatch& modal, const Trigger& t, const std::vector<Token>& tokens, std::size_t sb) {
    if (t.claim != "withdrew") return false;
    if (modal.entry->words.front().starts_with("order")) return true;
    // ("insisted that he would not abandon Kyiv": a promise not to leave.)
    if (modal.entry->words.front() != "would" || (modal.last < tokens.size() && (tokens[modal.last].key == "not" || tokens[modal.last].key == "never")))
        return false;
    static constexpr std::string_view announced[] = {"announced", "stated", "decided", "confirmed"};
    for (std::size_t q = sb; q < modal.first; ++q)
        if (std::find(std::begin(announced), std::end(announced), tokens[q].key) != std::end(announced)) return true;
    return false;
}

// "населенный пункт Мирный Курской области": a village the gazetteer lacks,
// resolved to the region that qualifies it (none of its name's places is
// that region). It is still a village: no container, no region's claim.
bool drawn_at_its_region(const Mention& m, const RecognizedName& n, const Gazetteer& gazetteer) {
    if (m.kind != PlaceKind::admin1 || !m.place_id || n.designator != Designator::none) return false;
    const auto placed = gazetteer.find_id(*m.place_id);
    return placed && std::none_of(n.matches.begin(), n.matches.end(), [&](const NameMatch& x) { return x.place == *placed; });
}

bool place_is_within(const PlaceView& inner, const PlaceView& outer) {
    if (outer.kind() == PlaceKind::country) return inner.country() == outer.country() && inner.kind() != PlaceKind::country;
    if (outer.kind() == PlaceKind::admin1) return inner.admin1_place() == outer.index() && inner.index() != outer.index();
    // A raion or district holds the villages the gazetteer files under it.
    if (outer.kind() == PlaceKind::admin2)
        return inner.kind() != PlaceKind::admin2 && inner.kind() != PlaceKind::admin1 && inner.kind() != PlaceKind::country &&
               inner.country() == outer.country() && inner.admin1_place() == outer.admin1_place() && !inner.admin2().empty() &&
               inner.admin2() == outer.name();
    return false;
}

void add_unique(std::vector<std::string_view>& v, std::string_view x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// A mention that tells the same event as another takes that one's claim:
// its doer, source, status, modality and day, and the words that decided
// them; `why` is added to the claim's words. (The count stays its own.)
void take_claim_of(Mention& m, const Mention& from, std::string_view why) {
    m.claim = from.claim;
    m.actor = from.actor;
    m.actor_side = from.actor_side;
    m.claimant = from.claimant;
    m.claimant_side = from.claimant_side;
    m.status = from.status;
    m.modality = from.modality;
    m.event_date = from.event_date;
    m.date_precision = from.date_precision;
    m.evidence.claim_basis = from.evidence.claim_basis + std::string(why);
    m.evidence.date_basis = from.evidence.date_basis;
    m.evidence.actor_basis = from.evidence.actor_basis;
}

}  // namespace

void ClaimExtractor::annotate(const Document& doc, const std::vector<Token>& tokens,
                              const std::vector<RecognizedName>& names, const Gazetteer& gazetteer,
                              std::vector<Mention>& mentions, std::vector<ClaimTrace>* traces) const {
    if (traces) traces->assign(mentions.size(), ClaimTrace{{}, "no event word in its sentence or the one before", std::nullopt});
    if (mentions.empty()) return;
    std::vector<DateFacts> date_facts(mentions.size());  // how each mention was dated
    auto token_at = [&](std::size_t byte) {
        return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), byte,
                                                         [](const Token& t, std::size_t b) { return t.begin < b; }) -
                                        tokens.begin());
    };
    auto sentence_tokens = [&](std::size_t s) -> std::pair<std::size_t, std::size_t> {
        if (s == Document::npos) return {0, tokens.size()};
        return {token_at(doc.sentences[s].span.begin), token_at(doc.sentences[s].span.end)};
    };

    // Dictionary forms of the Cyrillic words of the sentences asked about.
    TokenLemmas lemmas;
    std::vector<bool> lemmatized;
    std::optional<Language> document_language;
    auto lemmatize = [&](std::size_t sb, std::size_t se) {
        if (!std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(sb), tokens.begin() + static_cast<std::ptrdiff_t>(se),
                         [](const Token& t) { return t.cyrillic; }))
            return;
        if (lemmas.empty()) {
            lemmas.resize(tokens.size());
            lemmatized.resize(tokens.size(), false);
        }
        Language language = cyrillic_language(std::string_view(doc.text).substr(tokens[sb].begin, tokens[se - 1].end - tokens[sb].begin));
        if (language == Language::unknown) {
            if (!document_language) document_language = cyrillic_language(doc.text);
            language = *document_language;
        }
        for (std::size_t q = sb; q < se; ++q)
            if (tokens[q].cyrillic && !lemmatized[q]) {
                lemmas[q] = lemmatizer_->lemmas(std::string_view(doc.text).substr(tokens[q].begin, tokens[q].end - tokens[q].begin), language);
                lemmatized[q] = true;
            }
    };
    auto lemma_table = [&]() -> const TokenLemmas* { return lemmas.empty() ? nullptr : &lemmas; };
    static const std::vector<std::string> no_lemmas;
    auto lemmas_of = [&](std::size_t q) -> const std::vector<std::string>& { return q < lemmas.size() ? lemmas[q] : no_lemmas; };
    // A word as the model sees it: its dictionary form, or its shape.
    auto word_feature = [&](std::size_t q) -> std::string {
        const Token& t = tokens[q];
        if (!t.key.empty() && t.key.front() >= '0' && t.key.front() <= '9') return "#D";
        if (t.capitalised && !t.sentence_start) return "#C";
        const auto& l = lemmas_of(q);
        return l.empty() ? t.key : l.front();
    };

    // Whose side the report is written from, for "the enemy" and "our forces".
    // (Its words may stand in any sentence, so it asks the dictionary forms of
    // the whole report, not only of the sentences read so far.)
    ReportPerspective perspective(perspective_, tokens, [&] {
        for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
            const auto [sb, se] = sentence_tokens(s);
            if (sb < se) lemmatize(sb, se);
        }
        return lemma_table();
    }, [&] {
        if (!document_language) document_language = cyrillic_language(doc.text);
        return *document_language;
    });
    // ("Mirnograd", "Kurakhovo": Ukrainian towns written the Russian way.)
    perspective.count_russian_renderings([&] {
        std::size_t n = 0;
        for (std::size_t k = 0; k < mentions.size(); ++k)
            n += mentions[k].country == "UA" && mentions[k].place_name && !tokens[names[k].first_token].cyrillic &&
                 russian_rendering(mentions[k].surface, *mentions[k].place_name);
        return n;
    });
    auto side_of = [&](const std::string& side) { return perspective.side_of(side); };
    // The side whose capital a wire story is filed from ("MOSCOW, Feb 10
    // (AFP) -", "KYIV (Reuters) —"): an upper-case capital opening one of the
    // document's first sentences. Found once per document.
    std::optional<std::optional<std::string>> filed_from;
    auto dateline_capital_side = [&]() -> std::optional<std::string> {
        if (filed_from) return *filed_from;
        filed_from.emplace(std::nullopt);
        for (std::size_t q = 0; q < doc.sentences.size() && q < 5; ++q) {
            auto first = std::lower_bound(tokens.begin(), tokens.end(), doc.sentences[q].span.begin,
                                          [](const Token& t, std::size_t b) { return t.begin < b; });
            if (first == tokens.end() || !first->upper) continue;
            const std::string& w = first->key;
            if (w == "moscow" || w == "москва") filed_from->emplace("RU");
            else if (w == "kyiv" || w == "kiev" || w == "київ" || w == "киев") filed_from->emplace("UA");
            if (*filed_from) break;
        }
        return *filed_from;
    };
    // A side as the speaker of a sentence: a side's name or adjective before a
    // verb of saying or a speaker noun ("Russia declared", "the Russian side
    // stated", "Russian sources claimed", "російські пропагандисти заявляють"),
    // or a speaker noun in a capital ("officials in Moscow announced").
    // Returns the words, the side and where the words stand.
    struct Voice {
        std::string words, side;
        std::size_t at;
    };
    auto side_voice = [&](std::size_t sb, std::size_t se) -> std::optional<Voice> {
        // (A plural speaker's present too: "Russian officials say", "sources claim".)
        static constexpr std::string_view sayings[] = {"said",     "says",      "say",     "declared", "declares", "declare",
                                                       "stated",   "states",    "state",   "announced", "announces", "announce",
                                                       "claimed",  "claims",    "claim",   "reported",  "reports",   "report",
                                                       "insisted", "insist"};
        static constexpr std::string_view saying_stems[] = {"заяви", "заявл", "повідоми", "сообщи", "объяви", "оголоси",
                                                            "стверджу", "утвержда"};
        static constexpr std::string_view speakers[] = {"side", "officials", "sources", "media", "bloggers", "milbloggers",
                                                        "propagandists", "channels", "authorities"};
        static constexpr std::string_view speaker_stems[] = {"джерел", "источник", "пропагандист", "блогер", "воєнкор", "военкор",
                                                             "канал", "сторон", "чиновник", "посадовц", "власт", "влад"};
        auto saying = [&](std::size_t q) {
            const std::string& w = tokens[q].key;
            return std::find(std::begin(sayings), std::end(sayings), w) != std::end(sayings) ||
                   (tokens[q].cyrillic && std::any_of(std::begin(saying_stems), std::end(saying_stems),
                                                      [&](std::string_view st) { return w.starts_with(st); }));
        };
        auto speaker = [&](std::size_t q) {
            const std::string& w = tokens[q].key;
            return std::find(std::begin(speakers), std::end(speakers), w) != std::end(speakers) ||
                   (tokens[q].cyrillic && std::any_of(std::begin(speaker_stems), std::end(speaker_stems),
                                                      [&](std::string_view st) { return w.starts_with(st); }));
        };
        for (std::size_t q = sb; q < se; ++q) {
            auto a = actors_.match_at(tokens, q, se, lemma_table());
            if (!a) continue;
            const std::string side = side_of(a->entry->values[0]);
            if (side != "RU" && side != "UA") continue;
            std::size_t r = a->last;
            if (r < se && speaker(r)) ++r;
            const std::size_t named_end = r;
            // ("Moscow also announced", "Kyiv has since claimed", "Россия также
            // заявила": an adverb or an auxiliary may come before the saying.)
            static constexpr std::string_view between[] = {"also", "again", "now", "officially", "already", "later", "earlier",
                                                           "separately", "since", "then", "has", "have", "had", "previously",
                                                           "також", "также", "тоже", "вже", "уже", "офіційно", "официально",
                                                           "раніше", "ранее", "знову", "снова"};
            for (int k = 0; k < 2 && r + 1 < se && tokens[r].before == Separator::space &&
                            std::find(std::begin(between), std::end(between), tokens[r].key) != std::end(between);
                 ++k)
                ++r;
            const bool voice = r < se && saying(r);
            // ("officials in Moscow announced")
            const bool seated = q >= sb + 2 && (tokens[q - 1].key == "in" || tokens[q - 1].key == "у" || tokens[q - 1].key == "в") &&
                                speaker(q - 2) && a->last < se && saying(a->last);
            if (voice || seated) {
                const std::size_t from = seated ? q - 2 : q, to = seated ? a->last : named_end;
                return Voice{doc.text.substr(tokens[from].begin, tokens[to - 1].end - tokens[from].begin), side, from};
            }
        }
        return std::nullopt;
    };
    const ActorReader actor_reader(actors_, triggers_);

    // Trigger words of a sentence, found once (the sentence after asks again).
    std::vector<std::optional<std::vector<Trigger>>> found_triggers(doc.sentences.size() + 1);
    // A side's forces or equipment at `q` (side_phrases.cpp), in the
    // sentence [q, end) as far as it is lemmatized.
    auto side_forces_at = [&](std::size_t q, std::size_t end) {
        return side_forces(SentenceTokens{doc.text, tokens, lemma_table(), q, end}, q);
    };
    auto side_target_at = [&](std::size_t q, std::size_t end) {
        return side_target(SentenceTokens{doc.text, tokens, lemma_table(), q, end}, q);
    };
    // Trigger words of a sentence (sentence_triggers.cpp), found once (the
    // sentence after asks again).
    auto triggers_of = [&](std::size_t s) -> const std::vector<Trigger>& {
        auto& slot = found_triggers[s == Document::npos ? doc.sentences.size() : s];
        if (slot) return *slot;
        auto [sb, se] = sentence_tokens(s);
        if (sb >= se) return slot.emplace();
        lemmatize(sb, se);
        return slot.emplace(sentence_triggers(SentenceTokens{doc.text, tokens, lemma_table(), sb, se}, names));
    };
    // A sentence ending in a colon introduces the lines after it.
    auto ends_with_colon = [&](const Sentence& sentence) {
        std::string_view t = std::string_view(doc.text).substr(sentence.span.begin, sentence.span.size());
        while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r' || t.back() == '\t')) t.remove_suffix(1);
        return !t.empty() && t.back() == ':';
    };
    // No English finite verb: "Kharkiv and the region." goes on with the
    // sentence before; "Georgia Stevens spoke in Atlanta." is a sentence
    // of its own. (Cyrillic fragments are told by length alone.)
    auto verbless = [&](std::size_t from, std::size_t to) {
        static constexpr std::string_view finite[] = {"is", "are", "was", "were", "has", "have", "had", "will", "would",
                                                      "can", "could", "says", "said", "spoke", "met", "went", "came",
                                                      "took", "made", "told", "gave", "saw", "found", "left"};
        for (std::size_t q = from; q < to; ++q) {
            const Token& w = tokens[q];
            if (w.cyrillic || w.capitalised || w.key.size() < 2) continue;
            if ((w.key.size() >= 4 && w.key.ends_with("ed")) ||
                std::find(std::begin(finite), std::end(finite), w.key) != std::end(finite))
                return false;
        }
        return true;
    };
    // ("Вы говорите, что пришли освобождать Донбасс": a Cyrillic word whose
    // dictionary form is an infinitive, and not itself one, is a finite verb.)
    auto cyrillic_finite_verb = [&](std::size_t from, std::size_t to) {
        for (std::size_t q = from; q < to; ++q) {
            const Token& w = tokens[q];
            if (!w.cyrillic || w.capitalised || w.key.size() < 8) continue;
            const auto& forms = lemmas_of(q);
            if (std::any_of(forms.begin(), forms.end(), [&](const std::string& l) {
                    return l != w.key && (l.ends_with("ть") || l.ends_with("ти") || l.ends_with("ться") || l.ends_with("тися"));
                }))
                return true;
        }
        return false;
    };
    TableHeaders table_headers(doc.text);  // an event table's column headers, each table walked once
    auto previous_sentence = [&](std::size_t s) -> std::size_t {
        if (s == Document::npos || s == 0) return Document::npos;
        const Sentence& here = doc.sentences[s];
        const Sentence& before = doc.sentences[s - 1];
        if (before.paragraph == here.paragraph && !before.boilerplate) {
            // "Окупанти обстрілювали наші міста. Харків, Чернігів, Суми.
            // Житомир і Київщина.": a list of fragments goes on with the
            // sentence that opened it.
            std::size_t p = s - 1;
            for (int hops = 0; hops < 3 && p > 0 && triggers_of(p).empty(); ++hops) {
                const auto [pb, pe] = sentence_tokens(p);
                const Sentence& earlier = doc.sentences[p - 1];
                if (pe - pb > 8 || !verbless(pb, pe) || earlier.paragraph != here.paragraph || earlier.boilerplate) break;
                --p;
            }
            return p;
        }
        // "Russian troops shelled these villages:" and a list on the lines
        // below it, one item a line or several: each item goes on with the
        // line that introduced them.
        for (std::size_t k = s; k-- > 0 && s - k <= 12;) {
            const Sentence& line = doc.sentences[k];
            // A blank line ends the list.
            const std::size_t gap_end = doc.sentences[k + 1].span.begin;
            if (line.boilerplate || gap_end < line.span.end ||
                std::string_view(doc.text).substr(line.span.end, gap_end - line.span.end).find("\n\n") != std::string_view::npos)
                break;
            if (ends_with_colon(line)) return k;
            const auto [lb, le] = sentence_tokens(k);
            if (le - lb > 8) break;  // no list item: prose
        }
        return Document::npos;
    };

    // Dates written with their year, found once: in a history or an
    // encyclopedic article they anchor the dates written without one.
    std::optional<std::vector<YearAnchor>> anchors;
    std::vector<int> anchor_years;  // sorted, background dates ("since 2014") aside
    // A history is a text whose dates with a year mostly lie months before
    // its publication; a report with one background date ("since 24
    // February 2022") is not one.
    auto narrative_anchor = [&](std::size_t sentence, Date ref, bool* only_later = nullptr) -> std::optional<Date> {
        if (!anchors) {
            anchors = find_year_anchors(tokens, doc.text);
            // News speaks of its own days ("yesterday", "on Monday"); a history does not.
            static constexpr std::string_view news_words[] = {"yesterday", "today", "tonight", "overnight", "вчора",
                                                              "сьогодні", "вчера", "сегодня", "monday", "tuesday",
                                                              "wednesday", "thursday", "friday", "saturday", "sunday"};
            if (!anchors->empty() && std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
                    return std::find(std::begin(news_words), std::end(news_words), t.key) != std::end(news_words);
                }))
                anchors->clear();
            for (const YearAnchor& a : *anchors)
                if (!a.since) anchor_years.push_back(static_cast<int>(std::chrono::year_month_day{a.date}.year()));
            std::sort(anchor_years.begin(), anchor_years.end());
        }
        // (A history of a battle still going on tells of recent days too: one
        // dated time months back, not said as where a state began, makes it one.)
        const bool told = std::any_of(anchors->begin(), anchors->end(), [&](const YearAnchor& a) {
            return !a.since && a.date < ref - std::chrono::days{90};
        });
        if (!told) return std::nullopt;
        const std::size_t before = sentence == Document::npos ? tokens.size() : sentence_tokens(sentence).first;
        std::optional<Date> latest;
        for (const YearAnchor& a : *anchors)
            if (a.token < before) latest = a.date;
        // A passage cut from the middle of a history may name its year only
        // later: "On 25 June ..." before "On 3 July 2022 ...".
        if (!latest) {
            latest = anchors->front().date - std::chrono::days{60};
            if (only_later) *only_later = true;
        }
        return latest;
    };
    // ("Operational update as of 06:00 on 26.05.2022": its past day is the day before.)
    const bool morning_bulletin = heads_morning_bulletin(std::string_view(doc.text).substr(0, 400));
    // (Asked only of a report that counts "сутки": the side reads the whole report.)
    const bool ukrainian_voice =
        doc.text.find("сутк") != std::string::npos && perspective.shown() && perspective.side() == "UA";
    // The first place name at or after a byte offset.
    auto first_name_from = [&](std::size_t offset) {
        return std::lower_bound(names.begin(), names.end(), offset,
                                [](const RecognizedName& n, std::size_t b) { return n.begin < b; });
    };
    // Date phrases of a sentence, with its place names (for appositive clauses).
    auto find_phrases = [&](std::size_t sentence, Date ref) {
        bool only_later = false;
        const std::optional<Date> anchor = narrative_anchor(sentence, ref, &only_later);
        const DateContext context{ref, anchor, anchor_years, doc.text, only_later, morning_bulletin, ukrainian_voice};
        if (sentence == Document::npos) return find_date_phrases(tokens, 0, tokens.size(), context, {});
        const Span span = doc.sentences[sentence].span;
        std::vector<NameTokens> in_sentence;
        for (auto it = first_name_from(span.begin); it != names.end() && it->begin < span.end; ++it)
            in_sentence.push_back({it->first_token, it->last_token});
        return find_date_phrases(tokens, token_at(span.begin), token_at(span.end), context, in_sentence);
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
        if (sentence == Document::npos) return false;
        const Sentence& st = doc.sentences[sentence];
        const Paragraph& para = doc.paragraphs[st.paragraph];
        if (para.span.begin != st.span.begin || para.span.end != st.span.end || st.span.size() == 0) return false;
        const char last = doc.text[st.span.end - 1];
        // (A line ending in ';' or ',' is an item of a list: "🔹 8 авіаударів – по X;")
        return last != '.' && last != '!' && last != '?' && last != ':' && last != '"' && last != ')' && last != ';' && last != ',' &&
               !std::string_view(doc.text).substr(0, st.span.end).ends_with("\u201d");
    };
    // A byline: a short line "From CNN's X" or "By X".
    auto is_byline = [&](std::size_t sentence) {
        if (!is_headline(sentence)) return false;
        const auto [b, e] = sentence_tokens(sentence);
        return e > b + 1 && e - b <= 7 && (tokens[b].key == "from" || tokens[b].key == "by") && tokens[b].capitalised &&
               tokens[b + 1].capitalised;
    };
    // The status the next sentence of the paragraph gives the claims of
    // sentence `s` when it speaks of them ("The claim could not be verified",
    // "Kyiv denied this", "Ця інформація не підтверджена").
    auto status_said_after = [&](std::size_t s) -> std::optional<ClaimStatus> {
        if (s == Document::npos || s + 1 >= doc.sentences.size()) return std::nullopt;
        // (A live blog gives each sentence a paragraph: "The claim could not be
        // independently verified" may stand alone under it, in the same entry.)
        const bool same_paragraph = doc.sentences[s + 1].paragraph == doc.sentences[s].paragraph;
        if (!same_paragraph && (doc.sentences[s + 1].paragraph != doc.sentences[s].paragraph + 1 ||
                                doc.entry_at(doc.sentences[s + 1].span.begin) != doc.entry_at(doc.sentences[s].span.begin)))
            return std::nullopt;
        auto [nb, ne] = sentence_tokens(s + 1);
        if (ne - nb < 3) return std::nullopt;
        static constexpr std::string_view pointing[] = {"the", "this", "these", "that", "ця", "цю", "ці", "эта", "эту", "эти", "это", "це"};
        static constexpr std::string_view about[] = {"claim", "claims", "report", "reports", "information", "statement",
                                                     "інформація", "інформацію", "заява", "заяву", "информация", "информацию",
                                                     "заявление", "дані", "данные"};
        const bool speaks_of = std::find(std::begin(pointing), std::end(pointing), tokens[nb].key) != std::end(pointing) &&
                               std::find(std::begin(about), std::end(about), tokens[nb + 1].key) != std::end(about);
        // ("Kyiv denied this", "Ukraine disputed it": a subject and a verb of dispute, then the claim.)
        const bool it_after = tokens[ne - 1].key == "this" || tokens[ne - 1].key == "it" || tokens[ne - 1].key == "claim" ||
                              tokens[ne - 1].key == "claims" || tokens[ne - 1].key == "це" || tokens[ne - 1].key == "это";
        if (!speaks_of && (!it_after || !same_paragraph)) return std::nullopt;
        lemmatize(nb, ne);
        // ("A milblogger claimed that Russian forces seized X, but ISW has not
        // observed confirmation of this claim": a sentence with an event of
        // its own speaks of that one.)
        for (const PhraseMatch& tm : triggers_.find_all(tokens, nb, ne, lemma_table()))
            if (tm.entry->values[0] != "none" && tm.entry->values[0] != "other") return std::nullopt;
        std::optional<ClaimStatus> out;
        for (const PhraseMatch& sm : status_.find_all(tokens, nb, ne, lemma_table())) {
            const ClaimStatus v = claim_status_from(sm.entry->values[0]);
            if (!out || v == ClaimStatus::denied || (v == ClaimStatus::disputed && *out == ClaimStatus::hedged)) out = v;
        }
        return out;
    };
    // The day each sentence's events were dated to, once found: "Наступного
    // дня ... Того ж дня ..." counts on from a day itself counted.
    std::vector<std::optional<EventDate>> sentence_day(doc.sentences.size());
    // The day named by a nearby sentence of the same entry and story, for a
    // sentence without a date phrase of its own ("Russian forces capture two
    // more settlements" under a lead that says "the ministry said yesterday").
    // (`in_bulletin`: the sentence is under a summary's stated day, which an
    // undated line takes before a day told further down: "... штурмував біля
    // Зеленого Гаю. Заяви окупантів про захоплення Тернового 16 листопада ...")
    auto neighbour_day = [&](std::size_t sentence, Date ref, bool earlier_only = false,
                             bool in_bulletin = false) -> std::optional<EventDate> {
        if (sentence == Document::npos) return std::nullopt;
        const std::size_t entry = doc.entry_at(doc.sentences[sentence].span.begin);
        const std::size_t paragraph = doc.sentences[sentence].paragraph;
        const bool headline = is_headline(sentence);
        // A story runs over paragraphs, but a bulleted item ("- ", "• ",
        // "▪️") is a story of its own (digests, bulletins).
        // (So is a numbered one: "1. A missile hit Dnipro on Monday. 2. ...")
        auto bulleted = [&](std::size_t p) {
            const std::string_view t = std::string_view(doc.text).substr(doc.paragraphs[p].span.begin, 4);
            std::size_t digits = 0;
            while (digits < t.size() && digits < 2 && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
            const bool numbered = digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ';
            return numbered || t.starts_with("- ") || t.starts_with("* ") || t.starts_with("\u2022") || t.starts_with("\u25aa") ||
                   t.starts_with("\u25fe") || t.starts_with("\u2013 ") || t.starts_with("\u2014 ") || t.starts_with("\u25cf");
        };
        // "Раніше, 3 листопада, ворог атакував ...", "Earlier, on 3 November,
        // ...", "Напомним, ...": a sentence that turns back to an older event
        // dates that one only.
        auto flashback = [&](std::size_t q) {
            std::string_view t = std::string_view(doc.text).substr(doc.sentences[q].span.begin, doc.sentences[q].span.size());
            while (!t.empty() && (t.front() == ' ' || t.front() == '\n')) t.remove_prefix(1);
            static constexpr std::string_view openers[] = {"Раніше", "Ранее", "Earlier", "Previously", "Напомним", "Нагадаємо",
                                                           "Нагадуємо", "Напоминаем", "Нагадаю", "Напомню"};
            // (The English one set off by a comma: "Earlier on Tuesday, ..." is the
            // same day's update.)
            return std::any_of(std::begin(openers), std::end(openers), [&](std::string_view o) {
                return t.starts_with(o) && (t.substr(o.size(), 1) == "," || (o != "Earlier" && o != "Previously"));
            });
        };
        auto usable = [&](std::size_t q) {
            if (q >= doc.sentences.size() || doc.sentences[q].boilerplate || doc.entry_at(doc.sentences[q].span.begin) != entry)
                return false;
            if (q != sentence && flashback(q)) return false;
            const std::size_t p = doc.sentences[q].paragraph;
            return p == paragraph || (!bulleted(std::max(p, paragraph)) && !(headline && p + 1 < paragraph));
        };
        // "Вчора окупанти обстріляли 11 населених пунктів:" over lines of
        // villages: a list's lines take the day of the line that opens it
        // with a colon, however many lines down.
        auto ends_with_colon = [&](std::size_t q) {
            std::string_view t = std::string_view(doc.text).substr(doc.sentences[q].span.begin, doc.sentences[q].span.size());
            while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\r')) t.remove_suffix(1);
            return !t.empty() && t.back() == ':';
        };
        // A line of the list is a paragraph of one sentence or a bulleted
        // one of several ("Key developments on Jan. 2:" over "• ... . ...").
        auto list_line = [&](std::size_t p) {
            const auto& para = doc.paragraphs[p];
            return bulleted(p) || doc.sentence_at(para.span.begin) == doc.sentence_at(para.span.end - 1);
        };
        if (list_line(paragraph))
            for (std::size_t q = sentence; q > 0 && sentence - q < 30;) {
                --q;
                if (doc.sentences[q].boilerplate || doc.entry_at(doc.sentences[q].span.begin) != entry) break;
                const std::size_t p = doc.sentences[q].paragraph;
                if (p == doc.sentences[q + 1].paragraph) continue;  // within a line already read
                // (the lines one under another, down from the colon)
                if (p + 1 != doc.sentences[q + 1].paragraph) break;
                if (!ends_with_colon(q)) {
                    if (!list_line(p)) break;
                    continue;
                }
                if (const DatePhrase* d = day_phrase(phrases_of(q, ref)))
                    return EventDate{d->date.date, DatePrecision::day, d->date.basis + " (the line opening the list)", true};
                break;
            }
        // The sentences before first, up to a headline: a day named goes on
        // to what follows it more than to what precedes it; then those after
        // (a headline reads its lead, a lead the sentence that dates it).
        // ("9:40 a.m. — A missile hit Dnipro. ... A strike there killed 13 on
        // Sunday": a live blog's timed entry tells what just happened; a day
        // named further on is another, earlier event's.)
        bool back = !headline, forward = !earlier_only && !in_bulletin && !doc.entries[entry].timed;
        for (const bool earlier : {true, false})
            // (A day counted from the story's last, "On the same day", "The
            // next day", looks further back for it: the story may have named it
            // a few sentences before.)
            for (std::size_t d = 1; d <= (earlier_only ? 6u : 2u); ++d) {
                const std::size_t q = earlier ? sentence - d : sentence + d;
                if ((earlier && (!back || d > sentence)) || (!earlier && !forward) || !usable(q)) continue;
                // ("From CNN's Svitlana Vlasova", "By Jane Smith": a byline
                // between a headline and its lead stops nothing.)
                if (!earlier && headline && is_byline(q)) continue;
                if (!earlier && is_headline(q)) {
                    forward = false;
                    continue;
                }
                // (A body sentence other than a headline's lead reads on only
                // within its paragraph: the next paragraph of a wire story is
                // often another event, on another day.)
                if (!earlier && !headline && !(sentence > 0 && is_headline(sentence - 1)) &&
                    doc.sentences[q].paragraph != paragraph)
                    continue;
                const auto& phrases = phrases_of(q, ref);
                // (A sentence that turns to the eve of its story's day, "Днем ранее
                // ...", dates that day only.)
                // (The Cyrillic eve opening a story is the report's yesterday: "Накануне
                // ВСУ атаковали Белгород. Удар по Шебекино ...".)
                // (Nor does one after it: "Накануне, 9 июня, ..." goes back.)
                if (std::any_of(phrases.begin(), phrases.end(), [&](const DatePhrase& o) {
                        return o.day_before && (!earlier || (tokens[o.first].key != "накануне" && tokens[o.first].key != "напередодні"));
                    }))
                    continue;
                // (A sentence before that ends in the present leaves it to what
                // follows: "Ще вчора захопили X, звідки тепер тиснуть на Y. ...")
                // ("8 сентября вошли в Балаклею, а 10 сентября — в Купянск. В тот же
                // день ...": a day counted on is counted from the last one told.)
                // (A day an ongoing event is measured from is handed back to the
                // headline, which tells the story from its start: "Russia launches
                // its largest offensive. Since Tuesday, Russian troops have been
                // attacking ...", but to no other line.)
                const bool title = headline && doc.sentence_at(doc.entries[entry].span.begin) == sentence;
                const DatePhrase* p = earlier_only ? last_day_phrase(phrases) : day_phrase(phrases, !earlier && title);
                if (const DatePhrase* last = last_day_phrase(phrases); earlier && last && last != p && last->present)
                    p = last;
                // (A day ahead is a plan the sentence told of: no day an event
                // of another sentence happened on.)
                if (p && p->date.date && *p->date.date > ref + std::chrono::days{1}) p = nullptr;
                if (p)
                    return EventDate{p->date.date, DatePrecision::day, p->date.basis + " (a nearby sentence)", true};
                if (earlier && sentence_day[q] && sentence_day[q]->date) {
                    // (Said once: a day handed on from sentence to sentence would
                    // grow its basis with each, the square of a long text's length.)
                    std::string basis = sentence_day[q]->basis;
                    if (!basis.ends_with(" (a nearby sentence)")) basis += " (a nearby sentence)";
                    return EventDate{sentence_day[q]->date, DatePrecision::day, std::move(basis), true};
                }
                if (earlier && is_headline(q)) back = false;
            }
        return std::nullopt;
    };

    // Whether a name stands for a country, a region or a district, not a
    // town or a village.
    auto names_an_area = [&](std::size_t k) {
        const std::optional<PlaceKind> kind = mentions[k].kind;
        return kind == PlaceKind::country || kind == PlaceKind::admin1 || kind == PlaceKind::admin2 || kind == PlaceKind::region;
    };
    // The day a bulletin covers, stated in a tally at its head that names no
    // place but its region ("Yesterday, 163 combat engagements took place.", "За минулу добу
    // окупанти 85 разів обстріляли 13 населених пунктів."): the undated
    // lines under it, direction by direction, tell of that day, not of the
    // morning the bulletin was posted. Only a day before the report's counts.
    // Found once per entry: the day, and the sentence that states it (only
    // the sentences after it take it). The head is the entry's first eight
    // sentences, four of them body sentences.
    struct Period {
        std::optional<EventDate> day;
        std::size_t stated_in = 0;
        bool named = false;  // "Хроника ... за 19 августа": the summary says which day it is for
    };
    std::unordered_map<std::size_t, Period> periods;
    auto find_period = [&](std::size_t entry, Date ref) -> Period {
        // (Only a day up to three before the report's: a bulletin's own period.)
        auto just_before = [&](const std::optional<Date>& d) { return d && *d < ref && *d + std::chrono::days{3} >= ref; };
        const std::size_t begin = doc.entries[entry].span.begin;
        const std::size_t first = static_cast<std::size_t>(
            std::lower_bound(doc.sentences.begin(), doc.sentences.end(), begin,
                             [](const Sentence& st, std::size_t b) { return st.span.begin < b; }) -
            doc.sentences.begin());
        std::size_t seen = 0;
        for (std::size_t q = first; q < doc.sentences.size() && q < first + 8 && seen < 4; ++q) {
            if (doc.entry_at(doc.sentences[q].span.begin) != entry) break;
            if (doc.sentences[q].boilerplate) continue;
            // ("За 14 травня росіяни вбили 3 мешканців Донеччини: у
            // Костянтинівці ...", "Хроника ... за 19 августа": a day the
            // summary is for, in its headline or lead, whatever it names.)
            auto [qb, qe] = sentence_tokens(q);
            for (const DatePhrase& p : phrases_of(q, ref)) {
                if (p.date.precision != DatePrecision::day || p.first <= qb) continue;
                std::size_t before = p.first - 1;
                if ((tokens[before].key == "добу" || tokens[before].key == "сутки") && before > qb) --before;
                // ("Over the past day, 29 March, the enemy ...": the past day named.)
                const bool past_day_named = tokens[before].key == "day" && before > qb && tokens[before - 1].key == "past";
                if ((tokens[before].key == "за" || past_day_named) && just_before(p.date.date))
                    return {EventDate{p.date.date, DatePrecision::day, p.date.basis + " (the day the summary is for)", true}, q, true};
            }
            // ("Наслідки ворожих обстрілів за минулу добу", "Over the past day, ...":
            // a past day's span at the head is the summary's period, counted or not.)
            for (const DatePhrase& p : phrases_of(q, ref))
                if (p.date.span && !p.day_before && just_before(p.date.date))
                    return {EventDate{p.date.date, DatePrecision::day, p.date.basis + " (the day the summary covers)", true}, q};
            if (is_headline(q)) continue;
            // ("11 жовтня росіяни вбили 3 жителів Донеччини: у Торецьку ...",
            // "On 11 October, Russian shelling killed ...": a lead that opens
            // on a day just before the report's says which day the summary is
            // for, whatever it names.)
            if (seen == 0)
                for (const DatePhrase& p : phrases_of(q, ref))
                    if (p.first == qb && p.date.precision == DatePrecision::day && !p.day_before && !p.publication &&
                        just_before(p.date.date) && p.date.basis.find_first_of("0123456789") != std::string::npos)
                        // (Not named: a present below it is the report's now.)
                        return {EventDate{p.date.date, DatePrecision::day, p.date.basis + " (the day the summary is for)", true}, q};
            ++seen;
            const Span span = doc.sentences[q].span;
            // (A tally may name the region it counts in: "Russian troops
            // attacked 12 settlements of Zaporizhzhia Oblast 412 times on
            // Monday"; a town or village named makes it that place's own event.)
            bool names_a_place = false;
            for (auto it = first_name_from(span.begin); it != names.end() && it->begin < span.end && !names_a_place; ++it)
                names_a_place = !names_an_area(static_cast<std::size_t>(it - names.begin()));
            if (names_a_place) continue;
            const DatePhrase* p = day_phrase(phrases_of(q, ref));
            // (A number outside the date: "Key developments on June 1:" counts nothing.)
            // (Nor does a clock time, "Вчера в 23:40 противник атаковал город", or
            // a number no noun follows, "the death toll from yesterday's strike
            // has risen to 16": a tally counts attacks, times or places.)
            auto digits = [&](std::size_t t) {
                return !tokens[t].key.empty() && tokens[t].key.front() >= '0' && tokens[t].key.front() <= '9';
            };
            // ("163 combat engagements", "85 разів", "13 населених пунктів", "412 times")
            static constexpr std::string_view tallied[] = {
                "engagement", "clash", "attack", "assault", "strike", "shelling", "time", "settlement", "town", "village",
                "locality", "localities", "drone", "missile", "bomb", "раз", "обстріл", "обстрел", "атак", "удар", "штурм",
                "боєзіткнен", "зіткнен", "столкновен", "сутичк", "стычк", "боестолкновен", "населен", "пункт", "сел", "громад", "дрон", "ракет", "авіаудар", "авиаудар",
                "вибух", "взрыв", "прил", "снаряд", "каб"};
            // (Battles counted by the word itself: "12 боевых машин" counts vehicles.)
            static constexpr std::string_view battles[] = {"бої", "боїв", "бій", "боя", "боев", "боёв", "бой"};
            auto tally_noun = [&](std::size_t t) {
                const std::string& w = tokens[t].key;
                return std::find(std::begin(battles), std::end(battles), w) != std::end(battles) ||
                       std::any_of(std::begin(tallied), std::end(tallied), [&](std::string_view st) { return w.starts_with(st); });
            };
            bool counts = false;
            for (std::size_t t = qb; t < qe && !counts; ++t)
                counts = digits(t) && !(p && t >= p->first && t < p->last) && !clock_time_at(doc.text, tokens, t, qb, qe) &&
                         ((t + 1 < qe && tally_noun(t + 1)) || (t + 2 < qe && tally_noun(t + 2)));
            if (!counts) continue;
            // (A tally of the eve, "Днем ранее ПВО уничтожили 10 снарядов", covers no bulletin.)
            if (p && just_before(p->date.date) && !p->day_before)
                return {EventDate{p->date.date, DatePrecision::day, p->date.basis + " (the day the bulletin covers)", true}, q};
        }
        return {};
    };
    // (`named_only`: only a day the summary says it is for, which its
    // present tense tells of too: "Хроника за 19 августа: ... сейчас идут бои".)
    auto period_day = [&](std::size_t sentence, Date ref, bool named_only = false) -> std::optional<EventDate> {
        if (sentence == Document::npos || doc.entries.empty()) return std::nullopt;
        const std::size_t entry = doc.entry_at(doc.sentences[sentence].span.begin);
        if (entry >= doc.entries.size()) return std::nullopt;
        auto it = periods.find(entry);
        if (it == periods.end()) it = periods.emplace(entry, find_period(entry, ref)).first;
        if (!it->second.day || it->second.stated_in >= sentence || (named_only && !it->second.named)) return std::nullopt;
        return it->second.day;
    };

    // An English body sentence told in the present tense only: a finite
    // present verb ("is", "do not look", "risk") and no past one ("was",
    // "said", "captured"; a participle after "being" or "is" is no past).
    // (A headline's present tells of the past: "Russia captures village".)
    auto present_tense = [&](std::size_t sentence, std::size_t sb, std::size_t se) {
        if (sentence == Document::npos || is_headline(sentence)) return false;
        static constexpr std::string_view presents[] = {"is", "are", "do", "does", "remains", "remain", "continues",
                                                        "continue", "risk", "risks", "look", "looks", "seems", "seem"};
        static constexpr std::string_view pasts[] = {"was", "were", "had", "did", "said", "told", "went", "came",
                                                     "took", "fell", "began", "lost", "hit", "struck", "yesterday"};
        static constexpr std::string_view passive[] = {"being", "be", "been", "is", "are", "get", "gets"};
        auto in = [](auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
        // ("Окупанти безперервно обстрілюють Вовчанськ", "ВСУ перебрасывают
        // резервы", "Бої тривають": a verb whose dictionary form is an
        // infinitive, in a present ending, and none in a past one.)
        if (tokens[sb].cyrillic || (se > sb + 1 && tokens[sb + 1].cyrillic)) {
            lemmatize(sb, se);
            bool cyrillic_present = false;
            // ("знищують російських піхотинців, які просочилися в місто": a
            // relative clause's past tells of the noun before it, not of when
            // the sentence's own event is.)
            bool relative = false;
            for (std::size_t q = sb; q < se; ++q) {
                if (clause_break(tokens[q]) || tokens[q].before == Separator::comma) relative = false;
                if (tokens[q].before == Separator::comma && relative_pronoun(tokens[q].key)) relative = true;
                if (!tokens[q].cyrillic || relative) continue;
                const std::string& w = tokens[q].key;
                const auto& forms = lemmas_of(q);
                const bool verb = std::any_of(forms.begin(), forms.end(), [&](const std::string& l) {
                    return l != w && (l.ends_with("ти") || l.ends_with("ть") || l.ends_with("тися") || l.ends_with("ться") ||
                                      l.ends_with("чь") || l.ends_with("чи"));
                });
                if (!verb) continue;
                // ("«... завершено освобождение города», — говорится в сообщении",
                // "так в РФ называют поселок": saying or naming now tells no event now.)
                static constexpr std::string_view saying[] = {"говорить", "говориться", "говорити", "сообщать", "сообщаться",
                                                              "повідомляти", "повідомлятися", "заявлять", "заявляти", "утверждать",
                                                              "стверджувати", "йтися", "называть", "називати", "отмечать",
                                                              "зазначати", "уточнять", "уточнювати", "писать", "писати"};
                if (std::any_of(forms.begin(), forms.end(), [&](const std::string& l) {
                        return std::find(std::begin(saying), std::end(saying), l) != std::end(saying);
                    }))
                    continue;
                for (std::string_view past : {"л", "ла", "ли", "ло", "лась", "лася", "лись", "лися", "лось", "лося", "ався", "вся"})
                    if (w.ends_with(past)) return false;
                if (w.ends_with("в") && w.size() > 6) return false;  // Ukrainian masculine past: "штурмував"
                for (std::string_view now : {"ють", "ять", "уть", "ають", "ає", "яє", "ує", "ює", "ить", "іть", "ет", "ит", "ют",
                                             "ят", "ут", "ется", "ится", "ются", "ятся", "ається", "ються", "яться", "иться"})
                    cyrillic_present = cyrillic_present || w.ends_with(now);
            }
            return cyrillic_present;
        }
        bool present = false;
        for (std::size_t q = sb; q < se; ++q) {
            const std::string& w = tokens[q].key;
            if (tokens[q].cyrillic) return false;
            if (in(pasts, w)) return false;
            // ("under heavy guided-bomb strikes", "the occupied town": a
            // participle before a noun or after an article is an adjective.)
            static constexpr std::string_view determiners[] = {"the", "a", "an", "of", "by", "with", "heavy", "for", "newly"};
            const bool adjectival = (q + 1 < se && tokens[q + 1].before == Separator::hyphen) || (q > sb && in(determiners, tokens[q - 1].key));
            // ("The enemy has accumulated forces near X and is trying to break
            // through": a perfect is no past; a present beside it tells of now.)
            const bool perfect = q > sb && (tokens[q - 1].key == "has" || tokens[q - 1].key == "have");
            if (w.size() > 4 && w.ends_with("ed") && !tokens[q].capitalised && !(q > sb && in(passive, tokens[q - 1].key)) && !adjectival &&
                !perfect)
                return false;
            present = present || in(presents, w);
        }
        return present;
    };

    // Group mentions by sentence.
    std::size_t i = 0;
    while (i < mentions.size()) {
        std::size_t s = doc.sentences.empty() ? Document::npos : doc.sentence_at(mentions[i].byte_start);
        Span span = s == Document::npos ? Span{0, doc.text.size()} : doc.sentences[s].span;
        std::size_t j = i;
        while (j < mentions.size() && mentions[j].byte_start < span.end) ++j;
        auto [sb, se] = sentence_tokens(s);
        for (std::size_t k = i; k < j; ++k) mentions[k].modality = Modality::reported;

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
            if (const DatePhrase* p = phrase_for(*phrases, tokens, sb, {n.first_token, n.last_token}, trigger)) {
                // "Russian drones struck Kharkiv on Wednesday. The previous day,
                // missiles hit Dnipro", "17 ноября ... А накануне ...": a day
                // before, with no other day in its sentence, is the eve of the
                // day the sentences before told, where they told one.
                if (p->day_before && std::none_of(phrases->begin(), phrases->end(), [&](const DatePhrase& o) {
                        return &o != p && o.date.date && o.date.precision == DatePrecision::day;
                    }))
                    // ("Вчора ... Напередодні ...": the Cyrillic eve is mostly the report's
                    // yesterday; it counts back only from a day told by its date.)
                    if (auto told = neighbour_day(s, ref, true);
                        told && told->date && *told->date != ref &&
                        !(tokens[p->first].cyrillic && (*told->date == ref - std::chrono::days{1} ||
                                                        told->basis.find_first_of("0123456789") == std::string::npos))) {
                        EventDate eve = *told;
                        eve.date = *told->date - std::chrono::days{1};
                        eve.basis = p->date.basis + " (the eve of " + told->basis + ")";
                        return eve;
                    }
                // ("Наслідки обстрілів за минулу добу. ... Протягом доби під
                // вогнем перебували X, Y": a day's span that would be the
                // report's own is the day the summary stated above it.)
                if (p->date.span && p->date.date == ref)
                    if (auto covered = period_day(s, ref)) return *covered;
                if (s != Document::npos && p->date.precision == DatePrecision::day && !p->publication && !sentence_day[s])
                    sentence_day[s] = p->date;
                return p->date;
            }
            // "Things do not look much better in X, where Ukrainian forces risk
            // being encircled": a state told in the present is the report's day's.
            // (So in a morning bulletin: "противник продовжує блокування
            // Чернігова" is the state as the bulletin is written.)
            // (Not in a history, where the present is reported speech of its
            // day: "20 мая Пригожин заявил ... Украинская сторона опровергла,
            // утверждая, что бои продолжаются у Клещеевки".)
            bool now = false;
            if (!inherited && present_tense(s, sb, se) && !narrative_anchor(s, ref)) {
                inherited.emplace(std::nullopt);
                now = true;
            }
            if (!inherited) {
                // "Two days later, Russian forces counterattacked": counted from
                // the day the sentences before named.
                const std::optional<int> later = days_later(tokens, sb, se);
                inherited = neighbour_day(s, ref, later.has_value(), period_day(s, ref).has_value());
                if (later && *inherited && (*inherited)->date) {
                    (*inherited)->date = *(*inherited)->date + std::chrono::days{*later};
                    (*inherited)->basis = *later >= 0 ? std::to_string(*later) + " day(s) after " + (*inherited)->basis
                                                      : std::to_string(-*later) + " day(s) before " + (*inherited)->basis;
                }
            }
            // (A neighbour's "за добу" is the report's day only where the
            // summary names no day of its own.)
            // ("Окремо: сьогодні о 04:15 ворог атакував ... У Запоріжжі
            // пошкоджено ...": a neighbour's explicit today stays today.)
            auto said_today = [](const std::string& basis) {
                for (std::string_view w : {"today", "сьогодні", "сегодня", "this morning", "this evening", "tonight"})
                    if (basis.starts_with(w)) return true;
                return false;
            };
            if (*inherited && (*inherited)->date == ref && !said_today((*inherited)->basis))
                if (auto covered = period_day(s, ref)) inherited.emplace(covered);
            if (*inherited) {
                if (s != Document::npos && !sentence_day[s]) sentence_day[s] = **inherited;
                return **inherited;
            }
            // A narrative's undated sentence is not of the day the page was published.
            if (narrative_anchor(s, ref)) return {std::nullopt, DatePrecision::unknown, "a history without a date here"};
            if (now) {
                if (auto covered = period_day(s, ref, true)) return *covered;
                return {ref, DatePrecision::report_day, "the report's day (told in the present)"};
            }
            if (auto covered = period_day(s, ref)) return *covered;
            return {ref, DatePrecision::report_day, "the report's day"};
        };

        // "Following the fall of Avdiivka, Russian forces captured X on 26
        // February", "після захоплення Бахмута": an event named as the time of
        // another clause happened before that clause's day.
        auto names_a_time = [&](const Trigger& t) {
            if (t.first < sb + 1) return false;
            static constexpr std::string_view english[] = {"since", "after", "following", "upon"};
            static constexpr std::string_view cyrillic[] = {"після", "после", "с", "з"};
            const std::string& before = tokens[t.first - 1].key;
            if (tokens[t.first].cyrillic) return std::find(std::begin(cyrillic), std::end(cyrillic), before) != std::end(cyrillic);
            // (The event phrase may hold its article: "the fall".)
            if (tokens[t.first].key == "the") return std::find(std::begin(english), std::end(english), before) != std::end(english);
            return before == "the" && t.first >= sb + 2 &&
                   std::find(std::begin(english), std::end(english), tokens[t.first - 2].key) != std::end(english);
        };
        // A mention without a claim still has a date: the day of the statement
        // it belongs to ("Kherson was calm on Monday" is Monday's Kherson).
        auto date_the_rest = [&] {
            for (std::size_t k = i; k < j; ++k) {
                Mention& m = mentions[k];
                if (m.date_precision) continue;
                EventDate date = date_of_name(names[k], names[k].first_token);
                m.event_date = date.date;
                m.date_precision = date.precision;
                m.evidence.date_basis = date.basis;
                date_facts[k] = {date.borrowed, s != Document::npos && is_headline(s), date.span};
            }
        };

        const std::vector<Trigger>& triggers = triggers_of(s);
        // A sentence without event words may continue the one before
        // ("Kharkiv and the region." after a sentence about shelling).
        const std::size_t previous = previous_sentence(s);
        const std::vector<Trigger> no_triggers;
        const std::vector<Trigger>& previous_triggers = previous == Document::npos ? no_triggers : triggers_of(previous);
        // "Russia said its troops had captured five more villages. The ministry
        // named the villages as X, Y": an event on places it counts but does not
        // name, told in the sentence before (in wire copy often a paragraph of
        // its own); this one names them.
        // (The sentence before may name the region they lie in, or a dateline's
        // town, but no town its event befell.)
        auto names_a_town = [&](std::size_t sentence) {
            for (std::size_t q = i; q-- > 0 && names[q].begin >= doc.sentences[sentence].span.begin;)
                if (mentions[q].claim && mentions[q].kind != PlaceKind::admin1 && mentions[q].kind != PlaceKind::admin2 &&
                    mentions[q].kind != PlaceKind::country)
                    return true;
            return false;
        };
        std::string_view unnamed_by;  // the claim of the event word that governs the counted places
        if (triggers.empty() && s != Document::npos && s > 0 && !doc.sentences[s - 1].boilerplate &&
            doc.entry_at(doc.sentences[s - 1].span.begin) == doc.entry_at(span.begin) && !triggers_of(s - 1).empty() &&
            !names_a_town(s - 1)) {
            const auto [pb, pe] = sentence_tokens(s - 1);
            static constexpr std::string_view counted[] = {"villages", "settlements", "towns", "hamlets", "localities",
                                                           "населенных", "населених", "сел", "сіл", "сёл", "селищ", "поселков"};
            auto in = [](const auto& words, std::string_view w) { return std::find(std::begin(words), std::end(words), w) != std::end(words); };
            // (The event word nearest before the counted noun governs it: "pressed
            // the offensive and claimed it had captured five villages" is a capture.)
            for (std::size_t q = pb; q < pe && unnamed_by.empty(); ++q)
                if (in(counted, tokens[q].key))
                    for (const Trigger& t : triggers_of(s - 1))
                        if (t.last <= q && t.claim != "other" && t.claim != "none") unnamed_by = t.claim;
            // (This sentence must point back at them: "named the villages as",
            // "They are", "Йдеться про", "Речь идет о".)
            static constexpr std::string_view pointing[] = {"them",  "they", "these", "named", "naming", "identified",
                                                            "населенные", "населені", "села", "сёла", "йдеться", "идет",
                                                            "идёт", "ними", "них", "названы", "назвали", "назвало", "это", "це"};
            const auto [cb, ce] = sentence_tokens(s);
            bool points_back = false;
            for (std::size_t q = cb; q < ce && !points_back; ++q)
                points_back = in(counted, tokens[q].key) || in(pointing, tokens[q].key);
            if (!points_back) unnamed_by = {};
        }
        // "Окупанти завдали ударів по 14 населених пунктах області." over
        // "🔹 Харківський район: м. Вовчанськ, с. Вільча" and more such lines:
        // bulleted lines under a sentence counting the settlements an event
        // befell name them, line after line.
        // (A line's district heading alone, "🔸 Грайворонский округ.", heads
        // the sentences after it instead.)
        const bool districts_only = std::all_of(names.begin() + static_cast<std::ptrdiff_t>(i), names.begin() + static_cast<std::ptrdiff_t>(j),
                                                [](const RecognizedName& n) {
                                                    return n.designator == Designator::admin2 || n.designator == Designator::community;
                                                });
        if (unnamed_by.empty() && triggers.empty() && !districts_only && s != Document::npos && bulleted_line(doc.text, span.begin) &&
            opens_its_line(doc.text, span.begin)) {
            const std::size_t entry = doc.entry_at(span.begin);
            std::size_t b = s;
            while (b > 0 && s - b < 40 && doc.entry_at(doc.sentences[b - 1].span.begin) == entry &&
                   bulleted_line(doc.text, doc.sentences[b - 1].span.begin))
                --b;
            if (b > 0 && doc.entry_at(doc.sentences[b - 1].span.begin) == entry && !doc.sentences[b - 1].boilerplate) {
                const std::size_t opener = b - 1;
                const Span os = doc.sentences[opener].span;
                // (It counts them, naming no town of its own.)
                bool names_town = false;
                for (std::size_t q = 0; q < i && !names_town; ++q)
                    names_town = names[q].begin >= os.begin && names[q].begin < os.end && mentions[q].kind &&
                                 *mentions[q].kind != PlaceKind::admin1 && *mentions[q].kind != PlaceKind::admin2 &&
                                 *mentions[q].kind != PlaceKind::country;
                static constexpr std::string_view counted[] = {"villages", "settlements", "towns", "communities", "localities",
                                                               "населених", "населенных", "громад", "громади", "сіл", "сел"};
                const auto [ob, oe] = sentence_tokens(opener);
                for (std::size_t q = ob; q < oe && unnamed_by.empty() && !names_town; ++q)
                    if (std::find(std::begin(counted), std::end(counted), tokens[q].key) != std::end(counted))
                        for (const Trigger& t : triggers_of(opener))
                            if (t.last <= q && t.claim != "other" && t.claim != "none") unnamed_by = t.claim;
            }
        }
        // "Kryvyi Rih. A ballistic missile hit a residential area.": a place
        // named alone, as the heading of the sentence after it in its
        // paragraph, takes that sentence's event word.
        const std::vector<Trigger>* heading_of_next = nullptr;
        std::size_t headed_sentence = 0;  // the sentence heading_of_next's triggers stand in
        // (One place, under one name or two: "Дзержинск (Торецк).")
        // (Or a town and its region after a comma: "Location: Selydove, Donetsk Oblast".)
        const bool one_place = j == i + 1 ||
                               (j == i + 2 && mentions[i].place_id && mentions[i].place_id == mentions[i + 1].place_id) ||
                               (j == i + 2 && mentions[i].kind == PlaceKind::settlement && mentions[i + 1].kind == PlaceKind::admin1 &&
                                names[i + 1].first_token == names[i].last_token &&
                                tokens[names[i + 1].first_token].before == Separator::comma);
        // ("Костянтинівський напрямок:" over "- ворог 9 разів атакував поблизу
        // X;", "Pokrovsk direction" over a line of fighting: a sector's
        // heading line heads the lines under it, which name places of their own.)
        const bool sector_line = [&] {
            if (names[i].designator != Designator::direction || s == Document::npos || s + 1 >= doc.sentences.size()) return false;
            // (A sentence of its own, the name and the sector word alone: "Покровський
            // напрямок." or a line "Pokrovsk direction" before the next sentence.)
            return names[i].last_token + 1 == se && doc.sentences[s + 1].span.begin >= doc.sentences[s].span.end;
        }();
        // ("Location: Selydove, Donetsk Oblast" over "Description: footage shows
        // a building hit by a missile": a record's label line heads the lines
        // of its record, up to a blank line.)
        auto next_line_of_record = [&](std::size_t from, std::size_t to) {
            if (names[i].first_token <= sb || names[i].first_token > sb + 2) return false;
            const std::string_view gap_before = std::string_view(doc.text).substr(
                tokens[names[i].first_token - 1].full_end, tokens[names[i].first_token].begin - tokens[names[i].first_token - 1].full_end);
            if (gap_before.find(':') == std::string_view::npos) return false;
            // (A location's label, not any: "Our correspondent: Odesa" heads nothing.)
            // ("Направление: Горловка" in a shelling log: where the fire went.)
            static constexpr std::string_view location_labels[] = {"location", "geolocation", "place", "where", "direction",
                                                                   "локація", "місце", "геолокація", "напрямок", "место",
                                                                   "локация", "геолокация", "направление"};
            if (std::find(std::begin(location_labels), std::end(location_labels), tokens[names[i].first_token - 1].key) ==
                std::end(location_labels))
                return false;
            const std::size_t a = doc.sentences[from].span.end, b = doc.sentences[to].span.begin;
            if (b < a) return false;
            const std::string_view gap = std::string_view(doc.text).substr(a, b - a);
            return gap.find("\n\n") == std::string_view::npos && gap.find("\r\n\r\n") == std::string_view::npos;
        };
        if (triggers.empty() && one_place && s != Document::npos && s + 1 < doc.sentences.size() &&
            (doc.sentences[s + 1].paragraph == doc.sentences[s].paragraph || sector_line || next_line_of_record(s, s + 1)) &&
            !doc.sentences[s + 1].boilerplate) {
            // ("Sumy region.": the surface takes in the region word after the name.)
            std::size_t covered = names[j - 1].last_token;
            if (covered < se && tokens[covered].end == names[j - 1].end) ++covered;
            // ("Kharkiv district. In the village of Lyptsi a shell killed a
            // woman.": a heading over places of its own only contains them.)
            // (Names come in text order: the first after this sentence's is the one to ask.)
            auto names_a_place = [&](std::size_t sentence) {
                const Span span = doc.sentences[sentence].span;
                for (std::size_t q = j; q < names.size() && names[q].begin < span.end; ++q)
                    if (names[q].begin >= span.begin) return true;
                return false;
            };
            // ("Сьогодні Харків. Звичайна субота, люди прийшли в гіпермаркет...":
            // an address names the day's town after the day.)
            auto day_word = [&](const std::string& w) {
                return w == "сьогодні" || w == "сегодня" || w == "вчора" || w == "вчера" || w == "today" || w == "yesterday";
            };
            // ("02:58 Святошинський район. Уламки впали на дах 9-поверхівки": a
            // channel's clock time before it.)
            const bool clock_before = names[i].first_token > sb && names[i].first_token <= sb + 2 &&
                                      std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(sb),
                                                  tokens.begin() + static_cast<std::ptrdiff_t>(names[i].first_token),
                                                  [](const Token& t) { return numeral(t.key); });
            // ("Location: Odesa.", "Nov 15: Huliaipole.": a short label or a
            // date and a colon before it.)
            const bool label_before = names[i].first_token > sb && names[i].first_token <= sb + 4 &&
                                      std::string_view(doc.text)
                                              .substr(tokens[names[i].first_token - 1].full_end,
                                                      tokens[names[i].first_token].begin - tokens[names[i].first_token - 1].full_end)
                                              .find(':') != std::string_view::npos;
            if ((names[i].first_token == sb || (names[i].first_token == sb + 1 && day_word(tokens[sb].key)) || clock_before ||
                 label_before) &&
                (covered == se || (sector_line && covered + 1 == se))) {
                // ("Торецк. Сегодня штурмовики добили последние опорники.
                // Фактически город наш.": the event may come a sentence later,
                // where no place comes between.)
                for (std::size_t next = s + 1; next <= s + 2 && next < doc.sentences.size() && !heading_of_next; ++next) {
                    if (sector_line) {
                        // (Only the line right under it, or the next of its list, and
                        // only where the places it names lie along the sector: "In
                        // other news, missiles struck Lviv" is another story.)
                        if (doc.sentences[next].boilerplate) break;
                        const Span ns = doc.sentences[next].span;
                        const auto here = mentions[i].place_id ? gazetteer.find_id(*mentions[i].place_id) : std::nullopt;
                        bool named = false, along = false;
                        for (std::size_t q = j; q < names.size() && names[q].begin < ns.end; ++q) {
                            if (names[q].begin < ns.begin || !mentions[q].place_id) continue;
                            named = true;
                            const auto there = gazetteer.find_id(*mentions[q].place_id);
                            if (here && there) {
                                const PlaceView a = gazetteer.place(*here), b = gazetteer.place(*there);
                                along = along || distance_km(a.lat(), a.lon(), b.lat(), b.lon()) <= 60.0;
                            }
                        }
                        if (named && !along) break;
                    } else if ((doc.sentences[next].paragraph != doc.sentences[s].paragraph && !next_line_of_record(next - 1, next)) ||
                               doc.sentences[next].boilerplate || names_a_place(next))
                        break;
                    const std::vector<Trigger>& told = triggers_of(next);
                    if (std::any_of(told.begin(), told.end(), [](const Trigger& t) { return t.claim != "other"; })) {
                        heading_of_next = &told;
                        headed_sentence = next;
                    } else if (!told.empty())
                        break;
                }
            }
        }
        // "* BALAKLIIA - Town of about 27,000 people southeast of Kharkiv.
        // Officials said troops had recaptured it.": a town a sentence without
        // event words opens with, taken up by the next sentence's "it", "the
        // town" or "там" as what its event word tells of, takes that event.
        const Trigger* taken_up_by_next = nullptr;
        // ("Russian missiles hit Sumy on Sunday. Sumy is a city in the north.
        // Two missiles hit the city centre.": a town the sentence before told
        // of is only explained.)
        auto named_just_before = [&] {
            for (std::size_t q = i; q-- > 0 && s > 0 && names[q].begin >= doc.sentences[s - 1].span.begin;)
                if (mentions[q].place_id == mentions[i].place_id) return doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph;
            return false;
        };
        if (!heading_of_next && triggers.empty() && s != Document::npos && s + 1 < doc.sentences.size() &&
            (mentions[i].kind == PlaceKind::settlement || mentions[i].kind == PlaceKind::admin1) &&
            // (Near its start, or the only place it names: "Many families have
            // stayed in Kramatorsk. On Monday, two missiles hit the city.")
            (names[i].first_token <= sb + 4 || j == i + 1) &&
            !doc.sentences[s + 1].boilerplate &&
            doc.sentences[s + 1].paragraph == doc.sentences[s].paragraph && !named_just_before()) {
            const auto [nb, ne] = sentence_tokens(s + 1);
            // (A place the next sentence names first is what its pronoun stands for.)
            std::size_t named_from = ne;
            for (std::size_t q = j; q < names.size() && names[q].first_token < ne; ++q)
                if (names[q].first_token >= nb) {
                    named_from = names[q].first_token;
                    break;
                }
            // ("Неспокійна ніч на Дніпропетровщині. Ворог атакував область
            // ракетами": a region is taken up by its own nouns.)
            // (A place deep in its sentence is taken up by a noun only: "The ship
            // was south of Odesa. It sank" tells of the ship.)
            const bool by_noun_only = names[i].first_token > sb + 4;
            auto takes_up = [&](std::size_t q) {
                static constexpr std::string_view pronouns[] = {"it", "there", "його", "там", "его", "ньому", "нему",
                                                                "нього", "него", "неї", "неё"};
                if (by_noun_only && std::find(std::begin(pronouns), std::end(pronouns), tokens[q].key) != std::end(pronouns))
                    return false;
                return mentions[i].kind == PlaceKind::admin1 ? region_anaphor_at(tokens, q) : anaphor_at(tokens, q);
            };
            for (const Trigger& t : triggers_of(s + 1)) {
                if (t.claim == "other" || t.claim == "none") continue;
                // its object ("recaptured it", "took control of the city centre", "fighting there"),
                // or the subject of a sentence that opens with it ("The town came under fire", "Місто обстріляли")
                std::optional<std::size_t> at;
                for (std::size_t q = t.last; q < ne && q < t.last + 4 && !at && !clause_break(tokens[q]); ++q)
                    if (takes_up(q)) at = q;
                // (After an opening phrase of time set off by a comma: "On
                // Thursday, the village fell", "Hours later, the city was hit".)
                std::size_t subject_from = nb;
                for (std::size_t q = nb + 1; q < ne && q <= nb + 4; ++q)
                    if (tokens[q].before == Separator::comma) {
                        if (named_from >= q) subject_from = q;  // (no place in the opening phrase)
                        break;
                    }
                // ("Там наші воїни вчора знищили ...": "there" opening the sentence
                // reaches a little further.)
                for (std::size_t q : {nb, subject_from})
                    for (std::size_t r = q; r < q + 2 && r < t.first && !at; ++r)
                        if (takes_up(r) && t.first <= r + (tokens[r].key == "там" || tokens[r].key == "there" ? 5 : 3)) at = r;
                // ("Я говорю про Оріхів. Минулої ночі його обстріляли": a Cyrillic
                // object put before its verb.)
                if (!at && t.first > nb && tokens[t.first - 1].cyrillic && takes_up(t.first - 1) && !clause_break(tokens[t.first]))
                    at = t.first - 1;
                // ("the settlement of Zheleznodorozhnoye", "город Суджа": a noun
                // the next name stands in apposition to names it, takes nothing up.)
                if (at && *at < named_from && (named_from == ne || named_from > *at + 3)) {
                    taken_up_by_next = &t;
                    break;
                }
            }
        }
        // Most sentences have neither: their mentions claim nothing, and
        // the roles, scans and dates below would be found for no use.
        if (triggers.empty() && previous_triggers.empty() && !heading_of_next && !taken_up_by_next && unnamed_by.empty()) {
            date_the_rest();
            i = j;
            continue;
        }
        lemmatize(sb, se);

        // Phrases of the whole sentence, found once for all its claims.
        struct SentenceScans {
            std::vector<PhraseMatch> modality, status, sources, instruments, civil, attempts, weapons;
            std::vector<ActorPhrase> actors;
        };
        std::optional<SentenceScans> scans;
        // A sentence in title case ("Russian Forces Capture Village Near X"):
        // most of its Latin words of four letters or more are capitalised.
        std::optional<bool> title_cased;
        auto title_case = [&] {
            if (!title_cased) {
                std::size_t words = 0, capitals = 0;
                for (std::size_t q = sb; q < se; ++q)
                    if (!tokens[q].cyrillic && tokens[q].key.size() >= 4 && std::isalpha(static_cast<unsigned char>(tokens[q].key[0]))) {
                        ++words;
                        capitals += tokens[q].capitalised ? 1 : 0;
                    }
                title_cased = words >= 4 && capitals * 4 >= words * 3;
            }
            return *title_cased;
        };
        std::optional<std::optional<ClaimStatus>> status_after;  // status_said_after(s), found when a claim first asks
        auto sentence_scans = [&]() -> const SentenceScans& {
            if (scans) return *scans;
            scans.emplace();
            scans->modality = modality_.find_all(tokens, sb, se, lemma_table());
            scans->status = status_.find_all(tokens, sb, se, lemma_table());
            scans->sources = claimants_.find_all(tokens, sb, se, lemma_table());
            scans->instruments = instruments_.find_all(tokens, sb, se, lemma_table());
            scans->civil = civil_.find_all(tokens, sb, se, lemma_table());
            scans->attempts = attempts_.find_all(tokens, sb, se, lemma_table());
            scans->weapons = weapons_.find_all(tokens, sb, se, lemma_table());
            for (std::size_t q = sb; q < se; ++q) {
                if (auto a = side_forces_at(q, se)) {
                    scans->actors.push_back({q, a->last, a->entry});
                    // ("Russian and Belarusian troops" is one phrase, not also "Belarusian troops".)
                    if (joins_sides(tokens[q + 1].key)) q = a->last - 1;
                    continue;
                }
                if (auto t = side_target_at(q, se)) {
                    scans->actors.push_back({q, t->last, t->entry, true});
                    q = t->last - 1;
                    continue;
                }
                if (auto a = agents_.match_at(tokens, q, se, lemma_table())) scans->actors.push_back({q, a->last, a->entry});
            }
            // ("по данным Воздушных сил ВСУ, беспилотники атаковали Львов": the
            // side named after a source owns the source, it does not act.)
            std::erase_if(scans->actors, [&](const ActorPhrase& a) {
                return std::any_of(scans->sources.begin(), scans->sources.end(), [&](const PhraseMatch& cm) {
                    return a.first == cm.last && tokens[a.first].before == Separator::space && cm.first > sb;
                });
            });
            // ("Ukrainian neo-Nazis fired on Shebekino": a civil word inside the
            // name of a side's forces names the forces.)
            std::erase_if(scans->civil, [&](const PhraseMatch& cm) {
                return std::any_of(scans->actors.begin(), scans->actors.end(),
                                   [&](const ActorPhrase& a) { return cm.first >= a.first && cm.first < a.last; });
            });
            return *scans;
        };
        // Forces or weapons named in a sentence without an event word ("Our
        // UAVs also operated", "the actions of our forces"): it may go on with
        // the sentence before.
        const bool forces_act = triggers.empty() && !previous_triggers.empty() &&
                                (std::any_of(sentence_scans().actors.begin(), sentence_scans().actors.end(),
                                             [](const ActorPhrase& a) { return !a.target_only; }) ||
                                 !sentence_scans().instruments.empty());
        // Civilians killed or wounded in the sentence (sentence_facts.cpp).
        const SentenceTokens this_sentence{doc.text, tokens, lemma_table(), sb, se};
        // (Read only where the sentence tells an attack or a strike, the
        // readings it turns into an interception.)
        const bool air_claims =
            std::any_of(triggers.begin(), triggers.end(), [](const Trigger& t) { return t.claim == "attacked" || t.claim == "struck"; });
        // ("Росіяни атакували Дружківку. Загинула жінка.", "Противник атаковал
        // Курчатов. Повреждено здание.": the harm an attack did may be told in
        // the next sentence of its paragraph, which names no place of its own.)
        bool harm_next = false, damage_next = false;
        if (air_claims && s != Document::npos && s + 1 < doc.sentences.size() &&
            doc.sentences[s + 1].paragraph == doc.sentences[s].paragraph && !doc.sentences[s + 1].boilerplate &&
            (j >= names.size() || names[j].begin >= doc.sentences[s + 1].span.end)) {
            const auto [nb, ne] = sentence_tokens(s + 1);
            if (ne > nb) {
                lemmatize(nb, ne);
                const SentenceTokens next{doc.text, tokens, lemma_table(), nb, ne};
                // (A next sentence of its own taking or fighting tells another event.)
                const std::vector<Trigger>& told = triggers_of(s + 1);
                const bool harm_only = std::all_of(told.begin(), told.end(), [](const Trigger& t) {
                    return t.claim == "struck" || t.claim == "other" || t.claim == "none";
                });
                damage_next = harm_only && tells_property_damage(next);
                harm_next = harm_only && tells_civilian_casualties(next);
            }
        }
        const bool civilian_casualties = tells_civilian_casualties(this_sentence) || harm_next;
        const bool property_damage = tells_property_damage(this_sentence) || damage_next;
        const AirAttackReading air_attack = air_claims ? read_air_attack(this_sentence) : AirAttackReading{};
        // Found once per sentence for all its mentions (a sentence of thousands
        // of words with hundreds of places stays linear): a flag raised in it,
        // and the last "the city/town/village/region" an event word follows.
        bool flag_in_sentence = false;
        std::size_t last_city_event = tokens.size();
        {
            std::vector<std::size_t> trigger_starts;
            for (const Trigger& t : triggers) trigger_starts.push_back(t.first);
            std::sort(trigger_starts.begin(), trigger_starts.end());
            for (std::size_t q = sb; q < se; ++q) {
                const std::string& w = tokens[q].key;
                flag_in_sentence = flag_in_sentence || w == "flag" || w == "flags" || w.starts_with("прапор") || w.starts_with("флаг");
                if (w != "the" || q + 1 >= se) continue;
                const std::string& noun = tokens[q + 1].key;
                if (!(noun == "city" || noun == "town" || noun == "village" || noun == "region")) continue;
                // (an event word within the next few words: "the city was hit")
                auto t = std::upper_bound(trigger_starts.begin(), trigger_starts.end(), q + 1);
                if (t != trigger_starts.end() && *t <= q + 5) last_city_event = q;
            }
        }
        // Role of each mention.
        std::vector<MentionContext> context(j - i);
        std::vector<bool> past_war(j - i);  // dated to a year before this war
        std::vector<long> list_head(j - i, -1);  // the earlier list item a mention continues
        std::vector<std::string_view> doubted(j - i);  // the rules' claim the model dropped, per mention
        std::vector<char> told_by_relative(j - i, 0);  // read from the relative clause after it, which no list item shares
        std::vector<bool> gapped_object(j - i);  // ... as the second object of a gapped clause
        std::vector<std::size_t> appositive_close(j - i, 0);  // a subject's appositive ends before this token
        std::vector<char> aimed_at(j - i, 0);     // a place gone or aimed at (RuleVerdict::aim)
        std::vector<std::size_t> basis_at(j - i, tokens.size());  // the first token of each claim's event word
        std::vector<bool> locus(j - i, false);
        auto semicolon_at = [&](std::size_t q) { return q > sb && q < se && semicolon_before(doc.text, tokens, q); };
        // "..., Bilopillia and Krasnopillia in Sumy Oblast; Siversk and Druzhba in
        // Donetsk Oblast": the group the name stands in, from the semicolon before
        // it to the next, holds places and list words only: a list's group, not
        // a clause ("Russia claims Loknia; Moscow airports briefly shut").
        auto in_semicolon_list_group = [&](std::size_t at) {
            std::size_t from = at;
            while (from > sb && !semicolon_at(from)) --from;
            if (!semicolon_at(from)) return false;
            static constexpr std::string_view list_words[] = {
                "and", "or", "in", "near", "around", "of", "the", "region", "regions", "oblast", "oblasts", "district",
                "districts", "area", "areas", "village", "villages", "town", "towns", "city", "also", "as", "well",
                "within", "on", "at", "outside", "toward", "towards", "direction", "directions", "outskirts"};
            for (std::size_t q = from; q < se && !(q > from && semicolon_at(q)); ++q) {
                if (std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) { return t.first == q; })) return false;
                const Token& w = tokens[q];
                // (Bearings place a group's items: "; northeast of Pokrovsk near Rodynske".)
                if (!w.cyrillic && !w.capitalised && !std::isdigit(static_cast<unsigned char>(w.key.front())) &&
                    !compass_word(w.key) && !(w.key.ends_with("ern") && compass_word(w.key.substr(0, w.key.size() - 3))) &&
                    std::find(std::begin(list_words), std::end(list_words), w.key) == std::end(list_words))
                    return false;
            }
            return true;
        };
        // Whether every event word of the sentence tells of fire (or of none).
        const bool fire_only = std::all_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
            return t.claim == "struck" || t.claim == "other" || t.claim == "none";
        });
        // (Attacks too, no taking, moving or leaving: "ворог атакував ударними БпЛА".)
        const bool fire_or_attack_only = std::all_of(triggers.begin(), triggers.end(), [](const Trigger& t) {
            return t.claim == "struck" || t.claim == "other" || t.claim == "none" || t.claim == "attacked";
        });
        // Soldiers, infantry, tanks or positions: the sentence tells of ground
        // combat (asked once per sentence, only where a rule needs it).
        std::optional<bool> ground_troops;
        auto ground_troops_in_sentence = [&] {
            if (ground_troops) return *ground_troops;
            static constexpr std::string_view stems[] = {"soldier", "troop", "infantry", "tank", "armoured", "armored", "position",
                                                         "paratroop", "marines", "солдат", "військов", "войск", "бійц", "бойц",
                                                         "піхот", "пехот", "танк", "позиці", "позици", "десант", "штурмов",
                                                         // units and formations ("units of the Battlegroup North repelled")
                                                         "servicem", "formation", "battlegroup", "brigade", "battalion",
                                                         "бригад", "батальйон", "батальон", "формуван", "формирован"};
            bool found = false;
            for (std::size_t q = sb; q < se && !found; ++q)
                found = std::any_of(std::begin(stems), std::end(stems), [&](std::string_view st) { return tokens[q].key.starts_with(st); });
            ground_troops = found;
            return found;
        };
        // ("Ukrainian units pull back from Sudzha under heavy drone fire",
        // "driven out of Robotyne under fire": a word of leaving right before
        // "from" or "out of" governs the name after it, whatever event word
        // stands nearer.)
        auto leaves_from = [&](const RecognizedName& n, const Trigger& t) {
            const std::size_t q = n.first_token - (n.first_token > sb && tokens[n.first_token - 1].key == "the" ? 1 : 0);
            if (q <= sb + 1 || t.last + 1 != q || (t.claim != "withdrew" && t.claim != "captured")) return false;
            const std::string& from = tokens[q - 1].key;
            return from == "from" || from == "из" || cyrillic_from(from) || (from == "of" && tokens[q - 2].key == "out");
        };
        // "2025-11-24 | Rivnopillia, Zaporizhzhia Oblast | Battles | Russian
        // MoD claimed capture of the village": in a table row, an event word
        // of a later cell whose object points back ("the village", "it",
        // "там") tells of the last settlement named before it in the row.
        // (Prose points back across sentences as often: "after advances at
        // Vodiane, Russian forces threatened to encircle the town" is Vuhledar.)
        // (Returns the pointing word.)
        auto taken_up_by_anaphor = [&](std::size_t k, const Trigger& t) -> std::optional<std::size_t> {
            const RecognizedName& n = names[k];
            if (t.claim == "other" || t.claim == "none" || mentions[k].kind != PlaceKind::settlement || t.first <= n.last_token)
                return std::nullopt;
            // (Its object may be a part of it: "pulled out of positions near the town".)
            std::optional<std::size_t> at;
            for (std::size_t q = t.last; q < se && q < t.last + 6 && !at && !clause_break(tokens[q]); ++q)
                if (anaphor_at(tokens, q)) at = q;
            // (The pointing word first: the row's cells are asked of few pairs.)
            if (!at || !cells_apart(doc, n.end, tokens[t.first].begin)) return std::nullopt;
            // (A settlement named between is the nearer antecedent; a name right
            // after the noun is its apposition: "the village of Kindrashivka".)
            // ("retook the village south of Bakhmut": a landmark after it is no apposition.)
            for (std::size_t other = k + 1; other < j; ++other) {
                const std::size_t f = names[other].first_token;
                if (f > *at + 2) break;
                if (f == *at + 1 || (f == *at + 2 && tokens[*at + 1].key == "of") || (f < *at && mentions[other].kind == PlaceKind::settlement))
                    return std::nullopt;
            }
            return at;
        };
        for (std::size_t k = i; k < j; ++k) {
            const RecognizedName& n = names[k];
            MentionContext& c = context[k - i];
            const Token& last = tokens[n.last_token - 1];
            // (Past the region word after the name, where the surface took it in;
            // "Kherson Region" may be the name itself.)
            const bool word_after = n.last_token < se && tokens[n.last_token].end == n.end;
            const std::size_t after =
                n.last_token + ((n.designator == Designator::admin1 || n.designator == Designator::admin2) && word_after ? 1 : 0);
            c.kind = mentions[k].kind ? to_string(*mentions[k].kind) : std::string_view("none");
            // ("населенный пункт Мирный Курской области": a village the gazetteer
            // lacks, drawn at the region that qualifies it, is still a village.)
            if (drawn_at_its_region(mentions[k], n, gazetteer)) c.kind = to_string(PlaceKind::settlement);
            // "the Yavoriv military base", "Korenovo airfield": the town names a facility.
            for (std::size_t q = after; q < std::min(se, after + 2) && !c.names_facility; ++q)
                c.names_facility = tokens[q].before == Separator::space && facility_nouns_.match_at(tokens, q, se, lemma_table());
            // "sent troops to fight in the Kursk region", "moved brigades to
            // defend Pokrovsk": a deployment whose purpose is the fighting.
            for (const Trigger& d : triggers) {
                if (d.claim != "deployed" || d.last > n.first_token || n.first_token - d.last > 12) continue;
                for (const Trigger& t : triggers) {
                    // The "to" is the purpose's, not the deployment's own ("troops to").
                    // (The purpose may follow the place: "накапливает силы в районе X для наступления".)
                    if (t.claim == "deployed" || t.first < d.last + 1 || t.first > n.last_token + 4) continue;
                    // ("для наступления", "for an offensive": the purpose as a noun)
                    // ("for a major offensive", "для нового наступу": an article or an
                    // adjective may stand between.)
                    bool to = false;
                    for (std::size_t k = 1; k <= 3 && t.first >= d.last + k && !to; ++k) {
                        const Token& w = tokens[t.first - k];
                        to = w.key == "to" || w.key == "для" || w.key == "for";
                        // ("dispatched to the fire": a destination, not a purpose)
                        if (w.key == "the" || w.capitalised || clause_break(tokens[t.first - k + 1])) break;
                    }
                    to = to || (t.first >= sb + 2 && tokens[t.first - 2].key == "to" && tokens[t.first - 1].key == "help");
                    if (!to) continue;
                    // ("a brigade operating in X stated that Russian forces are attempting
                    // to infiltrate Y": the "to" of another clause's attempt is no purpose.)
                    bool same_clause = true;
                    for (std::size_t q = d.last; q < t.first && same_clause; ++q) {
                        const std::string& w = tokens[q].key;
                        same_clause = !(q > d.last && clause_break(tokens[q])) && w != "that" && w != "which" && w != "who" &&
                                      w != "що" && w != "что" && w != "які" && w != "которые";
                    }
                    if (!same_clause) continue;
                    const auto& attempts = sentence_scans().attempts;
                    const bool attempt = std::any_of(attempts.begin(), attempts.end(), [&](const PhraseMatch& a) {
                        return a.last + 1 == t.first || a.last == t.first;
                    });
                    if (!attempt) c.deployed_for = true;
                }
            }
            // "attacked energy infrastructure in the Kyiv region", "атакувала
            // енергетику Київщини", "hitting a chemical plant in the Bryansk
            // region": the attack's or strike's object is a facility in it.
            {
                const Trigger* attack = nullptr;
                for (const Trigger& t : triggers)
                    if ((t.claim == "attacked" || t.claim == "struck") && t.last <= n.first_token && n.first_token - t.last <= 16)
                        attack = &t;
                // (A facility within eight words before the name: "hitting a
                // chemical plant in X and oil facilities in Y".)
                if (attack)
                    for (std::size_t q = attack->last; q < n.first_token && !c.facility_object; ++q) {
                        if (clause_break(tokens[q])) break;
                        if (n.first_token - q > 8) continue;
                        // ("tried to storm our positions near the coke plant in
                        // Avdiivka": the positions were attacked; the plant places them.)
                        const std::string& w = tokens[q].key;
                        if (w == "positions" || w == "position" || w.starts_with("позиці") || w.starts_with("позици")) break;
                        // ("the besieged port city of Mariupol": a noun that only
                        // says what kind of town it is.)
                        auto f = facility_nouns_.match_at(tokens, q, se, lemma_table());
                        c.facility_object = f && !(f->last < se && settlement_noun(tokens[f->last].key));
                    }
                // ("Thermal and hydroelectric plants were also attacked in
                // Dnipropetrovsk, Vinnytsia and Odesa oblasts": a facility the
                // subject of the passive, its noun right before "were".)
                if (attack && !c.facility_object) {
                    std::size_t be = attack->first;
                    if (be > sb && tokens[be - 1].key.ends_with("ly")) --be;  // "also", "reportedly"
                    if (be > sb && tokens[be - 1].key == "also") --be;
                    if (be > sb + 1 && (tokens[be - 1].key == "were" || tokens[be - 1].key == "was")) {
                        static constexpr std::string_view works[] = {"plant", "station", "substation", "facilit", "infrastructure",
                                                                     "refiner", "depot", "terminal", "port", "grid", "warehouse"};
                        const std::string& w = tokens[be - 2].key;
                        c.facility_object = std::any_of(std::begin(works), std::end(works), [&](std::string_view f) { return w.starts_with(f); });
                    }
                }
            }
            c.designator = designator_name(n.designator);
            c.first_word = n.first_token == sb;
            {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the" && !clause_break(tokens[q])) --q;
                c.clause_initial = q == sb || clause_break(tokens[q]);
            }
            c.headline = is_headline(s);
            c.civilian_casualties = civilian_casualties;
            c.property_damage = property_damage;
            // (The places after "over": "Russia attacked Sevastopol with missiles;
            // air defences downed several over the sea" still tells a strike on it.)
            c.foiled_air_attack = air_attack.foiled || (air_attack.downed_over && n.first_token > *air_attack.downed_over);
            // ("drones had attacked airfields in the Murmansk and Ivanovo regions,
            // and said the attacks in Ivanovo had been repelled": a later clause
            // that foils the attack on places of its own leaves the places
            // before it hit.)
            if (air_attack.foiled && air_attack.foiled_at && n.last_token <= *air_attack.foiled_at) {
                std::size_t clause = *air_attack.foiled_at;
                while (clause > n.last_token && !clause_break(tokens[clause])) --clause;
                const bool own_places = clause > n.last_token && std::any_of(names.begin() + static_cast<std::ptrdiff_t>(i),
                                                                             names.begin() + static_cast<std::ptrdiff_t>(j),
                                                                             [&](const RecognizedName& o) {
                                                                                 return o.first_token >= clause &&
                                                                                        o.first_token < *air_attack.foiled_at;
                                                                             });
                if (own_places) c.foiled_air_attack = false;
            }
            c.weapons_in_flight = air_attack.in_flight;
            // "shelled Artemovsk from the heights near Chasov Yar", "били з
            // позицій біля X": a place that only places where fire came from.
            {
                static constexpr std::string_view nears[] = {"near", "outside", "around", "біля", "поблизу", "возле", "около", "під", "под"};
                const std::size_t at = n.first_token;
                if (at > sb + 2 && std::find(std::begin(nears), std::end(nears), tokens[at - 1].key) != std::end(nears) &&
                    tokens[at - 1].before == Separator::space)
                    for (std::size_t q = at - 2; q > sb && at - 2 - q < 3; --q) {
                        if (clause_break(tokens[q + 1]) || tokens[q].capitalised) break;
                        if (tokens[q - 1].key != "from" && !cyrillic_from(tokens[q - 1].key)) continue;
                        c.fired_from_near = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                            return t.claim == "struck" && t.last < q && q - t.last <= 6;
                        });
                        break;
                    }
            }
            // "the station is in the Krasnodar region, not in Rostov region",
            // "не в Курській, а в Брянській області": where it was not.
            {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                static constexpr std::string_view at[] = {"in", "at", "near", "в", "у", "на"};
                c.not_there = q >= sb + 2 && std::find(std::begin(at), std::end(at), tokens[q - 1].key) != std::end(at) &&
                              (tokens[q - 2].key == "not" || tokens[q - 2].key == "не");
            }
            // "the whole of the Luhansk region", "all of Luhansk Oblast", "the
            // entire Luhansk region": the place as a whole.
            {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                c.as_a_whole = (q > sb && tokens[q - 1].key == "entire") ||
                               (q > sb + 1 && tokens[q - 1].key == "of" && (tokens[q - 2].key == "whole" || tokens[q - 2].key == "all"));
            }
            // "западнее Работино", "north of Robotyne": a bearing from it.
            if (n.first_token > sb) {
                const std::string& w = tokens[n.first_token - 1].key;
                c.bearing_before = w.ends_with("нее") || w.ends_with("ніше") ||
                                   (w == "of" && n.first_token > sb + 1 && compass_word(tokens[n.first_token - 2].key));
                // "retreated from two villages east of Pokrovsk": villages left
                // unnamed, placed by the town, are not the town.
                // ("a guided bomb hit a village near Kupiansk": so is one near it.)
                const std::size_t noun_at = w == "of" && c.bearing_before ? n.first_token - 3
                                          : (w == "near" || w == "outside") ? n.first_token - 2
                                                                             : tokens.size();
                if (noun_at < tokens.size() && noun_at >= sb && n.first_token > sb + 2) {
                    const std::string& noun = tokens[noun_at].key;
                    if (noun == "villages" || noun == "village" || noun == "settlements" || noun == "towns" || noun == "hamlets")
                        c.landmark = true;
                }
                // "North of Chasiv Yar, our units cleared Stupochky": a bearing
                // fronted before a comma sets the scene for the places the
                // clause then names; the town only places them.
                const bool fronted = c.bearing_before && w == "of" && n.first_token - 2 <= sb + 1;
                if (fronted && after < se && tokens[after].before == Separator::comma && k + 1 < j &&
                    names[k + 1].first_token < se)
                    c.landmark = true;
            }
            c.flag_in_sentence = flag_in_sentence;
            // "The mayor of Kharkiv said the city was hit": the city is Kharkiv.
            c.named_again = (mentions[k].kind == PlaceKind::settlement || mentions[k].kind == PlaceKind::admin1) &&
                            last_city_event != tokens.size() && last_city_event >= n.last_token;
            // "Bakhmut's administrative centre", "Kupiansk's eastern part": the
            // town's possessive owns the part taken.
            if (tokens[n.last_token - 1].possessive) {
                for (std::size_t q = after; q < se && q < after + 3 && !c.part_owner; ++q) c.part_owner = town_part_noun(tokens[q].key);
            }
            // A few words, or a short verbless list of places ("Chernihiv, Sumy,
            // Kharkiv, our boys in Donbas.") continuing the sentence before.
            // ("А ще за ці дні – Вовчанськ, Шевченкове.": a few words besides
            // the names.)
            std::size_t name_words = 0;
            for (std::size_t q = i; q < j; ++q) name_words += names[q].last_token - names[q].first_token;
            const bool few_words_besides = triggers.empty() && j - i >= 2 && se - sb <= name_words + 5;
            c.fragment = (se - sb <= 6 || (triggers.empty() && se - sb <= 16 && j - i >= 3) || few_words_besides) && verbless(sb, se);
            c.finite_verb = c.fragment && cyrillic_finite_verb(sb, se);
            if (n.first_token > sb) c.prev1 = word_feature(n.first_token - 1);
            if (n.first_token > sb + 1) c.prev2 = word_feature(n.first_token - 2);
            {
                const std::string& last = tokens[n.last_token - 1].key;
                c.adjective_name = tokens[n.last_token - 1].cyrillic &&
                                   (last.ends_with("ий") || last.ends_with("ій") || last.ends_with("ая") || last.ends_with("ой") ||
                                    last.ends_with("ый") || last.ends_with("ська") || last.ends_with("цька") || last.ends_with("зька"));
            }
            if (after < se) {
                c.next1 = word_feature(after);
                c.next1_form = tokens[after].key;
                c.next1_apart = tokens[after].before == Separator::comma || tokens[after].before == Separator::other;
            }
            if (after + 1 < se) c.next2 = word_feature(after + 1);
            // "the governor of Russia's Kursk region": past the owner's possessive.
            if (n.first_token > sb + 2 && tokens[n.first_token - 1].possessive && tokens[n.first_token - 1].capitalised) {
                c.owner_prev1 = word_feature(n.first_token - 2);
                c.owner_prev2 = word_feature(n.first_token - 3);
            }
            // "launched from Russia's Kursk region", "fired from occupied Crimea",
            // "from Russian territory near Belgorod", "from aircraft flying over
            // the Belgorod region": "from" past a few owning or placing words.
            for (std::size_t q = n.first_token; q > sb && q + 6 > n.first_token;) {
                --q;
                const std::string& w = tokens[q].key;
                if (w == "from" || w == "з" || w == "із" || w == "из") {
                    c.from_afar = q + 1 < n.first_token;
                    break;
                }
                static constexpr std::string_view between[] = {
                    "the", "occupied", "annexed", "russian", "russia", "russian-occupied", "territory", "airspace", "near",
                    "over", "aircraft", "flying", "planes", "areas", "area", "border", "окупованого", "окупованої",
                    "оккупированного", "территории", "території"};
                if (!(tokens[q].capitalised && tokens[q].possessive) &&
                    std::find(std::begin(between), std::end(between), w) == std::end(between))
                    break;
            }
            c.possessive = last.possessive;  // "Russia's forces", "Ukraine's military": actor or owner
            const bool is_country = !n.matches.empty() && gazetteer.place(n.matches.front().place).kind() == PlaceKind::country;
            if (mentions[k].place_id)
                if (auto pi = gazetteer.find_id(*mentions[k].place_id)) {
                    const std::string_view code = gazetteer.place(*pi).feature_code();
                    c.capital = code == "PPLC" || code == "ADMF";
                    c.seat = code == "ADMF";
                    // ("Kyiv, Dnipro, Odesa and Lviv – our cities came under fire":
                    // a town named right after it, past a comma, makes it a list's head.)
                    c.heads_list = k + 1 < j && names[k + 1].first_token == n.last_token &&
                                   tokens[n.last_token].before == Separator::comma && mentions[k + 1].kind == PlaceKind::settlement;
                    // Since 2023 no Ukrainian city of 150,000 has been stormed: an attack on
                    // one is from the air ("the enemy attacked Kharkiv", "Russia attacked
                    // Kyiv"), and so is one on Ukraine as a whole ("attacks on southern
                    // Ukraine killed two"); no Russian city of that size ever was ("ВСУ
                    // атаковали Белгород"). (Kursk stands for the region's ground fighting
                    // in 2024: the fighting words of such sentences keep it an attack.)
                    using namespace std::chrono;
                    // (The year the sentence tells of, or a history's, not the
                    // page's: "In February 2022, Russian tank columns attacked
                    // Kharkiv from the north" was a ground attack.)
                    const bool since_2023 = reference && [&] {
                        for (std::size_t q = sb; q < se; ++q)
                            if (const int y = year_number(tokens[q].key); y >= 2000) return y >= 2023;
                        if (const auto anchor = narrative_anchor(s, floor<days>(*reference)))
                            return year_month_day{*anchor}.year() >= year{2023};
                        return year_month_day{floor<days>(*reference)}.year() >= year{2023};
                    }();
                    const bool big_city = mentions[k].kind == PlaceKind::settlement && gazetteer.place(*pi).population() >= 150000;
                    // (So is one on a place of a region no troops fought in that day:
                    // "атака на Туапсе", "attacks in Ryazan Oblast were repelled".)
                    const Mention& mk = mentions[k];
                    const std::optional<std::string> region =
                        mk.kind == PlaceKind::admin1 ? mk.place_name : mk.admin1;
                    // (Not where the sentence tells of soldiers or positions: a
                    // village's name may have been read as a namesake far away.)
                    const bool rear = reference && (mk.country == "UA" || mk.country == "RU") && mk.kind != PlaceKind::country &&
                                      region && !region->empty() &&
                                      !ground_war_.fought_in(*region, floor<days>(*reference),
                                                             mk.kind == PlaceKind::settlement
                                                                 ? std::optional{std::pair{gazetteer.place(*pi).lon(), gazetteer.place(*pi).lat()}}
                                                                 : std::nullopt) &&
                                      !ground_troops_in_sentence();
                    c.behind_the_front = rear || (since_2023 && ((mk.country == "UA" && (big_city || mk.kind == PlaceKind::country)) ||
                                                                  (mk.country == "RU" && big_city)));
                    c.outside_war = mk.country && !mk.country->empty() && *mk.country != "UA" && *mk.country != "RU";
                    c.natural_feature = mk.place_id && mk.place_id->starts_with("feature:");
                    // ("Ukrainian soldiers attack Russia's Kursk region": troops
                    // in the sentence fight on the ground.)
                    c.region_in_air_war = since_2023 && (mentions[k].country == "UA" || mentions[k].country == "RU") &&
                                          (mentions[k].kind == PlaceKind::admin1 || mentions[k].kind == PlaceKind::admin2 ||
                                           n.region_word) &&
                                          !ground_troops_in_sentence();
                }
            // "Odesa's port", "Kharkiv's Saltivka district": a town's possessive
            // names a part of the town; only its officers and forces act for it.
            // (So does a region's: "Odesa region's ports".)
            const bool town_or_region = mentions[k].kind == PlaceKind::settlement || mentions[k].kind == PlaceKind::admin1 ||
                                        mentions[k].kind == PlaceKind::admin2;
            if (c.possessive && town_or_region && !c.capital && after < se) {
                static constexpr std::string_view acting[] = {"mayor", "governor", "authorities", "officials", "administration",
                                                              "council", "forces", "military", "army", "troops", "defenders",
                                                              "head", "chief", "police", "government", "garrison", "leadership"};
                if (std::find(std::begin(acting), std::end(acting), tokens[after].key) == std::end(acting)) c.possessive = false;
            }
            // ("drones struck buildings in Moscow's southwestern districts", "hit
            // Kyiv's outskirts": a capital's unnamed part is the city itself.)
            // (So is its facility: "hitting Kyiv's largest children's hospital".)
            auto owns_facility = [&] {
                for (std::size_t q = after; q < se && q < after + 3; ++q)
                    if (facility_nouns_.match_at(tokens, q, se, lemma_table())) return true;
                return false;
            };
            if (c.possessive && c.capital && (c.part_owner || owns_facility()) && mentions[k].kind == PlaceKind::settlement &&
                after < se && !tokens[after].capitalised)
                c.possessive = false;
            // "the US presidential election", "US military funding": a country
            // name used as a modifier of the noun after it.
            // (Not before an adverb: "regrouping in Belarus ahead of", "in Ukraine today".)
            static constexpr std::string_view adverbs[] = {"ahead", "again", "today", "yesterday", "overnight", "now", "too",
                                                           "also", "itself", "earlier", "later", "alone", "instead", "soon",
                                                           "already", "recently", "last", "this", "anyway", "tonight"};
            c.modifier = after < se && !tokens[after].capitalised && tokens[after].before == Separator::space &&
                         !tokens[after].cyrillic && !is_function_word(tokens[after].key) && is_country &&
                         !numeral(tokens[after].key) &&  // ("атаковала Украину 426 дронами": a count, no noun)
                         std::find(std::begin(adverbs), std::end(adverbs), tokens[after].key) == std::end(adverbs);
            // "the small Donbas town of Chasiv Yar", "the Russian border city of
            // Belgorod": a name qualifying the settlement named after "of".
            if (after + 2 < se && settlement_noun(tokens[after].key) && tokens[after + 1].key == "of" &&
                tokens[after + 2].capitalised && tokens[after].before == Separator::space)
                c.modifier = true;
            // "the attack on Russia continues": after a preposition, a word in
            // -s or -ed is the sentence's verb, not a noun the country modifies.
            if (c.modifier && n.first_token > sb) {
                // ("attacks on eastern and southern Ukraine killed": past the modifiers.)
                std::size_t q = n.first_token;
                while (q > sb + 1 && (skippable_modifier(tokens[q - 1], lemmas_of(q - 1)) || tokens[q - 1].key == "and")) --q;
                const std::string& before = tokens[q - 1].key;
                const std::string& next = tokens[after].key;
                if ((before == "on" || before == "in" || before == "into" || before == "against" || before == "over") &&
                    (next.ends_with("s") || next.ends_with("ed")))
                    c.modifier = false;
            }
            // "the Kharkiv-based 92nd Brigade", "a Kyiv-born soldier": a name
            // joined to a participle modifies the noun after it.
            static constexpr std::string_view joined[] = {"based", "born", "made", "built", "led", "backed", "controlled"};
            if (after < se && tokens[after].before == Separator::hyphen && !tokens[after].spaced &&
                std::find(std::begin(joined), std::end(joined), tokens[after].key) != std::end(joined))
                c.modifier = true;
            // "the Ukraine war", "Ukraine conflict": a name for the war, not a place in it.
            c.war_name = after < se && (tokens[after].key == "war" || tokens[after].key == "conflict" || tokens[after].key == "invasion");
            // "South Korea says": the place speaks.
            // ("Kostiantynivka, according to DeepState", "in Kramatorsk; according to
            // residents": after punctuation the source is another.)
            // ("The mayor of Zaporizhzhia said": the mayor speaks, not the town.)
            static constexpr std::string_view offices[] = {"mayor", "governor", "head", "chief", "president", "minister",
                                                           "commander", "leader", "administration", "authorities"};
            bool office_of = n.first_token > sb + 1 && tokens[n.first_token - 1].key == "of" &&
                             std::find(std::begin(offices), std::end(offices), tokens[n.first_token - 2].key) != std::end(offices);
            // ("Residents in the Belgorod village of Shebekino said": its people,
            // a few words back, speak from it.)
            // ("Police in Kharkiv said", "rescuers in Dnipro said": so its services,
            // and its officials: "officials in Novorossiysk said a drone attack
            // damaged a pier" tells of the port. What they tell of elsewhere is
            // elsewhere's: office_seat below.)
            static constexpr std::string_view people[] = {"residents",   "locals",      "inhabitants", "villagers",
                                                          "police",      "rescuers",    "medics",      "doctors",
                                                          "prosecutors", "witnesses",   "journalists", "reporters",
                                                          "correspondent", "correspondents", "officials", "authorities"};
            // (Officials tell of the town they sit in only where the sentence
            // names no other place but what holds it: "officials in Kiev said
            // drones struck airbases deep inside Russia" tell of Russia.)
            auto names_only_its_containers = [&] {
                if (mentions[k].kind != PlaceKind::settlement) return false;
                const auto inner = mentions[k].place_id ? gazetteer.find_id(*mentions[k].place_id) : std::nullopt;
                for (std::size_t o = i; o < j; ++o) {
                    // (A sea or a macro-region names no other event place: "the Black Sea port of X".)
                    if (o == k || mentions[o].kind == PlaceKind::region || mentions[o].kind == PlaceKind::other) continue;
                    const auto outer = mentions[o].place_id ? gazetteer.find_id(*mentions[o].place_id) : std::nullopt;
                    if (!inner || !outer || !place_is_within(gazetteer.place(*inner), gazetteer.place(*outer))) return false;
                }
                return true;
            };
            for (std::size_t q = n.first_token; q > sb + 1 && n.first_token - q < 6 && !office_of; --q) {
                if (clause_break(tokens[q])) break;
                const std::string& prep = tokens[q - 1].key;
                const std::string& who = tokens[q - 2].key;
                office_of = (prep == "of" || prep == "in" || prep == "from") &&
                            std::find(std::begin(people), std::end(people), who) != std::end(people) &&
                            ((who != "officials" && who != "authorities") || names_only_its_containers());
            }
            // ("Звільнення Покровська підтвердили": the object of an event noun
            // right before it is no speaker.)
            const bool governed = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                return t.last == n.first_token && tokens[n.first_token].cyrillic;
            });
            // ("a claim that Kyiv promptly denied": past one adverb.)
            const std::size_t verb_at = after + 1 < se && ly_adverb(tokens[after]) ? after + 1 : after;
            c.speaks = after < se && tokens[after].before == Separator::space && !office_of && !governed &&
                       attribution_.match_at(tokens, verb_at, std::min(se, verb_at + 3), lemma_table()).has_value();
            if (c.possessive || c.modifier || c.war_name || c.speaks) continue;
            // A locative before it, with modifiers skipped.
            std::size_t p = n.first_token;
            for (;;) {
                if (p > sb && skippable_modifier(tokens[p - 1], lemmas_of(p - 1))) --p;
                // "eastern and southern Ukraine": coordinated modifiers.
                else if (p > sb + 1 && (tokens[p - 1].key == "and" || tokens[p - 1].key == "or") && p < n.first_token &&
                         skippable_modifier(tokens[p], lemmas_of(p)) && skippable_modifier(tokens[p - 2], lemmas_of(p - 2)))
                    p -= 2;
                // "the town of X": the noun and "of" are X's own name.
                else if (p > sb + 1 && tokens[p - 1].key == "of" && settlement_noun(tokens[p - 2].key)) --p;
                // "around the capital Kyiv", "in the port city Odesa": a noun in apposition.
                else if (p == n.first_token && p > sb + 1 && tokens[p].before == Separator::space &&
                         (tokens[p - 1].key == "capital" || tokens[p - 1].key == "city" || tokens[p - 1].key == "town" ||
                          tokens[p - 1].key == "village" || tokens[p - 1].key == "port"))
                    --p;
                // "the Donbas town of X": a name qualifying the noun.
                else if (k > i && names[k - 1].last_token == p && context[k - i - 1].modifier)
                    p = names[k - 1].first_token;
                else
                    break;
            }
            bool is_locus = false;
            for (std::size_t start = p >= sb + 3 ? p - 3 : sb; start < p && !is_locus; ++start)
                if (auto m = locatives_.match_at(tokens, start, p, lemma_table()); m && m->last == p) is_locus = true;
            // "according to Luhansk governor X": "to" names a source, not a place gone to.
            if (is_locus && p > sb + 1 && tokens[p - 1].key == "to" && tokens[p - 2].key == "according") is_locus = false;
            // "Fighting intensified on 4 July for the villages of X": what a
            // fight is for, in the fight's clause, is where it is fought.
            if (!is_locus && p > sb + 1 && tokens[p - 1].key == "for")
                for (const Trigger& t : triggers)
                    if (t.claim == "attacked" && t.last < p && p - t.last <= 8 &&
                        std::none_of(tokens.begin() + static_cast<std::ptrdiff_t>(t.last), tokens.begin() + static_cast<std::ptrdiff_t>(p),
                                     [](const Token& w) { return clause_break(w); }))
                        is_locus = true;
            // "the Splav plant near Tula", "facility Albashneft near Krasnodar": a
            // named target near a town makes the town a landmark (unnamed ones,
            // "power plants near Moscow", leave the town the target).
            if (is_locus && p > sb + 1) {
                const std::string& w = tokens[p - 1].key;
                const bool near = nearness_word(w);
                static constexpr std::string_view facilities[] = {"plant", "refinery", "depot", "base", "airfield", "airbase",
                                                                  "terminal", "facility", "factory", "station", "arsenal",
                                                                  "port", "bridge", "dam", "complex", "works", "mine"};
                // A name, not a side's adjective: "the Konakovo plant", not "a Russian refinery".
                auto named = [&](std::size_t q) {
                    if (!(q > sb && tokens[q].capitalised && !tokens[q].sentence_start && !tokens[q].upper)) return false;
                    // (A headline in title case capitalises every word: "Ukrainian
                    // Troops Pull Back From Positions Near Toretsk".)
                    if (title_case()) return false;
                    // (A weapon is no name, however spelt: "пункт управління БпЛА"; nor
                    // an event word a headline capitalises: "Claims Gains Near Bakhmut".)
                    if (auto w = instruments_.match_at(tokens, q, q + 1, lemma_table()); w && w->last == q + 1) return false;
                    // (Nor a weapon system's model after its kind: "ЗРК «Бук»", "РЛС «Небо»".)
                    static constexpr std::string_view systems[] = {"зрк", "зрпк", "рлс", "рсзв", "рсзо", "сау", "комплекс",
                                                                   "system", "launcher", "radar", "танк", "tank"};
                    if (q > sb && (std::find(std::begin(systems), std::end(systems), tokens[q - 1].key) != std::end(systems) ||
                                   targets_.match_at(tokens, q - 1, q, lemma_table())))
                        return false;
                    if (std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) { return t.first <= q && q < t.last; }))
                        return false;
                    auto a = actors_.match_at(tokens, q, q + 1, lemma_table());
                    return !(a && a->last == q + 1);
                };
                const std::size_t head = p - 2;  // the word before "near"
                const bool facility = std::find(std::begin(facilities), std::end(facilities), tokens[head].key) != std::end(facilities);
                // "the Konakovo gas plant near Tver": one lower-case word may stand between the name and its noun.
                const bool named_facility =
                    facility && head > sb && (named(head - 1) || (head > sb + 1 && !tokens[head - 1].capitalised && named(head - 2)));
                // A unit is no target: "a depot of the 20th Army near Valuyki".
                static constexpr std::string_view units[] = {"army", "brigade", "division", "regiment", "battalion",
                                                             "corps", "fleet", "group", "district", "forces", "command"};
                const bool unit = std::find(std::begin(units), std::end(units), tokens[head].key) != std::end(units);
                // A place right before "near" is no named target: "X near Y" is decided below.
                // ("Kharkiv City near Vovchansk": the noun after a name is the name's.)
                const bool head_is_place = k > i && head >= names[k - 1].first_token &&
                                           (head < names[k - 1].last_token ||
                                            (head == names[k - 1].last_token && settlement_noun(tokens[head].key)));
                // "an oil pumping station of the Caspian Pipeline Consortium near
                // Kropotkin": a name after the target's "of" is its owner's, and
                // leaves the target unnamed.
                std::size_t owner_start = head;
                while (owner_start > sb && tokens[owner_start].capitalised && !tokens[owner_start].sentence_start) --owner_start;
                if (owner_start > sb && owner_start < head && tokens[owner_start].key == "the") --owner_start;
                const bool owner = owner_start < head && owner_start > sb + 1 && tokens[owner_start].key == "of" &&
                                   !tokens[owner_start - 1].capitalised;
                if (near && !unit && !water_at(tokens, head) && ((named(head) && !head_is_place && !owner) || named_facility))
                    c.landmark = true;
            }
            // The object of a trigger: "captured Maksymivka", "attacking Kursk",
            // "the liberation of Pishchane", "звільнення Херсона".
            // ("targeting mainly Kyiv and Kharkiv", "struck again Kherson": an
            // adverb between the verb and its object.)
            auto adverb = [&](std::size_t q) {
                const std::string& w = tokens[q].key;
                return !tokens[q].cyrillic && !tokens[q].capitalised && tokens[q].before == Separator::space &&
                       ((w.size() > 4 && w.ends_with("ly")) || w == "again" || w == "also" || w == "even");
            };
            for (const Trigger& t : triggers)
                if (t.last == p || (t.last + 1 == p && (tokens[t.last].key == "of" || adverb(t.last)))) {
                    is_locus = c.object = true;
                    if (t.last == t.first + 1 && tokens[t.first].cyrillic) c.retaken = c.retaken || beating_back(lemmas_of(t.first));
                }
            // "launched from the directions of Millerovo, Oryol and Bryansk": where
            // the weapons came from; the list's later items share it.
            for (std::size_t q = n.first_token > sb + 6 ? n.first_token - 6 : sb; q + 2 < n.first_token; ++q)
                if (tokens[q].key == "from" && (tokens[q + 1].key == "the" || tokens[q + 1].key == "direction" ||
                                                 tokens[q + 1].key == "directions" || tokens[q + 1].key == "area")) {
                    std::size_t r = q + 1 + (tokens[q + 1].key == "the" ? 1 : 0);
                    if (r + 1 < n.first_token && (tokens[r].key == "direction" || tokens[r].key == "directions" ||
                                                  tokens[r].key == "area" || tokens[r].key == "areas") &&
                        tokens[r + 1].key == "of")
                        c.from_direction = true;
                }
            // "shelling Kherson from positions in Oleshky and Hola Prystan",
            // "обстрілюють з позицій у Каховці": where the guns stand.
            if (n.first_token >= sb + 3) {
                const std::size_t q = n.first_token;
                const std::string& at = tokens[q - 1].key;
                const bool locative = at == "in" || at == "near" || at == "around" || at == "at" || at == "у" || at == "в" ||
                                      at == "біля" || at == "поблизу" || at == "под" || at == "возле" || at == "около";
                const std::string& positions = tokens[q - 2].key;
                const bool held = positions == "positions" || positions.starts_with("позиці") || positions.starts_with("позици");
                std::size_t f = q - 3;
                if (f > sb && (tokens[f].key == "their" || tokens[f].key == "its" || tokens[f].key == "the" ||
                               tokens[f].key == "своїх" || tokens[f].key == "своих"))
                    --f;
                // (Only of fire: troops pulling back from positions near
                // Toretsk, or pushed out of positions near Progres, left them.)
                if (locative && held && (tokens[f].key == "from" || cyrillic_from(tokens[f].key)) && fire_only)
                    c.from_direction = true;
            }
            // "дрони – з напрямків Курськ, Міллерово", "с направления Брянска":
            // the same in Ukrainian and Russian. (Not "з району X": troops are
            // driven out of areas too.)
            if (n.first_token >= sb + 2) {
                const std::string& area = tokens[n.first_token - 1].key;
                const std::string& from = tokens[n.first_token - 2].key;
                if ((cyrillic_from(from) || from == "из") && (area.starts_with("напрям") || area.starts_with("направлени")))
                    c.from_direction = true;
            }
            // "can launch its aircraft from Belgorod", "missiles fired from
            // Crimea": where weapons were launched from is no place they hit.
            {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                // ("attacked Vovchansk from the Belgorod region": after the place
                // an event word governs, "from" names where it came from.)
                if (q > sb + 1 && tokens[q - 1].key == "from" && k > i && names[k - 1].last_token + 1 == q &&
                    tokens[q - 1].before == Separator::space)
                    c.from_direction = true;
                // ("launched from the territory of X", "ракеты выпускали из района
                // Оленегорска и над Каспийским морем", "fired from a bomber over
                // the Kursk region": an area noun may stand between, and aircraft
                // launch over a place.)
                static constexpr std::string_view areas[] = {"території", "территории", "району", "района", "районів",
                                                             "районов", "акваторії", "акватории", "мису", "мыса"};
                std::size_t at = q;
                if (at > sb + 1 && std::find(std::begin(areas), std::end(areas), tokens[at - 1].key) != std::end(areas)) --at;
                const std::string_view from = at > sb + 1 ? std::string_view(tokens[at - 1].key) : std::string_view();
                const bool from_word = from == "from" || from == "over" || from == "над" || from == "из" || cyrillic_from(from);
                auto launch_verb = [](const std::string& v) {
                    static constexpr std::string_view stems[] = {"launch", "запуск", "запущ", "запуст", "выпуск", "выпущ", "выпуст",
                                                                 "випуск", "випущ", "випуст", "пуск"};
                    return v == "fired" || v == "fires" || v == "fire" || v == "firing" ||
                           std::any_of(std::begin(stems), std::end(stems), [&](std::string_view st) { return v.starts_with(st); });
                };
                // ("Удари завдавалися з території Курської області", "вів вогонь
                // з району Олешок": from an area, where the sentence tells of
                // fire only, is where the fire came from; troops are driven out
                // of areas too, so not where it tells of ground.)
                // ("ворог атакував ударними БпЛА з районів Курськ, Брянськ": so is
                // an attack with no troops in the sentence.)
                const bool attack_by_fire = fire_only || (fire_or_attack_only && !ground_troops_in_sentence());
                if (at < q && (cyrillic_from(from) || from == "из") && !triggers.empty() && attack_by_fire) c.from_direction = true;
                if (at > sb + 1 && from_word && !c.from_direction)
                    for (std::size_t w = at - 1; w > sb && w + 8 > at && !clause_break(tokens[w]); --w)
                        if (launch_verb(tokens[w - 1].key)) {
                            c.from_direction = true;
                            break;
                        }
            }
            // "з району Каспійського моря та Волгодонська", "from over the Caspian
            // Sea and the Volgodonsk area": the next item of a list of origins
            // whose first item is no place the gazetteer knows (a sea, a cape).
            if (!c.from_direction && fire_only && !triggers.empty()) {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                static constexpr std::string_view ands[] = {"and", "та", "і", "й", "и"};
                if (q > sb + 2 && std::find(std::begin(ands), std::end(ands), tokens[q - 1].key) != std::end(ands)) {
                    // (The first item may be a sea the gazetteer knows: the scan goes past it.)
                    const std::size_t before = k > i && mentions[k - 1].kind == PlaceKind::region ? k - 1 : k;
                    const std::size_t floor = before > i ? names[before - 1].last_token : sb;
                    for (std::size_t w = q - 1; w > floor && w + 7 > q && !clause_break(tokens[w]); --w) {
                        const std::string& f = tokens[w - 1].key;
                        const bool opener = f == "from" || f == "over" || f == "над" || f == "из" || cyrillic_from(f);
                        const std::string& area = tokens[w].key;
                        if (opener && (area == "району" || area == "района" || area == "районів" || area == "акваторії" ||
                                       area == "акватории" || area == "the" || area == "area")) {
                            c.from_direction = true;
                            break;
                        }
                    }
                }
            }
            // "Напрямки пусків ракет — Брянськ, Курськ, Міллерово": the places
            // missiles and drones were launched from, listed after the words.
            for (std::size_t q = n.first_token; q > sb && q + 25 > n.first_token && !c.from_direction; --q) {
                const std::string& w = tokens[q - 1].key;
                if (!(w.starts_with("пуск") || w.starts_with("запуск"))) continue;
                if (q >= sb + 2) {
                    const std::string& head = tokens[q - 2].key;
                    c.from_direction = head.starts_with("напрям") || head.starts_with("направлен") || head.starts_with("район");
                }
                if (!c.from_direction) break;
            }
            // "Жителям Таганрога, Азова и Ростова-на-Дону рекомендовано ...",
            // "Residents of Sumy spent the night in shelters": a town's people in
            // a sentence that tells no event of its own.
            // ("погиб уроженец Брянска", "загинув уродженець Житомира", "a native of
            // Sumy was killed at the front": a soldier's home town, whatever the
            // sentence tells.)
            if (n.first_token > sb) {
                static constexpr std::string_view natives[] = {"уроженец", "уроженка", "уроженца", "уроженцы", "уродженець",
                                                               "уродженка", "уродженця", "уродженці", "урожденец"};
                const std::string& w = tokens[n.first_token - 1].key;
                if (std::find(std::begin(natives), std::end(natives), w) != std::end(natives) ||
                    (w == "of" && n.first_token >= sb + 2 && tokens[n.first_token - 2].key == "native"))
                    c.residents_only = true;
            }
            if (triggers.empty() && n.first_token > sb) {
                static constexpr std::string_view people[] = {"жителям", "жителей", "жителі", "жители", "мешканцям", "мешканців",
                                                              "мешканці", "жителів"};
                const std::string& w = tokens[n.first_token - 1].key;
                const bool of_people = std::find(std::begin(people), std::end(people), w) != std::end(people) ||
                                       (w == "of" && n.first_token >= sb + 2 &&
                                        (tokens[n.first_token - 2].key == "residents" || tokens[n.first_token - 2].key == "inhabitants"));
                if (of_people || (k > i && context[k - i - 1].residents_only &&
                                  (tokens[n.first_token].before == Separator::comma || tokens[n.first_token - 1].key == "и" ||
                                   tokens[n.first_token - 1].key == "та" || tokens[n.first_token - 1].key == "і" ||
                                   tokens[n.first_token - 1].key == "and")))
                    c.residents_only = true;
            }
            // "обстріли велися з боку окупованого Енергодара", "со стороны
            // Белгорода": the side the fire came from (an adjective may stand between).
            {
                std::size_t q = n.first_token;
                while (q > sb + 2 && n.first_token - q < 2 && tokens[q - 1].cyrillic && !tokens[q - 1].capitalised &&
                       (tokens[q - 1].key.ends_with("ого") || tokens[q - 1].key.ends_with("ої")))
                    --q;
                if (q >= sb + 2) {
                    const std::string& side_word = tokens[q - 1].key;
                    const std::string& from_word = tokens[q - 2].key;
                    if ((side_word == "боку" && (from_word == "з" || from_word == "із")) ||
                        (side_word == "стороны" && (from_word == "со" || from_word == "с")))
                        c.from_direction = true;
                }
            }
            c.away_from = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) { return leaves_from(n, t); });
            static constexpr std::string_view ands[] = {"and", "та", "і", "й", "и"};
            const bool list_item_after_previous =
                k > i && (tokens[n.first_token].before == Separator::comma ||
                          (n.first_token > sb &&
                           std::find(std::begin(ands), std::end(ands), tokens[n.first_token - 1].key) != std::end(ands)));
            if (list_item_after_previous && context[k - i - 1].from_direction) c.from_direction = true;
            // ("Дрони запускали з мису Чауда в Криму", "from Primorsko-Akhtarsk
            // in Russia's Krasnodar region": the region an origin lies in.)
            if (k > i && context[k - i - 1].from_direction && n.first_token >= 2 && names[k - 1].last_token + 1 == n.first_token &&
                (mentions[k].kind == PlaceKind::admin1 || mentions[k].kind == PlaceKind::region || mentions[k].kind == PlaceKind::country)) {
                const std::string& in = tokens[n.first_token - 1].key;
                if (in == "in" || in == "в" || in == "у" || in == "на") c.from_direction = true;
            }
            // ("launched from Belgorod, Kursk and Oryol oblasts": the list
            // after "from" shares its role, whatever the event word makes of it.)
            if (list_item_after_previous) {
                static constexpr std::string_view froms[] = {"from", "з", "із", "зі", "из", "со"};
                // (Past the region that places the item before: "з районів
                // Енгельса Саратовської області та Курська".)
                const bool qualifier_before = k > i + 1 && mentions[k - 1].kind == PlaceKind::admin1 &&
                                              mentions[k - 2].kind == PlaceKind::settlement &&
                                              names[k - 2].last_token == names[k - 1].first_token &&
                                              tokens[names[k - 1].first_token].cyrillic;
                const MentionContext& before = context[k - i - (qualifier_before ? 2 : 1)];
                // ("из-под Часова Яра и Купянска": from near the places listed.)
                const bool from_near = (before.prev1 == "под" || before.prev1 == "під") &&
                                       (before.prev2 == "из" || before.prev2 == "з" || before.prev2 == "із");
                // ("з районів Енгельса та Курська", "из районов Брянска и Курска":
                // from the areas or the directions of the places listed.)
                static constexpr std::string_view areas[] = {"район", "районів", "районов", "напрямок", "напрямку", "напрямків",
                                                             "направление", "направления", "направлений"};
                const bool from_areas = std::find(std::begin(areas), std::end(areas), before.prev1) != std::end(areas);
                const bool opened = from_near || std::any_of(std::begin(froms), std::end(froms), [&](std::string_view f) {
                    return before.prev1 == f || ((before.prev1 == "the" || from_areas) && before.prev2 == f);
                });
                c.from_list = opened || before.from_list;
            }
            // "15km south of Pokrovsk", "10 км від Покровська": a distance places
            // another place, unless it is the approach the sentence reports.
            if (auto d = distance_before(tokens, sb, n.first_token)) {
                // "reached to within a few kilometres of Siversk": a movement
                // that stops a distance short of the place is an approach too.
                // ("approaching the outskirts of Novohrodivka, some 12 km southeast of
                // Pokrovsk": a place between is where it moved; the distance places it.)
                const bool moved_close = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                    if (!(t.claim == "advanced" && t.last <= d->first && d->first - t.last <= 5)) return false;
                    for (std::size_t o = i; o < j; ++o)
                        if (o != k && names[o].first_token >= t.last && names[o].first_token < d->first) return false;
                    return true;
                });
                c.approach = moved_close || (!triggers.empty() && std::all_of(triggers.begin(), triggers.end(),
                                                                              [](const Trigger& t) { return t.approach; }));
                c.distance_ref = !c.approach;
            }
            // A list continuing a locus: "Maksymivka ... and Antonivka" (the
            // word right before the name is "and" or a comma after a locus).
            // The list may repeat the locative: "near X, northwest of Y, and near Z".
            // ("Spirne, and especially Bilohorivka", "та особливо Х": a word of
            // emphasis between the list's joint and the name.)
            std::size_t lead = n.first_token;
            static constexpr std::string_view emphasis[] = {"especially", "particularly", "notably", "mainly", "primarily",
                                                            "зокрема", "особливо", "особенно", "насамперед", "передусім"};
            while (lead > sb + 1 && lead + 2 > n.first_token &&
                   std::find(std::begin(emphasis), std::end(emphasis), tokens[lead - 1].key) != std::end(emphasis))
                --lead;
            // ("Никольское, Приднепровское и города Херсон", "and the town of
            // Kupiansk": the kind of place named before the item.)
            if (lead > sb + 1 && lead == n.first_token && tokens[lead].before == Separator::space) {
                static constexpr std::string_view kinds[] = {"города", "города-героя", "села", "посёлка", "поселка", "селища", "міста",
                                                             "смт", "пгт", "деревни", "хутора", "селения", "місто", "город", "село"};
                if (std::find(std::begin(kinds), std::end(kinds), tokens[lead - 1].key) != std::end(kinds))
                    --lead;
                else if (lead > sb + 2 && tokens[lead - 1].key == "of" && settlement_noun(tokens[lead - 2].key))
                    lead -= tokens[lead - 3].key == "the" && lead > sb + 3 ? 3 : 2;
            }
            // ("in the Zaporizhzhia region and the Kharkiv region": the article of
            // a region's item; "the US", "the Central African Republic" after a
            // list of countries are seldom where its event happened.)
            if (lead > sb + 1 && lead == n.first_token && tokens[lead].before == Separator::space && tokens[lead - 1].key == "the" &&
                (mentions[k].kind == PlaceKind::admin1 || mentions[k].kind == PlaceKind::admin2))
                --lead;
            const std::size_t list_word = is_locus && p > sb ? p - 1 : lead;  // the word before the locative, or the name
            // ("а также Волчанск", "а також Х", "as well as X": the longer joints.)
            const bool conjunction =
                list_word > sb && (list_joint(tokens[list_word - 1].key) || tokens[list_word - 1].key == "также" ||
                                   tokens[list_word - 1].key == "також" ||
                                   (list_word > sb + 2 && tokens[list_word - 1].key == "as" && tokens[list_word - 2].key == "well"));
            const bool comma = list_word > sb && tokens[list_word].before == Separator::comma;
            // "hit the areas of A and B in Sumy Oblast; C and D in Donetsk Oblast":
            // a semicolon between groups of a list with no event word of their own.
            // ("Kherson falls; Kharkiv pounded again": a group with an event word
            // of its own is a clause.)
            const bool semicolon = semicolon_at(list_word) && in_semicolon_list_group(n.first_token);
            // ("Степногорск Запорожской области, Садовое и Антоновка": the region
            // right after an item only says where it lies; the list goes on past it.)
            auto ends_before = [&](std::size_t q, std::size_t word) {
                if (names[q].last_token == word) return true;
                return q + 1 < k && names[q + 1].first_token == names[q].last_token && names[q + 1].last_token == word &&
                       mentions[q + 1].kind == PlaceKind::admin1 && mentions[q].kind == PlaceKind::settlement &&
                       tokens[names[q + 1].first_token].cyrillic;
            };
            if (n.first_token > sb && (conjunction || comma || semicolon))
                for (std::size_t q = i; q < k; ++q)
                    // (No event word of its own between: ", entered the village of X" is no item.)
                    // (or, past a semicolon, an item of the list it goes on from:
                    // "Білозерка, Садове, ... Янтарне; місто Херсон")
                    if ((locus[q - i] || (semicolon && list_head[q - i] >= 0)) && n.first_token - names[q].last_token < 30 &&
                        (conjunction || semicolon || ends_before(q, list_word) || names[q].last_token == n.first_token) &&
                        std::none_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                            return t.first >= std::max(names[q].last_token, list_word) && t.first < n.first_token;
                        })) {
                        is_locus = c.list_item = true;
                        list_head[k - i] = static_cast<long>(q);
                    }
            // "населених пунктів Херсонщини: Антонівка, Садове, ... та Берислав":
            // a village joined straight to the village before it, in a list with
            // no locus to head it, shares that one's reading however far the
            // event word.
            if (!is_locus && (comma || conjunction) && k > i && list_word == n.first_token &&
                mentions[k].kind == PlaceKind::settlement && mentions[k - 1].kind == PlaceKind::settlement &&
                (comma ? names[k - 1].last_token == list_word : names[k - 1].last_token + 1 == list_word))
                list_head[k - i] = static_cast<long>(k - 1);
            // "captured Vodiane in August and Prechystivka in September",
            // "взяли Водяне у серпні, а Пречистівку у вересні": the second object
            // of a gapped clause, after the first one's time, shares its verb.
            if (!is_locus && list_head[k - i] < 0 && (conjunction || comma) && k > i && list_word == n.first_token &&
                mentions[k].kind == mentions[k - 1].kind && names[k - 1].last_token + 1 < list_word) {
                static constexpr std::string_view time_prepositions[] = {"in", "on", "by", "during", "у", "в", "во", "на"};
                const std::size_t from = names[k - 1].last_token, to = conjunction ? list_word - 1 : list_word;
                bool adjunct = to > from + 1 && to - from <= 4 &&
                               std::find(std::begin(time_prepositions), std::end(time_prepositions), tokens[from].key) !=
                                   std::end(time_prepositions);
                for (std::size_t q = from + 1; q < to && adjunct; ++q) adjunct = !clause_break(tokens[q]);
                if (adjunct && !phrases && reference) phrases = &phrases_of(s, floor<std::chrono::days>(*reference));
                if (adjunct && phrases)
                    adjunct = std::any_of(phrases->begin(), phrases->end(),
                                          [&](const DatePhrase& dp) { return dp.first <= from + 1 && dp.last >= to; });
                if (adjunct && std::none_of(triggers.begin(), triggers.end(),
                                            [&](const Trigger& t) { return t.first >= from && t.first < n.first_token; })) {
                    list_head[k - i] = static_cast<long>(k - 1);
                    gapped_object[k - i] = true;
                }
            }
            // "the towns of Hirske and Zolote": a name joined to the one right
            // before it shares that one's reading, not an earlier locus's.
            if (conjunction && k > i && names[k - 1].last_token + 1 == list_word && list_word == n.first_token &&
                list_head[k - i] >= 0 && static_cast<std::size_t>(list_head[k - i]) != k - 1)
                list_head[k - i] = static_cast<long>(k - 1);
            // After a colon that follows a locus: "two villages in eastern Ukraine: Maksymivka".
            if (!is_locus && p > sb && tokens[p].before == Separator::other &&
                doc.text.substr(tokens[p - 1].full_end, tokens[p].begin - tokens[p - 1].full_end).find(':') != std::string::npos)
                for (std::size_t q = i; q < k; ++q)
                    if (locus[q - i]) is_locus = c.after_colon = true;
            // A heading: the name opens the sentence, a colon or a dash follows it.
            // (The designator, "Сумська область:", may or may not be in the name's span.)
            // ("Покровська громада:", the designator a word of its own after the name.)
            // ("Авдеевское направление:", a channel's sector heading.)
            const bool area_designator = n.designator == Designator::admin1 || n.designator == Designator::admin2 ||
                                         n.designator == Designator::community || n.designator == Designator::direction;
            const std::size_t after_designator = area_designator && after + 1 < se ? after + 1 : after;
            // ("07:35 Kyiv: a metro station damaged": a live blog's time of day may stand before it.)
            std::size_t opens = sb;
            while (opens < n.first_token && opens < sb + 3 && !tokens[opens].key.empty() &&
                   std::all_of(tokens[opens].key.begin(), tokens[opens].key.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                ++opens;
            for (std::size_t end : {n.last_token, after, after_designator})
                if (n.first_token == opens && end < se) {
                    const std::string_view gap = std::string_view(doc.text).substr(
                        tokens[end - 1].full_end, tokens[end].begin - tokens[end - 1].full_end);
                    c.heading = c.heading || gap.find(':') != std::string_view::npos ||
                                (gap.starts_with(".") && tokens[n.first_token].upper) ||
                                gap.find(" \u2013 ") != std::string_view::npos ||
                                gap.find(" \u2014 ") != std::string_view::npos || gap.find(" - ") != std::string_view::npos;
                }
            // ("Kupiansk district: Kupiansk, Kivsharivka and Synkivka came under
            // fire", "Куп'янська громада: Куп'янськ, Кіндрашівка": a district's
            // heading over places it names only holds them.)
            if (c.heading && k + 1 < j &&
                (n.designator == Designator::admin1 || n.designator == Designator::admin2 || n.designator == Designator::community ||
                 mentions[k].kind == PlaceKind::admin1 || mentions[k].kind == PlaceKind::admin2)) {
                c.heading = false;
                c.heads_places = true;
            }
            // The subject of a trigger: "Vuhledar fell", "Kursk was attacked".
            // Capitals and countries as subjects speak for governments
            // ("Kyiv is battling to ..."): not loci.
            auto be_word = [&](std::size_t q) {
                const std::string& w = tokens[q].key;
                return w == "was" || w == "were" || w == "has" || w == "had" || w == "have" || w == "been" || w == "is" ||
                       w == "are";
            };
            if (n.first_token == sb && !n.matches.empty()) {
                PlaceView v = gazetteer.place(n.matches.front().place);
                bool metonym = v.kind() == PlaceKind::country || v.feature_code() == "PPLC";
                std::size_t q = after;
                while (q < se && q < after + 3 && (be_word(q) || tokens[q].key == "came")) ++q;
                for (const Trigger& t : triggers)
                    if (t.first == q && !metonym) is_locus = c.subject = true;
            }
            // "said that Volchansk, in the north of the region, had been taken",
            // "Gornal, the last village held in the region, has been taken": an
            // appositive between a subject and its passive event word.
            const bool opens_subject = n.first_token == sb || tokens[n.first_token - 1].key == "that" ||
                               tokens[n.first_token - 1].key == "and" || clause_break(tokens[n.first_token]);
            if (!c.subject && opens_subject && after < se && tokens[after].before == Separator::comma) {
                std::size_t close = after + 1;
                while (close < se && close < after + 12 && tokens[close].before != Separator::comma && !clause_break(tokens[close]))
                    ++close;
                const bool plain = close < se && tokens[close].before == Separator::comma &&
                                   std::none_of(triggers.begin(), triggers.end(),
                                                [&](const Trigger& t) { return t.first >= after && t.first < close; });
                std::size_t q = close;
                while (plain && q < se && q < close + 3 && be_word(q)) ++q;
                // ("Selydove, home to 20,000 people before the war, fell on
                // Tuesday": a town's own fall needs no form of "be".)
                // (The event word may begin with its auxiliary: "has fallen".)
                if (plain)
                    for (const Trigger& t : triggers)
                        if (t.first >= close && t.first <= q && (q > close || t.claim == "captured")) {
                            is_locus = c.subject = true;
                            appositive_close[k - i] = close;
                        }
            }
            // ("Avdiivka, a town north of Donetsk, has fallen": a place inside
            // the appositive of a subject only describes it.)
            for (std::size_t q = i; q < k; ++q)
                if (appositive_close[q - i] > n.first_token && names[q].last_token <= n.first_token) c.in_appositive = true;
            // A landmark placing the previous name: "X, just north of Y", "X, near Y",
            // "X near Y", "X під Y".
            if (is_locus && k > i && names[k - 1].last_token + 8 >= n.first_token) {
                std::size_t q = names[k - 1].last_token;
                // ("Terny and Yampolivka (both west of Kreminna)": a bracket sets it off as a comma does.)
                const bool bracket = q < tokens.size() && q > 0 && tokens[q].before == Separator::other &&
                                     doc.text.substr(tokens[q - 1].full_end, tokens[q].begin - tokens[q - 1].full_end).find('(') !=
                                         std::string::npos;
                // ("the village of Bilenke on the northern outskirts of Kramatorsk":
                // without a comma, only placing words may stand between; see below.)
                bool comma = (q < tokens.size() && tokens[q].before == Separator::comma) || bracket || n.first_token <= q + 2;
                bool placing_only_between = false;
                // The spatial word stands right before this name ("just north of Y",
                // "near Y"); "the town of Y" after the comma names a place of its own.
                bool spatial = false, apposition = true, approaches = false;
                {
                    // p: where the name starts with its modifiers ("near the embattled town of Y")
                    const std::string& w = p > sb ? tokens[p - 1].key : tokens[n.first_token - 1].key;
                    const std::string w2 = p >= sb + 2 ? tokens[p - 2].key : std::string();
                    // (and the part a place is of: "Brovary, a suburb of Kyiv")
                    static constexpr std::string_view directions[] = {"north", "south", "east", "west", "northeast",
                                                                      "northwest", "southeast", "southwest", "km",
                                                                      "kilometres", "kilometers", "miles", "outskirts",
                                                                      "suburb", "suburbs"};
                    static constexpr std::string_view adverbs[] = {"північніше", "південніше", "східніше", "західніше",
                                                                   "севернее", "южнее", "восточнее", "западнее"};
                    // ("X on the approaches to Y", "X на підступах до Y")
                    approaches = (w == "to" || w == "до" || w == "к") &&
                                 (w2 == "approaches" || w2 == "підступах" || w2 == "подступах");
                    spatial = nearness_word(w) || approaches ||
                              std::find(std::begin(adverbs), std::end(adverbs), w) != std::end(adverbs) ||
                              (w == "of" && std::any_of(std::begin(directions), std::end(directions),
                                                        [&](std::string_view d) { return w2.ends_with(d); }));
                }
                // Only words that place: "X, just 5 km north of Y"; "X, two power
                // plants near Y" is a list item of its own.
                static constexpr std::string_view placing[] = {
                    "just", "some", "about", "around", "roughly", "directly", "right", "a", "few", "the", "of", "close",
                    "to", "near", "outside", "located", "situated", "lying", "which", "is", "lies", "village", "town",
                    "city", "settlement", "km", "kilometres", "kilometers", "miles", "north", "south", "east", "west",
                    "northeast", "northwest", "southeast", "southwest", "у", "в", "за", "км", "кілометрів", "километрах",
                    "кілометрах", "километров", "біля", "поблизу", "під", "под", "возле", "около", "від", "от",
                    "on", "approaches", "на", "підступах", "подступах", "до", "к", "outskirts",
                    // ("X, Y and Z (all southwest of Avdiivka)": one bearing for the whole list)
                    "all", "both", "each",
                    // ("Brovary, a suburb of Kyiv", "a resort town north of Sloviansk", "a twin town of Pokrovsk")
                    "suburb", "suburbs", "satellite", "resort", "twin", "neighbouring", "neighboring", "port", "district"};
                // (The place noun may be described: "a ruined industrial town", "the
                // small mining town", "a strategic hilltop city".)
                auto describing = [&](const Token& t) {
                    static constexpr std::string_view words[] = {"small", "key", "frontline", "hilltop", "mining", "large",
                                                                 "big", "major", "tiny", "former", "strategic", "front"};
                    const std::string& w = t.key;
                    return !t.cyrillic && !t.capitalised && w.size() > 3 &&
                           (w.ends_with("ed") || w.ends_with("al") || w.ends_with("ic") || w.ends_with("ous") ||
                            std::find(std::begin(words), std::end(words), w) != std::end(words));
                };
                for (std::size_t r = q; r < std::max(q, p); ++r)
                    if (!std::isdigit(static_cast<unsigned char>(tokens[r].key.front())) && std::find(std::begin(placing), std::end(placing), tokens[r].key) == std::end(placing) &&
                        !tokens[r].key.ends_with("ніше") && !tokens[r].key.ends_with("нее") && !tokens[r].key.ends_with("ern") &&
                        !describing(tokens[r]))
                        apposition = false;
                for (std::size_t r = q; r < n.first_token; ++r) {
                    const std::string& w = tokens[r].key;
                    // "X, and near Y" coordinates; "In X, the occupiers advanced near Y" is a clause of its own.
                    if (w == "and" || w == "or" || w == "та" || w == "і" || w == "и" || w == "але" || w == "but") apposition = false;
                    for (const Trigger& t : triggers)
                        if (t.first == r && !(approaches && t.last == n.first_token)) apposition = false;
                }
                // "northeast of Kupiansk near Kruhlyakivka": the earlier name is itself
                // a bearing ("direction of X"), so the later one is where, and X places it.
                // ("attacked toward Kostyantynivka near Stupochky", "in the direction
                // of Sloviansk near Drobysheve": the goal of an attack fought near
                // another place is a bearing too.)
                const std::size_t pf = names[k - 1].first_token;
                const bool bearing =
                    (pf >= sb + 2 && tokens[pf - 1].key == "of" &&
                     (compass_word(tokens[pf - 2].key) || tokens[pf - 2].key == "direction")) ||
                    (pf > sb && !tokens[pf - 1].cyrillic && (tokens[pf - 1].key == "toward" || tokens[pf - 1].key == "towards"));
                // "in eastern Ukraine, near Pokrovsk": after a country or a region the
                // town near it narrows where; it places nothing.
                const bool wider_before = mentions[k - 1].kind == PlaceKind::country || mentions[k - 1].kind == PlaceKind::admin1;
                comma = comma || (approaches && n.first_token <= q + 4);  // "Yarova on the approaches to Sviatohirsk"
                // "просунувся в Торецьку, біля Щербинівки та поблизу Новотроїцького",
                // "in X, near Y and near Z": a list of the places it happened at.
                {
                    const std::size_t a = n.last_token;
                    static constexpr std::string_view coordinators[] = {"and", "or", "та", "і", "й", "и"};
                    static constexpr std::string_view at_words[] = {"in", "at", "у", "в", "на"};
                    // (", northwest of Bakhmut, and near Lyman": the comma closes the apposition.)
                    if (a + 1 < se && tokens[a].before != Separator::comma &&
                        std::find(std::begin(coordinators), std::end(coordinators), tokens[a].key) != std::end(coordinators) &&
                        (nearness_word(tokens[a + 1].key) ||
                         std::find(std::begin(at_words), std::end(at_words), tokens[a + 1].key) != std::end(at_words)))
                        apposition = false;
                    // "просунувся в Гуляйполі, біля Залізничного та Варварівки": after
                    // an earlier name that is itself where ("в X"), "near Y and Z"
                    // goes on listing where; a landmark is one place, not two.
                    const std::size_t pf0 = names[k - 1].first_token;
                    const bool earlier_is_where =
                        pf0 > sb && (nearness_word(tokens[pf0 - 1].key) ||
                                     std::find(std::begin(at_words), std::end(at_words), tokens[pf0 - 1].key) != std::end(at_words));
                    if (earlier_is_where && k + 1 < j && names[k + 1].first_token == a + 1 && tokens[a].before != Separator::comma &&
                        nearness_word(tokens[n.first_token - 1].key) &&
                        std::find(std::begin(coordinators), std::end(coordinators), tokens[a].key) != std::end(coordinators))
                        apposition = false;
                }
                // (A run of placing words that ends in "outskirts of" or "north of"
                // places the name before it, comma or not.)
                placing_only_between = apposition && p > q && n.first_token <= q + 6 && n.first_token > sb + 1 &&
                                       tokens[n.first_token - 1].key == "of";
                comma = comma || placing_only_between;
                if (comma && spatial && apposition && bearing && nearness_word(tokens[n.first_token - 1].key))
                    context[k - i - 1].landmark = true;
                else if (comma && spatial && apposition && !(wider_before && mentions[k].kind == PlaceKind::settlement))
                    c.landmark = true;
            }
            // "the port of Severomorsk in Murmansk", "Новая Ляда в Тамбове": a town
            // right after "in" and another town names where that town is. (After a
            // facility, the rule below: the village it stands in is hit with it.)
            if (k > i && names[k - 1].last_token + 1 == n.first_token && mentions[k].kind == PlaceKind::settlement &&
                mentions[k - 1].kind == PlaceKind::settlement &&
                tokens[n.first_token].before == Separator::space) {
                const std::string& w = tokens[names[k - 1].last_token].key;
                // ("резервы из-под Купянска в Харьков": a Cyrillic town after "в" in
                // its accusative is where a move goes, not where the one before lies.)
                const std::string& last = tokens[n.last_token - 1].key;
                // (Locative endings of nouns and of adjectival names: "в Тамбове",
                // "у Києві", "в Торецкой агломерации", "у Покровському районі".)
                static constexpr std::string_view locative[] = {"е", "і", "и", "ах", "ях", "ові", "еві", "ї",
                                                                "ой", "ом", "ій", "ому", "ем", "ім"};
                const bool motion = tokens[n.first_token].cyrillic &&
                                    std::none_of(std::begin(locative), std::end(locative), [&](std::string_view e) { return last.ends_with(e); });
                if ((w == "in" || w == "у" || w == "в") && tokens[names[k - 1].last_token].before == Separator::space && !motion)
                    c.landmark = true;
            }
            // "в селе Тёткино Глушковского района", "Вільне Покровського району",
            // "Рясне Краснопільської громади": a district or community in the
            // genitive right after a village names where the village lies (the
            // town it is named after was not hit).
            if (tokens[n.first_token].cyrillic && n.first_token > sb && tokens[n.first_token].before == Separator::space &&
                (n.designator == Designator::admin2 || n.designator == Designator::community)) {
                const Token& before = tokens[n.first_token - 1];
                const bool after_name = k > i && names[k - 1].last_token == n.first_token;
                // ("Обстріл Курахівської громади.": a word the dictionary knows,
                // capitalised by the sentence start, is no village the gazetteer lacks.)
                // (Its dictionary form itself, "Обстріл": "Рясне" is read as a form of "рясний".)
                const bool known_opener = before.sentence_start && n.first_token - 1 < lemmas.size() &&
                                          std::find(lemmas[n.first_token - 1].begin(), lemmas[n.first_token - 1].end(), before.key) !=
                                              lemmas[n.first_token - 1].end();
                const bool after_unknown = before.cyrillic && before.capitalised && !before.upper && before.key.size() > 4 && !known_opener;
                // (In the genitive: "у Дніпровському районі" is where, not whose.)
                static constexpr std::string_view genitive[] = {"района", "району", "громади", "громады", "округа"};
                bool of_it = false;
                for (std::size_t q = n.first_token + 1; q < std::min(se, n.last_token + 1) && !of_it; ++q)
                    of_it = std::find(std::begin(genitive), std::end(genitive), tokens[q].key) != std::end(genitive);
                if ((after_name || after_unknown) && of_it) c.qualifies_place = true;
            }
            // ("the village of Tyotkino in the Glushkovo district", "Lyptsi in the
            // Kharkiv district": the same in English, after "in".)
            if (!tokens[n.first_token].cyrillic && k > i && (n.designator == Designator::admin2 || n.designator == Designator::community)) {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                if (q > sb + 1 && tokens[q - 1].key == "in" && names[k - 1].last_token + 1 == q) c.qualifies_place = true;
            }
            // "the Tamanneftegaz oil terminal in the Krasnodar region": the place
            // right after a named facility, through placing words only, locates it.
            if (k > i && mentions[k - 1].kind == PlaceKind::facility && names[k - 1].last_token < n.first_token &&
                n.first_token <= names[k - 1].last_token + 4) {
                static constexpr std::string_view locating[] = {"in", "near", "the", "of", "outside", "at", "town",
                                                                "city", "village", "у", "в", "біля", "под", "возле"};
                bool only_locating = true, inside = false;
                for (std::size_t r = names[k - 1].last_token; r < n.first_token; ++r) {
                    only_locating = only_locating && tokens[r].before == Separator::space &&
                                    std::find(std::begin(locating), std::end(locating), tokens[r].key) != std::end(locating);
                    inside = inside || tokens[r].key == "in" || tokens[r].key == "у" || tokens[r].key == "в";
                }
                // The village a facility stands in is hit with it ("the arsenal in Kotovo");
                // a town near it, or the region around it, only places it.
                if (only_locating && !(inside && mentions[k].kind == PlaceKind::settlement)) c.landmark = true;
            }
            // A landmark places the item before it; it is no item of its own.
            if (c.landmark || c.qualifies_place) {
                list_head[k - i] = -1;
                c.list_item = false;
            }
            locus[k - i] = c.locus = is_locus;
            // A sentence without an event word whose forces or weapons act at
            // this place goes on with the sentence before.
            if (triggers.empty() && is_locus && !previous_triggers.empty() && !c.fragment)
                c.continues = forces_act;
            c.names_unnamed = !unnamed_by.empty();
        }
        // Mention k (a country or region) holds mention q: q lies in it, or q
        // is a village the gazetteer lacks, placed in the region that
        // qualifies it right after ("Рыбное Днепропетровской области").
        auto holds = [&](std::size_t k, std::uint32_t outer, std::size_t q, std::uint32_t inner) {
            return place_is_within(gazetteer.place(inner), gazetteer.place(outer)) ||
                   (inner == outer && names[q].last_token == names[k].first_token);
        };
        // "crossed the border in the Sumy region, entered the village of X": a
        // region in a clause of its own, with its own event word, is where
        // that event happened, not only what holds the place of another.
        std::vector<std::size_t> clause_start;  // the first token of each token's clause, found when first asked
        auto own_event = [&](std::size_t region, std::size_t region_end, std::size_t place) {
            if (clause_start.empty()) {
                clause_start.resize(se - sb);
                for (std::size_t q = sb; q < se; ++q)
                    clause_start[q - sb] = q == sb || clause_break(tokens[q]) ? q : clause_start[q - sb - 1];
            }
            const std::size_t rb = clause_start[region - sb];
            if (rb == clause_start[place - sb] || region == sb) return false;
            // ("After Russian troops withdrew from Kyiv Oblast, Ukrainian forces
            // re-entered Hostomel": the object of its clause's event word.)
            {
                std::size_t q = region;
                if (q > rb && tokens[q - 1].key == "the") --q;
                if (q > rb && (tokens[q - 1].key == "from" || tokens[q - 1].key == "of")) --q;
                if (std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) { return t.last == q && t.first >= rb; }))
                    return true;
            }
            // ("Дрони атакували Брянщину, Курщину та Ростовську область: у
            // Новошахтинську горить НПЗ": the object of its clause's event
            // word, or an item of the list of its objects.)
            // (The list's commas part no clauses.)
            for (const Trigger& t : triggers) {
                if (t.last > region || t.last <= sb) continue;
                bool objects_only = true;
                // (Right after the event word, or after another region of the
                // list: "street fighting, Luhansk Oblast Governor Serhiy Haidai
                // said" is a clause of its own.)
                if (t.last == region && tokens[region].before != Separator::space) continue;
                for (std::size_t q = t.last; q <= region && objects_only; ++q) {
                    if (tokens[q].before == Separator::other) objects_only = false;
                    if (q == region) break;
                    const std::string& w = tokens[q].key;
                    // (other regions only: "captured Kurakhove, Donetsk Oblast" qualifies the town)
                    const bool other_region = std::any_of(
                        names.begin() + static_cast<std::ptrdiff_t>(i), names.begin() + static_cast<std::ptrdiff_t>(j), [&](const RecognizedName& o) {
                            const std::size_t at = static_cast<std::size_t>(&o - names.data());
                            return o.first_token <= q && q < o.last_token && mentions[at].kind &&
                                   (*mentions[at].kind == PlaceKind::admin1 || *mentions[at].kind == PlaceKind::country);
                        });
                    objects_only = other_region || w == "the" || w == "and" || w == "та" || w == "і" || w == "й" || w == "и";
                }
                if (objects_only) return true;
            }
            // ("В Курской области противник продолжает попытки расширить зону
            // контроля: ВСУ атаковали у Малой Локни": the clause after a colon
            // tells in detail what the region's clause sums up.)
            // (Only a region set in place by a preposition: "The Sumy region came
            // under fire 40 times: X and Y were hit" tells the region's own.)
            // (The word that sets the region in place: "in (the) X region", "у X".)
            const std::string& in = tokens[region - 1].key == "the" && region >= sb + 2 ? tokens[region - 2].key : tokens[region - 1].key;
            if (in == "in" || in == "у" || in == "в" || in == "на") {
                const std::size_t pb = clause_start[place - sb];
                if (pb > rb && pb > sb) {
                    const std::string_view gap = std::string_view(doc.text).substr(tokens[pb - 1].end, tokens[pb].begin - tokens[pb - 1].end);
                    if (gap.find(':') != std::string_view::npos && clause_start[pb - 1 - sb] == rb) return false;
                }
            }
            // ("Explosions were heard in Kharkiv, and the Kharkiv region came under
            // fire": a region opening its clause as the subject of its event word.)
            {
                std::size_t opener = rb;
                while (opener < region && (tokens[opener].key == "and" || tokens[opener].key == "the" || tokens[opener].key == "і" ||
                                           tokens[opener].key == "та" || tokens[opener].key == "и" || tokens[opener].key == "while"))
                    ++opener;
                if (opener == region && std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                        return t.first >= region_end && t.first <= region_end + 2 && clause_start[std::min(t.first, se - 1) - sb] == rb;
                    }))
                    return true;
            }
            // (Where it happened: "in the Sumy region" after the event word; a
            // relative clause, "which is fought over in X", tells of the place.)
            if (!(in == "in" || in == "у" || in == "в" || in == "на")) return false;
            std::size_t opener = rb;
            while (opener < region && (tokens[opener].key == "and" || tokens[opener].key == "і" || tokens[opener].key == "и")) ++opener;
            static constexpr std::string_view relatives[] = {"which", "where", "who", "that", "що", "де", "який", "яка", "где",
                                                             "который", "которая", "что"};
            if (std::find(std::begin(relatives), std::end(relatives), tokens[opener].key) != std::end(relatives)) return false;
            // ("На Сумщині ворог скинув 40 КАБів, під ударом — X": a region
            // opening its clause is where that clause's event word happened.)
            const bool opens_clause = region <= rb + 2;
            return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                return t.first >= rb && (t.first < region || (opens_clause && t.first < se && clause_start[t.first - sb] == rb));
            });
        };
        // "MOSCOW — A Ukrainian drone struck a minibus in Lgov", "СУМИ —
        // Російські війська обстріляли громади Сумщини", "KYIV, May 3 —":
        // an upper-case town and a dash opening a story's first body
        // sentence, which names another place, is its dateline: where the
        // report was filed, no place of its story (nor one its region holds).
        // (A digest's line "ПОКРОВСЬК — ворог зайшов у місто" is no story's
        // first sentence, or names no other place.)
        // "the city", "this city": the story's words for its dateline's city.
        // ("officials here said" places no event; "the town" or "the region"
        // is as often another the story names later.)
        const bool points_back_at_the_city = [&] {
            for (std::size_t q = sb + 1; q < se; ++q)
                if ((tokens[q - 1].key == "the" || tokens[q - 1].key == "this") && tokens[q].key == "city") return true;
            return false;
        }();
        auto story_dateline = [&](std::size_t q) {
            const RecognizedName& d = names[q];
            if (d.first_token != sb || q + 1 >= j ||
                !std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(d.first_token),
                             tokens.begin() + static_cast<std::ptrdiff_t>(d.last_token), [](const Token& t) { return t.upper; }))
                return false;
            const std::string_view rest = std::string_view(doc.text).substr(d.end, 40);
            std::size_t dash = std::string_view::npos;
            for (std::string_view sign : {" \u2014 ", " \u2013 ", " - "}) dash = std::min(dash, rest.find(sign));
            // ("LVIV, Ukraine, Nov. 19 — ...": a month's abbreviating stop is no sentence's end.)
            auto no_full_stop = [](std::string_view head) {
                for (std::size_t at = head.find('.'); at != std::string_view::npos; at = head.find('.', at + 1)) {
                    const std::size_t word = head.rfind(' ', at);
                    const std::size_t from = word == std::string_view::npos ? 0 : word + 1;
                    std::string w(head.substr(from, at - from));
                    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    if (month_number(w) == 0) return false;
                }
                return true;
            };
            const bool dashed = dash != std::string_view::npos &&
                                (dash == 0 || (rest.front() == ',' && no_full_stop(rest.substr(0, dash))));
            // ("KHARKIV, Ukraine — Russian drones hit the city": the dateline's
            // own country is no other place; the story tells of the town.)
            if (dashed && points_back_at_the_city &&
                std::all_of(names.begin() + static_cast<std::ptrdiff_t>(q + 1), names.begin() + static_cast<std::ptrdiff_t>(j),
                            [&](const RecognizedName& o) { return o.begin < d.end + dash; }))
                return false;
            bool first_body = s != Document::npos;
            const std::size_t entry = doc.entry_at(span.begin);
            for (std::size_t b = s; first_body && b > 0 && doc.entry_at(doc.sentences[b - 1].span.begin) == entry; --b)
                first_body = is_headline(b - 1) || doc.sentences[b - 1].boilerplate;
            // ("* IZIUM - A town of 45,000 people southeast of Kharkiv": a
            // list's item, headed by its town, is no dateline.)
            const std::string_view lead = std::string_view(doc.text).substr(span.begin, d.begin - span.begin);
            const bool bulleted = lead.find_first_of("*-") != std::string_view::npos || lead.find("\u2022") != std::string_view::npos;
            return dashed && first_body && !bulleted;
        };
        // Containers: a country or region that holds another place of the sentence.
        for (std::size_t k = i; k < j; ++k) {
            // (A city is no container of its quarters: a strike on "the Kyivskyi
            // district of Kharkiv" is told as one on Kharkiv too.)
            if (!mentions[k].kind || (*mentions[k].kind != PlaceKind::country && *mentions[k].kind != PlaceKind::admin1 &&
                                      *mentions[k].kind != PlaceKind::admin2))
                continue;
            if (drawn_at_its_region(mentions[k], names[k], gazetteer)) continue;
            auto oi = mentions[k].place_id ? gazetteer.find_id(*mentions[k].place_id) : std::nullopt;
            if (!oi) continue;
            for (std::size_t q = i; q < j && !context[k - i].container; ++q) {
                if (q == k || !mentions[q].place_id || story_dateline(q)) continue;
                auto qi = gazetteer.find_id(*mentions[q].place_id);
                context[k - i].container =
                    qi && holds(k, *oi, q, *qi) &&
                    !(*mentions[k].kind != PlaceKind::country && own_event(names[k].first_token, names[k].last_token, names[q].first_token));
            }
        }

        // Clause breaks and commas counted up to each word of the sentence:
        // "same clause" and "commas between" cost one subtraction, so a
        // sentence of thousands of words with hundreds of places stays linear
        // in its pairs of places and event words.
        std::vector<std::uint32_t> breaks_before(se - sb + 1, 0), commas_before(se - sb + 1, 0), semicolons_before(se - sb + 1, 0);
        // ("to shell settlements on the right bank, in particular Kherson",
        // "обстріляли населені пункти, зокрема Херсон": the examples after a
        // comma belong to the clause before it.)
        auto exemplifying = [&](std::size_t q) {
            const std::string& w = tokens[q].key;
            const std::string_view next = q + 1 < se ? std::string_view(tokens[q + 1].key) : std::string_view();
            return w == "including" || w == "particularly" || w == "especially" || w == "notably" || w == "namely" ||
                   w == "зокрема" || w == "особливо" || w == "особенно" || (w == "in" && next == "particular") ||
                   ((w == "в" || w == "у") && (next == "частности" || next == "том" || next == "тому"));
        };
        // ("236 ударних БпЛА (переважно FPV) атакували Степногірськ": a
        // bracketed aside leaves its clause whole.)
        auto bracket = [&](std::size_t q) {
            if (q == 0 || tokens[q].before != Separator::other) return false;
            const std::string_view gap = std::string_view(doc.text).substr(tokens[q - 1].full_end, tokens[q].begin - tokens[q - 1].full_end);
            return gap.find_first_not_of(" ()") == std::string_view::npos;
        };
        for (std::size_t q = sb; q < se; ++q) {
            breaks_before[q - sb + 1] =
                breaks_before[q - sb] + (clause_break(tokens[q]) && q > sb && !(tokens[q].before == Separator::comma && exemplifying(q)) &&
                                                 !bracket(q)
                                             ? 1
                                             : 0);
            commas_before[q - sb + 1] = commas_before[q - sb] + (tokens[q].before == Separator::comma ? 1 : 0);
            semicolons_before[q - sb + 1] = semicolons_before[q - sb] + (semicolon_at(q) ? 1 : 0);
        }
        auto same_clause = [&](std::size_t a, std::size_t b) {  // tokens a <= b: no break in (a, b]
            a = std::min(a, se), b = std::min(b, se == sb ? sb : se - 1);
            if (b <= a) return true;
            return breaks_before[b - sb + 1] == breaks_before[a - sb + 1];
        };
        auto commas_in = [&](std::size_t lo, std::size_t hi) -> std::uint32_t {  // tokens [lo, hi) preceded by a comma
            lo = std::min(lo, se), hi = std::min(hi, se);
            return hi > lo ? commas_before[hi - sb] - commas_before[lo - sb] : 0;
        };
        auto semicolons_in = [&](std::size_t lo, std::size_t hi) -> std::uint32_t {  // tokens [lo, hi) after a semicolon
            lo = std::min(lo, se), hi = std::min(hi, se);
            return hi > lo ? semicolons_before[hi - sb] - semicolons_before[lo - sb] : 0;
        };

        // "tried to advance", "намагався 13 разів просунутися", "attempts by AFU
        // units to advance": an attempt word before the trigger, in its clause.
        auto attempted = [&](const Trigger& t) {
            for (const PhraseMatch& am : sentence_scans().attempts)
                // (The attempt's "to" may be the trigger's own: "fighting to" + "to take".)
                if (am.first < t.first && am.last < t.last && am.first + 6 >= t.first && same_clause(am.first, t.first)) return true;
            return false;
        };
        // A trigger that opens a coordinated predicate after the name: "and
        // entered", "та звільнили", "and have completed".
        auto coordinated_after = [&](const Trigger& t, std::size_t name_end) {
            if (t.first <= name_end) return false;
            static constexpr std::string_view conjunctions[] = {"and", "but", "та", "і", "й", "але", "а", "и", "но"};
            // (And the verbs that carry an event noun: "продвинулись в центре X и
            // ведут бои за кварталы", "and continue fighting".)
            static constexpr std::string_view auxiliaries[] = {"have", "has", "had", "were", "was", "are", "is", "then", "also", "later",
                                                              "continue", "continued", "ведут", "ведёт", "ведет", "вели",
                                                              "ведуть", "веде", "продолжают", "продолжает", "продовжують",
                                                              "продовжує"};
            auto conjunction = [&](std::size_t at) {
                return std::find(std::begin(conjunctions), std::end(conjunctions), tokens[at].key) != std::end(conjunctions);
            };
            std::size_t q = t.first - 1;
            if (q > name_end && std::find(std::begin(auxiliaries), std::end(auxiliaries), tokens[q].key) != std::end(auxiliaries)) --q;
            if (q >= name_end && conjunction(q)) return true;
            // ("near Kupiansk, Lyman, and Siversk on February 8 but did not make
            // confirmed advances": a contrast opens another predicate, however
            // many words stand before its event word.)
            for (std::size_t c = name_end; c < t.first; ++c)
                if (tokens[c].key == "but" || tokens[c].key == "але" || tokens[c].key == "но" || tokens[c].key == "однак" ||
                    tokens[c].key == "однако")
                    return true;
            // ("advanced near Vuhledar and repelled three counterattacks": the
            // object of a verb coordinated right after the name is that verb's.)
            if (name_end >= se || !conjunction(name_end)) return false;
            return std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& v) {
                return v.first == name_end + 1 && v.last <= t.first;
            });
        };
        // A predicate coordinated between the trigger and the name: "captured
        // three villages in June and are now within range of Zaporizhzhia":
        // the name is the later predicate's, not the capture's.
        // (Counted up to each word, as the clause breaks are: one subtraction a pair.)
        std::vector<std::uint32_t> predicates_before(se - sb + 1, 0);
        {
            static constexpr std::string_view conjunctions[] = {"and", "but"};
            static constexpr std::string_view auxiliaries[] = {"have", "has", "had", "were", "was", "are", "is", "now", "still"};
            for (std::size_t q = sb; q < se; ++q)
                predicates_before[q - sb + 1] =
                    predicates_before[q - sb] +
                    (q + 1 < se && std::find(std::begin(conjunctions), std::end(conjunctions), tokens[q].key) != std::end(conjunctions) &&
                             std::find(std::begin(auxiliaries), std::end(auxiliaries), tokens[q + 1].key) != std::end(auxiliaries)
                         ? 1
                         : 0);
        }
        auto coordinated_between = [&](const Trigger& t, std::size_t name_first) {
            if (t.last + 1 >= name_first || t.last < sb || name_first > se) return false;
            // a conjunction at q in [t.last, name_first - 1) with its auxiliary after it
            return predicates_before[name_first - 1 - sb] > predicates_before[t.last - sb];
        };
        // "fled", "тікали", "бежали": a withdrawal only when a force flees.
        auto fleeing = [&](const Trigger& t) {
            const std::string& w = tokens[t.first].key;
            if (w.starts_with("fle")) return true;
            const auto& l = lemmas_of(t.first);
            return std::any_of(l.begin(), l.end(), [](const std::string& x) { return x == "тікати" || x == "бежать"; });
        };
        // A word of moving or standing that names no force ("moving to",
        // "moved ... to", "стоїть", "стояли"): a deployment only where the
        // sentence names one.
        auto needs_a_named_force = [&](const Trigger& t) {
            const std::string& w = tokens[t.first].key;
            if (tokens[t.first].cyrillic && t.last == t.first + 1) {
                const auto& forms = lemmas_of(t.first);
                if (std::any_of(forms.begin(), forms.end(), [](const std::string& l) { return l == "стояти" || l == "стоять"; }))
                    return true;
            }
            return (w.starts_with("mov") || w.starts_with("relocat") || w.starts_with("transferr")) && tokens[t.last - 1].key == "to";
        };
        // Troops, reserves, a fleet: a force the sentence moves, with or without its side.
        std::optional<bool> force_named;
        auto names_a_force = [&] {
            if (force_named) return *force_named;
            static constexpr std::string_view bodies[] = {"reserves", "reinforcements", "brigade", "brigades", "battalion", "battalions",
                                                          "regiment", "regiments", "division", "divisions", "fleet", "ships",
                                                          "warships", "vessels", "tanks", "armour", "armor", "columns", "convoy",
                                                          "equipment", "crews"};
            bool found = false;
            for (std::size_t q = sb; q < se && !found; ++q)
                found = std::find(std::begin(bodies), std::end(bodies), tokens[q].key) != std::end(bodies) ||
                        forces_.match_at(tokens, q, se, lemma_table()).has_value();
            force_named = found;
            return found;
        };
        auto a_force = [&](const ActorPhrase& a) {  // "200,000 Russians" are people
            if (a.target_only) return false;
            const bool counted = a.first > sb && !tokens[a.first - 1].key.empty() &&
                                 std::isdigit(static_cast<unsigned char>(tokens[a.first - 1].key.front()));
            return a.last > a.first + 1 || !counted;
        };
        // "massed troops near X in preparation for a new offensive", "will try
        // to storm": an event word right after a forecast is what is to come;
        // a reported event word as near governs the place instead.
        std::vector<char> foretold_at(triggers.size(), 0);
        for (std::size_t k = 0; k < triggers.size(); ++k)
            for (const PhraseMatch& mm : sentence_scans().modality)
                if (mm.entry->values[0] == "forecast" && mm.last <= triggers[k].first && mm.last + 3 >= triggers[k].first &&
                    same_clause(mm.first, triggers[k].first) && !(tokens[mm.first].capitalised && !tokens[mm.first].sentence_start) &&
                    !ordered_withdrawal(mm, triggers[k], tokens, sb))
                    foretold_at[k] = 1;
        auto foretold = [&](const Trigger& t) { return foretold_at[static_cast<std::size_t>(&t - triggers.data())] != 0; };
        // "The commander, who fought in Bakhmut last winter, now leads a unit
        // near Kupiansk": an event word inside a relative clause set off by
        // commas tells of that clause's places only. Each trigger's clause
        // [first, last), empty where it stands in no such clause.
        std::vector<std::pair<std::size_t, std::size_t>> relative_clause(triggers.size());
        for (std::size_t k = 0; k < triggers.size(); ++k) {
            std::size_t b = triggers[k].first;
            while (b > sb && tokens[b].before != Separator::comma && !clause_break(tokens[b])) --b;
            // (", when pro-Russian separatists seized much of Donetsk Oblast": a
            // time told of by its own event. Not ", where": "Myrnohrad to the
            // east, where Ukrainian forces risk being encircled" tells of the
            // place before it.)
            const bool opener = relative_pronoun(tokens[b].key) || tokens[b].key == "when" || tokens[b].key == "коли" ||
                                tokens[b].key == "когда";
            if (b == sb || tokens[b].before != Separator::comma || !opener) continue;
            std::size_t e = triggers[k].last;
            while (e < se && tokens[e].before != Separator::comma && !clause_break(tokens[e])) ++e;
            relative_clause[k] = {b, e};
        }
        auto relative_of = [&](const Trigger& t) { return relative_clause[static_cast<std::size_t>(&t - triggers.data())]; };
        // "The bodies were found in Bucha after Russian troops pulled out of the
        // Kyiv region": an event word whose own subject, a force, follows a
        // subordinating word tells of its clause's places, not of those before
        // that word. Each trigger's subordinating word, or `se` where none.
        // (A noun after it keeps its scope: "fires in Tuapse after a drone attack".)
        std::vector<std::size_t> adverbial_clause(triggers.size(), se);
        // (Only a sentence with such a word asks for its forces.)
        const bool subordinated = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(sb), tokens.begin() + static_cast<std::ptrdiff_t>(se),
                                              [](const Token& t) { return subordinator(t.key) || t.key == "того"; });
        for (std::size_t k = 0; k < triggers.size() && subordinated; ++k) {
            for (const ActorPhrase& a : sentence_scans().actors) {
                if (a.target_only || a.last > triggers[k].first || a.last + 2 < triggers[k].first || a.first <= sb) continue;
                std::size_t b = a.first - 1;
                if (b > sb && (tokens[b].key == "the" || tokens[b].key == "як" || tokens[b].key == "как")) --b;
                if (!subordinator(tokens[b].key) && !(b + 1 < a.first && tokens[b].key == "того")) continue;
                // (Only a clause that names a place of its own: "Parts of Lviv lost
                // power after Russian missiles hit two energy facilities in the city".)
                for (std::size_t q = i; q < j; ++q)
                    if (names[q].first_token >= triggers[k].last && same_clause(triggers[k].first, names[q].first_token))
                        adverbial_clause[k] = b;
            }
        }
        // ("captured the city of Toretsk after months of street fighting", "fell
        // after weeks of heavy shelling": a span of fighting after "after",
        // "following" or "amid" is the time of the event before it, no event
        // of the places before it.)
        for (std::size_t k = 0; k < triggers.size(); ++k) {
            static constexpr std::string_view spans[] = {"months", "weeks", "days", "years", "hours", "month", "week", "year"};
            static constexpr std::string_view times[] = {"after", "following", "amid", "despite"};
            std::size_t q = triggers[k].first;
            // (A word or two before the event noun: "of street fighting", "of heavy shelling".)
            for (std::size_t back = 0; back < 3 && q > sb && tokens[q - 1].key != "of"; ++back) --q;
            if (q < sb + 3 || tokens[q - 1].key != "of" || tokens[triggers[k].first].cyrillic) continue;
            std::size_t w = q - 2;
            if (std::find(std::begin(spans), std::end(spans), tokens[w].key) == std::end(spans)) continue;
            if (w > sb && (numeral(tokens[w - 1].key) || tokens[w - 1].key == "several" || tokens[w - 1].key == "many")) --w;
            // (Only where an event word of the clause before it tells the event:
            // "Kherson was left without power after days of shelling" was shelled.)
            const std::size_t at = w - 1;
            const bool told_before = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                return t.last <= at && t.claim != "other" && t.claim != "none" && same_clause(t.first, at);
            });
            if (told_before && std::find(std::begin(times), std::end(times), tokens[at].key) != std::end(times))
                adverbial_clause[k] = std::min(adverbial_clause[k], at);
        }
        auto in_adverbial_apart = [&](const Trigger& t, const RecognizedName& name) {
            const std::size_t b = adverbial_clause[static_cast<std::size_t>(&t - triggers.data())];
            return b != se && name.last_token <= b;
        };
        // A form of "be" right before the event word ("were hit"), or coming
        // under it ("came under airstrikes", "опинилися під обстрілом"):
        // undergone by the subject.
        const auto passive_form = [&](const Trigger& t) {
            // ("Москва и область подверглись атаке", "Київ зазнав атаки": the
            // event word itself says the subject underwent it.)
            const std::string& head = tokens[t.first].key;
            if (head.starts_with("подверг") || head.starts_with("зазна")) return true;
            for (std::size_t q = t.first; q > sb && q + 3 > t.first;) {
                const std::string& w = tokens[--q].key;
                const bool under = (w == "under" && q > sb &&
                                    (tokens[q - 1].key == "came" || tokens[q - 1].key == "come" || tokens[q - 1].key == "comes")) ||
                                   ((w == "під" || w == "под") && q > sb &&
                                    (tokens[q - 1].key.starts_with("опинил") || tokens[q - 1].key.starts_with("перебувал") ||
                                     tokens[q - 1].key.starts_with("оказал") || tokens[q - 1].key.starts_with("находил")));
                if (w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "got" || under)
                    return true;
            }
            return false;
        };
        std::vector<std::string_view> sentence_claims, previous_claims;
        for (const Trigger& t : triggers) add_unique(sentence_claims, t.claim);
        for (const Trigger& t : previous_triggers) add_unique(previous_claims, t.claim);
        if (!unnamed_by.empty()) previous_claims = {unnamed_by};

        std::optional<std::optional<Voice>> voice_of_sentence;  // side_voice, asked once per sentence
        const bool in_table_row = s != Document::npos && table_row(doc, span.begin);
        for (std::size_t k = i; k < j; ++k) {
            Mention& m = mentions[k];
            const RecognizedName& n = names[k];
            MentionContext& c = context[k - i];
            // "The town of Vovchansk, about 5 km from the border, came under
            // fire": a subject's predicate resumes after the phrase set off
            // by commas behind it. Where it does, words after the phrase are
            // measured from its end.
            const std::size_t predicate_from = [&]() -> std::size_t {
                const std::size_t after = n.last_token;
                if (after >= se || tokens[after].before != Separator::comma) return after;
                // a subject: at most a few words of its own before it ("The
                // town of"), no preposition but "of" and no event word
                // ("On Dec. 30, Belgorod, a city of 340,000 people, suffered":
                // an adverbial set off by a comma before the subject is not its own.)
                std::size_t subject_from = sb;
                for (std::size_t q = sb + 1; q <= n.first_token; ++q)
                    if (tokens[q].before == Separator::comma) {
                        // (only the sentence's first comma, after an opener with no place of its own)
                        const bool opener_named = std::any_of(names.begin() + static_cast<std::ptrdiff_t>(i),
                                                              names.begin() + static_cast<std::ptrdiff_t>(k),
                                                              [&](const RecognizedName& o) { return o.first_token < q; });
                        if (!opener_named) subject_from = q;
                        break;
                    }
                static constexpr std::string_view prepositions[] = {
                    "in", "near", "at", "on", "from", "to", "toward", "towards", "around", "outside", "into", "by", "across",
                    "over", "within", "в", "у", "на", "під", "біля", "поблизу", "з", "із", "до", "по", "под", "около",
                    "возле", "из", "от", "к", "с", "над"};
                // ("The thermal power plant in Burshtyn, in the west of the
                // country, was also hit": a facility's place after the
                // facility noun heading the subject.)
                bool facility_head = false;
                for (std::size_t q = subject_from; q < n.first_token; ++q) {
                    if (facility_nouns_.match_at(tokens, q, n.first_token, lemma_table())) facility_head = true;
                    const bool preposition =
                        std::find(std::begin(prepositions), std::end(prepositions), tokens[q].key) != std::end(prepositions);
                    const bool locates_facility = facility_head && q + 1 == n.first_token &&
                                                  (tokens[q].key == "in" || tokens[q].key == "at" || tokens[q].key == "near");
                    if (preposition && !locates_facility) return after;
                }
                if (n.first_token > subject_from + (facility_head ? 7 : 4)) return after;
                std::size_t e = after + 1;
                // (brackets inside it are its own: "about 5 km (3 miles) from the border")
                constexpr std::size_t longest = 16;
                while (e < se && e <= after + longest && tokens[e].before != Separator::comma) ++e;
                if (e >= se || e > after + longest || tokens[e].before != Separator::comma) return after;
                // (The phrase tells its own event, unless it is a noun phrase
                // describing the subject: "Vuhledar, a hilltop town that held
                // out for two years, fell in October".)
                // (Nor a relative clause whose own event is told of the subject
                // before the main clause's, where the main clause names no other
                // place its word may be about: "Kherson, which Russian troops
                // occupied in March 2022, came under shelling on Tuesday", not
                // "Avdiivka, which Russia captured, is used to strike Pokrovsk".)
                const bool describes = tokens[after].key == "a" || tokens[after].key == "an" || tokens[after].key == "the" ||
                                       (relative_pronoun(tokens[after].key) && e < se &&
                                        std::none_of(names.begin() + static_cast<std::ptrdiff_t>(i),
                                                     names.begin() + static_cast<std::ptrdiff_t>(j),
                                                     [&](const RecognizedName& o) { return o.first_token >= e; }) &&
                                        std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                                            return t.first >= e && t.claim != "none" && t.claim != "other" && same_clause(e, t.first);
                                        }));
                if (!describes)
                    for (const Trigger& t : triggers)
                        if (t.first < e && t.last > after) return after;
                // (A list of places, unless the phrase is a relative clause:
                // "The Belgorod region, which borders the Kharkiv region, has come under fire".)
                if (!relative_pronoun(tokens[after].key))
                    for (std::size_t q = i; q < j; ++q)
                        if (names[q].first_token >= after && names[q].first_token < e) return after;
                static constexpr std::string_view joins[] = {"and", "or", "but", "та", "і", "й", "а", "и", "но", "але"};
                if (std::find(std::begin(joins), std::end(joins), tokens[e].key) != std::end(joins)) return after;
                return e;
            }();
            // "Bilohorivka, Luhansk Oblast | Armed clash | Attempted Russian
            // crossing ... destroyed by artillery": in a table row, the first
            // event word after the place, alone in a short cell that more cells
            // follow, is the row's event type, and tells of the place.
            auto event_type_cell = [&](const Trigger& t) {
                if (!in_table_row || t.first <= n.last_token || t.claim == "none") return false;
                for (const Trigger& o : triggers)
                    if (o.first > n.last_token && o.first < t.first && o.claim != "none") return false;
                // (Notes that tell a change of ground say more: "Battles | Russian MoD
                // claimed capture of the village".)
                for (const Trigger& o : triggers)
                    if (o.first >= t.last && (o.claim == "captured" || o.claim == "withdrew" || o.claim == "advanced")) return false;
                std::size_t b = t.first, e = t.last;
                while (b > n.last_token && !cells_apart(doc, tokens[b - 1].begin, tokens[b].begin)) --b;
                while (e < se && !cells_apart(doc, tokens[e - 1].begin, tokens[e].begin)) ++e;
                return b > n.last_token && e - b <= 4 && e < se;
            };
            // A trigger in the name's clause: no clause break between them.
            auto in_clause = [&](const Trigger& t) {
                if (t.last <= n.first_token) return same_clause(t.first, n.first_token) && !coordinated_between(t, n.first_token);
                // ("2024-05-10 | Strilecha | cross-border ground assault | RU": a
                // row's event cell tells of the place of its location cell, when
                // no other place's cell stands between and no later cell tells
                // more, as notes do: "Battles | Russian MoD claimed capture of the village".)
                // (Or a short cell of its own right after the place's, the row's
                // event type, though the notes after it tell more: event_type_cell.)
                // (And the first later word of a change of ground, which says more
                // than the event type: "Battle – territory change | UA forces retake
                // village"; not one that only names who did another thing in its
                // cell: "Russian infiltration groups clashed with ...".)
                auto first_ground_change = [&] {
                    if (t.claim != "captured" && t.claim != "withdrew" && t.claim != "advanced") return false;
                    return std::none_of(triggers.begin(), triggers.end(), [&](const Trigger& o) {
                        const bool earlier_change = o.first > n.last_token && o.first < t.first &&
                                                    (o.claim == "captured" || o.claim == "withdrew" || o.claim == "advanced");
                        const bool other_after_in_cell = o.first >= t.last && o.claim != "none" && o.claim != t.claim &&
                                                         !cells_apart(doc, tokens[t.first].begin, tokens[o.first].begin);
                        return earlier_change || other_after_in_cell;
                    });
                };
                if (in_table_row && cells_apart(doc, n.end, tokens[t.first].begin) &&
                    (std::count_if(triggers.begin(), triggers.end(),
                                   [&](const Trigger& o) { return o.first > n.last_token && o.claim != "none"; }) == 1 ||
                     event_type_cell(t) || first_ground_change()) &&
                    std::none_of(names.begin() + static_cast<std::ptrdiff_t>(i), names.begin() + static_cast<std::ptrdiff_t>(j),
                                 [&](const RecognizedName& o) {
                                     // (An "oblast" column's name only holds the row's place.)
                                     return o.first_token > n.last_token && o.first_token < t.first && cells_apart(doc, n.end, o.begin) &&
                                            column_role(table_headers.header(o.begin)) == ColumnRole::place;
                                 }))
                    return true;
                if (in_adverbial_apart(t, n)) return false;
                const bool resumed = predicate_from != n.last_token && t.first >= predicate_from;
                return resumed ? same_clause(predicate_from, t.first) : same_clause(n.first_token, t.first);
            };
            c.sentence_claims = sentence_claims;
            c.previous_claims = previous_claims;
            // ("Ворог атакував область ракетами", "Odesa. Around noon, the enemy
            // attacked the city with a ballistic missile": an attack with a
            // weapon, in the sentence the name heads, is a strike.)
            auto told_next = [&](const Trigger& t, std::size_t sentence) -> std::string_view {
                if (t.claim == "attacked" && !t.ground && t.priority <= 1) {
                    const auto [nb, ne] = sentence_tokens(sentence);
                    if (!instruments_.find_all(tokens, nb, ne, lemma_table()).empty()) return "struck";
                }
                return t.claim;
            };
            if (heading_of_next)
                for (const Trigger& t : *heading_of_next)
                    if (t.claim != "other") {
                        c.heads_next = told_next(t, headed_sentence);
                        break;
                    }
            if (taken_up_by_next && k == i) {
                c.heads_next = told_next(*taken_up_by_next, s + 1);
                c.taken_up = true;
            }
            // (The names the clause describes stand right before it: "Korenovo,
            // which is now being fought over", "from Zolote and Hirske, which
            // fell earlier in the week".)
            // ("our warriors in the Avdiivka and Marinka directions, who today
            // repelled dozens of assaults": the sector noun after the list, the
            // name's designator, is the places' own.)
            auto described = [&](const Trigger& t) {
                const std::size_t b = relative_of(t).first;
                for (std::size_t q = k;; ++q) {
                    if (names[q].last_token == b) return true;
                    if (names[q].last_token + 1 == b && names[q].designator == Designator::direction) return true;
                    if (q + 1 >= j) return false;
                    const std::size_t end = names[q].last_token, next = names[q + 1].first_token;
                    const bool listed = (next == end && tokens[next].before == Separator::comma) ||
                                        (next == end + 1 && list_joint(tokens[end].key));
                    if (!listed) return false;
                }
            };
            auto in_relative_apart = [&](const Trigger& t) {
                const auto [b, e] = relative_of(t);
                return b != e && ((n.first_token < b && !described(t)) || n.first_token >= e);
            };
            const Trigger* describer = nullptr;
            for (const Trigger& t : triggers) {
                const auto [b, e] = relative_of(t);
                if (b != e && t.claim != "other" && t.claim != "none" && n.first_token < b && described(t)) {
                    c.described_by = t.claim;
                    describer = &t;
                    // ("advanced towards Shevchenkove, which they captured on 8
                    // September": the clause tells how the fighting there ended
                    // only where it says so plainly, of a day, right after the
                    // name: not a capture tried, hoped for, claimed, partial or
                    // told by its month or year, "which Ukraine liberated in
                    // September 2022".)
                    if (t.claim == "captured" && names[k].last_token == b && !attempted(t) && !foretold(t)) {
                        static constexpr std::string_view hedges[] = {
                            "claim", "try", "tried", "trying", "fail", "hope", "could", "would", "might", "sought", "seek",
                            "vow", "plan", "partial", "aim", "want", "намага", "пыта", "хоч", "хот", "план", "мож", "мог",
                            "заяв", "частков", "частичн"};
                        static constexpr std::string_view negations[] = {"not", "never", "may", "had", "не", "ні", "нет"};
                        bool plain = true;
                        for (std::size_t q = b; q < e && plain; ++q) {
                            const std::string& w = tokens[q].key;
                            plain = std::none_of(std::begin(hedges), std::end(hedges), [&](std::string_view h) { return w.starts_with(h); }) &&
                                    std::find(std::begin(negations), std::end(negations), w) == std::end(negations);
                        }
                        if (plain && reference) {
                            if (!phrases) phrases = &phrases_of(s, floor<std::chrono::days>(*reference));
                            plain = std::any_of(phrases->begin(), phrases->end(), [&](const DatePhrase& dp) {
                                return dp.first >= b && dp.last <= e && dp.date.date && dp.date.precision == DatePrecision::day &&
                                       !dp.publication;
                            });
                        }
                        c.described_taken = plain && reference;
                    }
                    break;
                }
            }
            // "the strike on the town, which lies 20 km from the front line around
            // Bakhmut": a name inside a relative clause set off by a comma is told
            // of by that clause's own event words only.
            std::size_t own_relative_begin = 0, own_relative_end = 0;
            {
                std::size_t b = n.first_token;
                while (b > sb && !clause_break(tokens[b])) --b;
                // ("the capture of the town, which it called Kurakhovo", "Bakhmut,
                // which Russia calls Artyomovsk": a clause that only names what
                // stands before it gives the main clause's place another name.)
                auto naming = [&] {
                    if (n.first_token == 0) return false;
                    const std::string& v = tokens[n.first_token - 1].key;
                    static constexpr std::string_view verbs[] = {"call", "calls", "called", "names", "named", "називає", "називають",
                                                                 "називали", "называет", "называют", "называли", "именуют"};
                    return n.first_token <= b + 5 && std::find(std::begin(verbs), std::end(verbs), v) != std::end(verbs);
                };
                if (b > sb && b < n.first_token && tokens[b].before == Separator::comma && relative_pronoun(tokens[b].key) && !naming()) {
                    std::size_t e = n.last_token;
                    while (e < se && !clause_break(tokens[e])) ++e;
                    own_relative_begin = b;
                    own_relative_end = e;
                }
            }
            auto outside_own_relative = [&](const Trigger& t) {
                return own_relative_begin != own_relative_end && (t.last <= own_relative_begin || t.first >= own_relative_end);
            };
            // A semicolon between a trigger and this name parts their clauses
            // unless the name stands in a list's group (asked once per name).
            std::optional<bool> clause_of_semicolon_list;
            auto parted_by_semicolon = [&](std::size_t lo, std::size_t hi) {
                // ("Partners in Dnipro and Zaporizhzhia distributed kits; teams are
                // assessing damage in Lviv Oblast": a list of the clause before the
                // semicolon is parted from it too.)
                if (tokens[n.first_token].cyrillic || semicolons_in(lo + 1, hi + 1) == 0) return false;
                if (!clause_of_semicolon_list) clause_of_semicolon_list = in_semicolon_list_group(n.first_token);
                return !*clause_of_semicolon_list;
            };
            // The nearest trigger, before or after; ties go to the stronger.
            const Trigger* best = nullptr;
            long best_distance = 0;
            // ("Hirske, which fell": the relative pronoun stands for its subject.)
            auto not_its_subject = [&](const Trigger& t) {
                const std::size_t b = relative_of(t).first;
                // (A subject past its appositive was found above: c.subject.)
                return t.subject_only && n.last_token != t.first && !c.subject && !(b != t.first && n.first_token < b && described(t)) &&
                       !(n.last_token + 1 == t.first && (tokens[n.last_token].key == "has" || tokens[n.last_token].key == "had" ||
                                                         tokens[n.last_token].key == "have"));
            };
            for (const Trigger& t : triggers) {
                if (in_relative_apart(t) || coordinated_between(t, n.first_token) || outside_own_relative(t) || not_its_subject(t) ||
                    in_adverbial_apart(t, n))
                    continue;
                const std::size_t name_end = t.first >= predicate_from ? predicate_from : n.last_token;
                long d = t.last <= n.first_token ? static_cast<long>(n.first_token - t.last)
                                                 : static_cast<long>(t.first) - static_cast<long>(name_end);
                d = std::abs(d) * 2 + (t.first > n.first_token ? 1 : 0);
                // A comma between them usually means another clause.
                std::size_t lo = std::min(t.last, name_end), hi = std::max(t.first, n.first_token);
                // A semicolon always does ("... claims Loknia; Moscow airports shut"),
                // but for a list's groups, which share its event (list_item).
                // (English only: Ukrainian posts list a town's losses between semicolons,
                // "у Костянтинівці 1 людина загинула; пошкоджено 7 будинків".)
                if (parted_by_semicolon(lo, hi)) continue;
                std::uint32_t commas = commas_in(lo, hi);
                if (commas && lo <= n.first_token && n.first_token < hi && tokens[n.first_token].before == Separator::comma) --commas;
                d += 8 * static_cast<long>(commas);
                // "advanced near X and entered four villages": a verb coordinated
                // after the name has objects of its own; X is the earlier verb's.
                if (coordinated_after(t, n.last_token)) d += 2 * static_cast<long>(coordination_penalty);
                if (foretold(t)) d += 2 * static_cast<long>(coordination_penalty);
                // (The word of leaving that governs "from" is the name's, not the fire after.)
                if (leaves_from(n, t) || taken_up_by_anaphor(k, t)) d = 0;
                if (!best || d < best_distance || (d == best_distance && t.priority > best->priority)) {
                    best = &t;
                    best_distance = d;
                }
            }
            for (const Trigger& t : triggers) {
                const bool before = t.last <= n.first_token;
                if (!in_clause(t) || not_its_subject(t)) continue;
                add_unique(c.clause_claims, t.claim);
                const std::size_t d = leaves_from(n, t) ? 0
                                                      : (before ? n.first_token - t.last : t.first - std::min(t.first, n.last_token)) +
                                                            (coordinated_after(t, n.last_token) ? coordination_penalty : 0) +
                                                            (foretold(t) ? coordination_penalty : 0);
                // (At equal distance the word before governs: "advanced in eastern
                // Toretsk amid offensive operations".)
                if (!c.clause_nearest || d < c.clause_nearest->distance ||
                    (d == c.clause_nearest->distance && before && !c.clause_nearest->before) ||
                    (d == c.clause_nearest->distance && before == c.clause_nearest->before && t.priority > c.clause_nearest->priority)) {
                    c.clause_nearest = MentionContext::Trigger{t.claim, d, before, true, false, false, t.priority};
                    c.clause_nearest->attempt = attempted(t);
                    c.clause_nearest->ground = t.ground;
                    c.clause_nearest->incident = t.incident;
                    c.clause_nearest->entering = t.entering;
                    c.clause_nearest->passive = passive_form(t);
                }
            }
            if (best) {
                const bool before = best->last <= n.first_token;
                const std::size_t name_end = best->first >= predicate_from ? predicate_from : n.last_token;
                c.nearest = MentionContext::Trigger{
                    best->claim, before ? n.first_token - best->last : best->first - std::min(best->first, name_end), before,
                    in_clause(*best), false, false,
                    best->priority};
                // ("В Часовом Яре штурмовики завершили зачистку микрорайона",
                // "In Toretsk, Russian forces seized several blocks": the town
                // hosts the part taken.)
                if (!before && best->claim == "captured")
                    for (std::size_t q = best->last; q < se && q < best->last + 4 && !c.part_taken_in && !clause_break(tokens[q]); ++q)
                        c.part_taken_in = town_part_noun(tokens[q].key) || cyrillic_town_part(tokens[q].key) ||
                                          cyrillic_street(tokens[q].key);
                // (Taken up by a pointing word: as near as that word is to the event word.)
                if (const auto at = taken_up_by_anaphor(k, *best)) {
                    c.nearest->distance = *at - best->last;
                    c.nearest->before = true;
                    c.nearest->same_clause = true;
                }
                c.nearest->attempt = attempted(*best);
                c.row_event = event_type_cell(*best) && in_clause(*best);
                c.nearest->ground = best->ground;
                c.nearest->incident = best->incident;
                c.nearest->entering = best->entering;
                c.nearest->passive = passive_form(*best);
                for (std::size_t q = best->first > sb + 3 ? best->first - 3 : sb; q < best->first; ++q)
                    if (is_negation(tokens[q].key)) c.negated = true;
                // Between the event word and the place, or right by either.
                // ("pound Kharkiv overnight as talks stall": the talks are another clause.)
                const std::size_t lo = std::min(best->first, n.first_token), hi = std::max(best->last, n.last_token);
                std::size_t reach = hi;
                // (A past war is the event's time, not a phrase of its own: "the
                // siege of Leningrad during the Second World War".)
                auto past_war_at = [&](std::size_t q) {
                    for (const PhraseMatch& cm : sentence_scans().civil)
                        if (cm.first > q && cm.first <= q + 3)
                            for (std::size_t r = cm.first; r < cm.last; ++r) {
                                const std::string& x = tokens[r].key;
                                if (x == "war" || x == "wwii" || x.starts_with("nazi") || x.starts_with("нацист") ||
                                    x.starts_with("світов") || x.starts_with("миров") || x.starts_with("отечествен") ||
                                    x.starts_with("вітчизнян"))
                                    return true;
                            }
                    return false;
                };
                while (reach < se && reach < hi + 7) {
                    const std::string& w = tokens[reach].key;
                    if (w == "as" || w == "while" || w == "when" || w == "after" || w == "before" || w == "amid") break;
                    // ("struck Odesa during talks on a ceasefire", "captured Pokrovsk
                    // ahead of the summit", "під час переговорів": a phrase of its own.)
                    if ((w == "during" || w == "despite" || w == "ahead" || w == "following" || w == "час" || w == "время" ||
                         w == "напередодні" || w == "накануне" || w == "попри" || w == "несмотря" || w == "незважаючи") &&
                        !past_war_at(reach))
                        break;
                    // ("Sudzha has been recaptured; Putin had visited a command post")
                    if (semicolon_at(reach)) break;
                    ++reach;
                }
                // Past the name, another place between takes the words ("блокада
                // Мариуполя ... от блокады Ленинграда в годы Второй мировой").
                auto other_place_between = [&](std::size_t from, std::size_t to) {
                    for (std::size_t q = i; q < j; ++q)
                        if (q != k && names[q].first_token >= from && names[q].first_token < to) return true;
                    return false;
                };
                // ("In 1941, German troops captured Kyiv": a year before this war
                // began, in the event's clause, tells history.)
                // (Said as a year: after "in", "of", "since" or a month, not "Report 1941:".)
                static constexpr std::string_view year_words[] = {"in", "of", "since", "until", "by", "during", "year",
                                                                  "у", "в", "року", "году"};
                // (In the event's clause only: "struck Derzhprom, built in 1928"
                // is no history; "by 1800 GMT" is a time.)
                static constexpr std::string_view clock_words[] = {"gmt", "utc", "local", "hours", "hrs", "cet", "eet", "msk"};
                for (std::size_t q = lo > sb + 4 ? lo - 4 : sb; q < reach && !c.civil_in_clause; ++q) {
                    if (q > hi && clause_break(tokens[q])) break;
                    if (q + 1 < se && std::find(std::begin(clock_words), std::end(clock_words), tokens[q + 1].key) != std::end(clock_words))
                        continue;
                    if (const int y = year_number(tokens[q].key); y >= 1700 && y < 2014 && q > sb &&
                                                                   (std::find(std::begin(year_words), std::end(year_words),
                                                                              tokens[q - 1].key) != std::end(year_words) ||
                                                                    month_number(tokens[q - 1].key) > 0))
                        c.civil_in_clause = true;
                }
                for (const PhraseMatch& cm : sentence_scans().civil)
                    // (A civil word inside the event phrase is the event's own:
                    // "long-range sanctions", Zelensky's word for strikes.)
                    if (cm.first + 2 >= lo && cm.first < reach && !(cm.first >= n.last_token && other_place_between(n.last_token, cm.first)) &&
                        !(cm.first >= best->first && cm.first < best->last))
                        c.civil_in_clause = true;
                for (const PhraseMatch& im : sentence_scans().instruments) {
                    // ("stormed Vovchansk after heavy shelling", "attacked under the
                    // cover of artillery fire": fire before or beside the assault,
                    // in a phrase of its own, is no weapon of it.)
                    bool beside = false;
                    for (std::size_t q = std::max(best->last, n.last_token); q < im.first && !beside; ++q) {
                        const std::string& w = tokens[q].key;
                        beside = w == "after" || w == "following" || w == "amid" || w == "cover" || w == "после" ||
                                 w == "після" || w == "прикриттям" || w == "прикрытием";
                    }
                    if (beside) continue;
                    c.instrument_in_sentence = true;
                    const std::size_t lo = std::min(im.first, std::min(best->first, n.first_token));
                    const std::size_t hi = std::max(im.first, std::max(best->first, n.first_token));
                    if (same_clause(lo, hi) || (im.first < best->first ? same_clause(im.first, best->first) : same_clause(best->first, im.first)))
                        c.instrument_in_clause = true;
                }
            }
            // "Prosecutors in Kharkiv opened a case over the shelling of Izium",
            // "Speaking in Brussels, Zelensky said Russian forces attacked
            // Kupiansk": where people or an office sit is no place of the event
            // when the event word has a place of its own as its object.
            // ("Житель Херсона получил ранения во время обстрела Николаева":
            // the town a person lives in, the event's own place another.)
            static constexpr std::string_view dwellers[] = {"житель", "жителя", "жителька", "жительница", "жительницы",
                                                            "мешканець", "мешканця", "мешканка", "мешканки", "уродженець",
                                                            "уроженец", "уроженка", "уродженка"};
            if (n.first_token > sb &&
                std::find(std::begin(dwellers), std::end(dwellers), tokens[n.first_token - 1].key) != std::end(dwellers))
                for (std::size_t o = i; o < j && !c.office_seat; ++o)
                    if (o != k)
                        for (const Trigger& t : triggers)
                            if (t.last <= names[o].first_token && names[o].first_token <= t.last + 1) c.office_seat = true;
            // "a native of Chernihiv", "born in Mariupol", "a 45-year-old miner
            // from Pavlohrad, was killed near Pokrovsk": a person's home town
            // is where the person is from, not where the event was (where the
            // sentence names another place, for a person's "from").
            if (n.first_token >= sb + 2 && !tokens[n.first_token].cyrillic) {
                const std::string& w1 = tokens[n.first_token - 1].key;
                const std::string& w2 = tokens[n.first_token - 2].key;
                static constexpr std::string_view people[] = {
                    "miner", "man", "woman", "resident", "residents", "soldier", "volunteer", "teacher", "student", "farmer",
                    "nurse", "doctor", "driver", "worker", "father", "mother", "boy", "girl", "businessman", "pensioner",
                    "veteran", "officer", "serviceman", "engineer", "journalist", "medic", "paramedic", "grandmother",
                    "grandfather", "son", "daughter", "family", "families", "couple", "native", "refugee", "refugees", "evacuee"};
                const bool home = (w1 == "of" && w2 == "native") || (w1 == "in" && w2 == "born") ||
                                  (w1 == "from" && (w2 == "originally" || w2 == "hails" || w2 == "hailing"));
                const bool person_from = w1 == "from" && std::find(std::begin(people), std::end(people), w2) != std::end(people) &&
                                         j - i > 1;
                if (home || person_from) c.office_seat = true;
            }
            if (best && n.first_token >= sb + 2) {
                const std::string& in = tokens[n.first_token - 1].key;
                const std::string& who = tokens[n.first_token - 2].key;
                static constexpr std::string_view seats[] = {
                    "prosecutors", "prosecutor", "court", "courts", "judge", "judges", "police", "investigators", "doctors",
                    "surgeons", "journalist", "journalists", "correspondent", "correspondents", "reporter", "reporters",
                    "embassy", "consulate", "speaking", "spoke", "based", "made", "manufactured", "produced", "assembled",
                    "born", "studio", "lawmakers", "parliament", "summit", "officials", "authorities", "hospital", "hospitals",
                    "ambassador", "envoy", "leaders",
                    // ("officers in Kyiv privately worry that Ocheretyne could be next")
                    "officers", "commanders", "generals", "analysts", "experts", "diplomats", "planners", "strategists",
                    // ("Speaking at a news conference in Lviv, the minister said missiles hit Odesa")
                    "conference", "briefing", "meeting", "forum", "ceremony", "interview", "speech", "address", "talks",
                    "брифінгу", "брифинге", "конференції", "конференции", "нараді", "совещании", "зустрічі", "встрече",
                    "виступаючи", "выступая",
                    "суд", "прокуратура", "прокурори", "прокуроры", "лікарі", "врачи", "журналіст", "журналист",
                    "кореспондент", "корреспондент", "посольство"};
                const bool seat_phrase = (in == "in" || in == "at" || in == "у" || in == "в" || in == "во") &&
                                         std::find(std::begin(seats), std::end(seats), who) != std::end(seats);
                // ("оба доставлены в больницу в Белгороде", "taken to a hospital in
                // Dnipro": where the wounded were brought is no place of the event.)
                static constexpr std::string_view hospitals[] = {"hospital", "hospitals", "больницу", "больнице", "больницы",
                                                                 "лікарні", "лікарню", "госпиталь", "госпитале", "шпиталю", "шпиталь"};
                if ((in == "in" || in == "у" || in == "в") &&
                    std::find(std::begin(hospitals), std::end(hospitals), who) != std::end(hospitals))
                    for (std::size_t q = n.first_token - 2; q > sb && q + 5 > n.first_token - 2 && !c.office_seat; --q) {
                        const std::string& v = tokens[q - 1].key;
                        c.office_seat = v.starts_with("доставл") || v.starts_with("доставил") || v.starts_with("госпитализ") ||
                                        v.starts_with("госпіталіз") || v.starts_with("доправл") || v == "taken" || v == "rushed" ||
                                        v == "brought" || v == "admitted" || v == "treated" || v == "evacuated";
                    }
                // ("оба госпитализированы в Курск", "поранених доправили до
                // Харкова": the town the wounded were taken to, with no hospital named.)
                static constexpr std::string_view taken_to[] = {"госпитализ", "госпіталіз", "доставл", "доставил", "доправл",
                                                                 "доправил", "перевез", "эвакуир", "евакуйов"};
                if ((in == "в" || in == "у" || in == "во" || in == "до") &&
                    std::any_of(std::begin(taken_to), std::end(taken_to), [&](std::string_view v) { return who.starts_with(v); }))
                    c.office_seat = true;
                // ("He discussed the attack with leaders in Paris and London",
                // "talks with officials in Kyiv": the people met with sit there.)
                static constexpr std::string_view met[] = {"leaders", "officials", "counterparts", "ministers", "partners",
                                                           "allies", "lawmakers", "diplomats"};
                if (in == "in" && n.first_token >= sb + 3 && tokens[n.first_token - 3].key == "with" &&
                    std::find(std::begin(met), std::end(met), who) != std::end(met))
                    c.office_seat = true;
                // (Where a thing was made or a person born is never the event's place.)
                static constexpr std::string_view origins[] = {"made", "manufactured", "produced", "assembled", "born"};
                if (seat_phrase && std::find(std::begin(origins), std::end(origins), who) != std::end(origins)) c.office_seat = true;
                // ("Zelensky, speaking in Kyiv, called the strikes terror": where
                // a speaker speaks is his place, whatever event he speaks of.)
                // (So where he told reporters or held a briefing: "Peskov told
                // reporters in Moscow that Russia strikes only military targets".)
                static constexpr std::string_view speeches[] = {"speaking", "spoke", "briefing", "conference", "interview",
                                                                "speech", "виступаючи", "выступая", "брифінгу", "брифинге",
                                                                "конференції", "конференции"};
                const bool told_press = (who == "reporters" || who == "journalists") && n.first_token >= sb + 3 &&
                                        (tokens[n.first_token - 3].key == "told" || tokens[n.first_token - 3].key == "telling");
                if (seat_phrase &&
                    (std::find(std::begin(speeches), std::end(speeches), who) != std::end(speeches) || told_press) &&
                    !(best->first <= n.first_token && best->last + 2 >= n.first_token))
                    c.office_seat = true;
                if (seat_phrase && !(best->first <= n.first_token && best->last + 2 >= n.first_token))
                    for (std::size_t o = i; o < j && !c.office_seat; ++o) {
                        if (o == k) continue;
                        const std::size_t p = names[o].first_token;
                        for (const Trigger& t : triggers)
                            // (before it too: "Russian troops attacked Lastochkyne, and
                            // officers in Kyiv privately worry")
                            if (t.last <= p && p <= t.last + 2 && (p > n.last_token || names[o].last_token <= n.first_token)) {
                                bool direct = true;
                                for (std::size_t w = t.last; w < p; ++w) {
                                    const std::string& x = tokens[w].key;
                                    direct = direct && (x == "of" || x == "on" || x == "at" || x == "against" || x == "the" ||
                                                        x == "по" || x == "на");
                                }
                                c.office_seat = c.office_seat || direct;
                            }
                    }
            }
            // ("with leaders in Paris and London": the items of a list sit where its head sits.)
            if (!c.office_seat && list_head[k - i] >= 0 && context[static_cast<std::size_t>(list_head[k - i]) - i].office_seat &&
                mentions[k].kind == PlaceKind::settlement)
                c.office_seat = true;
            // "DNIPRO, Ukraine (AFP) - Russia launched ...": the town in a wire's
            // dateline is where the report was filed, whatever it then tells.
            // ("Odesa, Ukraine (AP) —", "Dnipro, Nov 19 (Reuters) -": in title
            // case too, where the brackets hold a wire agency.)
            // (Where the story names no other place, it tells of the town:
            // "Dnipro, November 20 (Ukrinform) – Russian troops struck the city".)
            if (n.first_token == sb) {
                const std::string_view rest = std::string_view(doc.text).substr(n.end, 80);
                const std::size_t open = rest.find('('), close = rest.find(')');
                const bool other_place = std::any_of(names.begin() + static_cast<std::ptrdiff_t>(k + 1),
                                                     names.begin() + static_cast<std::ptrdiff_t>(j),
                                                     [&](const RecognizedName& o) { return o.begin > n.end + close; });
                if (open != std::string_view::npos && close != std::string_view::npos && open < close &&
                    dateline_dash(rest.substr(close + 1, 5)) && (other_place || !points_back_at_the_city) &&
                    (tokens[n.first_token].upper || claim_words::wire_agency(rest.substr(open + 1, close - open - 1))))
                    c.office_seat = true;
            }
            if (story_dateline(k)) c.office_seat = true;
            {
                std::size_t q = n.first_token;
                if (q > sb && tokens[q - 1].key == "the") --q;
                c.across_border = q >= sb + 2 && tokens[q - 1].key == "with" &&
                                  (tokens[q - 2].key == "border" || tokens[q - 2].key == "borders" || tokens[q - 2].key == "frontier");
                // "the bridge linking Crimea to Russia", "the road connecting
                // Pokrovsk with Kostiantynivka": the ends of what a road or a bridge
                // links describe it; the event is at the bridge.
                static constexpr std::string_view linking[] = {"linking", "links", "linked", "connecting", "connects", "connected"};
                // (Its first end right after the verb; the other after "to", "with"
                // or "and" right after the first: not "near Kerch" beyond them.)
                // ("Train services between Kharkiv and Kyiv were delayed after a drone
                // hit a locomotive near Lozova": the ends of a route, too.)
                // (Not a defence or front line: "broke through the line between X and Y".)
                static constexpr std::string_view routes[] = {"services", "service", "trains", "train", "traffic", "route",
                                                              "routes", "railway", "highway", "flights", "flight", "trips",
                                                              "connection", "convoys"};
                bool route_end = q >= sb + 2 && tokens[q - 1].key == "between" &&
                                 std::find(std::begin(routes), std::end(routes), tokens[q - 2].key) != std::end(routes);
                // ("A train travelling from Kyiv to Kharkiv was hit near Lozova", "a bus
                // carrying civilians from Kherson to Mykolaiv", "потяг з Києва до
                // Харкова": where a vehicle came from and went to.)
                static constexpr std::string_view vehicles[] = {"train", "trains", "bus", "buses", "minibus", "flight",
                                                                "ferry", "convoy", "locomotive", "потяг", "поїзд", "поезд",
                                                                "автобус", "маршрутка", "электричка", "електричка"};
                const std::string& from_word = q > sb ? tokens[q - 1].key : tokens[q].key;
                if (!route_end && q > sb + 1 && (from_word == "from" || from_word == "з" || from_word == "із" || from_word == "из"))
                    for (std::size_t v = q - 1; v > sb && q - v <= 5 && !route_end && !clause_break(tokens[v]); --v)
                        route_end = std::find(std::begin(vehicles), std::end(vehicles), tokens[v - 1].key) != std::end(vehicles);
                if (q > sb)
                    c.linked_end = route_end || std::find(std::begin(linking), std::end(linking), tokens[q - 1].key) != std::end(linking) ||
                                   ((tokens[q - 1].key == "to" || tokens[q - 1].key == "with" || tokens[q - 1].key == "and" ||
                                     tokens[q - 1].key == "до") &&
                                    k > i && names[k - 1].last_token + 1 == q && context[k - i - 1].linked_end);
            }
            // "Like Bakhmut before it, Chasiv Yar has been reduced to ruins", "Як і
            // Бахмут, ...": a place the event's place is compared with, opening the
            // sentence or a clause. ("towns like Pokrovsk" are examples of it.)
            if (n.first_token > sb) {
                std::size_t q = n.first_token - 1;
                const std::string& w = tokens[q].key;
                if ((w == "і" || w == "и") && q > sb && (tokens[q - 1].key == "як" || tokens[q - 1].key == "как")) --q;
                else if (!(w == "like" || w == "unlike")) q = se;
                if (q < se && (q == sb || clause_break(tokens[q]))) c.compared = true;
                // "завдали Україні більших руйнувань, ніж Донбасу за вісім років",
                // "more damage than in Mariupol": what the event is measured
                // against, not where it happened.
                std::size_t p = n.first_token - 1;
                if (p > sb && (tokens[p].key == "in" || tokens[p].key == "у" || tokens[p].key == "в")) --p;
                if (tokens[p].key == "than" || tokens[p].key == "ніж" || tokens[p].key == "чем") c.compared = true;
            }
            // Modality: modal words in the words before the trigger; exercises
            // and drills anywhere in the sentence.
            if (best) {
                std::size_t anchor = std::max(best->first, n.first_token);
                std::size_t window_begin = std::min(best->first, n.first_token);
                // ("Wagner would hand the city over ... on May 25 and withdraw to
                // camps in Luhansk Oblast": a bare verb joined by "and" shares the
                // modal of the first, however far back.)
                const std::string& verb = tokens[best->first].key;
                static constexpr std::string_view irregular_pasts[] = {"hit", "struck", "took", "retook", "withdrew", "broke", "seized",
                                                                       "shot", "fought", "left", "won", "lost", "drove", "overran",
                                                                       "fell", "beat", "threw", "held", "put", "set", "cut"};
                bool joined_bare_verb = best->first > sb + 1 && tokens[best->first - 1].key == "and" && !tokens[best->first].cyrillic &&
                                        !verb.ends_with("ed") && !verb.ends_with("ing") && best->first <= n.first_token &&
                                        std::find(std::begin(irregular_pasts), std::end(irregular_pasts), verb) == std::end(irregular_pasts);
                const std::size_t reach = joined_bare_verb ? 20 : 8;
                window_begin = window_begin > sb + reach ? window_begin - reach : sb;
                // ("the loss could expose Kurakhove, some 25 km to the north, where
                // guided bombs struck two buildings": the clause after "where" tells
                // what happened there; the forecast before the town is not its.)
                for (std::size_t q = n.last_token; q < best->first && best->first > n.first_token; ++q)
                    if (clause_break(tokens[q]) && (tokens[q].key == "where" || tokens[q].key == "де" || tokens[q].key == "где"))
                        window_begin = q;
                for (const PhraseMatch& mm : modality_.find_all(tokens, window_begin, anchor, lemma_table())) {
                    // (A verb joined by "and" shares only the modal of its own clause:
                    // no comma, contrast or relative word between the modal and the "and".)
                    bool joined = joined_bare_verb;
                    for (std::size_t q = mm.last; joined && q + 1 < best->first; ++q) {
                        const std::string& w = tokens[q].key;
                        joined = !clause_break(tokens[q]) && tokens[q].before != Separator::comma && w != "but" && w != "yet" &&
                                 !relative_pronoun(w) && !subordinator(w);
                    }
                    if (!joined && mm.first + 8 < std::min(best->first, n.first_token)) continue;
                    // ("7 May" is a month; "6/ If UA takes Izium": a thread's number opens
                    // the line, as a channel's clock time does: "21:48 Загроза КАБ".)
                    const bool numbered = mm.first > sb && mm.first <= sb + 2 &&
                                          std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(sb),
                                                      tokens.begin() + static_cast<std::ptrdiff_t>(mm.first),
                                                      [](const Token& w) { return numeral(w.key); });
                    if (tokens[mm.first].capitalised && !tokens[mm.first].sentence_start && !numbered) continue;
                    // ("• May 11 – brigades counterattack and advance": the month.)
                    if (mm.last == mm.first + 1 && tokens[mm.first].key == "may" && mm.last < se && numeral(tokens[mm.last].key)) continue;
                    // ("Fierce battles are under way for Toretsk": going on now, no way opened.)
                    if (mm.first > sb && tokens[mm.first - 1].key == "under") continue;
                    // "З метою недопущення оточення ЗСУ вийшли з X", "С целью срыва
                    // наступления ВСУ нанесли удар по X": a purpose named by a noun
                    // is that noun's; the deed after it was done. (Before an
                    // infinitive it is the deed's: "з метою захопити X".)
                    {
                        const auto& ws = mm.entry->words;
                        const bool purpose = ws.size() == 2 && ((ws[0] == "с" && ws[1] == "целью") || (ws[0] == "з" && ws[1] == "метою"));
                        auto infinitive = [](const std::string& w) {
                            return w.ends_with("ти") || w.ends_with("ть") || w.ends_with("тися") || w.ends_with("ться") ||
                                   w.ends_with("тись") || w.ends_with("чь");
                        };
                        if (purpose && mm.last < se && !infinitive(tokens[mm.last].key) && best->first > mm.last + 1) continue;
                    }
                    // ("striking back where it can: its drones have begun to hit
                    // refineries": a modal with no verb of its own after it.)
                    if (mm.last < anchor && tokens[mm.last].before == Separator::other) continue;
                    // "Что бы они сказали про блокаду Мариуполя?": the conditional is the
                    // saying's, not the event's, when a verb of saying stands between.
                    bool said_between = false;
                    // (For a verb joined by "and", only what stands after the "and".)
                    const std::size_t between_from = joined ? std::max(mm.last, best->first - 1) : mm.last;
                    for (std::size_t q = between_from; q < anchor && !said_between; ++q)
                        said_between = attribution_.match_at(tokens, q, std::min(se, q + 1), lemma_table()).has_value();
                    // "I want to honour the soldiers who defend Kostiantynivka",
                    // "хочу відзначити воїнів, які захищають": a relative clause
                    // between tells what they do, outside the wish.
                    for (std::size_t q = mm.last; q < anchor && !said_between; ++q) said_between = relative_pronoun(tokens[q].key);
                    // ("called for more Patriots after the attack on Kharkiv": an
                    // adverbial of time between tells of a deed of its own.)
                    for (std::size_t q = mm.last; q < std::min(anchor, best->first) && !said_between; ++q)
                        said_between = subordinator(tokens[q].key);
                    // "Після боїв і загрози оточення наші підрозділи вийшли з X", "the
                    // threat of encirclement forced them out of X": a threat whose own
                    // event follows it is about that event, not this one.
                    const std::size_t object = mm.last < anchor && tokens[mm.last].key == "of" ? mm.last + 1 : mm.last;
                    const bool other_event = std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) {
                        return t.first == object && t.first < best->first && object < anchor;
                    });
                    // "Shoigu ordered Russian troops to withdraw from Kherson": an order to
                    // pull out is announced as it is carried out, unlike one to take a town.
                    // (A verb joined to the modal's own event shares it: "would hand over ... and withdraw".)
                    if (!said_between && (!other_event || joined) && !ordered_withdrawal(mm, *best, tokens, sb))
                        m.modality = modality_from(mm.entry->values[0]);
                }
                // "the combat power to take Kharkiv", "designed ... than to take
                // Kharkiv itself", "forces to capture Zaporizhzhia": a capture in
                // the infinitive after a word of means or purpose is none yet.
                // ("managed to take", "tried to take": done, or an attempt.)
                if (best->claim == "captured") {
                    std::size_t to = best->first;
                    if (tokens[to].key != "to" && to > sb && tokens[to - 1].key == "to") --to;
                    static constexpr std::string_view means[] = {"power", "ability", "capacity", "strength", "forces", "troops",
                                                                 "resources", "manpower", "designed", "intended", "meant",
                                                                 "aimed", "than", "enough", "order", "bid", "plan", "goal",
                                                                 "aim", "need", "needs", "needed", "want", "wants", "wanted"};
                    if (tokens[to].key == "to" && to > sb &&
                        std::find(std::begin(means), std::end(means), tokens[to - 1].key) != std::end(means))
                        m.modality = Modality::forecast;
                }
                // "the battle for Slovyansk will begin": a modal right after the name
                // (not after a comma: "amassing forces near X, preparing an
                // offensive" tells the purpose of what is being done).
                const std::size_t after_name = n.last_token;
                // (A longer phrase that reports shadows the modal it opens with:
                // "could not be independently verified".)
                const auto after_modals = best->first < n.first_token && after_name < se
                                              ? modality_.find_all(tokens, after_name, std::min(se, after_name + 4), lemma_table())
                                              : std::vector<PhraseMatch>{};
                const bool reported_after = std::any_of(after_modals.begin(), after_modals.end(), [&](const PhraseMatch& mm) {
                    return mm.first == after_name && mm.entry->values[0] == "reported";
                });
                if (best->first < n.first_token && after_name < se && tokens[after_name].before != Separator::comma && !reported_after)
                    for (const PhraseMatch& mm : after_modals)
                        // ("pulled out of Avdiivka rather than risk encirclement": what
                        // follows "rather than" is the alternative, not this event.)
                        // (Nor does a purpose: "відвели підрозділи з Вугледара з метою
                        // збереження особового складу" was done.)
                        if (mm.first == after_name && mm.entry->values[0] == "forecast" && !tokens[mm.first].capitalised &&
                            !purpose_marker(mm.entry->words))
                            m.modality = modality_from(mm.entry->values[0]);
                // "The loss of Pokrovsk, though long anticipated, would be a
                // significant blow": an event noun opening the sentence is the
                // subject of its verb, and a modal verb makes it a supposition.
                if (best->first < n.first_token && (best->first == sb || (best->first == sb + 1 && tokens[sb].key == "the")) &&
                    tokens[best->last - 1].key == "of") {
                    std::size_t stop = se;
                    for (const Trigger& t : triggers)
                        if (t.first >= n.last_token && t.first < stop) stop = t.first;
                    for (const PhraseMatch& mm : modality_.find_all(tokens, n.last_token, stop, lemma_table()))
                        if (!tokens[mm.first].capitalised) {
                            m.modality = modality_from(mm.entry->values[0]);
                            break;
                        }
                }
                // "Ми повернемо Мелітополь", "мы освободим Херсон": a capture
                // promised in the first person plural of a perfective verb is a
                // future; the present of the imperfective ("звільняємо",
                // "освобождаем") is not.
                if (tokens[best->first].cyrillic && (best->claim == "captured" || best->claim == "advanced")) {
                    const std::string& v = tokens[best->first].key;
                    // (and no noun: "освобождением" is an instrumental)
                    const bool present = v.ends_with("аємо") || v.ends_with("яємо") || v.ends_with("уємо") || v.ends_with("юємо") ||
                                         v.ends_with("аем") || v.ends_with("яем") || v.ends_with("уем") || v.ends_with("ием");
                    const bool first_plural = v.ends_with("емо") || v.ends_with("имо") || v.ends_with("ємо") || v.ends_with("їмо") ||
                                              v.ends_with("ем") || v.ends_with("им");
                    // (a verb's dictionary form is its infinitive: "контролем" is a noun)
                    const auto& forms = lemmas_of(best->first);
                    const bool verb = std::any_of(forms.begin(), forms.end(), [](const std::string& l) {
                        return l.ends_with("ть") || l.ends_with("ти") || l.ends_with("ться") || l.ends_with("тися");
                    });
                    if (first_plural && !present && verb && v.size() > 8) m.modality = Modality::forecast;
                }
                for (const PhraseMatch& mm : sentence_scans().modality)
                    if (mm.entry->values[0] == "hypothetical" && mm.entry->words.front() != "if" &&
                        mm.entry->words.front() != "unless" && mm.entry->words.front() != "якщо" && mm.entry->words.front() != "если")
                        m.modality = Modality::hypothetical;
            }
            if (*m.modality != Modality::reported) c.modality = to_string(*m.modality);

            // The claim the rules read; an item of a list takes the claim of
            // the list's head ("attacks near X, northwest of Y, and near Z").
            RuleVerdict verdict = rule_verdict(c);
            std::string_view claim = verdict.claim;
            std::size_t head_basis = tokens.size();  // the event word of the list's head, where the item takes its claim over its own
            // ("the key to Kramatorsk and Sloviansk": the list shares its head's aim.)
            // ("пытаясь выйти к трассе на Константиновку, а также у Берховки":
            // an item with a locative of rest of its own is where it happened.)
            static constexpr std::string_view at_rest[] = {"у", "в", "біля", "поблизу", "около", "возле", "под", "під",
                                                           "near", "in", "around", "outside"};
            const bool own_rest = std::find(std::begin(at_rest), std::end(at_rest), c.prev1) != std::end(at_rest);
            if (list_head[k - i] >= 0 && aimed_at[static_cast<std::size_t>(list_head[k - i]) - i] && !own_rest) {
                verdict = {{}, "an item of a list of places gone or aimed at", false, true};
                claim = {};
            }
            aimed_at[k - i] = verdict.aim;
            told_by_relative[k - i] = verdict.described;
            // ("advanced towards Kupiansk, which they liberated on Saturday, and
            // Izium": the relative clause told of the head alone.)
            if (list_head[k - i] >= 0 && !c.possessive && c.modality.empty() && !verdict.office &&
                !told_by_relative[static_cast<std::size_t>(list_head[k - i]) - i])
                if (const auto& head = mentions[static_cast<std::size_t>(list_head[k - i])].claim) {
                    // (The model weighed the head's reading; the item's own
                    // features tell of another event word, "... and Zarichne
                    // on November 19 but did not make confirmed advances".)
                    if (!verdict.claim.empty() && verdict.claim != to_string(*head)) {
                        verdict.sure = true;
                        head_basis = basis_at[static_cast<std::size_t>(list_head[k - i]) - i];
                    }
                    claim = to_string(*head);
                    verdict.reason = "an item of a list whose first item claims it";
                    // (The verb the first object kept, with no words of its own
                    // between, is as sure for the second.)
                    if (gapped_object[k - i]) {
                        verdict.reason = "the second object of a gapped clause whose first it claims";
                        verdict.sure = true;
                    }
                }
            std::vector<std::string> f = claim_features(c);
            // The model drops the readings that mislead.
            std::optional<double> probability;
            // A region or district that is the only place of its event word's
            // clause is the finest place the report gives ("Russian drones
            // attacked the Sumy region overnight"): the model's doubt about
            // regions, learnt from regions that hold the village hit, is no
            // reason to drop it.
            // (So is a city's district: "struck a dormitory in the Saltivskyi district".)
            // ("Дрони атакували Брянщину, Курщину та Ростовську область": so is
            // each of a list of regions, none of which holds another.)
            const bool listed_with_head =
                c.list_item && list_head[k - i] >= 0 && mentions[static_cast<std::size_t>(list_head[k - i])].claim &&
                to_string(*mentions[static_cast<std::size_t>(list_head[k - i])].claim) == claim;
            if (!verdict.sure && !claim.empty() && mentions[k].kind &&
                (*mentions[k].kind == PlaceKind::admin1 || *mentions[k].kind == PlaceKind::admin2 || c.designator == "district") &&
                c.locus && !c.container && !c.landmark && c.modality.empty() &&
                (listed_with_head || (!c.list_item && c.clause_nearest && c.clause_nearest->claim == claim))) {
                const auto outer = mentions[k].place_id ? gazetteer.find_id(*mentions[k].place_id) : std::nullopt;
                bool alone = true;
                for (std::size_t o = i; o < j && alone; ++o) {
                    if (o == k ||
                        !same_clause(std::min(names[o].first_token, n.first_token), std::max(names[o].first_token, n.first_token)))
                        continue;
                    // (Only other regions beside it, none of them its own: a town
                    // beside it may lie in it, however the gazetteer placed the town.)
                    const auto inner = mentions[o].place_id ? gazetteer.find_id(*mentions[o].place_id) : std::nullopt;
                    const bool co_region = *mentions[k].kind == PlaceKind::admin1 && mentions[o].kind &&
                                           (*mentions[o].kind == PlaceKind::admin1 || *mentions[o].kind == PlaceKind::country);
                    if (!co_region || !outer || !inner || holds(k, *outer, o, *inner)) alone = false;
                }
                if (alone) {
                    verdict.sure = true;
                    verdict.reason += "; the only place of its clause";
                }
            }
            // "In Kyiv, the city's largest children's hospital was badly
            // damaged": a place set before the comma that opens its sentence
            // is where the whole sentence happens, when it names no other.
            if (!verdict.sure && !claim.empty() && c.locus && c.modality.empty() && !c.list_item && n.first_token == sb + 1 &&
                (tokens[sb].key == "in" || tokens[sb].key == "у" || tokens[sb].key == "в") && n.last_token < se &&
                tokens[n.last_token].before == Separator::comma && j - i == 1 &&
                std::any_of(triggers.begin(), triggers.end(), [&](const Trigger& t) { return t.first >= n.last_token && t.claim == claim; })) {
                verdict.sure = true;
                verdict.reason += "; the place the sentence opens with, its only one";
            }
            if (!claim.empty() && !model_.empty() && !verdict.sure) {
                probability = model_.probability(f);
                if (*probability < model_.threshold()) {
                    verdict.reason += "; dropped: the model finds this reading unlikely";
                    if (c.modality.empty()) doubted[k - i] = claim;
                    claim = {};
                }
            }
            if (traces) (*traces)[k] = ClaimTrace{std::move(f), std::move(verdict.reason), probability};
            if (claim.empty()) continue;
            m.claim = claim_type_from(claim);
            // "seized the Pokrovsk railway station", "took the Avdiivka coke
            // plant": a building or plant of the town taken is ground gained
            // in the town, not the town.
            if (*m.claim == ClaimType::captured && c.names_facility && mentions[k].kind == PlaceKind::settlement) {
                m.claim = ClaimType::advanced;
                if (traces) (*traces)[k].verdict += "; a building or plant of the town taken: ground gained in it";
            }
            // The trigger the claim rests on: the nearest of its class, one in
            // the name's own clause first ("Fighting continues near X; the
            // enemy is counterattacking from Y": X's event is the fighting).
            const Trigger* basis = nullptr;
            auto closer = [&](const Trigger& a, const Trigger& b) {
                if (in_clause(a) != in_clause(b)) return in_clause(a);
                return std::labs(static_cast<long>(a.first) - static_cast<long>(n.first_token)) <
                       std::labs(static_cast<long>(b.first) - static_cast<long>(n.first_token));
            };
            for (const Trigger& t : triggers)
                if (t.claim == claim && (!basis || closer(t, *basis))) basis = &t;
            // ("entered the outskirts of X ..., while other units are
            // approaching Y": the word of its own clause that a rule read
            // as another class, not a word of that class in another clause.)
            if (!basis || (best && !in_clause(*basis) && in_clause(*best))) basis = best;
            // (An item that took its head's claim over its own event word
            // rests on the head's: its status and date are the head's too.)
            for (const Trigger& t : triggers)
                if (t.first == head_basis && t.claim == claim) basis = &t;
            // ("from Hirske, which they captured on Monday": the clause that tells it.)
            if (describer && claim == describer->claim && (verdict.described || !basis || !in_clause(*basis))) basis = describer;
            if (basis) {
                m.evidence.claim_basis = doc.text.substr(tokens[basis->first].begin, tokens[basis->last - 1].full_end - tokens[basis->first].begin);
            } else {
                for (const Trigger& t : previous_triggers)
                    if (t.claim == claim)
                        m.evidence.claim_basis = doc.text.substr(tokens[t.first].begin, tokens[t.last - 1].full_end - tokens[t.first].begin) +
                                        " (the sentence before)";
            }
            const std::size_t anchor = basis ? basis->first : n.first_token;
            if (basis) basis_at[k - i] = basis->first;
            // "200,000 Russians have fled the Kursk region": people flee; a
            // withdrawal needs troops, units or the enemy in the sentence.
            if (basis && *m.claim == ClaimType::withdrew && fleeing(*basis) &&
                std::none_of(sentence_scans().actors.begin(), sentence_scans().actors.end(), a_force)) {
                m.claim.reset();
                m.evidence.claim_basis.clear();
                if (traces) (*traces)[k].verdict = "people fleeing, no force named";
                continue;
            }
            // ("residents are moving to Lviv": people move; a deployment needs a force.)
            if (basis && *m.claim == ClaimType::deployed && needs_a_named_force(*basis) && !names_a_force()) {
                m.claim.reset();
                m.evidence.claim_basis.clear();
                if (traces) (*traces)[k].verdict = "people or things moving, no force named";
                continue;
            }

            // Status: hedges and disputes in the sentence, negation before the trigger.
            m.status = ClaimStatus::asserted;
            for (const PhraseMatch& sm : sentence_scans().status) {
                const ClaimStatus v = claim_status_from(sm.entry->values[0]);
                if (v == ClaimStatus::denied || (v == ClaimStatus::disputed && *m.status != ClaimStatus::denied) ||
                    (v == ClaimStatus::hedged && *m.status == ClaimStatus::asserted))
                    m.status = v;
            }
            for (std::size_t q = sb; q < se; ++q)
                if (tokens[q].key == "reported" && q > sb &&
                    (tokens[q - 1].possessive || tokens[q - 1].key == "the" || tokens[q - 1].key == "a") &&
                    *m.status == ClaimStatus::asserted)
                    m.status = ClaimStatus::hedged;
            for (std::size_t q = anchor > sb + 3 ? anchor - 3 : sb; q < anchor; ++q) {
                // ("have not stopped their assaults", "не припиняє обстрілів":
                // the stopping is denied, the event goes on.)
                const std::string_view next = q + 1 < se ? std::string_view(tokens[q + 1].key) : std::string_view();
                const bool stopping_denied = next.starts_with("stop") || next.starts_with("ceas") || next.starts_with("halt") ||
                                             next.starts_with("зупин") || next.starts_with("припин") ||
                                             next.starts_with("прекра") || next.starts_with("останав") || next.starts_with("полиша");
                if (is_negation(tokens[q].key) && !stopping_denied) m.status = ClaimStatus::denied;
            }
            // ("The night passed without strikes on Odesa", "ніч минула без
            // обстрілів": the event word is what did not happen.)
            // ("Not a day passes without shelling", "Не минає жодного дня без
            // обстрілів": a negation before it makes the event go on.)
            if (anchor > sb && (tokens[anchor - 1].key == "without" || tokens[anchor - 1].key == "без") &&
                tokens[anchor].before == Separator::space) {
                bool double_negative = false;
                for (std::size_t q = anchor - 1 > sb + 5 ? anchor - 6 : sb; q + 1 < anchor; ++q)
                    double_negative = double_negative || is_negation(tokens[q].key) || tokens[q].key == "жодного" ||
                                      tokens[q].key == "жодної";
                if (!double_negative) m.status = ClaimStatus::denied;
            }
            // "ворог наступальних дій не вів", "активных действий не вели": a
            // Cyrillic event noun whose verb, negated, follows it.
            if (basis && tokens[basis->first].cyrillic)
                for (std::size_t q = basis->last; q < se && q < basis->last + 2 && !clause_break(tokens[q]); ++q)
                    if (tokens[q].key == "не" && q + 1 < se && tokens[q + 1].before == Separator::space) {
                        const auto& forms = lemmas_of(q + 1);
                        if (std::any_of(forms.begin(), forms.end(), [](const std::string& l) {
                                return l.ends_with("ть") || l.ends_with("ти") || l.ends_with("ться") || l.ends_with("тися");
                            }))
                            m.status = ClaimStatus::denied;
                    }
            // "... captured Danylivka. The claim could not be independently
            // verified.": the next sentence, about the claim, qualifies it.
            if (*m.status == ClaimStatus::asserted) {
                if (!status_after) status_after = status_said_after(s);
                if (*status_after) m.status = **status_after;
            }

            // Claimant: a known source named in the sentence, and whether it
            // speaks as a command (claimants.tsv's voice).
            bool command_claimant = false;
            bool claimant_side_filed = false;  // the side came from the dateline's capital alone
            // ("KYIV, March 14 (Reuters) - ..., the Russian Defence Ministry
            // said": an agency in a dateline publishes, the one named after speaks.)
            auto dateline = [&](const PhraseMatch& cm) {
                const std::string_view text(doc.text);
                const std::size_t b = tokens[cm.first].begin, e = tokens[cm.last - 1].full_end;
                if (b == 0 || text[b - 1] != '(' || e >= text.size() || text[e] != ')') return false;
                return dateline_dash(text.substr(e + 1, 5));
            };
            const auto& sources = sentence_scans().sources;
            // ("заместитель министра обороны Анна Маляр", "Deputy Defence
            // Minister Hanna Maliar": the office names no side, the person
            // named right after it does.)
            // (Nor does a staff whose chief is named after it: "Chief of the
            // General Staff Valery Gerasimov" speaks for Russia's.)
            auto titled_person_after = [&](std::size_t k) {
                if (k + 1 >= sources.size() || sources[k + 1].first > sources[k].last + 2 || sources[k + 1].entry->values[1] == "-")
                    return false;
                if (sources[k].entry->values[1] == "-") return true;
                bool named = sources[k + 1].entry->values[2] == "command";
                for (std::size_t q = sources[k].last; q < sources[k + 1].first && named; ++q) named = tokens[q].capitalised;
                return named;
            };
            // ("Ukraine's General Staff denied the defence ministry's claim of
            // capturing X", "Генштаб ВСУ опроверг заявление Минобороны РФ о
            // взятии X": the one denying is not the one claiming; the owner of
            // the claim it denies is.)
            auto denies_claim_of_next = [&](std::size_t k) {
                if (k + 1 >= sources.size()) return false;
                const std::size_t from = sources[k].last, to = sources[k + 1].first;
                const bool denial = std::any_of(sentence_scans().status.begin(), sentence_scans().status.end(), [&](const PhraseMatch& sm) {
                    return sm.first >= from && sm.first < to && sm.entry->values[0] == "denied";
                });
                if (!denial) return false;
                const std::size_t claim_end = std::min(se, sources[k + 1].last + 2);
                for (std::size_t q = from; q < claim_end; ++q)
                    if (q < sources[k + 1].first || q >= sources[k + 1].last)
                        if (claim_words::is_claim_noun(tokens[q].key, lemmas_of(q))) return true;
                return false;
            };
            for (std::size_t k = 0; k < sources.size(); ++k) {
                const PhraseMatch& cm = sources[k];
                if (sources.size() > 1 && dateline(cm)) continue;
                if (denies_claim_of_next(k)) continue;
                // ("Russian officials say ..., a claim denied by Ukraine's military":
                // the agent of a denial is no claimant.)
                if (cm.first >= sb + 2) {
                    std::size_t q = cm.first - 1;
                    if (tokens[q].key != "by" && q > sb && (tokens[q].possessive || tokens[q].key == "the")) --q;
                    if (q > sb && tokens[q].key == "by" && (denial_word(tokens[q - 1].key) || tokens[q - 1].key == "disputed")) continue;
                }
                if (titled_person_after(k)) continue;
                m.claimant = cm.entry->values[0];
                command_claimant = cm.entry->values[2] == "command";
                std::string side = cm.entry->values[1];
                if (side == "-" && cm.first > sb)
                    if (auto a = actors_.match_at(tokens, cm.first - 1, cm.first, lemma_table())) side = side_of(a->entry->values[0]);
                // (Only a word joined to it: "за даними Генштабу, противник ..." names no owner.)
                if (side == "-" && cm.last < se && tokens[cm.last].before == Separator::space) {
                    if (auto a = actors_.match_at(tokens, cm.last, cm.last + 1, lemma_table())) side = side_of(a->entry->values[0]);
                    // "Генштаб ЗСУ", "Минобороны России", "Міноборони Росії": the forces
                    // or the country named after the office.
                    else if (auto g = agents_.match_at(tokens, cm.last, cm.last + 1, lemma_table())) side = side_of(g->entry->values[0]);
                    else if (auto country = cyrillic_country_side(tokens[cm.last].key))
                        side = *country;
                }
                // A governor, a mayor or a regional administration speaks for the
                // place's own country; a ministry or a staff names no side by itself.
                if (side == "-" && cm.entry->values[2] == "office" && m.country) side = *m.country;
                // "за даними Генштабу" in a report written from one side: its own staff.
                if (side == "-" && command_claimant && tokens[cm.first].cyrillic && (perspective.shown() || perspective.by_language()))
                    side = perspective.side();
                // "MOSCOW, Feb 10 (AFP) - ... The defence ministry said": a ministry
                // or a staff with no side named speaks for the capital the story is filed from.
                if (side == "-" && command_claimant)
                    if (auto filed = dateline_capital_side()) {
                        side = *filed;
                        claimant_side_filed = true;
                    }
                if (side != "-") m.claimant_side = side;
                break;
            }
            // "Russia declared ...", "officials in Moscow announced", "the Russian
            // side stated", "російські джерела заявили": a side that speaks, with
            // no office the lexicon knows, claims for itself.
            // (Not across a semicolon: "Wagner chief claims full control of
            // Bakhmut; Kyiv says fighting continues".)
            if (!m.claimant_side) {
                if (!voice_of_sentence) voice_of_sentence = side_voice(sb, se);
                if (const std::optional<Voice>& voice = *voice_of_sentence;
                    voice && semicolons_in(std::min(voice->at, n.first_token) + 1, std::max(voice->at, n.first_token) + 1) == 0) {
                    m.claimant = voice->words;
                    m.claimant_side = voice->side;
                    command_claimant = true;
                }
            }
            // Actor: the forces named around the event word, and what the words say of them.
            const SentenceTokens sentence{doc.text, tokens, lemma_table(), sb, se};
            const EventAt event{basis, anchor, n.first_token, n.last_token};
            const bool actor_relative =
                actor_reader.read(sentence, event, sentence_scans().actors, sentence_scans().sources, perspective, m);
            // "Ukrainian forces crossed the Oskil last week. On Tuesday they
            // captured Kurylivka.": "they" as the event word's subject are the
            // forces the sentence before, in the same paragraph, named first.
            if (!m.actor_side && basis && s != Document::npos && s > 0 &&
                doc.sentences[s - 1].paragraph == doc.sentences[s].paragraph) {
                static constexpr std::string_view pronouns[] = {"they", "вони", "они"};
                static constexpr std::string_view between[] = {"then", "later", "also", "have", "had", "has", "soon", "finally",
                                                               "eventually", "потім", "також", "затем", "также", "вскоре"};
                std::size_t q = basis->first;
                while (q > sb && basis->first - q < 3 &&
                       std::find(std::begin(between), std::end(between), tokens[q - 1].key) != std::end(between))
                    --q;
                if (q > sb && std::find(std::begin(pronouns), std::end(pronouns), tokens[q - 1].key) != std::end(pronouns)) {
                    const auto [pb, pe] = sentence_tokens(s - 1);
                    for (std::size_t r = pb; r < pe && !m.actor_side; ++r) {
                        std::optional<std::string> side;
                        if (auto f = side_forces_at(r, pe)) side = side_of(f->entry->values[0]);
                        else if (auto g = agents_.match_at(tokens, r, pe, lemma_table())) side = side_of(g->entry->values[0]);
                        if (side && (*side == "UA" || *side == "RU")) {
                            m.actor_side = *side;
                            m.evidence.actor_basis = "the forces the sentence before named ('" + tokens[q - 1].key + "')";
                        }
                    }
                }
            }
            // ("KYIV, Dec 3 (Reuters) - Russian forces captured Pishchane, the
            // defence ministry said": a ministry announces its own side's gains;
            // the forces named taking ground say whose it is, not the dateline.)
            if (claimant_side_filed && m.claimant_side && m.actor_side && *m.actor_side != *m.claimant_side &&
                (*m.actor_side == "UA" || *m.actor_side == "RU") &&
                (m.claim == ClaimType::captured || m.claim == ClaimType::advanced))
                m.claimant_side = m.actor_side;
            // "cleared the village of Volodymyrivka of Russian troops": the side
            // cleared out of a place is not the one that cleared it.
            if (basis && m.claim == ClaimType::captured && tokens[basis->first].key.starts_with("clear")) {
                std::size_t q = n.last_token;
                if (q + 1 < se && tokens[q].key == "of")
                    if (auto a = actors_.match_at(tokens, q + 1, se, lemma_table())) {
                        const std::string side = side_of(a->entry->values[0]);
                        if (side == "RU" || side == "UA") {
                            m.actor_side = side == "RU" ? "UA" : "RU";
                            m.evidence.actor_basis = "the side cleared out of it is not the one that cleared it";
                        }
                    }
            }
            // (The town the next sentence takes up: that sentence's forces did
            // it, not those this sentence names in passing.)
            if (taken_up_by_next && k == i && !basis) {
                m.actor.reset();
                m.actor_side.reset();
                const std::size_t nb = sentence_tokens(s + 1).first;
                for (std::size_t q = nb; q < taken_up_by_next->first && !m.actor_side; ++q)
                    if (auto a = actors_.match_at(tokens, q, taken_up_by_next->first, lemma_table())) {
                        const std::string side = side_of(a->entry->values[0]);
                        if (side != "RU" && side != "UA") continue;
                        m.actor = doc.text.substr(tokens[a->first].begin, tokens[a->last - 1].full_end - tokens[a->first].begin);
                        m.actor_side = side;
                        m.evidence.actor_basis = "the forces of the sentence that takes the town up";
                    }
            }
            EventDate date = date_of_name(n, anchor);
            // ("and Prechystivka in September", "а Пречистівку у вересні": a
            // list item's or a gapped object's own time, right after it.)
            if ((gapped_object[k - i] || list_head[k - i] >= 0) && phrases)
                for (const DatePhrase& p : *phrases)
                    if (p.first == n.last_token && n.last_token < se && tokens[p.first].before == Separator::space && !p.host_end &&
                        p.date.precision != DatePrecision::unknown) {
                        date = p.date;
                        break;
                    }
            // (The town the next sentence takes up keeps the story's day, but
            // not where that sentence dates its event to another war: "German
            // troops took it in 1942".)
            int year_taken_up = 0;
            if (taken_up_by_next && k == i && !basis && reference) {
                // (The word after the event word stands for the town; at the
                // text's end, the event word's last word does.)
                const auto [nb, ne] = sentence_tokens(s + 1);
                const std::size_t at = std::min(taken_up_by_next->last, ne > nb ? ne - 1 : nb);
                const auto& next = phrases_of(s + 1, floor<std::chrono::days>(*reference));
                if (const DatePhrase* p = phrase_for(next, tokens, nb, {at, at + 1}, taken_up_by_next->first)) {
                    year_taken_up = year_of(p->date);
                    // (A day that sentence names is the event's: "Robotyne lies
                    // south of Orikhiv. On Thursday, the village was shelled.")
                    if (p->date.precision == DatePrecision::day && p->date.date) date = p->date;
                }
            }
            // ("German troops took it in 1942", "захоплене у 1941 році"): an event
            // of a war before this one, which began in 2014, claims nothing today.
            const int year = year_taken_up ? year_taken_up : year_of(date);
            if (year && year < first_year_of_the_war) {
                if (traces) (*traces)[k].verdict += "; dated to " + std::to_string(year) + ", before this war";
                past_war[k - i] = true;
            }
            m.event_date = date.date;
            m.date_precision = date.precision;
            m.evidence.date_basis = date.basis;
            date_facts[k] = {date.borrowed, s != Document::npos && is_headline(s), date.span, basis && names_a_time(*basis)};
            // Quantity: "39 Russian attacks", "10 missiles".
            for (std::size_t q = anchor > sb + 4 ? anchor - 4 : sb; q < std::min(se, (basis ? basis->last : anchor) + 1); ++q) {
                const std::string& w = tokens[q].key;
                // ("on 11 November", "12-13 листопада": a date's day counts nothing.)
                const bool in_date = phrases && std::any_of(phrases->begin(), phrases->end(), [&](const DatePhrase& p) {
                    return p.first <= q && q < p.last;
                });
                // ("defended the town since 2022", "у 2023 році": a year counts nothing.)
                const bool year = names_year(tokens, q, sb, se);
                // ("Tu-95", "S-300": a model's number is no count.)
                const bool model_number = tokens[q].before == Separator::hyphen && q > sb && !tokens[q - 1].key.empty() &&
                                          !std::isdigit(static_cast<unsigned char>(tokens[q - 1].key.front()));
                if (all_digits(w) && w.size() < 7 && !in_date && !year && !model_number && !clock_time_at(doc.text, tokens, q, sb, se)) {
                    // ("10,000 troops": thousands written with a comma.)
                    std::string whole = w;
                    for (std::size_t g = q + 1; g < se && whole.size() < 7 && tokens[g].key.size() == 3 && all_digits(tokens[g].key) &&
                                                tokens[g].begin == tokens[g - 1].full_end + 1 && doc.text[tokens[g - 1].full_end] == ',';
                         ++g)
                        whole += tokens[g].key;
                    m.quantity = std::atoll(whole.c_str());
                    break;
                }
            }
            // No side named: the one the place, the date or the report make likely.
            EventAt placed = event;
            if (m.claim == ClaimType::struck && m.place_id && m.admin1)
                if (auto pi = gazetteer.find_id(*m.place_id))
                    placed.district_holder = held_areas_.holder(*m.admin1, gazetteer.place(*pi).admin2(), *m.place_id, m.event_date);
            actor_reader.likely_side(sentence, placed, command_claimant, perspective, actor_relative, sentence_scans().weapons, m);
            // ("Ми звільнили Балаклію та Ізюм. А ще за ці дні – Вовчанськ.": a
            // fragment going on with the sentence before goes on with its doer.)
            if (!basis && !m.actor_side && m.claim && s != Document::npos && s > 0)
                for (std::size_t q = i; q > 0; --q) {
                    const Mention& before = mentions[q - 1];
                    if (before.byte_start < doc.sentences[s - 1].span.begin) break;
                    if (before.claim == m.claim && before.actor_side) {
                        m.actor_side = before.actor_side;
                        m.evidence.actor_basis = "the doer of the sentence it goes on with";
                        break;
                    }
                }
            // "The Ukrainian military has not confirmed the loss of Kurakhove",
            // "В Генштабе ВСУ взятие Нью-Йорка не подтверждают": a side that
            // denies a capture, or owns to a loss, was not the one that took
            // the place. (Not "Russia falsely claimed to have captured X":
            // there the claimant is the taker whom others doubt.)
            if (m.claim == ClaimType::captured && m.actor_side && m.claimant_side && *m.actor_side == *m.claimant_side &&
                (*m.claimant_side == "UA" || *m.claimant_side == "RU") && sentence_scans().sources.size() == 1) {
                static constexpr std::string_view denials[] = {"has", "have", "did", "не", "denied", "denies", "refuted",
                                                               "спростувати", "заперечувати", "опровергнуть", "опровергать",
                                                               "опровергли", "опроверг", "опровергла", "опровергло", "отрицать"};
                // (The denial is the claimant's own predicate: it follows the
                // source within a few words of one clause, "which Kyiv denied" not.)
                const PhraseMatch& source = sentence_scans().sources.front();
                const bool denied_by_claimant = (*m.status == ClaimStatus::denied || *m.status == ClaimStatus::disputed) &&
                    std::any_of(sentence_scans().status.begin(), sentence_scans().status.end(), [&](const PhraseMatch& sm) {
                        if (std::find(std::begin(denials), std::end(denials), sm.entry->words.front()) == std::end(denials)) return false;
                        if (sm.first < source.last || sm.first > source.last + 6) return false;
                        for (std::size_t q = source.last; q <= sm.first && q < se; ++q)
                            if (clause_break(tokens[q])) return false;
                        return true;
                    });
                const bool loss = basis && (tokens[basis->first].key == "loss" || tokens[basis->first].key.starts_with("втрат") ||
                                            tokens[basis->first].key.starts_with("потер"));
                if (denied_by_claimant || loss) {
                    m.actor_side = *m.claimant_side == "UA" ? "RU" : "UA";
                    m.evidence.actor_basis = loss ? "the side that owns to the loss lost it to the other"
                                                  : "the side that denies the capture is not the one said to have made it";
                }
            }
        }

        // "captured Kurakhove, a town ... that Russian media call Kurakhovo",
        // "Toretsk, which Russia calls Dzerzhinsk": another name the sentence
        // gives the place it claimed is the same event's.
        for (std::size_t k = i; k < j; ++k) {
            Mention& alias = mentions[k];
            if (alias.claim || !alias.place_id || names[k].first_token < sb + 1) continue;
            static constexpr std::string_view naming[] = {"call", "calls", "called", "name", "names", "named", "as",
                                                          "называют", "называет", "називають", "називає", "именуют"};
            const std::string& before = tokens[names[k].first_token - 1].key;
            if (std::find(std::begin(naming), std::end(naming), before) == std::end(naming)) continue;
            for (std::size_t q = i; q < k; ++q)
                if (mentions[q].claim && mentions[q].place_id == alias.place_id) {
                    take_claim_of(alias, mentions[q], " (another name of the place it claims)");
                    if (traces) (*traces)[k].verdict = "another name the sentence gives a place it claims";
                    break;
                }
        }
        // ("Kyiv, Odesa and Kryvyi Rih were among the cities hit": the first item
        // of a list that opens its sentence, whose next item is read as the
        // rules read the first, is read with it; the model's doubt about a
        // sentence's opening word parts no list.)
        for (std::size_t k = i; k < j; ++k) {
            if (doubted[k - i].empty() || mentions[k].claim || names[k].first_token != sb) continue;
            for (std::size_t q = k + 1; q < j; ++q)
                if (list_head[q - i] == static_cast<long>(k)) {
                    if (mentions[q].claim && to_string(*mentions[q].claim) == doubted[k - i]) {
                        take_claim_of(mentions[k], mentions[q], " (the next item of its list)");
                        if (traces) (*traces)[k].verdict += "; read as the next item of its list";
                    }
                    break;
                }
        }
        // Containers: a country or region with a claim that also holds a more
        // specific locus of the same sentence with a claim gives its claim up,
        // unless an event word governs it itself ("captured Lysychansk, fully
        // capturing Luhansk Oblast").
        for (std::size_t k = i; k < j; ++k) {
            Mention& outer = mentions[k];
            // ("with Lysychansk, the whole of the Luhansk region was taken": a
            // place named as a whole is no mere container.)
            if (!outer.claim || !context[k - i].container || context[k - i].object || context[k - i].as_a_whole) continue;
            auto oi = gazetteer.find_id(*outer.place_id);
            for (std::size_t q = i; q < j; ++q) {
                if (q == k || !mentions[q].claim || !mentions[q].place_id) continue;
                // ("crossed the border in the Sumy region, entered the village of
                // X": another event of another kind is the region's own.)
                if (basis_at[k - i] != basis_at[q - i] && basis_at[k - i] < tokens.size() && *outer.claim != *mentions[q].claim)
                    continue;
                auto qi = gazetteer.find_id(*mentions[q].place_id);
                if (qi && holds(k, *oi, q, *qi)) {
                    outer.claim.reset();
                    if (traces) (*traces)[k].verdict = "a container of a more specific place with the claim";
                    break;
                }
            }
        }
        // "В Грайворонском округе в селе Головчино ...", "У Куп'янському районі
        // ... в селі Ківшарівка": a district named with its word, drawn at its
        // seat, holds the village the sentence names near it with the same
        // claim (the gazetteer may file the village under another name of the
        // district, or under none).
        for (std::size_t k = i; k < j; ++k) {
            Mention& outer = mentions[k];
            if (!outer.claim || context[k - i].as_a_whole || !outer.place_id ||
                (names[k].designator != Designator::admin2 && names[k].designator != Designator::community))
                continue;
            const auto oi = gazetteer.find_id(*outer.place_id);
            if (!oi) continue;
            const PlaceView o = gazetteer.place(*oi);
            // (A city's own district, "the Saltivskyi district of Kharkiv", is
            // hit with its city: only rural districts and communities hold villages.)
            if (o.feature_code() == "PPLX" || o.feature_code() == "ADM3" || o.population() >= 100000) continue;
            // (Its own word ends its name: "Кистер Трубчевского района" is a village
            // the district after it places.)
            const std::string_view surface = std::string_view(doc.text).substr(names[k].begin, names[k].end - names[k].begin);
            const std::size_t space = surface.rfind(' ');
            const std::string_view last_word = space == std::string_view::npos ? std::string_view() : surface.substr(space + 1);
            if (!(last_word.starts_with("район") || last_word.starts_with("округ") || last_word.starts_with("громад") ||
                  last_word == "district" || last_word == "hromada" || last_word == "community" || last_word == "raion"))
                continue;
            // (The village after it: "Nikopol, Marhanets and Pokrovske hromadas" lists hromadas.)
            for (std::size_t q = k + 1; q < j; ++q) {
                if (!mentions[q].claim || *mentions[q].claim != *outer.claim || !mentions[q].place_id ||
                    mentions[q].kind != PlaceKind::settlement || names[q].designator != Designator::none ||
                    mentions[q].place_id == outer.place_id)
                    continue;
                const auto qi = gazetteer.find_id(*mentions[q].place_id);
                if (!qi) continue;
                const PlaceView v = gazetteer.place(*qi);
                if (v.country() != o.country() || v.population() >= 50000 || distance_km(v.lat(), v.lon(), o.lat(), o.lon()) > 60.0)
                    continue;
                // ("Чугуївський район та Балаклію": a village the gazetteer files
                // under another district than its seat's is no village of it.)
                if (!v.admin2().empty() && !o.admin2().empty() && v.admin2() != o.admin2()) continue;
                outer.claim.reset();
                if (traces) (*traces)[k].verdict = "a district holding the village named with it";
                break;
            }
        }
        // Locators: "У районі Костянтинівки ворог захопив Щербинівку",
        // "Севернее Купянска российские войска освободили Кругляковку", "Near
        // Kupiansk, Russian troops took Petropavlivka": a town after a locating
        // word, before the event word whose object is another town with the
        // same claim, only places that object.
        for (std::size_t k = i; k < j; ++k) {
            Mention& m = mentions[k];
            if (!m.claim || context[k - i].object || mentions[k].kind != PlaceKind::settlement) continue;
            if (*m.claim != ClaimType::captured && *m.claim != ClaimType::advanced && *m.claim != ClaimType::struck) continue;
            const std::size_t b = basis_at[k - i];
            const std::size_t f = names[k].first_token;
            if (b >= tokens.size() || names[k].last_token > b || f <= sb) continue;
            const std::string& w1 = tokens[f - 1].key;
            const std::string w2 = f >= sb + 2 ? tokens[f - 2].key : std::string();
            static constexpr std::string_view areas[] = {"районі", "районе", "района", "area", "vicinity"};
            const bool locating = nearness_word(w1) || compass_word(w1) || w1.ends_with("ніше") || w1.ends_with("нее") ||
                                  (std::find(std::begin(areas), std::end(areas), w1) != std::end(areas)) ||
                                  (w1 == "of" && (compass_word(w2) || w2 == "area" || w2 == "vicinity" || w2 == "outskirts"));
            if (!locating) continue;
            // (The locating phrase opens its clause: "..., cutting the road near
            // X and advancing toward Y" names X as a place of its own.)
            std::size_t opener = f - 1;
            while (opener > sb && f - opener < 4 && !clause_break(tokens[opener]) &&
                   (tokens[opener - 1].key == "у" || tokens[opener - 1].key == "в" || tokens[opener - 1].key == "the" ||
                    tokens[opener - 1].key == "in" || tokens[opener - 1].key == "of" || tokens[opener - 1].key == "area" ||
                    tokens[opener - 1].key == "також" || tokens[opener - 1].key == "также" || tokens[opener - 1].key == "also" ||
                    tokens[opener - 1].key == "районі" || tokens[opener - 1].key == "районе"))
                --opener;
            if (opener != sb && !clause_break(tokens[opener])) continue;
            for (std::size_t q = i; q < j; ++q) {
                if (q == k || !mentions[q].claim || *mentions[q].claim != *m.claim || basis_at[q - i] != b || !context[q - i].object ||
                    names[q].first_token < b || mentions[q].kind != PlaceKind::settlement)
                    continue;
                m.claim.reset();
                if (traces) (*traces)[k].verdict = "a town locating the event's object";
                break;
            }
        }
        // Only reported events keep their claim; the modality says why not.
        for (std::size_t k = i; k < j; ++k)
            if (mentions[k].claim && mentions[k].modality != Modality::reported) mentions[k].claim.reset();
        for (std::size_t k = i; k < j; ++k)
            if (past_war[k - i]) {
                Mention& m = mentions[k];
                m.claim.reset();
                m.actor.reset();
                m.actor_side.reset();
                m.claimant.reset();
                m.claimant_side.reset();
            }
        date_the_rest();
        i = j;
    }
    date_from_the_same_event(doc, date_facts, mentions);
    claim_of_the_row(doc, mentions, traces);
}

// "2023-09-17 | Klishchiivka, Donetsk Oblast | Battles | Ukrainian military
// announced the liberation of Klishchiivka": a table row tells one event; the
// place of its location cell, named again in a later cell with a claim,
// takes that claim, which says more than the row's event type.
void ClaimExtractor::claim_of_the_row(const Document& doc, std::vector<Mention>& mentions, std::vector<ClaimTrace>* traces) {
    // From the last mention back, the nearest later claimed mention of each
    // place in the sentence (a row may name hundreds of places).
    std::unordered_map<std::string_view, std::size_t> next_claimed;
    std::size_t sentence = Document::npos;
    for (std::size_t k = mentions.size(); k-- > 0;) {
        Mention& m = mentions[k];
        if (!m.place_id || m.boilerplate) continue;
        const std::size_t s = doc.sentence_at(m.byte_start);
        if (s != sentence) {
            next_claimed.clear();
            sentence = s;
        }
        if (s == Document::npos) continue;
        if (const auto it = next_claimed.find(*m.place_id); it != next_claimed.end()) {
            const Mention& o = mentions[it->second];
            if (cells_apart(doc, m.byte_end, o.byte_start)) {
                take_claim_of(m, o, " (the row's place, named again in a later cell)");
                m.quantity = o.quantity;
                if (traces) (*traces)[k] = ClaimTrace{{}, "the row's place, named again in a later cell that claims it", std::nullopt};
            }
        }
        if (m.claim) next_claimed[*m.place_id] = k;
    }
}

// "Угледар оставлен." over a story whose body says the troops left "вечером
// 1 октября": a claim dated only by the report's day takes the day the same
// report gives the same event at the same place, if that day is one of the
// few before it (a report tells yesterday's news today). A place is taken or
// left once; it is struck or fought over again and again, so such a claim
// takes another's day only in the headline, which tells the story's event.
// A headline dated only from the lead's dateline or by a span ("за добу",
// "past 24 hours") takes the body's day too: "Drones hit Belgorod power
// plant" over "struck a thermal power plant in Belgorod on Monday evening".
// Within one entry of a live blog only: another entry may report a new event.
void ClaimExtractor::date_from_the_same_event(const Document& doc, const std::vector<DateFacts>& facts,
                                              std::vector<Mention>& mentions) {
    constexpr int days_back = 3;
    auto entry_of = [&](const Mention& m) { return doc.entries.empty() ? 0 : doc.entry_at(m.byte_start); };
    // A live page of one day: every entry timed, all on the same date (or
    // all with their time of day only, under no date of their own).
    const std::optional<Timestamp> first = doc.entries.empty() ? std::nullopt : doc.entries.front().timestamp;
    const bool one_day_page = doc.entries.size() > 1 && std::all_of(doc.entries.begin(), doc.entries.end(), [&](const Entry& e) {
        if (!e.timed || e.timestamp.has_value() != first.has_value()) return false;
        return !first || std::chrono::floor<std::chrono::days>(*e.timestamp) == std::chrono::floor<std::chrono::days>(*first);
    });
    for (std::size_t k = 0; k < mentions.size(); ++k) {
        Mention& m = mentions[k];
        if (!m.claim || !m.place_id || !m.event_date) continue;
        // (An event named as a time, "since the fall of X", took place on any
        // day before: the day the report gives its own telling, however far back.)
        if (facts[k].as_time) {
            const Mention* told = nullptr;
            for (std::size_t q = 0; q < mentions.size(); ++q) {
                const Mention& o = mentions[q];
                if (q == k || facts[q].as_time || o.claim != m.claim || o.place_id != m.place_id ||
                    o.date_precision != DatePrecision::day || !o.event_date || *o.event_date > *m.event_date)
                    continue;
                if (told && told->event_date != o.event_date) {
                    told = nullptr;
                    break;
                }
                told = &o;
            }
            if (told) {
                m.event_date = told->event_date;
                m.date_precision = DatePrecision::day;
                m.evidence.date_basis = told->evidence.date_basis + " (the event this clause is dated after, told elsewhere in the report)";
            }
            continue;
        }
        const bool loose = m.date_precision == DatePrecision::report_day;
        const bool headline_loose = facts[k].headline && m.date_precision == DatePrecision::day && (facts[k].borrowed || facts[k].span);
        if (!loose && !headline_loose) continue;
        const bool once = *m.claim == ClaimType::captured || *m.claim == ClaimType::withdrew;
        // (A report of one entry tells one story: "On 8 July, a missile attack hit
        // Kyiv ... In Kyiv, the children's hospital was severely damaged" is that
        // day's strike, told again; a live blog's later entry may be a new one.)
        // (So does a live page of one day, its entries timed under one date:
        // "07:10 GMT The missile that hit Dnipro was a Kh-22" is the strike
        // that the 06:30 entry dated.)
        const bool one_story = doc.entries.size() <= 1 || one_day_page;
        if (!once && !facts[k].headline && !(one_story && loose)) continue;
        const Mention* dated = nullptr;
        for (std::size_t q = 0; q < mentions.size(); ++q) {
            const Mention& o = mentions[q];
            // (A day its own sentence gives, not one borrowed from a neighbour about another event.)
            if (q == k || facts[q].borrowed || o.claim != m.claim || o.place_id != m.place_id ||
                o.date_precision != DatePrecision::day || !o.event_date || (entry_of(o) != entry_of(m) && !one_day_page))
                continue;
            // (Told again later, as a story does: not "yesterday's strike on Belgorod" after tonight's.)
            if (!once && !facts[k].headline && q > k) continue;
            const auto back = (*m.event_date - *o.event_date).count();
            if (back < 1 || back > days_back) continue;
            // (Two days for one event: the report does not say which.)
            if (dated && dated->event_date != o.event_date) {
                dated = nullptr;
                break;
            }
            dated = &o;
        }
        if (!dated) continue;
        m.event_date = dated->event_date;
        m.date_precision = DatePrecision::day;
        m.evidence.date_basis = dated->evidence.date_basis + " (the same event told elsewhere in the report)";
    }
}

std::vector<UnplacedEvent> ClaimExtractor::events_without_place(const Document& doc, const std::vector<Token>& tokens,
                                                                const std::vector<RecognizedName>& names) const {
    std::vector<UnplacedEvent> out;
    std::size_t next_name = 0;
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
        const Span span = doc.sentences[s].span;
        if (doc.sentences[s].boilerplate) continue;
        while (next_name < names.size() && names[next_name].begin < span.begin) ++next_name;
        if (next_name < names.size() && names[next_name].begin < span.end) continue;  // it names a place
        auto first = std::lower_bound(tokens.begin(), tokens.end(), span.begin, [](const Token& t, std::size_t b) { return t.begin < b; });
        auto last = std::lower_bound(first, tokens.end(), span.end, [](const Token& t, std::size_t b) { return t.begin < b; });
        const auto sb = static_cast<std::size_t>(first - tokens.begin()), se = static_cast<std::size_t>(last - tokens.begin());
        TokenLemmas lemmas(tokens.size());
        const Language language = cyrillic_language(std::string_view(doc.text).substr(span.begin, span.size()));
        for (std::size_t q = sb; q < se; ++q)
            if (tokens[q].cyrillic)
                lemmas[q] = lemmatizer_->lemmas(std::string_view(doc.text).substr(tokens[q].begin, tokens[q].end - tokens[q].begin), language);
        std::string words;
        for (const PhraseMatch& m : triggers_.find_all(tokens, sb, se, &lemmas)) {
            const std::string_view claim = m.entry->values[0];
            if (claim == "none" || claim == "other") continue;
            if (!words.empty()) words += ", ";
            words += doc.text.substr(tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin);
        }
        if (!words.empty()) out.push_back({s, std::move(words)});
    }
    return out;
}

}  // namespace frontline
