#include "frontline/gazetteer/place.hpp"

#include <algorithm>
#include <string>

namespace frontline {

std::string_view to_string(PlaceKind k) {
    switch (k) {
    case PlaceKind::country: return "country";
    case PlaceKind::admin1: return "admin1";
    case PlaceKind::admin2: return "admin2";
    case PlaceKind::settlement: return "settlement";
    case PlaceKind::facility: return "facility";
    case PlaceKind::region: return "region";
    case PlaceKind::other: return "other";
    }
    return "other";
}

PlaceKind parse_place_kind(std::string_view s) {
    std::string k(s);
    std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return std::tolower(c); });
    if (k == "country") return PlaceKind::country;
    if (k == "admin1" || k == "oblast" || k == "province" || k == "state") return PlaceKind::admin1;
    if (k == "admin2" || k == "raion" || k == "district") return PlaceKind::admin2;
    if (k == "settlement" || k == "city" || k == "town" || k == "village" || k == "hamlet") return PlaceKind::settlement;
    if (k == "facility" || k == "airbase" || k == "air base" || k == "refinery" || k == "plant" || k == "port" ||
        k == "bridge" || k == "depot" || k == "building")
        return PlaceKind::facility;
    if (k == "region" || k == "sea") return PlaceKind::region;
    return PlaceKind::other;
}

bool is_water_feature_code(std::string_view feature_code) {
    static constexpr std::string_view codes[] = {"STM", "STMS", "RSV", "LK", "LKS", "SEA", "GULF", "BAY", "STRT", "OCN"};
    return std::find(std::begin(codes), std::end(codes), feature_code) != std::end(codes);
}

}  // namespace frontline
