// `frontline gazetteer build|lookup|info` and the top-level CLI, run as a process.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_support.hpp"

using namespace std::string_literals;
namespace fs = std::filesystem;

namespace {

using frontline::test::run_frontline;
using frontline::test::q;
using frontline::test::Run;
using frontline::test::slurp;
using frontline::test::tmp_dir;

fs::path fixture(const std::string& name) { return fs::path(FRONTLINE_TEST_FIXTURES) / "gazetteer" / name; }

// A small gazetteer built by the CLI from the fixtures, once per run.
const fs::path& small_gazetteer() {
    static const fs::path path = [] {
        fs::path p = tmp_dir() / "small.fgz";
        Run r = run_frontline("gazetteer build --no-base --overwrite -o " + q(p) + " " + q(fixture("geonames_sample.txt")) + " " +
                          q(fixture("admin1_codes.txt")) + " " + q(fixture("postal_ru.csv")) + " " +
                          q(fixture("user_places.tsv")));
        INFO(r.err);
        REQUIRE(r.code == 0);
        return p;
    }();
    return path;
}

}  // namespace

TEST_CASE("frontline --help and gazetteer --help", "[cli]") {
    Run r = run_frontline("--help");
    CHECK(r.code == 0);
    CHECK(r.out.find("usage: frontline") != std::string::npos);
    CHECK(r.out.find("gazetteer") != std::string::npos);

    Run g = run_frontline("gazetteer --help");
    INFO(g.out << g.err);
    CHECK(g.code == 0);
    std::string text = g.out + g.err;
    CHECK(text.find("build") != std::string::npos);
    CHECK(text.find("lookup") != std::string::npos);
    CHECK(text.find("info") != std::string::npos);
    CHECK(text.find("--overwrite") != std::string::npos);
}

TEST_CASE("unknown commands and actions are usage errors (exit 2)", "[cli]") {
    Run r = run_frontline("no-such-command");
    CHECK(r.code == 2);
    CHECK(r.err.find("unknown command") != std::string::npos);

    Run a = run_frontline("gazetteer frobnicate");
    CHECK(a.code == 2);
    CHECK(a.err.find("unknown action") != std::string::npos);

    Run o = run_frontline("gazetteer build " + q(fixture("geonames_sample.txt")));  // no -o
    CHECK(o.code == 2);
    Run n = run_frontline("gazetteer lookup -g " + q(tmp_dir() / "x.fgz"));  // no name
    CHECK(n.code == 2);
}

TEST_CASE("gazetteer build reports malformed rows with file and line", "[cli]") {
    fs::path out = tmp_dir() / "report.fgz";
    fs::remove(out);
    Run r = run_frontline("gazetteer build --no-base -o " + q(out) + " " + q(fixture("geonames_sample.txt")) + " " +
                      q(fixture("postal_ru.csv")));
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(fs::exists(out));
    CHECK(r.err.find("geonames_sample.txt:9: expected 19 tab-separated columns") != std::string::npos);
    CHECK(r.err.find("geonames_sample.txt:10: bad coordinates") != std::string::npos);
    CHECK(r.err.find("geonames_sample.txt:11: invalid UTF-8") != std::string::npos);
    CHECK(r.err.find("postal_ru.csv:6:") != std::string::npos);
    CHECK(r.err.find("(geonames): 7 rows, 3 skipped") != std::string::npos);
    CHECK(r.err.find("wrote ") != std::string::npos);

    // An existing output is not replaced without --overwrite.
    auto before = slurp(out);
    Run again = run_frontline("gazetteer build --no-base -o " + q(out) + " " + q(fixture("geonames_sample.txt")));
    CHECK(again.code == 4);
    CHECK(again.err.find("--overwrite") != std::string::npos);
    CHECK((slurp(out) == before));

    // --quiet prints the skipped rows but not the progress lines.
    Run quiet = run_frontline("gazetteer build --no-base --quiet --overwrite -o " + q(out) + " " + q(fixture("geonames_sample.txt")));
    CHECK(quiet.code == 0);
    CHECK(quiet.err.find("wrote ") == std::string::npos);
    CHECK(quiet.err.find(":9:") != std::string::npos);
}

