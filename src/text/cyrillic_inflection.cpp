#include "frontline/text/cyrillic_inflection.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

struct EndingRule {
    std::string_view ending;  ///< case ending as written
    std::array<std::string_view, 6> nominatives;  ///< endings to try instead ("" = bare stem)
};

// Every rule whose ending the word has applies (the gazetteer decides between
// their forms). Covers the cases of the common toponym shapes: consonant
// stems (Вугледар, Покровськ), -ка/-ця (Авдіївка), -о/-е (Курахове, declined
// as an adjective in Ukrainian and as a noun in Russian speech; Дніпро ->
// Дніпрі), -ь and -й nouns (Хотінь, Гай), pluralia tantum in -и/-і (Липці,
// Терни, Олешки, Суми) with their genitive plurals, adjectives hard and soft
// in both languages (Зелений Гай, Верхня Терса, Кривой Рог, Малая Локня),
// possessive adjectives (Часів Яр, Русин Яр, Кучерів Яр; Russian Часов Яр),
// and adjectival compounds after any -ьк-/-к- stem (-ський, -цька:
// "Донецькій області"; -ский, -цкая: "Донецкой области").
constexpr EndingRule rules[] = {
    // -ськ-/-цьк- adjectives (Ukrainian) and -ск-/-цк- (Russian).
    {"ькому", {"ький", "ьке", "ька", "ьк", "", ""}}, {"ького", {"ький", "ьке", "ьк", "", "", ""}},
    {"ьким", {"ький", "ьке", "", "", "", ""}},     {"ькій", {"ька", "ький", "", "", "", ""}},
    {"ької", {"ька", "", "", "", "", ""}},         {"ькою", {"ька", "", "", "", "", ""}},
    {"ьких", {"ькі", "", "", "", "", ""}},         {"кому", {"кий", "кое", "", "", "", ""}},
    {"кого", {"кий", "кое", "", "", "", ""}},      {"ском", {"ский", "ское", "", "", "", ""}},
    {"кой", {"кая", "кий", "", "", "", ""}},       {"ким", {"кий", "кое", "", "", "", ""}},
    {"ьку", {"ька", "", "", "", "", ""}},          {"ску", {"ская", "ск", "", "", "", ""}},
    {"кую", {"кая", "", "", "", "", ""}},
    // Possessive adjectives: Часового Яру -> Часів Яр, Русиного Яру ->
    // Русин Яр, Кучеровим Яром -> Кучерів Яр; Russian Часовым Яром -> Часов Яр.
    {"ового", {"ів", "ов", "", "", "", ""}},        {"овому", {"ів", "ов", "", "", "", ""}},
    {"овим", {"ів", "ов", "", "", "", ""}},         {"овім", {"ів", "ов", "", "", "", ""}},
    {"овым", {"ов", "", "", "", "", ""}},           {"євого", {"їв", "ев", "", "", "", ""}},
    {"євому", {"їв", "ев", "", "", "", ""}},        {"євим", {"їв", "ев", "", "", "", ""}},
    {"иного", {"ин", "", "", "", "", ""}},          {"иному", {"ин", "", "", "", "", ""}},
    {"иним", {"ин", "", "", "", "", ""}},           {"инім", {"ин", "", "", "", "", ""}},
    {"иным", {"ин", "", "", "", "", ""}},
    // Soft adjectives: Верхньої Терси -> Верхня Терса; Нижнего -> Нижний.
    {"ньої", {"ня", "", "", "", "", ""}},           {"ньою", {"ня", "", "", "", "", ""}},
    {"нього", {"ній", "нє", "", "", "", ""}},       {"ньому", {"ній", "нє", "", "", "", ""}},
    {"нім", {"ній", "нє", "", "", "", ""}},         {"ній", {"ня", "нє", "", "", "", ""}},
    {"ню", {"ня", "", "", "", "", ""}},             {"ней", {"няя", "", "", "", "", ""}},
    {"него", {"ний", "нее", "", "", "", ""}},       {"нему", {"ний", "нее", "", "", "", ""}},
    {"нюю", {"няя", "", "", "", "", ""}},           {"ним", {"ний", "нее", "", "", "", ""}},
    {"нем", {"ний", "нее", "", "", "", ""}},        {"них", {"ні", "ние", "", "", "", ""}},
    // Hard adjectives and the -е/-о neuters declined like them.
    {"ому", {"ий", "е", "ое", "ый", "ой", "о"}},    {"ого", {"ий", "е", "ое", "ый", "ой", "о"}},
    {"ій", {"а", "ий", "", "", "", ""}},            {"ым", {"ый", "ое", "ой", "", "", ""}},
    {"им", {"ий", "е", "ое", "", "", ""}},          {"ую", {"ая", "", "", "", "", ""}},
    {"их", {"і", "ие", "", "", "", ""}},           {"ых", {"ые", "ы", "", "", "", ""}},
    {"ими", {"і", "ие", "", "", "", ""}},           {"ыми", {"ые", "", "", "", "", ""}},
    {"ої", {"а", "", "", "", "", ""}},              {"ою", {"а", "", "", "", "", ""}},
    {"ею", {"я", "а", "", "", "", ""}},             {"ой", {"а", "ая", "ый", "", "", ""}},
    {"ей", {"я", "ь", "", "", "", ""}},             {"ом", {"", "о", "ой", "ый", "ий", ""}},
    // After a hushing consonant or ц a Russian -а noun takes -ей: Суджей -> Суджа.
    {"жей", {"жа", "", "", "", "", ""}},            {"шей", {"ша", "", "", "", "", ""}},
    {"чей", {"ча", "", "", "", "", ""}},            {"щей", {"ща", "", "", "", "", ""}},
    {"цей", {"ца", "", "", "", "", ""}},
    {"ем", {"", "е", "ь", "й", "ий", ""}},          {"ім", {"", "е", "", "", "", ""}},
    {"єм", {"й", "", "", "", "", ""}},
    // Nouns. (-ці is also the locative of a -ець town with its fleeting
    // vowel, Торопці -> Торопець; -ах/-ам/-ами of plurals in -і after a
    // hushing consonant, Бердичах -> Бердичі.)
    {"ці", {"ка", "ця", "ець", "", "", ""}},           {"зі", {"га", "г", "", "", "", ""}},
    {"ке", {"ка", "", "", "", "", ""}},             {"ки", {"ка", "", "", "", "", ""}},
    {"ку", {"ка", "", "", "", "", ""}},             {"ах", {"и", "ы", "а", "і", "", ""}},
    {"ях", {"і", "и", "я", "", "", ""}},            {"ам", {"и", "ы", "а", "і", "", ""}},
    {"ям", {"і", "я", "", "", "", ""}},             {"ами", {"и", "ы", "а", "і", "", ""}},
    {"ями", {"і", "я", "", "", "", ""}},            {"ців", {"ці", "", "", "", "", ""}},
    {"цев", {"цы", "", "", "", "", ""}},  // Russian genitive plural: Лукьянцев -> Лукьянцы
    {"ів", {"и", "і", "", "", "", ""}},             {"ов", {"ы", "и", "а", "", "", ""}},
    {"і", {"", "а", "я", "о", "ь", "е"}},            {"е", {"", "а", "о", "ь", "", ""}},
    {"у", {"", "а", "о", "", "", ""}},              {"а", {"", "о", "е", "", "", ""}},
    {"я", {"ь", "", "е", "", "", ""}},              {"ю", {"ь", "я", "й", "е", "", ""}},
    {"и", {"а", "", "ь", "я", "", ""}},             {"ы", {"а", "", "", "", "", ""}},
    {"ї", {"я", "й", "", "", "", ""}},
};

