#include "frontline/claims/actor_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <initializer_list>

#include "claim_words.hpp"

#include "frontline/claims/side_by_geography.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

// Endings of Ukrainian and Russian passive participles, long and short
// ("занята", "захоплено", "освобождён", "звільнені", "уничтожены").
constexpr std::string_view cyrillic_participle_endings[] = {"ний", "на", "но", "ні", "не", "ный", "ны", "ена", "ено", "ён", "ен",
                                                            "тий", "та", "то", "ті", "ты", "ан", "ян"};


// "repelled", "відбили", "зупиняємо": the defenders' word for the other side's attack.
// ("наші захисники зупинили 38 штурмових дій": stopping is repelling.)
// ("знищили ворожу ДРГ", "destroyed a sabotage group": a raiding party
// eliminated is its side's attack stopped.)
bool repelling(const SentenceTokens& s, std::size_t q) {
    const auto& l = s.lemmas_of(q);
    const std::string& w = s.tokens[q].key;
    // ("have not stopped their assaults", "не зупиняє штурмів": stopping
    // denied is the attack going on.)
    for (std::size_t p = q; p > s.begin && p + 2 > q; --p) {
        const std::string& k = s.tokens[p - 1].key;
        if (k == "not" || k == "never" || k == "не" || k == "ні" || k == "ни") return false;
    }
    auto raiders_after = [&] {
        for (std::size_t r = q + 1; r < std::min(s.end, q + 5); ++r)
            if (s.tokens[r].key == "дрг" || s.tokens[r].key == "sabotage") return true;
        return false;
    };
    const bool eliminating = w.starts_with("eliminat") || w.starts_with("destroy") || w.starts_with("neutrali") ||
                             std::any_of(l.begin(), l.end(), [](const std::string& v) {
                                 return v == "ліквідувати" || v == "ликвидировать" || v == "знищити" || v == "уничтожить" ||
                                        v == "знешкодити";
                             });
    if (eliminating && raiders_after()) return true;
    // ("ЗСУ відбили Роботине", "ВСУ отбили Работино": a place as the object is
    // retaken, not an attack repelled.)
    if (q + 1 < s.end && s.tokens[q + 1].capitalised && s.tokens[q + 1].cyrillic && !s.tokens[q + 1].upper &&
        !s.tokens[q + 1].inflected_acronym && s.tokens[q + 1].before == Separator::space && claim_words::beating_back(l))
        return false;
    // ("pushed Russian troops back from X", "drove the enemy back from X":
    // the side thrown back from a place is the one that attacked it; "pushed
    // them back near X" is the pushers' advance.)
    // ("beat back an armoured column near X": beating back is only ever
    // repelling.)
    if (w == "beat" || w == "beaten" || w == "beating")
        for (std::size_t r = q + 1; r < std::min(s.end, q + 5); ++r)
            if (s.tokens[r].key == "back") return true;
    if (w == "pushed" || w == "pushing" || w == "drove" || w == "driven" || w == "driving" || w == "threw" || w == "thrown" ||
        w == "throwing")
        for (std::size_t r = q + 1; r < std::min(s.end, q + 5); ++r)
            if (s.tokens[r].key == "back") return r + 1 < s.end && s.tokens[r + 1].key == "from";
    // ("preventing Russian forces from advancing near X": the prevented side attacked.)
    return w.starts_with("repel") || w.starts_with("repuls") || w.starts_with("prevent") || w == "fended" || w == "thwarted" ||
           w == "foiled" || w == "stopped" ||
           w == "halted" || std::any_of(l.begin(), l.end(), [](const std::string& v) {
               return v == "відбити" || v == "відбивати" || v == "отразить" || v == "отражать" || v == "отбить" || v == "отбивать" ||
                      v == "зупинити" || v == "зупиняти" || v == "остановить" || v == "останавливать" ||
                      v == "відтіснити" || v == "відкинути" || v == "оттеснить" || v == "отбросить" ||
                      // ("стримують ворога біля X": holding the enemy back is repelling it.)
                      v == "стримувати" || v == "стримати" || v == "сдерживать" || v == "сдержать" ||
                      // (the nouns: "отражение вторжения ВСУ", "відбиття атак")
                      v == "отражение" || v == "відбиття";
           });
}

bool starts_with_any(std::string_view w, std::initializer_list<std::string_view> stems) {
    return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return w.starts_with(s); });
}

// "окружены", "оточені", "заблокирована": a participle of a unit
// encircled or blocked.
// (Not the nouns, "взяв в оточення", "завершают окружение": those who
// encircle come before them.)
bool besieging_participle(std::string_view w) {
    // ("в оточенні", "в окружении": those in it are encircled.)
    static constexpr std::string_view nouns[] = {"оточення", "оточенню", "оточенням", "окружение", "окружения",
                                                 "окружению", "окружением", "блокирование", "блокування"};
    if (std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns)) return false;
    return starts_with_any(w, {"окружен", "окружён", "оточен", "заблокирован", "заблокован", "блокирован", "блокован"});
}

// "выбиты", "вибиті", "вытеснены", "витіснені": a participle of a side
// driven out.
bool ousting_participle(std::string_view w) { return starts_with_any(w, {"выбит", "вибит", "вытеснен", "витіснен"}); }

// "backed by", "supported by", "alongside", "with the help of", "при
// поддержке", "за підтримки": the words before a side that only helps.
bool helper_phrase(const std::vector<Token>& tokens, std::size_t sb, std::size_t at) {
    auto word = [&](std::size_t back) -> std::string_view { return at >= sb + back ? std::string_view(tokens[at - back].key) : ""; };
    static constexpr std::string_view helping[] = {"backed", "supported", "aided", "assisted", "joined", "reinforced"};
    if (word(1) == "by" && std::find(std::begin(helping), std::end(helping), word(2)) != std::end(helping)) return true;
    if (word(1) == "alongside") return true;
    if (word(1) == "of" && (word(2) == "support" || word(2) == "help") && word(3) == "the" && word(4) == "with") return true;
    return (word(1).starts_with("поддержк") && word(2) == "при") || (word(1).starts_with("підтримк") && word(2) == "за") ||
           (word(1).starts_with("підтримк") && word(2) == "при");
}

}  // namespace

