#pragma once
// Helpers for the client tests: tests that check frontline's outputs with the
// programs people read them with (QGIS, PostGIS, ogrinfo). They shell out, so
// each helper returns exit status and output instead of throwing.
//
// A client that is not installed makes its test SKIP with a WARN on a
// developer's machine; with FRONTLINE_REQUIRE_CLIENTS=1 in the environment
// (.ci/run sets it after installing them) a missing client FAILS, so CI can
// never pass by skipping.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace frontline::test {

struct RunResult {
    int status = -1;  ///< exit status, or -1 when it did not exit normally
    std::string out;  ///< standard output
    std::string err;  ///< standard error
};

inline std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Single-quotes a word for /bin/sh.
inline std::string sh_quote(const std::string& word) {
    std::string out = "'";
    for (char c : word) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

/// Runs a /bin/sh command line with stdin from /dev/null; stdout and stderr
/// are captured through files under `scratch_dir`.
inline RunResult run_shell(const std::string& command, const std::filesystem::path& scratch_dir) {
    std::filesystem::create_directories(scratch_dir);
    const auto out_path = scratch_dir / "stdout.txt";
    const auto err_path = scratch_dir / "stderr.txt";
    const std::string line = "( " + command + " ) </dev/null >" + sh_quote(out_path.string()) + " 2>" +
                             sh_quote(err_path.string());
    const int raw = std::system(line.c_str());
    RunResult r;
    r.status = (raw != -1 && WIFEXITED(raw)) ? WEXITSTATUS(raw) : -1;
    r.out = read_text(out_path);
    r.err = read_text(err_path);
    return r;
}

inline bool clients_required() {
    const char* v = std::getenv("FRONTLINE_REQUIRE_CLIENTS");
    return v && *v && std::string(v) != "0";
}

/// Call when a client is missing: FAILs when FRONTLINE_REQUIRE_CLIENTS is
/// set. Else, under ctest (one test case per process), the process exits
/// with 77, which ctest reports as "Skipped" (SKIP_RETURN_CODE): a new
/// user's ctest says what really ran. Run by hand, it WARNs and the caller
/// returns.
inline void client_missing(const std::string& what) {
    if (clients_required()) FAIL(what + " (FRONTLINE_REQUIRE_CLIENTS is set, so this is an error)");
    if (const char* ctest = std::getenv("FRONTLINE_UNDER_CTEST"); ctest && *ctest) {
        std::fprintf(stderr, "%s: skipped\n", what.c_str());
        std::fflush(nullptr);
        std::_Exit(77);
    }
    WARN(what + ": skipped");
}

/// An empty directory under FRONTLINE_TEST_TMP/clients, or under
/// $FRONTLINE_CLIENT_TEST_DIR where a test runs another client test inside
/// itself (test_client_skip.cpp): the inner run must not empty the directory
/// the real test, running beside it under ctest --parallel, is writing in.
inline std::filesystem::path client_dir(const std::string& name) {
    const char* root = std::getenv("FRONTLINE_CLIENT_TEST_DIR");
    const auto dir = (root && *root ? std::filesystem::path(root) : std::filesystem::path(FRONTLINE_TEST_TMP) / "clients") / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

/// `frontline extract` on the bundled example reports into `destination`.
inline RunResult extract_examples(const std::string& destination, const std::filesystem::path& scratch_dir,
                                  const std::string& extra_args = "") {
    return run_shell(sh_quote(FRONTLINE_BINARY) + " extract -g " + sh_quote(FRONTLINE_DEFAULT_GAZETTEER) + " " +
                         extra_args + " -o " + sh_quote(destination) + " " +
                         sh_quote(std::string(FRONTLINE_SOURCE_DIR) + "/examples/reports/"),
                     scratch_dir);
}

}  // namespace frontline::test
