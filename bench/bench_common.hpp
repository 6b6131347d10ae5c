#pragma once
// The gazetteer the benchmarks use: $FRONTLINE_BENCH_GAZETTEER (a full
// build, see bench/README.md), else the bundled default.
#include <cstdlib>
#include <string>

inline std::string bench_gazetteer_path() {
    if (const char* p = std::getenv("FRONTLINE_BENCH_GAZETTEER"); p && *p) return p;
    return FRONTLINE_DEFAULT_GAZETTEER;
}
