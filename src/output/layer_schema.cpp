#include "frontline/output/layer_schema.hpp"

namespace frontline {

std::int64_t stable_feature_id(std::string_view key) noexcept {
    // FNV-1a, then the splitmix64 finaliser so that keys differing only in
    // their last characters still spread over the whole range.
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : key) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    constexpr std::uint64_t max_id = (std::uint64_t{1} << 53) - 1;
    return static_cast<std::int64_t>(h % max_id + 1);
}

std::string_view to_string(FieldType t) noexcept {
    switch (t) {
        case FieldType::string: return "string";
        case FieldType::integer: return "integer";
        case FieldType::integer64: return "integer64";
        case FieldType::real: return "real";
        case FieldType::date: return "date";
        case FieldType::datetime: return "datetime";
    }
    return "unknown";
}

std::string_view to_string(GeometryType t) noexcept {
    switch (t) {
        case GeometryType::point: return "point";
        case GeometryType::multipolygon: return "multipolygon";
        case GeometryType::multilinestring: return "multilinestring";
    }
    return "unknown";
}

}  // namespace frontline