bool ActorReader::read(const SentenceTokens& s, const EventAt& e, const std::vector<ActorPhrase>& actors,
                       const std::vector<PhraseMatch>& sources, ReportPerspective& perspective, Mention& m) const {
    const std::vector<Token>& tokens = s.tokens;
    const std::string& text = s.text;
    const std::size_t sb = s.begin, se = s.end;
    const Trigger* basis = e.basis;
    const std::size_t anchor = e.anchor;
    bool side_relative = false;  // the last side asked for was "the enemy" or "ours"
    // A side word followed by a force word, nearest the trigger, that is not
    // the source speaking ("Ukraine's military say").
    auto in_source = [&](std::size_t from, std::size_t to) {
        return std::any_of(sources.begin(), sources.end(),
                           [&](const PhraseMatch& cm) {
                               // (The word right after it is the source's own, "Генштаб ЗСУ",
                               // unless punctuation parts them: "за даними Генштабу, противник".)
                               const bool joined = cm.last < tokens.size() && tokens[cm.last].before == Separator::space;
                               return cm.first < to && from < cm.last + (joined ? 1 : 0);
                           });
    };
    long actor_distance = 0;
    std::optional<std::string> target_side;  // a side named as the event's target
    bool target_relative = false;            // ... named as "the enemy" or "ours"
    std::size_t actor_at = se;  // where the actor phrase found below begins
    std::optional<std::string> repelled_side;  // "Окупантів відкинули": the side, as the object, driven back
    bool repelled_relative = false;
    bool actor_relative = false;  // named as "the enemy" or "our forces"
    bool owner_named = false;     // the attack's owner in the genitive after it ("атаки противника")
    // Within 5 words of the event word, no clause break between.
    auto one_clause_with = [&](const ActorPhrase& a) {
        if (!basis) return false;
        const std::size_t from = std::min(a.first, basis->first), to = std::max(a.last, basis->last);
        if (to - from > 5 + (a.last - a.first) + (basis->last - basis->first)) return false;
        for (std::size_t q = from + 1; q < to; ++q)
            if (clause_break(tokens[q])) return false;
        return true;
    };
    // The first side named as what the event befell ("positions of our
    // troops", "said it killed 600 Ukrainian soldiers"): where no actor is
    // named, the other side acts.
    auto note_target = [&](const ActorPhrase& a) {
        const std::string& side = a.actor->values[0];
        if (target_side || side == "SUBJECT") return;
        target_side = perspective.side_of(side, &side_relative);
        target_relative = side_relative;
    };
    // "The enemy's logistics collapsed after the capture of X", "since the
    // fall of Bakhmut", "після захоплення X": an event named as a time of
    // another clause; who acts in that clause did not take the place.
    const bool event_as_time = [&] {
        if (!basis || basis->first < sb + 1) return false;
        static constexpr std::string_view english[] = {"since", "after", "before", "following", "until", "upon", "amid", "despite"};
        static constexpr std::string_view cyrillic[] = {"після", "после", "перед", "внаслідок", "вследствие"};
        const std::string& before = tokens[basis->first - 1].key;
        if (std::find(std::begin(cyrillic), std::end(cyrillic), before) != std::end(cyrillic)) return true;
        return before == "the" && basis->first >= sb + 2 &&
               std::find(std::begin(english), std::end(english), tokens[basis->first - 2].key) != std::end(english);
    }();
    // "Having captured Toretsk last year, Russian assault groups are now ...",
    // "After taking Avdiivka, Russian forces pushed west", "Захопивши
    // Торецьк, окупанти ...": an event word opening the sentence as an
    // adverbial clause has the main clause's subject, the first side named
    // right after the clause's comma, as its doer.
    const std::size_t adjunct_subject = [&]() -> std::size_t {
        if (!basis || basis->first > sb + 2) return se;
        const std::string& w0 = tokens[sb].key;
        const std::string& event_word = tokens[basis->first].key;
        const bool english = w0 == "having" || ((w0 == "after" || w0 == "before" || w0 == "since") && basis->first == sb + 1 &&
                                                 event_word.ends_with("ing"));
        // (The Cyrillic adverbial participle: "захватив", "звільнивши", "взяв".)
        const bool cyrillic = basis->first == sb && tokens[sb].cyrillic &&
                              (event_word.ends_with("ив") || event_word.ends_with("ав") || event_word.ends_with("яв") ||
                               event_word.ends_with("вши") || event_word.ends_with("вшись"));
        if (!english && !cyrillic) return se;
        std::size_t comma = basis->last;
        while (comma < se && tokens[comma].before != Separator::comma) ++comma;
        if (comma >= se) return se;
        for (const ActorPhrase& a : actors)
            if (a.first >= comma && a.first <= comma + 2) return a.first;
        return se;
    }();
    for (const ActorPhrase& a : actors) {
        if (in_source(a.first, a.last)) continue;
        if (event_as_time && a.last <= basis->first) continue;
        // ("Russian forces, backed by North Korean troops, retook Sudzha", "при
        // поддержке авиации": a side that helps is not the one that acts.)
        if (helper_phrase(tokens, sb, a.first)) continue;
        // ("advancing into the depth of the enemy's defence and liberated X",
        // "broke through Ukraine's lines": the owner of the ground or the
        // positions acted on is the side acted against.)
        if (a.last < se && tokens[a.last - 1].possessive && tokens[a.last].before == Separator::space &&
            starts_with_any(tokens[a.last].key, {"defence", "defense", "position", "line", "rear", "flank", "stronghold",
                                                 "fortification", "trench", "manpower", "equipment", "depth"})) {
            note_target(a);
            continue;
        }
        // "группировка ВСУ", "угруповання противника": a Cyrillic genitive
        // right after a force noun names whose force it is.
        if (tokens[a.first].cyrillic &&
            std::any_of(actors.begin(), actors.end(), [&](const ActorPhrase& b) {
                return b.first == a.last && tokens[b.first].before == Separator::space && b.actor->values[0] != a.actor->values[0];
            }))
            continue;
        // ("Ми фіксуємо удари по Сумах", "Мы видим удары", "we see strikes on
        // X": a "we" that sees, records or learns of an event did not do it.)
        if (a.last == a.first + 1 && a.last < se &&
            (tokens[a.first].key == "ми" || tokens[a.first].key == "мы" || tokens[a.first].key == "we") &&
            starts_with_any(tokens[a.last].key, {"фіксу", "фиксиру", "бач", "видим", "видел", "отрима", "получи", "спостеріга",
                                                 "наблюда", "знаємо", "знаем", "see", "saw", "record", "receiv", "know", "observ"}))
            continue;
        // ("ЗСУ спростували заяву Міноборони РФ про захоплення X", "Ukraine
        // denied Russian claims of the capture of X": the side that denies
        // an event is not the one it is claimed of.)
        if (a.last < se && claim_words::denial_word(tokens[a.last].key)) continue;
        // ("Ukraine says it shot down 23 drones, but one hit X": the speaker's
        // "it" is the subject of the verb right after it only.)
        const std::string& opener = a.actor->words.front();
        if ((opener == "says" || opener == "said" || opener == "claims" || opener == "claimed") &&
            !(basis && basis->first >= a.last && basis->first <= a.last + 2))
            continue;
        // ("repelled counterattacks by Ukrainian assault groups, while Yug group
        // units pushed into Konstantinovka": a side before a clause that opens
        // with "while", "whereas" or "but" is no actor in that clause.)
        if (basis && a.last <= basis->first) {
            bool contrast = false;
            for (std::size_t q = a.last; q <= basis->first && q < se && !contrast; ++q) {
                const std::string& w = tokens[q].key;
                // ("Ukrainian units withdrew from Toretsk, as heavy fighting
                // continued in the town": a clause of its own, not "as well as".)
                const bool as_clause = w == "as" && !(q + 1 < se && tokens[q + 1].key == "well");
                contrast = (w == "while" || w == "whereas" || w == "but" || w == "тоді" || w == "тогда" || w == "але" ||
                            w == "однак" || w == "однако" || as_clause) &&
                           clause_break(tokens[q]);
                // ("drones hit a refinery in Tuapse; glide bombs kill three in
                // Zaporizhzhia": a semicolon parts two events and their doers.)
                contrast = contrast || (q > a.last && semicolon_before(text, tokens, q));
            }
            if (contrast) continue;
        }
        // ("отбили у противника Снагость", "retook from Russian forces": a side
        // inside the event phrase after "у"/"from" is the one it was taken from.)
        if (basis && a.first > basis->first && a.first < basis->last &&
            (tokens[a.first - 1].key == "у" || tokens[a.first - 1].key == "в" || tokens[a.first - 1].key == "from")) {
            note_target(a);
            continue;
        }
        // "Ukrainian commanders said fighting was raging inside Pokrovsk": a
        // side that speaks before a fight or a strike reports it; it is the
        // fighting's defender or the strike's target as often as its doer.
        if (basis && (basis->claim == "attacked" || basis->claim == "struck") && a.last < basis->first && a.last + 1 < se &&
            !tokens[a.first].cyrillic) {
            static constexpr std::string_view speaking[] = {"said", "say", "says", "told", "reported", "report", "reports",
                                                            "stated", "added", "noted", "warned", "wrote"};
            // ("... said they were repelling assaults": the speaker then acts.)
            const bool speaker_acts = a.last + 1 < se && (tokens[a.last + 1].key == "they" || tokens[a.last + 1].key == "it" ||
                                                          tokens[a.last + 1].key == "we" || tokens[a.last + 1].key == "its");
            if (std::find(std::begin(speaking), std::end(speaking), tokens[a.last].key) != std::end(speaking) && !speaker_acts)
                continue;
        }
        // "advanced deep into the enemy's defence and liberated X": a side
        // after a preposition, before the event word, is no one acting.
        if (basis && a.last <= basis->first) {
            std::size_t q = a.first;
            while (q > sb + 1 && (tokens[q - 1].key == "the" || tokens[q - 1].key == "a")) --q;
            static constexpr std::string_view objects[] = {"into", "against", "on", "at", "to", "toward", "towards",
                                                           "behind", "from", "through"};
            if (q > sb && std::find(std::begin(objects), std::end(objects), tokens[q - 1].key) != std::end(objects)) continue;
            // ("штурмувати позиції наших військ", "the positions of Ukrainian
            // troops": a side owning positions is the one attacked.)
            if (q > sb && (tokens[q - 1].key.starts_with("позиц") || tokens[q - 1].key == "positions" ||
                           (tokens[q - 1].key == "of" && q > sb + 1 && tokens[q - 2].key == "positions"))) {
                note_target(a);
                continue;
            }
            // ("в глубину обороны противника и освободили": the enemy's, in the
            // genitive or accusative, is owned or acted on, never the subject. A
            // dative may be: "не дозволяють ворогу просунутися"; an instrumental
            // is a passive's agent: "захоплене ворогом".)
            // ("Окупантів відкинули від X": the plural, too.)
            static constexpr std::string_view oblique[] = {"противника", "ворога", "врага", "окупантів", "оккупантов",
                                                           "загарбників", "захватчиков", "рашистів", "рашистов"};
            if (a.last == a.first + 1 && std::find(std::begin(oblique), std::end(oblique), tokens[a.first].key) != std::end(oblique)) {
                // (The enemy pushed back or stopped is the one that attacked.)
                if (basis->claim == "attacked" && repelling(s, basis->first) && !repelled_side && a.actor->values[0] != "SUBJECT")
                    repelled_side = perspective.side_of(a.actor->values[0], &repelled_relative);
                continue;
            }
        }
        // "Russian forces had defeated Ukrainian forces ... and established full
        // control of the city": a side right after another verb, with its own
        // subject or auxiliary before it, is that verb's object.
        // (Not after a verb of saying: "said Ukrainian forces had withdrawn".)
        const std::size_t verb_at = a.first - 1;
        if (basis && a.first >= sb + 2 && a.last <= basis->first && !tokens[a.first].cyrillic &&
            tokens[a.first].before == Separator::space && tokens[verb_at].before == Separator::space) {
            const std::string& verb = tokens[verb_at].key;
            const std::string& before_verb = tokens[verb_at - 1].key;
            static constexpr std::string_view saying[] = {"said", "reported", "claimed", "stated", "announced", "confirmed",
                                                          "warned", "added", "noted", "denied", "acknowledged", "admitted",
                                                          "believed", "suggested", "indicated", "assessed", "estimated",
                                                          "alleged", "insisted", "showed", "revealed", "expected", "assumed"};
            static constexpr std::string_view subjects[] = {"had", "has", "have", "they", "we", "it", "he", "she"};
            const bool subject_before =
                std::find(std::begin(subjects), std::end(subjects), before_verb) != std::end(subjects) ||
                std::any_of(actors.begin(), actors.end(), [&](const ActorPhrase& b) { return b.last == verb_at; });
            // (Irregular pasts too: "drove Russian troops out of X and cleared Y".)
            static constexpr std::string_view irregular[] = {"drove", "threw", "took", "beat", "fought", "caught", "kept",
                                                             "struck", "hit", "shot", "overran", "outflanked"};
            const bool past = verb.ends_with("ed") || std::find(std::begin(irregular), std::end(irregular), verb) != std::end(irregular);
            if (past && !tokens[verb_at].capitalised && subject_before && tokens[verb_at].key != basis->claim &&
                verb_at != basis->first && std::find(std::begin(saying), std::end(saying), verb) == std::end(saying))
                continue;
        }
        // "it killed more than 600 Ukrainian forces in a missile strike": a
        // side counted after a verb of killing or destroying is the victims,
        // so the strike was the other side's.
        if (basis && a.last <= basis->first) {
            static constexpr std::string_view counting[] = {"more", "than", "about", "up", "to", "over", "some", "nearly",
                                                            "almost", "around", "at", "least", "dozens", "hundreds", "of",
                                                            "до", "понад", "більше", "более", "около", "близько"};
            std::size_t q = a.first;
            while (q > sb && a.first - q < 5 &&
                   (std::isdigit(static_cast<unsigned char>(tokens[q - 1].key.front())) ||
                    std::find(std::begin(counting), std::end(counting), tokens[q - 1].key) != std::end(counting)))
                --q;
            if (q > sb &&
                starts_with_any(tokens[q - 1].key, {"killed", "kill", "wounded", "injured", "destroyed", "eliminated", "вбил",
                                                    "знищил", "уничтожил", "ліквідувал", "ликвидировал", "поранил"})) {
                note_target(a);
                continue;
            }
        }
        // "the last Russian units were expelled from Kyiv Oblast": the
        // subject of a passive is what the event befell.
        // (Troops "were deployed" or "were withdrawn" are the movers themselves.)
        // ("The AFU garrison of Kurakhove has been cut off": a place may name
        // the subject's unit in between, in one clause.)
        bool one_clause = true;
        for (std::size_t q = a.last; basis && q <= basis->first && q < se && one_clause; ++q) one_clause = !clause_break(tokens[q]);
        // (No approach, "troops are 3 km from X", is a passive.)
        if (basis && !basis->approach && a.last <= basis->first && basis->first - a.last <= 5 && one_clause &&
            !tokens[basis->first].key.ends_with("ing") && basis->claim != "deployed" && basis->claim != "withdrew") {
            static constexpr std::string_view be[] = {"was", "were", "been", "is", "are", "being",
                                                      "був", "була", "було", "були", "был", "была", "было", "были"};
            // (the be-form right before the participle, or one adverb before it)
            bool passive = false;
            for (std::size_t q = std::max(a.last, basis->first - std::min<std::size_t>(basis->first, 2)); q < basis->first; ++q)
                passive = passive || std::find(std::begin(be), std::end(be), tokens[q].key) != std::end(be);
            // ("forces were in control of X": an English passive needs a participle.)
            if (passive && !tokens[basis->first].cyrillic) {
                const std::string& w = tokens[basis->first].key;
                static constexpr std::string_view irregular[] = {"hit", "struck", "shot", "held", "taken", "overrun", "cut",
                                                                 "lost", "won", "beaten", "driven", "thrown", "caught"};
                // ("Russian troops are bogged down near X": their own attack, stuck.)
                passive = (w.ends_with("ed") || w.ends_with("en") ||
                           std::find(std::begin(irregular), std::end(irregular), w) != std::end(irregular)) &&
                          w != "bogged";
            }
            // (A Cyrillic side in the instrumental is the passive's agent:
            // "російськими військами було захоплено село", "окупантами було знищено".)
            if (passive && tokens[basis->first].cyrillic) {
                const std::string& last = tokens[a.last - 1].key;
                if (last.ends_with("ами") || last.ends_with("ями") || last.ends_with("ом") || last.ends_with("ем")) passive = false;
            }
            // ("Enemy attacks were repelled": what was repelled is the attackers'.)
            if (passive && !repelling(s, basis->first)) {
                note_target(a);
                continue;
            }
        }
        // "Украинские подразделения окружены", "Заблокирована группировка
        // ВСУ": a side beside a Cyrillic participle of encirclement, in its
        // clause, is the one encircled, unless named in the instrumental, the
        // passive's agent ("оточені російськими військами").
        // ("ВСУ выбиты из X": a side beside a participle of ousting lost the place.)
        if (basis && tokens[basis->first].cyrillic && one_clause_with(a) &&
            ((basis->claim == "attacked" && besieging_participle(tokens[basis->first].key)) ||
             (basis->claim == "captured" && ousting_participle(tokens[basis->first].key)))) {
            const std::string& last = tokens[a.last - 1].key;
            const bool instrumental = last.ends_with("ами") || last.ends_with("ями") || last.ends_with("ом") || last.ends_with("ем");
            if (!instrumental) {
                note_target(a);
                continue;
            }
        }
        // After the event word a side is its target ("hit a Russian drone
        // base", "the enemy's positions"), unless a passive names it
        // ("attacked by Russian forces", "обстріляно російськими військами").
        // ("наступ на Авдіївку росіяни розпочали": a nominative plural after
        // the event's object is the subject of a Cyrillic sentence's free
        // word order, never its object, which would be "росіян".)
        static constexpr std::string_view nominative_plurals[] = {
            "росіяни", "россияне", "русские", "окупанти", "оккупанты", "рашисти", "рашисты", "загарбники", "захватчики",
            "українці", "украинцы"};
        // (Also right after the plural verb, where no side opens the clause:
        // "По Херсону вдарили росіяни", "Удар по Белгороду нанесли ВСУ" —
        // "ВСУ" reads alike in every case, and the verb's subject is missing.)
        const bool after_plural_verb = [&] {
            // (The place put first, before the verb: "Штурмовики выбили ВСУ из
            // Крынок" has its subject first and the side after the verb is its object.)
            if (!basis || !tokens[a.first].cyrillic || a.first <= sb + 1 || a.first - 1 < basis->first ||
                tokens[a.first].before != Separator::space || e.name_last >= a.first)
                return false;
            const std::string& v = tokens[a.first - 1].key;
            // (Or a singular feminine past, "обстріляла ворожа артилерія".)
            const bool feminine = v.ends_with("ла") || v.ends_with("лася") || v.ends_with("лась");
            if (!tokens[a.first - 1].cyrillic || !(v.ends_with("ли") || v.ends_with("лися") || v.ends_with("лись") || feminine))
                return false;
            // (In the nominative: an acronym alone, "ВСУ", or a people's plural, "росіяни"; an
            // adjective's plural may be an accusative of things: "знищили
            // російські танки".)
            const std::string& w = tokens[a.first].key;
            // ("Уночі Одесу атакували російські дрони": so are the side's weapons
            // in the nominative plural; "Херсон обстріляла ворожа артилерія" its
            // guns or aircraft in the feminine.)
            const std::string& noun = tokens[a.last - 1].key;
            static constexpr std::string_view plural_forces[] = {"війська", "войска", "військові", "военные", "дрони", "дроны",
                                                                 "ракети", "ракеты", "безпілотники", "беспилотники", "літаки",
                                                                 "самолеты", "самолёты", "гелікоптери", "вертолеты", "вертолёты"};
            static constexpr std::string_view feminine_forces[] = {"артилерія", "артиллерия", "авіація", "авиация"};
            const bool side_adjective = w.starts_with("російськ") || w.starts_with("российск") || w.starts_with("українськ") ||
                                        w.starts_with("украинск") || w.starts_with("ворож") || w.starts_with("вражеск");
            // (Weapons after a verb of destroying are its object: "знищили російські
            // гелікоптери"; only a verb of attack has them as its subject.)
            const bool attack_verb = starts_with_any(v, {"атак", "удар", "вдар", "обстр", "бомб", "штурм", "бил", "поціл", "ураз"});
            const bool weapon_noun = noun != "війська" && noun != "войска" && noun != "військові" && noun != "военные";
            const bool nominative =
                feminine ? side_adjective && attack_verb &&
                               std::find(std::begin(feminine_forces), std::end(feminine_forces), noun) != std::end(feminine_forces)
                         : (a.last <= a.first + 2 && std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(a.first),
                                                                 tokens.begin() + static_cast<std::ptrdiff_t>(a.last),
                                                                 [](const Token& x) { return x.upper; })) ||
                               std::find(std::begin(nominative_plurals), std::end(nominative_plurals), w) != std::end(nominative_plurals) ||
                               (side_adjective && (attack_verb || !weapon_noun) &&
                                std::find(std::begin(plural_forces), std::end(plural_forces), noun) != std::end(plural_forces));
            if (!nominative || !one_clause_with(a)) return false;
            return std::none_of(actors.begin(), actors.end(), [&](const ActorPhrase& b) { return b.first >= sb && b.last < a.first; });
        }();
        // ("came under Russian artillery fire": the side inside the phrase fired.)
        const bool fire_of = basis && a.first > basis->first && a.last <= basis->last &&
                             (tokens[basis->first].key == "under" || tokens[basis->first].key == "came");
        const bool subject_after =
            after_plural_verb || fire_of ||
            (tokens[a.first].cyrillic && a.last == a.first + 1 && (a.last >= se || !clause_break(tokens[a.last])) &&
             std::find(std::begin(nominative_plurals), std::end(nominative_plurals), tokens[a.first].key) != std::end(nominative_plurals));
        if (basis && a.first > basis->first && !subject_after && a.first != adjunct_subject) {
            std::size_t q = a.first;
            while (q > basis->last && (tokens[q - 1].key == "the" || tokens[q - 1].key == "a")) --q;
            std::string_view by = q > sb ? tokens[q - 1].key : tokens[q].key;
            // ("liberated by units of the Center group of forces", "captured by
            // elements of the Russian 20th Army": the agent's units stand between.)
            if (by != "by") {
                static constexpr std::string_view units[] = {"the", "a", "of", "units", "elements", "troops", "forces",
                                                             "servicemen", "soldiers", "fighters", "assault", "groups", "group"};
                std::size_t u = a.first;
                while (u > basis->last && a.first - u < 7 && tokens[u].before == Separator::space &&
                       (std::find(std::begin(units), std::end(units), tokens[u - 1].key) != std::end(units) ||
                        (tokens[u - 1].capitalised && !tokens[u - 1].cyrillic && !tokens[u - 1].sentence_start) ||
                        std::isdigit(static_cast<unsigned char>(tokens[u - 1].key.front()))))
                    --u;
                if (u > sb && u < a.first && tokens[u - 1].key == "by") by = "by";
                // ("была занята российскими войсками", "звільнено українськими
                // військами": a side in the instrumental right after a passive
                // participle is its agent, as after "by".)
                const std::string& participle = tokens[basis->last - 1].key;
                // ("освобождён подразделениями ВСУ": the agent's units, in the
                // instrumental, may stand before it.)
                static constexpr std::string_view units_by[] = {"подразделениями", "силами", "частями", "бойцами", "военнослужащими",
                                                                "воинами", "підрозділами", "бійцями", "військовими", "воїнами",
                                                                "захисниками", "защитниками"};
                const bool units_before = a.first > basis->last && tokens[a.first].before == Separator::space &&
                                          std::find(std::begin(units_by), std::end(units_by), tokens[a.first - 1].key) != std::end(units_by);
                const std::string& last = tokens[a.last - 1].key;
                const bool instrumental = last.ends_with("ами") || last.ends_with("ями") || units_before;
                const bool passive_participle =
                    tokens[basis->last - 1].cyrillic &&
                    std::any_of(std::begin(cyrillic_participle_endings), std::end(cyrillic_participle_endings),
                                [&](std::string_view e) { return participle.ends_with(e); });
                if (instrumental && passive_participle && a.first <= basis->last + 2 + (units_before ? 1 : 0) &&
                    tokens[a.first].before == Separator::space && (a.first == basis->last || tokens[a.first - 1].cyrillic))
                    by = "by";
            }
            // ("liberated Shevchenko and repelled nine counterattacks by Ukrainian
            // assault groups": the agent after "by" is the later event word's.)
            if (by == "by") {
                bool later_event = false;
                for (std::size_t q = basis->last + 1; q < a.first && !later_event; ++q)
                    later_event = triggers_.match_at(tokens, q, se, s.lemmas).has_value();
                if (later_event) continue;
            }
            // "контратаки штурмовых групп ВСУ": a Cyrillic genitive a few words after
            // the event noun, with no preposition between, names who acts
            // ("удары по позициям ВСУ" names the target).
            static constexpr std::string_view attack_nouns[] = {"атака", "контратака", "штурм", "наступление", "наступ",
                                                                "контрнаступление", "контрнаступ", "обстрел", "обстріл",
                                                                "нападение", "напад", "штурмовой", "штурмовий", "удар",
                                                                "прорыв", "прорив", "продвижение", "просування",
                                                                "вторжение", "вторгнення", "наступальний",
                                                                "наступательный"};
            const auto& basis_lemmas = s.lemmas_of(basis->first);
            // (The attackers' units may stand between: "контратаки штурмовых групп
            // 47-й механизированной бригады ВСУ".)
            bool genitive_agent = tokens[a.first].cyrillic && a.first >= basis->last && a.first <= basis->last + 6 &&
                                  std::any_of(basis_lemmas.begin(), basis_lemmas.end(), [](const std::string& l) {
                                      return std::find(std::begin(attack_nouns), std::end(attack_nouns), l) !=
                                             std::end(attack_nouns);
                                  });
            for (std::size_t w = basis->last; w < a.first && genitive_agent; ++w) {
                static constexpr std::string_view prepositions[] = {"по", "на", "в", "у", "во", "против", "проти",
                                                                    "з", "із", "с", "со", "для", "от", "від", "к"};
                // ("атаки FPV-дрона ВСУ": a hyphenated weapon between)
                genitive_agent = (tokens[w].before == Separator::space || tokens[w].before == Separator::hyphen) &&
                                 std::find(std::begin(prepositions), std::end(prepositions), tokens[w].key) ==
                                     std::end(prepositions);
            }
            // "під контроль російських військ", "under the control of Russian
            // forces": the side after a word of control holds the place.
            bool holder = false;
            if (a.first <= basis->last + 3)
                for (std::size_t w = basis->first; w < a.first && !holder; ++w)
                    holder = tokens[w].key.starts_with("контрол") || tokens[w].key.starts_with("control");
            // "обстрел со стороны ВСУ", "обстріл з боку окупантів": the side it came from acts.
            const bool from_side = by == "стороны" || by == "боку";
            // ("наші захисники зупинили 46 наступальних дій агресора", "отразили
            // контратаки противника": the attack's owner attacked, whoever
            // stopped it; the subject before is the defender.)
            // (Only where a word of repelling governs the attacks: in "здійснили
            // штурм позицій ЗСУ" the genitive owns the positions stormed.)
            // (Or its participle: "отражены четыре атаки штурмовых групп ВСУ".)
            auto stopped = [&] {
                for (std::size_t q = sb; q < basis->first; ++q)
                    if (repelling(s, q) || starts_with_any(tokens[q].key, {"отражен", "відбит", "отбит", "зупинен", "остановлен"}))
                        return true;
                return false;
            };
            if (genitive_agent && a.actor->values[0] != "SUBJECT" && !a.target_only && stopped()) {
                m.actor = text.substr(tokens[a.first].begin, tokens[a.last - 1].full_end - tokens[a.first].begin);
                m.actor_side = perspective.side_of(a.actor->values[0], &side_relative);
                actor_relative = side_relative;
                actor_at = a.first;
                owner_named = true;
                continue;
            }
            if (by != "by" && !genitive_agent && !holder && !from_side) {
                // The side struck at ("уничтожение формирований ВСУ", "hit a
                // Russian base"): where no actor is named, the other side acts.
                const std::string& side = a.actor->values[0];
                // (Not the agent of another event word: "caught fire after a
                // Ukrainian drone attack".)
                // ("was injured when a Russian drone dropped explosives": a clause of its own.)
                static constexpr std::string_view apart[] = {"after", "following", "amid", "during", "before", "with", "when", "while",
                                                             "коли", "когда",
                                                             "from", "in", "near", "despite", "після", "после", "від",
                                                             "от", "з", "с", "під", "под", "у", "в", "біля", "поблизу",
                                                             "возле", "около"};
                // (A strike's target may be a longer noun phrase whose owner comes
                // last: "уражено пункт управління БпЛА противника".)
                const std::size_t reach = basis->claim == "struck" ? 8 : 3;
                bool object = a.first <= basis->last + reach && !(a.last < se && triggers_.match_at(tokens, a.last, se, s.lemmas));
                for (std::size_t w = basis->last; w <= a.first && object; ++w)
                    object = !clause_break(tokens[w]) &&
                             (w == a.first || std::find(std::begin(apart), std::end(apart), tokens[w].key) == std::end(apart));
                // (Only of strikes and attacks: "перейшло під контроль російських
                // військ" names who holds it.)
                if (basis->claim != "struck" && basis->claim != "attacked") object = false;
                // The side stopped or repelled attacked ("зупиняємо ворога", "stopped the enemy").
                if (object && basis->claim == "attacked" && repelling(s, basis->first)) {
                    if (!m.actor_side && side != "SUBJECT") {
                        m.actor = text.substr(tokens[a.first].begin, tokens[a.last - 1].full_end - tokens[a.first].begin);
                        m.actor_side = perspective.side_of(side, &side_relative);
                        actor_relative = side_relative;
                        actor_at = a.first;
                    }
                    continue;
                }
                // The side driven out of a place lost it: "pushed the enemy out
                // of X", "expelled Russian troops from X", "выбили ВСУ из X",
                // "took X from Russian forces".
                if (basis->claim == "captured" && a.first <= basis->last + 3) {
                    static constexpr std::string_view out[] = {"out", "from", "из", "з", "із", "от", "від"};
                    auto ousting = [&](std::string_view w) {
                        return std::find(std::begin(out), std::end(out), w) != std::end(out);
                    };
                    object = ousting(by) || (a.last < se && ousting(tokens[a.last].key));
                }
                if (object) note_target(a);
                // A side word inside the event phrase is whose the place is
                // ("знову український", "Ukrainian again"), unless driven out.
                if (object || a.first >= basis->last || basis->claim != "captured") continue;
            }
        }
        // (Equipment and sites are struck; they never act.)
        if (a.target_only) continue;
        // "Russia says its forces took X", "Kyiv said its troops repelled":
        // the forces are those of the side word nearest before them (actors.tsv).
        std::string side = a.actor->values[0];
        if (side == "SUBJECT") {
            side.clear();
            for (std::size_t q = a.first; q > sb && side.empty(); --q)
                if (auto named = actors_.match_at(tokens, q - 1, q, s.lemmas)) side = named->entry->values[0];
            if (side.empty()) continue;
        }
        long d = std::labs(static_cast<long>(a.first) - static_cast<long>(anchor));
        if (!owner_named && (!m.actor || d < actor_distance)) {
            m.actor = text.substr(tokens[a.first].begin, tokens[a.last - 1].full_end - tokens[a.first].begin);
            m.actor_side = perspective.side_of(side, &side_relative);
            actor_relative = side_relative;
            actor_distance = d;
            actor_at = a.first;
        }
    }
    bool actor_adjacent = false;
    if (basis) {
        // "Ukraine's incursion", "Russia's offensive", "27 Russian attacks":
        // a side word right before the trigger names who acts.
        // (The name itself is no actor of its own event: "Kyiv targeted in a strike".)
        // (Not before an event phrase that opens with a preposition: "between
        // Russia and Ukraine for control of the town" names both sides.)
        static constexpr std::string_view prepositions[] = {"for", "of", "in", "on", "at", "to", "with", "under", "into", "over"};
        const bool opens_with_preposition =
            std::find(std::begin(prepositions), std::end(prepositions), tokens[basis->first].key) != std::end(prepositions);
        // (Nor before an event word that names what is hit: "struck Ukrainian
        // manpower near Sumy" names the side struck.)
        const bool names_target = std::any_of(actors.begin(), actors.end(), [&](const ActorPhrase& a) {
            return a.target_only && a.first < basis->first && a.last > basis->first;
        });
        for (std::size_t q = basis->first >= sb + 2 ? basis->first - 2 : sb; q < basis->first && !names_target; ++q)
            // (Not across a comma: "in eastern Ukraine, taking control of X".)
            if ((tokens[q].possessive || (q + 1 == basis->first && !opens_with_preposition)) && !(q >= e.name_first && q < e.name_last) &&
                !clause_break(tokens[q + 1]))
                if (auto a = actors_.match_at(tokens, q, q + 1, s.lemmas); a && a->last == q + 1) {
                    m.actor = text.substr(tokens[q].begin, tokens[basis->last - 1].end - tokens[q].begin);
                    m.actor_side = perspective.side_of(a->entry->values[0], &side_relative);
                    actor_relative = side_relative;
                    actor_adjacent = true;
                    actor_at = q;
                }
        // "Kherson is Ukrainian again", "under Russian control", "знову
        // Україна": a side word inside the phrase of a place taken is whose it is.
        // ("Ізюм – наш": the side word may be the whole phrase. A side's
        // control is whose the place is at any weight: "back under
        // Ukrainian control".)
        const bool of_control = tokens[basis->last - 1].key == "control" || tokens[basis->last - 1].key.starts_with("контрол");
        if (!m.actor_side && !target_side && basis->claim == "captured" && (basis->priority >= 2 || of_control))
            for (std::size_t q = basis->first; q < basis->last && !m.actor_side; ++q)
                if (auto a = actors_.match_at(tokens, q, q + 1, s.lemmas); a && a->last == q + 1) {
                    m.actor = text.substr(tokens[basis->first].begin, tokens[basis->last - 1].end - tokens[basis->first].begin);
                    m.actor_side = perspective.side_of(a->entry->values[0], &side_relative);
                    actor_relative = side_relative;
                    actor_adjacent = true;
                }
        // "повертається під контроль України", "перешёл под контроль ВС РФ",
        // "came under the control of Ukraine": the side named right after the
        // control is whose the place now is.
        if (!m.actor_side && basis->claim == "captured" && basis->last < se) {
            if (of_control) {
                std::size_t q = basis->last;
                if (tokens[q].key == "of" && q + 1 < se) ++q;
                std::string side;
                if (tokens[q].before == Separator::space || q > basis->last) {
                    if (auto a = actors_.match_at(tokens, q, q + 1, s.lemmas); a && a->last == q + 1) side = a->entry->values[0];
                    else if (auto country = claim_words::cyrillic_country_side(tokens[q].key)) side = *country;
                }
                if (!side.empty()) {
                    m.actor = text.substr(tokens[basis->first].begin, tokens[q].end - tokens[basis->first].begin);
                    m.actor_side = perspective.side_of(side, &side_relative);
                    actor_relative = side_relative;
                    actor_adjacent = true;
                }
            }
        }
        // "Russia has massed troops", "Ukraine had reportedly withdrawn":
        // a country or capital opening the clause, with only auxiliaries
        // before the event verb, is its subject.
        if (!m.actor_side) {
            static constexpr std::string_view auxiliaries[] = {"has", "have", "had", "is", "was", "were", "been",
                                                               "reportedly", "also", "again", "now", "since", "then",
                                                               // (an assessment's hedges: "Russia has likely sent troops")
                                                               "likely", "probably", "possibly", "apparently", "allegedly",
                                                               "already", "recently", "just"};
            std::size_t q = basis->first;
            bool be_form = false;
            while (q > sb && basis->first - q < 3 &&
                   std::find(std::begin(auxiliaries), std::end(auxiliaries), tokens[q - 1].key) != std::end(auxiliaries)) {
                const std::string& w = tokens[q - 1].key;
                be_form = be_form || w == "is" || w == "was" || w == "were" || w == "been";
                --q;
            }
            // ("Moscow was attacked by drones": with a be-form before a
            // participle the capital is what the event befell, not its doer.)
            const bool undergone = be_form && !tokens[basis->first].key.ends_with("ing") && basis->claim != "deployed" &&
                                   basis->claim != "withdrew";
            // ("Ukraine's military said Russia had massed troops": or after a
            // verb of saying, opening the clause said.)
            static constexpr std::string_view saying[] = {"said", "says", "say", "claimed", "claims", "reported", "stated",
                                                          "added", "warned", "believes", "that"};
            if (!undergone && q < basis->first && q > sb && tokens[q - 1].capitalised && !tokens[q - 1].cyrillic &&
                (q - 1 == sb || clause_break(tokens[q - 1]) ||
                 (tokens[q - 1].before == Separator::space &&
                  std::find(std::begin(saying), std::end(saying), tokens[q - 2].key) != std::end(saying))))
                if (auto a = actors_.match_at(tokens, q - 1, q, s.lemmas); a && a->last == q) {
                    m.actor = text.substr(tokens[q - 1].begin, tokens[basis->last - 1].end - tokens[q - 1].begin);
                    m.actor_side = perspective.side_of(a->entry->values[0], &side_relative);
                    actor_adjacent = true;
                    actor_at = q - 1;
                }
        }
        // "Russia moved 10,000 troops to X", "Ukraine sent soldiers to
        // Kursk": a country opening the clause with a past-tense verb is
        // the subject of the event words its clause goes on to.
        // (It outranks forces named in another clause: "hit targets of the
        // Russian occupiers," claiming that Ukraine carried out a strike.)
        bool actor_elsewhere = false;
        if (m.actor_side && !actor_adjacent && actor_at < basis->first)
            for (std::size_t q = actor_at + 1; q <= basis->first && !actor_elsewhere; ++q) actor_elsewhere = clause_break(tokens[q]);
        if (!m.actor_side || actor_elsewhere) {
            // ("an additional 10,000 troops": the tokenizer reads a number's comma as a space.)
            std::size_t c0 = basis->first;
            while (c0 > sb && !clause_break(tokens[c0])) --c0;
            static constexpr std::string_view irregular[] = {"sent", "threw", "took", "brought", "hit", "struck",
                                                             "lost", "began", "kept", "made", "put", "fought",
                                                             "led", "held", "won", "drew", "shot"};
            auto past = [&](const Token& t) {
                return !t.capitalised && !t.cyrillic && t.before == Separator::space &&
                       (t.key.ends_with("ed") ||
                        std::find(std::begin(irregular), std::end(irregular), t.key) != std::end(irregular)) &&
                       t.key != "accused" && t.key != "blamed";
            };
            // ("Russia has transferred soldiers", "Russia sends troops": a perfect,
            // or a headline's present, acts too; "Russia says" only speaks.)
            auto present = [&](const Token& t) {
                return !t.capitalised && !t.cyrillic && t.before == Separator::space && t.key.size() > 3 &&
                       t.key.ends_with("s") && !t.key.ends_with("ss") && !t.key.ends_with("us") && t.key != "says" &&
                       t.key != "claims" && t.key != "reports" && t.key != "denies" && t.key != "accuses" && t.key != "blames";
            };
            auto acts = [&](std::size_t k) {
                if (k >= basis->first) return false;
                const std::string& w = tokens[k].key;
                if ((w == "has" || w == "have" || w == "had") && k + 1 < basis->first) return past(tokens[k + 1]);
                // ("Russia is moving more reserves to Kursk": a progressive acts too.)
                if ((w == "is" || w == "are" || w == "was" || w == "were") && k + 1 < basis->first)
                    return tokens[k + 1].key.ends_with("ing") && tokens[k + 1].key.size() > 5 && !tokens[k + 1].capitalised;
                // ("Kyiv rocked by explosions": a headline's passive befalls it.)
                if (k + 1 < s.end && tokens[k + 1].key == "by") return false;
                return past(tokens[k]) || present(tokens[k]);
            };
            // (A country or capital, not an adjective before its noun: "Ukrainian
            // commanders say"; and not an interception: "Ukraine shoots down drones".)
            auto country_noun = [&](std::size_t k) { return !tokens[k].key.ends_with("ian") && !tokens[k].key.ends_with("ean"); };
            // ("claiming that on Tuesday night Ukraine carried out a strike": a
            // country inside the clause, not after a preposition, is a subject too.)
            if (!(tokens[c0].capitalised && acts(c0 + 1)))
                for (std::size_t c = basis->first; c > sb + 1 && c + 6 > basis->first + 1;) {
                    --c;
                    static constexpr std::string_view governed[] = {"in", "on", "at", "to", "from", "of", "against", "with", "by",
                                                                    "for", "into", "across", "over", "the", "and", "than", "as"};
                    if (tokens[c].capitalised && !tokens[c].cyrillic && !tokens[c].sentence_start && country_noun(c) && acts(c + 1) &&
                        std::find(std::begin(governed), std::end(governed), tokens[c - 1].key) == std::end(governed) &&
                        !tokens[c - 1].capitalised) {
                        c0 = c;
                        break;
                    }
                }
            const bool noun = country_noun(c0);
            auto other_event = [&](std::size_t k) {
                auto t = triggers_.match_at(tokens, k, se, s.lemmas);
                return t && t->entry->values[0] != basis->claim;
            };
            if (!event_as_time && c0 + 1 < basis->first && basis->first - c0 <= 8 && tokens[c0].capitalised && !tokens[c0].cyrillic && noun &&
                acts(c0 + 1) && !other_event(c0 + 1) && !claim_words::denial_word(tokens[c0 + 1].key))
                if (auto a = actors_.match_at(tokens, c0, c0 + 1, s.lemmas); a && a->last == c0 + 1) {
                    m.actor = text.substr(tokens[c0].begin, tokens[c0 + 1].end - tokens[c0].begin);
                    m.actor_side = perspective.side_of(a->entry->values[0], &side_relative);
                    actor_relative = false;
                    actor_adjacent = true;
                    actor_at = c0;
                }
        }
        // "Russia accused Ukraine of shelling X", "blamed Kyiv for the
        // strike": the country accused is the one said to act.
        if (basis->first >= sb + 3) {
            const std::size_t c = basis->first - 2;
            const std::string& of = tokens[c + 1].key;
            const std::string& verb = tokens[c - 1].key;
            if ((of == "of" || of == "for") && (verb.starts_with("accus") || verb.starts_with("blam")))
                if (auto a = actors_.match_at(tokens, c, c + 1, s.lemmas); a && a->last == c + 1) {
                    m.actor = text.substr(tokens[c].begin, tokens[c].end - tokens[c].begin);
                    m.actor_side = perspective.side_of(a->entry->values[0], &side_relative);
                    actor_relative = false;
                    actor_adjacent = true;
                }
        }
        // "the city has fallen to Russia", "fell to Russian forces": who it
        // fell to took it. (The event phrase may hold the "to" itself:
        // "Kindrashivka fell to Ukrainian forces".)
        const bool to_inside = basis->last - basis->first >= 2 && tokens[basis->last - 1].key == "to";
        const std::size_t after_to = to_inside ? basis->last : basis->last + 1;
        if (!m.actor_side && basis->claim == "captured" && after_to < se &&
            (to_inside || (basis->last < se && tokens[basis->last].key == "to"))) {
            const std::string& fall = tokens[after_to - 2].key;
            if (fall == "fallen" || fall == "fell" || fall == "falls")
                if (auto a = actors_.match_at(tokens, after_to, se, s.lemmas);
                    a && (a->entry->values[0] == "UA" || a->entry->values[0] == "RU")) {
                    m.actor = text.substr(tokens[a->first].begin, tokens[a->last - 1].end - tokens[a->first].begin);
                    m.actor_side = a->entry->values[0];
                    actor_adjacent = true;
                }
        }
        // "Ukrainian troops repelled attacks": the side named is the
        // defender; the attack is the other side's.
        // ("Отражены контратаки групп ВСУ": a side named after the
        // repelling word is the attacker's, and stays.)
        // (Not of captures: "відбили у ворога Вовчанськ" is a capture
        // by the side that beat the enemy off.)
        // (Nor of ground won back: "відбили кілька позицій" is an advance.)
        const bool fight = basis->claim != "captured" && basis->claim != "advanced";
        bool repelled = false;
        std::size_t repel_at = se;
        // ("beat back a Russian mechanised assault": an article, a side and a
        // kind of attack may stand between, in one clause.)
        for (std::size_t q = basis->first >= sb + 6 ? basis->first - 6 : sb; fight && q <= basis->first; ++q) {
            if (q + 4 < basis->first && std::any_of(tokens.begin() + static_cast<long>(q) + 1,
                                                    tokens.begin() + static_cast<long>(basis->first) + 1,
                                                    [](const Token& t) { return clause_break(t); }))
                continue;
            const bool repel = repelling(s, q);
            if (repel && !repelled) repel_at = q;
            repelled = repelled || repel;
        }
        // ("its troops repelled 54 attacks on the Pokrovsk front, with the
        // heaviest fighting near Kotlyne": the actor found is the subject of a
        // repelling word further back in the sentence; the fighting it tells
        // of is the other side's attack.)
        // (Only where the fighting hangs on the repel as its detail — "with",
        // "including", "зокрема" —, not a verb of its own: "repelled an assault
        // and counterattacked toward X" is the repellers' attack.)
        auto detail_between = [&](std::size_t from, std::size_t to) {
            static constexpr std::string_view details[] = {"with", "including", "especially", "particularly", "mostly",
                                                           "mainly", "зокрема", "особливо", "особенно", "найбільше", "больше", "наиболее"};
            for (std::size_t q = from; q < to; ++q)
                if (std::find(std::begin(details), std::end(details), tokens[q].key) != std::end(details)) return true;
            return false;
        };
        if (fight && !repelled && basis->claim == "attacked" && m.actor_side && actor_at < basis->first)
            for (std::size_t q = actor_at + 1; q < basis->first && q < actor_at + 5; ++q)
                if (repelling(s, q) && detail_between(q + 1, basis->first)) {
                    repelled = true;
                    repel_at = q;
                    break;
                }
        // ("Attacks near X were repelled by Ukrainian forces": the passive
        // repelling word after the attack, in its clause.)
        for (std::size_t q = basis->last; fight && !repelled && q < se && q < basis->last + 6 && !clause_break(tokens[q]); ++q)
            if ((tokens[q - 1].key == "were" || tokens[q - 1].key == "was" || tokens[q - 1].key == "been") && repelling(s, q)) {
                repelled = true;
                repel_at = q;
            }
        // "Ukrainian troops are holding the line in X despite Russian
        // assaults", "наші воїни утримують позиції": holding and
        // defending are the defenders' side of the other side's attack.
        bool holds = false;  // the event word is the holder's own: "hold", "defence of", "outnumbered"
        if (!repelled && basis && basis->claim == "attacked") {
            static constexpr std::string_view holding[] = {"hold", "holding", "holds", "held", "defend", "defending",
                                                           "defends", "defended", "defenders", "defender", "defence", "defense", "outnumbered",
                                                           "maintain", "maintains", "maintaining", "maintained",
                                                           "outgunned", "resist", "resists", "resisting", "resisted", "resistance",
                                                           "cling", "clings", "clinging", "clung"};
            const auto& l = s.lemmas_of(basis->first);
            const bool defends =
                std::find(std::begin(holding), std::end(holding), tokens[basis->first].key) != std::end(holding) ||
                std::any_of(l.begin(), l.end(), [](const std::string& w) {
                    return w == "утримувати" || w == "тримати" || w == "захищати" || w == "обороняти" || w == "удерживать" ||
                           w == "оборона" ||
                           w == "держать" || w == "защищать" || w == "оборонять" || w == "захисник" || w == "защитник" ||
                           w == "опір" || w == "сопротивляться" || w == "сопротивление" || w == "опиратися";
                });
            // ("Our defenders hold X", "Ukraine's hold on X": a side word right
            // before the holding word is the holder too.)
            holds = defends;
            if (defends) {
                repelled = true;
                repel_at = basis->first;
            }
        }
        // "ВСУ потеряли до 200 военнослужащих", "the enemy lost 1,200 troops":
        // the side that lost men is named by the other side's report; it may
        // have attacked or been attacked, so the words do not say who attacked.
        if (basis->claim == "attacked" && m.actor_side && actor_at < basis->first) {
            const auto& l = s.lemmas_of(basis->first);
            const std::string& w = tokens[basis->first].key;
            const bool losing = w == "lost" || w == "losing" || w == "losses" || w == "suffered" || w == "suffering" ||
                                std::any_of(l.begin(), l.end(), [](const std::string& v) {
                                    return v == "втратити" || v == "потерять" || v == "нести" || v == "зазнати" ||
                                           v == "зазнавати" || v == "понести";
                                });
            if (losing) {
                m.actor_side.reset();
                m.actor.reset();
                actor_relative = false;
            }
        }
        // ("were repelled by Ukrainian forces": the agent of the repelling word
        // itself, not of the attack: "repelled an assault by Russian infantry".)
        std::size_t by_at = actor_at;
        while (by_at > sb + 1 && by_at + 3 > actor_at && tokens[by_at - 1].key == "the") --by_at;
        const bool agent_of_passive = actor_at < se && by_at > sb && tokens[by_at - 1].key == "by" &&
                                      (repel_at >= se || (by_at > repel_at && by_at <= repel_at + 2));
        // ("4 enemy attacks were repelled near X": the attacks, not the repellers,
        // are the passive's subject; their side attacked.)
        // ("are holding the line" is no passive.)
        const bool passive_repel = repel_at < se && repel_at > sb && !tokens[repel_at].key.ends_with("ing") &&
                                   (tokens[repel_at - 1].key == "were" || tokens[repel_at - 1].key == "was" ||
                                    tokens[repel_at - 1].key == "been" || tokens[repel_at - 1].key == "are" ||
                                    tokens[repel_at - 1].key == "is");
        if (repelled && (!actor_adjacent || holds) && ((actor_at <= repel_at && !passive_repel) || agent_of_passive) && m.actor_side &&
            (*m.actor_side == "UA" || *m.actor_side == "RU")) {
            m.actor_side = *m.actor_side == "UA" ? "RU" : "UA";
            m.actor.reset();
        }
        // "Ukrainian troops repulsed 23 enemy attacks": "the enemy" after the
        // repelling word is the enemy of the side named as repelling.
        if (repelled && actor_relative && actor_at > repel_at && repel_at < se)
            for (const ActorPhrase& a : actors) {
                const std::string& side = a.actor->values[0];
                if (a.last > repel_at || repel_at - a.last > 2 || in_source(a.first, a.last) || (side != "UA" && side != "RU"))
                    continue;
                m.actor_side = side == "UA" ? "RU" : "UA";
                actor_relative = false;
                m.evidence.actor_basis = "the enemy of the side repelling";
                break;
            }
    }
    if (!m.actor_side && repelled_side && (*repelled_side == "UA" || *repelled_side == "RU")) {
        m.actor_side = *repelled_side;
        actor_relative = repelled_relative;
        m.evidence.actor_basis = "the side driven back";
    }
    // "Russian tanks were destroyed by our drones": where the report does not
    // show whose "ours" are, the side named as the target tells. So it does
    // where the report's side would make "the enemy" strike its own side
    // ("Противник атаковал позиции ВСУ": a Ukrainian writer in Russian).
    if (m.actor_side && actor_relative && target_side && !target_relative && (*target_side == "UA" || *target_side == "RU") &&
        (!perspective.shown() || *m.actor_side == *target_side)) {
        m.actor_side.reset();
        actor_relative = false;
    }
    if (!m.actor_side && target_side && (*target_side == "UA" || *target_side == "RU")) {
        m.actor_side = *target_side == "UA" ? "RU" : "UA";
        m.evidence.actor_basis = "the other side of the one struck at";
    } else {
        target_relative = false;
    }
    // "Ukraine lost Novopavlivka", "Kyiv confirmed the loss of Pokrovsk":
    // the side named lost the place; the other one took it.
    // (Only the loser named before the word, as its subject or owner; a
    // side named elsewhere, "Russian troops advanced after the loss of
    // Avdiivka", tells nothing of who lost it.)
    if (basis && basis->claim == "captured" && m.actor_side && (*m.actor_side == "UA" || *m.actor_side == "RU")) {
        const std::string& w = tokens[basis->first].key;
        if (w == "lost" || w == "loses" || w == "loss") {
            const bool loser = actor_at < basis->first && (w != "loss" || (actor_adjacent && actor_at + 3 >= basis->first));
            if (loser) {
                m.actor_side = *m.actor_side == "UA" ? "RU" : "UA";
                m.evidence.actor_basis = "the other side of the one that lost it";
            } else {
                m.actor_side.reset();
                actor_relative = false;
            }
            m.actor.reset();
        }
    }
    // "The enemy is transferring reserves, Rybar reports": where a source of
    // one side speaks, "the enemy" and "ours" are that source's.
    // (The source's side settles them: no likely side of the place
    // overrides them later, "The enemy attacked near Kupiansk, the Russian
    // defence ministry said.")
    if ((actor_relative || target_relative) && m.actor_side && (*m.actor_side == "UA" || *m.actor_side == "RU") && m.claimant_side &&
        (*m.claimant_side == "UA" || *m.claimant_side == "RU")) {
        if (*m.claimant_side != perspective.side()) {
            m.actor_side = *m.actor_side == "UA" ? "RU" : "UA";
            if (m.evidence.actor_basis.empty()) m.evidence.actor_basis = "'the enemy' or 'ours' of the source quoted";
        }
        actor_relative = false;
    }
    return actor_relative;
}

