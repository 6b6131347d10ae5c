#include "frontline/claims/ground_war.hpp"

#include <fstream>

#include "frontline/error.hpp"

namespace frontline {

GroundWar GroundWar::load(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) throw Error("cannot read lexicon '" + path.string() + "'");
    GroundWar war;
    std::string line;
    std::uint64_t number = 0;
    auto day = [&](const std::string& text) {
        const auto t = parse_iso_timestamp(text);
        if (!t || text.size() != 10) throw InputError({path.string(), number}, "'" + text + "' is no YYYY-MM-DD date");
        return std::chrono::floor<std::chrono::days>(*t);
    };
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
        if (cols.size() != 3)
            throw InputError({path.string(), number}, "expected 3 tab-separated columns, found " + std::to_string(cols.size()));
        if (cols[0].empty()) throw InputError({path.string(), number}, "empty region");
        Row row{cols[0], day(cols[1]), std::nullopt};
        if (cols[2] != "-") row.until = day(cols[2]);
        if (row.until && *row.until < row.from) throw InputError({path.string(), number}, "the fighting ends before it begins");
        war.rows_.push_back(std::move(row));
    }
    return war;
}

bool GroundWar::fought_in(std::string_view admin1, Date day) const {
    for (const Row& r : rows_)
        if (r.admin1 == admin1 && day >= r.from && (!r.until || day <= *r.until)) return true;
    return false;
}

}  // namespace frontline
