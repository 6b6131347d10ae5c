// One JSON Lines record of any bytes: either a Document or a frontline::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontline/document/formats.hpp"
#include "frontline/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        frontline::parse_jsonl_line(std::string_view(reinterpret_cast<const char*>(data), size), {"fuzz.jsonl", 1, 0},
                                    "fuzz:1", "fuzz.jsonl");
    } catch (const frontline::Error&) {
        // a clear error is the expected outcome for bad input
    }
    return 0;
}
