#include "claim_words.hpp"

#include <algorithm>
#include <cctype>

namespace frontline::claim_words {

bool wire_agency(std::string_view name) {
    static constexpr std::string_view agencies[] = {"AP", "AFP", "Reuters", "dpa", "DPA", "UPI", "EFE", "PTI", "ANI", "IANS",
                                                    "Ukrinform", "UNIAN", "Interfax", "TASS", "RIA", "Xinhua", "Anadolu",
                                                    "Bloomberg", "Kyodo", "CNN", "BBC", "RFE/RL", "Kyiv Independent"};
    return std::find(std::begin(agencies), std::end(agencies), name) != std::end(agencies);
}

bool name_head_noun(std::string_view w) {
    static constexpr std::string_view nouns[] = {"plant", "plants", "factory", "works", "avenue", "street", "square", "boulevard",
                                                 "prospekt", "park", "stadium", "hotel", "hospital", "school", "centre", "center",
                                                 "monument", "memorial", "station", "cinema", "museum", "district", "company",
                                                 "corporation", "group", "brigade", "battalion", "regiment", "foundation",
                                                 "movement", "party", "medal", "order", "day"};
    return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns);
}

bool dateline_dash(std::string_view after) {
    return after.starts_with(" -") || after.starts_with(" \u2013") || after.starts_with(" \u2014");
}

bool cyrillic_from(std::string_view w) { return w == "з" || w == "із" || w == "зі" || w == "с" || w == "со"; }

bool beating_back(const std::vector<std::string>& lemmas) {
    return std::any_of(lemmas.begin(), lemmas.end(), [](const std::string& l) { return l == "відбити" || l == "отбить"; });
}

bool denial_word(std::string_view w) {
    static constexpr std::string_view stems[] = {"denied", "denies", "deny", "rejected", "rejects", "refuted", "refutes",
                                                 "dismissed", "dismisses", "спростув", "опроверг", "заперечи", "заперечу",
                                                 "отрица", "отверг", "відкину", "відкида"};
    return std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); });
}

std::optional<std::string_view> cyrillic_country_side(std::string_view key) {
    if (key.starts_with("росси") || key.starts_with("росі")) return "RU";
    if (key.starts_with("украин") || key.starts_with("україн")) return "UA";
    return std::nullopt;
}

bool blast_word(std::string_view w) {
    return w.starts_with("explosion") || w.starts_with("blast") || w.starts_with("взрыв") || w.starts_with("вибух");
}

bool fire_word(std::string_view w) {
    static constexpr std::string_view words[] = {"fire", "fires", "blaze", "caught"};
    static constexpr std::string_view stems[] = {"пожеж", "пожар", "возгор", "загор"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words) ||
           std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); });
}

bool is_claim_noun(std::string_view key, const std::vector<std::string>& lemmas) {
    static constexpr std::string_view nouns[] = {"claim",     "claims",      "statement",  "statements", "assertion", "заява",
                                                 "твердження", "заявление", "утверждение", "заявления",  "заяву",     "заяви"};
    auto noun = [](std::string_view w) { return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns); };
    return noun(key) || std::any_of(lemmas.begin(), lemmas.end(), [&](const std::string& l) { return noun(l); });
}

bool names_year(const std::vector<Token>& tokens, std::size_t q, std::size_t sb, std::size_t se) {
    const std::string& w = tokens[q].key;
    if (w.size() != 4 || !(w.starts_with("19") || w.starts_with("20"))) return false;
    static constexpr std::string_view before[] = {"since", "in", "of", "until", "from", "by", "з", "із", "с", "в", "у", "до"};
    static constexpr std::string_view after[] = {"рік", "року", "році", "год", "года", "году", "р", "г"};
    if (q > sb && std::find(std::begin(before), std::end(before), tokens[q - 1].key) != std::end(before)) return true;
    return q + 1 < se && std::find(std::begin(after), std::end(after), tokens[q + 1].key) != std::end(after);
}

bool settlement_noun(const std::string& key) {
    static constexpr std::string_view nouns[] = {"town", "city", "village", "settlement", "hamlet", "towns", "cities",
                                                 "villages", "settlements", "port", "region", "oblast", "district",
                                                 "community", "communities", "locality", "localities"};
    return std::find(std::begin(nouns), std::end(nouns), key) != std::end(nouns);
}

