// The event words of one sentence (triggers.tsv) and the claims they make,
// after the rules that tell a real event word from a look-alike: a word in
// a hyphenated compound, "occupied Crimea" as a state, an assault unit's
// name, a weapon or a casualty where another event word speaks, forces a
// distance from a place with no event word at all.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "frontline/claims/claim_extractor.hpp"
#include "frontline/claims/date_resolver.hpp"
#include "frontline/claims/distance_phrase.hpp"
#include "claim_words.hpp"

namespace frontline {

bool ClaimExtractor::weapons_before_passive(const SentenceTokens& s, std::size_t at) const {
    const std::vector<Token>& tokens = s.tokens;
    // Only the passive's auxiliaries, an adverb or "all" stand between the
    // weapons and the verb: "a drone plant was destroyed" names a plant.
    static constexpr std::string_view between[] = {"had", "have", "has", "been", "were", "was", "being", "all", "reportedly",
                                                   "also", "later", "було", "були", "были", "был", "была", "было", "також",
                                                   "также", "всі", "все"};
    std::size_t q = at;
    while (q > s.begin && at - q < 4 && !clause_break(tokens[q]) &&
           std::find(std::begin(between), std::end(between), tokens[q - 1].key) != std::end(between))
        --q;
    if (q == s.begin || clause_break(tokens[q])) return false;
    // With no auxiliary the verb is active ("drones destroyed the plant"),
    // unless its form is a passive participle ("12 беспилотников уничтожены").
    const std::string& verb = tokens[at].key;
    if (q == at && !(verb.starts_with("уничтожен") || verb.starts_with("знищен"))) return false;
    // The weapon's last word ends right before: "Shahed drones", "крилаті ракети".
    for (std::size_t b = q > s.begin + 3 ? q - 3 : s.begin; b < q; ++b)
        if (auto im = instruments_.match_at(tokens, b, q, s.lemmas); im && im->last == q) return true;
    return false;
}

std::vector<Trigger> ClaimExtractor::sentence_triggers(const SentenceTokens& s, const std::vector<RecognizedName>& names) const {
    std::vector<Trigger> found;
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t sb = s.begin, se = s.end;
    const std::size_t span_begin = tokens[sb].begin, span_end = tokens[se - 1].end;
    auto from = std::lower_bound(names.begin(), names.end(), span_begin,
                                 [](const RecognizedName& n, std::size_t b) { return n.begin < b; });
    for (const PhraseMatch& m : triggers_.find_all(tokens, sb, se, s.lemmas)) {
        const std::string_view claim = m.entry->values[0];
        if (claim == "none") continue;  // a look-alike ("took place") only shadows the trigger in it
        // "battle-winning": a trigger word inside a hyphenated compound is an adjective.
        // (A spaced dash, "під ударом – багато міст", joins clauses, not words.)
        if (m.last < se && tokens[m.last].before == Separator::hyphen &&
            std::string_view(s.text).substr(tokens[m.last - 1].full_end, tokens[m.last].begin - tokens[m.last - 1].full_end).find(' ') ==
                std::string_view::npos)
            continue;
        // ("Russian-controlled Enerhodar came under fire": nor a participle
        // after a side's name, saying who holds the place; "re-entered" is a verb.)
        static constexpr std::string_view holders[] = {"russian", "ukrainian", "kremlin", "moscow", "kyiv", "separatist", "rebel",
                                                       "wagner", "chechen", "ukraine", "russia"};
        if (m.first > sb && tokens[m.first].before == Separator::hyphen && !tokens[m.first].spaced && !tokens[m.first].cyrillic &&
            std::find(std::begin(holders), std::end(holders), tokens[m.first - 1].key) != std::end(holders))
            continue;
        // ("Volodymyr Zelenskyy landed in Washington": a person who lands
        // arrives; what lands and strikes is a weapon or its debris.)
        if (tokens[m.first].key == "landed" && m.first > sb && tokens[m.first - 1].capitalised && !tokens[m.first - 1].sentence_start &&
            !tokens[m.first - 1].cyrillic)
            continue;
        // "The enemy occupied X" takes it; "occupied Crimea", "in occupied
        // Melitopol" only say who holds it: the verb follows its subject.
        // ("The Russian Armed Forces have fully occupied X": auxiliaries and
        // adverbs may stand between.)
        if (m.last == m.first + 1 && tokens[m.first].key == "occupied") {
            static constexpr std::string_view between[] = {"have", "has", "had", "fully", "completely", "now", "already",
                                                           "effectively", "reportedly", "partially", "largely", "also"};
            std::size_t v = m.first;
            while (v > sb && std::find(std::begin(between), std::end(between), tokens[v - 1].key) != std::end(between)) --v;
            bool subject = v > sb && (tokens[v - 1].key == "they" || tokens[v - 1].key == "it");
            for (std::size_t p = v > sb + 3 ? v - 3 : sb; p < v && !subject; ++p) {
                auto a = agents_.match_at(tokens, p, v, s.lemmas);
                subject = a && a->last == v;
                if (!subject)
                    if (auto f = side_forces(SentenceTokens{s.text, tokens, s.lemmas, sb, v}, p)) subject = f->last == v;
            }
            if (!subject) continue;
        }
        // "У звільненому Херсоні відкрили школу", "обстреляли освобождённый
        // Мариуполь", "в окупованому місті Мелітополі": a participle of
        // taking right before a name, or a place noun and a name, is its
        // attribute: it says who holds the place, not that it was taken now.
        // (After the name it is the predicate: "Торецьк окупований".)
        if (m.last == m.first + 1 && tokens[m.first].cyrillic && claim == "captured" && m.last < se &&
            tokens[m.last].before == Separator::space) {
            static constexpr std::string_view attributive[] = {"ного", "ному", "ним", "ній", "ної", "них", "ними",
                                                               "ний", "ный", "ная", "ное", "ную", "ной", "ном",
                                                               "ным", "ных", "ені", "ене", "ена", "ену", "ого", "ому"};
            const std::string& w = tokens[m.first].key;
            // (A Russian short form, "освобождена", "захвачена", is only a predicate;
            // the Ukrainian long feminine, "звільнена", is written alike.)
            const bool ukrainian = w.find("і") != std::string::npos || w.find("ї") != std::string::npos ||
                                   w.find("є") != std::string::npos || w.find("ґ") != std::string::npos;
            const bool short_form = !ukrainian && (w.ends_with("ена") || w.ends_with("ене") || w.ends_with("ену") || w.ends_with("ены"));
            const bool participle = !short_form &&
                                    (w.find("ен") != std::string::npos || w.find("ван") != std::string::npos ||
                                     w.find("ён") != std::string::npos) &&
                                    std::any_of(std::begin(attributive), std::end(attributive), [&](std::string_view e) { return w.ends_with(e); });
            static constexpr std::string_view place_nouns[] = {"місто", "міста", "місті", "місту", "село", "села", "селі", "селу",
                                                               "селище", "селища", "селищі", "город", "города", "городе",
                                                               "поселок", "посёлок", "поселка", "посёлка", "поселке", "посёлке"};
            std::size_t at = m.last;
            if (at + 1 < se && std::find(std::begin(place_nouns), std::end(place_nouns), tokens[at].key) != std::end(place_nouns)) ++at;
            // ("Дякую ... за звільнені Балаклію та Вербівку": thanks for the deed;
            // "Вчора був звільнений Клинове", "були захоплені Генічеськ і
            // Скадовськ": after a form of "be" it is the predicate, put first.)
            static constexpr std::string_view be_forms[] = {"був", "була", "було", "були", "был", "была", "было", "были", "є"};
            const bool thanked_for = m.first > sb && tokens[m.first - 1].key == "за";
            const bool after_be_form =
                m.first > sb && std::find(std::begin(be_forms), std::end(be_forms), tokens[m.first - 1].key) != std::end(be_forms);
            if (participle && !thanked_for && !after_be_form && std::any_of(from, names.end(), [&](const RecognizedName& nm) {
                    return nm.begin < span_end && nm.first_token == at;
                }))
                continue;
            // "окупований"/"оккупированный" mostly says who holds a place ("з
            // боку окупованої частини Херсонщини"); it tells the taking only as
            // a predicate: after a form of "be" ("була окупована") or right
            // after the place ("Торецьк окупований").
            if (w.starts_with("окупован") || w.starts_with("оккупирован")) {
                static constexpr std::string_view be[] = {"був", "була", "було", "були", "є", "был", "была", "было", "были",
                                                          "повністю", "полностью", "фактично", "фактически", "вже", "уже"};
                std::size_t q = m.first;
                while (q > sb && m.first - q < 3 && std::find(std::begin(be), std::end(be), tokens[q - 1].key) != std::end(be)) --q;
                // (The impersonal "-но" form is always the predicate: "Вчора окуповано Торське".)
                const bool after_be = q < m.first || w.ends_with("но");
                const bool after_name = std::any_of(from, names.end(), [&](const RecognizedName& nm) {
                    return nm.begin < span_end && nm.last_token == q;
                });
                if (!after_be && !after_name) continue;
            }
        }
        // "Покровськ впав", "Авдеевка пала": a town falls; debris or a missile
        // that falls ("уламки впали на X") strikes, which their own words say.
        if (m.last == m.first + 1 && tokens[m.first].cyrillic) {
            const auto& forms = s.lemmas_of(m.first);
            const bool fall = std::any_of(forms.begin(), forms.end(), [](const std::string& l) {
                return l == "впасти" || l == "пасти" || l == "пасть" || l == "упасть";
            }) || tokens[m.first].key == "пал" || tokens[m.first].key == "пала" || tokens[m.first].key == "пало";
            if (fall && !std::any_of(from, names.end(), [&](const RecognizedName& nm) {
                    return nm.begin < span_end && nm.last_token == m.first;
                }))
                continue;
        }
        // "Ukraine lost Novopavlivka": a place lost is one named right after
        // the verb ("regain lost positions near X", "vehicles lost" lose none).
        if (m.last == m.first + 1 && (tokens[m.first].key == "lost" || tokens[m.first].key == "loses")) {
            std::size_t object = m.last;
            if (object < se && tokens[object].key == "the") ++object;
            if (!std::any_of(from, names.end(), [&](const RecognizedName& nm) {
                    return nm.begin < span_end && nm.first_token == object;
                }))
                continue;
        }
        // ("the Progress plant", "on Liberation Avenue", "Operation Spiderweb
        // Strike": an English event word capitalised inside a sentence, with a
        // capitalised word or a building's or street's noun after it, is a name.)
        if (m.last == m.first + 1 && !tokens[m.first].cyrillic && tokens[m.first].capitalised && !tokens[m.first].sentence_start &&
            !tokens[m.first].upper && m.first > sb && !tokens[m.first - 1].capitalised && m.last < se &&
            tokens[m.last].before == Separator::space &&
            (tokens[m.last].capitalised ||
             claim_words::name_head_noun(tokens[m.last].key)))
            continue;
        // A trigger inside a place name is part of the name.
        bool in_name = false;
        for (auto it = from; it != names.end() && it->begin < span_end && !in_name; ++it)
            in_name = m.first >= it->first_token && m.first < it->last_token;
        if (in_name) continue;
        // "to avoid encirclement", "щоб уникнути оточення": what was escaped
        // did not happen (one word, "being" or an article may stand between).
        bool averted = false;
        for (std::size_t q = m.first > sb + 2 ? m.first - 2 : sb; q < m.first && !averted; ++q)
            if (auto a = averted_.match_at(tokens, q, m.first, s.lemmas))
                averted = a->last == m.first || (a->last + 1 == m.first && !clause_break(tokens[m.first]));
        if (averted) continue;
        // "A glide bomb fell on a market in X", "A Shahed fell on Pavlohrad":
        // what falls on a place strikes it; a town falls on a day ("fell on
        // February 17", "fell on Tuesday").
        std::string_view kind = claim;
        if (claim == "captured" && m.last == m.first + 1 && tokens[m.first].key == "fell" && m.last + 1 < se &&
            (tokens[m.last].key == "on" || tokens[m.last].key == "onto")) {
            static constexpr std::string_view days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                        "the", "that", "this"};
            // ("fell on the first of October", "fell on the same day": after "the",
            // a number, an ordinal or a word of days.)
            static constexpr std::string_view after_the[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                             "eighth", "ninth", "tenth", "same", "eve", "night", "morning",
                                                             "evening", "afternoon", "day", "anniversary", "weekend", "last",
                                                             "following", "next", "previous"};
            const std::string& w = tokens[m.last + 1].key;
            const std::string next = m.last + 2 < se ? tokens[m.last + 2].key : std::string();
            const bool day = std::isdigit(static_cast<unsigned char>(w.front())) || month_number(w) != 0 ||
                             (std::find(std::begin(days), std::end(days), w) != std::end(days) &&
                              !(w == "the" && (next.empty() || (!std::isdigit(static_cast<unsigned char>(next.front())) &&
                                                                 std::find(std::begin(after_the), std::end(after_the), next) ==
                                                                     std::end(after_the)))));
            if (!day) kind = "struck";
        }
        found.push_back({m.first, m.last, kind, std::atoi(m.entry->values[1].c_str())});
        found.back().ground = ground_.match_at(tokens, m.first, se, s.lemmas).has_value();
        found.back().incident = claim_words::blast_word(tokens[m.first].key) || claim_words::fire_word(tokens[m.first].key);
        {
            const auto& forms = s.lemmas_of(m.first);
            const std::string& w = tokens[m.first].key;
            found.back().entering = w.starts_with("enter") || w.starts_with("вошл") || w.starts_with("вошел") ||
                                    w.starts_with("зашл") || w.starts_with("зашел") || w.starts_with("увійш") ||
                                    w.starts_with("зайш") || w.starts_with("ввійш") ||
                                    std::any_of(forms.begin(), forms.end(), [](const std::string& l) {
                                        return l == "увійти" || l == "зайти" || l == "заходити" || l == "входити" ||
                                               l == "войти" || l == "заходить" || l == "входить";
                                    });
        }
    }
    // "Kherson fell on 2 March", "Avdiivka fell after a four-month siege":
    // a place that falls, as the verb's subject, is taken ("debris fell
    // on a house", "prices fell" have no place before the verb); a
    // headline tells it in the present ("Vuhledar falls, pressure grows").
    // ("Hirske, which fell earlier in the week", "Avdiivka has fallen": a
    // relative pronoun or an auxiliary may stand between.)
    for (auto it = from; it != names.end() && it->begin < span_end; ++it) {
        std::size_t q = it->last_token;
        bool appositive = false;
        if (q + 1 < se && (tokens[q].key == "which" || tokens[q].key == "that") && tokens[q].before == Separator::comma) ++q;
        // ("Selydove, home to 20,000 people before the war, fell on Tuesday":
        // past an appositive between its commas.)
        else if (q + 2 < se && tokens[q].before == Separator::comma) {
            std::size_t close = q + 1;
            // (A number's thousands comma is no close: "home to 20,000 people".)
            auto number_comma = [&](std::size_t k) {
                return tokens[k].before == Separator::comma && claim_words::numeral(tokens[k].key) && claim_words::numeral(tokens[k - 1].key);
            };
            while (close < se && close < q + 12 && (tokens[close].before == Separator::space || number_comma(close))) ++close;
            if (close < se && tokens[close].before == Separator::comma) {
                q = close;
                appositive = true;
            }
        }
        // (After an appositive the auxiliary follows its closing comma.)
        if (q + 1 < se && (tokens[q].key == "has" || tokens[q].key == "had" || tokens[q].key == "have") &&
            (tokens[q].before == Separator::space || appositive))
            ++q;
        if (q >= se || (tokens[q].key != "fell" && tokens[q].key != "falls" && tokens[q].key != "fallen") ||
            (tokens[q].before != Separator::space && !appositive))
            continue;
        static constexpr std::string_view after[] = {"on", "in", "after", "within", "last", "this", "early",
                                                     "late", "at", "by", "overnight", "yesterday", "days", "weeks",
                                                     "months", "despite", "to", "earlier", "later", "quickly", "soon"};
        const bool ends = q + 1 >= se || clause_break(tokens[q + 1]) ||
                          std::find(std::begin(after), std::end(after), tokens[q + 1].key) != std::end(after);
        // ("fell on the house": "on" then a noun phrase, not a date)
        const bool on_thing = q + 2 < se && tokens[q + 1].key == "on" && (tokens[q + 2].key == "the" || tokens[q + 2].key == "a");
        if (ends && !on_thing) {
            found.push_back({q, q + 1, "captured", 2});
            found.back().subject_only = true;
        }
    }
    // "the 3rd Assault Brigade", "the Storm Shadow": a capitalised event
    // word right before a unit noun is part of the unit's name.
    std::erase_if(found, [&](const Trigger& t) {
        if (t.last >= se || !tokens[t.first].capitalised || tokens[t.first].sentence_start || tokens[t.first].cyrillic) return false;
        const std::string& next = tokens[t.last].key;
        return next == "brigade" || next == "brigades" || next == "regiment" || next == "battalion" || next == "corps" ||
               next == "division" || next == "company" || next == "group";
    });
    // "нанесено поражение ... штурмовых бригад ВСУ": an assault adjective
    // before a unit noun names the kind of unit, where the sentence has an
    // event word of its own ("штурмовые группы в районе X" alone still
    // tell of assaults there).
    auto assault_unit = [&](const Trigger& t) {
        if (t.last >= se || t.last != t.first + 1 || !tokens[t.first].cyrillic) return false;
        const std::string& w = tokens[t.first].key;
        if (!(w.starts_with("штурмов") && !w.starts_with("штурмова"))) return false;  // not the verb "штурмовать"
        static constexpr std::string_view units[] = {"бригад", "груп", "подраздел", "підрозділ", "отряд", "загін", "загон",
                                                     "рот", "батальон", "полк", "дивизи", "дивізі", "част"};
        const std::string& next = tokens[t.last].key;
        return std::any_of(std::begin(units), std::end(units), [&](std::string_view u) { return next.starts_with(u); });
    };
    if (std::any_of(found.begin(), found.end(), [&](const Trigger& t) { return t.priority > 0 && !assault_unit(t); }))
        std::erase_if(found, assault_unit);
    // "fell to Russian forces" is a capture; "the ruble fell to a record
    // low", "fell to 12 degrees" are not: a side's name follows "to".
    std::erase_if(found, [&](const Trigger& t) {
        if (t.claim != "captured" || t.last - t.first != 2 || tokens[t.last - 1].key != "to") return false;
        const std::string& verb = tokens[t.first].key;
        if (verb != "fell" && verb != "fallen" && verb != "falls") return false;
        std::size_t q = t.last;
        if (q < se && tokens[q].key == "the") ++q;
        return q >= se || !tokens[q].capitalised;
    });
    // "Ізюм – наш!", "Херсон — наш": a place said to be ours, after a dash
    // and ending the clause, is taken back (the side word is the phrase's);
    // so is a headline that says only that ("ХЕРСОН НАШ!").
    for (std::size_t q = sb + 1; q < se; ++q) {
        const std::string& w = tokens[q].key;
        if (!(w == "наш" || w == "наша" || w == "наше" || w == "наші" || w == "наши")) continue;
        if (q + 1 < se && !clause_break(tokens[q + 1])) continue;
        const std::string_view gap = std::string_view(s.text).substr(tokens[q - 1].full_end, tokens[q].begin - tokens[q - 1].full_end);
        const bool whole_sentence = std::any_of(names.begin(), names.end(), [&](const RecognizedName& n) {
            return n.first_token == sb && n.last_token == q && q + 1 >= se;
        });
        // ("Фактически город наш": the town named before, taken up by its noun.)
        const std::string& before = tokens[q - 1].key;
        const bool town_taken_up = before == "город" || before == "місто" || before == "поселок" || before == "селище" ||
                                   before == "село";
        if (gap.find("–") == std::string_view::npos && gap.find("—") == std::string_view::npos && gap != " - " && !whole_sentence &&
            !town_taken_up)
            continue;
        found.push_back({q, q + 1, "captured", 2});
    }
    // "Sudzha is ours!", "Kherson is ours again": the English of it, where
    // the name alone is the subject ("the victory in Kharkiv is ours" is not).
    for (std::size_t q = sb + 1; q < se; ++q) {
        if (tokens[q].key != "ours" || (tokens[q - 1].key != "is" && tokens[q - 1].key != "are")) continue;
        const bool ends = q + 1 >= se || clause_break(tokens[q + 1]) || tokens[q + 1].key == "again" || tokens[q + 1].key == "now";
        std::size_t b = q - 1;
        while (b > sb && tokens[b - 1].capitalised && !clause_break(tokens[b])) --b;
        const bool name_subject = b < q - 1 && (b == sb || clause_break(tokens[b]));
        if (ends && name_subject) found.push_back({q - 1, q + 1, "captured", 2});
    }
    // "Russian troops are now in the centre of Toretsk", "росіяни вже в
    // Покровську", "противник уже на окраинах": a side's forces said to be in
    // a place now or already got there, an advance with no event word. ("Are
    // in" alone tells a state: "Ukrainian troops are in a difficult spot".)
    // (Asked at the adverb, so that sentences without one cost a look per word.)
    for (std::size_t at = sb + 1; at + 1 < se; ++at) {
        const std::string& adverb = tokens[at].key;
        if (!(adverb == "now" || adverb == "already" || adverb == "вже" || adverb == "уже")) continue;
        const std::string& be = tokens[at - 1].key;
        const bool english_be = be == "are" || be == "is" || be == "were" || be == "was";
        if (!english_be && !tokens[at].cyrillic) continue;
        const std::size_t force_end = english_be ? at - 1 : at;
        bool force = false;
        for (std::size_t q = force_end > sb + 6 ? force_end - 6 : sb; q < force_end && !force; ++q) {
            if (auto f = side_forces(SentenceTokens{s.text, tokens, s.lemmas, sb, se}, q)) force = f->last == force_end;
            if (!force)
                if (auto a = agents_.match_at(tokens, q, se, s.lemmas)) force = a->last == force_end;
        }
        if (!force || clause_break(tokens[at + 1])) continue;
        const std::string& prep = tokens[at + 1].key;
        if (!(prep == "in" || prep == "inside" || prep == "on" || prep == "в" || prep == "у" || prep == "на")) continue;
        // (The place is the preposition's: "in X", "on the outskirts of X",
        // "в центрі X"; not "in a difficult position near X".)
        const std::size_t reach = std::min(se, at + 7);
        const bool place_after = std::any_of(from, names.end(), [&](const RecognizedName& nm) {
            if (!(nm.begin < span_end && nm.first_token > at + 1 && nm.first_token < reach)) return false;
            for (std::size_t w = at + 2; w <= nm.first_token; ++w) {
                if (tokens[w].before == Separator::comma || clause_break(tokens[w])) return false;
                if (w < nm.first_token && nearness_word(tokens[w].key)) return false;
            }
            return true;
        });
        if (place_after) found.push_back({force_end, at + 1, "advanced", 1});
    }
    // "противник втратив 40 осіб біля X", "потерял до 220 военнослужащих в
    // районах": losses counted are the fighting's; a town lost is a withdrawal.
    for (Trigger& t : found) {
        if (t.claim != "withdrew" || t.last >= se) continue;
        const auto& l = s.lemmas_of(t.first);
        const bool lose = std::any_of(l.begin(), l.end(), [](const std::string& w) { return w == "втратити" || w == "потерять"; });
        if (!lose) continue;
        // (A count in figures or in words, or the men lost: "понад тисячу
        // військових", "до 200 военнослужащих".)
        for (std::size_t q = t.last; q < std::min(se, t.last + 4); ++q) {
            const std::string& k = tokens[q].key;
            bool counted = !k.empty() && k.front() >= '0' && k.front() <= '9';
            for (std::string_view stem : {"тисяч", "тысяч", "сотн", "сотен", "десят", "військов", "военнослуж", "солдат",
                                          "бійц", "бойц", "особов", "живої", "живой"})
                counted = counted || k.starts_with(stem);
            if (counted) {
                t.claim = "attacked";
                break;
            }
        }
    }
    // "destroyed 30 drones over the Belgorod region", "уничтожены 12
    // беспилотников", "знищено 20 дронів": weapons destroyed in flight are
    // an interception, not a strike ("destroyed the depot with drones" is one).
    for (Trigger& t : found) {
        if (t.claim != "struck" || t.last >= se) continue;
        const std::string& w = tokens[t.first].key;
        bool destroys = false;
        for (std::string_view stem : {"destroy", "уничтож", "знищ"}) destroys = destroys || w.starts_with(stem);
        if (!destroys) continue;
        // ("Еще 14 уничтожены над Курской, 8 — над Тульской": what is
        // destroyed over a region was in flight, the weapon left unsaid.)
        // ("destroyed 9 over the Belgorod region": a count between.)
        const std::size_t over = t.last + 1 < se && std::isdigit(static_cast<unsigned char>(tokens[t.last].key.front())) ? t.last + 1 : t.last;
        // (Not "destroyed over 50 houses", "over a dozen homes": "over" before
        // a count is "more than".)
        auto counts_after = [&](std::size_t q) {
            if (q + 1 >= se) return false;
            const std::string& k = tokens[q + 1].key;
            return std::isdigit(static_cast<unsigned char>(k.front())) || k == "a" || k == "half" || k == "dozen" ||
                   k == "dozens" || k == "hundred" || k == "hundreds" || k == "one" || k == "two" || k == "three" || k == "ten" ||
                   k == "twenty" || k == "thirty" || k == "forty" || k == "fifty";
        };
        if (over < se && tokens[over].before == Separator::space &&
            (tokens[over].key == "над" || ((tokens[over].key == "over" || tokens[over].key == "above") && !counts_after(over)))) {
            t.claim = "other";
            continue;
        }
        for (std::size_t q = t.last; q < std::min(se, t.last + 5); ++q) {
            if (clause_break(tokens[q])) break;
            const std::string& k = tokens[q].key;
            // ("destroyed 24 of 36 Shahed drones": "of" between counts.)
            const bool count_of = k == "of" && q > t.last && std::isdigit(static_cast<unsigned char>(tokens[q - 1].key.front()));
            if (k == "with" || k == "by" || k == "using" || k == "from" || (k == "of" && !count_of)) break;
            if (auto im = instruments_.match_at(tokens, q, se, s.lemmas)) {
                // The weapon is what was destroyed, not a modifier ("a drone
                // plant"): a break, a preposition or the end follows it.
                static constexpr std::string_view after[] = {"over", "above", "in", "near", "across", "overnight", "during",
                                                             "and", "launched", "над", "в", "у", "на", "під", "под",
                                                             "протягом", "за", "і", "та", "и"};
                // ("Shahed drones", "Kh-101 cruise missiles": a weapon's words run on.)
                std::size_t a = im->last;
                while (a < se && !clause_break(tokens[a]))
                    if (auto more = instruments_.match_at(tokens, a, se, s.lemmas); more && more->last > a) a = more->last;
                    else break;
                if (a >= se || clause_break(tokens[a]) ||
                    std::find(std::begin(after), std::end(after), tokens[a].key) != std::end(after))
                    t.claim = "other";
                break;
            }
        }
        if (t.claim == "struck" && weapons_before_passive(s, t.first)) t.claim = "other";
    }
    // "16,000 Russian soldiers had been killed around Avdiivka", "уничтожили
    // в Купянске около 60 российских военных": soldiers killed with no weapon
    // named fell in the fighting there. (A strike that killed them names its
    // weapon: "a missile killed 60 soldiers at a ceremony".)
    {
        static constexpr std::string_view killing[] = {"killed", "kill", "kills", "killing", "eliminated"};
        static constexpr std::string_view soldiers[] = {"soldiers", "troops", "servicemen", "militants", "fighters", "personnel"};
        static constexpr std::string_view cyrillic_soldiers[] = {"военнослужащ", "военных", "бойцов", "солдат", "військових",
                                                                  "військовослужбовц", "бійців", "окупант", "оккупант"};
        auto soldier = [&](std::size_t q) {
            const std::string& k = tokens[q].key;
            return std::find(std::begin(soldiers), std::end(soldiers), k) != std::end(soldiers) ||
                   std::any_of(std::begin(cyrillic_soldiers), std::end(cyrillic_soldiers), [&](std::string_view c) { return k.starts_with(c); });
        };
        std::optional<bool> weapon;  // asked only of a sentence with a word of killing
        for (Trigger& t : found) {
            if (t.claim != "struck") continue;
            const std::string& w = tokens[t.first].key;
            const bool kills = std::find(std::begin(killing), std::end(killing), w) != std::end(killing) || w.starts_with("уничтож") ||
                               w.starts_with("знищ") || w.starts_with("ликвидир") || w.starts_with("ліквідув");
            if (!kills) continue;
            if (!weapon) weapon = !instruments_.find_all(tokens, sb, se, s.lemmas).empty();
            if (*weapon) continue;
            // The soldiers are what was killed: after the word, or before an
            // English passive ("had been killed"); "Окупанти знищили Маріуполь"
            // has them for its doer.
            bool personnel = false;
            for (std::size_t q = t.last; q < std::min(se, t.last + 6) && !personnel; ++q) personnel = soldier(q);
            const bool passive = t.first > sb && (tokens[t.first - 1].key == "been" || tokens[t.first - 1].key == "were" ||
                                                  tokens[t.first - 1].key == "was");
            for (std::size_t q = t.first > sb + 6 ? t.first - 6 : sb; passive && q < t.first && !personnel; ++q) personnel = soldier(q);
            if (personnel) t.claim = "attacked";
        }
    }
    // "lost up to 1,300 troops in the Pokrovsk direction": troops counted
    // after a word of losses are casualties, not a deployment.
    std::erase_if(found, [&](const Trigger& t) {
        if (t.claim != "deployed" || t.first < sb + 2) return false;
        for (std::size_t q = t.first > sb + 5 ? t.first - 5 : sb; q < t.first; ++q) {
            const std::string& k = tokens[q].key;
            if (k == "lost" || k == "losses" || k == "losing" || k == "killed" || k.starts_with("втрат") || k.starts_with("потер"))
                return true;
        }
        return false;
    });
    // "Russian forces struck Ukrainian troops in the Kursk region": troops
    // a strike or an attack befell are its target, not a deployment.
    // (The troops right after the event word, a side's word between at most:
    // "перебрасывает резервы из-под X" after an attack is a move of its own.)
    std::erase_if(found, [&](const Trigger& t) {
        if (t.claim != "deployed") return false;
        const std::string& head = tokens[t.first].key;
        if (head != "troops" && head != "forces" && head != "units" && head != "soldiers" && !head.starts_with("військ") &&
            !head.starts_with("войск") && !head.starts_with("підрозділ") && !head.starts_with("подразделен") &&
            !head.starts_with("скоплен") && !head.starts_with("скупчен") && !head.starts_with("concentration"))
            return false;
        return std::any_of(found.begin(), found.end(), [&](const Trigger& o) {
            if ((o.claim != "struck" && o.claim != "attacked") || o.last > t.first || o.last + 1 < t.first) return false;
            // ("Russian assault troops arrived": the kind of troops, not their target.)
            const std::string& k = tokens[o.last - 1].key;
            if (k == "assault" || k == "attack" || k.starts_with("штурмов")) return false;
            return o.last == t.first || !clause_break(tokens[o.last]);
        });
    });
    // "Residents of the Krasnaya Yaruga district are being moved to Belgorod",
    // "діти ... були перевезені до Харкова": people moved are evacuated,
    // not deployed; only forces are deployed. So are people who flee or are
    // pulled out ("Residents flee Pokrovsk", "Volunteers pulled children out
    // of X"): an evacuation, not a withdrawal.
    for (Trigger& t : found) {
        if (t.claim != "deployed" && t.claim != "withdrew") continue;
        static constexpr std::string_view people[] = {
            "residents", "civilians", "people", "children", "families", "patients", "evacuees", "inhabitants",
            "locals", "volunteers", "refugees", "жителі", "мешканці", "люди", "діти", "родини", "жители", "дети", "семьи",
            "волонтери", "волонтеры"};
        if (t.claim == "withdrew") {
            bool inside = false, forces_inside = false;
            for (std::size_t q = t.first + 1; q + 1 < t.last; ++q) {
                inside = inside || std::find(std::begin(people), std::end(people), tokens[q].key) != std::end(people);
                forces_inside = forces_inside || tokens[q].key == "troops" || tokens[q].key == "forces" || tokens[q].key == "units" ||
                                tokens[q].key == "soldiers";
            }
            // ("pulled its troops and volunteers out of Krynky": forces with them withdrew.)
            inside = inside && !forces_inside;
            if (inside) {
                t.claim = "other";
                continue;
            }
        }
        static constexpr std::string_view forces[] = {"troops", "forces", "units", "soldiers", "brigades", "reserves",
                                                      "військові", "війська", "військ", "войска", "военные"};
        for (std::size_t q = t.first; q > sb && t.first - q < 10; --q) {
            const std::string& k = tokens[q - 1].key;
            if (std::find(std::begin(forces), std::end(forces), k) != std::end(forces)) break;
            if (std::find(std::begin(people), std::end(people), k) != std::end(people)) {
                t.claim = "other";
                break;
            }
            if (clause_break(tokens[q - 1])) break;  // (a break before this word ends the clause)
        }
    }
    // "shot down 4 guided bombs and 112 UAVs over the Belgorod region": the
    // weapons an interception word governs were intercepted, not striking.
    for (std::size_t a = 0; a < found.size(); ++a) {
        if (found[a].claim != "other") continue;
        for (Trigger& t : found) {
            if (t.claim != "struck" || t.first < found[a].last || t.first > found[a].last + 8) continue;
            bool same_clause = true;
            for (std::size_t q = found[a].last; q <= t.first && same_clause; ++q) same_clause = !clause_break(tokens[q]);
            if (same_clause && instruments_.match_at(tokens, t.first, se, s.lemmas)) t.claim = "other";
        }
    }
    // "в Таганроге прозвучали взрывы — это работала ПВО", "explosions were
    // heard over Kyiv as air defence shot down drones": blasts that the
    // sentence puts down to an interception are the interception's, unless
    // it also tells of a hit (a strike word stronger than the blast's own).
    auto blast_word = [&](const Trigger& t) { return claim_words::blast_word(tokens[t.first].key); };
    const bool intercepted = std::any_of(found.begin(), found.end(), [&](const Trigger& t) {
        return t.claim == "other" && t.priority >= 3 && !blast_word(t);
    });
    const bool hit_told = std::any_of(found.begin(), found.end(), [&](const Trigger& t) {
        return t.claim == "struck" && t.priority >= 2 && !blast_word(t);
    });
    if (intercepted && !hit_told)
        for (Trigger& t : found)
            if (t.claim == "struck" && blast_word(t)) t.claim = "other";
    // "Debris from a downed drone fell on a house", "уламки збитого дрона
    // впали", "над Курском сбиты два беспилотника, обломки повредили крышу":
    // the debris of an interception falls where it is told; the
    // interception it comes from is no claim against that place.
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Trigger d = found[k];
        const std::string& w = tokens[d.first].key;
        if (d.claim != "struck" || !(w.starts_with("debris") || w.starts_with("уламк") || w.starts_with("обломк"))) continue;
        std::erase_if(found, [&](const Trigger& t) {
            return t.claim == "other" && (t.last <= d.first || (t.first > d.first && t.first <= d.last + 4));
        });
        break;
    }
    // Weapons and casualties (priority 0) tell of a strike only where no
    // other event word does: "downed 78 drones over Kharkiv" is an interception.
    // (A semicolon bounds that: "drones hit a refinery in Tuapse; glide
    // bombs kill three in Zaporizhzhia" tells two events.)
    if (std::any_of(found.begin(), found.end(), [](const Trigger& t) { return t.priority > 0; })) {
        auto semicolon_between = [&](std::size_t a, std::size_t b) {  // token indices a < b
            for (std::size_t q = a + 1; q <= b && q < se; ++q)
                if (semicolon_before(s.text, tokens, q)) return true;
            return false;
        };
        // ("Russia fired 84 missiles and 24 drones at Ukraine, hitting cities
        // including Dnipro": weapons sent at a place strike it, whatever the
        // other clauses tell.)
        auto aimed = [&](const Trigger& t) {
            return t.last < se && (tokens[t.last].key == "at" || tokens[t.last].key == "against") &&
                   tokens[t.last].before == Separator::space &&
                   instruments_.match_at(tokens, t.first, se, s.lemmas);
        };
        std::vector<Trigger> kept;
        for (const Trigger& t : found) {
            if (t.priority == 0 && !aimed(t) && std::any_of(found.begin(), found.end(), [&](const Trigger& o) {
                    return o.priority > 0 && !semicolon_between(std::min(o.first, t.first), std::max(o.first, t.first));
                }))
                continue;
            kept.push_back(t);
        }
        return kept;
    }
    // "Russian forces are now less than 3 km from Pokrovsk": with no
    // event word, forces that close to a place have advanced on it.
    for (auto it = from; it != names.end() && it->begin < span_end; ++it) {
        auto d = distance_before(tokens, sb, it->first_token);
        // Another place before the distance is what it places ("a base in
        // Saratov region, 730km southeast of Moscow").
        if (!d || it != from) continue;
        // A side's forces ("Russian troops", "the enemy"), not any force
        // word ("a military base").
        bool forces = false;
        for (std::size_t q = sb; q < d->first && !forces; ++q)
            forces = agents_.match_at(tokens, q, se, s.lemmas) || side_forces(SentenceTokens{s.text, tokens, s.lemmas, sb, d->first}, q);
        if (forces) found.push_back({d->first, d->last, "advanced", 1, true});
    }
    return found;
}

}  // namespace frontline
