#include "frontline/claims/ground_war.hpp"

#include "frontline/claims/lexicon_rows.hpp"
#include "frontline/error.hpp"

#include <sstream>

namespace frontline {

GroundWar GroundWar::load(const std::filesystem::path& path) {
    GroundWar war;
    for_each_lexicon_row(path, 4, [&](const std::vector<std::string>& cols, std::uint64_t number) {
        auto day = [&](const std::string& text) {
            const auto t = parse_iso_timestamp(text);
            if (!t || text.size() != 10) throw InputError({path.string(), number}, "'" + text + "' is no YYYY-MM-DD date");
            return std::chrono::floor<std::chrono::days>(*t);
        };
        if (cols[0].empty()) throw InputError({path.string(), number}, "empty region");
        Row row{cols[0], day(cols[1]), std::nullopt};
        if (cols[2] != "-") row.until = day(cols[2]);
        if (row.until && *row.until < row.from) throw InputError({path.string(), number}, "the fighting ends before it begins");
        if (cols[3] != "-") {
            std::istringstream in(cols[3]);
            std::string point;
            while (std::getline(in, point, ',')) {
                std::istringstream xy(point);
                double lon = 0, lat = 0;
                std::string rest;
                if (!(xy >> lon >> lat) || (xy >> rest) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
                    throw InputError({path.string(), number}, "'" + point + "' is no 'lon lat' point");
                row.area.emplace_back(lon, lat);
            }
            if (row.area.size() < 3) throw InputError({path.string(), number}, "an area needs three points or more");
        }
        war.rows_.push_back(std::move(row));
    });
    return war;
}

namespace {

// Whether the point lies inside the ring (crossings of a ray to the east).
bool inside(const std::vector<std::pair<double, double>>& ring, double x, double y) {
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto [xi, yi] = ring[i];
        const auto [xj, yj] = ring[j];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) in = !in;
    }
    return in;
}

}  // namespace

bool GroundWar::fought_in(std::string_view admin1, Date day, std::optional<std::pair<double, double>> lon_lat) const {
    for (const Row& r : rows_)
        if (r.admin1 == admin1 && day >= r.from && (!r.until || day <= *r.until) &&
            (r.area.empty() || !lon_lat || inside(r.area, lon_lat->first, lon_lat->second)))
            return true;
    return false;
}

}  // namespace frontline
