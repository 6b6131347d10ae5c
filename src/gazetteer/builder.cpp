#include "frontline/gazetteer/builder.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>

#include "frontline/error.hpp"
#include "frontline/gazetteer/detail/area_index.hpp"
#include "frontline/gazetteer/detail/format.hpp"
#include "frontline/gazetteer/former_names.hpp"
#include "frontline/geo/distance.hpp"
#include "frontline/gazetteer/place_names.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"
#include "frontline/time.hpp"
#include "frontline/version.hpp"

namespace frontline {

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// "Антонівка (Васильківська сільська рада)" -> "Антонівка"
std::string strip_parenthetical(std::string s) {
    if (auto p = s.find(" ("); p != std::string::npos) s.resize(p);
    if (auto p = s.find('('); p != std::string::npos) s.resize(p);
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string admin_key(std::string_view country, std::string_view code) {
    return std::string(country) + "." + std::string(code);
}

// How far outside its area's outline a point may lie and still count as
// inside: ~10 km, the error of Natural Earth's generalised borders and
// coasts. Postal points gone wrong miss by tens or hundreds of km.
constexpr double outline_tolerance_deg = 0.1;

// A hromada (OSM level 7) is a place of its own, kept apart from the town
// it is named after: it is never matched by name, its names keep their
// designator ("Vuhledar urban hromada") and, being of kind other, get no
// short form; it carries its outline. A one-word name ("Николаев" for
// Mykolaiv's hromada) is the town's and is left out; so is a hromada with
// no other name.
std::optional<PlaceRecord> hromada_place(Boundary&& b) {
    std::vector<PlaceName> names;
    for (auto& n : b.names)
        if (fold(n.text).find(' ') != std::string::npos) names.push_back(std::move(n));
    if (names.empty()) return std::nullopt;
    PlaceRecord p;
    p.id = b.id;
    bool display_kept = std::any_of(names.begin(), names.end(), [&](const PlaceName& n) { return n.text == b.name; });
    p.name = display_kept ? b.name : names.front().text;
    p.kind = PlaceKind::other;
    p.feature_code = "ADM3";
    p.country = b.country;
    p.lat = b.lat;
    p.lon = b.lon;
    p.source = "boundary";
    p.boundary_wkb = std::move(b.wkb);
    for (auto& n : names)
        if (n.text != p.name) p.names.push_back(std::move(n));
    return p;
}

}  // namespace

struct GazetteerBuilder::Impl {
    std::vector<PlaceRecord> places;
    std::unordered_map<std::string, std::size_t> by_id;
    std::map<std::string, AdminCode> admin1_codes;  // "UA.05"
    std::map<std::string, AdminCode> admin2_codes;  // "UA.05.1404"
    std::vector<PostalRow> postal;
    std::vector<Boundary> boundaries;
    std::vector<Alias> aliases;
    std::vector<SourceReport> reports;
    std::set<std::size_t> needs_coordinates;  // admin places created from code tables
    std::map<std::string, PointChecks> checks;  // "geonames UA", "postal RU"
    std::unique_ptr<detail::AreaIndex> areas;   // outlines by place index

    std::size_t index_of(const std::string& id) const {
        auto it = by_id.find(id);
        return it == by_id.end() ? SIZE_MAX : it->second;
    }

    void merge_into(PlaceRecord& into, PlaceRecord&& from) {
        // GeoNames coordinates and attributes beat those of other sources.
        bool take = into.source != "geonames" && from.source == "geonames";
        if (take) {
            into.names.push_back({into.name, "", NameOrigin::alternate});
            std::swap(into.name, from.name);
            into.lat = from.lat;
            into.lon = from.lon;
            into.feature_code = from.feature_code;
            into.admin1_code = from.admin1_code;
            into.admin2_code = from.admin2_code;
            into.source = from.source;
        } else if (from.name != into.name) {
            into.names.push_back({from.name, "", NameOrigin::alternate});
        }
        into.population = std::max(into.population, from.population);
        if (into.boundary_wkb.empty()) into.boundary_wkb = std::move(from.boundary_wkb);
        if (into.country.empty()) into.country = from.country;
        if (into.admin1_name.empty()) into.admin1_name = from.admin1_name;
        for (auto& n : from.names) into.names.push_back(std::move(n));
    }

    void add(PlaceRecord&& p) {
        auto [it, inserted] = by_id.try_emplace(p.id, places.size());
        if (inserted) places.push_back(std::move(p));
        else merge_into(places[it->second], std::move(p));
    }

