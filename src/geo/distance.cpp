#include "frontline/geo/distance.hpp"

#include <algorithm>
#include <cmath>

namespace frontline {

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double rad = M_PI / 180;
    double a = std::pow(std::sin((lat2 - lat1) * rad / 2), 2) +
               std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::pow(std::sin((lon2 - lon1) * rad / 2), 2);
    return 12742.0 * std::asin(std::sqrt(std::min(1.0, a)));
}

}  // namespace frontline
