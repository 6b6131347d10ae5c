// A gazetteer source file of any bytes (GeoNames, code tables, postal, user
// places, aliases): rows are parsed or reported; only frontline::Error escapes.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "frontline/error.hpp"
#include "frontline/gazetteer/builder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("frontline-fuzz-" + std::to_string(::getpid()) + ".txt");
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        frontline::GazetteerBuilder builder;
        builder.add_source(file);
    } catch (const frontline::Error&) {
    }
    return 0;
}
