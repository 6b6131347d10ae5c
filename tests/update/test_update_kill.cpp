// `frontline update` killed with SIGKILL at 50 points spread over a run:
// outputs always hold the previous or the new complete content, the state
// passes integrity_check, and the next run produces exactly what an
// uninterrupted run produces.
#include <catch2/catch.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

void restore(const fs::path& snapshot, const fs::path& dir) {
    for (const char* sub : {"state", "out"}) {
        fs::remove_all(dir / sub);
        fs::copy(snapshot / sub, dir / sub, fs::copy_options::recursive);
    }
}

}  // namespace

TEST_CASE("update: SIGKILL at 50 points during a run never corrupts anything", "[update][kill]") {
    fs::path dir = fresh_dir("kill");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 120);
    Run first = run_frontline("update --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    const std::string previous = dump_layers(dir / "out/layers.gpkg");
    fs::path snapshot = dir / "snapshot";
    fs::create_directories(snapshot);
    fs::copy(dir / "state", snapshot / "state", fs::copy_options::recursive);
    fs::copy(dir / "out", snapshot / "out", fs::copy_options::recursive);

    // The next run's work: many new reports, one that grew, one that went.
    write_corpus(dir / "reports", 120, 720);
    spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n");
    fs::remove(dir / "reports/r00005.txt");

    auto t0 = std::chrono::steady_clock::now();
    Run full_run = run_frontline("update --config " + q(cfg), dir);
    double duration = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    REQUIRE(full_run.code == 0);
    const std::string complete = dump_layers(dir / "out/layers.gpkg");
    REQUIRE(complete != previous);
    WARN("uninterrupted run: " << duration << " s");

#ifdef FRONTLINE_SANITIZED
    const int kills = 12;  // memory errors show in a few; crash safety is sampled densely in the normal build
#else
    const int kills = 50;
#endif
    int saw_previous = 0, saw_complete = 0;
    for (int i = 0; i < kills; ++i) {
        restore(snapshot, dir);
        // Kill points step through the whole run, a little past its usual end.
        auto delay = std::chrono::duration<double>(duration * 1.05 * (i + 0.5) / kills);
        pid_t pid = spawn_frontline({"update", "--config", cfg.string()}, dir / "killed.err");
        REQUIRE(pid > 0);
        std::this_thread::sleep_for(delay);
        ::kill(pid, SIGKILL);
        wait_exit(pid);

        INFO("kill " << i << " after " << delay.count() << " s");
        std::string now = dump_layers(dir / "out/layers.gpkg");
        bool ok = now == previous || now == complete;
        CHECK(ok);
        saw_previous += now == previous;
        saw_complete += now == complete;
        CHECK(integrity(dir / "state/state.sqlite") == "ok");

        Run next = run_frontline("update --config " + q(cfg), dir);
        INFO(next.err);
        CHECK(next.code == 0);
        CHECK(dump_layers(dir / "out/layers.gpkg") == complete);
        for (auto& e : fs::directory_iterator(dir / "out"))
            CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    }
    WARN("kills that left the previous output: " << saw_previous << ", the new one: " << saw_complete);
    CHECK(saw_previous > 0);
}
