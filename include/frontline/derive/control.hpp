#pragma once
// Derivations (DESIGN.md, "Data flow"): areas each side controls and the
// front line between them, per date, estimated from dated events.
//
// Method "voronoi-latest-claim" (docs/derived-layers.md):
//   1. Claims that speak about control: captured and advanced (the actor's
//      side gains the place) and withdrew (the actor's side loses it, the
//      opposing side gains it: RU <-> UA, KP -> UA, BY -> UA). Denied and
//      (unless include_disputed) disputed events, events without a date,
//      without an actor side or below min_confidence are ignored.
//   2. Generators: every gazetteer settlement within generator_km of a
//      control event, plus the event places themselves (when no settlement
//      lies within dedupe_km of them). Computed once for all dates.
//   3. The Voronoi tessellation of the generators, in a Lambert azimuthal
//      equal-area projection centred on the theatre (PROJ), each cell cut to
//      a disc of cell_km around its generator (sparse settlement does not
//      stretch a cell across empty steppe) and to the clip area if given.
//   4. Per as_of date D: each generator takes the side of the latest event
//      (event_date in (D - window_days, D]) whose place lies within the
//      claim's reach (captured_km, advanced_km or withdrew_km); ties go to
//      captured over withdrew over advanced, then higher confidence, then the
//      nearer event. Cells without such an event stay unlabelled.
//   5. Cells are dissolved by side: one `control` feature per (date, side).
//   6. `front`: per (date, side), the boundary of that side's area without the
//      clip outline and the disc rims facing no other cell, split into
//      "contact" (shared with another side's area) and "limit" (facing
//      unlabelled cells) via the method field.
//
// Output geometry is lon/lat (EPSG:4326), valid (GEOSisValid) MultiPolygon /
// MultiLineString as ISO WKB. Deterministic: the same events, gazetteer and
// options give the same features in the same order (as_of, side).
//
// Thread safety: every function here is safe to call concurrently (each call
// owns its GEOS and PROJ contexts). Throws UsageError for bad options,
// Error when GEOS or PROJ fail.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/events/event_builder.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/layer_schema.hpp"
#include "frontline/time.hpp"

namespace frontline {

struct DeriveOptions {
    /// The dates to derive control for (each gives its own features).
    std::vector<Date> as_of;
    /// Events older than this many days before as_of are forgotten.
    int window_days = 180;
    /// Reach of one claim: settlements within this distance of the event's
    /// place take its side.
    double captured_km = 6.0;
    double withdrew_km = 6.0;
    double advanced_km = 3.0;
    /// Settlements within this distance of any control event join the
    /// tessellation (labelled or not: unlabelled ones bound the others).
    double generator_km = 25.0;
    /// A cell never reaches further than this from its generator.
    double cell_km = 5.0;
    /// An event place closer than this to a gazetteer settlement is that
    /// settlement; otherwise it becomes a generator of its own.
    double dedupe_km = 1.0;
    /// Count "disputed" events (support and contradiction both reported);
    /// "denied" ones never count.
    bool include_disputed = false;
    /// Events below this confidence are ignored.
    double min_confidence = 0.0;
    /// Area to clip to (land, a country), as WKT or hex WKB in lon/lat;
    /// empty: no clip. See load_clip_area().
    std::string clip;
    /// Recorded in the `method` field.
    std::string method = "voronoi-latest-claim";
};

/// The features of the `control` and `front` layers.
struct DerivedLayers {
    std::vector<Feature> control;  ///< control_layer_schema()
    std::vector<Feature> front;    ///< front_layer_schema()
};

/// Fields: as_of (date), method (string), side (string). MultiPolygon;
/// FID column "fid" (stable_feature_id of "control|as_of|side").
LayerSchema control_layer_schema();
/// Fields: as_of (date), method (string: "<method>/contact" or
/// "<method>/limit"), side (string). MultiLineString.
LayerSchema front_layer_schema();

/// Derives both layers for every date in options.as_of.
DerivedLayers derive_control(const std::vector<Event>& events, const Gazetteer& gazetteer,
                             const DeriveOptions& options);

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

}  // namespace frontline
