// JSON string literals in the two dialects frontline writes.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "frontline/text/json_string.hpp"

using frontline::append_json_string;
using frontline::JsonDialect;

namespace {
std::string literal(std::string_view s, JsonDialect d) {
    std::string out;
    append_json_string(out, s, d);
    return out;
}
}  // namespace

TEST_CASE("append_json_string writes nlohmann's escapes in its dialect", "[text]") {
    std::string every_control;
    for (char c = 1; c < 0x20; ++c) every_control += c;
    for (std::string_view s : {std::string_view(""), std::string_view("plain words, long enough for a word at a time"),
                               std::string_view("\"quoted\" \\ back / slash"), std::string_view(every_control),
                               std::string_view("Авдіївка \xF0\x9F\x98\x80 \x7f")})
        CHECK(literal(s, JsonDialect::nlohmann) == nlohmann::json(std::string(s)).dump());
}

TEST_CASE("append_json_string spells backspace and form feed as GDAL does", "[text]") {
    CHECK(literal("a\bb\fc\x01\n", JsonDialect::gdal) == R"("a\u0008b\u000cc\u0001\n")");
    CHECK(literal("a\bb\fc\x01\n", JsonDialect::nlohmann) == R"("a\bb\fc\u0001\n")");
    CHECK(literal("12345678\"", JsonDialect::gdal) == R"("12345678\"")");  // an escape after a clean word
}
