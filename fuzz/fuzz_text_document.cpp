// Plain text of any bytes: repair, structure and sentence splitting never crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    frontline::Document doc = frontline::parse_text(std::string(reinterpret_cast<const char*>(data), size), "fuzz", "fuzz");
    frontline::analyse_structure(doc, nullptr);
    return 0;
}
