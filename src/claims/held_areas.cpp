#include "frontline/claims/held_areas.hpp"

#include "frontline/claims/lexicon_rows.hpp"
#include "frontline/error.hpp"

namespace frontline {

HeldAreas HeldAreas::load(const std::filesystem::path& path) {
    HeldAreas areas;
    for_each_lexicon_row(path, 4, [&](const std::vector<std::string>& cols, std::uint64_t number) {
        if (cols[2] != "RU" && cols[2] != "UA") throw InputError({path.string(), number}, "side must be RU or UA, not '" + cols[2] + "'");
        const auto since = parse_iso_timestamp(cols[3]);
        if (!since || cols[3].size() != 10) throw InputError({path.string(), number}, "'" + cols[3] + "' is no YYYY-MM-DD date");
        if (cols[0].empty() || cols[1].empty()) throw InputError({path.string(), number}, "empty region or district");
        areas.rows_.push_back({cols[0], cols[1], cols[2], std::chrono::floor<std::chrono::days>(*since)});
    });
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
