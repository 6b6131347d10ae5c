#pragma once
// Derivations (DESIGN.md, "Data flow"): what the reports claim changed, per
// date, as settlement areas, and with a baseline map the analyst trusts, the
// baseline updated by those claims and its front line (docs/derived-layers.md).
//
// A handful of text claims is no map of who holds what, so:
//   1. Claims that speak about control: a capture (the actor's side gains the
//      settlement) and a withdrawal (the opposing side gains it: RU <-> UA,
//      KP -> UA, BY -> UA). Denied and (unless include_disputed) disputed
//      events, events without a date or an actor side, below min_confidence,
//      and claims about a region, a country or a direction are ignored.
//   2. Each claim's settlement: the event's own gazetteer place when it is a
//      settlement, else the nearest settlement within dedupe_km, else the
//      event's point. Its area: its outline in the gazetteer when it has one,
//      else a footprint (a disc whose radius grows with the population, see
//      footprint_radius_km) cut by the Voronoi cells of the settlements
//      around it, in a Lambert azimuthal equal-area projection centred on the
//      theatre (PROJ), and to the clip area if given.
//   3. Per as_of date D, each settlement takes the side of its latest claim
//      (ties: captured over withdrew, then higher confidence, then side).
//      Without a baseline the claims of (D - window_days, D] count, and every
//      claimed settlement is one `control` feature, method
//      "settlement-claims"; no front line is derived (the claims say nothing
//      of the ground between them).
//      With a baseline (the area one side held on its date B), the claims of
//      (B, D] count: a settlement the baseline side captured outside the
//      baseline area adds its area outside it, one the other side captured
//      (or the baseline side left) inside removes its area inside it; each
//      change is one feature, method "claimed-change"; the baseline updated by
//      the changes is one feature, method "baseline+claims", side the
//      baseline's; its outline, less the clip area's, is the `front` line.
//   Every feature carries the events behind it (event_ids, first/last
//   reported, claimants, status of the deciding claim, n_reports) and is
//   valid from its as_of until the next as_of (valid_to null for the last).
//
// Output geometry is lon/lat (EPSG:4326), valid (GEOSisValid) MultiPolygon /
// MultiLineString as ISO WKB. Deterministic: the same events, gazetteer and
// options give the same features in the same order.
//
// Thread safety: every function here is safe to call concurrently (each call
// owns its GEOS and PROJ contexts). Throws UsageError for bad options (a
// baseline dated after an as_of date), Error when GEOS or PROJ fail.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/events/event_builder.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/derived_layer_schemas.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// A control map the analyst trusts: the area one side held on one date.
struct Baseline {
    std::string area;         ///< hex WKB (or WKT), lon/lat, polygonal
    Date date;                ///< the day the map shows
    std::string side = "RU";  ///< whose area it is
    std::string source;       ///< where it came from, for messages
};

struct DeriveOptions {
    /// The dates to derive control for (each gives its own features).
    std::vector<Date> as_of;
    /// Without a baseline: claims older than this many days before as_of
    /// are forgotten.
    int window_days = 180;
    /// An event place within this distance of a settlement is that
    /// settlement (when its own place is none).
    double dedupe_km = 1.5;
    /// Settlements within this distance of a claimed one bound its area.
    double neighbour_km = 15.0;
    /// Count "disputed" events (support and contradiction both reported);
    /// "denied" ones never count.
    bool include_disputed = false;
    /// Events below this confidence are ignored.
    double min_confidence = 0.0;
    /// Area to clip to (land, a country), as WKT or hex WKB in lon/lat;
    /// empty: no clip. See load_clip_area().
    std::string clip;
    /// The map the claims change; none: settlement areas only, no front.
    std::optional<Baseline> baseline;
};

/// The radius of a settlement's footprint when the gazetteer has no outline:
/// 0.6 km + 0.45 km per sqrt(population / 1000), from 0.8 to 10 km (a
/// village of 500 about 0.9 km, a town of 50,000 about 3.8 km).
double footprint_radius_km(std::int64_t population);

/// The features of the `control` and `front` layers.
struct DerivedLayers {
    std::vector<Feature> control;  ///< control_layer_schema()
    std::vector<Feature> front;    ///< front_layer_schema()
};


/// Checks the options without deriving anything: distances, the window, and
/// that no as_of date comes before the baseline's. Throws UsageError.
void check_derive_options(const DeriveOptions& options);

/// Derives both layers for every date in options.as_of.
DerivedLayers derive_control(const std::vector<Event>& events, const Gazetteer& gazetteer,
                             const DeriveOptions& options);

/// Whether derive_control reads the events of this claim (captures and
/// withdrawals); it ignores every other event, so a caller need give it only
/// these.
bool derives_control(ClaimType claim);

/// The side that gains a place by this claim of `actor_side` (the claim's
/// ControlEffect), or nullopt when the claim says nothing about control
/// (attacked, struck, deployed) or the opposing side is unknown.
std::optional<std::string> gaining_side(ClaimType claim, std::string_view actor_side);

/// Parses "--as-of" values: "YYYY-MM-DD", or a series "START:END:STEP" where
/// STEP is a number of days with an optional unit ("7", "7d", "2w"); END is
/// included when the steps reach it. Throws UsageError.
std::vector<Date> parse_as_of(std::string_view text);

/// Reads the polygons of an OGR source (any driver GDAL reads; /vsigzip/ for
/// .gz is added automatically), optionally filtered by an OGR SQL attribute
/// filter, and returns their union as hex WKB in lon/lat for
/// DeriveOptions::clip. Throws InputError.
std::string load_clip_area(const std::string& path, const std::string& where = {});

/// Reads a baseline control map from an OGR source (any driver GDAL reads;
/// /vsigzip/ for .gz): the union of its polygons, made valid (GEOS
/// MakeValid) and reprojected to lon/lat. Its date: `date` if given; else,
/// when the layer has a date field ("date", or any Date/DateTime field), the
/// features of that date, or of the latest one; else a date in the file name
/// (deepstatemap_data_20241101.geojson, 2024-11-01.gpkg). Throws InputError
/// naming the source when it cannot be opened, has no polygons (of that
/// date), or no date can be found.
Baseline load_baseline(const std::string& path, std::optional<Date> date = std::nullopt,
                       const std::string& side = "RU");

}  // namespace frontline
