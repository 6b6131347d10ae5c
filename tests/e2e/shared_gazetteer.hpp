#pragma once
// The full Ukraine + Russia gazetteer built from ../shared/data/gazetteer/,
// layered over the bundled base as a user's build is, compiled once per test
// run by the real CLI and shared by the end-to-end tests.
#include <cstdlib>
#include <filesystem>
#include <string>

namespace frontline::test {

inline bool shared_data_available() {
    return std::filesystem::exists(std::string(FRONTLINE_SHARED_DIR) + "/data/gazetteer/geonames_UA_full_20260728.txt.gz");
}

/// Path of the full gazetteer, building it on first use. Empty if ../shared is absent.
inline std::filesystem::path full_gazetteer() {
    if (!shared_data_available()) return {};
    std::filesystem::path out = std::filesystem::path(FRONTLINE_TEST_TMP) / "e2e-full.fgz";
    // Reused while newer than the binary that built it and than the bundled
    // default (rebuilt whenever the bundled sources change).
    std::error_code ec;
    if (std::filesystem::exists(out, ec) &&
        std::filesystem::last_write_time(FRONTLINE_BINARY, ec) < std::filesystem::last_write_time(out, ec) &&
        std::filesystem::last_write_time(FRONTLINE_DEFAULT_GAZETTEER, ec) < std::filesystem::last_write_time(out, ec))
        return out;
    std::filesystem::create_directories(out.parent_path());
    std::string g = std::string(FRONTLINE_SHARED_DIR) + "/data/gazetteer/";
    std::string cmd = std::string(FRONTLINE_BINARY) + " gazetteer build --quiet --overwrite -o " + out.string() + " " + g +
                      "geonames_UA_full_20260728.txt.gz " + g + "geonames_cities500_RU_BY.txt.gz " + g +
                      "geonames_admin1CodesASCII_2020.txt.gz " + g + "geonames_postal_RU_2026-03.csv.gz";
    if (std::system(cmd.c_str()) != 0) return {};
    return out;
}

}  // namespace frontline::test