TEST_CASE("gazetteer build failing on a source leaves the existing output untouched", "[cli]") {
    fs::path dir = tmp_dir() / "atomic";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path existing = dir / "existing.fgz";
    fs::copy_file(small_gazetteer(), existing);
    const std::string before = slurp(existing);
    REQUIRE_FALSE(before.empty());

    SECTION("missing source") {
        Run r = run_frontline("gazetteer build --no-base -o " + q(existing) + " " + q(fixture("user_places.tsv")) + " " +
                          q(dir / "missing.txt") + " --overwrite");
        CHECK(r.code != 0);
        CHECK(r.code == 3);
        CHECK(r.err.find("missing.txt") != std::string::npos);
    }
    SECTION("a file whose columns changed part way") {
        // 300 good rows, then 120 with a column too many: more than a tenth malformed.
        const fs::path changed = dir / "changed.txt";
        std::ofstream out(changed);
        const std::string tail = "\tP\tPPL\tUA\t\t05\t\t\t\t100\t\t200\tEurope/Kyiv\t2024-01-01\n";
        for (int i = 0; i < 300; ++i) out << 9000000 + i << "\tSelo " << i << "\tSelo " << i << "\t\t48.1\t37.2" << tail;
        for (int i = 300; i < 420; ++i) out << 9000000 + i << "\tSelo " << i << "\tSelo " << i << "\t\t\t48.1\t37.2" << tail;
        out.close();
        Run r = run_frontline("gazetteer build --no-base --overwrite -o " + q(existing) + " " + q(changed));
        CHECK(r.code == 3);
        CHECK(r.err.find("120 of 420 rows are malformed") != std::string::npos);
        CHECK(r.err.find("changed.txt:301") != std::string::npos);
    }
    SECTION("unknown format") {
        Run r = run_frontline("gazetteer build --no-base --overwrite -o " + q(existing) + " " + q(fixture("unknown_format.txt")));
        CHECK(r.code == 3);
        CHECK(r.err.find("unknown source format") != std::string::npos);
    }
    CHECK((slurp(existing) == before));  // double parentheses: no binary dump on failure
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() != ".txt" && e.path().extension() != ".gz") ++files;
    CHECK(files == 1);  // no temporary left beside the output
}

// BUG (see report): a truncated .gz source is accepted (zlib reports the
// unexpected end only through gzerror(), which LineReader does not check), so
// the build "succeeds" and replaces the existing output with a partial one.
TEST_CASE("gazetteer build with a truncated gzip source fails and keeps the old output", "[cli]") {
    if (std::system("command -v gzip >/dev/null 2>&1") != 0) {
        WARN("gzip not available: skipped");
        return;
    }
    fs::path dir = tmp_dir() / "atomic_gz";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path existing = dir / "existing.fgz";
    fs::copy_file(small_gazetteer(), existing);
    const std::string before = slurp(existing);
    fs::path big = dir / "big.txt";
    {
        std::string body = slurp(fixture("geonames_sample.txt"));
        std::ofstream out(big, std::ios::binary);
        for (int i = 0; i < 400; ++i) out << body;
    }
    fs::path gz = dir / "cut.txt.gz";
    REQUIRE(std::system(("gzip -c " + q(big) + " > " + q(gz)).c_str()) == 0);
    fs::resize_file(gz, fs::file_size(gz) / 2);
    Run r = run_frontline("gazetteer build --no-base --overwrite -o " + q(existing) + " " + q(fixture("user_places.tsv")) + " " + q(gz));
    CHECK(r.code == 3);
    CHECK(r.err.find("cut.txt.gz") != std::string::npos);
    CHECK((slurp(existing) == before));  // double parentheses: no binary dump on failure
}

TEST_CASE("gazetteer lookup --json", "[cli]") {
    Run r = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " Vuhledar --json");
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 1);
    CHECK(j[0]["id"] == "geonames:690823");
    CHECK(j[0]["name"] == "Vuhledar");
    CHECK(j[0]["kind"] == "settlement");
    CHECK(j[0]["country"] == "UA");
    CHECK(j[0]["admin1"] == "Donetsk Oblast");
    CHECK(j[0]["lat"].get<double>() == Approx(47.77973));

    Run cyr = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " --json Угледар");
    REQUIRE(cyr.code == 0);
    CHECK(nlohmann::json::parse(cyr.out)[0]["id"] == "geonames:690823");

    // Several words are one name.
    Run two = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " --json Malaya Loknya");
    REQUIRE(two.code == 0);
    CHECK(nlohmann::json::parse(two.out)[0]["id"] == "postal:RU:307835");

    Run none = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " --json Atlantis");
    CHECK(none.code == 0);
    CHECK(nlohmann::json::parse(none.out).empty());
    Run none_text = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " Atlantis");
    CHECK(none_text.out.find("no place named 'Atlantis'") != std::string::npos);

    Run text = run_frontline("gazetteer lookup -g " + q(small_gazetteer()) + " Vugledar");
    CHECK(text.code == 0);
    CHECK(text.out.find("geonames:690823") != std::string::npos);
}

