#include "frontline/resolve/resolver.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <cstdio>

#include "frontline/data_path.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/former_names.hpp"
#include "frontline/geo/distance.hpp"
#include "frontline/text/counted.hpp"
#include "frontline/text/edit_distance.hpp"
#include "frontline/text/fold.hpp"

namespace frontline {

namespace {

// Weights of the evidence. Scores add up; what matters is the margin between
// the best candidate and the runner-up. Tuned on how news is written, not on
// particular reports: a designator word or a named region is strong evidence,
// population is a weak tie-breaker.
constexpr double w_country = 4.0;
constexpr double w_admin1 = 2.5;
constexpr double w_admin2 = 0.8;
constexpr double w_facility = 2.0;
constexpr double w_region = 2.4;   // a continent or macro-region over a town of its name ("Africa": not Mahdia), under an admin-1 (Crimea the republic)
constexpr double w_population = 0.45;    // per decade of population
constexpr double w_designator_match = 4.0;
constexpr double w_designator_mismatch = -3.0;
constexpr double w_core_name = -2.0;     // "Kursk" for the oblast, without "region"
constexpr double w_direction_name = -4.0;
constexpr double w_transliterated = -0.2;
constexpr double w_historic = -0.4;
constexpr double w_others_main_name = -1.5;
constexpr double w_former_common = -0.75;   // a village's former name that two or more places of the country bear now
constexpr double w_stated_country = 2.5;
constexpr double w_main_name = 0.3;      // the place's own name over another's alternate ("Slovyansk": Sloviansk, not Nikopol)
constexpr double w_theatre_country = 1.0;
constexpr double w_theatre_region = 0.8;
constexpr double w_document_country = 0.5;
constexpr double w_document_places_country = 1.0;  // the country most of the document's other places lie in (outside the war)
constexpr double w_document_places_region = 1.0;   // and their state or province
constexpr double w_named_region = 2.5;
constexpr double w_qualifier = 5.0;      // the region right after the name: "X, Y region"
constexpr double w_named_otherwise = -3.0;  // a former name of a place the document names by its own
constexpr double w_proximity = 3.0;      // times exp(-d / 40 km)
// A city's districts lie within this of its centre; a city this large has them.
constexpr double district_reach_km = 20;
constexpr std::int64_t city_with_districts = 100000;
// How many mentions on either side of a name its paragraph's context reaches.
constexpr std::size_t context_window = 64;
constexpr double w_spatial_phrase = 2.0; // extra proximity weight for "north of X"
constexpr double w_same_sense = 3.0;
// A hint, not a verdict: where a report names "Belgorod region" once, a bare
// "Belgorod" elsewhere is still usually the city.
constexpr double w_designated_elsewhere = 1.0;
constexpr double minimum_score = -1.0;
constexpr double calibration_slope = 0.595;
constexpr double calibration_intercept = 2.064;
constexpr double minimum_proximity = 0.05; // a smaller proximity bonus is not added
// No settlement this far away earns a proximity bonus worth adding:
// (w_proximity + w_spatial_phrase) * exp(-250 / 40) < 0.01.
constexpr double proximity_horizon_km = 250;

// Evidence is kept as weights and reasons only when it will be shown
// (explain), and formatted only for the few candidates a mention keeps:
// building the reasons cost more than scoring.
struct Scored {
    std::uint32_t place;
    NameOrigin origin;
    bool explain = false;
    double score = 0;
    double before_context = 0;  // the score the rounds of context started from
    std::vector<std::pair<double, std::string>> evidence;

    void add(double w, const char* why) {
        add(w, [why] { return std::string(why); });
    }
    /// `why` is called only when explaining.
    template <class Why>
    void add(double w, Why&& why) {
        if (w == 0) return;
        score += w;
        if (explain) evidence.emplace_back(w, why());
    }

    std::vector<std::string> formatted() const {
        std::vector<std::string> out;
        out.reserve(evidence.size());
        for (const auto& [w, why] : evidence) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%+.2f ", w);
            out.push_back(buf + why);
        }
        return out;
    }
};

struct MentionContext {
    std::size_t sentence, paragraph, entry;
    std::string key;  // folded surface without designator
    // Index of another mention this one is placed relative to ("north of X").
    std::optional<std::size_t> relative_to;
    bool offset_phrase = false;  // "10km east of"
};

bool is_settlement_like(PlaceKind k) { return k == PlaceKind::settlement || k == PlaceKind::facility; }

// "north of", "10km east of", "just south-west of", "outside", "near".
bool spatial_phrase_between(const std::vector<Token>& tokens, std::size_t from, std::size_t to, bool& offset) {
    if (to <= from || to - from > 6) return false;
    bool direction = false, of = false;
    offset = false;
    for (std::size_t k = from; k < to; ++k) {
        const std::string& w = tokens[k].key;
        if (w == "north" || w == "south" || w == "east" || w == "west" || w == "northeast" || w == "northwest" ||
            w == "southeast" || w == "southwest")
            direction = true;
        else if (w == "of") of = true;
        else if (w == "km" || w == "kilometres" || w == "kilometers" || w == "miles" ||
                 (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0]))))
            offset = true;
        else if (w == "near" || w == "outside" || w == "towards" || w == "toward") direction = of = true;
    }
    return direction && of;
}

}  // namespace

Resolver::Resolver(const Gazetteer& gazetteer, ResolverOptions options)
    : gazetteer_(gazetteer), options_(std::move(options)) {
    const std::filesystem::path path = data_path("lexicon/theatre_regions.txt");
    std::ifstream in(path);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line.front() == '#') continue;
        // "Name" (the front itself) or "Name<TAB>weight" (a region beside it).
        double weight = w_theatre_region;
        if (auto tab = line.find('\t'); tab != std::string::npos) {
            try {
                weight = std::stod(line.substr(tab + 1));
            } catch (const std::exception&) {
                throw Error(path.string() + ":" + std::to_string(number) + ": the weight after the tab is no number");
            }
            line.resize(tab);
        }
        for (const NameMatch& m : gazetteer_.lookup(line))
            if (gazetteer_.place(m.place).kind() == PlaceKind::admin1) theatre_admin1_.emplace_back(m.place, weight);
    }
    std::sort(theatre_admin1_.begin(), theatre_admin1_.end());

    const std::filesystem::path demonyms = data_path("lexicon/demonym_countries.tsv");
    std::ifstream dem(demonyms);
    if (!dem) throw Error("cannot read '" + demonyms.string() + "'");
    for (std::size_t number = 1; std::getline(dem, line); ++number) {
        if (line.empty() || line.front() == '#') continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos || line.size() != tab + 3)
            throw Error(demonyms.string() + ":" + std::to_string(number) + ": expected an adjective, a tab and a country code");
        const bool stem = line[tab - 1] == '*';
        (stem ? demonym_stems_ : demonyms_).emplace_back(fold(line.substr(0, stem ? tab - 1 : tab)), line.substr(tab + 1));
    }
}

