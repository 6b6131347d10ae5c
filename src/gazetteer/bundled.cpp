#include "frontline/gazetteer/bundled.hpp"

#include <algorithm>

#include "frontline/data_path.hpp"

namespace frontline {

bool is_bundled_source_name(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    for (const char* ext : {".tsv", ".tsv.gz", ".csv", ".csv.gz", ".txt", ".txt.gz", ".geojson", ".geojson.gz"})
        if (name.ends_with(ext)) return true;
    return false;
}

std::vector<std::filesystem::path> bundled_gazetteer_sources() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(data_path("gazetteer")))
        if (entry.is_regular_file() && is_bundled_source_name(entry.path())) out.push_back(entry.path());
    std::sort(out.begin(), out.end());  // the same order on every machine
    return out;
}

}  // namespace frontline
