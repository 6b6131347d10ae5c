#pragma once
// Districts a side has held since a known day (data/lexicon/claims/held_areas.tsv):
// a strike on Horlivka or Melitopol with no striker named is Ukraine's, where
// the country alone would make it Russia's. A prior for side_by_geography,
// never over the text; districts the front ran through are left out.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/time.hpp"

namespace frontline {

class HeldAreas {
public:
    /// Reads `admin1 TAB admin2 TAB side TAB since` rows; throws InputError
    /// naming the file and line of a malformed row.
    static HeldAreas load(const std::filesystem::path& path);

    /// The side that held the district on `day` (or, with no day, since
    /// before the full-scale invasion), if the table knows it. A row whose
    /// second column is a gazetteer id ("geonames:709276") holds that town
    /// alone, for towns taken in districts the front still runs through.
    std::optional<std::string_view> holder(std::string_view admin1, std::string_view admin2, std::string_view place_id,
                                           std::optional<Date> day) const;

    std::size_t size() const { return rows_.size(); }

private:
    struct Row {
        std::string admin1, admin2, side;
        Date since;
    };
    std::vector<Row> rows_;
};

}  // namespace frontline
