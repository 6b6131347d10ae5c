// The progress line: what a person at a terminal sees, and that it appears
// only there.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../cli/cli_support.hpp"
#include "frontline/run/progress_meter.hpp"

using frontline::run::ProgressMeter;
using frontline::test::q;
using frontline::test::slurp;
using frontline::test::tmp_dir;
namespace fs = std::filesystem;

TEST_CASE("progress: documents, bytes, rate and the time left", "[run][progress]") {
    CHECK(ProgressMeter::line(1204, 38'200'000, 50'000'000, 10.0) ==
          "1204 documents, 38.2 of 50.0 MB, 3.8 MB/s, about 3 s left");
    CHECK(ProgressMeter::line(1, 2'000'000, 0, 1.0) == "1 document, 2.0 MB, 2.0 MB/s");
    CHECK(ProgressMeter::line(10, 1'000'000, 600'000'000, 1.0) == "10 documents, 1.0 of 600.0 MB, 1.0 MB/s, about 10 min left");
}

TEST_CASE("progress: no rate from the first instants of a run", "[run][progress]") {
    // 3.9 MB read into buffers in the first 0.1 ms is not 38690 MB/s.
    CHECK(ProgressMeter::line(0, 3'869'000, 50'000'000, 0.0001) == "0 documents, 3.9 of 50.0 MB");
    CHECK(ProgressMeter::line(5, 100'000, 0, 0.5) == "5 documents, 0.1 MB");
}

TEST_CASE("progress shows at a terminal, not in a pipe", "[run][progress]") {
    if (std::system("command -v script >/dev/null 2>&1") != 0) {
        WARN("no `script` (util-linux) to give frontline a terminal: skipped");
        return;
    }
    const fs::path dir = tmp_dir() / "progress";
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
        std::ofstream corpus(dir / "corpus.jsonl");
        for (int i = 0; i < 3000; ++i)
            corpus << "{\"id\":\"d" << i << "\",\"published\":\"2024-11-07T10:00:00Z\",\"text\":\"Russian forces attacked "
                   << "Kurakhove and Pokrovsk again, the general staff said. A drone struck Kharkiv overnight.\"}\n";
    }
    const fs::path log = dir / "terminal.txt";
    // `script` runs the command on a pseudo-terminal and records what it shows.
    const std::string cmd = "script -qec \"" + std::string(FRONTLINE_BINARY) + " extract -j 1 --layers mentions -o " +
                            (dir / "out.geojsonl").string() + " " + (dir / "corpus.jsonl").string() + "\" " + q(log) +
                            " >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    const std::string seen = slurp(log);
    CHECK(seen.find(" documents, ") != std::string::npos);
    CHECK(seen.find(" MB") != std::string::npos);  // the rate only after a second: not asserted
}
