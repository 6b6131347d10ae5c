// Facts about a whole sentence that the claim rules of each of its places
// read.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "frontline/claims/claim_extractor.hpp"
#include "claim_words.hpp"

namespace frontline {

// A person word and a casualty word ("one resident was killed", "поранено
// двох мирних жителів"), by written or dictionary form.
bool ClaimExtractor::tells_civilian_casualties(const SentenceTokens& s) {
    const std::vector<Token>& tokens = s.tokens;
    const std::size_t sb = s.begin, se = s.end;
    static constexpr std::string_view people[] = {"resident", "residents", "civilian", "civilians", "people", "woman",
                                                  "man", "child", "children", "person", "persons", "women", "men", "мешканець", "мешканка", "житель",
                                                  "жителька", "мирний", "цивільний", "людина", "дитина", "жінка",
                                                  "чоловік", "мирный", "человек", "ребенок", "женщина", "мужчина",
                                                  "girl", "boy", "teenager", "дівчина", "хлопець", "підліток", "пенсіонер",
                                                  "пенсіонерка", "девушка", "парень", "подросток", "пенсионер", "пенсионерка"};
    static constexpr std::string_view harmed[] = {"killed", "injured", "wounded", "died", "dead", "загинути", "поранити",
                                                  "поранений", "загиблий", "вбити", "погибнуть", "ранить", "раненый",
                                                  "погибший", "убить"};
    // (Nouns of the harmed themselves: "є загиблі", "есть погибшие", "постраждалі".)
    // (Not where soldiers are named: "Є поранені серед військових".)
    static constexpr std::string_view harmed_people[] = {"загиблі", "загиблих", "погибшие", "погибших", "постраждалі",
                                                         "постраждалих", "пострадавшие", "пострадавших"};
    static constexpr std::string_view soldiers[] = {"військов", "военн", "soldier", "troop", "бійц", "бойц", "солдат", "захисник"};
    const bool soldiers_named = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(sb), tokens.begin() + static_cast<std::ptrdiff_t>(se),
                                            [&](const Token& t) {
                                                return std::any_of(std::begin(soldiers), std::end(soldiers),
                                                                   [&](std::string_view st) { return t.key.starts_with(st); });
                                            });
    bool person = false, harm = false;
    for (std::size_t q = sb; q < se; ++q) {
        if (!soldiers_named && std::find(std::begin(harmed_people), std::end(harmed_people), tokens[q].key) != std::end(harmed_people))
            person = harm = true;
        const auto& l = s.lemmas_of(q);
        auto any = [&](const auto& list) {
            return std::find(std::begin(list), std::end(list), tokens[q].key) != std::end(list) ||
                   std::any_of(l.begin(), l.end(), [&](const std::string& w) {
                       return std::find(std::begin(list), std::end(list), w) != std::end(list);
                   });
        };
        person = person || any(people);
        // (Russian short participles and past forms the dictionary may not
        // lemmatize: "ранена", "погибла", "убит".)
        static constexpr std::string_view harmed_stems[] = {"погиб", "ранен", "убит", "загинул", "поранен"};
        harm = harm || any(harmed) || std::any_of(std::begin(harmed_stems), std::end(harmed_stems), [&](std::string_view stem) {
                   return tokens[q].key.starts_with(stem);
               });
    }
    // ("Kharkiv: two killed after Russian attack": in a headline's shorthand
    // a count of the dead or wounded is of people; in prose the count of
    // another clause may be of soldiers, and people are named.)
    static constexpr std::string_view counts[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                  "ten", "eleven", "twelve", "dozens", "several", "двоє", "троє", "двое", "трое"};
    auto count_at = [&](std::size_t q) {
        const std::string& w = tokens[q].key;
        return std::find(std::begin(counts), std::end(counts), w) != std::end(counts) || claim_words::numeral(w);
    };
    static constexpr std::string_view english_harm[] = {"killed", "injured", "wounded", "dead", "killing", "injuring", "wounding"};
    for (std::size_t q = sb; se - sb <= 12 && q + 1 < se && !(person && harm); ++q) {
        const bool harm_next = std::find(std::begin(english_harm), std::end(english_harm), tokens[q + 1].key) != std::end(english_harm);
        const bool harm_here = std::find(std::begin(english_harm), std::end(english_harm), tokens[q].key) != std::end(english_harm);
        if ((count_at(q) && harm_next) || (harm_here && tokens[q].key.ends_with("ing") && count_at(q + 1))) person = harm = true;
    }
    return person && harm;
}

