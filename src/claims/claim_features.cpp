#include "frontline/claims/claim_features.hpp"

#include <algorithm>
#include <span>

#include "claim_words.hpp"
#include "frontline/claims/sentence_reading.hpp"

namespace frontline {

namespace {

// Distances in words, bucketed: a trigger next to the name, in its phrase, in
// its clause, or across the sentence.
std::string_view distance_bucket(std::size_t d) {
    if (d <= 1) return "0";
    if (d <= 3) return "1";
    if (d <= 7) return "2";
    if (d <= 15) return "3";
    return "4";
}

std::string cat(std::string_view a, std::string_view b) {
    std::string s;
    s.reserve(a.size() + b.size());
    s.append(a).append(b);
    return s;
}

}  // namespace

RuleVerdict rule_verdict(const MentionContext& c) {
    if (c.possessive) return {{}, "it owns or acts (a possessive)"};
    if (c.modifier) return {{}, "a name used as an adjective"};
    if (c.speaks) return {{}, "it speaks (an attribution follows)"};
    if (c.war_name) return {{}, "it names the war"};
    // ("Glory to Ukraine!", "Glory to our heroes in Bakhmut": an address's salute.)
    if (c.prev1 == "to" && c.prev2 == "glory") return {{}, "a salute ('Glory to Ukraine')"};
    if (c.compared) return {{}, "a place the event's place is compared with"};
    if (c.not_there) return {{}, "a place it was not ('not in')"};
    if (c.residents_only) return {{}, "its people, in a sentence that tells no event"};
    if (c.heads_places) return {{}, "a district's heading over the places it lists"};
    if (c.qualifies_place) return {{}, "a district or community saying where the place before it lies"};
    if (c.office_seat) return {{}, "where people or an office sit, things were made or the wounded were taken: not where it happened"};
    // ("port infrastructure in the Izmail district, on the Danube", "the
    // first such attack in Siberia", "Danube: drones hit Izmail": a river, a
    // sea or a wide region of the world places what happened; the town or
    // the ship in it was hit.)
    if (c.natural_feature) return {{}, "a sea, river or wide region: where, not what"};
    if (c.distance_ref) return {{}, "a distance reference for another place"};
    if (c.in_appositive) return {{}, "inside the appositive of the event's subject: it only describes it"};
    if (c.approach && c.modality.empty()) return {"advanced", "forces came a distance from it (an approach)"};
    if (!c.modality.empty()) return {{}, "not reported as happened (" + std::string(c.modality) + ")"};
    if (c.deployed_for) return {"deployed", "forces sent there to fight or defend it", true};
    // "Одещина: уламки дрона пошкодили склад", "Kharkiv – explosions in the
    // city centre": a post or a digest line headed by the place it reports on.
    // (A direction's heading is read below, as a sector's: no direction is taken.)
    if (c.heading && c.designator != "direction" && c.nearest && !c.nearest->before && c.nearest->claim != "other" &&
        !c.possessive) {
        // ("ПОКРОВСЬК: ворог намагається зайти в місто": an attempt to take it.)
        if (c.nearest->attempt && (c.nearest->claim == "advanced" || c.nearest->claim == "captured"))
            return {"attacked", "a heading: the place the line reports on, attempted", true};
        // ("Запоріжжя: внаслідок атаки БпЛА пошкоджено будинки": an attack with a weapon is a strike.)
        // ("Kharkiv: two killed after Russian attack": an attack that kills people is one too.)
        if (c.nearest->claim == "attacked" && !c.nearest->ground &&
            (c.instrument_in_clause || c.instrument_in_sentence || (c.civilian_casualties && !c.nearest->attempt)))
            return {"struck", "a heading: the place the line reports on, attacked with a weapon", true};
        return {c.nearest->claim, "a heading: the place the line reports on", true};
    }
    // "from Kursk region", "з Луганської області", "из Брянской области": an origin.
    static constexpr std::string_view origins[] = {"from", "з", "із", "зі", "від", "из", "от", "со"};
    bool origin = false;
    for (std::string_view o : origins) origin = origin || c.prev1 == o || (c.prev1 == "the" && c.prev2 == o);
    origin = origin || c.from_list || c.from_afar;
    // ("продвинулись на запад от Авдеевки", "на південь від Покровська": a
    // bearing from the place, not where something came from.)
    // (Compounds split at their hyphen: "северо-запад" ends in "запад".)
    static constexpr std::string_view compass_points[] = {"запад", "восток", "север", "юг", "захід", "схід", "північ", "південь"};
    if ((c.prev1 == "от" || c.prev1 == "від") &&
        std::find(std::begin(compass_points), std::end(compass_points), c.prev2) != std::end(compass_points))
        origin = false;
    // "из-под Торецка", "з-під Покровська": from near a place.
    origin = origin || ((c.prev1 == "под" || c.prev1 == "під") && (c.prev2 == "из" || c.prev2 == "з" || c.prev2 == "із"));
    // "from Ryazan to Volgograd", "від Харкова до Одеси": a range spans the places hit.
    // ("moved from Pokrovsk to shore up defences": a purpose after "to" is no range.)
    // ("redeployed from Kursk to the Belgorod region": a force moved goes
    // from one place to the other, the first only left.)
    const bool moved = c.nearest && (c.nearest->claim == "deployed" || c.nearest->claim == "withdrew");
    if ((c.next1 == "to" || c.next1 == "до") && (c.next2 == "#C" || c.next2 == "the") && !moved) origin = false;
    // ("the death toll from the Ternopil strike", "injured from the Sumy
    // attack": a place naming the strike after it is the strike's, no origin.)
    static constexpr std::string_view strike_nouns[] = {"strike", "strikes", "attack", "attacks", "shelling", "bombing", "blast",
                                                        "explosion", "missile", "drone"};
    if (c.prev1 == "from" || (c.prev1 == "the" && c.prev2 == "from"))
        if (std::find(std::begin(strike_nouns), std::end(strike_nouns), c.next1) != std::end(strike_nouns)) origin = false;
    // ("с аэродрома Моздок", "з аеродрому Оленья", "from the Engels airfield"
    // is where the bombers took off.)
    static constexpr std::string_view airfields[] = {"аэродром", "аеродром", "airfield", "airbase", "база", "base"};
    static constexpr std::string_view from_words[] = {"с", "з", "із", "из", "from", "со"};
    if (std::find(std::begin(airfields), std::end(airfields), c.prev1) != std::end(airfields) &&
        std::find(std::begin(from_words), std::end(from_words), c.prev2) != std::end(from_words))
        origin = true;
    // "from the directions of Millerovo, Oryol and Bryansk", "from the area of X".
    origin = origin || c.from_direction;
    // "a train heading to Crimea", "took residents back to Russia", "fled to
    // Poland": where people or goods went, not where anything happened.
    static constexpr std::string_view motions[] = {"heading", "headed", "back", "fled", "fleeing", "evacuated", "taken", "brought",
                                                   "deported", "returned", "returning", "home", "bound"};
    // ("our flag returned to Vovchansk": a capture word a few words before
    // "returned to" makes the return the capture.)
    const bool flag_returned = (c.prev2 == "returned" || c.prev2 == "returning") && c.nearest && c.nearest->before &&
                               c.nearest->claim == "captured" && c.nearest->distance <= 4;
    if ((c.prev1 == "to" || c.prev1 == "for") && !flag_returned)
        for (std::string_view m : motions)
            if (c.prev2 == m) return {{}, "a destination ('" + c.prev2 + " to')", false, true};
    // "отошли из Дзержинска в направлении Щербиновки", "pulled back towards
    // Kostiantynivka": where a withdrawing side went is no place it left.
    // ("abandoned the town, retreating toward Gogolevka under fire", "уходил
    // из Угледара в сторону Богоявленки": a withdrawal in the clause, a
    // bearing before the name, whatever event word stands nearer.)
    // (Cyrillic words come as lemmas: "в сторону" is "сторона".)
    static constexpr std::string_view bearings[] = {"toward", "towards", "направление", "напрямок", "сторона", "бік", "к", "до", "to"};
    static constexpr std::string_view headings[] = {"toward", "towards", "направление", "напрямок", "сторона", "бік"};
    const bool withdrawal_in_clause =
        std::find(c.clause_claims.begin(), c.clause_claims.end(), std::string_view("withdrew")) != c.clause_claims.end();
    for (std::string_view b : bearings) {
        const bool bearing = c.prev1 == b || (c.prev1 == "the" && c.prev2 == b);
        if (!bearing) continue;
        if (c.nearest && c.nearest->claim == "withdrew" && c.nearest->before) return {{}, "where the withdrawing side went", false, true};
        if (withdrawal_in_clause && std::find(std::begin(headings), std::end(headings), b) != std::end(headings))
            return {{}, "where the withdrawing side went", false, true};
    }
    // "retreating toward the border with the Sumy region": the land across a border.
    if (c.across_border) return {{}, "the land across a border"};
    if (c.linked_end) return {{}, "an end of what a road or a bridge links"};
    // "the capture of Chasiv Yar as the key to Kramatorsk", "a gateway to
    // Zaporizhzhia": what a place taken opens the way to is a goal.
    // ("cut the road to Chasiv Yar near Khromove": the road's end is no place of the event.)
    static constexpr std::string_view goals[] = {"key", "gateway", "springboard", "stepping-stone", "stone", "door", "doorway",
                                                 "road", "highway", "motorway", "route"};
    // ("on the road between Krasnoarmeysk and Dimitrov": the road's ends.)
    static constexpr std::string_view ways[] = {"road", "highway", "motorway", "route", "railway"};
    for (std::string_view w : ways)
        if (c.prev1 == "between" && c.prev2 == w) return {{}, "an end of a road", false, true};
    // ("бежит из Суджи по единственной дороге на Юнаковку", "трасса на
    // Купянск": where a road leads is no place of the event on it.)
    static constexpr std::string_view cyrillic_ways[] = {"дорога", "трасса", "траса", "шосе", "шоссе", "шлях", "путь"};
    for (std::string_view w : cyrillic_ways)
        if (c.prev1 == "на" && c.prev2 == w) return {{}, "where a road leads", false, true};
    if (c.prev1 == "to" || c.prev1 == "for")
        for (std::string_view g : goals)
            if (c.prev2 == g) return {{}, "a goal ('" + c.prev2 + " to')", false, true};
    // "a platoon commander from Zaporizhzhia", "a volunteer from Kharkiv": where a
    // person comes from, whatever the sentence's event.
    static constexpr std::string_view people[] = {"commander", "soldier", "soldiers", "officer", "volunteer", "volunteers",
                                                  "resident", "residents", "native", "man", "woman", "refugee", "refugees",
                                                  "journalist", "teacher", "nurse", "doctor", "family", "families", "sergeant",
                                                  "medic", "driver", "student", "mother", "father", "boy", "girl"};
    if (c.prev1 == "from")
        for (std::string_view w : people)
            if (c.prev2 == w) return {{}, "where a person comes from", false, true};

    // "withdrew from Kherson", "dislodge our units from X", "pushed out of X": the locus.
    // ("trying to counterattack from Kucherivka": where an attack comes from,
    // the word of attacking right before "from", is an origin.)
    static constexpr std::string_view attacking[] = {
        "attack", "attacks", "attacked", "attacking", "counterattack", "counterattacks", "counterattacked", "counterattacking",
        "assault", "assaults", "advance", "advanced", "advancing", "атаковать", "атакувати", "контратаковать",
        "контратакувати", "наступать", "наступати", "штурмовать", "штурмувати"};
    const bool attacks_from = std::find(std::begin(attacking), std::end(attacking), c.prev2) != std::end(attacking);
    const bool away = c.away_from ||
                      (c.nearest && (c.nearest->claim == "withdrew" || c.nearest->claim == "captured" ||
                                     (c.nearest->claim == "attacked" && !attacks_from)));
    // ("attacked with 67 drones from the directions of Kursk and Millerovo":
    // the weapons' origin stays one whatever the event word.)
    // ("advanced from Zolote and Hirske, which fell earlier in the week": the
    // clause after the origin tells its own event.)
    if (origin && !c.described_by.empty())
        return {c.described_by, "told of by the relative clause after it", false, false, false, true};
    if (origin && (!away || c.from_direction))
        return {{}, c.from_list && !c.from_direction ? std::string("an origin (an item of a list after 'from')")
                                                      : "an origin ('" + c.prev1 + "')"};
    if (c.fired_from_near) return {{}, "places where the fire came from ('from … near')"};
    // "Kotovo near Novgorod": only a landmark, unless the event word follows it.
    if (c.landmark && !(c.nearest && !c.nearest->before && c.nearest->distance <= 1))
        return {{}, "a landmark placing another place or a named target"};
    // "the governor of Kursk region", "the capital of Ukraine": an office or
    // a title names the place, no event does ("areas of Kyiv were hit" does).
    static constexpr std::string_view titles[] = {"governor", "mayor", "head", "president", "minister", "chief",
                                                  "commander", "leader", "capital", "embassy", "ambassador",
                                                  "government", "parliament", "authorities", "officials", "people"};
    for (const auto& [of, title] : {std::pair{c.prev1, c.prev2}, std::pair{c.owner_prev1, c.owner_prev2}})
        if (of == "of" && !c.locus && !c.named_again)
            for (std::string_view w : titles)
                if (title == w) return {{}, "an office's place ('" + title + " of')"};
    // "Belgorod governor reports shelling", "Kharkiv mayor Ihor Terekhov":
    // the place names the office before its title.
    static constexpr std::string_view offices[] = {"governor", "mayor", "officials", "authorities", "administration",
                                                   "police", "prosecutor", "prosecutors", "council", "governors"};
    // ("Bryansk Governor Alexander Bogomaz": the title capitalised before a
    // name, which next1 reads as "#C"; next1_form keeps the word.)
    // (A list's seeming item too: "near Kupiansk, Kharkiv city council officials said".)
    // ("..., governor says": a comma parts the place from the title after it.)
    if ((!c.locus || c.list_item) && !c.object && !c.next1_apart) {
        for (const std::string* next : {&c.next1, &c.next1_form})
            if (std::find(std::begin(offices), std::end(offices), *next) != std::end(offices))
                return {{}, "an office's place ('" + *next + "')", false, false, true};
        // ("the Donetsk regional governor said", "Kherson city council": the
        // office's level stands between the place and its title.)
        // ("the Sumy regional military administration": a level's kind of
        // administration, military or state, says the title follows.)
        static constexpr std::string_view levels[] = {"regional", "oblast", "region", "city", "military", "district"};
        static constexpr std::string_view kinds[] = {"military", "state", "civil", "civilian"};
        if (std::find(std::begin(levels), std::end(levels), c.next1_form) != std::end(levels) &&
            (std::find(std::begin(offices), std::end(offices), c.next2) != std::end(offices) ||
             (c.next1_form != "military" && std::find(std::begin(kinds), std::end(kinds), c.next2) != std::end(kinds))))
            return {{}, "an office's place ('" + c.next1_form + " " + c.next2 + "')", false, false, true};
    }
    // Ukrainian and Russian say it with the genitive alone: "мера Мелітополя",
    // "губернатора Курской области" (the title as its dictionary form).
    static constexpr std::string_view cyrillic_titles[] = {
        "мер",       "мэр",       "губернатор", "голова",       "глава",        "президент", "міністр",
        "министр",   "посол",     "посольство", "столиця",      "столица",      "уряд",      "правительство",
        "керівник",  "руководитель", "керівництво", "руководство", "очільник",   "командувач", "командующий"};
    if (!c.locus)
        for (std::string_view w : cyrillic_titles)
            if (c.prev1 == w) return {{}, "an office's place ('" + c.prev1 + "')"};
    // "Сумський міський голова", "Запорізький губернатор Федоров", "белгородский
    // губернатор": the place's adjective before the office's level and title.
    // (A person's title only: "у Дніпровському районі столиці" is the capital's district.)
    static constexpr std::string_view cyrillic_levels[] = {"міський", "обласний", "районний", "городской", "областной", "районный"};
    static constexpr std::string_view person_titles[] = {"мер",    "мэр",       "губернатор", "голова",   "глава",
                                                         "міністр", "министр",  "керівник",   "руководитель", "очільник",
                                                         "командувач", "командующий"};
    // (Only its adjective: "У Харкові мер Терехов повідомив про влучання" is Kharkiv hit.)
    if (!c.object && !c.next1_apart && c.adjective_name &&
        (std::find(std::begin(person_titles), std::end(person_titles), c.next1) != std::end(person_titles) ||
         (std::find(std::begin(cyrillic_levels), std::end(cyrillic_levels), c.next1) != std::end(cyrillic_levels) &&
          std::find(std::begin(person_titles), std::end(person_titles), c.next2) != std::end(person_titles))))
        return {{}, "an office's place ('" + c.next1 + "')", false, false, true};
    // "In the Siversk direction, Russian forces are consolidating ...": a
    // sector heading takes its sentence's fighting: a capture or an advance
    // on a direction is fighting along it, not the direction taken.
    if (c.designator == "direction" && c.nearest && c.nearest->claim != "other") {
        // "massing infantry units on the Zaporizhzhia front and conducting
        // reconnaissance by combat": forces massed along a front are deployed there.
        // ("concentrating its main efforts on the Pokrovsk direction": efforts
        // massed are attacks, told by the nearer, stronger word.)
        const bool efforts = c.nearest->claim == "attacked" && c.nearest->priority >= 3;
        if (!efforts && std::find(c.clause_claims.begin(), c.clause_claims.end(), "deployed") != c.clause_claims.end())
            return {"deployed", "forces massed or moved along a sector"};
        // ("Авдеевское направление: подразделения продолжают наступление": a
        // channel's line headed by its sector is sure of it.)
        for (std::string_view s : c.sentence_claims)
            if (s == "attacked" || s == "captured" || s == "advanced" || s == "withdrew")
                // (Sure where its clause's event word governs it: "advanced in the
                // Pokrovsk and Huliaipole directions".)
                return {"attacked", "a sector heading of a sentence with fighting",
                        c.heading || (c.nearest->before && c.nearest->same_clause && c.nearest->distance <= 6)};
        return {c.nearest->claim, "a sector heading"};
    }
    const MentionContext::Trigger* t = nullptr;
    if (c.clause_nearest) t = &*c.clause_nearest;
    else if (c.nearest && (c.nearest->distance <= 12 || c.locus || c.list_item)) t = &*c.nearest;
    // "The plant near Tver, a refinery in Moscow and two depots were hit":
    // a passive event word after a list is said of every item.
    else if (c.nearest && c.nearest->passive && !c.nearest->before) t = &*c.nearest;
    if (!t) {
        // "Kharkiv and the region." after a sentence about shelling.
        // ("Окупанти обстрілювали наші міста. Харків. Чернігів.": a list of
        // names goes on with the sentence before rather than heading the next.)
        if (!c.nearest && c.fragment && !c.finite_verb)
            for (std::string_view p : c.previous_claims)
                if (p != "other") return {p, "a fragment continuing the sentence before"};
        // (A sector's heading over a capture, an advance or a withdrawal names
        // the fighting along it: "Запорожское направление" over "освободили X".)
        if (!c.nearest && !c.heads_next.empty() && c.designator == "direction" &&
            (c.heads_next == "captured" || c.heads_next == "advanced" || c.heads_next == "withdrew"))
            return {"attacked", "a sector's heading over the fighting told under it"};
        if (!c.nearest && !c.heads_next.empty())
            return {c.heads_next, c.taken_up ? "taken up by the next sentence ('it', 'the town')"
                                             : "named alone before the sentence that tells what happened there"};
        // "Geranis hit X. Our UAVs also operated in Y.": the same forces go on acting.
        if (!c.nearest && c.continues)
            for (std::string_view p : c.previous_claims)
                if (p != "other") return {p, "forces acting on from the sentence before"};
        if (!c.nearest && c.names_unnamed)
            for (std::string_view p : c.previous_claims)
                if (p != "other") return {p, "names the places the sentence before left unnamed"};
        if (!c.nearest) return {{}, "the event word is in the sentence before, and this one is no fragment"};
        return {{}, "the event word is in another clause, far away"};
    }
    // (Its list shares it: "evacuation from Kherson to the Mykolaiv, Odesa and
    // Kirovohrad regions, citing damaged infrastructure".)
    if (t->claim == "other") return {{}, "an event that is no map claim (interception, evacuation)", false, true};
    // ("Bilohorivka, Luhansk Oblast | Armed clash | ...": the row says what happened at its place.)
    if (c.row_event && t->claim != "none") return {t->claim, "its table row's event type", true};
    // "troops fighting in the much larger battle of Sievierodonetsk", "victory
    // in the battle of Pokrovsk": fighting told of a battle's name is the
    // battle's, the name no event place (a capture told of it still is).
    if (t->claim == "attacked" && c.prev1 == "of" && (c.prev2 == "battle" || c.prev2 == "battles"))
        return {{}, "the name of a battle"};
    // ("Air defences repelled a drone attack on Sevastopol", "the Kiev regime
    // attempted to attack the Bryansk region with 32 drones; all of them were
    // destroyed"): an air attack foiled whole hit nothing there.
    if (c.foiled_air_attack && (t->claim == "attacked" || t->claim == "struck"))
        return {{}, "an air attack foiled, nothing told hit (an interception)"};
    // "Група ударних БпЛА з Сумщини курсом на Полтавщину", "Ракета над Кривим
    // Рогом, рухається в бік Дніпра": an air-raid channel tracks weapons on
    // their way; where they fly, nothing has been hit yet.
    if (c.weapons_in_flight && t->claim == "struck" && t->priority == 0) return {{}, "weapons on their course, nothing told hit"};
    // "ЗСУ відбили Роботине", "ВСУ отбили Работино": a place, not an attack,
    // as what was beaten back is a place retaken.
    // (Not a retaking only tried: "Росіяни намагаються відбити Роботине" is an attack.)
    if (c.retaken && t->claim == "attacked" && t->before && t->same_clause && !t->attempt)
        return {"captured", "the object of a retaking", true};
    // A country is a locus only where an event word governs it closely
    // ("attacks on Ukraine", "drones into Russia"); otherwise it acts,
    // speaks or holds the places that are ("Russia launched", "in eastern Ukraine").
    if (c.kind == "country" && !(t->same_clause && (c.locus || c.object)))
        return {{}, "a country the event word does not govern"};
    // ("the town of Toretsk (known in Russia by its Soviet-era name)", "what is
    // called in Ukraine the Kupiansk axis": where a name is used, not a place of the event.)
    if (c.prev1 == "in" && (c.prev2 == "known" || c.prev2 == "called" || c.prev2 == "named")) return {{}, "where a name is used ('known in')"};
    // "an engagement between Russia and Ukraine": the parties, not a place.
    if (c.kind == "country" && c.prev1 == "between") return {{}, "a party ('between')"};
    // "the fight against Russia": a country after "against" is the enemy, not a place.
    // ("strikes against Ukraine": after an attack word the country is the target.)
    if (c.kind == "country" && c.prev1 == "against" && !c.prev2.starts_with("strike") && !c.prev2.starts_with("attack"))
        return {{}, "an opponent ('against')"};
    // "everyone who fights for Ukraine", "died for Russia": a cause, not a battlefield
    // (a town fought for is one: "the fight for Bakhmut").
    if (c.kind == "country" && c.prev1 == "for") return {{}, "a cause ('for')"};
    // "Moscow uses troops", "Pyongyang deploying troops": a capital acts for
    // its government unless an event word governs it as a place.
    const bool verb_after = !c.next1.empty() && c.next1 != "#C" && c.next1 != "#D" && c.next1 != "of" && c.next1 != "and" &&
                            c.next1 != "region" && c.next1 != "oblast" && c.next1 != "in" && c.next1 != "on";
    // ("Kyiv was rocked by explosions", "Moscow came under drone attack",
    // "Москва подверглась атаке": what befalls a capital befalls the city.)
    static constexpr std::string_view undergoing[] = {"was", "were", "came", "comes", "подверглась", "подвергся",
                                                      "подвергается", "зазнала", "зазнав", "зазнає", "опинився", "опинилася",
                                                      "оказалась", "оказался",
                                                      // (Cyrillic words come as lemmas.)
                                                      "подвергнуться", "подвергаться", "зазнати", "зазнавати", "опинитися",
                                                      "оказаться", "потрапити", "попасть"};
    // ("Київ атакували ракетами", "Киев обстреливают": a plural verb after a
    // city's name has others for its subject; the city is what they hit.)
    const std::string_view f = c.next1_form;
    const bool plural_verb_after = !f.empty() && static_cast<unsigned char>(f.front()) >= 0x80 &&
                                   (f.ends_with("ли") || f.ends_with("ють") || f.ends_with("ют") || f.ends_with("ять") ||
                                    f.ends_with("ят"));
    const bool undergoes = std::find(std::begin(undergoing), std::end(undergoing), c.next1) != std::end(undergoing) ||
                           ((c.next1 == "has" || c.next1 == "had") && c.next2 == "been") || plural_verb_after ||
                           // (a headline's passive: "Kyiv rocked by explosions", "Kharkiv hit by glide bombs")
                           (c.next2 == "by" && c.next1 != "#C") ||
                           // ("Kyiv without heating after overnight strikes", "Київ без світла": the city's plight)
                           c.next1 == "without" || c.next1 == "без";
    // ("in Desnianskyi district of Kyiv after a drone hits": a part of the
    // capital is ground, not its government.)
    // ("На юге Москвы обломки дрона", "У передмісті Києва": a Cyrillic
    // part or side of it, the capital in the genitive after it.)
    static constexpr std::string_view sides_of_town[] = {"юг", "север", "запад", "восток", "центр", "пригород", "південь",
                                                         "північ", "захід", "схід", "передмістя", "околиця", "окраина",
                                                         "передместье", "район"};
    const bool part_of = (c.prev1 == "of" && claim_words::town_part_noun(c.prev2)) || claim_words::cyrillic_town_part(c.prev1) ||
                         std::find(std::begin(sides_of_town), std::end(sides_of_town), c.prev1) != std::end(sides_of_town);
    // ("Kyiv, Dnipro, Odesa and Lviv – our cities came under fire": a capital
    // heading a list of names is one town among them.)
    if (c.capital && !(c.locus || c.object) && !t->before && !t->passive && !undergoes && !part_of && !c.heads_list &&
        (c.clause_initial || verb_after))
        return {{}, "a capital acting for its government"};
    if (c.seat && !c.object && !(t->passive && !t->before)) return {{}, "a seat of government"};
    // "Britain hits Russia with sanctions": the words of politics and trade.
    // (Not where people were killed or wounded: "traded accusations over an
    // attack on a market that killed 17" is the attack.)
    if (c.civil_in_clause && !c.civilian_casualties) return {{}, "words of politics, trade or a past war"};
    // "a fire at a notorious prison in Iran": a fire or a blast far from the
    // war, with no weapon named, is an incident (development gold: `other`).
    if (t->claim == "struck" && t->incident && c.outside_war && !c.instrument_in_sentence)
        return {{}, "a fire or blast outside the war's countries, no weapon named"};
    // "used drones to attack the base": an attack with a weapon is a strike.
    // (Not a storming: "намагалися штурмувати X з підтримкою артилерії" is fought on the ground.)
    if (t->claim == "attacked" && !t->ground && t->priority <= 1 && c.instrument_in_clause)
        return {"struck", "an attack with a weapon"};
    // ("ВСУ атаковали Грайворон, повреждены дома", "Ворог атакував Білопільську
    // громаду, знеструмлено абонентів": a town attacked whose homes and
    // power lines were hit was hit from afar; an assault takes positions.)
    // (So is one "on" it: "Атака на Слов'янськ: пошкоджено школу".)
    if (t->claim == "attacked" && !t->ground && !t->attempt && t->priority <= 2 && c.property_damage &&
        (c.object || c.prev1 == "на" || c.prev1 == "on"))
        return {"struck", "an attack that damaged homes or power"};
    // "the Yavoriv base was attacked", "an attack on the refinery": troops
    // storm towns; a base, a plant or a depot is attacked from the air.
    // (Troops that storm a port or a plant fight on the ground: "stormed Mariupol's port".)
    if (t->claim == "attacked" && !t->ground && (c.kind == "facility" || c.names_facility)) return {"struck", "an attack on a facility"};
    if (t->claim == "attacked" && !t->ground && c.facility_object) return {"struck", "an attack on a facility in it"};
    // (A situation that stays difficult there, priority 0, is no attack from the air.)
    // ("In Kyiv, at least five people were killed and 120 injured in the
    // attack": where the city is the locus of the dead, no doubt is left.)
    if (t->claim == "attacked" && t->priority == 1 && c.behind_the_front && !t->ground)
        return {"struck", "an attack on a city behind the front", c.locus && c.civilian_casualties};
    // "окупанти 14 разів атакували Запорізький район", "Russia attacked the
    // Sumy region 112 times": troops attack towns and positions; a region or a
    // district attacked as a whole is shelled or struck from the air.
    if (t->claim == "attacked" && t->priority == 1 && c.object && c.region_in_air_war && !t->ground && !t->attempt)
        return {"struck", "an attack on a whole region or district"};
    // "one resident of Toretsk was killed in attacks", "атака на Херсон: загинула
    // жінка": attacks that kill or wound civilians come from the air or the guns.
    if (t->claim == "attacked" && t->priority <= 1 && c.civilian_casualties && !t->ground && !t->attempt)
        return {"struck", "an attack that killed or wounded civilians", c.locus};
    if (t->attempt && (t->claim == "advanced" || t->claim == "captured")) return {"attacked", "an attempt to advance or take it"};
    // "the whole of the Lugansk region had been brought under control": a
    // capture of a place as a whole leaves no doubt, a region too.
    if (t->claim == "captured" && t->same_clause && c.as_a_whole && c.modality.empty() && !t->attempt)
        return {"captured", "taken as a whole", true};
    // "Volchansk, in the north of the region, had been taken": the subject of a
    // passive event word past an appositive between commas.
    if (c.subject && !t->before && t->passive && !t->same_clause && t->claim != "other" && c.modality.empty())
        return {t->claim, "the subject of its event word, past an appositive", true};
    // "crossed the border into the Kursk region", "pushed 10 km into the Sumy
    // region": what a ground advance went into is where it advanced, a region too.
    const bool into = c.prev1 == "into" || (c.prev1 == "the" && c.prev2 == "into");
    if (t->claim == "advanced" && t->before && t->same_clause && into && t->distance <= 6 && c.modality.empty())
        return {"advanced", "where an advance went into", true};
    // "entered the private sector on the outskirts of Toretsk", "зайшли на
    // околиці Покровська": taking the edge of a town is an advance into it.
    static constexpr std::string_view edges[] = {"outskirts", "edge", "околиця", "окраина", "околица", "окраїна"};
    if (t->claim == "captured" && t->before)
        for (std::string_view e : edges)
            if ((c.prev1 == "of" && c.prev2 == e) || c.prev1 == e) return {"advanced", "the edge of it taken: an advance into it"};
    // "raised a flag over a building in northern Vovchansk", "seized
    // positions in eastern Toretsk": a quarter of a town named by its side
    // is a part of it taken.
    static constexpr std::string_view quarters[] = {"northern", "southern", "eastern", "western", "northeastern", "northwestern",
                                                    "southeastern", "southwestern", "central", "downtown"};
    // (A country's or a region's side is where the town taken lies: "in eastern Ukraine".)
    if (t->claim == "captured" && t->before && c.kind != "country" && c.kind != "admin1" && c.kind != "admin2" &&
        std::find(std::begin(quarters), std::end(quarters), c.prev1) != std::end(quarters))
        return {"advanced", "a quarter of it taken: an advance into it"};
    // "Russian forces have entered the Dnipropetrovsk region", "зайшли на
    // Сумщину": a region or a country entered is advanced into, not taken.
    if (t->claim == "captured" && t->entering && (c.kind == "admin1" || c.kind == "admin2" || c.kind == "country"))
        return {"advanced", "a region entered: an advance into it"};
    // "took part of Siversk", "seized positions near Kupiansk", "заняли опорные
    // пункты под Северском": a part of a town, or ground by it, is an advance.
    static constexpr std::string_view parts[] = {"part", "parts", "half", "positions", "position", "stronghold", "strongholds",
                                                 "most", "much", "percent", "cent", "#D", "quarter", "third", "district",
                                                 "districts", "block", "blocks", "section", "sections", "neighbourhood",
                                                 "neighborhood", "zone", "suburb", "suburbs", "centre", "center",
                                                 "microdistrict", "ground", "territory", "land", "kilometres", "kilometers", "km",
                                                 "частина", "часть", "половина", "позиція", "позиция", "пункт",
                                                 // ground the fighting is for: "a railway embankment near Stepove"
                                                 "embankment", "height", "heights", "treeline", "trench", "trenches",
                                                 "bridgehead", "foothold", "висота", "высота", "лісосмуга", "лесополоса",
                                                 "посадка", "терикон", "плацдарм"};
    static constexpr std::string_view by[] = {"of", "near", "outside", "around", "під", "біля", "поблизу", "под", "у", "около", "возле"};
    if (t->claim == "captured" && t->before && std::find(std::begin(by), std::end(by), c.prev1) != std::end(by))
        for (std::string_view p : parts)
            if (c.prev2 == p && !((p == "centre" || p == "center") && c.flag_in_sentence))
                return {"advanced", "a part of it, or ground by it, taken: an advance"};
    // Whether the word before the preposition is one of `nouns`: an English
    // word as written, a Cyrillic stem in any of its cases.
    auto noun_before = [&](std::span<const std::string_view> nouns) {
        return std::any_of(nouns.begin(), nouns.end(), [&](std::string_view n) {
            return static_cast<unsigned char>(n.front()) >= 0x80 ? c.prev2.starts_with(n) : c.prev2 == n;
        });
    };
    // "захватили террикон у Красногоровки", "took the heights near X": a
    // feature of the ground by a town, taken, is an advance by it.
    static constexpr std::string_view terrain[] = {"heights", "height", "hill", "hills", "treeline", "treelines", "ridge",
                                                   "mine", "quarry", "farm", "woods", "forest", "террикон", "висот", "высот",
                                                   "лісосмуг", "лесополос", "посадк", "шахт", "ферм", "кар'єр", "карьер"};
    static constexpr std::string_view at[] = {"у", "в", "біля", "под", "під", "около", "возле", "поблизу", "near", "outside", "of"};
    if (t->claim == "captured" && t->before && std::find(std::begin(at), std::end(at), c.prev1) != std::end(at) &&
        noun_before(terrain))
        return {"advanced", "a feature of the ground by it taken: an advance"};
    // "зачистили несколько кварталов в Мирнограде", "took several streets in
    // X": a few blocks or streets of a town are an advance into it.
    static constexpr std::string_view blocks[] = {"street", "streets", "houses", "buildings", "квартал", "вулиц", "улиц",
                                                  "мікрорайон", "микрорайон", "будинк", "домов", "позиці", "позици",
                                                  "окраїн", "окраин", "околиц"};
    if (t->claim == "captured" && t->before && (c.prev1 == "в" || c.prev1 == "у" || c.prev1 == "на" || c.prev1 == "in") &&
        noun_before(blocks))
        return {"advanced", "a part of it, or ground by it, taken: an advance"};
    // "Под Гуляйполе ВС РФ заняли Успеновку": the town near which another
    // place was taken is fought near, not taken.
    if (t->claim == "captured" && !t->before && !c.subject && (nearness_word(c.prev1) || c.prev1 == "around"))
        return {"attacked", "a town near which something was taken: fighting near it"};
    // "в юго-восточной части Константиновки", "70% территории Димитрова": a
    // Cyrillic part noun governs the town's genitive with no preposition.
    // ("вошли в северные кварталы Волчанска", "на околиці Торецька": blocks and edges too.)
    const bool cyrillic_part = claim_words::cyrillic_town_part(c.prev1) ||
                               ((c.prev1.starts_with("территор") || c.prev1.starts_with("територ")) && (c.prev2 == "#D" || c.prev2.starts_with("процент") || c.prev2.starts_with("відсот")));
    if (t->claim == "captured" && t->before && (cyrillic_part || c.part_owner)) return {"advanced", "a part of it, or ground by it, taken: an advance"};
    // "В Часовом Яре штурмовики завершили зачистку микрорайона «Канал»": a
    // part taken in a town is an advance into it.
    static constexpr std::string_view hosts[] = {"в", "у", "in", "inside"};
    if (t->claim == "captured" && !t->before && c.part_taken_in && std::find(std::begin(hosts), std::end(hosts), c.prev1) != std::end(hosts))
        return {"advanced", "a part of it taken in it: an advance"};
    // "выбили противника из лесополосы западнее Работино", "took positions north
    // of Robotyne": ground on a bearing from a town is beside it, not the town.
    if (t->claim == "captured" && t->before && c.bearing_before)
        return {"advanced", "ground on a bearing from it taken: an advance"};
    // "captured Lysychansk", "fully capturing Luhansk Oblast": the direct
    // object of a capture in its own clause leaves no doubt.
    if (t->claim == "captured" && t->before && t->same_clause && c.object && !t->attempt)
        return {t->claim, "the object of a capture", true};
    // "hitting a chemical plant in the Bryansk region": a facility struck in a
    // region that holds no other place of the sentence; the region is the
    // finest place the report gives for the strike.
    if (t->claim == "struck" && t->before && t->same_clause && c.facility_object && c.locus && !c.container &&
        !c.landmark && (c.kind == "admin1" || c.kind == "admin2"))
        return {"struck", "a facility struck in it, the finest place given", true};
    // "advanced towards Shevchenkove, which they captured on 8 September",
    // "fighting near Snihurivka, which was freed yesterday": the relative
    // clause after the name tells how the fighting there ended.
    if (c.described_taken && (t->claim == "advanced" || t->claim == "attacked"))
        return {"captured", "taken, as the relative clause after it tells", false, false, false, true};
    return {t->claim, t->same_clause ? "the event word of its clause" : "a near event word of its sentence"};
}

std::string_view rule_claim(const MentionContext& c) { return rule_verdict(c).claim; }

std::vector<std::string> claim_features(const MentionContext& c) {
    std::vector<std::string> f;
    f.reserve(48);
    f.emplace_back("bias");
    if (const std::string_view r = rule_claim(c); !r.empty()) f.push_back(cat("rule:", r));
    else f.emplace_back("rule:none");

    struct Role {
        bool on;
        std::string_view name;
    };
    const Role roles[] = {{c.locus, "locus"},         {c.object, "object"},       {c.subject, "subject"},
                          {c.landmark, "landmark"},   {c.list_item, "list"},      {c.possessive, "possessive"},
                          {c.modifier, "modifier"},   {c.speaks, "speaks"},       {c.war_name, "war"},
                          {c.container, "container"}, {c.after_colon, "colon"},   {c.first_word, "first"},
                          {c.headline, "headline"},   {c.fragment, "fragment"}};
    bool any_role = false;
    for (const Role& r : roles)
        if (r.on) {
            f.push_back(cat("r:", r.name));
            any_role = any_role || r.name == "locus";
        }

    if (c.nearest) {
        const auto& t = *c.nearest;
        const std::string n = cat("n:", t.claim);
        f.push_back(n);
        f.push_back(n + ":d" + std::string(distance_bucket(t.distance)));
        f.push_back(n + (t.before ? ":L" : ":R"));
        if (t.same_clause) f.push_back(n + ":cl");
        if (t.passive && !t.before) f.push_back(n + ":passive");
        if (t.attempt) f.push_back(n + ":attempt");
        f.push_back(n + ":p" + std::to_string(std::min(t.priority, 4)));
        f.push_back(n + (any_role ? "&locus" : "&nolocus"));
        if (c.object) f.push_back(n + "&object");
        if (c.subject) f.push_back(n + "&subject");
        f.push_back(n + "&k:" + std::string(c.kind));
        if (!c.prev1.empty()) f.push_back(n + "&w-1:" + c.prev1);
        if (c.instrument_in_clause) f.push_back(n + "&i:cl");
        else if (c.instrument_in_sentence) f.push_back(n + "&i:s");
        if (c.negated) f.push_back(n + "&neg");
    } else if (!c.previous_claims.empty()) {
        for (std::string_view p : c.previous_claims) f.push_back(cat("prev:", p));
        f.push_back(cat("prevonly&k:", c.kind));
        if (c.fragment) f.emplace_back("prevonly&fragment");
        if (!c.prev1.empty()) f.push_back("prevonly&w-1:" + c.prev1);
    }
    for (std::string_view s : c.sentence_claims) {
        f.push_back(cat("s:", s));
        // "In the Pokrovsk direction, fierce fighting continues": a heading
        // names the sector of what its sentence reports.
        if (!c.designator.empty()) f.push_back(cat(cat("d:", c.designator), cat("&s:", s)));
    }
    for (std::string_view s : c.clause_claims) f.push_back(cat("c:", s));
    if (c.nearest)
        for (std::string_view p : c.previous_claims) f.push_back(cat("p:", p));

    f.push_back(cat("k:", c.kind));
    if (c.capital) f.emplace_back("capital");
    if (!c.designator.empty()) f.push_back(cat("d:", c.designator));
    if (!c.prev1.empty()) f.push_back("w-1:" + c.prev1);
    if (!c.prev2.empty()) f.push_back("w-2:" + c.prev2);
    if (!c.prev2.empty() && !c.prev1.empty()) f.push_back("w-21:" + c.prev2 + "_" + c.prev1);
    if (!c.next1.empty()) f.push_back("w+1:" + c.next1);
    if (c.instrument_in_sentence) f.emplace_back("i:s");
    if (c.instrument_in_clause) f.emplace_back("i:cl");
    if (c.negated) f.emplace_back("neg");
    if (c.civil_in_clause) f.emplace_back("civil");
    if (!c.modality.empty()) f.push_back(cat("m:", c.modality));
    return f;
}

}  // namespace frontline
