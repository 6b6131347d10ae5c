#pragma once
// A compiled gazetteer, memory-mapped. Opening checks the header and section
// bounds and parses nothing else, so a full Ukraine + Russia gazetteer opens
// in well under a millisecond. Immutable after open: every const member is
// safe to call from many threads.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/gazetteer/detail/format.hpp"
#include "frontline/gazetteer/place.hpp"

namespace frontline {

struct NameView {
    std::string_view text;
    std::string_view lang;
    NameOrigin origin;
};

/// Read-only view of one place inside a Gazetteer (valid while it lives).
class PlaceView {
public:
    PlaceView(const class Gazetteer& g, std::uint32_t index);
    std::uint32_t index() const { return index_; }
    std::string_view id() const;
    std::string_view name() const;
    double lat() const { return rec_->lat; }
    double lon() const { return rec_->lon; }
    PlaceKind kind() const { return static_cast<PlaceKind>(rec_->kind); }
    std::string_view feature_code() const;
    std::string_view country() const;
    std::string_view admin1() const;
    std::string_view admin2() const;
    std::int64_t population() const { return rec_->population; }
    /// Index of this place's admin-1 region, if known.
    std::optional<std::uint32_t> admin1_place() const;
    /// The place's boundary polygon (see Gazetteer::outline_wkb); empty if none.
    std::span<const unsigned char> outline_wkb() const;
    std::vector<NameView> names() const;

private:
    const Gazetteer* g_;
    std::uint32_t index_;
    const format::PlaceRecord* rec_;
};

/// One hit of a name lookup.
struct NameMatch {
    std::uint32_t place;
    NameOrigin origin;
    bool upper_case_only;
};

class Gazetteer {
public:
    /// How the mapping will be read: a few lookups touch a few pages (`lazy`);
    /// a corpus touches most of the index, so `whole` maps every page at
    /// once: no page faults later, and resident memory that does not creep
    /// up with the amount of text read.
    enum class Access { lazy, whole };

    /// Maps the file. Throws GazetteerError if missing, truncated, of another
    /// format version, or otherwise corrupt.
    static Gazetteer open(const std::filesystem::path& path, Access access = Access::lazy);

    Gazetteer(Gazetteer&&) noexcept;
    Gazetteer& operator=(Gazetteer&&) noexcept;
    ~Gazetteer();

    std::size_t size() const;
    PlaceView place(std::uint32_t index) const { return PlaceView(*this, index); }
    /// Index of the place with this id ("geonames:690823").
    std::optional<std::uint32_t> find_id(std::string_view id) const;

    /// Result of probing one folded key.
    struct KeyProbe {
        bool exact = false;   ///< complete name: postings() non-empty
        bool prefix = false;  ///< first words of a longer name
        std::span<const format::Posting> postings;
    };
    /// Probes a folded key (see text/fold.hpp). Cheap: one hash, one compare.
    KeyProbe probe(std::string_view folded_key) const;

    /// Every place a name may denote, in any spelling or script: the name is
    /// folded, and Cyrillic case endings are tried as well. Best origin first,
    /// then by population.
    std::vector<NameMatch> lookup(std::string_view name) const;

    /// The boundary polygon of a place (a country, an oblast, a raion) as
    /// WKB, EPSG:4326 in lon/lat order, Polygon or MultiPolygon; empty if
    /// the gazetteer holds none for it. Valid while the Gazetteer lives.
    /// O(log n); thread-safe.
    std::span<const unsigned char> outline_wkb(std::uint32_t index) const;
    /// Number of places stored with a boundary polygon.
    std::size_t outline_count() const;

    /// Build metadata (JSON text): sources, counts, build time, version.
    std::string_view metadata() const;
    const std::filesystem::path& path() const;

    // Raw access for PlaceView.
    const format::PlaceRecord& record(std::uint32_t index) const;
    const format::NameRecord* name_records() const;
    std::string_view string_at(std::uint32_t offset) const;

private:
    Gazetteer();
    struct Mapping;
    std::unique_ptr<Mapping> map_;
};

}  // namespace frontline
