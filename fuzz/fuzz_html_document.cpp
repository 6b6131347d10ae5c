// HTML of any bytes: libxml2's recovering parser and the text extraction never crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    frontline::Document doc =
        frontline::parse_html(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz", "fuzz");
    frontline::analyse_structure(doc, nullptr);
    return 0;
}