// Ukrainian closes -ов-/-ев-/-єв- to -ів-/-їв- in the nominative: Києва,
// Києву -> Київ; Харкова -> Харків; Чернігові -> Чернігів; Миколаєва -> Миколаїв.
// So do other vowels before a final consonant: Рогу -> Ріг (and -е- before a
// soft one: Ірпеня -> Ірпінь, in cyrillic_base_forms).
std::string closed_syllable(std::string_view stem) {
    for (auto [open, closed] : {std::pair<std::string_view, std::string_view>{"ов", "ів"}, {"ев", "ів"}, {"єв", "їв"}})
        if (stem.ends_with(open)) return std::string(stem.substr(0, stem.size() - open.size())) + std::string(closed);
    for (std::string_view last : {"г", "р", "л", "н", "д", "т", "з", "с", "ж", "б", "п", "м"}) {
        if (!stem.ends_with(last)) continue;
        std::string_view rest = stem.substr(0, stem.size() - last.size());
        if (rest.ends_with("о") && rest.size() > 2)
            return std::string(rest.substr(0, rest.size() - std::string_view("о").size())) + "і" + std::string(last);
        break;
    }
    return {};
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size(); ++n) decode_utf8(s, pos);
    return n;
}

bool is_vowel(char32_t c) {
    static constexpr std::u32string_view vowels = U"аеєиіїоуюяыэ";
    return vowels.find(c) != std::u32string_view::npos;
}