// "the southern English city of Salisbury", "the Russian border town of
// Sudzha", "Russian Belgorod", "російське прикордонне село Теткіно": an
// adjective of nationality heading the name's noun phrase says whose place
// it is. ("Russian shelling of X" names no place noun; "Russian-held X" is
// held, not Russian.)
std::optional<std::string> Resolver::stated_country(const std::vector<Token>& tokens, std::size_t f) const {
    auto country_of = [&](const Token& t) -> std::optional<std::string> {
        for (const auto& [w, cc] : demonyms_)
            if (t.key == w) return cc;
        if (t.cyrillic)
            for (const auto& [stem, cc] : demonym_stems_)
                if (t.key.starts_with(stem)) return cc;
        return std::nullopt;
    };
    if (f == 0) return std::nullopt;
    auto plain = [&](std::size_t k) {  // a word of the noun phrase: no punctuation before it, no name
        return tokens[k].before == Separator::space && (!tokens[k].capitalised || country_of(tokens[k]));
    };
    static constexpr std::string_view nouns[] = {"city", "town", "village", "region", "port", "settlement", "district",
                                                 "hamlet", "capital", "province", "republic", "oblast", "area", "suburb"};
    static constexpr std::string_view cyrillic_nouns[] = {"сел", "міст", "город", "селищ", "посел", "посёл", "хутор",
                                                          "станиц", "деревн", "райцентр", "регіон", "регион"};
    // Right before the name: "Russian Belgorod".
    if (tokens[f].before == Separator::space && !tokens[f - 1].cyrillic)
        if (auto cc = country_of(tokens[f - 1]); cc && tokens[f - 1].capitalised) return cc;
    std::size_t head;  // the place noun the adjective qualifies
    auto place_noun = [&](std::size_t k) { return std::find(std::begin(nouns), std::end(nouns), tokens[k].key) != std::end(nouns); };
    if (!tokens[f].cyrillic) {
        // (The name's span may open with its noun: "town of Pokrovka".)
        if (place_noun(f) && f + 1 < tokens.size() && tokens[f + 1].key == "of") head = f;
        else if (f >= 2 && tokens[f - 1].key == "of" && plain(f - 1) && tokens[f].before == Separator::space && place_noun(f - 2))
            head = f - 2;
        else return std::nullopt;
    } else {
        head = f - 1;
        if (tokens[f].before != Separator::space || std::none_of(std::begin(cyrillic_nouns), std::end(cyrillic_nouns),
                                      [&](std::string_view s) { return tokens[head].key.starts_with(s); }))
            return std::nullopt;
    }
    for (std::size_t k = head; k > 0 && head - k < 3; --k) {
        if (!plain(k)) return std::nullopt;
        if (auto cc = country_of(tokens[k - 1]); cc && tokens[k].before == Separator::space) return cc;
    }
    return std::nullopt;
}

namespace {

// Two spellings of one name: one the other's beginning with at most four
// letters more ("krasnopil", "krasnopillya"), or one edit apart in a long
// name (a swapped pair, "kupyanks", is two edits and stays apart).
bool near_spelling(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (a.size() < 6) return false;
    return (b.starts_with(a) && b.size() - a.size() <= 4) || (b.size() - a.size() <= 1 && edit_distance(a, b) <= 1);
}

}  // namespace

std::vector<std::uint32_t> Resolver::respelt_in_region(std::string_view key, std::uint32_t region) const {
    std::call_once(region_settlements_->once, [&] {
        for (std::uint32_t p = 0; p < gazetteer_.size(); ++p) {
            PlaceView v = gazetteer_.place(p);
            if (v.kind() == PlaceKind::settlement)
                if (auto a = v.admin1_place()) region_settlements_->by_admin1[*a].push_back(p);
        }
    });
    std::vector<std::uint32_t> out;
    const auto in_region = region_settlements_->by_admin1.find(region);
    if (in_region == region_settlements_->by_admin1.end()) return out;
    for (std::uint32_t p : in_region->second) {
        PlaceView v = gazetteer_.place(p);
        for (const NameView& name : v.names())
            if (near_spelling(key, fold(name.text))) {
                out.push_back(p);
                break;
            }
    }
    return out;
}

