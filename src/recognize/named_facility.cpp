#include "frontline/recognize/named_facility.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace frontline {

namespace {

// Words that say what a facility makes or holds: "oil terminal", "gas plant".
constexpr std::array<std::string_view, 44> kinds = {
    "oil",        "gas",         "fuel",      "power",        "chemical",    "ammunition", "ammo",     "military",
    "thermal",    "hydroelectric", "nuclear", "metallurgical", "defence",    "defense",    "arms",     "aircraft",
    "tank",       "repair",      "storage",   "naval",        "steel",       "coke",       "petrochemical", "explosives",
    "gunpowder",  "electronics", "engineering", "machine",    "drone",       "missile",    "weapons",  "fertilizer",
    "fertiliser", "cement",      "railway",   "pumping",      "compressor",  "grain",      "shipbuilding", "optical",
    "radar",      "refining",    "processing", "logistics"};

// Nouns after which a firm's name may follow: "facility Albashneft".
constexpr std::array<std::string_view, 5> heads_before_name = {"facility", "plant", "refinery", "enterprise", "company"};

bool ordinal(std::string_view w) {
    if (w.size() < 3 || w.front() < '0' || w.front() > '9') return false;
    const std::string_view suffix = w.substr(w.size() - 2);
    return suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd";
}

}  // namespace

std::vector<NamedFacility> find_named_facilities(const std::vector<Token>& tokens, const RecognitionLexicon& lexicon,
                                                 const std::vector<RecognizedName>& names,
                                                 const std::vector<bool>& located) {
    std::vector<NamedFacility> out;
    const std::size_t n = tokens.size();
    std::vector<long> name_at(n, -1);  // the name covering each token
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t k = names[i].first_token; k < names[i].last_token && k < n; ++k) name_at[k] = static_cast<long>(i);

    // A word of a firm's name: capitalised or an acronym, Latin, no place,
    // no dictionary word, nationality or person ("a Russian refinery", "the
    // Kremlin plant" stay out).
    auto name_word = [&](std::size_t k) {
        const Token& t = tokens[k];
        if (t.cyrillic || !(t.capitalised || t.upper) || name_at[k] >= 0 || t.key.size() < 3) return false;
        const WordFacts& f = lexicon.facts(t.key);
        if (f.facility_noun || f.person_name || f.person_title || RecognitionLexicon::demonym(t.key, f)) return false;
        return t.upper || !(f.common_word || f.proper_noun);
    };
    auto joined = [&](std::size_t k) { return k < n && tokens[k].before == Separator::space && !tokens[k].sentence_start; };

    // The place that locates the facility: "near Tula", "in the Krasnodar
    // region", "outside the town of X", a few words after it in its sentence.
    auto host_after = [&](std::size_t from) -> long {
        for (std::size_t k = from; k < n && k < from + 8; ++k) {
            // (Never in the next sentence: "shelled Nikopol across the Dnipro
            // reservoir. The town of Selydove fell" places no reservoir.)
            if (tokens[k].sentence_start) break;
            const std::string& w = tokens[k].key;
            if (w != "near" && w != "in" && w != "outside" && w != "at" && w != "of") continue;
            std::size_t q = k + 1;
            while (q < n && q < k + 5 && name_at[q] < 0 &&
                   (tokens[q].key == "the" || tokens[q].key == "town" || tokens[q].key == "city" ||
                    tokens[q].key == "village" || tokens[q].key == "of" || tokens[q].key == "settlement"))
                ++q;
            if (q < n && name_at[q] >= 0 && names[static_cast<std::size_t>(name_at[q])].first_token == q &&
                located[static_cast<std::size_t>(name_at[q])])
                return name_at[q];
            return -1;
        }
        return -1;
    };

    for (std::size_t i = 0; i < n; ++i) {
        // "[13th] Splav [gas] plant": a name, kind words, the noun.
        std::size_t first = i;
        std::size_t k = i;
        if (ordinal(tokens[k].key) && k + 1 < n && joined(k + 1)) ++k;
        const std::size_t name_begin = k;
        while (k < n && k < name_begin + 3 && (k == name_begin || joined(k)) && name_word(k)) ++k;
        bool found = false;
        if (k > name_begin && !(tokens[name_begin].sentence_start && !tokens[name_begin].upper && k == name_begin + 1 &&
                                lexicon.dictionary_word(tokens[name_begin].key))) {
            std::size_t q = k;
            while (q < n && q < k + 2 && joined(q) && !tokens[q].capitalised &&
                   std::find(kinds.begin(), kinds.end(), tokens[q].key) != kinds.end())
                ++q;
            if (q < n && joined(q) && name_at[q] < 0 && lexicon.facts(tokens[q].key).facility_noun) {
                if (long host = host_after(q + 1); host >= 0) {
                    out.push_back({first, q + 1, static_cast<std::size_t>(host)});
                    i = q;
                    found = true;
                }
            }
        }
        if (found) continue;
        // "facility Albashneft near Krasnodar": the noun, then the name.
        if (std::find(heads_before_name.begin(), heads_before_name.end(), tokens[i].key) != heads_before_name.end() &&
            !tokens[i].capitalised && i + 1 < n && joined(i + 1) && name_word(i + 1)) {
            std::size_t e = i + 2;
            if (e < n && joined(e) && name_word(e)) ++e;
            if (long host = host_after(e); host >= 0) {
                out.push_back({i, e, static_cast<std::size_t>(host)});
                i = e - 1;
            }
        }
    }
    return out;
}

}  // namespace frontline
