#pragma once
// Where frontline finds its bundled data (lexicons, the default gazetteer).
#include <filesystem>
#include <string_view>

namespace frontline {

/// The first existing `<dir>/<relative>` among: $FRONTLINE_DATA_DIR, the build
/// tree's data dir, the source tree's data dir, the install prefix's
/// share/frontline. Throws frontline::Error naming the places searched if none.
std::filesystem::path data_path(std::string_view relative);

/// The bundled default gazetteer (data_path("default.fgz")).
std::filesystem::path default_gazetteer_path();

}  // namespace frontline