    void apply_admin_codes();
    void apply_boundaries();
    void apply_postal();
    void apply_aliases();
    void merge_duplicate_admin_areas();
    void rename_admin_areas();
    void place_admin_areas_without_coordinates();
    std::vector<std::uint32_t> link_admin1();
    void index_areas();
    void check_points(std::vector<std::uint32_t>& admin1);
    void assign_admin2_from_outlines();
};

void GazetteerBuilder::Impl::apply_admin_codes() {
    for (auto& [key, code] : admin1_codes) {
        std::string id = code.geonames_id.empty() ? "admin1:" + key : "geonames:" + code.geonames_id;
        std::size_t i = index_of(id);
        if (i == SIZE_MAX) {
            PlaceRecord p;
            p.id = id;
            p.name = code.ascii_name.empty() ? code.name : code.ascii_name;
            p.kind = PlaceKind::admin1;
            p.feature_code = "ADM1";
            p.country = code.country;
            p.admin1_code = code.admin1;
            p.source = "admin_codes";
            by_id[id] = places.size();
            needs_coordinates.insert(places.size());
            places.push_back(std::move(p));
        } else {
            PlaceRecord& p = places[i];
            p.kind = PlaceKind::admin1;
            if (p.admin1_code.empty()) p.admin1_code = code.admin1;
            if (code.name != p.name) p.names.push_back({code.name, "", NameOrigin::alternate});
        }
        if (code.ascii_name != code.name)
            places[by_id[id]].names.push_back({code.ascii_name, "", NameOrigin::ascii});
    }
    for (auto& [key, code] : admin2_codes) {
        std::string id = code.geonames_id.empty() ? "admin2:" + key : "geonames:" + code.geonames_id;
        if (std::size_t i = index_of(id); i != SIZE_MAX) places[i].kind = PlaceKind::admin2;
    }
    // GeoNames' own ADM2 rows name the second-level areas when no admin2
    // code table is given (the UA dump has all of Ukraine's raions).
    std::unordered_map<std::string, std::string> admin2_rows;
    for (const PlaceRecord& p : places)
        if (p.kind == PlaceKind::admin2 && p.feature_code == "ADM2" && !p.admin2_code.empty())
            admin2_rows.try_emplace(admin_key(p.country, p.admin1_code) + "." + p.admin2_code, p.name);
    // Name every place's admin areas from the tables.
    for (PlaceRecord& p : places) {
        if (p.admin1_code.empty()) continue;
        if (auto it = admin1_codes.find(admin_key(p.country, p.admin1_code)); it != admin1_codes.end() && p.admin1_name.empty()) {
            std::size_t a = index_of(it->second.geonames_id.empty() ? "admin1:" + it->first : "geonames:" + it->second.geonames_id);
            p.admin1_name = a != SIZE_MAX ? places[a].name : it->second.ascii_name;
        }
        if (!p.admin2_code.empty() && p.admin2_name.empty() && p.kind != PlaceKind::admin2) {
            std::string key = admin_key(p.country, p.admin1_code) + "." + p.admin2_code;
            if (auto it = admin2_codes.find(key); it != admin2_codes.end()) p.admin2_name = it->second.ascii_name;
            else if (auto it2 = admin2_rows.find(key); it2 != admin2_rows.end()) p.admin2_name = it2->second;
        }
    }
}

void GazetteerBuilder::Impl::merge_duplicate_admin_areas() {
    // A region from a curated table or a boundary layer and the same region
    // from GeoNames become one place: the GeoNames id stays (it is what the
    // settlements' admin codes point to), the curated English display name
    // and the names of both are kept, and a curated point replaces a median.
    auto is_reference = [](const PlaceRecord& p) { return p.source == "geonames" || p.source == "admin_codes"; };
    std::vector<std::size_t> targets;
    std::unordered_map<std::size_t, std::set<std::string>> exact, cores;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::admin1 || !is_reference(p) || p.id.empty()) continue;
        targets.push_back(i);
        auto note = [&](const std::string& text) {
            std::string f = fold(text);
            exact[i].insert(f);
            for (auto& c : admin_core_candidates(f)) cores[i].insert(c);
        };
        note(p.name);
        for (const auto& n : p.names) note(n.text);
    }
    std::set<std::size_t> claimed;
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < places.size(); ++i) {
            PlaceRecord& p = places[i];
            if (p.kind != PlaceKind::admin1 || is_reference(p) || p.id.empty()) continue;
            std::size_t target = SIZE_MAX;
            for (std::size_t t : targets) {
                if (claimed.count(t) || places[t].country != p.country) continue;
                bool hit = false;
                if (pass == 0) {
                    hit = exact[t].count(fold(p.name)) > 0;
                    for (const auto& n : p.names) hit = hit || exact[t].count(fold(n.text)) > 0;
                } else {
                    hit = cores[t].count(admin_core_name(fold(p.name))) > 0;
                }
                if (hit) {
                    target = t;
                    break;
                }
            }
            if (target == SIZE_MAX) continue;
            claimed.insert(target);
            PlaceRecord& into = places[target];
            into.names.push_back({into.name, "", NameOrigin::alternate});
            into.name = p.name;
            for (auto& n : p.names) into.names.push_back(std::move(n));
            if (into.boundary_wkb.empty()) into.boundary_wkb = std::move(p.boundary_wkb);
            if (needs_coordinates.count(target) || (into.lat == 0 && into.lon == 0)) {
                into.lat = p.lat;
                into.lon = p.lon;
                needs_coordinates.erase(target);
            }
            by_id[p.id] = target;  // aliases and lookups by the curated id still arrive
            p.id.clear();          // dropped at write
        }
    }
}

void GazetteerBuilder::Impl::rename_admin_areas() {
    // Settlements name their admin-1 area as the area itself is named.
    std::unordered_map<std::string, std::string> display;
    for (const PlaceRecord& p : places)
        if (p.kind == PlaceKind::admin1 && !p.id.empty() && !p.admin1_code.empty())
            display[admin_key(p.country, p.admin1_code)] = p.name;
    for (PlaceRecord& p : places) {
        if (p.admin1_code.empty()) continue;
        if (auto it = display.find(admin_key(p.country, p.admin1_code)); it != display.end()) p.admin1_name = it->second;
    }
}