bool town_part_noun(std::string_view w) {
    static constexpr std::string_view nouns[] = {"part",      "parts",  "centre", "center",     "outskirts", "half",  "district",
                                                 "districts", "block",  "blocks", "edge",       "suburb",    "suburbs", "quarter",
                                                 "flank",     "flanks", "approaches", "perimeter", "area",   "areas"};
    return std::find(std::begin(nouns), std::end(nouns), w) != std::end(nouns);
}

bool cyrillic_town_part(std::string_view w) {
    static constexpr std::string_view stems[] = {"квартал", "мікрорайон", "микрорайон", "част", "окраїн", "окраин", "околиц"};
    return !w.empty() && static_cast<unsigned char>(w.front()) >= 0x80 &&
           std::any_of(std::begin(stems), std::end(stems), [&](std::string_view s) { return w.starts_with(s); });
}

bool cyrillic_street(std::string_view w) { return w.starts_with("вулиц") || w.starts_with("улиц"); }

bool numeral(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

bool list_joint(std::string_view w) {
    return w == "and" || w == "та" || w == "і" || w == "й" || w == "и" || w == "or" || w == "або" || w == "или";
}

namespace {
// A word alone, or a noun after "the", that takes up a place named before.
template <std::size_t A, std::size_t T>
bool takes_up(const std::vector<Token>& tokens, std::size_t q, const std::string_view (&alone)[A],
              const std::string_view (&after_the)[T]) {
    const std::string& w = tokens[q].key;
    if (std::find(std::begin(alone), std::end(alone), w) != std::end(alone)) return true;
    return q > 0 && tokens[q - 1].key == "the" && std::find(std::begin(after_the), std::end(after_the), w) != std::end(after_the);
}
}  // namespace

bool anaphor_at(const std::vector<Token>& tokens, std::size_t q) {
    // (In every case a verb puts them in: "вдарили по місту", "в городе",
    // "обстріляли селище", "над поселком".)
    static constexpr std::string_view alone[] = {
        "it",      "there",   "його",    "там",     "его",     "місто",   "міста",    "місту",   "місті",   "містом",
        "город",   "города",  "городу",  "городе",  "городом", "село",    "села",     "селу",    "селі",    "селе",
        "селом",   "селище",  "селища",  "селищу",  "селищі",  "селищем", "поселок",  "посёлок", "поселка", "посёлка",
        "поселку", "посёлку", "поселке", "посёлке", "поселком", "посёлком", "містечко", "містечка", "містечку",
        "ньому",   "нему",    "нього",   "него",    "неї",     "неё"};
    static constexpr std::string_view after_the[] = {"town", "city", "village", "settlement", "hub", "stronghold"};
    // ("атаковали населённый пункт", "у населеному пункті": the bulletins' word for a town.)
    const std::string& w = tokens[q].key;
    if (q > 0 && w.starts_with("пункт") &&
        (tokens[q - 1].key.starts_with("населен") || tokens[q - 1].key.starts_with("населён")))
        return true;
    return takes_up(tokens, q, alone, after_the);
}

bool region_anaphor_at(const std::vector<Token>& tokens, std::size_t q) {
    static constexpr std::string_view alone[] = {"it", "there", "там", "область", "регион", "край", "областю", "областью"};
    static constexpr std::string_view after_the[] = {"region", "oblast", "province"};
    return takes_up(tokens, q, alone, after_the);
}

bool relative_pronoun(std::string_view w) {
    static constexpr std::string_view pronouns[] = {"who", "which", "whose", "кто"};
    if (std::find(std::begin(pronouns), std::end(pronouns), w) != std::end(pronouns)) return true;
    // (In every case and gender: "Суджа, которую ВСУ удерживали", "Курахове,
    // яке росіяни штурмували", "котрого".)
    static constexpr std::string_view endings[] = {"ий", "а", "е", "і", "ого", "ої", "их", "ому", "ій", "им", "ими", "у"};
    static constexpr std::string_view russian_endings[] = {"ый", "ая", "ое", "ые", "ого", "ой", "ых", "ому", "ым", "ыми", "ую", "ом"};
    for (std::string_view stem : {std::string_view("як"), std::string_view("котр")})
        if (w.starts_with(stem))
            for (std::string_view e : endings)
                if (w.size() == stem.size() + e.size() && w.ends_with(e)) return true;
    if (w.starts_with("котор"))
        for (std::string_view e : russian_endings)
            if (w.size() == std::string_view("котор").size() + e.size() && w.ends_with(e)) return true;
    return false;
}

bool purpose_marker(const std::vector<std::string>& phrase) {
    static const std::vector<std::vector<std::string>> purposes = {
        {"in", "order", "to"}, {"so", "as", "to"}, {"с", "целью"}, {"з", "метою"}, {"чтобы", "потом"}, {"чтобы", "затем"},
        {"щоб", "потім"},      {"щоб", "згодом"},    {"in", "preparation", "for"}, {"in", "preparation", "of"}};
    return std::find(purposes.begin(), purposes.end(), phrase) != purposes.end();
}

bool subordinator(std::string_view w) {
    static constexpr std::string_view words[] = {"after",  "before", "when",  "while", "until", "once",  "since", "because",
                                                 "коли",   "поки",   "доки",  "бо",    "когда", "пока",  "после", "після",
                                                 "оскільки", "поскольку"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool water_at(const std::vector<Token>& tokens, std::size_t q) {
    static constexpr std::string_view water[] = {"river", "річки", "річка", "реки", "река"};
    static constexpr std::string_view shore[] = {"bank", "banks", "shore", "березі", "берегу", "берега"};
    auto in = [](const auto& list, std::string_view w) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
    if (in(water, tokens[q].key)) return true;
    // ("attempts to cross the Dnipro near X": what is crossed with an article is the river.)
    static constexpr std::string_view crossing[] = {"cross", "crossed", "crossing", "crosses", "across"};
    if (q >= 2 && tokens[q - 1].key == "the" && in(crossing, tokens[q - 2].key)) return true;
    for (std::size_t k = q; k > 0 && k + 3 > q; --k) {
        const std::string& w = tokens[k - 1].key;
        if (in(shore, w) || in(water, w)) return true;
        if (w != "of" && w != "the") return false;
    }
    return false;
}

bool skippable_modifier(const Token& t, const std::vector<std::string>& lemmas) {
    static constexpr std::string_view words[] = {"the", "a", "an", "eastern", "western", "southern", "northern",
                                                 "central", "embattled", "hilltop", "frontline", "front", "russian",
                                                 "ukrainian", "occupied", "strategic", "key", "small", "nearby",
                                                 "besieged", "encircled", "southeastern", "northeastern",
                                                 "southwestern", "northwestern", "border", "russias", "ukraines",
                                                 "east", "west", "north", "south", "liberated", "captured",
                                                 "contested", "industrial", "coastal", "village", "town", "city",
                                                 // "near the communities of X, Y and Z", "the settlements of X":
                                                 // the ministry's English names the kind
                                                 "villages", "towns", "settlement", "settlements", "community",
                                                 "communities", "locality", "localities"};
    static constexpr std::string_view cyrillic[] = {"місто", "село", "селище", "смт", "окупований", "блокадний",
                                                    "прифронтовий", "звільнений", "обласний", "сусідній",
                                                    "прикордонний", "город", "поселок", "посёлок", "деревня",
                                                    "оккупированный", "освобожденный", "прифронтовой", "областной",
                                                    "соседний", "приграничный",
                                                    // "у районах населених пунктів X", "в районе н.п. X": bulletins name the kind
                                                    "населений", "населенный", "пункт", "пгт", "хутір", "хутор", "станиця", "станица",
                                                    // "вторглись на территорию Курской области": the land of the region
                                                    "територія", "территория"};
    if (t.possessive && t.capitalised) return true;  // "in Russia's Kursk region"
    if (t.cyrillic) {
        if (t.capitalised && !t.sentence_start) return false;
        for (const std::string& l : lemmas)
            for (std::string_view w : cyrillic)
                if (l == w) return true;
        return false;
    }
    if (t.capitalised && t.key != "russian" && t.key != "ukrainian") return false;
    for (std::string_view w : words)
        if (t.key == w) return true;
    return false;
}

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

bool compass_word(std::string_view w) {
    return w.ends_with("north") || w.ends_with("south") || w.ends_with("east") || w.ends_with("west");
}

bool is_negation(std::string_view w) {
    return w == "not" || w == "no" || w == "never" || w == "nt" || w == "didnt" || w == "hasnt" || w == "havent" ||
           w == "wasnt" || w == "werent" || w == "не" || w == "ні" || w == "ни" || w == "нет";
}

std::string_view designator_name(Designator d) {
    switch (d) {
        case Designator::admin1: return "region";
        case Designator::admin2: return "district";
        case Designator::direction: return "direction";
        case Designator::settlement:  // "the village of X": the model reads the noun as a word
        case Designator::community:
        case Designator::none: break;
    }
    return {};
}

}  // namespace frontline::claim_words
