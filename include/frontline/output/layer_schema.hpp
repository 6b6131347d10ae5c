#pragma once
// The generic layer model every output layer (mentions, events, places,
// control, front) is written through: a schema (name, geometry type, typed
// fields) and features whose values follow the schema's field order.
// Plain values: no GDAL types leak into this header.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "frontline/time.hpp"

namespace frontline {

enum class FieldType : std::uint8_t { string, integer, integer64, real, date, datetime };

struct FieldDef {
    std::string name;
    FieldType type = FieldType::string;
};

enum class GeometryType : std::uint8_t { point, multipolygon, multilinestring };

struct LayerSchema {
    std::string name;                        ///< layer name ("mentions"); also the sibling-file suffix
    GeometryType geometry = GeometryType::point;
    std::vector<FieldDef> fields;            ///< written in this order
    /// Name of the FID column where the driver keeps one (GeoPackage, PostGIS);
    /// nullopt keeps the driver's default ("fid" for GeoPackage).
    std::optional<std::string> fid_column;
    /// The field that identifies a feature across runs (mention_id, event_id,
    /// place_id): unique in every output. PostgreSQL gets a unique index on
    /// it and upserts on it when the table exists (see LayerSetWriter);
    /// nullopt: the layer has no key and is replaced whole.
    std::optional<std::string> key_field;
};

/// One attribute value. Which alternative is allowed depends on the field:
/// string -> std::string; integer, integer64 -> std::int64_t; real -> double
/// (std::int64_t accepted); date -> Date; datetime -> Timestamp (UTC).
/// std::monostate is null and allowed for every field.
using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double, Date, Timestamp>;

/// A field value from an optional: null when empty.
template <class T>
FieldValue optional_value(const std::optional<T>& v) {
    if (v) return FieldValue(*v);
    return std::monostate{};
}

/// A point in EPSG:4326, longitude first.
struct LonLat {
    double lon = 0;
    double lat = 0;
};
/// Any geometry as ISO WKT or WKB, coordinates lon/lat in EPSG:4326.
struct GeometryWkt {
    std::string text;
};
struct GeometryWkb {
    std::vector<unsigned char> bytes;
};
/// std::monostate is a null geometry (an unresolved mention).
using FeatureGeometry = std::variant<std::monostate, LonLat, GeometryWkt, GeometryWkb>;

struct Feature {
    /// Stable feature id, set where the driver keeps FIDs (see LayerSetWriter);
    /// nullopt lets the driver number features.
    std::optional<std::int64_t> fid;
    FeatureGeometry geometry;
    std::vector<FieldValue> values;  ///< one per LayerSchema::fields, same order
};

/// A feature id derived from a stable key (mention_id, event_id): the same key
/// gives the same id in every run. At most 2^53 - 1 so that JSON readers that
/// hold numbers as doubles (JavaScript, QGIS expressions) keep it exact; never 0.
/// Collisions are possible but improbable (about 5e-5 for a million keys).
std::int64_t stable_feature_id(std::string_view key) noexcept;

std::string_view to_string(FieldType t) noexcept;
std::string_view to_string(GeometryType t) noexcept;

}  // namespace frontline