void GazetteerBuilder::Impl::place_admin_areas_without_coordinates() {
    // An admin-1 area known only from a code table sits at the median of its
    // settlements: robust against a few stray coordinates.
    std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> members;
    for (const PlaceRecord& p : places)
        if (p.kind == PlaceKind::settlement && !p.admin1_code.empty()) {
            auto& m = members[admin_key(p.country, p.admin1_code)];
            m.first.push_back(p.lat);
            m.second.push_back(p.lon);
        }
    for (std::size_t i : needs_coordinates) {
        PlaceRecord& p = places[i];
        if (p.lat != 0 || p.lon != 0) continue;  // a boundary placed it
        auto it = members.find(admin_key(p.country, p.admin1_code));
        if (it == members.end()) continue;
        p.lat = median(it->second.first);
        p.lon = median(it->second.second);
    }
}

void GazetteerBuilder::Impl::apply_boundaries() {
    if (boundaries.empty()) return;
    // Index admin places by their core names, per country.
    std::unordered_map<std::string, std::vector<std::size_t>> by_core;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::admin1 && p.kind != PlaceKind::admin2) continue;
        std::set<std::string> cores{admin_core_name(fold(p.name))};
        // Raions' Cyrillic names ("Ізюмський район") match OSM's name:uk
        // where the Latin spellings differ (Izyum / Izium).
        for (const auto& n : p.names)
            if (!has_cyrillic(n.text) || n.origin != NameOrigin::alternate || p.kind == PlaceKind::admin2)
                cores.insert(admin_core_name(fold(n.text)));
        for (const auto& c : cores)
            if (!c.empty()) by_core[c].push_back(i);
    }
    // Today's areas before historic ones (ADM2H: the raions before 2020).
    for (auto& [_, v] : by_core)
        std::stable_partition(v.begin(), v.end(), [&](std::size_t i) { return !places[i].feature_code.ends_with("H"); });
    // A place takes one outline matched by name: OSM's city of Kyiv ("Kyiv")
    // must not replace Kyiv Oblast's (GeoNames also calls the oblast "Kyiv").
    std::set<std::size_t> outlined_by_name;
    for (Boundary& b : boundaries) {
        if (b.admin_level > 8) continue;
        if (b.admin_level > 6) {
            if (auto p = hromada_place(std::move(b))) add(std::move(*p));
            continue;
        }
        PlaceKind kind = b.admin_level <= 3   ? PlaceKind::country
                         : b.admin_level <= 4 ? PlaceKind::admin1
                                              : PlaceKind::admin2;
        // The outline of a place known by id (the bundled boundaries name
        // the place they outline), or of a country by its code.
        std::size_t match = index_of(b.id);
        if (match == SIZE_MAX && kind == PlaceKind::country && b.country.size() == 2)
            match = index_of("iso:" + b.country);
        for (const PlaceName& n : b.names) {
            if (match != SIZE_MAX || kind == PlaceKind::country) break;
            auto it = by_core.find(admin_core_name(fold(n.text)));
            if (it == by_core.end()) continue;
            for (std::size_t i : it->second)
                if (places[i].kind == kind && !outlined_by_name.count(i) &&
                    (b.country.empty() || places[i].country.empty() || places[i].country == b.country)) {
                    match = i;
                    outlined_by_name.insert(i);
                    break;
                }
            if (match != SIZE_MAX) break;
        }
        if (match == SIZE_MAX) {
            PlaceRecord p;
            p.id = b.id;
            p.name = b.name;
            p.kind = kind;
            p.feature_code = kind == PlaceKind::country ? "PCLI" : kind == PlaceKind::admin1 ? "ADM1" : "ADM2";
            p.country = b.country;
            p.lat = b.lat;
            p.lon = b.lon;
            p.source = "boundary";
            p.boundary_wkb = std::move(b.wkb);
            for (auto& n : b.names)
                if (n.text != b.name) p.names.push_back(n);
            add(std::move(p));
            continue;
        }
        PlaceRecord& p = places[match];
        for (auto& n : b.names) p.names.push_back(n);
        // Sources read later are layered over earlier ones (the user's over
        // the bundled base): their outline wins.
        if (!b.wkb.empty()) p.boundary_wkb = std::move(b.wkb);
        if (needs_coordinates.count(match) || (p.lat == 0 && p.lon == 0)) {
            p.lat = b.lat;
            p.lon = b.lon;
        }
    }
}

// The town a district is named for, as the start of its folded name:
// "Белгородский район" -> "белгород", "Шебекинский городской округ" ->
// "шебекин". Empty when the district's name does not read so.
static std::string district_seat_stem(std::string_view district) {
    std::string d = fold(district);
    const std::size_t space = d.find(' ');
    if (space == std::string::npos) return {};
    d.resize(space);
    for (std::string_view ending : {"ский", "цкий", "ской", "ская", "ское", "ський", "цький"})
        if (d.size() > ending.size() && d.ends_with(ending)) return d.substr(0, d.size() - ending.size());
    return {};
}

