// GeoNames `geoname` table: country dumps, allCountries, cities500/1000/15000.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "frontline/detail/fields.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/gazetteer/line_reader.hpp"
#include "frontline/gazetteer/source.hpp"

namespace frontline {

namespace {

// Which rows become places, and of what kind. Hydrographic, terrain and
// vegetation features are left out: their names collide with settlements
// and war reports rarely mean them.
bool classify(std::string_view feature_class, std::string_view code, std::string_view name, PlaceKind& kind) {
    if (feature_class == "P") {
        kind = PlaceKind::settlement;
        return true;
    }
    if (feature_class == "A") {
        if (code == "PCLH") return false;  // a former state, not a country today
        if (code.starts_with("PCL") || code == "TERR") kind = PlaceKind::country;
        else if (code == "ADM1" || code == "ADM1H") kind = PlaceKind::admin1;
        else if (code == "ADM2" || code == "ADM2H") kind = PlaceKind::admin2;
        // (Ukraine's ADM3 rows are hromadas, which come with their outlines
        // from the boundaries, and a city's districts: "Korabel District",
        // Корабельний район, which strike reports name as a part of the town.)
        else if (code == "ADM3" && name.ends_with(" District")) kind = PlaceKind::settlement;
        else return false;
        return true;
    }
    if (feature_class == "S") {
        // Only sites war reports name: air bases, airports, power plants,
        // dams, bridges, ports, refineries, military installations. Hotels,
        // schools and churches would only collide with other names.
        static constexpr std::string_view wanted[] = {"AIRB", "AIRF", "AIRP", "AIRH", "PS",   "PSN", "PSH",
                                                      "DAM",  "BDG",  "PRT",  "OILR", "OILT", "MILB", "INSM",
                                                      "NVB",  "DCKY"};
        for (auto w : wanted)
            if (code == w) {
                kind = PlaceKind::facility;
                return true;
            }
        return false;
    }
    // (Not AREA: in Ukraine's dump nearly all are "urochishche" tracts that
    // bear village names — Varvarivka, Ternivka — and would outrank them.)
    if (feature_class == "L" && (code == "RGN" || code == "RGNE" || code == "PEN")) {
        kind = PlaceKind::region;
        return true;
    }
    if (feature_class == "H" && (code == "SEA" || code == "GULF" || code == "BAY" || code == "STRT" || code == "LGN")) {
        kind = PlaceKind::region;
        return true;
    }
    return false;
}

// A city's district is known by the names its people write ("Корабельний
// район", "Korabel'nyj rajon"), not GeoNames' English "Pokrovsk District",
// which would outrank Pokrovsk Raion wherever a report writes "the Pokrovsk
// district" (nor the French or Spanish labels): drops those from
// `alternates` and returns the name to show, the Cyrillic one that spells
// the English name's stem ("Корабельний район" for Korabel District, not the
// Soviet-era "Комсомольський район" listed beside it); none without a
// Cyrillic name.
std::optional<std::string_view> city_district_name(std::string_view english, std::vector<std::string_view>& alternates) {
    std::erase_if(alternates, [](std::string_view a) {
        return a.ends_with(" District") || a.starts_with("Arrondissement") || a.starts_with("Raion de") ||
               a.starts_with("Raión de") || a.starts_with("Rejon");
    });
    const std::string stem = fold(english.substr(0, std::min<std::size_t>(4, english.size())));
    std::optional<std::string_view> shown;
    for (std::string_view a : alternates) {
        if (!has_cyrillic(a)) continue;
        if (!shown) shown = a;
        if (fold(transliterate_ukrainian_national(a)).starts_with(stem)) return a;
    }
    return shown;
}

}  // namespace

void read_geonames(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    LineReader reader(path);
    std::string_view line;
    std::vector<std::string_view> f;
    std::vector<std::string_view> alternates;
    while (reader.next(line)) {
        if (line.empty() || line.front() == '#') continue;
        detail::split(line, '\t', f);
        if (f.size() != 19) {
            report.problem(reader.where(), reader.line_number(),
                           "expected 19 tab-separated columns, found " + std::to_string(f.size()));
            continue;
        }
        if (!is_valid_utf8(line)) {
            report.problem(reader.where(), reader.line_number(), "invalid UTF-8");
            continue;
        }
        auto lat = detail::to_double(f[4]), lon = detail::to_double(f[5]);
        if (!lat || !lon || !detail::valid_coordinates(*lat, *lon)) {
            report.problem(reader.where(), reader.line_number(),
                           "bad coordinates '" + std::string(f[4]) + "', '" + std::string(f[5]) + "'");
            continue;
        }
        if (f[0].empty() || !detail::to_int(f[0])) {
            report.problem(reader.where(), reader.line_number(), "bad geonameid '" + std::string(f[0]) + "'");
            continue;
        }
        PlaceKind kind;
        if (!classify(f[6], f[7], f[1], kind)) continue;

        PlaceRecord p;
        // A country has one id whatever the build: its ISO code, as the
        // bundled countries table names it, not the dump's geonameid.
        p.id = kind == PlaceKind::country && f[8].size() == 2 ? "iso:" + std::string(f[8])
                                                               : "geonames:" + std::string(f[0]);
        p.name = std::string(f[1]);
        p.lat = *lat;
        p.lon = *lon;
        p.kind = kind;
        p.feature_code = std::string(f[7]);
        p.country = std::string(f[8]);
        p.admin1_code = std::string(f[10]);
        p.admin2_code = std::string(f[11]);
        p.population = detail::to_int(f[14]).value_or(0);
        p.source = "geonames";
        bool historic = f[7].ends_with("H") && f[7] != "PPLCH";
        detail::split(f[3], ',', alternates);
        if (f[7] == "ADM3") {
            const auto shown = city_district_name(f[1], alternates);
            if (!shown) continue;
            p.name = std::string(*shown);
        } else if (f[2] != f[1] && !f[2].empty()) {
            p.names.push_back({std::string(f[2]), "", NameOrigin::ascii});
        }
        for (std::string_view a : alternates) {
            if (a.empty() || a == p.name) continue;
            p.names.push_back({std::string(a), "", historic ? NameOrigin::historic : NameOrigin::alternate});
        }
        sink.add_place(std::move(p));
        ++report.rows;
    }
}

void read_admin_codes(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    LineReader reader(path);
    std::string_view line;
    std::vector<std::string_view> f, key;
    while (reader.next(line)) {
        if (line.empty() || line.front() == '#') continue;
        detail::split(line, '\t', f);
        if (f.size() != 4) {
            report.problem(reader.where(), reader.line_number(), "expected 4 tab-separated columns");
            continue;
        }
        detail::split(f[0], '.', key);
        if (key.size() < 2 || key.size() > 3 || key[0].size() != 2 || !is_valid_utf8(line)) {
            report.problem(reader.where(), reader.line_number(), "bad admin code '" + std::string(f[0]) + "'");
            continue;
        }
        AdminCode code;
        code.country = std::string(key[0]);
        code.admin1 = std::string(key[1]);
        if (key.size() == 3) code.admin2 = std::string(key[2]);
        code.name = std::string(f[1]);
        code.ascii_name = std::string(f[2]);
        code.geonames_id = std::string(f[3]);
        sink.add_admin_code(std::move(code));
        ++report.rows;
    }
}

}  // namespace frontline
