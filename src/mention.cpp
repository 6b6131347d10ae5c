#include "frontline/mention.hpp"

namespace frontline {

std::string_view to_string(GeoPrecision p) {
    switch (p) {
    case GeoPrecision::exact: return "exact";
    case GeoPrecision::near: return "near";
    case GeoPrecision::region: return "region";
    case GeoPrecision::country: return "country";
    case GeoPrecision::unknown: return "unknown";
    }
    return "unknown";
}

GeoPrecision parse_geo_precision(std::string_view s) {
    for (auto p : {GeoPrecision::exact, GeoPrecision::near, GeoPrecision::region, GeoPrecision::country})
        if (to_string(p) == s) return p;
    return GeoPrecision::unknown;
}

}  // namespace frontline