// The last code point of `s` and its byte offset.
std::pair<char32_t, std::size_t> last_letter(std::string_view s) {
    if (s.empty()) return {0, 0};
    std::size_t at = s.size() - 1;
    while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
    std::size_t pos = at;
    return {decode_utf8(s, pos), at};
}

void add(std::vector<std::string>& out, std::string form, std::string_view word) {
    if (form != word && !form.empty() && std::find(out.begin(), out.end(), form) == out.end()) out.push_back(std::move(form));
}

}  // namespace

std::vector<std::string> cyrillic_base_forms(std::string_view word, NamePosition position) {
    std::vector<std::string> out;
    const std::size_t min_word = position == NamePosition::first ? 4 : 3;
    const std::size_t min_stem = position == NamePosition::first ? 3 : 2;
    const std::size_t letters = code_points(word);
    if (letters < min_word) return out;
    for (const EndingRule& rule : rules) {
        if (!word.ends_with(rule.ending)) continue;
        std::string_view stem = word.substr(0, word.size() - rule.ending.size());
        if (code_points(stem) < min_stem) continue;
        for (std::size_t i = 0; i < rule.nominatives.size(); ++i) {
            std::string_view nom = rule.nominatives[i];
            if (nom.empty() && i != 0) continue;  // "" is the bare stem only in first place
            add(out, std::string(stem) + std::string(nom), word);
        }
        if (std::string closed = closed_syllable(stem); !closed.empty()) add(out, std::move(closed), word);
        // г -> з before -і, and the syllable closes: Кривому Розі -> Кривий Ріг.
        if (rule.ending == "зі")
            if (std::string closed = closed_syllable(std::string(stem) + "г"); !closed.empty()) add(out, std::move(closed), word);
        // ... and -е- to -і- before a soft final consonant: Ірпеня, Ірпені -> Ірпінь; Хотеня -> Хотінь.
        for (std::string_view last : {"н", "л", "р", "д", "т", "з", "с"}) {
            if (!stem.ends_with(last)) continue;
            std::string_view rest = stem.substr(0, stem.size() - last.size());
            if (rest.ends_with("е") && code_points(rest) > 2)
                add(out, std::string(rest.substr(0, rest.size() - std::string_view("е").size())) + "і" + std::string(last) + "ь", word);
            break;
        }
    }
    // Masculine nouns with a fleeting vowel in the nominative: Крупца ->
    // Крупец, Марганця -> Марганець, Городка -> Городок, Орла -> Орел.
    for (auto [ending, nominatives] : {std::pair<std::string_view, std::array<std::string_view, 2>>{"ца", {"ец", "ець"}},
                                       {"цу", {"ец", "ець"}}, {"цом", {"ец", ""}}, {"це", {"ец", ""}},
                                       {"ця", {"ець", "ец"}}, {"цю", {"ець", ""}}, {"цем", {"ець", ""}},
                                       {"ка", {"ок", ""}}, {"ку", {"ок", ""}}, {"ком", {"ок", ""}}, {"ке", {"ок", ""}},
                                       {"ла", {"ел", ""}}, {"лу", {"ел", ""}}, {"лом", {"ел", ""}}}) {
        if (!word.ends_with(ending)) continue;
        std::string_view stem = word.substr(0, word.size() - ending.size());
        auto [last, at] = last_letter(stem);
        (void)at;
        // (A stem of two letters for -ел: "Орла" is Орёл's.)
        const std::size_t shortest = ending.starts_with("л") ? 2 : 3;
        if (code_points(stem) < shortest || is_vowel(last) || last == U'ь' || last == U'й') continue;
        for (std::string_view nom : nominatives)
            if (!nom.empty()) add(out, std::string(stem) + std::string(nom), word);
    }
    // Genitive plural of pluralia tantum with a fleeting vowel: Терен ->
    // Терни, Олешок -> Олешки, Крынок -> Крынки.
    if (letters >= 5) {
        auto [last, last_at] = last_letter(word);
        auto [vowel, vowel_at] = last_letter(word.substr(0, last_at));
        auto [before, before_at] = last_letter(word.substr(0, vowel_at));
        (void)before_at;
        // -ом/-ем/-ов/-ев are case endings, not a fleeting vowel.
        if (!is_vowel(last) && last != U'ь' && last != U'й' && last != U'м' && last != U'в' &&
            (vowel == U'о' || vowel == U'е') && !is_vowel(before) && before != U'ь' && before != U'й') {
            std::string contracted = std::string(word.substr(0, vowel_at)) + std::string(word.substr(last_at));
            for (std::string_view plural : {"и", "і", "ы"}) add(out, contracted + std::string(plural), word);
        }
    }
    return out;
}

