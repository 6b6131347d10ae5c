#pragma once
// Appending a string as a JSON string literal. Two writers' dialects, which
// differ only in how they spell backspace and form feed: GDAL's GeoJSON
// drivers (json-c: "\u0008", "\u000c") and nlohmann::json's dump() ("\b",
// "\f"). Both keep UTF-8 as it is and escape quotes, backslashes and the
// other control characters. Precondition: `s` is valid UTF-8.
#include <string>
#include <string_view>

namespace frontline {

enum class JsonDialect { gdal, nlohmann };

void append_json_string(std::string& out, std::string_view s, JsonDialect dialect);

}  // namespace frontline
