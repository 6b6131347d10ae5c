#include "frontline/gazetteer/former_names.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "frontline/text/edit_distance.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"

namespace frontline {

namespace {

// The consonants of a Latin name, spelt alike across the Ukrainian, Russian
// and press systems: "kh", "zh", "sh", "ch" as one letter, a lone "h" as
// "g" (Ukrainian г is Russian г): "Horlivka" and "Gorlovka" are g r l v k.
std::string consonants(const std::string& latin) {
    std::string out;
    for (std::size_t i = 0; i < latin.size(); ++i) {
        char c = latin[i];
        if (c < 'a' || c > 'z' || std::string_view("aeiouyj").find(c) != std::string_view::npos) continue;
        if (c == 'h') {
            if (i > 0 && std::string_view("kzsc").find(latin[i - 1]) != std::string_view::npos) continue;
            c = 'g';
        }
        if (c == 'w') c = 'v';
        out += c;
    }
    return out;
}

// A spelling of the main name in another script, language or system: its
// consonants differ in a third at most ("Kostyantynivka" / "Konstantinovka",
// "Mykolaivka" / "Nikolayevka"), where a former name shares few
// ("Donetsk" / "Oleksandrivka", "Nikopol" / "Slovyansk").
bool spells(const std::string& latin, const std::string& main) {
    if (latin == main) return true;
    auto close = [](const std::string& a, const std::string& b) {
        return !a.empty() && edit_distance(a, b) <= std::max<std::size_t>(1, b.size() / 3);
    };
    const std::string a = consonants(latin), b = consonants(main);
    if (close(a, b)) return true;
    // ... or begins it: "Lgov" for L'govskiy.
    if (a.size() >= 3 && b.starts_with(a)) return true;
    // A word of a longer name is a short form of it ("Rostov" for
    // Rostov-na-Donu, "Luganskaya" for Stanytsya-Luhanska).
    for (std::size_t b = 0; b < main.size();) {
        std::size_t e = main.find_first_of(" -", b);
        if (e == std::string::npos) e = main.size();
        if (e - b >= 4 && e - b < main.size() && close(a, consonants(main.substr(b, e - b)))) return true;
        b = e + 1;
    }
    return false;
}

// The folded names that are the place's own: its main name, and each
// alternate that spells it in another script or system.
std::unordered_set<std::string> own_names(const PlaceRecord& p) {
    const std::string main = fold(p.name);
    std::unordered_set<std::string> own{main};
    for (const PlaceName& n : p.names) {
        const std::string key = fold(n.text);
        if (n.origin == NameOrigin::preferred || n.origin == NameOrigin::ascii) {
            own.insert(key);
            continue;
        }
        if (n.origin != NameOrigin::alternate) continue;
        if (!has_cyrillic(n.text)) {
            if (spells(key, main)) own.insert(key);
            continue;
        }
        for (const std::string& latin : transliterations(n.text))
            if (spells(fold(latin), main)) {
                own.insert(key);
                break;
            }
    }
    return own;
}

}  // namespace

FormerNames drop_names_of_other_places(std::vector<PlaceRecord>& places) {
    std::vector<std::unordered_set<std::string>> own(places.size());
    std::unordered_map<std::string, std::vector<std::size_t>> owners;  // folded name -> settlements whose own it is
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (places[i].kind != PlaceKind::settlement) continue;
        own[i] = own_names(places[i]);
        for (const std::string& key : own[i]) owners[key].push_back(i);
    }
    FormerNames counts;
    for (std::size_t i = 0; i < places.size(); ++i) {
        PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::settlement) continue;
        std::erase_if(p.names, [&](PlaceName& n) {
            if (n.origin != NameOrigin::alternate && n.origin != NameOrigin::historic) return false;
            const std::string key = fold(n.text);
            if (own[i].count(key)) return false;
            auto it = owners.find(key);
            if (it == owners.end()) return false;
            const auto bearers = std::count_if(it->second.begin(), it->second.end(), [&](std::size_t q) {
                return q != i && places[q].country == p.country;
            });
            if (bearers == 0) return false;
            // A common village name is no name of this town at all; one or two
            // namesakes leave it a former name, which reports of the renaming's
            // years still use (Pervomaisk for Sokolohirsk). A village renamed
            // keeps its common name as a former one: it steals no mention from
            // its namesakes, and the Russian side still calls it so ("Победа"
            // for Перемога near Novomykhailivka).
            if (bearers >= 3 && p.population >= renamed_town_population) {
                ++counts.dropped;
                return true;
            }
            if (n.origin == NameOrigin::alternate) {
                ++counts.demoted;
                n.origin = NameOrigin::former;
            }
            return false;
        });
    }
    return counts;
}

}  // namespace frontline
