#pragma once
// Checks frontline's events against an independent control map (DeepStateMap
// and the like): is the place a side claims to have captured inside the area
// the map shows that side holding on (or just after) the event date, and if
// not, how far outside? docs/derived-layers.md, "compare".
//
// The reference is a polygon layer of the territory one side holds
// (CompareOptions::reference_side, "RU" for DeepStateMap's occupied area):
// either one vector file (any OGR format; every polygon in it, unioned), or a
// directory of daily files whose names carry their date
// (deepstatemap_data_20241108.geojson, ...-2024-11-08.geojson). For an event
// dated D the directory gives the file of day D, else the first later one
// within max_lag_days.
//
// Distances are to the reference's boundary, in km, measured in a Lambert
// azimuthal equal-area projection centred on the event (PROJ).
//
// Thread safety: ControlReference caches the polygons it has read, so one
// instance must not be used from several threads at once.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/events/event_builder.hpp"
#include "frontline/time.hpp"

namespace frontline {

class ControlReference {
public:
    /// Throws InputError when `path` does not exist or a directory holds no
    /// dated file.
    static ControlReference open(const std::filesystem::path& path);
    ControlReference(ControlReference&&) noexcept;
    ControlReference& operator=(ControlReference&&) noexcept;
    ~ControlReference();

    struct Entry {
        std::optional<Date> date;  ///< nullopt for a single undated file
        std::filesystem::path file;
    };
    /// The file for an event of date `d` (see above); nullopt when none.
    std::optional<Entry> for_date(Date d, int max_lag_days) const;
    /// Every file, sorted by date.
    const std::vector<Entry>& entries() const;

    /// The unioned polygons of one file as hex WKB (lon/lat), read once and
    /// cached. Throws InputError when unreadable or without polygons.
    const std::string& area(const std::filesystem::path& file);

private:
    ControlReference();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

struct CompareOptions {
    /// The claims checked.
    std::vector<ClaimType> claims{ClaimType::captured, ClaimType::advanced};
    /// The side whose territory the reference shows.
    std::string reference_side = "RU";
    /// Within this distance on the wrong side of the boundary counts as "near".
    double tolerance_km = 2.0;
    /// How many days after the event a directory's file may be.
    int max_lag_days = 7;
    /// How many days after the event the later files of a directory are
    /// searched for the first that agrees (0: none).
    int agree_within_days = 30;
};

struct ComparedEvent {
    std::string event_id;
    std::string place_name;
    ClaimType claim = ClaimType::captured;
    std::optional<std::string> actor_side;
    std::optional<Date> event_date;
    double lat = 0, lon = 0;
    std::optional<Date> reference_date;
    std::string reference_file;       ///< file name only; empty without one
    std::string position;             ///< "inside", "outside", "region" or "no_reference"
    std::optional<double> distance_km;  ///< to the reference boundary, >= 0
    /// "agrees": the gaining side's expected position (inside for
    /// reference_side, outside for the other); "near": on the other side of
    /// the boundary by at most tolerance_km; "disagrees"; "no_reference" (no
    /// date or no file for it); "no_side" (no actor side to expect anything);
    /// "not_comparable" (a claim about a region, a country or a direction:
    /// no point to place).
    std::string verdict;
    /// The first reference date, from the event's own on, whose map agrees
    /// (a directory reference only, within agree_within_days): how long the
    /// map took to show the claim. Empty when none did or nothing to expect.
    std::optional<Date> first_agreeing_date;
};

/// Events of the claims asked for, in the given order, each placed against
/// the reference. Throws InputError when a reference file cannot be read.
std::vector<ComparedEvent> compare_events(const std::vector<Event>& events, ControlReference& reference,
                                          const CompareOptions& options);

/// Counts per verdict ("agrees" -> 3, ...).
std::map<std::string, std::size_t> summarise(const std::vector<ComparedEvent>& compared);

/// Reads the `events` layer of a frontline output with GDAL: a dataset with
/// an "events" layer (GeoPackage, PostGIS), the "<stem>.events.<ext>" sibling
/// of a one-layer-per-file output (out.geojson -> out.events.geojson), or a
/// file that is itself an events layer. Fields read: event_id, place_id,
/// place_name, claim, actor_side, status, event_date, confidence, kind,
/// geo_precision; the point geometry gives lat/lon (NaN for a region's
/// event, which has none; other events without a point are skipped). Throws InputError, also for a claim or status
/// that is not of frontline's vocabulary.
std::vector<Event> read_events_layer(const std::string& output);

}  // namespace frontline
