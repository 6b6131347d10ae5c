#pragma once
// Runs the frontline binary as a process, as users do, for the CLI and
// update tests.
#include <unistd.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace frontline::test {

namespace fs = std::filesystem;

/// Per process: ctest runs test cases as parallel processes.
inline fs::path tmp_dir() {
    fs::path d = fs::path(FRONTLINE_TEST_TMP) / ("cli-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
}

inline std::string q(const fs::path& p) { return "'" + p.string() + "'"; }

inline std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct Run {
    int code = -1;
    std::string out, err;
};

/// Runs the frontline binary with `args` (already shell-quoted as needed),
/// its output kept in `workdir`; `prefix` goes before the command (an
/// environment assignment, a ulimit).
inline Run run_frontline(const std::string& args, const fs::path& workdir = tmp_dir(), const std::string& prefix = "") {
    static int n = 0;
    fs::path out = workdir / ("run" + std::to_string(++n) + ".out");
    fs::path err = workdir / ("run" + std::to_string(n) + ".err");
    std::string cmd = prefix + q(FRONTLINE_BINARY) + " " + args + " >" + q(out) + " 2>" + q(err) + " </dev/null";
    int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

}  // namespace frontline::test