void ActorReader::likely_side(const SentenceTokens& s, const EventAt& e, bool command_claimant, ReportPerspective& perspective,
                              bool relative, const std::vector<PhraseMatch>& weapons, Mention& m) const {
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t sb = s.begin;
    const Trigger* basis = e.basis;
    // A word of the event phrase opening with one of the stems.
    auto basis_has = [&](std::initializer_list<std::string_view> stems) {
        if (!basis) return false;
        for (std::size_t q = basis->first; q < basis->last; ++q)
            if (starts_with_any(tokens[q].key, stems)) return true;
        return false;
    };
    // No side named, or only "the enemy" in a report whose side no
    // words show: the one the place's country makes likely.
    // "Наші війська звільнили", "наші підрозділи просунулися": in a
    // Ukrainian report "ours" are Ukrainian; but where ours fight
    // ("attacked") they mostly hold against the attacker, whom the
    // place's country makes likely.
    // ("Наші сили продовжують контрнаступ": ours on the offensive attack.)
    // (And ours that attack, in a verb: "наші воїни атакують", "our troops attacked".)
    const bool offensive = basis_has({"counteroffensiv", "offensiv", "counterattack", "контрнаступ", "наступ", "контратак", "штурм",
                                      "атаку", "атакув", "атаков", "attacked", "attacking"});
    // ("the enemy attacked our positions", "противник атаковал": the enemy
    // who attacks is the attacker, whichever side the report is written
    // from; in a report that shows none, the Ukrainian Staff's enemy.)
    bool enemy_attacks = false;
    if (relative && m.actor && basis && *m.claim == ClaimType::attacked) {
        const std::string actor = fold(*m.actor);
        for (std::string_view w : {"enemy", "ворог", "противник", "враг"}) enemy_attacks = enemy_attacks || actor.find(w) != std::string::npos;
        // (Not a counterattack, which is the side's whose ground it is: "Противник пытается контратаковать".)
        enemy_attacks = enemy_attacks &&
                        !basis_has({"counterattack", "counter-attack", "counteroffensiv", "контратак", "контрнаступ", "контрудар"});
    }
    // (Asked only of a side named relative to the report, which has found its perspective.)
    auto ours_known = [&] {
        return enemy_attacks || perspective.shown() || (perspective.by_language() && (*m.claim != ClaimType::attacked || offensive));
    };
    if ((!m.actor_side || (relative && !ours_known())) && m.country && m.claim) {
        const bool liberation = basis_has({"liberat", "freed", "звільн", "визвол", "освобо"});
        // "temporarily occupied Luhansk", "Russian-held Nova Kakhovka": Russia holds it.
        bool occupied = false;
        for (std::size_t q = e.name_first > sb + 3 ? e.name_first - 3 : sb; q < e.name_first; ++q) {
            const std::string& w = tokens[q].key;
            occupied = occupied || w.starts_with("occupied") || w.starts_with("окупован") || w.starts_with("оккупирован") ||
                       ((w == "held" || w == "controlled") && q > sb && tokens[q - 1].key == "russian" &&
                        tokens[q].before == Separator::hyphen);
        }
        // "retook Robotyne", "recaptured a village in the Kursk region":
        // taking back is done by the side whose ground it is.
        bool retaking = false;
        if (basis && (*m.claim == ClaimType::captured || *m.claim == ClaimType::advanced))
            for (std::size_t q = basis->first; q < basis->last; ++q) {
                for (std::string_view stem : {"retak", "retook", "recaptur", "regain", "reclaim", "вернул", "вернут", "повернул",
                                                "повернут", "отвоев", "відвою", "відвоюв"})
                    retaking = retaking || tokens[q].key.starts_with(stem);
                // ("won back", "got back", "took back")
                retaking = retaking || (tokens[q].key == "back" && q > basis->first);
            }
        // "the Kursk incursion", "вторгнення на Курщину", "a raid into the
        // Belgorod region": an incursion is made into the other side's ground.
        const bool incursion = basis_has({"incursion", "вторгнен", "вторжени", "рейд"});
        // "Противник пытается контратаковать у X": a counterattack, too, is
        // the defender's, the side whose ground it is.
        // ("пошуково-ударні дії у Куп'янську", "search-and-strike operations":
        // raids to clear a town are its holder's.)
        const bool counter = *m.claim == ClaimType::attacked &&
                             basis_has({"counterattack", "counter-attack", "counteroffensiv", "контратак", "контрнаступ", "контрудар",
                                        "search", "пошуков", "поисков"});
        // "Противник нанёс удар HIMARS по Донецку", "a Kinzhal hit Kyiv": a
        // weapon only one side fires names the striker. (Weapons of both
        // sides in one sentence name none.)
        auto weapon_side = [&]() -> std::optional<std::string> {
            if (*m.claim != ClaimType::struck || weapons.empty()) return std::nullopt;
            // (A weapon destroyed, or a side's own named, is a target: "A
            // Ukrainian HIMARS launcher was destroyed".)
            if (basis)
                for (std::size_t q = basis->first; q < basis->last; ++q)
                    if (starts_with_any(tokens[q].key, {"destroy", "знищ", "уничтож", "eliminat", "ліквід", "ликвид"})) return std::nullopt;
            std::optional<std::string> side;
            for (const PhraseMatch& w : weapons) {
                if (w.first > sb)
                    if (auto owner = actors_.match_at(tokens, w.first - 1, w.first, s.lemmas)) {
                        // ("Ukrainian HIMARS strike hits the bridge": a side's weapon
                        // named in the strike before the event word is its striker;
                        // elsewhere it is a target or a defence.)
                        if (basis && w.last <= basis->first && w.last < s.end &&
                            starts_with_any(tokens[w.last].key, {"strike", "attack", "удар", "атак"})) {
                            const std::string owner_side = perspective.side_of(owner->entry->values[0]);
                            if (owner_side == "UA" || owner_side == "RU") {
                                if (side && *side != owner_side) return std::nullopt;
                                side = owner_side;
                            }
                        }
                        continue;
                    }
                if (w.last < s.end && starts_with_any(tokens[w.last].key, {"launcher", "system", "battery", "complex", "установк",
                                                                            "комплекс", "пусков", "систем"}))
                    continue;
                if (side && *side != w.entry->values[0]) return std::nullopt;
                side = w.entry->values[0];
            }
            return side;
        };
        // "Ukraine Claims Gains Near Bakhmut", "Russia says troops took X": a
        // side announcing a gain with no one else named made it itself; so
        // with the moves of its own forces ("reserves are being moved to the
        // Kursk region, the ministry said").
        // (A government or command, not a monitor or a blogger: DeepState maps
        // the other side's gains too.)
        // (A town that fell is the other side's gain: "Siversk has fallen, a
        // Ukrainian officer said".)
        bool fall = false;
        if (basis)
            for (std::size_t q = basis->first; q < basis->last; ++q)
                fall = fall || tokens[q].key == "fell" || tokens[q].key == "fallen" || tokens[q].key == "falls";
        const bool own_gain = !m.actor_side && command_claimant && m.claimant_side && (*m.claimant_side == "UA" || *m.claimant_side == "RU") &&
                              (*m.claim == ClaimType::captured || *m.claim == ClaimType::advanced || *m.claim == ClaimType::deployed ||
                               *m.claim == ClaimType::withdrew) &&
                              !retaking && !fall;
        // "штурмові групи вже просунулися до Вербового", "подразделения
        // закрепились": a unit with no side word, gaining ground, is the
        // writer's own in a report whose side its words or language show.
        bool bare_unit = false;
        std::optional<std::string> owner_side;  // "группам противника": the unit's owner, named after it
        // ("артилеристи бригади знищили РСЗО поблизу X", "оператори БпЛА
        // накрили колону": so are gunners and drone crews striking.)
        const bool strike_crews = basis && *m.claim == ClaimType::struck;
        if (basis && (*m.claim == ClaimType::captured || *m.claim == ClaimType::advanced || strike_crews) &&
            (perspective.shown() || perspective.by_language())) {
            std::size_t c0 = basis->first;
            while (c0 > sb && !clause_break(tokens[c0])) --c0;
            for (std::size_t q = c0; q < basis->first && !bare_unit; ++q) {
                bare_unit = tokens[q].cyrillic &&
                            (strike_crews ? starts_with_any(tokens[q].key, {"артилерист", "артиллерист", "оператор", "розрахун",
                                                                            "расчет", "расчёт", "екіпаж", "экипаж"})
                                          : starts_with_any(tokens[q].key, {"штурмов", "підрозділ", "подразделен", "десантник",
                                                                            "бійці", "бойцы"}));
                // ("Штурмовым группам противника удалось закрепиться": the side
                // in the genitive a word or two after the unit owns it.)
                static constexpr std::pair<std::string_view, std::string_view> owners[] = {
                    {"противника", "ENEMY"}, {"ворога", "ENEMY"}, {"врага", "ENEMY"}, {"окупантів", "ENEMY"},
                    {"оккупантов", "ENEMY"}, {"всу", "UA"},     {"зсу", "UA"},      {"рф", "RU"}};
                for (std::size_t o = q + 1; bare_unit && o < basis->first && o <= q + 2 && !owner_side; ++o)
                    for (const auto& [word, side] : owners)
                        if (tokens[o].key == word) owner_side = perspective.side_of(std::string(side));
            }
        }
        if (bare_unit && owner_side && (*owner_side == "UA" || *owner_side == "RU")) {
            m.actor_side = *owner_side;
            m.evidence.actor_basis = "a unit whose side is named after it";
        } else if (bare_unit) {
            m.actor_side = perspective.side();
            m.evidence.actor_basis = strike_crews ? "gunners or drone crews with no side word, in a report written from a side"
                                                     : "a unit with no side word, gaining ground, in a report written from a side";
        } else if (fall && !retaking && *m.claim == ClaimType::captured && (*m.country == "UA" || *m.country == "RU")) {
            // ("Siversk has fallen", whoever says it: a town falls to the
            // other side than the one whose country it is.)
            m.actor_side = *m.country == "UA" ? "RU" : "UA";
            m.evidence.actor_basis = "a town falls to the other side than its country's";
        } else if (own_gain) {
            m.actor_side = *m.claimant_side;
            m.evidence.actor_basis = "the side announcing its own gain or move, no other named";
        } else if (incursion && (*m.country == "UA" || *m.country == "RU")) {
            m.actor_side = *m.country == "UA" ? "RU" : "UA";
            m.evidence.actor_basis = "an incursion is made into the other side's ground";
        } else if ((retaking || counter) && (*m.country == "UA" || *m.country == "RU")) {
            m.actor_side = *m.country;
            m.evidence.actor_basis = counter ? "a counterattack is the defender's, whose ground it is"
                                             : "taking back is done by the side whose ground it is";
        } else if (auto side = weapon_side()) {
            m.actor_side = *side;
            m.evidence.actor_basis = "a weapon only " + *side + " fires";
        } else if (*m.claim == ClaimType::struck && e.district_holder && (*e.district_holder == "RU" || *e.district_holder == "UA")) {
            // ("A strike on Horlivka", "explosions in Melitopol": the district's
            // holder is struck, by the other side.)
            m.actor_side = *e.district_holder == "RU" ? "UA" : "RU";
            m.evidence.actor_basis = "the other side of the one holding the district";
        } else if (auto side = relative && *m.claim == ClaimType::deployed
                                   ? std::nullopt  // ("the enemy is transferring reserves": the report's side decides)
                                   : side_by_geography(*m.claim, *m.country, m.admin1.value_or(""), occupied, m.event_date, liberation)) {
            m.actor_side = *side;
            m.evidence.actor_basis = "the likely side for a place in " + *m.country;
        } else if (liberation && m.claimant_side && (*m.claimant_side == "UA" || *m.claimant_side == "RU")) {
            // Both sides "liberate": a ministry or staff announcing a liberation announces its own.
            m.actor_side = *m.claimant_side;
            m.evidence.actor_basis = "the side of the source that announces the liberation";
        } else if (liberation) {
            // Else the side whose words the report uses, or a Ukrainian report's own.
            if (perspective.shown() || perspective.by_language()) {
                m.actor_side = perspective.side();
                m.evidence.actor_basis = "the side the report is written from";
            } else if (*m.country == "UA" && perspective.language() == Language::ru && basis && tokens[basis->first].cyrillic &&
                       m.event_date && *m.event_date >= Date{std::chrono::year{2024} / 1 / 1}) {
                // ("Освобождён населённый пункт Гнатовка": a Ukrainian town
                // "liberated" in Russian, by nobody named, is the Russian
                // ministry's word since Ukraine's counteroffensives ended; Ukraine
                // says it in Ukrainian, or names its forces. "Освобождено село
                // Андреевка" in 2023 is Ukraine's.)
                m.actor_side = "RU";
                m.evidence.actor_basis = "a Ukrainian town liberated in Russian words";
            } else if (*m.country == "UA" || *m.country == "RU") {
                // ("The village of Robotyne was liberated on 28 August", "the
                // liberation of Neskuchne": a report that shows no side's words
                // calls a town liberated by the side whose country it is; the
                // other side's "liberation" it quotes, and names who claims it.)
                m.actor_side = *m.country;
                m.evidence.actor_basis = "a liberation is the side's whose country it is";
            }
        }
    }
}

}  // namespace frontline