void GazetteerBuilder::Impl::apply_postal() {
    if (postal.empty()) return;
    // Admin-1 areas by core name, for the postal state names.
    std::unordered_map<std::string, std::string> admin1_display;
    std::unordered_map<std::string, std::size_t> admin1_index;  // "RU|Kursk Oblast"
    for (std::size_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::admin1) continue;
        if (!p.id.empty()) admin1_index.try_emplace(p.country + "|" + p.name, i);
        admin1_display[p.country + "|" + admin_core_name(fold(p.name))] = p.name;
        for (const auto& n : p.names) admin1_display.try_emplace(p.country + "|" + admin_core_name(fold(n.text)), p.name);
    }
    std::unordered_map<std::string, std::string> admin1_memo;  // a file names few regions, many times
    auto admin1_name_for = [&](const PostalRow& r) -> std::string {
        std::string memo_key = r.country + "|" + r.admin1_name;
        if (auto it = admin1_memo.find(memo_key); it != admin1_memo.end()) return it->second;
        std::string& out = admin1_memo[memo_key];
        out = r.admin1_name;
        std::string folded = fold(r.admin1_name);
        for (const std::string& core : admin_core_candidates(folded)) {
            if (auto it = admin1_display.find(r.country + "|" + core); it != admin1_display.end()) return out = it->second;
            for (const std::string& latin : transliterations(core, CyrillicLanguage::russian))
                if (auto it = admin1_display.find(r.country + "|" + fold(latin)); it != admin1_display.end())
                    return out = it->second;
        }
        return out;
    };

    // A postal point must lie in the region its postal code belongs to:
    // many are placed far away (a village of Belgorod Oblast 969 km off).
    // Rows whose region has an outline and that miss it are placed at the
    // seat of their district where the district is named for a town of the
    // region ("Белгородский район": Белгород), a rough point; else dropped.
    std::vector<const PostalRow*> kept;
    std::vector<const PostalRow*> outside;
    kept.reserve(postal.size());
    for (const PostalRow& r : postal) {
        auto it = admin1_index.find(r.country + "|" + admin1_name_for(r));
        if (it != admin1_index.end() && areas && areas->has(it->second)) {
            PointChecks& c = checks["postal " + r.country];
            ++c.checked;
            if (!areas->near(it->second, r.lat, r.lon)) {
                ++c.outside;
                outside.push_back(&r);
                continue;
            }
        }
        kept.push_back(&r);
    }
    // The rows that lie in their region, with their folded names, by region:
    // the seats looked for. A district's seat is looked for once.
    std::map<std::string, std::vector<std::pair<std::string, const PostalRow*>>> in_region;
    if (!outside.empty())
        for (const PostalRow* r : kept)
            in_region[r->country + "|" + r->admin1_code].emplace_back(fold(strip_parenthetical(r->place)), r);
    std::map<std::string, const PostalRow*> seats;  // region|stem -> the seat, or null
    auto seat_of = [&](const PostalRow& r) -> const PostalRow* {
        const std::string stem = district_seat_stem(r.admin2_name);
        if (stem.size() < 4) return nullptr;
        const std::string region = r.country + "|" + r.admin1_code;
        auto [memo, fresh] = seats.try_emplace(region + "|" + stem, nullptr);
        if (!fresh) return memo->second;
        auto it = in_region.find(region);
        if (it == in_region.end()) return nullptr;
        std::size_t seat_length = 0;
        for (const auto& [name, candidate] : it->second)
            if (name.starts_with(stem) && name.size() <= stem.size() + 6 && name.find(' ') == std::string::npos &&
                (!memo->second || name.size() < seat_length)) {
                memo->second = candidate;
                seat_length = name.size();
            }
        return memo->second;
    };
    std::deque<PostalRow> moved_rows;
    for (const PostalRow* r : outside) {
        PointChecks& c = checks["postal " + r->country];
        const PostalRow* seat = seat_of(*r);
        if (!seat) {
            ++c.dropped;
            continue;
        }
        ++c.moved;
        PostalRow placed = *r;
        placed.lat = seat->lat;
        placed.lon = seat->lon;
        placed.accuracy = 1;  // a rough point: namesakes in the region are this place
        moved_rows.push_back(std::move(placed));
        kept.push_back(&moved_rows.back());
    }

    // Group rows naming the same settlement: same country, admin-1 and name,
    // within 15 km of the group's first row.
    struct Group {
        std::vector<const PostalRow*> rows;
    };
    std::map<std::string, std::vector<Group>> groups;
    for (const PostalRow* rp : kept) {
        const PostalRow& r = *rp;
        std::string key = r.country + "|" + r.admin1_code + "|" + fold(strip_parenthetical(r.place));
        auto& gs = groups[key];
        auto it = std::find_if(gs.begin(), gs.end(), [&](const Group& g) {
            return distance_km(g.rows.front()->lat, g.rows.front()->lon, r.lat, r.lon) < 15;
        });
        if (it == gs.end()) gs.push_back({{&r}});
        else it->rows.push_back(&r);
    }
    // Existing places by folded name, to drop postal duplicates of GeoNames places.
    std::unordered_map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::settlement) continue;
        by_key[fold(p.name)].push_back(i);
        for (const auto& n : p.names) by_key[fold(n.text)].push_back(i);
    }
    for (auto& [key, gs] : groups) {
        for (const Group& g : gs) {
            const PostalRow& first = *g.rows.front();
            std::string name = strip_parenthetical(first.place);
            // Prefer rows placed from a feature over rough admin centroids.
            std::vector<double> lats, lons;
            int best_accuracy = 0;
            for (const PostalRow* r : g.rows) best_accuracy = std::max(best_accuracy, r->accuracy);
            for (const PostalRow* r : g.rows)
                if (r->accuracy == best_accuracy) {
                    lats.push_back(r->lat);
                    lons.push_back(r->lon);
                }
            double lat = median(lats), lon = median(lons);
            std::vector<std::string> latin = transliterations(
                name, first.country == "RU" ? CyrillicLanguage::russian
                      : first.country == "UA" ? CyrillicLanguage::ukrainian
                                              : CyrillicLanguage::unknown);
            // A rough point (an admin centroid, often 50 km or more off)
            // cannot tell namesakes apart: a same-named place anywhere in
            // its region is taken to be this one, so that the complete
            // dumps keep their exact points and only missing villages come in.
            const bool rough = best_accuracy >= 1 && best_accuracy <= 3;
            std::optional<std::size_t> region;
            if (rough)
                if (auto it = admin1_index.find(first.country + "|" + admin1_name_for(first));
                    it != admin1_index.end() && areas && areas->has(it->second))
                    region = it->second;
            bool duplicate = false;
            std::vector<std::string> keys{fold(name)};
            for (const auto& l : latin) keys.push_back(fold(l));
            for (const auto& k : keys) {
                auto it = by_key.find(k);
                if (it == by_key.end()) continue;
                for (std::size_t i : it->second) {
                    if (places[i].country != first.country) continue;
                    if (distance_km(places[i].lat, places[i].lon, lat, lon) < 10 ||
                        (region && areas->near(*region, places[i].lat, places[i].lon)))
                        duplicate = true;
                }
                if (duplicate) break;
            }
            if (duplicate) continue;
            PlaceRecord p;
            std::string min_zip = first.postal_code;
            for (const PostalRow* r : g.rows) min_zip = std::min(min_zip, r->postal_code);
            p.id = "postal:" + first.country + ":" + min_zip;
            p.name = latin.empty() ? name : latin.front();
            if (p.name != name) p.names.push_back({name, "", NameOrigin::alternate});
            p.lat = lat;
            p.lon = lon;
            p.kind = PlaceKind::settlement;
            p.feature_code = "PPL";
            p.country = first.country;
            p.admin1_code = "";
            p.admin1_name = admin1_name_for(first);
            p.admin2_name = first.admin2_name;
            p.source = best_accuracy == 1 ? "postal-estimated" : "postal";
            add(std::move(p));
        }
    }
}

