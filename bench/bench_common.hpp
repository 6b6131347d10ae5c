#pragma once
// What the stage benchmarks share: the gazetteer they use and the seed texts.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

/// $FRONTLINE_BENCH_GAZETTEER (a full build, see bench/README.md), else the bundled default.
inline std::string bench_gazetteer_path() {
    if (const char* p = std::getenv("FRONTLINE_BENCH_GAZETTEER"); p && *p) return p;
    return FRONTLINE_DEFAULT_GAZETTEER;
}

/// The five seed live blogs (../shared/seeds) as one text; one sentence when
/// ../shared is absent.
inline std::string seeds_text() {
    std::string all;
    std::filesystem::path dir = std::string(FRONTLINE_SHARED_DIR) + "/seeds";
    if (!std::filesystem::exists(dir)) return "Russian forces captured Maksymivka, just north of Vuhledar.\n";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        all += ss.str() + "\n";
    }
    return all;
}
