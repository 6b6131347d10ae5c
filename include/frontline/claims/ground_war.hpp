#pragma once
// Where and when troops fought on the ground (data/lexicon/claims/ground_war.tsv):
// an attack on a place of the war's countries outside those regions on its
// day came from the air or the sea, and is a strike.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/time.hpp"

namespace frontline {

class GroundWar {
public:
    /// Reads `admin1 TAB from TAB until` rows ("-" for an open end); throws
    /// InputError naming the file and line of a malformed row.
    static GroundWar load(const std::filesystem::path& path);

    /// Whether troops fought on the ground in region `admin1` on `day`.
    bool fought_in(std::string_view admin1, Date day) const;

private:
    struct Row {
        std::string admin1;
        Date from;
        std::optional<Date> until;
    };
    std::vector<Row> rows_;
};

}  // namespace frontline