std::vector<Resolution> Resolver::resolve(const Document& doc, const std::vector<Token>& tokens,
                                          const std::vector<RecognizedName>& names, bool explain) const {
    const std::size_t n = names.size();
    std::vector<MentionContext> ctx(n);
    for (std::size_t i = 0; i < n; ++i) {
        const RecognizedName& m = names[i];
        ctx[i].sentence = doc.sentences.empty() ? 0 : doc.sentence_at(m.begin);
        ctx[i].paragraph = doc.paragraphs.empty() ? 0 : doc.paragraph_at(m.begin);
        ctx[i].entry = doc.entries.empty() ? 0 : doc.entry_at(m.begin);
        for (std::size_t t = m.first_token; t < m.last_token; ++t) {
            if (t > m.first_token) ctx[i].key += ' ';
            ctx[i].key += tokens[t].key;
        }
        // "X, just north of Y": X is placed relative to the next name.
        if (i + 1 < n && ctx[i].sentence == (doc.sentences.empty() ? 0 : doc.sentence_at(names[i + 1].begin))) {
            bool offset = false;
            if (spatial_phrase_between(tokens, m.last_token, names[i + 1].first_token, offset)) {
                ctx[i].relative_to = i + 1;
                ctx[i].offset_phrase = offset;
            }
        }
    }

    // The name after name i qualifies it: "X, Y region", "X (Y region)", and in
    // Ukrainian and Russian a region's genitive right after it ("Рибне
    // Дніпропетровської області").
    // ("Київської, Чернігівської областей" is a list of regions, not one
    // qualifying the other: the qualified name must be a settlement's.)
    auto only_settlements = [&](std::size_t i) {
        return std::all_of(names[i].matches.begin(), names[i].matches.end(),
                           [&](const NameMatch& m) { return is_settlement_like(gazetteer_.place(m.place).kind()); });
    };
    // "Ivanivka in Zaporizhzhia Oblast", "Ivanivka in the Kharkiv region",
    // "Іванівка у Харківській області": the region after "in" places the name.
    auto linked_by_in = [&](std::size_t i) {
        std::size_t g = names[i].last_token;
        if (g >= tokens.size() || tokens[g].before != Separator::space) return false;
        const std::string& w = tokens[g].key;
        if (w != "in" && w != "у" && w != "в") return false;
        ++g;
        if (g < tokens.size() && tokens[g].key == "the" && tokens[g].before == Separator::space) ++g;
        return names[i + 1].first_token == g && tokens[g].before == Separator::space;
    };
    // The region right after the name, or after "in".
    auto right_after = [&](std::size_t i) { return names[i + 1].first_token == names[i].last_token || linked_by_in(i); };
    // A region listed before a name, each item joined to the next by a comma
    // or "and": one more item of the list, not where the name lies.
    auto sibling_before = [&](std::size_t j, std::size_t i) {
        if (j >= i || ctx[j].sentence != ctx[i].sentence) return false;
        // ("In Kharkiv Oblast, Kupiansk and Vovchansk were shelled": a region
        // after a locative sets the scene for what follows.)
        static constexpr std::string_view locatives[] = {"in", "across", "throughout", "у", "в", "на", "во"};
        if (const std::size_t f = names[j].first_token; f > 0) {
            const std::size_t w = f >= 2 && tokens[f - 1].key == "the" ? f - 2 : f - 1;
            if (std::find(std::begin(locatives), std::end(locatives), tokens[w].key) != std::end(locatives)) return false;
        }
        static constexpr std::string_view joints[] = {"and", "та", "і", "й", "и"};
        for (std::size_t k = j + 1; k <= i; ++k) {
            const std::size_t gap_begin = names[k - 1].last_token, gap_end = names[k].first_token;
            // (Prose writes ", "; a table's "Kyiv Oblast,,Ukrainka" is a hierarchy.)
            const std::size_t from = tokens[gap_end - 1].full_end;
            const bool comma = gap_begin == gap_end && tokens[gap_end].before == Separator::comma &&
                               std::string_view(doc.text).substr(from, tokens[gap_end].begin - from) == ", ";
            const bool joint = gap_end == gap_begin + 1 && tokens[gap_begin].before != Separator::other &&
                               std::find(std::begin(joints), std::end(joints), tokens[gap_begin].key) != std::end(joints);
            if (!comma && !joint) return false;
        }
        return true;
    };
    auto qualifies = [&](std::size_t i) {
        const Token& t = tokens[names[i + 1].first_token];
        // (In one sentence: "Обстріляли Кіндрашівку.\nСумська область: ..." is
        // a heading of the next post, not the village's region.)
        if (ctx[i].sentence != ctx[i + 1].sentence) return false;
        // ("the Kharkiv, Sumy and Odesa regions": a region is no place of another
        // region; the plural word after the list makes each one a region.)
        if (names[i].designator == Designator::admin1) return false;
        // (Nor a country in a table's cells: "Ukraine,Kherson Oblast,,Nova
        // Kakhovka" is a hierarchy, not a village Ukrainka of that region;
        // prose keeps "Lebanon, Pa.")
        if (t.before == Separator::comma && tokens[names[i + 1].first_token - 1].full_end == t.begin - 1 &&
            std::any_of(names[i].matches.begin(), names[i].matches.end(), [&](const NameMatch& m) {
                return gazetteer_.place(m.place).kind() == PlaceKind::country;
            }))
            return false;
        if (linked_by_in(i)) return true;
        if (t.before != Separator::space) return true;
        return only_settlements(i) && t.cyrillic && tokens[names[i].first_token].cyrillic &&
               names[i + 1].designator == Designator::admin1;
    };

    // Countries the document names (unambiguous country mentions).
    std::vector<std::string> doc_countries;
    for (const auto& m : names)
        for (const auto& match : m.matches)
            if (gazetteer_.place(match.place).kind() == PlaceKind::country && m.matches.size() == 1)
                doc_countries.emplace_back(gazetteer_.place(match.place).country());

    // Whether the report is of the war: Cyrillic text, a word naming its sides
    // or theatre, or a name found only in its countries. Only then do the
    // war's countries and front count for a name: general news has "Prices
    // in New York rose", not the Donetsk village.
    const bool of_the_war = [&] {
        static constexpr std::string_view words[] = {"russian", "ukrainian", "russia", "ukraine", "russians", "ukrainians",
                                                     "kremlin", "kyiv", "kiev", "donbas", "donbass", "crimea", "zelensky",
                                                     "zelenskyy", "putin", "wagner", "belarus", "belarusian"};
        // (Words of fighting count where every name may lie in the war's
        // countries: "Fighting near Pervomaisk.")
        static constexpr std::string_view fighting[] = {"fighting", "troops", "shelling", "shelled", "drone", "drones",
                                                        "missile", "missiles", "offensive", "front", "frontline", "assault",
                                                        "assaults", "artillery", "occupied", "occupiers", "captured", "advanced",
                                                        "strike", "strikes", "attack", "attacks", "battle", "clashes"};
        bool fight_words = false;
        for (const Token& t : tokens) {
            if (t.cyrillic || std::find(std::begin(words), std::end(words), t.key) != std::end(words)) return true;
            fight_words = fight_words || std::find(std::begin(fighting), std::end(fighting), t.key) != std::end(fighting);
        }
        const auto& theatre = options_.theatre_countries;
        auto in_theatre_country = [&](const NameMatch& match) {
            return std::find(theatre.begin(), theatre.end(), gazetteer_.place(match.place).country()) != theatre.end();
        };
        return std::any_of(names.begin(), names.end(), [&](const RecognizedName& m) {
                   return !m.matches.empty() && std::all_of(m.matches.begin(), m.matches.end(), in_theatre_country);
               }) ||
               (fight_words && !names.empty() && std::all_of(names.begin(), names.end(), [&](const RecognizedName& m) {
                    return std::any_of(m.matches.begin(), m.matches.end(), in_theatre_country);
                }));
    }();

    auto theatre_weight = [&](const PlaceView& p) {
        auto a = p.admin1_place();
        if (!a) return 0.0;
        auto it = std::lower_bound(theatre_admin1_.begin(), theatre_admin1_.end(), std::make_pair(*a, -1e9));
        return it != theatre_admin1_.end() && it->first == *a ? it->second : 0.0;
    };

    // Context-free score of each candidate.
    auto prior = [&](const RecognizedName& m, const NameMatch& match) {
        PlaceView p = gazetteer_.place(match.place);
        Scored s{match.place, match.origin, explain};
        // Named through its adjective where the text asked for a place
        // ("на Куп'янському напрямку"): no bare adjectival form.
        const bool adjectival = std::binary_search(m.adjectival.begin(), m.adjectival.end(), match.place);
        switch (p.kind()) {
        case PlaceKind::country: s.add(w_country, "country"); break;
        case PlaceKind::admin1: s.add(w_admin1, "admin-1 region"); break;
        case PlaceKind::admin2: s.add(w_admin2, "district"); break;
        case PlaceKind::facility: s.add(w_facility, "named facility"); break;
        case PlaceKind::region: s.add(w_region, "region"); break;
        default: break;
        }
        if (p.population() > 0 && is_settlement_like(p.kind())) s.add(w_population * std::log10(1.0 + p.population()), [&] { return "population " + std::to_string(p.population()); });
        std::string_view fc = p.feature_code();
        if (fc == "PPLC") s.add(1.0, "national capital");
        else if (fc == "PPLA") s.add(0.5, "regional capital");
        else if (fc == "PPLX" || fc == "PPLH" || fc == "PPLQ" || fc == "PPLW") s.add(-1.0, "section or former place");
        switch (match.origin) {
        case NameOrigin::preferred:
        case NameOrigin::ascii: s.add(w_main_name, "the place's main name"); break;
        case NameOrigin::transliterated: s.add(w_transliterated, "transliterated name"); break;
        case NameOrigin::historic: s.add(w_historic, "historic name"); break;
        // (No penalty: the namesake bearing it now competes in its own right.)
        case NameOrigin::former: s.add(0.0, "former name, another place's now"); break;
        case NameOrigin::admin_core: s.add(w_core_name, "short form of the region's name"); break;
        case NameOrigin::direction:
            if (!adjectival) s.add(w_direction_name, "adjectival form");
            break;
        default: break;
        }
        switch (m.designator) {
        case Designator::admin1:
            s.add(p.kind() == PlaceKind::admin1 ? w_designator_match : w_designator_mismatch, "\"region\" follows");
            break;
        case Designator::admin2:
            s.add(p.kind() == PlaceKind::admin2 ? w_designator_match : w_designator_mismatch / 2, "\"district\" follows");
            break;
        case Designator::settlement:
            s.add(is_settlement_like(p.kind()) ? w_designator_match : w_designator_mismatch, "\"city\" follows or precedes");
            break;
        case Designator::direction:
            // Fronts are named after towns, seldom after villages.
            // (A town's district is no front's name: "Олександрівський напрямок"
            // is not Zaporizhzhia's Oleksandrivskyi district.)
            // Nor after a town's former name (Oleksandrivsk for Zaporizhzhia):
            // fronts bear the names towns bear now.
            if (fc == "PPLX" || match.origin == NameOrigin::historic || match.origin == NameOrigin::former) break;
            if (adjectival)
                s.add(p.population() >= 10000 ? w_designator_match : w_designator_match - 1,
                      "a direction is named after its town");
            else if (match.origin == NameOrigin::direction) s.add(-w_direction_name + 1, "\"direction\" follows");
            // ("the Kupiansk direction" is Kupiansk's, not Kupiansk-Vuzlovyi's
            // whose short form it also is.)
            else if (is_settlement_like(p.kind()) && p.population() >= 10000) s.add(2.0, "a direction is named after its town");
            break;
        case Designator::community:
            if (adjectival && is_settlement_like(p.kind())) s.add(w_designator_match, "a community is named after its centre");
            else if (p.kind() == PlaceKind::admin1 || p.kind() == PlaceKind::admin2)
                s.add(w_designator_mismatch / 2, "\"community\" follows");
            break;
        case Designator::none: break;
        }
        std::string_view cc = p.country();
        const bool theatre = std::find(options_.theatre_countries.begin(), options_.theatre_countries.end(), cc) !=
                             options_.theatre_countries.end();
        if (theatre && of_the_war)
            s.add(w_theatre_country, "country of the war");
        else if (std::find(doc_countries.begin(), doc_countries.end(), cc) != doc_countries.end())
            s.add(w_document_country, "country named in the document");
        if (const double w = of_the_war && is_settlement_like(p.kind()) ? theatre_weight(p) : 0.0; w > 0)
            s.add(w, w >= w_theatre_region ? "front-line region" : "region beside the front");
        return s;
    };

    std::vector<std::vector<Scored>> scored(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto& match : names[i].matches) scored[i].push_back(prior(names[i], match));

    // "the Russian town of Pokrovka": the country its adjective names.
    for (std::size_t i = 0; i < n; ++i) {
        const std::optional<std::string> cc = stated_country(tokens, names[i].first_token);
        if (!cc) continue;
        for (Scored& sc : scored[i])
            if (gazetteer_.place(sc.place).country() == *cc) sc.add(w_stated_country, "its country's adjective before it");
    }

    // "the poisoning in Salisbury": a name that is some place's own main
    // name is seldom meant for a far place that lists it among its
    // alternates (Harare, once Salisbury). Inside the war's countries the
    // alternates are the Russian and Ukrainian forms of one another and stay
    // even.
    for (std::size_t i = 0; i < n; ++i) {
        const bool someones_main = std::any_of(names[i].matches.begin(), names[i].matches.end(), [](const NameMatch& m) {
            return m.origin == NameOrigin::preferred || m.origin == NameOrigin::ascii;
        });
        if (!someones_main) continue;
        for (std::size_t k = 0; k < scored[i].size(); ++k) {
            const NameMatch& match = names[i].matches[k];
            PlaceView p = gazetteer_.place(match.place);
            if (match.origin != NameOrigin::alternate || !is_settlement_like(p.kind())) continue;
            const std::string_view cc = p.country();
            if (std::find(options_.theatre_countries.begin(), options_.theatre_countries.end(), cc) != options_.theatre_countries.end())
                continue;
            scored[i][k].add(w_others_main_name, "an alternate name, another place's main one");
        }
    }

    // "Fighting near Petrivka", "бої біля Іванівки": a village renamed in 2016
    // keeps its common old name as a former one, but where two or more
    // places of its country bear that name now, a report means one of them,
    // not the largest place that once bore it (Balabyne, Bilozerka).
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t k = 0; k < scored[i].size(); ++k) {
            const NameMatch& match = names[i].matches[k];
            // (A town's famous old name stays a fair reading: "Pervomaisk" for
            // Sokolohirsk, decided by the front and the document.)
            if (match.origin != NameOrigin::former || gazetteer_.place(match.place).population() >= renamed_town_population)
                continue;
            const std::string_view cc = gazetteer_.place(match.place).country();
            const auto bearers = std::count_if(names[i].matches.begin(), names[i].matches.end(), [&](const NameMatch& m) {
                if (m.origin == NameOrigin::former || m.origin == NameOrigin::historic) return false;
                PlaceView q = gazetteer_.place(m.place);
                return is_settlement_like(q.kind()) && q.country() == cc;
            });
            if (bearers >= 2)
                scored[i][k].add(w_former_common, [&] {
                    return "a former name, which " + std::to_string(bearers) + " places of its country bear now";
                });
        }

    // "Krasnopil, Sumy region", "Shakhtarsk (Dnipro region)": a stated region
    // none of the name's readings lies in asks for the settlement of that
    // region spelt almost so (Krasnopillia, Shakhtarske), over an exact
    // spelling elsewhere.
    std::map<std::pair<std::string, std::uint32_t>, std::vector<std::uint32_t>> respelt_asked;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (!right_after(i) || !qualifies(i) || scored[i].empty()) continue;
        // (A region is named as one: "Krasnopil, Sumy region", not a town's
        // short form in a list, "Kharkiv, Sumy and Poltava".)
        std::optional<std::uint32_t> region;
        const bool named_as_region = names[i + 1].designator == Designator::admin1 ||
                                     std::none_of(names[i + 1].matches.begin(), names[i + 1].matches.end(), [&](const NameMatch& m) {
                                         return is_settlement_like(gazetteer_.place(m.place).kind());
                                     });
        for (const auto& match : names[i + 1].matches)
            if (gazetteer_.place(match.place).kind() == PlaceKind::admin1 && named_as_region) region = match.place;
        if (!region || std::any_of(scored[i].begin(), scored[i].end(), [&](const Scored& sc) {
                return gazetteer_.place(sc.place).admin1_place() == *region;
            }))
            continue;
        bool respelt = false;
        // (Asked once per spelling and region: a table's rows repeat them.)
        auto [cached, fresh] = respelt_asked.try_emplace({ctx[i].key, *region});
        if (fresh) cached->second = respelt_in_region(ctx[i].key, *region);
        for (std::uint32_t p : cached->second) {
            Scored sc = prior(names[i], NameMatch{p, NameOrigin::alternate, false});
            sc.add(w_qualifier, [&] { return "spelt almost so in " + std::string(gazetteer_.place(*region).name()) + ", its qualifier"; });
            scored[i].push_back(std::move(sc));
            respelt = true;
        }
        // "Рыбное Днепропетровской области", where the gazetteer knows no such
        // village: the region the text puts it in, not a namesake 1,000 km off.
        // (Only where the region is named as one: in "Харків, Чернігів, Суми"
        // Chernihiv is a town of the list.)
        // (Not after "in": a writer puts a village just over the border in the
        // next region, "Vorone in the Donetsk region"; the namesake stays.)
        if (!respelt && only_settlements(i) && names[i + 1].designator == Designator::admin1 && !linked_by_in(i)) {
            Scored sc = prior(names[i], NameMatch{*region, NameOrigin::alternate, false});
            sc.add(w_qualifier, [&] { return "no place of this name in " + std::string(gazetteer_.place(*region).name()) + ", its qualifier"; });
            scored[i].push_back(std::move(sc));
        }
    }

    auto best_of = [](const std::vector<Scored>& v) {
        return std::max_element(v.begin(), v.end(), [](const Scored& a, const Scored& b) {
            return a.score < b.score || (a.score == b.score && a.place > b.place);
        });
    };

    // Anchors: mentions whose reading is clear without context.
    std::vector<std::optional<std::uint32_t>> choice(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (scored[i].empty()) continue;
        auto b = best_of(scored[i]);
        double second = -1e9;
        for (const auto& s : scored[i])
            if (&s != &*b) second = std::max(second, s.score);
        if (scored[i].size() == 1 || b->score - second >= 2.5) choice[i] = b->place;
    }

    // Regions the document names with a designator ("the Kursk region"):
    // a bare "Kursk" elsewhere in the same document then reads as the region
    // too, as analysts read "troops in Kursk" during the incursion.
    std::vector<std::uint32_t> designated_regions;
    for (std::size_t i = 0; i < n; ++i)
        if (names[i].designator == Designator::admin1)
            for (const auto& match : names[i].matches)
                if (gazetteer_.place(match.place).kind() == PlaceKind::admin1) designated_regions.push_back(match.place);
    for (std::size_t i = 0; i < n; ++i) {
        if (names[i].designator != Designator::none) continue;
        for (Scored& s : scored[i])
            if (std::find(designated_regions.begin(), designated_regions.end(), s.place) != designated_regions.end())
                s.add(w_designated_elsewhere, "named as a region elsewhere in the document");
    }

    // "Strikes were recorded in Kyivskyi district" in a report on Kharkiv: a
    // city's district whose city the report never names is a district of the
    // city it does name, not a namesake in another city (the gazetteer has
    // Donetsk's Kyivskyi district and lacks Kharkiv's). A district is a
    // section of a city (PPLX), or an admin-2 district lying at its region's
    // point, as a city-region's districts do (Kyiv's).
    {
        auto urban = [&](std::uint32_t place) {
            PlaceView p = gazetteer_.place(place);
            if (p.feature_code() == "PPLX") return true;
            if (p.kind() != PlaceKind::admin2) return false;
            const auto region = p.admin1_place();
            if (!region) return false;
            PlaceView r = gazetteer_.place(*region);
            return distance_km(p.lat(), p.lon(), r.lat(), r.lon()) < district_reach_km;
        };
        // (The likeliest reading so far: "Kharkiv" is not yet sure of the city over the region.)
        std::vector<std::optional<std::uint32_t>> likeliest(n);
        for (std::size_t j = 0; j < n; ++j)
            if (!scored[j].empty()) likeliest[j] = best_of(scored[j])->place;
        // ("London, Ont., council ... the village of Lambeth": a region
        // qualifying one mention of a name says which namesake all its
        // mentions are, before any district is drawn to the biggest one.)
        std::unordered_map<std::string_view, std::uint32_t> qualified_place;  // by name: the reading its qualifier holds
        for (std::size_t m = 0; m + 1 < n; ++m) {
            if (!right_after(m) || !qualifies(m)) continue;
            const std::vector<NameMatch>& region = names[m + 1].matches;
            auto held = [&](const Scored& sc) {
                const auto a = gazetteer_.place(sc.place).admin1_place();
                return a && std::any_of(region.begin(), region.end(), [&](const NameMatch& r) {
                           return r.place == *a && gazetteer_.place(r.place).kind() == PlaceKind::admin1;
                       });
            };
            const Scored* inside = nullptr;
            for (const Scored& sc : scored[m])
                if (held(sc) && (!inside || sc.score > inside->score)) inside = &sc;
            if (inside) qualified_place[ctx[m].key] = inside->place;
        }
        // (One pass over the mentions: a table of "village, Oblast" rows
        // asks nothing per pair.)
        if (!qualified_place.empty())
            for (std::size_t j = 0; j < n; ++j)
                if (auto it = qualified_place.find(ctx[j].key);
                    it != qualified_place.end() &&
                    std::any_of(scored[j].begin(), scored[j].end(), [&](const Scored& sc) { return sc.place == it->second; }))
                    likeliest[j] = it->second;
        auto named_settlement = [&](std::size_t j) {
            return likeliest[j] && gazetteer_.place(*likeliest[j]).kind() == PlaceKind::settlement;
        };
        for (std::size_t i = 0; i < n; ++i) {
            if (scored[i].empty() || !std::all_of(scored[i].begin(), scored[i].end(), [&](const Scored& sc) { return urban(sc.place); }))
                continue;
            // A city with districts, named apart from the name at i.
            auto is_city = [&](std::size_t j) {
                // (Or a region's capital, whatever GeoNames counts its people:
                // Kherson, with its Dniprovskyi district, is listed at 66,000.)
                if (j == i || ctx[j].key == ctx[i].key || !named_settlement(j) || urban(*likeliest[j])) return false;
                const PlaceView city = gazetteer_.place(*likeliest[j]);
                return city.population() >= city_with_districts || city.feature_code() == "PPLA" || city.feature_code() == "PPLC";
            };
            // (A district near a town the report names is that town's: the
            // district of that name within its reach is read, whatever the
            // population of a namesake elsewhere.)
            bool placed = false;
            for (std::size_t j = 0; j < n && !placed; ++j) {
                if (j == i || !named_settlement(j) || ctx[j].key == ctx[i].key) continue;
                PlaceView q = gazetteer_.place(*likeliest[j]);
                for (Scored& sc : scored[i]) {
                    PlaceView p = gazetteer_.place(sc.place);
                    if (distance_km(p.lat(), p.lon(), q.lat(), q.lon()) >= district_reach_km) continue;
                    placed = true;
                    if (is_city(j))
                        sc.add(w_qualifier, [&] { return "a district of " + std::string(q.name()) + ", the city the report names"; });
                }
            }
            if (placed) {
                choice[i] = best_of(scored[i])->place;
                continue;
            }
            // The city: one named in the same sentence, else the last named before it in the entry.
            std::optional<std::size_t> city;
            for (std::size_t j = 0; j < n; ++j)
                if (is_city(j) && ctx[j].sentence == ctx[i].sentence) {
                    city = j;
                    break;
                }
            for (std::size_t j = i; !city && j-- > 0;)
                if (ctx[j].entry == ctx[i].entry && is_city(j)) city = j;
            if (!city) continue;
            const std::uint32_t place = *likeliest[*city];
            Scored sc = prior(names[i], NameMatch{place, NameOrigin::alternate, false});
            sc.add(w_qualifier, [&] { return "a district of " + std::string(gazetteer_.place(place).name()) + ", the city the report names"; });
            scored[i].push_back(std::move(sc));
            choice[i] = best_of(scored[i])->place;
        }
    }

    // Context comes from the same paragraph: index mentions by paragraph so
    // the work grows with paragraph size, not with the square of the document.
    std::map<std::size_t, std::vector<std::size_t>> by_paragraph;
    for (std::size_t i = 0; i < n; ++i) by_paragraph[ctx[i].paragraph].push_back(i);

    // One sense per document: mentions of the same name (with the same
    // designator) decide together, pooling their evidence. Sorted by name,
    // each group is a run of mentions, in text order within it.
    std::vector<std::size_t> by_name(n);
    std::iota(by_name.begin(), by_name.end(), std::size_t{0});
    auto name_of = [&](std::size_t i) { return std::tie(ctx[i].key, names[i].designator); };
    std::stable_sort(by_name.begin(), by_name.end(), [&](std::size_t a, std::size_t b) { return name_of(a) < name_of(b); });
    std::vector<std::span<const std::size_t>> groups;
    for (std::size_t g = 0; g < n;) {
        std::size_t end = g + 1;
        while (end < n && name_of(by_name[end]) == name_of(by_name[g])) ++end;
        groups.emplace_back(by_name.data() + g, end - g);
        g = end;
    }

    // Rounds of context: each mention looks at the others' current choices.
    // (A third round lets a choice that context changed in the second reach
    // its neighbours: "біля Макіївки, Невського": Невське is found near the
    // sector's town only in the second, and Макіївка near Невське in the third.)
    constexpr int context_rounds = 3;
    std::vector<std::vector<Scored>> next(n);  // kept from round to round, with its storage
    // Where the document's other places lie, name by name: a local paper's
    // Paris lies where its Murray, Union City and Henry County do. (Outside
    // the war's countries only: between a Ukrainian and a Russian namesake
    // the front and the oblast named decide.)
    // (Keys point into the gazetteer and the mentions' context, which
    // outlive the rounds; a document whose candidates all lie in the war's
    // countries never asks.)
    auto in_theatre = [&](std::string_view cc) {
        return std::find(options_.theatre_countries.begin(), options_.theatre_countries.end(), cc) != options_.theatre_countries.end();
    };
    const bool asks_geography = std::any_of(scored.begin(), scored.end(), [&](const std::vector<Scored>& v) {
        return std::any_of(v.begin(), v.end(), [&](const Scored& sc) {
            const std::string_view cc = gazetteer_.place(sc.place).country();
            return !cc.empty() && !in_theatre(cc);
        });
    });
    std::map<std::string_view, std::set<std::string_view>> names_by_country;
    std::map<std::uint32_t, std::set<std::string_view>> names_by_region;  // by admin-1 place
    auto count_places = [&] {
        names_by_country.clear();
        names_by_region.clear();
        for (std::size_t j = 0; j < n; ++j) {
            if (!choice[j]) continue;
            PlaceView q = gazetteer_.place(*choice[j]);
            names_by_country[q.country()].insert(ctx[j].key);
            if (q.kind() == PlaceKind::admin1) names_by_region[*choice[j]].insert(ctx[j].key);
            else if (auto a = q.admin1_place()) names_by_region[*a].insert(ctx[j].key);
        }
    };
    auto others_in = [](const auto& counts, const auto& where, std::string_view own) {
        auto it = counts.find(where);
        if (it == counts.end()) return std::size_t{0};
        return it->second.size() - it->second.count(own);
    };
    // "Yalta (Donetsk)": a name alone in brackets right after the name
    // before it, in its sentence (what the text says; asked once).
    std::vector<bool> bracketed_after(n, false);
    for (std::size_t i = 1; i < n; ++i) {
        if (ctx[i - 1].sentence != ctx[i].sentence || names[i - 1].last_token != names[i].first_token) continue;
        const std::string_view text(doc.text);
        const std::size_t open_from = tokens[names[i].first_token - 1].full_end;
        const std::string_view opening = text.substr(open_from, tokens[names[i].first_token].begin - open_from);
        const std::size_t close_from = tokens[names[i].last_token - 1].end;
        const std::size_t close_to = names[i].last_token < tokens.size() ? tokens[names[i].last_token].begin : text.size();
        const std::string_view closing = text.substr(close_from, std::min<std::size_t>(close_to - close_from, 3));
        bracketed_after[i] = opening.find('(') != std::string_view::npos && closing.find(')') != std::string_view::npos;
    }
    // The readings each mention's own qualifier named this round ("Paris, Tex.", "Paris, France").
    std::vector<std::vector<std::uint32_t>> qualified_readings(n);
    for (int round = 0; round < context_rounds; ++round) {
        for (auto& q : qualified_readings) q.clear();
        if (asks_geography) count_places();
        for (std::size_t i = 0; i < n; ++i) {
            next[i].clear();
            next[i].reserve(scored[i].size());
            // The mentions of its paragraph, up to a window around it: a
            // paragraph of thousands of names (a table pasted as one line)
            // must not cost the square of its length.
            const std::vector<std::size_t>& whole = by_paragraph[ctx[i].paragraph];
            std::span<const std::size_t> paragraph(whole);
            if (whole.size() > 2 * context_window + 1) {
                const std::size_t at = static_cast<std::size_t>(std::lower_bound(whole.begin(), whole.end(), i) - whole.begin());
                const std::size_t from = at > context_window ? at - context_window : 0;
                paragraph = paragraph.subspan(from, std::min(whole.size() - from, 2 * context_window + 1));
            }
            // "Paris, Tenn.": the qualifying region, where none of the name's
            // readings lies in it (asked once a round, for the rule below).
            std::optional<std::uint32_t> region_holding_none;
            if (i + 1 < n && choice[i + 1] && gazetteer_.place(*choice[i + 1]).kind() == PlaceKind::admin1 && right_after(i) &&
                qualifies(i) && std::none_of(scored[i].begin(), scored[i].end(), [&](const Scored& other) {
                    return gazetteer_.place(other.place).admin1_place() == *choice[i + 1];
                }))
                region_holding_none = *choice[i + 1];
            for (Scored s : scored[i]) {
                PlaceView p = gazetteer_.place(s.place);
                // (What the whole document says of a place counts once for
                // all its mentions, as its standing does.)
                if (const std::string_view cc = p.country(); asks_geography && !cc.empty() && !in_theatre(cc)) {
                    if (const std::size_t k = others_in(names_by_country, cc, ctx[i].key); k > 0)
                        s.add(w_document_places_country * std::min(1.0, k / 3.0),
                              [&] { return counted(k, "other name") + " of the document in " + std::string(cc); });
                    const auto a = p.kind() == PlaceKind::admin1 ? std::optional<std::uint32_t>(s.place) : p.admin1_place();
                    if (a)
                        if (const std::size_t k = others_in(names_by_region, *a, ctx[i].key); k > 0)
                            // (Past two names the bonus grows only enough to
                            // part two namesake counties: the state most of the
                            // report's names lie in wins the tie.)
                            s.add(w_document_places_region * std::min(1.0, k / 2.0) + 0.005 * static_cast<double>(std::min<std::size_t>(k, 20)), [&] {
                                return counted(k, "other name") + " of the document in " + std::string(gazetteer_.place(*a).name());
                            });
                }
                s.before_context = s.score;
                // A place the document names by another name is not named
                // again by a former one: beside "Нікополь", "Слов'янськ" is
                // Sloviansk. (Right beside it, it is: "Sokolohirsk (formerly
                // Pervomaisk)".)
                if (s.origin == NameOrigin::former)
                    for (std::size_t j = 0; j < n; ++j)
                        if (j != i && choice[j] == s.place && ctx[j].key != ctx[i].key &&
                            !(ctx[j].sentence == ctx[i].sentence && (j + 1 == i || i + 1 == j))) {
                            s.add(w_named_otherwise, "the document names it otherwise");
                            break;
                        }
                // Admin-1 regions named in the same paragraph; right after
                // the name, as its qualifier, they decide ("Krasnopil, Sumy
                // region", "Sumy, Sumy Oblast", "Shakhtarsk (Dnipro region)").
                // (Abroad, not for a small namesake of a place of note: "Paris ...
                // wildfires in Texas" is no Paris of Texas, "WASHINGTON — ... of
                // Illinois" no Washington of Illinois, "California sued ... in
                // Pennsylvania" the state. The qualifier right after still decides.)
                const bool outshone =
                    !in_theatre(p.country()) &&
                    std::any_of(scored[i].begin(), scored[i].end(), [&](const Scored& other) {
                        if (other.place == s.place) return false;
                        const PlaceView o = gazetteer_.place(other.place);
                        // (A state or country of the name outshines a small town only:
                        // "Police in Victoria ... British Columbia" is the city of 290,000.)
                        if (o.kind() == PlaceKind::admin1 || o.kind() == PlaceKind::country)
                            return (other.origin == NameOrigin::preferred || other.origin == NameOrigin::ascii) &&
                                   p.population() < 100000;
                        // (A county is outshone by a city bearing its name as the city's
                        // own, not as an alternate: "Orleans Parish ... Louisiana" is
                        // the parish, which New Orleans is also called.)
                        if (p.kind() == PlaceKind::admin2 && other.origin != NameOrigin::preferred &&
                            other.origin != NameOrigin::ascii)
                            return false;
                        return is_settlement_like(o.kind()) && o.population() >= 200000 && o.population() >= 20 * p.population();
                    });
                if (p.kind() != PlaceKind::admin1 && p.kind() != PlaceKind::country) {
                    for (std::size_t j : paragraph) {
                        if (j == i || !choice[j]) continue;
                        PlaceView q = gazetteer_.place(*choice[j]);
                        if (q.kind() == PlaceKind::admin1 && p.admin1_place() == *choice[j] && ctx[j].key != ctx[i].key) {
                            // ("обстрілів зазнали Харківщина, Запоріжжя, Нікополь": a region
                            // listed just before the name is its sibling, not its container.)
                            if (sibling_before(j, i)) break;
                            bool qualifier = j == i + 1 && right_after(i) && qualifies(i);
                            if (qualifier) {
                                s.add(w_qualifier, [&] { return "in " + std::string(q.name()) + ", its qualifier"; });
                                qualified_readings[i].push_back(s.place);
                            }
                            else if (!outshone)
                                s.add(w_named_region, [&] { return "in " + std::string(q.name()) + ", named nearby"; });
                            break;
                        }
                    }
                }
                // ("Tripoli, Lebanon", "Leon, Mexico": a country right after the
                // name, as its qualifier, decides among namesakes abroad.)
                if (is_settlement_like(p.kind()) && i + 1 < n && choice[i + 1] &&
                    gazetteer_.place(*choice[i + 1]).kind() == PlaceKind::country && right_after(i) && qualifies(i) &&
                    gazetteer_.place(*choice[i + 1]).country() == p.country()) {
                    s.add(w_qualifier, [&] { return "in " + std::string(p.country()) + ", its qualifier"; });
                    qualified_readings[i].push_back(s.place);
                }
                // ("Athens, Georgia", "Rome, Georgia": of a qualifier's readings,
                // a state or country that holds a namesake of the name before it.)
                // (By its own full name only: "Lviv, Dnipro" lists the city, not its oblast's short form.)
                if ((p.kind() == PlaceKind::admin1 || p.kind() == PlaceKind::country) && i > 0 && right_after(i - 1) &&
                    qualifies(i - 1) && names[i].matches.size() > 1 && s.origin != NameOrigin::admin_core &&
                    s.origin != NameOrigin::direction && !tokens[names[i].first_token].cyrillic &&
                    tokens[names[i].first_token].before == Separator::comma &&
                    // (The war's regions keep their own rules: "Beryslav, Kherson itself" lists the city.)
                    std::find(options_.theatre_countries.begin(), options_.theatre_countries.end(), p.country()) ==
                        options_.theatre_countries.end() &&
                    std::any_of(scored[i - 1].begin(), scored[i - 1].end(), [&](const Scored& town) {
                        const PlaceView t = gazetteer_.place(town.place);
                        return t.kind() == PlaceKind::settlement &&
                               (p.kind() == PlaceKind::admin1 ? t.admin1_place() == s.place : t.country() == p.country());
                    }))
                    s.add(w_qualifier, [&] { return "holds a namesake of the name before it"; });
                // "Paris, Tenn.", where the gazetteer holds no Paris of
                // Tennessee: the qualifier's country still speaks, for the
                // Paris of Texas over the one of France.
                if (region_holding_none && is_settlement_like(p.kind())) {
                    PlaceView q = gazetteer_.place(*region_holding_none);
                    if (p.country() == q.country())
                        s.add(w_named_region, [&] { return "in " + std::string(q.country()) + ", its qualifier's country"; });
                }
                // "Yalta (Donetsk)", "Nikopol (Dnipropetrovsk)": a name alone
                // in brackets right after a town is the region that holds it.
                if (p.kind() == PlaceKind::admin1 && bracketed_after[i] && choice[i - 1]) {
                    const bool holds_town = std::any_of(scored[i - 1].begin(), scored[i - 1].end(), [&](const Scored& town) {
                        return gazetteer_.place(town.place).admin1_place() == s.place;
                    });
                    // ("Dnipro (Dnipropetrovsk)": a town's former name in brackets is the town.)
                    const bool names_the_town = std::any_of(names[i].matches.begin(), names[i].matches.end(),
                                                            [&](const NameMatch& m) { return m.place == *choice[i - 1]; });
                    if (holds_town && !names_the_town)
                        s.add(w_qualifier, [&] { return "the region that holds " + std::string(gazetteer_.place(*choice[i - 1]).name()) +
                                                        ", in brackets after it"; });
                }
                // "Georgia Gov. Brian Kemp ... in Atlanta and Savannah": a state
                // that holds the places named around it, over the country of its
                // name. (Its own full name only: "Kharkiv" beside Kupiansk stays the city.)
                if (p.kind() == PlaceKind::admin1 && (s.origin == NameOrigin::preferred || s.origin == NameOrigin::ascii) &&
                    std::any_of(names[i].matches.begin(), names[i].matches.end(),
                                [&](const NameMatch& m) { return gazetteer_.place(m.place).kind() == PlaceKind::country; }))
                    for (std::size_t j : paragraph) {
                        if (j == i || !choice[j] || ctx[j].key == ctx[i].key) continue;
                        PlaceView q = gazetteer_.place(*choice[j]);
                        if (q.admin1_place() == s.place) {
                            s.add(w_named_region, [&] { return "holds " + std::string(q.name()) + ", named nearby"; });
                            break;
                        }
                    }
                // Nearby settlements in the same sentence or paragraph.
                if (is_settlement_like(p.kind())) {
                    double best_bonus = 0, best_km = 0;
                    std::uint32_t near = 0;
                    for (std::size_t j : paragraph) {
                        if (j == i || !choice[j] || ctx[j].key == ctx[i].key) continue;
                        bool same_sentence = ctx[j].sentence == ctx[i].sentence;
                        if (!same_sentence && ctx[j].paragraph != ctx[i].paragraph) continue;
                        PlaceView q = gazetteer_.place(*choice[j]);
                        if (!is_settlement_like(q.kind())) continue;
                        // ("across Mexico ... in Mexico City": abroad, a name the place
                        // bears only among its alternates is not drawn to the place
                        // the document names by its own name.)
                        if (*choice[j] == s.place && s.origin == NameOrigin::alternate && !in_theatre(p.country())) continue;
                        // A degree of latitude is at least 111 km: most far homonyms
                        // are passed over without the trigonometry.
                        if (std::abs(p.lat() - q.lat()) * 111.0 > proximity_horizon_km) continue;
                        double d = distance_km(p.lat(), p.lon(), q.lat(), q.lon());
                        double w = w_proximity * (same_sentence ? 1.0 : 0.6);
                        if (ctx[i].relative_to == j || ctx[j].relative_to == i) w += w_spatial_phrase;
                        double bonus = w * std::exp(-d / 40.0);
                        if (bonus > best_bonus) {
                            best_bonus = bonus;
                            best_km = d;
                            near = *choice[j];
                        }
                    }
                    if (best_bonus > minimum_proximity)
                        s.add(best_bonus, [&] {
                            return "near " + std::string(gazetteer_.place(near).name()) + " (" +
                                   std::to_string(static_cast<int>(best_km)) + " km)";
                        });
                }
                next[i].push_back(std::move(s));
            }
        }
        // One sense per document: a place's standing counts once, the
        // context around each mention adds up ("London, Ont." names the
        // London of three other bare mentions; summed, the bare mentions'
        // standing would outvote the one qualified).
        struct Pooled {
            std::uint32_t place;
            double standing, context;
            double score() const { return standing + context; }
        };
        std::vector<Pooled> pooled;
        for (std::span<const std::size_t> members : groups) {
            pooled.clear();
            for (std::size_t i : members)
                for (std::size_t k = 0; k < next[i].size(); ++k) {
                    // Mentions of one name list the same candidates in the
                    // same order: the k-th slot is almost always the place.
                    const Scored& s = next[i][k];
                    auto it = k < pooled.size() && pooled[k].place == s.place
                                  ? pooled.begin() + static_cast<std::ptrdiff_t>(k)
                                  : std::find_if(pooled.begin(), pooled.end(), [&](const Pooled& p) { return p.place == s.place; });
                    if (it == pooled.end()) it = pooled.insert(pooled.end(), {s.place, s.before_context, 0.0});
                    it->standing = std::max(it->standing, s.before_context);
                    it->context += s.score - s.before_context;
                }
            if (pooled.empty()) continue;
            auto best = std::max_element(pooled.begin(), pooled.end(), [](const Pooled& a, const Pooled& b) {
                return a.score() < b.score() || (a.score() == b.score() && a.place > b.place);
            });
            // ("Paris, Tex." and "Paris, France" in one story: where the
            // mentions' own qualifiers name different places, each qualified
            // mention keeps its own; the bare ones take the pooled reading.)
            // (Of the readings its qualifier names, the best scored: "Odessa,
            // Ukraine" is the city, not its airport.)
            auto own_qualified = [&](std::size_t i) -> std::optional<std::uint32_t> {
                const Scored* best_own = nullptr;
                for (const Scored& sc : next[i])
                    if (std::find(qualified_readings[i].begin(), qualified_readings[i].end(), sc.place) != qualified_readings[i].end() &&
                        (!best_own || sc.score > best_own->score))
                        best_own = &sc;
                return best_own ? std::optional<std::uint32_t>(best_own->place) : std::nullopt;
            };
            std::vector<std::optional<std::uint32_t>> own(members.size());
            for (std::size_t m = 0; m < members.size(); ++m) own[m] = own_qualified(members[m]);
            const auto first_own = std::find_if(own.begin(), own.end(), [](const auto& o) { return o.has_value(); });
            const bool qualifiers_differ = first_own != own.end() && std::any_of(own.begin(), own.end(), [&](const auto& o) {
                return o && *o != **first_own;
            });
            for (std::size_t m = 0; m < members.size(); ++m) {
                const std::size_t i = members[m];
                if (qualifiers_differ && own[m]) {
                    choice[i] = *own[m];
                    continue;
                }
                choice[i] = best->place;
                if (members.size() < 2) continue;
                // Carry the pooled margin into each mention's scores so the
                // chosen reading also ranks first in the output.
                for (Scored& s : next[i])
                    if (s.place == best->place)
                        s.add(1.0, [&] {
                            return "read the same as " + counted(members.size() - 1, "other mention") +
                                   " of this name in the document";
                        });
            }
        }
        if (round == context_rounds - 1) scored.swap(next);
    }

    std::vector<Resolution> out(n);
    // The city a district name belongs to: the name right before it with a
    // possessive ("Kyiv's"), or, after "the city's" / "the town's", the last
    // settlement placed before it in the same entry.
    // "microdistrict", "мікрорайоні" among the words before `after`: a quarter
    // of a town, never a raion.
    auto town_quarter = [&](std::size_t after) {
        static constexpr std::string_view quarters[] = {"microdistrict", "microdistricts", "microraion", "mikroraion",
                                                        "neighbourhood", "neighborhood"};
        const std::string& w = tokens[after - 1].key;
        return std::find(std::begin(quarters), std::end(quarters), w) != std::end(quarters) || w.starts_with("мікрорайон") ||
               w.starts_with("микрорайон");
    };
    auto city_of_district = [&](std::size_t i) -> std::optional<std::uint32_t> {
        const RecognizedName& m = names[i];
        if (m.designator != Designator::admin2 || m.first_token == 0) return std::nullopt;
        const Token& before = tokens[m.first_token - 1];
        auto settlement = [&](std::size_t j) -> std::optional<std::uint32_t> {
            if (!out[j].place || gazetteer_.place(*out[j].place).kind() != PlaceKind::settlement) return std::nullopt;
            return out[j].place;
        };
        // ("прилёт по Донецку — по Киевскому району", "у Харкові, в Київському
        // районі": the city right before, a preposition at most between.)
        if (i > 0 && ctx[i - 1].entry == ctx[i].entry && names[i - 1].last_token < m.first_token &&
            m.first_token - names[i - 1].last_token <= 1 && tokens[names[i - 1].last_token].before != Separator::space) {
            static constexpr std::string_view prepositions[] = {"в", "у", "во", "по", "на", "in"};
            const bool echoed = m.first_token == names[i - 1].last_token ||
                                std::find(std::begin(prepositions), std::end(prepositions), before.key) != std::end(prepositions);
            if (echoed)
                if (auto c = settlement(i - 1)) return c;
        }
        // ("the Kanal microdistrict in eastern Chasiv Yar", "мікрорайон Шевченка
        // у Покровську": the town right after, "in" or "of" and at most a
        // bearing between.)
        std::size_t after = m.last_token;  // past the designator word
        while (after < tokens.size() && tokens[after].begin < m.end) ++after;
        if (i + 1 < names.size() && ctx[i + 1].sentence == ctx[i].sentence && names[i + 1].first_token > after &&
            names[i + 1].first_token - after <= 3) {
            static constexpr std::string_view joins[] = {"in", "of", "у", "в", "во"};
            const Token& join = tokens[after];
            bool lower_between = true;
            for (std::size_t q = after + 1; q < names[i + 1].first_token; ++q) lower_between = lower_between && !tokens[q].capitalised;
            // (The town is resolved after the district: read its best reading.)
            if (lower_between && std::find(std::begin(joins), std::end(joins), join.key) != std::end(joins) && !scored[i + 1].empty()) {
                const auto best = std::max_element(scored[i + 1].begin(), scored[i + 1].end(),
                                                   [](const Scored& a, const Scored& b) { return a.score < b.score; });
                if (gazetteer_.place(best->place).kind() == PlaceKind::settlement) return best->place;
            }
        }
        // The last town the entry placed before: after "the city's" / "the
        // town's", or for a quarter, which only a town has ("the town's
        // eastern outskirts, including the Kanal microdistrict").
        const bool possessed = before.possessive && (before.key == "city" || before.key == "town");
        if (before.possessive && i > 0 && names[i - 1].last_token == m.first_token) return settlement(i - 1);
        if (!possessed && !town_quarter(after)) return std::nullopt;
        for (std::size_t j = i; j-- > 0;) {
            if (ctx[j].entry != ctx[i].entry) break;
            if (auto c = settlement(j)) return c;
        }
        return std::nullopt;
    };
    for (std::size_t i = 0; i < n; ++i) {
        auto& cands = scored[i];
        std::sort(cands.begin(), cands.end(), [](const Scored& a, const Scored& b) {
            return a.score > b.score || (a.score == b.score && a.place < b.place);
        });
        // The pooled (one sense per document) choice goes first.
        if (choice[i])
            if (auto it = std::find_if(cands.begin(), cands.end(), [&](const Scored& c) { return c.place == *choice[i]; });
                it != cands.end())
                std::rotate(cands.begin(), it, it + 1);
        Resolution& r = out[i];
        for (std::size_t k = 0; explain && k < cands.size() && k < options_.max_candidates; ++k)
            r.candidates.push_back({cands[k].place, cands[k].score, cands[k].formatted()});
        if (cands.empty() || cands.front().score < minimum_score) {
            // (A quarter the gazetteer lacks is drawn at its town.)
            if (auto host = city_of_district(i)) {
                r.place = *host;
                r.precision = GeoPrecision::near;
                r.score = 0.5;
            }
            continue;
        }
        r.place = cands.front().place;
        double runner_up = -1e9;
        for (std::size_t k = 1; k < cands.size(); ++k) runner_up = std::max(runner_up, cands[k].score);
        double margin = cands.size() > 1 ? cands[0].score - runner_up : 5.0;
        // A probability that the pick is right: Platt scaling of the margin,
        // fitted on the seed gold and the in-sight development passages
        // (docs/recognition.md, "resolution_score").
        r.score = 1.0 / (1.0 + std::exp(-(calibration_slope * margin + calibration_intercept)));
        // "the city's Krasnoarmeysky district", "Kyiv's Obolon district": a
        // district of a city the text names lies in that city; a namesake
        // far from it is another place, so the mention is drawn at the city.
        if (auto host = city_of_district(i); host && *host != *r.place) {
            PlaceView h = gazetteer_.place(*host), p = gazetteer_.place(*r.place);
            if (distance_km(h.lat(), h.lon(), p.lat(), p.lon()) > 50.0) {
                r.place = *host;
                r.precision = GeoPrecision::near;
                continue;
            }
        }
        PlaceView p = gazetteer_.place(*r.place);
        switch (p.kind()) {
        case PlaceKind::country: r.precision = GeoPrecision::country; break;
        case PlaceKind::admin1:
        case PlaceKind::admin2:
        case PlaceKind::region: r.precision = GeoPrecision::region; break;
        default: r.precision = ctx[i].offset_phrase ? GeoPrecision::near : GeoPrecision::exact; break;
        }
    }
    return out;
}

}  // namespace frontline
