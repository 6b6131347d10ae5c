#include "frontline/gazetteer/place_names.hpp"

#include <algorithm>
#include <array>

#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"

namespace frontline {

namespace {

constexpr std::array<std::string_view, 34> designators = {
    "oblast", "oblasti", "region", "province", "krai", "kray", "republic", "respublika", "respublica", "raion",
    "rayon", "district", "okrug", "autonomous", "avtonomnaya", "avtonomna", "avtonomnyy", "governorate",
    "municipality", "city", "of", "the", "область", "обл", "край", "республика", "республіка", "район",
    "автономна", "автономная", "округ", "міська", "громада", "oblasty"};

bool is_designator(std::string_view w) {
    return std::find(designators.begin(), designators.end(), w) != designators.end();
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t sp = s.find(' ', start);
        if (sp == std::string_view::npos) sp = s.size();
        if (sp > start) out.push_back(s.substr(start, sp - start));
        start = sp + 1;
    }
    return out;
}

bool is_cyrillic_letter(char32_t c) { return c >= 0x0400 && c <= 0x052F; }

}  // namespace

bool is_area_designator(std::string_view w) {
    return is_designator(w) && w != "of" && w != "the" && w != "city";
}

std::string admin_core_name(std::string_view folded) {
    auto ws = words(folded);
    std::size_t b = 0, e = ws.size();
    while (b < e && is_designator(ws[b])) ++b;
    while (e > b && is_designator(ws[e - 1])) --e;
    if (b == e) return std::string(folded);
    std::string out;
    for (std::size_t i = b; i < e; ++i) {
        if (!out.empty()) out += ' ';
        out += ws[i];
    }
    return out;
}

std::vector<std::string> admin_core_candidates(std::string_view folded) {
    std::string core = admin_core_name(folded);
    std::vector<std::string> out{core};
    // Adjectival region names: Курская -> Курск, Ростовская -> Ростов,
    // Донецька -> Донецьк, Kurskaya -> Kursk, Donetska -> Donetsk; and the
    // masculine of a krai: Krasnodarskiy -> Krasnodar, Краснодарский -> Краснодар.
    for (std::string_view ending : {"ская", "ська", "ский", "ая", "ка", "skaya", "skiy", "skii", "ska", "aya", "a"}) {
        if (core.size() > ending.size() + 3 && std::string_view(core).ends_with(ending)) {
            std::string stem = core.substr(0, core.size() - ending.size());
            if (ending == "ська") stem += "ськ";
            else if (ending == "ska") stem += "sk";
            if (std::find(out.begin(), out.end(), stem) == out.end()) out.push_back(stem);
        }
    }
    return out;
}

bool writes_cyrillic(std::string_view country) {
    for (std::string_view c : {"UA", "RU", "BY", "KZ", "KG", "BG", "RS", "MK", "MN", "TJ"})
        if (country == c) return true;
    return false;
}

bool indexable_key(std::string_view key) {
    std::size_t letters = 0;
    for (std::size_t pos = 0; pos < key.size();) {
        char32_t c = decode_utf8(key, pos);
        if ((c >= 'a' && c <= 'z') || is_cyrillic_letter(c)) ++letters;
        else if (!(c >= '0' && c <= '9') && c != ' ') return false;
    }
    return letters >= 2;
}