bool ClaimExtractor::tells_property_damage(const SentenceTokens& s) {
    static constexpr std::string_view stems[] = {"пошкодж", "поврежд", "зруйнов", "разруш", "знеструм", "обесточ", "damaging",
                                                 "damaged"};
    for (std::size_t q = s.begin; q < s.end; ++q)
        for (std::string_view st : stems)
            if (s.tokens[q].key.starts_with(st)) return true;
    return false;
}

namespace {

// What a word says about an air attack, by written or dictionary form.
enum AirWord : unsigned { weapon_word = 1, attempt_word = 2, downing_word = 4, repel_word = 8, harm_word = 16, course_word = 32 };

unsigned air_word(std::string_view w) {
    static const std::unordered_map<std::string_view, unsigned> words = [] {
        std::unordered_map<std::string_view, unsigned> m;
        for (std::string_view v : {"drone", "drones", "uav", "uavs", "missile", "missiles", "shahed", "shaheds", "дрон",
                                   "безпілотник", "беспилотник", "бпла", "ракета", "шахед",
                                   // "повітряні цілі знищено над", "воздушные цели сбиты над"
                                   "ціль", "цель",
                                   // (the Air Force's alerts: "Балістика в напрямку Києва")
                                   "балістика", "баллистика", "ballistic", "ballistics", "каб",
                                   // naval drones: "отразили атаку безэкипажных катеров", "БЭК"
                                   "катер", "бэк", "бек"})
            m[v] |= weapon_word;
        for (std::string_view v : {"attempted", "tried", "trying", "attempt", "attempts", "намагатися", "пытаться", "спробувати",
                                   "попытаться", "спроба", "попытка"})
            m[v] |= attempt_word;
        for (std::string_view v : {"destroyed", "intercepted", "downed", "збити", "перехопити", "знищити", "сбить", "перехватить",
                                   "уничтожить", "подавить", "придушити", "збиття", "сбитие", "знищення", "уничтожение",
                                   "знищений", "збитий", "сбитый", "уничтоженный"})
            m[v] |= downing_word;
        for (std::string_view v : {"відбити", "отразить", "отбить", "відбивати", "отражать"}) m[v] |= repel_word;
        // Weapons on their way, as air-raid channels track them: "курсом на",
        // "рухаються в напрямку", "летит в сторону", "heading for".
        for (std::string_view v : {"курс", "рухатися", "рухається", "рухаються", "летіти", "летить", "летять", "двигаться",
                                   "движется", "движутся", "лететь", "летит", "летят", "летевший", "летівший", "heading",
                                   "headed", "flying", "moving"})
            m[v] |= course_word;
        // Anything hit, damaged, burning or hurt: the attack was not foiled whole.
        for (std::string_view v : {"hit", "hits", "damaged", "damage", "killed", "injured", "wounded", "fire", "blaze", "debris",
                                   "fragments", "explosion", "explosions", "struck", "пошкодити", "повредить", "загинути",
                                   "погибнуть", "поранити", "ранить", "уламок", "обломок", "пожежа", "пожар", "загорітися",
                                   "загореться", "влучання", "попадание", "вибух", "взрыв"})
            m[v] |= harm_word;
        return m;
    }();
    const auto it = words.find(w);
    unsigned kind = it == words.end() ? 0 : it->second;
    if (w.starts_with("беспилотн") || w.starts_with("безпілотн")) kind |= weapon_word;
    if (w.starts_with("repel") || w.starts_with("repuls")) kind |= repel_word;
    // (Participles and forms the dictionary may not lead back: "пошкоджено", "повреждены", "постраждав".)
    static constexpr std::string_view harm_stems[] = {"пошкодж", "поврежд", "зруйн", "разруш", "постраждал", "пострадал",
                                                      "постраждав", "пострадав", "загин", "погиб", "поранен", "ранен",
                                                      "загорі", "загор", "руйн", "горить", "горит", "горят", "палає",
                                                      "влуч", "попадан", "детонац", "damag", "destroying"};
    for (std::string_view st : harm_stems)
        if (w.starts_with(st)) kind |= harm_word;
    return kind;
}

// "дронами", "безпілотником", "ракетами": a weapon in the instrumental case,
// the doer of a passive ("знищено дронами").
bool instrumental_weapon(std::string_view w) {
    for (std::string_view stem : {"дрон", "безпілотник", "беспилотник", "ракет", "бпла"})
        if (w.starts_with(stem) && (w.ends_with("ами") || w.ends_with("ом") || w.ends_with("ою") || w.ends_with("ой")))
            return true;
    return false;
}

}  // namespace

