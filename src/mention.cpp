#include "frontline/mention.hpp"

namespace frontline {

std::string_view to_string(GeoPrecision p) {
    switch (p) {
    case GeoPrecision::exact: return "exact";
    case GeoPrecision::near: return "near";
    case GeoPrecision::region: return "region";
    case GeoPrecision::country: return "country";
    case GeoPrecision::unknown: return "unknown";
    case GeoPrecision::direction: return "direction";
    }
    return "unknown";
}

GeoPrecision parse_geo_precision(std::string_view s) {
    for (auto p : {GeoPrecision::exact, GeoPrecision::near, GeoPrecision::region, GeoPrecision::country,
                   GeoPrecision::direction})
        if (to_string(p) == s) return p;
    return GeoPrecision::unknown;
}

bool is_point_precision(GeoPrecision p) {
    return p != GeoPrecision::region && p != GeoPrecision::country && p != GeoPrecision::direction;
}

GeoPrecision precision_of_kind(PlaceKind kind) {
    switch (kind) {
    case PlaceKind::country: return GeoPrecision::country;
    case PlaceKind::admin1:
    case PlaceKind::admin2:
    case PlaceKind::region: return GeoPrecision::region;
    default: return GeoPrecision::exact;
    }
}

}  // namespace frontline
