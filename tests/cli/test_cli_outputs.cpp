// Where extract writes, as a new user tries it: standard output, devices,
// pipes and symlinks, outputs that exist, directories that cannot be
// written, and what the messages say.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_support.hpp"

namespace fs = std::filesystem;
using frontline::test::q;
using frontline::test::Run;
using frontline::test::run_frontline;
using frontline::test::slurp;
using frontline::test::tmp_dir;

namespace {

fs::path report(const fs::path& dir) {
    fs::create_directories(dir);
    const fs::path p = dir / "report.txt";
    std::ofstream(p) << "Russian forces captured Selydove, the defence ministry said on 7 November 2024.\n"
                        "A drone struck Kharkiv overnight.\n";
    return p;
}

std::size_t lines_with(const std::string& text, const std::string& needle) {
    std::istringstream in(text);
    std::size_t n = 0;
    for (std::string line; std::getline(in, line);) n += line.find(needle) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("extract -o - writes GeoJSONSeq or GeoJSON to standard output and no file named '-'", "[cli][outputs]") {
    const fs::path dir = tmp_dir() / "stdout";
    fs::remove_all(dir);
    const fs::path in = report(dir);
    Run seq = run_frontline("extract -q -o - " + q(in), dir);
    REQUIRE(seq.code == 0);
    CHECK(lines_with(seq.out, "\"type\": \"Feature\"") >= 2);  // one feature per line: the mentions
    Run again = run_frontline("extract -q -f GeoJSON -o - --layers events " + q(in), dir);
    REQUIRE(again.code == 0);
    CHECK(nlohmann::json::parse(again.out)["name"] == "events");
    // Nothing was left behind, so a second -o - works as the first did.
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        CHECK_FALSE(name.starts_with("-"));
        CHECK_FALSE(name.ends_with(".qml"));
    }
    Run three = run_frontline("extract -q -o - --layers mentions,events " + q(in), dir);
    CHECK(three.code == 2);
    CHECK_THAT(three.err, Catch::Contains("takes one layer"));
    Run gpkg = run_frontline("extract -q -f GPKG -o - " + q(in), dir);
    CHECK(gpkg.code == 2);
}

TEST_CASE("a symlink, a device or a pipe is written through, never replaced", "[cli][outputs]") {
    const fs::path dir = tmp_dir() / "special";
    fs::remove_all(dir);
    const fs::path in = report(dir);

    // A symlink to a descriptor (like /dev/stdout): the output reaches it, the link stays.
    const fs::path to_stdout = dir / "out.geojsonl";
    fs::create_symlink("/proc/self/fd/1", to_stdout);
    Run r = run_frontline("extract -q --overwrite --layers mentions -o " + q(to_stdout) + " " + q(in), dir);
    REQUIRE(r.code == 0);
    CHECK(fs::is_symlink(to_stdout));
    CHECK(lines_with(r.out, "Selydove") >= 1);

    // A symlink to a regular file: the file is replaced atomically, the link stays.
    const fs::path real = dir / "real.geojson";
    std::ofstream(real) << "old";
    const fs::path link = dir / "link.geojson";
    fs::create_symlink(real, link);
    r = run_frontline("extract -q --overwrite --layers mentions -o " + q(link) + " " + q(in), dir);
    REQUIRE(r.code == 0);
    CHECK(fs::is_symlink(link));
    CHECK(slurp(real).find("Selydove") != std::string::npos);

    // A dangling relative symlink (a deployment's "current" link before its
    // first run): the file it names is made, the link stays a link.
    const fs::path dangling = dir / "current.geojson";
    fs::create_symlink("made-later.geojson", dangling);
    r = run_frontline("extract -q --layers mentions -o " + q(dangling) + " " + q(in), dir);
    REQUIRE(r.code == 0);
    CHECK(fs::is_symlink(dangling));
    CHECK(slurp(dir / "made-later.geojson").find("Selydove") != std::string::npos);

    // A named pipe: read by a shell job while frontline writes into it.
    const fs::path fifo = dir / "pipe.geojsonl";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const fs::path got = dir / "from-pipe.txt";
    const std::string cmd = "cat " + q(fifo) + " > " + q(got) + " & " + q(FRONTLINE_BINARY) +
                            " extract -q --overwrite --layers mentions -o " + q(fifo) + " " + q(in) + "; s=$?; wait; exit $s";
    REQUIRE(std::system(("sh -c \"" + cmd + "\"").c_str()) == 0);
    CHECK(fs::is_fifo(fifo));
    CHECK(slurp(got).find("Selydove") != std::string::npos);
}

TEST_CASE("an existing output is found before any input is read", "[cli][outputs]") {
    const fs::path dir = tmp_dir() / "exists";
    fs::remove_all(dir);
    const fs::path in = report(dir);
    std::ofstream(dir / "out.events.geojson") << "{}";  // only the events sibling exists
    Run r = run_frontline("extract -o " + q(dir / "out.geojson") + " " + q(dir / "missing-input.txt") + " " + q(in), dir);
    CHECK(r.code == 4);
    CHECK_THAT(r.err, Catch::Contains("out.events.geojson"));
    CHECK(r.err.find("missing-input.txt") == std::string::npos);  // the inputs were never opened
    CHECK(lines_with(r.err, "--overwrite") == 1);                   // the advice once
    CHECK_FALSE(fs::exists(dir / "out.geojson"));
}

TEST_CASE("a directory that cannot be written says why before any work", "[cli][outputs]") {
    if (!fs::is_directory("/sys") || ::access("/sys", W_OK) != 0 || ::geteuid() != 0) {
        // Only root sees /sys as writable by mode and is refused by the kernel: the case to show.
        WARN("not root or no /sys: skipped");
        return;
    }
    const fs::path dir = tmp_dir() / "unwritable";
    fs::remove_all(dir);
    Run r = run_frontline("extract -o /sys/frontline-test.gpkg " + q(report(dir)), dir);
    CHECK(r.code == 4);
    CHECK_THAT(r.err, Catch::Contains("Permission denied"));
}

TEST_CASE("messages count in words and round their seconds", "[cli][outputs]") {
    const fs::path dir = tmp_dir() / "messages";
    fs::remove_all(dir);
    Run r = run_frontline("extract --overwrite -o " + q(dir / "out.geojson") + " " + q(report(dir)), dir);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.err, Catch::Contains("read 1 document;"));
    CHECK_THAT(r.err, Catch::Matches(".* in [0-9]+\\.[0-9]{1,2} s\n", Catch::CaseSensitive::Yes));
    CHECK(r.err.find('\r') == std::string::npos);  // no progress line without a terminal