void GazetteerBuilder::Impl::index_areas() {
    areas = std::make_unique<detail::AreaIndex>(outline_tolerance_deg);
    for (std::size_t i = 0; i < places.size(); ++i) {
        PlaceRecord& p = places[i];
        if (p.id.empty() || p.boundary_wkb.empty()) continue;
        if (!areas->add(i, p.boundary_wkb)) p.boundary_wkb.clear();  // unreadable: not stored either
    }
    // Sources that do not say the country (OSM raions have no ISO code):
    // the country outline that contains the place's point says it.
    for (PlaceRecord& p : places) {
        if (p.id.empty() || !p.country.empty() || p.kind == PlaceKind::region) continue;
        for (std::size_t a : areas->containing(p.lat, p.lon))
            if (places[a].kind == PlaceKind::country && !places[a].id.empty()) {
                p.country = places[a].country;
                break;
            }
    }
}

void GazetteerBuilder::Impl::check_points(std::vector<std::uint32_t>& admin1) {
    if (areas->empty()) return;
    auto check_key = [](const PlaceRecord& p) {
        return (p.source.starts_with("postal") ? std::string("postal") : p.source) + " " + p.country;
    };
    auto country_area = [&](const std::string& cc) { return index_of("iso:" + cc); };
    auto admin1_containing = [&](const PlaceRecord& p) -> std::size_t {
        for (std::size_t a : areas->containing(p.lat, p.lon))
            if (places[a].kind == PlaceKind::admin1 && places[a].country == p.country && !places[a].id.empty()) return a;
        return SIZE_MAX;
    };
    std::map<std::string, std::vector<std::size_t>> outlined_admin1;  // by country
    for (std::size_t i = 0; i < places.size(); ++i)
        if (places[i].kind == PlaceKind::admin1 && !places[i].id.empty() && areas->has(i))
            outlined_admin1[places[i].country].push_back(i);
    // Within the tolerance of an area's outline: a border or coastal village
    // the generalised outline misses by a few km.
    auto admin1_near = [&](const PlaceRecord& p) -> std::size_t {
        if (auto it = outlined_admin1.find(p.country); it != outlined_admin1.end())
            for (std::size_t a : it->second)
                if (areas->near(a, p.lat, p.lon)) return a;
        return SIZE_MAX;
    };
    for (std::size_t i = 0; i < places.size(); ++i) {
        PlaceRecord& p = places[i];
        if (p.id.empty() || p.kind == PlaceKind::country || p.kind == PlaceKind::admin1 || p.kind == PlaceKind::region)
            continue;
        std::uint32_t a = admin1[i];
        if (a == format::no_place && outlined_admin1.count(p.country)) {
            // No admin-1 known (GeoNames code 00, a user place without one):
            // the outline that contains the point names it; a point outside
            // every region of its country is not of that country.
            std::size_t found = admin1_containing(p);
            if (found == SIZE_MAX) found = admin1_near(p);
            if (found != SIZE_MAX) {
                ++checks[check_key(p)].checked;
                admin1[i] = static_cast<std::uint32_t>(found);
                p.admin1_name = places[found].name;
            } else if (std::size_t ca = country_area(p.country); ca != SIZE_MAX && areas->has(ca) &&
                                                                 !areas->near(ca, p.lat, p.lon)) {
                PointChecks& c = checks[check_key(p)];
                ++c.checked;
                ++c.outside;
                ++c.dropped;
                p.id.clear();
            }  // else: in a region without outline; nothing to say
            continue;
        }
        if (a == format::no_place || !areas->has(a)) continue;
        if (p.source.starts_with("postal")) continue;  // each row was checked in apply_postal
        PointChecks& c = checks[check_key(p)];
        ++c.checked;
        if (areas->near(a, p.lat, p.lon)) continue;
        ++c.outside;
        // Inside another region of the same country: the point is trusted
        // and its admin-1 corrected. Outside the country altogether: dropped.
        if (std::size_t other = admin1_containing(p); other != SIZE_MAX) {
            ++c.corrected;
            admin1[i] = static_cast<std::uint32_t>(other);
            p.admin1_name = places[other].name;
        } else if (std::size_t ca = country_area(p.country); ca != SIZE_MAX && areas->has(ca) &&
                                                             !areas->near(ca, p.lat, p.lon)) {
            ++c.dropped;
            p.id.clear();
        }
    }
}

