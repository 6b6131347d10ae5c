#pragma once
// The gazetteer's data model: a place with its names, as sources produce it
// and as the builder compiles it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

/// What a place is, coarsely; the GeoNames feature code keeps the detail.
enum class PlaceKind : std::uint8_t { country, admin1, admin2, settlement, facility, region, other };

std::string_view to_string(PlaceKind k);
/// Parses the names used by to_string ("settlement", ...) and a few synonyms
/// ("city", "town", "village", "oblast", "airbase"); `other` when unknown.
PlaceKind parse_place_kind(std::string_view s);

/// A river, lake, reservoir, sea, gulf, bay, strait or ocean, by its GeoNames
/// feature code: water, which is where something happens, never what.
bool is_water_feature_code(std::string_view feature_code);

/// Where a name comes from. Decides how much a match on it is worth.
enum class NameOrigin : std::uint8_t {
    preferred,    ///< the place's main name
    ascii,        ///< GeoNames asciiname
    alternate,    ///< an alternate name as published
    historic,     ///< a former name (Dzerzhynsk for Toretsk)
    transliterated,  ///< generated from a Cyrillic name by a transliteration system
    admin_core,   ///< "Kursk" for "Kursk Oblast": valid before a designator or with context
    direction,    ///< "Kurakhiv" for Kurakhove: valid before "direction", "axis"
    alias,        ///< curated press alias (data/gazetteer/aliases)
    former,       ///< an alternate one or two other places now bear (Pervomaisk for Sokolohirsk; former_names.hpp)
};

struct PlaceName {
    std::string text;
    std::string lang;  ///< ISO 639 code when known ("uk", "ru", "en"), else empty
    NameOrigin origin = NameOrigin::alternate;
};

/// A place as read from a source, before compilation.
struct PlaceRecord {
    std::string id;            ///< stable id: "geonames:690823", "postal:RU:307xxx", "user:..."
    std::string name;          ///< display name, Latin script where one exists
    std::vector<PlaceName> names;  ///< every other name (the display name need not repeat)
    double lat = 0, lon = 0;
    PlaceKind kind = PlaceKind::other;
    std::string feature_code;  ///< GeoNames feature code ("PPLA3", "ADM1"), or the user's kind
    std::string country;       ///< ISO 3166-1 alpha-2
    std::string admin1_code;   ///< GeoNames admin1 code within the country ("05")
    std::string admin2_code;
    std::string admin1_name;   ///< filled by the builder from code tables or boundaries
    std::string admin2_name;
    std::int64_t population = 0;
    std::string source;        ///< short source tag ("geonames", "postal", "user", "boundary")
    std::string boundary_wkb;  ///< outline (EPSG:4326 WKB) from a boundary source; empty if none
};

}  // namespace frontline
