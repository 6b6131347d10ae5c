#pragma once
// Gazetteer sources: the files `frontline gazetteer build` reads, detected by
// content, parsed row by row into a SourceSink. Malformed rows are reported
// with file and line and skipped; a source that cannot be read at all throws.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "frontline/gazetteer/place.hpp"

namespace frontline {

enum class SourceFormat {
    geonames,      ///< GeoNames `geoname` table: country dumps, allCountries, cities500/1000/15000
    admin1_codes,  ///< GeoNames admin1CodesASCII.txt
    admin2_codes,  ///< GeoNames admin2Codes.txt
    postal,        ///< GeoNames postal codes, tab (12 columns) or CSV with header
    user_places,   ///< frontline's user places table (TSV or CSV with header, see docs/gazetteer.md)
    aliases,       ///< place_id + alias table
    ogr,           ///< any OGR vector source: polygons are boundaries, points are user places
};

std::string_view to_string(SourceFormat f);

/// A row of a GeoNames admin code table.
struct AdminCode {
    std::string country;   ///< "UA"
    std::string admin1;    ///< "05"
    std::string admin2;    ///< empty for admin1 rows
    std::string name;
    std::string ascii_name;
    std::string geonames_id;  ///< may be empty
};

/// A row of a GeoNames postal code file. Names are usually Cyrillic only.
struct PostalRow {
    std::string country, postal_code, place, admin1_name, admin1_code, admin2_name, admin2_code;
    double lat = 0, lon = 0;
    int accuracy = 0;  ///< 1 = estimated (rough admin centroid) ... 6 = exact; 0 unknown
};

/// A polygon from a boundary source (oblast, raion, hromada, Natural Earth admin-1).
struct Boundary {
    std::string id;          ///< "osm:relation/123" or "<file>:<fid>"
    std::string name;        ///< display name
    std::vector<PlaceName> names;
    std::string country;     ///< ISO2 when the source says
    int admin_level = 4;     ///< OSM convention: 2 country, 4 oblast, 6 raion, 7 hromada
    std::string wkb;         ///< geometry in EPSG:4326, WKB
    double lat = 0, lon = 0; ///< a point inside the polygon
};

/// A curated alternative name for a place known by id.
struct Alias {
    std::string place_id;
    std::string name;
    std::string lang;
};

/// Receives what sources contain. The GazetteerBuilder implements it.
class SourceSink {
public:
    virtual ~SourceSink() = default;
    virtual void add_place(PlaceRecord&& place) = 0;
    virtual void add_admin_code(AdminCode&& code) = 0;
    virtual void add_postal(PostalRow&& row) = 0;
    virtual void add_boundary(Boundary&& boundary) = 0;
    virtual void add_alias(Alias&& alias) = 0;
};

struct SourceProblem {
    std::string where;      ///< file (and zip member)
    std::uint64_t line = 0; ///< 1-based, 0 if not line-based
    std::string message;
};

struct SourceReport {
    std::string path;
    SourceFormat format = SourceFormat::geonames;
    std::uint64_t rows = 0;     ///< rows accepted
    std::uint64_t skipped = 0;  ///< malformed rows skipped
    std::vector<SourceProblem> problems;  ///< the first few skipped rows, for messages
    std::string attribution;    ///< whom the data must credit ("GeoNames (CC BY 4.0)"), if known
    static constexpr std::size_t max_problems = 20;

    void problem(std::string where, std::uint64_t line, std::string message);
};

/// Detects the format of a source from its name and first lines.
/// Throws InputError if it cannot be read or is of no known format.
SourceFormat detect_source_format(const std::filesystem::path& path);

/// Reads one source into `sink`, detecting its format. Throws InputError if
/// the source cannot be read at all (missing, truncated archive, no known
/// format, or not one row readable) or if a tenth of its rows, a hundred or
/// more, are malformed; otherwise skips and reports malformed rows.
SourceReport read_source(const std::filesystem::path& path, SourceSink& sink);

// One reader per format; read_source dispatches to them.
void read_geonames(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);
void read_admin_codes(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);
void read_postal(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);
void read_user_places(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);
void read_aliases(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);
void read_ogr_source(const std::filesystem::path& path, SourceSink& sink, SourceReport& report);

}  // namespace frontline
