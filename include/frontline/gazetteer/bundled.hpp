#pragma once
// The bundled gazetteer sources: what the default gazetteer is compiled from
// and what `frontline gazetteer build` layers a user's sources over.
#include <filesystem>
#include <vector>

namespace frontline {

/// The source files under the bundled `gazetteer/` data directory (the
/// repository's data/gazetteer/, or share/frontline/gazetteer once
/// installed; see data_path.hpp), sorted by name. Throws frontline::Error if
/// the directory cannot be found.
std::vector<std::filesystem::path> bundled_gazetteer_sources();

/// True if `path` names a file a gazetteer build reads (by extension:
/// .tsv, .csv, .txt, plain or .gz, and .geojson / .geojson.gz).
bool is_bundled_source_name(const std::filesystem::path& path);

}  // namespace frontline
