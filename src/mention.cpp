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

}  // namespace frontline