namespace {

// Case endings of adjectives, both languages, longest first.
constexpr std::string_view adjective_endings[] = {
    "ими", "ыми", "ого", "ому", "его", "ему", "ий", "ій", "ый", "ой", "ая", "ое", "ую", "ые", "ие", "ої",
    "ою", "им", "ім", "ым", "ом", "их", "ых", "ей", "а", "е", "і", "у",
};

enum class AdjectiveSuffix { sk, tsk, zk };

struct AdjectiveStem {
    std::string stem;  // before the suffix: "купян" of "купянськ-"
    AdjectiveSuffix suffix;
};

std::vector<AdjectiveStem> adjective_stems(std::string_view word) {
    std::vector<AdjectiveStem> out;
    for (std::string_view ending : adjective_endings) {
        if (!word.ends_with(ending)) continue;
        std::string_view r = word.substr(0, word.size() - ending.size());
        static constexpr std::pair<std::string_view, AdjectiveSuffix> suffixes[] = {
            {"зьк", AdjectiveSuffix::zk}, {"зск", AdjectiveSuffix::zk},  {"цьк", AdjectiveSuffix::tsk},
            {"цк", AdjectiveSuffix::tsk}, {"ськ", AdjectiveSuffix::sk}, {"ск", AdjectiveSuffix::sk},
        };
        for (auto [suffix, kind] : suffixes) {
            if (!r.ends_with(suffix)) continue;
            std::string_view stem = r.substr(0, r.size() - suffix.size());
            if (code_points(stem) >= 2 &&
                std::none_of(out.begin(), out.end(), [&](const AdjectiveStem& a) { return a.stem == stem; }))
                out.push_back({std::string(stem), kind});
            break;
        }
    }
    return out;
}

// "великописарівка" -> "велика писарівка": the adjective that begins a
// compound name stands apart in the place's name, agreeing with the noun.
void split_compound(const std::string& name, std::vector<std::string>& out) {
    struct Prefix {
        std::string_view prefix, stem;
        bool soft;
    };
    static constexpr Prefix prefixes[] = {
        {"велико", "велик", false}, {"мало", "мал", false},     {"ново", "нов", false},   {"старо", "стар", false},
        {"красно", "красн", false}, {"червоно", "червон", false}, {"біло", "біл", false}, {"бело", "бел", false},
        {"чорно", "чорн", false},   {"черно", "черн", false},   {"верхньо", "верхн", true}, {"нижньо", "нижн", true},
        {"верхне", "верхн", true},  {"нижне", "нижн", true},    {"сухо", "сух", false},   {"криво", "крив", false},
    };
    for (const Prefix& p : prefixes) {
        if (!name.starts_with(p.prefix)) continue;
        std::string_view rest = std::string_view(name).substr(p.prefix.size());
        if (code_points(rest) < 3) continue;
        auto [last, at] = last_letter(rest);
        (void)at;
        // The adjective in Ukrainian and in Russian, agreeing with the noun.
        std::array<std::string_view, 2> endings{};
        const bool velar = p.stem.ends_with("к") || p.stem.ends_with("х") || p.stem.ends_with("г");
        if (last == U'а' || last == U'я') endings = {p.soft ? "я" : "а", p.soft ? "яя" : "ая"};
        else if (last == U'е' || last == U'о' || last == U'є') endings = {p.soft ? "є" : "е", p.soft ? "ее" : "ое"};
        else if (last == U'и' || last == U'і' || last == U'ы') endings = {"і", p.soft || velar ? "ие" : "ые"};
        else endings = {p.soft ? "ій" : "ий", p.soft || velar ? "ий" : "ый"};
        for (std::string_view e : endings) add(out, std::string(p.stem) + std::string(e) + " " + std::string(rest), name);
        break;
    }
}

}  // namespace

bool cyrillic_place_adjective(std::string_view word) { return !adjective_stems(word).empty(); }

