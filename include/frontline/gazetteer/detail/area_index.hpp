#pragma once
// Outlines of admin areas and countries, indexed for the builder's point
// checks: is a settlement inside the area its source says it is in, and if
// not, which areas contain it? Internal to the gazetteer builder. Not
// thread-safe (one GEOS context).
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace frontline::detail {

class AreaIndex {
public:
    /// `tolerance_deg`: how far outside an outline (in degrees, ~111 km per
    /// degree of latitude) a point still counts as inside it. Generalised
    /// outlines (Natural Earth 1:10m) miss coastal and border villages by a
    /// few km; postal points gone wrong miss by tens or hundreds.
    explicit AreaIndex(double tolerance_deg);
    ~AreaIndex();
    AreaIndex(const AreaIndex&) = delete;
    AreaIndex& operator=(const AreaIndex&) = delete;

    /// Adds the outline (WKB, EPSG:4326, lon/lat) of area `id`. Returns false
    /// and adds nothing if the WKB cannot be read or is not polygonal.
    bool add(std::size_t id, std::string_view wkb);
    bool has(std::size_t id) const;
    /// True if the point lies inside area `id` or within the tolerance of it.
    /// False for an area without outline.
    bool near(std::size_t id, double lat, double lon) const;
    /// Every area whose outline contains the point (no tolerance), ascending ids.
    std::vector<std::size_t> containing(double lat, double lon) const;
    bool empty() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline::detail