void GazetteerBuilder::Impl::assign_admin2_from_outlines() {
    // Raion outlines (a boundary source of admin level 5-6) name the admin-2
    // area of every point inside them, over what code tables said.
    bool any = false;
    for (std::size_t i = 0; i < places.size() && !any; ++i)
        any = places[i].kind == PlaceKind::admin2 && !places[i].id.empty() && areas->has(i);
    if (!any) return;
    for (PlaceRecord& p : places) {
        if (p.id.empty() || (p.kind != PlaceKind::settlement && p.kind != PlaceKind::facility)) continue;
        for (std::size_t a : areas->containing(p.lat, p.lon))
            if (places[a].kind == PlaceKind::admin2 && !places[a].id.empty() && places[a].country == p.country) {
                p.admin2_name = places[a].name;
                break;
            }
    }
}

void GazetteerBuilder::Impl::apply_aliases() {
    for (Alias& a : aliases) {
        std::size_t i = index_of(a.place_id);
        if (i == SIZE_MAX) continue;  // aliases for places this build does not hold
        places[i].names.push_back({std::move(a.name), std::move(a.lang), NameOrigin::alias});
    }
}

std::vector<std::uint32_t> GazetteerBuilder::Impl::link_admin1() {
    // By code first (GeoNames), then by the admin-1 name (postal, user places).
    std::unordered_map<std::string, std::uint32_t> by_code, by_name;
    for (std::uint32_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind != PlaceKind::admin1 || p.id.empty()) continue;  // empty id: merged into another
        if (!p.admin1_code.empty()) by_code.try_emplace(admin_key(p.country, p.admin1_code), i);
        by_name.try_emplace(p.country + "|" + fold(p.name), i);
        by_name.try_emplace(p.country + "|" + admin_core_name(fold(p.name)), i);
        for (const auto& n : p.names) by_name.try_emplace(p.country + "|" + admin_core_name(fold(n.text)), i);
    }
    std::vector<std::uint32_t> out(places.size(), format::no_place);
    for (std::uint32_t i = 0; i < places.size(); ++i) {
        const PlaceRecord& p = places[i];
        if (p.kind == PlaceKind::admin1) {
            out[i] = i;
            continue;
        }
        if (!p.admin1_code.empty())
            if (auto it = by_code.find(admin_key(p.country, p.admin1_code)); it != by_code.end()) {
                out[i] = it->second;
                continue;
            }
        if (!p.admin1_name.empty()) {
            if (auto it = by_name.find(p.country + "|" + fold(p.admin1_name)); it != by_name.end()) out[i] = it->second;
            else if (auto it2 = by_name.find(p.country + "|" + admin_core_name(fold(p.admin1_name))); it2 != by_name.end())
                out[i] = it2->second;
        }
    }
    return out;
}

GazetteerBuilder::GazetteerBuilder() : impl_(std::make_unique<Impl>()) {}
GazetteerBuilder::~GazetteerBuilder() = default;

SourceReport GazetteerBuilder::add_source(const std::filesystem::path& path) {
    SourceReport r = read_source(path, *this);
    impl_->reports.push_back(r);
    return r;
}

void GazetteerBuilder::add_place(PlaceRecord&& place) { impl_->add(std::move(place)); }
void GazetteerBuilder::add_admin_code(AdminCode&& code) {
    std::string key = admin_key(code.country, code.admin1);
    if (code.admin2.empty()) impl_->admin1_codes[key] = std::move(code);
    else impl_->admin2_codes[key + "." + code.admin2] = std::move(code);
}
void GazetteerBuilder::add_postal(PostalRow&& row) { impl_->postal.push_back(std::move(row)); }
void GazetteerBuilder::add_boundary(Boundary&& b) { impl_->boundaries.push_back(std::move(b)); }
void GazetteerBuilder::add_alias(Alias&& a) { impl_->aliases.push_back(std::move(a)); }

