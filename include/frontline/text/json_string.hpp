#pragma once
// JSON string literals: appending one, in two writers' dialects which
// differ only in how they spell backspace and form feed: GDAL's GeoJSON
// drivers (json-c: "\u0008", "\u000c") and nlohmann::json's dump() ("\b",
// "\f"). Both keep UTF-8 as it is and escape quotes, backslashes and the
// other control characters. Precondition: `s` is valid UTF-8.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace frontline {

enum class JsonDialect { gdal, nlohmann };

/// Whether any of the eight bytes at `p` is special inside a JSON string (a
/// control character, '"' or '\\'): text is mostly plain, so writers and
/// readers pass over it a word at a time. May report a byte that is not
/// special (never miss one), so callers check byte by byte after a hit.
inline bool json_special_in_word(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    auto has_byte_below = [&](std::uint64_t x, std::uint64_t n) { return (x - ones * n) & ~x & high; };
    return (has_byte_below(w, 0x20) | has_byte_below(w ^ (ones * '"'), 1) | has_byte_below(w ^ (ones * '\\'), 1)) != 0;
}

void append_json_string(std::string& out, std::string_view s, JsonDialect dialect);

}  // namespace frontline
