#pragma once
// Compiles gazetteer sources into one memory-mappable file.
//
//   GazetteerBuilder b;
//   b.add_source("geonames_UA_full.txt.gz");   // format detected by content
//   b.add_source("admin1CodesASCII.txt");
//   auto summary = b.write("full.fgz");        // atomic: temp file + rename
//
// Merging rules, in order: places with the same id merge (names unite);
// admin code tables name the admin areas of every place and create admin-1
// places GeoNames rows lack (placed at the median of their settlements);
// boundary polygons name and place admin areas; postal rows are grouped into
// settlements and kept only where no GeoNames place of that name lies within
// a few km; aliases add names by id. Points are checked against the outline
// of their admin-1 area: postal rows outside it are dropped, other points
// outside it get the admin-1 area that contains them. Outlines are stored
// with their places. Every Cyrillic name also gets its Latin spellings
// (text/transliterate.hpp). Not thread-safe.
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontline/gazetteer/source.hpp"

namespace frontline {

/// What checking points against the outline of their admin-1 area found.
struct PointChecks {
    std::uint64_t checked = 0;    ///< points whose admin-1 area has an outline
    std::uint64_t outside = 0;    ///< of those, further than ~10 km outside it
    std::uint64_t corrected = 0;  ///< outside, but inside another area of the country: admin-1 corrected
    std::uint64_t dropped = 0;    ///< outside (postal rows), or outside the country too: left out
    std::uint64_t moved = 0;      ///< postal rows outside, placed at their district's seat town instead
};

struct BuildSummary {
    std::uint64_t places = 0;
    std::uint64_t names = 0;
    std::uint64_t keys = 0;
    std::uint64_t file_bytes = 0;
    std::map<std::string, std::uint64_t> by_country;
    std::map<std::string, std::uint64_t> by_kind;
    std::uint64_t outlines = 0;  ///< places stored with their boundary polygon
    std::uint64_t former_names_dropped = 0;  ///< alternates three or more other places now bear (former_names.hpp)
    std::uint64_t former_names_demoted = 0;  ///< alternates one or two other places now bear, kept as former
    /// By source and country ("geonames UA", "postal RU").
    std::map<std::string, PointChecks> point_checks;
};

class GazetteerBuilder : public SourceSink {
public:
    GazetteerBuilder();
    ~GazetteerBuilder() override;

    /// Reads one source (see source.hpp). Throws InputError if it cannot be read.
    SourceReport add_source(const std::filesystem::path& path);

    void add_place(PlaceRecord&& place) override;
    void add_admin_code(AdminCode&& code) override;
    void add_postal(PostalRow&& row) override;
    void add_boundary(Boundary&& boundary) override;
    void add_alias(Alias&& alias) override;

    /// Compiles everything added and writes it to `out` atomically: a
    /// temporary file beside it is renamed over it only when complete, so an
    /// existing file survives any failure. Throws OutputError.
    BuildSummary write(const std::filesystem::path& out);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
