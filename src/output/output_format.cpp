#include "output_format.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "frontline/error.hpp"

namespace frontline::output_detail {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool starts_with_ci(const std::string& s, std::string_view prefix) {
    return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == lower(std::string(prefix));
}

std::string driver_for(const OutputOptions& options) {
    if (!options.driver.empty()) return options.driver;
    const std::string& dest = options.destination;
    if (dest == "-") return "GeoJSONSeq";  // standard output: one feature per line, streamed
    if (starts_with_ci(dest, "PG:") || starts_with_ci(dest, "postgresql://")) return "PostgreSQL";
    const std::string ext = lower(std::filesystem::path(dest).extension().string());
    if (ext == ".gpkg") return "GPKG";
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".geojsonl" || ext == ".geojsons" || ext == ".jsonl") return "GeoJSONSeq";
    if (ext == ".fgb") return "FlatGeobuf";
    if (ext == ".csv") return "CSV";
    if (ext == ".kml") return "KML";
    if (ext == ".shp") return "ESRI Shapefile";
    if (ext == ".sqlite") return "SQLite";
    throw UsageError("cannot guess the output format of '" + detail::redact_connection(dest) +
                     "' from its extension; name a format (-f on the command line, format = in a config): GPKG, "
                     "GeoJSON, GeoJSONSeq, FlatGeobuf, CSV, ...");
}

bool is_one_layer_per_file(const std::string& driver) {
    return driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "CSV" || driver == "FlatGeobuf" ||
           driver == "ESRI Shapefile";
}

bool keeps_fid(const std::string& driver) {
    return driver == "GPKG" || driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "SQLite" ||
           driver == "PostgreSQL";
}

bool takes_sidecar_qml(const std::string& driver) {
    return driver == "GeoJSON" || driver == "GeoJSONSeq" || driver == "FlatGeobuf" || driver == "ESRI Shapefile";
}

OGRwkbGeometryType to_ogr(GeometryType t) {
    switch (t) {
        case GeometryType::point: return wkbPoint;
        case GeometryType::multipolygon: return wkbMultiPolygon;
        case GeometryType::multilinestring: return wkbMultiLineString;
    }
    return wkbUnknown;
}

OGRFieldType to_ogr(FieldType t) {
    switch (t) {
        case FieldType::string: return OFTString;
        case FieldType::integer: return OFTInteger;
        case FieldType::integer64: return OFTInteger64;
        case FieldType::real: return OFTReal;
        case FieldType::date: return OFTDate;
        case FieldType::datetime: return OFTDateTime;
    }
    return OFTString;
}

void set_layer_defaults(detail::GdalOptionList& lco, const std::string& driver, const OutputOptions& options,
                        const LayerSchema& schema) {
    if (driver == "GeoJSON") {
        lco.set_default("RFC7946", "YES");
        lco.set_default("COORDINATE_PRECISION", "7");
    } else if (driver == "GeoJSONSeq") {
        lco.set_default("RS", "NO");
        lco.set_default("COORDINATE_PRECISION", "7");
    } else if (driver == "CSV") {
        lco.set_default("GEOMETRY", "AS_XY");
        lco.set_default("CREATE_CSVT", "YES");
    } else if (driver == "GPKG" || driver == "FlatGeobuf") {
        lco.set_default("SPATIAL_INDEX", options.spatial_index ? "YES" : "NO");
    } else if (driver == "PostgreSQL") {
        lco.set_default("SPATIAL_INDEX", options.spatial_index ? "GIST" : "NONE");
    }
    if (schema.fid_column && (driver == "GPKG" || driver == "PostgreSQL" || driver == "SQLite"))
        lco.set_default("FID", schema.fid_column->c_str());
}

}  // namespace frontline::output_detail
