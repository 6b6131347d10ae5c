// A client test whose client is missing tells ctest it was skipped (exit 77,
// SKIP_RETURN_CODE in tests/CMakeLists.txt), and fails outright where CI
// requires the clients (FRONTLINE_REQUIRE_CLIENTS): a new user's ctest says
// what really ran, and CI cannot pass on a machine that lacks them.
#include <catch2/catch.hpp>

#include "client_support.hpp"

using frontline::test::run_shell;
using frontline::test::sh_quote;

namespace {

// This test binary, run on the ogrinfo test with no PATH to find ogrinfo on,
// in a directory of its own: the real ogrinfo test may be running beside it.
frontline::test::RunResult ogrinfo_test_without_clients(const std::string& env) {
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    const auto dir = frontline::test::client_dir("skip");
    return run_shell("env -u FRONTLINE_REQUIRE_CLIENTS -u FRONTLINE_UNDER_CTEST " + env +
                         " FRONTLINE_CLIENT_TEST_DIR=" + sh_quote((dir / "inner").string()) + " PATH=/nonexistent " +
                         sh_quote(self) + " " + sh_quote("[clients][ogrinfo]"),
                     dir);
}

}  // namespace

TEST_CASE("a missing client is reported to ctest as skipped, and fails where clients are required", "[clients][skip]") {
    auto r = ogrinfo_test_without_clients("FRONTLINE_UNDER_CTEST=1");
    CHECK(r.status == 77);
    CHECK(r.err.find("ogrinfo is not installed") != std::string::npos);
    // The inner run worked in its own directory, not in the real test's.
    CHECK(std::filesystem::is_directory(std::filesystem::path(FRONTLINE_TEST_TMP) / "clients" / "skip" / "inner" / "ogrinfo"));
    r = ogrinfo_test_without_clients("FRONTLINE_UNDER_CTEST=1 FRONTLINE_REQUIRE_CLIENTS=1");
    CHECK(r.status != 0);
    CHECK(r.status != 77);
    // Run by hand, outside ctest: a warning, and the run goes on.
    r = ogrinfo_test_without_clients("");
    CHECK(r.status == 0);
    CHECK(r.out.find("skipped") != std::string::npos);
}
