#pragma once
// Distances on the sphere, for comparing places in km.

namespace frontline {

/// Great-circle (haversine) distance in km between two WGS 84 points.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace frontline