std::vector<std::string> cyrillic_adjective_bases(std::string_view word) {
    std::vector<std::string> out;
    for (const AdjectiveStem& a : adjective_stems(word)) {
        const std::string& s = a.stem;
        switch (a.suffix) {
        case AdjectiveSuffix::sk:
            // Покровськ, Трубчевск; Харків, Грайворон; Полтава, Суджа(н);
            // Суми; Шебекино, Климово; Юнаківка; Хотінь; Одеса, Черкаси;
            // Росія (a country: the adjective is a demonym).
            for (std::string_view e : {"ськ", "ск", "", "а", "и", "ы", "о", "е", "ка", "ь", "я", "са", "си"})
                add(out, s + std::string(e), word);
            // The adjective's own nominatives name villages: Покровське.
            for (std::string_view e : {"ське", "ська", "ський", "ское", "ская", "ский"}) add(out, s + std::string(e), word);
            // Курахівський <- Курахове, Межівська <- Межова (closed -ів-).
            if (s.ends_with("ів") || s.ends_with("ов") || s.ends_with("ев"))
                for (std::string_view e : {"ове", "ова", "ово", "еве", "ево"})
                    add(out, s.substr(0, s.size() - 4) + std::string(e), word);
            // Гуляйпільська <- Гуляйполе; Білопільська <- Білопілля.
            if (s.ends_with("іль")) {
                add(out, s.substr(0, s.size() - 6) + "оле", word);
                add(out, s.substr(0, s.size() - 2) + "ля", word);
            }
            // Російський <- Росія, российский <- Россия: the stem's й closes a -ія noun.
            if (s.ends_with("ій") || s.ends_with("ий")) add(out, s.substr(0, s.size() - std::string_view("й").size()) + "я", word);
            // Суджанский <- Суджа.
            if (s.ends_with("ан") || s.ends_with("ян")) add(out, s.substr(0, s.size() - 2), word);
            // Шосткинська, шосткинский <- Шостка: -ка closed by -ин-.
            if (s.ends_with("кин")) add(out, s.substr(0, s.size() - std::string_view("ин").size()) + "а", word);
            // Запорожское <- Запорожье (the Russian adjective of a -жье town).
            if (s.ends_with("ж")) add(out, s + "ье", word);
            break;
        case AdjectiveSuffix::tsk:
            // Торецьк, Донецк; Марганець; Вінниця; Кременчук.
            for (std::string_view e : {"цьк", "цк", "ць", "ц", "ця", "ца", "к"}) add(out, s + std::string(e), word);
            for (std::string_view e : {"цьке", "цька", "цький", "цкое", "цкая", "цкий"}) add(out, s + std::string(e), word);
            break;
        case AdjectiveSuffix::zk:
            // Запорізький <- Запоріжжя, Запорожский <- Запорожье.
            for (std::string_view e : {"жжя", "жье", "зьк", "зк"}) add(out, s + std::string(e), word);
            break;
        }
    }
    const std::size_t simple = out.size();
    for (std::size_t i = 0; i < simple; ++i) split_compound(std::string(out[i]), out);
    return out;
}

namespace {

struct RegionStem {
    std::string stem;
    enum { shch, chch, ch } kind;
};

std::optional<RegionStem> region_stem(std::string_view word) {
    for (std::string_view ending : {"ою", "ої", "ой", "а", "и", "і", "у", "е", "ы"}) {
        if (!word.ends_with(ending)) continue;
        std::string_view r = word.substr(0, word.size() - ending.size());
        std::string_view stem;
        if (r.ends_with("ччин")) return code_points(r) >= 6 ? std::optional<RegionStem>({std::string(r.substr(0, r.size() - 8)), RegionStem::chch}) : std::nullopt;
        if (r.ends_with("щин")) stem = r.substr(0, r.size() - 6);
        else if (r.ends_with("дчин") || r.ends_with("тчин")) {
            stem = r.substr(0, r.size() - 6);
            return code_points(stem) >= 3 ? std::optional<RegionStem>({std::string(stem), RegionStem::ch}) : std::nullopt;
        } else
            return std::nullopt;
        if (code_points(stem) < 2) return std::nullopt;
        return RegionStem{std::string(stem), RegionStem::shch};
    }
    return std::nullopt;
}

}  // namespace

bool cyrillic_region_word(std::string_view word) { return region_stem(word).has_value(); }