    // A folder of what frontline does not read names what it skipped.
    fs::create_directories(dir / "pdfs");
    std::ofstream(dir / "pdfs" / "a.pdf") << "%PDF-1.4\n";
    std::ofstream(dir / "pdfs" / "b.docx") << "PK";
    Run none = run_frontline("extract -o " + q(dir / "none.geojson") + " " + q(dir / "pdfs"), dir);
    CHECK(none.code == 3);
    CHECK_THAT(none.err, Catch::Contains("a.pdf"));
    CHECK_THAT(none.err, Catch::Contains("b.docx"));
}

TEST_CASE("extract --report-date does not override the date of a dated copy", "[cli][outputs]") {
    const fs::path dir = tmp_dir() / "report-date";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string lead = "Russian forces have captured Selydove, the defence ministry said on Wednesday, after weeks of fighting.\n";
    const std::string more = "Ukrainian troops repelled twelve attacks near Kurakhove over the past day, the general staff said.\n";
    std::ofstream(dir / "saved.txt") << lead << more;
    std::ofstream(dir / "dated.txt") << lead << more << "Jane Reporter7 November 2024 12:01\n";
    std::ofstream(dir / "alone.txt") << "A drone struck Kharkiv overnight, the mayor said.\n";
    Run r = run_frontline("extract -q --report-date 2024-11-20 --layers mentions -o - " + q(dir / "saved.txt") + " " +
                              q(dir / "dated.txt") + " " + q(dir / "alone.txt"),
                          dir);
    REQUIRE(r.code == 0);
    std::istringstream in(r.out);
    bool saved = false, alone = false;
    for (std::string line; std::getline(in, line);) {
        const auto p = nlohmann::json::parse(line)["properties"];
        if (p["doc"] == "saved.txt" && p["surface"] == "Selydove") {
            saved = true;
            CHECK(p["event_date"] == "2024-11-06");  // from the dated copy
        }
        if (p["doc"] == "alone.txt" && p["surface"] == "Kharkiv") {
            alone = true;
            CHECK(p["reported_at"] == "2024-11-20T00:00:00Z");  // no copy: the report date
        }
    }
    CHECK(saved);
    CHECK(alone);
}