ClaimExtractor::AirAttackReading ClaimExtractor::read_air_attack(const SentenceTokens& s) {
    const std::vector<Token>& tokens = s.tokens;
    unsigned seen = 0;
    std::optional<std::size_t> over;  // "over the Kyiv region", "над Київщиною": where the weapons were downed
    std::optional<std::size_t> foiling;
    for (std::size_t q = s.begin; q < s.end; ++q) {
        if (!over && (tokens[q].key == "over" || tokens[q].key == "над")) over = q;
        unsigned here = air_word(tokens[q].key);
        for (const std::string& l : s.lemmas_of(q)) here |= air_word(l);
        if (!foiling && (here & (repel_word | downing_word))) foiling = q;
        seen |= here;
        if (tokens[q].key == "down" && q > s.begin && (tokens[q - 1].key == "shot" || tokens[q - 1].key == "shoot")) {
            seen |= downing_word;
            if (!foiling) foiling = q - 1;
        }
        if (tokens[q].key == "route" && q > s.begin && tokens[q - 1].key == "en") seen |= course_word;
        // ("Дрони в напрямку Павлограда", "Ракети в бік Львова", "летят в сторону Москвы")
        if ((tokens[q].key == "напрямку" || tokens[q].key == "бік" || tokens[q].key == "сторону") && q > s.begin &&
            (tokens[q - 1].key == "в" || tokens[q - 1].key == "у"))
            seen |= course_word;
        // ("3 BMDs destroyed by drones", "БМД знищено дронами": the weapon
        // destroyed something, it was not itself downed.)
        // (Not "destroyed by air defence": that is the downing.)
        unsigned before = q > s.begin ? air_word(tokens[q - 1].key) : 0;
        if (q > s.begin)
            for (const std::string& l : s.lemmas_of(q - 1)) before |= air_word(l);
        if (q > s.begin && (before & downing_word) &&
            ((tokens[q].key == "by" && q + 1 < s.end && (air_word(tokens[q + 1].key) & weapon_word)) ||
             instrumental_weapon(tokens[q].key)))
            seen |= harm_word;
        if (seen & harm_word) return {};  // something was hit: no foiled attack
    }
    if (!(seen & weapon_word)) return {};
    AirAttackReading r;
    // ("сбили 19 беспилотников, летевших на Москву", "drones heading for
    // Kyiv were shot down": downed on their way, they hit nothing there.)
    r.foiled = (seen & repel_word) || ((seen & (attempt_word | course_word)) && (seen & downing_word));
    if (r.foiled) r.foiled_at = foiling;
    r.in_flight = (seen & course_word) && !(seen & (downing_word | repel_word));
    if (seen & downing_word) r.downed_over = over;
    return r;
}

}  // namespace frontline
