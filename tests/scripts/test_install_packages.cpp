// scripts/install-packages, which scripts/setup and .ci/run install Debian
// packages with: one line says what it installs and why, apt's progress
// stays out of the terminal, and a failure shows apt's own output.
// apt-get, dpkg-query and id are stand-ins on PATH: the test installs nothing.
#include <catch2/catch.hpp>

#include <fstream>

#include "../cli/cli_support.hpp"

namespace fs = std::filesystem;
using frontline::test::q;
using frontline::test::slurp;

namespace {

void write_script(const fs::path& path, const std::string& body) {
    std::ofstream(path) << "#!/bin/sh\n" << body;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add);
}

struct Installed {
    int code = -1;
    std::string out, err, apt_calls;
};

// Runs the script for `packages` with stand-ins: `gdal-bin` counts as
// installed, apt-get prints progress and fails where `apt_fails`.
Installed install(const std::string& packages, bool apt_fails) {
    const fs::path dir = frontline::test::tmp_dir() / "install-packages";
    fs::remove_all(dir);
    fs::create_directories(dir / "bin");
    write_script(dir / "bin" / "dpkg-query",
                 "for p; do :; done\n[ \"$p\" = gdal-bin ] && echo 'install ok installed'\nexit 0\n");
    write_script(dir / "bin" / "id", "echo 0\n");
    write_script(dir / "bin" / "apt-get",
                 "echo \"$*\" >>" + q(dir / "apt-calls") + "\n" +
                     "echo 'Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]'\n" +
                     (apt_fails ? "echo 'E: Unable to locate package nothere' >&2\nexit 100\n" : "exit 0\n"));
    const std::string cmd = "PATH=" + q(dir / "bin") + ":\"$PATH\" " + q(fs::path(FRONTLINE_SOURCE_DIR) / "scripts" / "install-packages") +
                            " 'the test packages' " + packages + " >" + q(dir / "out") + " 2>" + q(dir / "err") + " </dev/null";
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(dir / "out"), slurp(dir / "err"), slurp(dir / "apt-calls")};
}

}  // namespace

TEST_CASE("install-packages: says what it installs and why, and keeps apt's progress out of sight", "[scripts]") {
    const Installed r = install("gdal-bin nothere", false);
    CHECK(r.code == 0);
    CHECK(r.out == "installing the test packages: nothere\ninstalled\n");
    CHECK(r.err.empty());
    // Only the missing package is asked for, quietly.
    CHECK(r.apt_calls.find("install -y -qq --no-install-recommends nothere") != std::string::npos);
    CHECK(r.apt_calls.find("gdal-bin") == std::string::npos);
}

TEST_CASE("install-packages: nothing missing, nothing said or run", "[scripts]") {
    const Installed r = install("gdal-bin", false);
    CHECK(r.code == 0);
    CHECK(r.out.empty());
    CHECK(r.apt_calls.empty());
}

TEST_CASE("install-packages: a failure shows apt's own output and names the packages", "[scripts]") {
    const Installed r = install("nothere", true);
    CHECK(r.code == 1);
    CHECK(r.err.find("E: Unable to locate package nothere") != std::string::npos);
    CHECK(r.err.find("Get:1") != std::string::npos);
    CHECK(r.err.find("install the packages by hand: nothere") != std::string::npos);
}