namespace {

// Collects the string pool with deduplication; offset 0 is "".
class StringPool {
public:
    StringPool() { data_.push_back('\0'); }
    std::uint32_t add(std::string_view s) {
        if (s.empty()) return 0;
        auto [it, inserted] = offsets_.try_emplace(std::string(s), static_cast<std::uint32_t>(data_.size()));
        if (inserted) {
            data_.insert(data_.end(), s.begin(), s.end());
            data_.push_back('\0');
        }
        return it->second;
    }
    const std::vector<char>& data() const { return data_; }

private:
    std::vector<char> data_;
    std::unordered_map<std::string, std::uint32_t> offsets_;
};

void copy_fixed(char* dst, std::size_t n, std::string_view s) {
    std::memset(dst, 0, n);
    std::memcpy(dst, s.data(), std::min(n, s.size()));
}

bool is_upper_acronym(std::string_view s) {
    std::size_t letters = 0;
    for (char c : s) {
        if (c >= 'A' && c <= 'Z') ++letters;
        else if (c != '.') return false;
    }
    return letters >= 2 && letters <= 5;
}

template <typename T>
void write_section(std::ofstream& out, const std::vector<T>& v, format::Section& s) {
    auto pos = static_cast<std::uint64_t>(out.tellp());
    std::uint64_t pad = (8 - pos % 8) % 8;
    static const char zeros[8] = {};
    out.write(zeros, static_cast<std::streamsize>(pad));
    s.offset = pos + pad;
    s.count = v.size();
    out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
}

}  // namespace

