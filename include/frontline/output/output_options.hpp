#pragma once
// What the caller (CLI, config) says about one output: where, in which
// format, with which GDAL options. Plain data; validated by LayerSetWriter.
#include <string>
#include <utility>
#include <vector>

namespace frontline {

struct OutputOptions {
    /// A file path, or a GDAL connection string ("PG:dbname=... password=...").
    std::string destination;
    /// GDAL driver short name (-f); empty guesses from the destination:
    /// .gpkg GPKG, .geojson/.json GeoJSON, .geojsonl/.geojsons/.jsonl GeoJSONSeq,
    /// .fgb FlatGeobuf, .csv CSV, .kml KML, .shp ESRI Shapefile, "PG:" PostgreSQL.
    std::string driver;
    std::vector<std::string> dataset_options;  ///< -dsco KEY=VALUE, passed through
    std::vector<std::string> layer_options;    ///< -lco KEY=VALUE, override frontline's defaults
    /// --t_srs: any CRS PROJ understands ("EPSG:3857", WKT, PROJ string);
    /// empty keeps EPSG:4326. Refused for GeoJSON/GeoJSONSeq (RFC 7946).
    std::string target_srs;
    /// Replace an existing output. Without it an existing output is an error
    /// (files), or is merged into (PostgreSQL with `upsert`).
    bool overwrite = false;
    /// PostgreSQL: when a layer's table exists and `overwrite` is false, merge
    /// the new features into it by the layer's key (LayerSchema::key_field:
    /// mention_id, event_id, place_id) with INSERT ... ON CONFLICT DO UPDATE,
    /// from a temporary staging table, inside the one transaction of the run;
    /// keyless layers are replaced. false: an existing table is an error.
    /// Ignored by file formats. docs/postgis.md.
    bool upsert = true;
    /// GeoPackage/FlatGeobuf (R-tree) and PostGIS (GiST) spatial index.
    bool spatial_index = true;
    /// Write Feature::fid (stable hashes of mention_id/event_id) where the
    /// driver keeps FIDs. Random-order keys cost GeoPackage about twice the
    /// write time of sequential ones on a million events (27 s vs 13 s,
    /// bench/write_throughput.sh); turn off for bulk exports where FIDs need
    /// not survive regeneration.
    bool stable_fids = true;
    /// QGIS styles: GeoPackage `layer_styles`, `.qml` sidecars for files.
    bool styles = true;
    /// Provenance (tool version, gazetteer id, inputs, run time), stored as
    /// dataset metadata where the format keeps it (GeoPackage).
    std::vector<std::pair<std::string, std::string>> metadata;
    /// The layers that will be written, in order, when known: every file they
    /// need is checked when the writer is made (an existing sibling is found
    /// before any input is read, not after), and a stream takes one layer.
    std::vector<std::string> layers;
};

}  // namespace frontline
