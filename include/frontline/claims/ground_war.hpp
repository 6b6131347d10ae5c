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
    /// Reads `admin1 TAB from TAB until TAB area` rows ("-" for an open end,
    /// or for the whole region; else the ring of the part fought over, as
    /// "lon lat, lon lat, ..."); throws InputError naming the file and line
    /// of a malformed row.
    static GroundWar load(const std::filesystem::path& path);

    /// Whether troops fought on the ground in region `admin1` on `day`; at
    /// the point (`lon`, `lat`) where a row names the part of the region
    /// fought over (the Dnipro's left bank in Kherson Oblast after November
    /// 2022), else anywhere in it.
    bool fought_in(std::string_view admin1, Date day, std::optional<std::pair<double, double>> lon_lat = std::nullopt) const;

private:
    struct Row {
        std::string admin1;
        Date from;
        std::optional<Date> until;
        std::vector<std::pair<double, double>> area;  // lon, lat; empty: the whole region
    };
    std::vector<Row> rows_;
};

}  // namespace frontline
