#include "frontline/claims/ground_war.hpp"

#include "frontline/claims/lexicon_rows.hpp"
#include "frontline/error.hpp"

namespace frontline {

GroundWar GroundWar::load(const std::filesystem::path& path) {
    GroundWar war;
    for_each_lexicon_row(path, 3, [&](const std::vector<std::string>& cols, std::uint64_t number) {
        auto day = [&](const std::string& text) {
            const auto t = parse_iso_timestamp(text);
            if (!t || text.size() != 10) throw InputError({path.string(), number}, "'" + text + "' is no YYYY-MM-DD date");
            return std::chrono::floor<std::chrono::days>(*t);
        };
        if (cols[0].empty()) throw InputError({path.string(), number}, "empty region");
        Row row{cols[0], day(cols[1]), std::nullopt};
        if (cols[2] != "-") row.until = day(cols[2]);
        if (row.until && *row.until < row.from) throw InputError({path.string(), number}, "the fighting ends before it begins");
        war.rows_.push_back(std::move(row));
    });
    return war;
}

bool GroundWar::fought_in(std::string_view admin1, Date day) const {
    for (const Row& r : rows_)
        if (r.admin1 == admin1 && day >= r.from && (!r.until || day <= *r.until)) return true;
    return false;
}

}  // namespace frontline
