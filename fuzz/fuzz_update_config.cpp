// An update config of any bytes: parsed, or problems reported with positions.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "frontline/error.hpp"
#include "frontline/update/config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        frontline::update::parse_config(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
    } catch (const frontline::Error&) {
    }
    return 0;
}
