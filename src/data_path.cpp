#include "frontline/data_path.hpp"

#include <cstdlib>
#include <string>
#include <vector>

#include "frontline/error.hpp"

namespace frontline {

std::filesystem::path data_path(std::string_view relative) {
    std::vector<std::filesystem::path> dirs;
    if (const char* env = std::getenv("FRONTLINE_DATA_DIR"); env && *env) dirs.emplace_back(env);
    dirs.emplace_back(FRONTLINE_BUILD_DATA_DIR);
    dirs.emplace_back(FRONTLINE_SOURCE_DATA_DIR);
    dirs.emplace_back(FRONTLINE_INSTALL_DATA_DIR);
    std::string searched;
    for (const auto& dir : dirs) {
        auto p = dir / relative;
        std::error_code ec;
        if (std::filesystem::exists(p, ec)) return p;
        searched += (searched.empty() ? "" : ", ") + dir.string();
    }
    throw Error("bundled data file '" + std::string(relative) + "' not found in: " + searched +
                " (set FRONTLINE_DATA_DIR, or build the project first)");
}

std::filesystem::path default_gazetteer_path() { return data_path("default.fgz"); }

}  // namespace frontline