TEST_CASE("gazetteer info prints counts and sources", "[cli]") {
    Run r = run_frontline("gazetteer info " + q(small_gazetteer()));
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("places") != std::string::npos);
    CHECK(r.out.find("geonames_sample.txt (geonames): 7 rows, 3 skipped") != std::string::npos);
    CHECK(r.out.find("settlement") != std::string::npos);

    Run j = run_frontline("gazetteer info --json -g " + q(small_gazetteer()));
    REQUIRE(j.code == 0);
    auto meta = nlohmann::json::parse(j.out);
    CHECK(meta["places"].get<int>() > 0);
    CHECK(meta["sources"].size() == 4);

    Run bad = run_frontline("gazetteer info " + q(fixture("geonames_sample.txt")));
    CHECK(bad.code == 5);  // not a gazetteer
    CHECK(bad.err.find("not a frontline gazetteer") != std::string::npos);
    Run missing = run_frontline("gazetteer info " + q(tmp_dir() / "nope.fgz"));
    CHECK(missing.code == 5);
}

TEST_CASE("gazetteer lookup on the bundled default", "[cli]") {
    if (!fs::exists(FRONTLINE_DEFAULT_GAZETTEER)) {
        WARN("bundled default gazetteer not built");
        return;
    }
    Run r = run_frontline("gazetteer lookup -g "s + q(FRONTLINE_DEFAULT_GAZETTEER) + " --json Kyiv");
    REQUIRE(r.code == 0);
    auto j = nlohmann::json::parse(r.out);
    REQUIRE_FALSE(j.empty());
    CHECK(j[0]["country"] == "UA");
}

// The README's first lookup on a fresh build: no -g, the bundled default.
TEST_CASE("gazetteer lookup without -g finds the mission's own places", "[cli][default]") {
    struct Expect {
        const char* name;
        const char* id;
    };
    for (Expect e : {Expect{"Vuhledar", "geonames:690823"}, Expect{"Ugledar", "geonames:690823"},
                     Expect{"Вугледар", "geonames:690823"}, Expect{"Robotyne", "geonames:695586"},
                     Expect{"Krynky", "geonames:703861"}, Expect{"Sudzha", "geonames:486816"}}) {
        Run r = run_frontline("gazetteer lookup --json "s + q(e.name));
        INFO(e.name << ": " << r.out << r.err);
        REQUIRE(r.code == 0);
        auto j = nlohmann::json::parse(r.out);
        REQUIRE_FALSE(j.empty());
        CHECK(j[0]["id"] == e.id);
        CHECK_FALSE(j[0]["admin1"].get<std::string>().empty());
    }
}

TEST_CASE("gazetteer info on the bundled default: counts, checks, attribution", "[cli][default]") {
    Run r = run_frontline("gazetteer info");
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK(r.out.find("by country") != std::string::npos);
    CHECK(r.out.find("settlement") != std::string::npos);
    CHECK(r.out.find("postal RU") != std::string::npos);  // dropped postal points are counted
    CHECK(r.out.find("dropped") != std::string::npos);
    CHECK(r.out.find("GeoNames") != std::string::npos);
    CHECK(r.out.find("Natural Earth") != std::string::npos);
    CHECK(r.out.find("outlines") != std::string::npos);
}

