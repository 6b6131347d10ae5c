#include "frontline/claims/held_areas.hpp"

#include <fstream>

#include "frontline/error.hpp"

namespace frontline {

HeldAreas HeldAreas::load(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw Error("cannot read lexicon '" + path.string() + "'");
    HeldAreas areas;
    std::string line;
    std::uint64_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        std::vector<std::string> cols;
        for (std::size_t start = 0;;) {
            const std::size_t tab = line.find('\t', start);
            cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (cols.size() != 4)
            throw InputError({path.string(), number}, "expected 4 tab-separated columns, found " + std::to_string(cols.size()));
        if (cols[2] != "RU" && cols[2] != "UA") throw InputError({path.string(), number}, "side must be RU or UA, not '" + cols[2] + "'");
        const auto since = parse_iso_timestamp(cols[3]);
        if (!since || cols[3].size() != 10) throw InputError({path.string(), number}, "'" + cols[3] + "' is no YYYY-MM-DD date");
        if (cols[0].empty() || cols[1].empty()) throw InputError({path.string(), number}, "empty region or district");
        areas.rows_.push_back({cols[0], cols[1], cols[2], std::chrono::floor<std::chrono::days>(*since)});
    }
    return areas;
}

std::optional<std::string_view> HeldAreas::holder(std::string_view admin1, std::string_view admin2, std::string_view place_id,
                                                  std::optional<Date> day) const {
    using namespace std::chrono;
    // (An undated event in this war is after the invasion's first days.)
    const Date when = day.value_or(sys_days{year{2022} / February / 24});
    for (const Row& r : rows_)
        if (r.admin1 == admin1 && (r.admin2 == admin2 || (!place_id.empty() && r.admin2 == place_id)) && when >= r.since)
            return r.side;
    return std::nullopt;
}

}  // namespace frontline
