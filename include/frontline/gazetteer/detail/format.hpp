#pragma once
// On-disk layout of a compiled gazetteer (.fgz). Little-endian, fixed-size
// records, so the file is used in place through mmap with no parsing.
//
//   Header | PlaceRecord[n_places] (sorted by id) | NameRecord[n_names]
//   | KeySlot[n_slots] (open addressing, power of two) | Posting[n_postings]
//   | string pool (NUL-terminated UTF-8; offset 0 is "")
//   | Outline[n_outlines] (sorted by place) | outline bytes (WKB, EPSG:4326)
//
// Bump `format_version` on any change; readers refuse other versions.
#include <cstdint>

namespace frontline::format {

inline constexpr char magic[8] = {'F', 'R', 'N', 'T', 'G', 'A', 'Z', '\0'};
inline constexpr std::uint32_t format_version = 2;
inline constexpr std::uint32_t no_place = 0xFFFFFFFFu;

struct Section {
    std::uint64_t offset;
    std::uint64_t count;
};

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t header_size;
    Section places;
    Section names;
    Section slots;
    Section postings;
    Section strings;   ///< count = bytes
    std::uint32_t metadata;  ///< string offset of the build metadata (JSON)
    std::uint32_t reserved;
    std::uint64_t file_size;
    Section outlines;       ///< Outline records
    Section outline_bytes;  ///< count = bytes
};

enum PlaceFlags : std::uint8_t {
    place_has_outline = 1,  ///< an Outline record holds the place's polygon
};

/// The boundary polygon of one place: WKB in the outline bytes section.
struct Outline {
    std::uint32_t place;
    std::uint32_t size;
    std::uint64_t offset;
};
static_assert(sizeof(Outline) == 16);

struct PlaceRecord {
    double lat;
    double lon;
    std::uint32_t id;           ///< string offset
    std::uint32_t name;         ///< string offset
    std::uint32_t admin1_name;  ///< string offset
    std::uint32_t admin2_name;  ///< string offset
    std::uint32_t names_begin;  ///< index of the first NameRecord
    std::uint32_t population;   ///< saturated at 2^32-1
    std::uint32_t admin1_place; ///< index of the admin-1 place, or no_place
    std::uint32_t names_count;
    std::uint8_t kind;          ///< PlaceKind
    std::uint8_t flags;
    char country[2];
    char feature_code[8];
};
static_assert(sizeof(PlaceRecord) == 64);

struct NameRecord {
    std::uint32_t text;   ///< string offset
    std::uint8_t origin;  ///< NameOrigin
    char lang[3];
};
static_assert(sizeof(NameRecord) == 8);

enum KeyFlags : std::uint32_t {
    key_exact = 1,   ///< the key is a complete name: it has postings
    key_prefix = 2,  ///< the key is the first words of a longer name
};

struct KeySlot {
    std::uint64_t hash;            ///< 0 marks an empty slot
    std::uint32_t key;             ///< string offset of the folded key
    std::uint32_t flags;           ///< KeyFlags
    std::uint32_t postings_begin;
    std::uint32_t postings_count;
};
static_assert(sizeof(KeySlot) == 24);

enum PostingFlags : std::uint8_t {
    posting_upper_case = 1,  ///< the name is an acronym ("US", "UK"): the text must be upper case too
};

struct Posting {
    std::uint32_t place;
    std::uint8_t origin;  ///< NameOrigin of the best name giving this key
    std::uint8_t flags;   ///< PostingFlags
    std::uint16_t reserved;
};
static_assert(sizeof(Posting) == 8);

/// FNV-1a, never 0 (0 marks empty slots).
inline std::uint64_t hash_key(const char* s, std::uint64_t n) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (std::uint64_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(s[i]);
        h *= 0x100000001b3ull;
    }
    return h ? h : 1;
}

}  // namespace frontline::format