TEST_CASE("gazetteer build layers the sources over the bundled base unless --no-base", "[cli][default]") {
    fs::path layered = tmp_dir() / "layered.fgz", bare = tmp_dir() / "bare.fgz";
    Run a = run_frontline("gazetteer build --quiet --overwrite -o " + q(layered) + " " + q(fixture("user_places.tsv")));
    INFO(a.err);
    REQUIRE(a.code == 0);
    Run b = run_frontline("gazetteer build --no-base --quiet --overwrite -o " + q(bare) + " " + q(fixture("user_places.tsv")));
    REQUIRE(b.code == 0);
    // The user's place is in both; the base's villages only in the layered build.
    for (const fs::path& p : {layered, bare}) {
        Run own = run_frontline("gazetteer lookup --json -g " + q(p) + " 'Baltimor air base'");
        CHECK_FALSE(nlohmann::json::parse(own.out).empty());
    }
    Run v1 = run_frontline("gazetteer lookup --json -g " + q(layered) + " Robotyne");
    CHECK(nlohmann::json::parse(v1.out)[0]["id"] == "geonames:695586");
    Run v2 = run_frontline("gazetteer lookup --json -g " + q(bare) + " Robotyne");
    CHECK(nlohmann::json::parse(v2.out).empty());
    // One id per country whatever the build: the base's iso:MD and the user's iso:MD are one place.
    Run md = run_frontline("gazetteer lookup --json -g " + q(layered) + " Moldova");
    auto j = nlohmann::json::parse(md.out);
    std::size_t countries = 0;
    for (const auto& m : j) countries += m["kind"] == "country";
    CHECK(countries == 1);
}

// Bad input stops the build with the file and line, and the previous
// gazetteer stays as it was.
TEST_CASE("gazetteer build: bad sources are reported with file and line, the old output kept", "[cli]") {
    fs::path dir = tmp_dir() / "bad_input";
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::path existing = dir / "existing.fgz";
    fs::copy_file(small_gazetteer(), existing);
    const std::string before = slurp(existing);
    auto write = [&](const char* name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    };
    auto build = [&](const fs::path& src) {
        return run_frontline("gazetteer build --no-base --overwrite -o " + q(existing) + " " + q(fixture("user_places.tsv")) +
                             " " + q(src));
    };

    SECTION("a dump whose rows all have 20 columns") {
        std::string row = "690823\tVuhledar\tVuhledar\t\t47.77973\t37.24999\tP\tPPLA3\tUA\t\t05\t1404\t\t\t14144\t\t190\t"
                          "Europe/Kyiv\t2024-01-01\textra\n";
        // The first rows are 19 columns: detected as GeoNames, then every row fails.
        fs::path src = write("changed.txt", row + row + row);
        Run r = build(src);
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("changed.txt:1:") != std::string::npos);
    }
    SECTION("a dump with a changed column count after the first line") {
        std::string good = "690823\tVuhledar\tVuhledar\t\t47.77973\t37.24999\tP\tPPLA3\tUA\t\t05\t1404\t\t\t14144\t\t190\t"
                           "Europe/Kyiv\t2024-01-01\n";
        std::string bad = "690824\tX\tX\t\t47.7\t37.2\tP\tPPL\tUA\t\t05\n";
        fs::path src = write("mixed.txt", good + bad + bad);
        Run r = build(src);
        INFO(r.err);
        CHECK(r.code == 0);  // a few bad rows are skipped and named, not fatal
        CHECK(r.err.find("mixed.txt:2: expected 19 tab-separated columns, found 11") != std::string::npos);
        CHECK(r.err.find("mixed.txt:3:") != std::string::npos);
        return;  // the output was rebuilt on purpose
    }
    SECTION("a postal file in an unknown layout") {
        fs::path src = write("postal.csv", "cc,zip,place,lat,lon\nRU,307835,Малая Локня,51.28,35.30\n");
        Run r = build(src);
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("postal.csv:1:") != std::string::npos);
        CHECK(r.err.find("unknown source format") != std::string::npos);
    }
    SECTION("boundaries without names") {
        fs::path src = write("nameless.geojson",
                             R"({"type":"FeatureCollection","features":[)"
                             R"({"type":"Feature","properties":{"admin_level":4},"geometry":{"type":"Polygon","coordinates":[[[30,50],[31,50],[31,51],[30,50]]]}},)"
                             R"({"type":"Feature","properties":{"admin_level":4},"geometry":{"type":"Polygon","coordinates":[[[31,50],[32,50],[32,51],[31,50]]]}}]})");
        Run r = build(src);
        INFO(r.err);
        CHECK(r.code == 3);
        CHECK(r.err.find("nameless.geojson") != std::string::npos);
        CHECK(r.err.find("has no name") != std::string::npos);
    }
    CHECK((slurp(existing) == before));  // double parentheses: no binary dump on failure
}