std::vector<std::string> cyrillic_region_bases(std::string_view word) {
    std::vector<std::string> out;
    auto r = region_stem(word);
    if (!r) return out;
    const std::string& s = r->stem;
    switch (r->kind) {
    case RegionStem::shch:
        // Харківщина, Нікопольщина; Курщина, Луганщина (-ськ); Полтавщина;
        // Сумщина; Одещина, Черкащина; Синельниківщина (Синельникове).
        for (std::string_view e : {"", "ськ", "ск", "а", "и", "ы", "я", "са", "си", "ь"}) add(out, s + std::string(e), word);
        // The oblast's own adjective: Курщина, Курська область.
        for (std::string_view e : {"ська", "ская"}) add(out, s + std::string(e), word);
        if (s.ends_with("ів") || s.ends_with("ов"))
            for (std::string_view e : {"ове", "ово", "ова"}) add(out, s.substr(0, s.size() - 4) + std::string(e), word);
        break;
    case RegionStem::chch:
        // Донеччина <- Донецьк, Вінниччина <- Вінниця.
        for (std::string_view e : {"цьк", "цк", "ця", "ца", "цька", "цкая"}) add(out, s + std::string(e), word);
        break;
    case RegionStem::ch:
        // Белгородчина, Бахмутчина.
        for (std::string_view e : {"", "ськ", "ск", "ська", "ская"}) add(out, s + std::string(e), word);
        break;
    }
    return out;
}

namespace {

// Letters of one language in the other's spelling, one code point at a time.
std::string map_letters(std::string_view word, std::u32string_view from, std::u32string_view to) {
    std::string out;
    for (std::size_t pos = 0; pos < word.size();) {
        char32_t c = decode_utf8(word, pos);
        std::size_t k = from.find(c);
        if (k != std::u32string_view::npos) c = to[k];
        append_utf8(out, c);
    }
    return out;
}

}  // namespace

std::string cyrillic_russian_spelling(std::string_view word) {
    std::string out = map_letters(word, U"іїє", U"иие");
    // The adjective's Ukrainian ending in its Russian form: "нижегородська"
    // -> "нижегородская", "пермський" -> "пермский", and -зьк- back to the
    // -г- it softened: "оренбурзька" -> "оренбургская".
    static constexpr std::pair<std::string_view, std::string_view> endings[] = {
        {"зька", "гская"}, {"зький", "гский"}, {"зьке", "гское"}, {"цька", "цкая"}, {"цький", "цкий"},
        {"цьке", "цкое"},  {"ська", "ская"},   {"ський", "ский"},  {"ське", "ское"}};
    for (auto [uk, ru] : endings)
        if (out.ends_with(uk)) {
            out.replace(out.size() - uk.size(), uk.size(), ru);
            break;
        }
    return out == word ? std::string() : out;
}

std::string cyrillic_ukrainian_spelling(std::string_view word) {
    // The ending first, then the letters of the rest, closing -ов-/-ев-
    // before -ськ- and in -івка as Ukrainian does.
    std::string body(word);
    if (auto at = body.find("алекс"); at != std::string::npos) body.replace(at, std::string_view("алекс").size(), "олекс");
    static constexpr std::pair<std::string_view, std::string_view> endings[] = {
        {"овка", "івка"}, {"ское", "ське"}, {"цкое", "цьке"}, {"ский", "ський"}, {"цкий", "цький"}, {"ская", "ська"},
        {"цкая", "цька"}, {"ские", "ські"}, {"ск", "ськ"},    {"цк", "цьк"},     {"ово", "ове"},    {"ево", "еве"},
        {"ино", "ине"},   {"ое", "е"},      {"ая", "а"},      {"ые", "і"},       {"ие", "і"},
    };
    std::string ending;
    if (body.ends_with("евка")) {
        body.resize(body.size() - std::string_view("евка").size());
        auto [prev, at] = last_letter(body);
        (void)at;
        ending = is_vowel(prev) ? "ївка" : "івка";
    } else {
        for (auto [ru, uk] : endings)
            if (body.ends_with(ru)) {
                body.resize(body.size() - ru.size());
                ending = uk;
                break;
            }
    }
    body = map_letters(map_letters(body, U"и", U"і"), U"ыэ", U"ие");
    if (ending.starts_with("сь"))
        if (std::string c = closed_syllable(body); !c.empty()) body = c;
    std::string out = body + ending;
    return out == word ? std::string() : out;
}

}  // namespace frontline