BuildSummary GazetteerBuilder::write(const std::filesystem::path& out_path) {
    Impl& m = *impl_;
    m.apply_admin_codes();
    m.apply_boundaries();
    m.merge_duplicate_admin_areas();
    m.place_admin_areas_without_coordinates();
    m.index_areas();
    m.apply_postal();
    m.apply_aliases();
    const FormerNames former_names = drop_names_of_other_places(m.places);
    m.rename_admin_areas();
    std::vector<std::uint32_t> admin1 = m.link_admin1();
    m.check_points(admin1);
    m.assign_admin2_from_outlines();

    // Places without coordinates (an admin code with no settlement) cannot be mapped.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < m.places.size(); ++i)
        if (!m.places[i].id.empty() && (m.places[i].lat != 0 || m.places[i].lon != 0)) order.push_back(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return m.places[a].id < m.places[b].id; });
    std::vector<std::uint32_t> new_index(m.places.size(), format::no_place);
    for (std::uint32_t i = 0; i < order.size(); ++i) new_index[order[i]] = i;

    StringPool pool;
    std::vector<format::PlaceRecord> recs(order.size());
    std::vector<format::NameRecord> name_recs;
    struct KeyPosting {
        std::uint32_t place;
        std::uint8_t origin;
        std::uint8_t flags;
    };
    std::unordered_map<std::string, std::vector<KeyPosting>> keys;
    BuildSummary summary;
    std::vector<format::Outline> outlines;
    std::vector<char> outline_bytes;

    for (std::uint32_t ni = 0; ni < order.size(); ++ni) {
        PlaceRecord& p = m.places[order[ni]];
        format::PlaceRecord& r = recs[ni];
        r.lat = p.lat;
        r.lon = p.lon;
        r.id = pool.add(p.id);
        r.name = pool.add(p.name);
        r.admin1_name = pool.add(p.admin1_name);
        r.admin2_name = pool.add(p.admin2_name);
        r.population = static_cast<std::uint32_t>(std::clamp<std::int64_t>(p.population, 0, UINT32_MAX));
        std::uint32_t a = admin1[order[ni]];
        r.admin1_place = a == format::no_place ? format::no_place : new_index[a];
        r.kind = static_cast<std::uint8_t>(p.kind);
        r.flags = 0;
        copy_fixed(r.country, sizeof r.country, p.country);
        copy_fixed(r.feature_code, sizeof r.feature_code, p.feature_code);
        ++summary.by_country[p.country.empty() ? "--" : p.country];
        ++summary.by_kind[std::string(to_string(p.kind))];
        if (!p.boundary_wkb.empty()) {
            outlines.push_back({ni, static_cast<std::uint32_t>(p.boundary_wkb.size()), outline_bytes.size()});
            outline_bytes.insert(outline_bytes.end(), p.boundary_wkb.begin(), p.boundary_wkb.end());
            r.flags |= format::place_has_outline;
        }

        std::vector<PlaceName> names = expand_place_names(p);
        r.names_begin = static_cast<std::uint32_t>(name_recs.size());
        std::unordered_map<std::string, std::uint8_t> place_keys;  // key -> best origin
        std::unordered_set<std::string> upper_keys;
        for (const PlaceName& n : names) {
            std::string key = fold(n.text);
            if (!indexable_key(key)) continue;
            // GeoNames lists airport and other codes ("SDR", "NIS") among
            // alternate names; only curated aliases may be acronyms.
            if (is_upper_acronym(n.text) && n.origin != NameOrigin::alias && n.origin != NameOrigin::preferred) continue;
            format::NameRecord nr{};
            nr.text = pool.add(n.text);
            nr.origin = static_cast<std::uint8_t>(n.origin);
            copy_fixed(nr.lang, sizeof nr.lang, n.lang);
            name_recs.push_back(nr);
            auto [it, inserted] = place_keys.try_emplace(key, static_cast<std::uint8_t>(n.origin));
            if (!inserted) it->second = std::min(it->second, static_cast<std::uint8_t>(n.origin));
            if (is_upper_acronym(n.text)) upper_keys.insert(key);
        }
        r.names_count = static_cast<std::uint32_t>(name_recs.size() - r.names_begin);
        for (auto& [key, origin] : place_keys) {
            std::uint8_t flags = 0;
            // An acronym key needs upper case in text unless another name gives the same key.
            if (upper_keys.count(key)) flags |= format::posting_upper_case;
            keys[key].push_back({ni, origin, flags});
        }
    }

    // Key index: exact keys plus every proper word prefix of multi-word keys.
    std::unordered_map<std::string, std::uint32_t> key_flags;
    for (const auto& [key, _] : keys) {
        key_flags[key] |= format::key_exact;
        for (std::size_t pos = key.find(' '); pos != std::string::npos; pos = key.find(' ', pos + 1))
            key_flags[key.substr(0, pos)] |= format::key_prefix;
    }
    std::vector<std::string> sorted_keys;
    sorted_keys.reserve(key_flags.size());
    for (const auto& [k, _] : key_flags) sorted_keys.push_back(k);
    std::sort(sorted_keys.begin(), sorted_keys.end());  // deterministic output

    std::uint64_t n_slots = 1;
    while (n_slots < sorted_keys.size() * 2 + 1) n_slots <<= 1;
    std::vector<format::KeySlot> slots(n_slots, format::KeySlot{0, 0, 0, 0, 0});
    std::vector<format::Posting> postings;
    for (const std::string& k : sorted_keys) {
        format::KeySlot s{};
        s.hash = format::hash_key(k.data(), k.size());
        s.key = pool.add(k);
        s.flags = key_flags[k];
        s.postings_begin = static_cast<std::uint32_t>(postings.size());
        if (auto it = keys.find(k); it != keys.end()) {
            auto& ps = it->second;
            std::sort(ps.begin(), ps.end(), [](const KeyPosting& a, const KeyPosting& b) { return a.place < b.place; });
            for (const auto& kp : ps) postings.push_back({kp.place, kp.origin, kp.flags, 0});
        }
        s.postings_count = static_cast<std::uint32_t>(postings.size() - s.postings_begin);
        for (std::uint64_t i = s.hash & (n_slots - 1);; i = (i + 1) & (n_slots - 1))
            if (slots[i].hash == 0) {
                slots[i] = s;
                break;
            }
    }

    nlohmann::json meta;
    meta["frontline_version"] = version;
    meta["format_version"] = format::format_version;
    meta["built_at"] = format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    meta["places"] = recs.size();
    meta["keys"] = sorted_keys.size();
    for (const auto& r : m.reports)
        meta["sources"].push_back({{"path", std::filesystem::path(r.path).filename().string()},
                                   {"format", to_string(r.format)},
                                   {"rows", r.rows},
                                   {"skipped", r.skipped}});
    meta["by_country"] = summary.by_country;
    meta["by_kind"] = summary.by_kind;
    meta["outlines"] = outlines.size();
    meta["former_names"] = {{"dropped", former_names.dropped}, {"demoted", former_names.demoted}};
    std::set<std::string> attribution;
    for (const auto& r : m.reports)
        if (!r.attribution.empty()) attribution.insert(r.attribution);
    meta["attribution"] = attribution;
    summary.point_checks = m.checks;
    for (const auto& [key, c] : m.checks)
        meta["point_checks"][key] = {{"checked", c.checked}, {"outside", c.outside}, {"corrected", c.corrected},
                                     {"moved", c.moved}, {"dropped", c.dropped}};
    format::Header h{};
    std::memcpy(h.magic, format::magic, sizeof h.magic);
    h.version = format::format_version;
    h.header_size = sizeof(format::Header);
    h.metadata = pool.add(meta.dump());

    // Write beside the target, then rename: readers never see half a file.
    std::filesystem::path tmp = out_path;
    tmp += ".tmp-" + std::to_string(::getpid());
    try {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) throw OutputError("cannot create '" + tmp.string() + "': " + std::strerror(errno));
        out.write(reinterpret_cast<const char*>(&h), sizeof h);
        write_section(out, recs, h.places);
        write_section(out, name_recs, h.names);
        write_section(out, slots, h.slots);
        write_section(out, postings, h.postings);
        write_section(out, pool.data(), h.strings);
        write_section(out, outlines, h.outlines);
        write_section(out, outline_bytes, h.outline_bytes);
        h.file_size = static_cast<std::uint64_t>(out.tellp());
        out.seekp(0);
        out.write(reinterpret_cast<const char*>(&h), sizeof h);
        out.flush();
        if (!out) throw OutputError("cannot write '" + tmp.string() + "' (disk full?)");
        out.close();
        std::filesystem::rename(tmp, out_path);
    } catch (const std::filesystem::filesystem_error& e) {
        std::error_code ignored;
        std::filesystem::remove(tmp, ignored);
        throw OutputError("cannot write gazetteer '" + out_path.string() + "': " + e.code().message());
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(tmp, ec);
        throw;
    }
    summary.places = recs.size();
    summary.names = name_recs.size();
    summary.keys = sorted_keys.size();
    summary.file_bytes = h.file_size;
    summary.outlines = outlines.size();
    summary.former_names_dropped = former_names.dropped;
    summary.former_names_demoted = former_names.demoted;
    return summary;
}

}  // namespace frontline