std::vector<PlaceName> expand_place_names(const PlaceRecord& place) {
    std::vector<PlaceName> out;
    auto add = [&](std::string text, std::string lang, NameOrigin origin) {
        if (text.empty()) return;
        auto it = std::find_if(out.begin(), out.end(), [&](const PlaceName& n) { return n.text == text; });
        if (it == out.end()) out.push_back({std::move(text), std::move(lang), origin});
        else if (origin < it->origin) it->origin = origin;
    };
    add(place.name, "", NameOrigin::preferred);
    for (const PlaceName& n : place.names) add(n.text, n.lang, n.origin);

    // "St. Paul", "Mt. Vernon", "Ft. Worth": a name's first word as the
    // press abbreviates it is the same name, not an obscure other one.
    static constexpr std::pair<std::string_view, std::string_view> abbreviations[] = {
        {"Saint ", "St "}, {"Sainte ", "Ste "}, {"Mount ", "Mt "}, {"Fort ", "Ft "}};
    for (std::size_t i = 0, n = out.size(); i < n; ++i)
        for (const auto& [word, abbreviated] : abbreviations)
            if (out[i].text.starts_with(word) && out[i].text.size() > word.size())
                add(std::string(abbreviated) + out[i].text.substr(word.size()), out[i].lang, out[i].origin);

    // Latin spellings of every Cyrillic name, where Cyrillic is the
    // country's own script: a Chinese town's Russian exonym spelt back into
    // Latin ("Ukhai" for Wuhai) names nothing an English writer would write.
    std::size_t source_names = writes_cyrillic(place.country) ? out.size() : 0;
    for (std::size_t i = 0; i < source_names; ++i) {
        PlaceName n = out[i];
        if (!has_cyrillic(n.text)) continue;
        CyrillicLanguage lang = n.lang == "uk"   ? CyrillicLanguage::ukrainian
                                : n.lang == "ru" ? CyrillicLanguage::russian
                                                 : CyrillicLanguage::unknown;
        NameOrigin origin = n.origin == NameOrigin::historic || n.origin == NameOrigin::former ? n.origin : NameOrigin::transliterated;
        for (std::string& latin : transliterations(n.text, lang)) add(std::move(latin), "", origin);
        // ("Макаровку" in a Russian text, where no source gives Makarivka's
        // Russian name.)
        if (place.country == "UA" && place.kind == PlaceKind::settlement && lang != CyrillicLanguage::russian)
            if (std::string ru = russian_cyrillic_form(n.text); !ru.empty()) add(std::move(ru), "ru", origin);
    }

    if (place.kind == PlaceKind::admin1 || place.kind == PlaceKind::admin2) {
        // "North Darfur", "South Kordofan", "West Kazakhstan": the press names
        // an area by the compass noun where GeoNames writes the adjective
        // ("Northern Darfur"); the other way round would take a name from a
        // namesake ("North Cape" is Norway's, not "Northern Cape").
        static constexpr std::pair<std::string_view, std::string_view> compass[] = {
            {"Northern ", "North "}, {"Southern ", "South "}, {"Eastern ", "East "}, {"Western ", "West "}};
        // ("Northern Cape" is no "North Cape": before a bare feature or area word
        // the compass noun names another place.)
        static constexpr std::string_view generic[] = {"cape", "province", "region", "district", "area", "territory", "state",
                                                       "division", "island", "islands", "coast", "shore", "bank", "county"};
        for (std::size_t i = 0, n = out.size(); i < n; ++i)
            for (const auto& [adjective, noun] : compass)
                if (out[i].text.starts_with(adjective) && out[i].text.size() > adjective.size()) {
                    const std::string rest = out[i].text.substr(adjective.size());
                    if (std::find(std::begin(generic), std::end(generic), fold(rest)) != std::end(generic)) continue;
                    add(std::string(noun) + rest, out[i].lang, out[i].origin);
                }
        std::size_t n = out.size();
        for (std::size_t i = 0; i < n; ++i) {
            std::string folded = fold(out[i].text);
            std::string core = admin_core_name(folded);
            if (core != folded && !core.empty()) add(core, out[i].lang, NameOrigin::admin_core);
        }
    }
    if (place.kind == PlaceKind::settlement && place.country == "UA") {
        // Ukrainian adjectives of -ове names close the last syllable: Курахове ->
        // Курахівський, so the press writes "the Kurakhiv direction".
        std::string folded = fold(place.name);
        if (folded.size() > 5 && folded.ends_with("ove")) add(place.name.substr(0, place.name.size() - 3) + "iv", "", NameOrigin::direction);
    }
    if (place.kind == PlaceKind::settlement && (place.country == "RU" || place.country == "UA" || place.country == "BY")) {
        // A town named "X-sk-Y" is called by its first word's adjective:
        // Kamensk-Shakhtinsky's plant is "the Kamensky plant". The first word
        // alone names it only where an adjective asks for a town
        // (recognize/adjective_match), as a direction's short form does.
        const std::size_t hyphen = place.name.find('-');
        if (hyphen != std::string::npos && hyphen >= 5) {
            const std::string first = place.name.substr(0, hyphen);
            if (fold(first).ends_with("sk")) add(first, "", NameOrigin::direction);
        }
    }
    return out;
}

}  // namespace frontline
