// A scheduled run on a GeoJSONSeq output (issue #17): a run that only adds
// reports appends their mentions to the mentions file (the same file, its
// old lines kept); any other change rewrites the changed layers line by line.
// After every run, and after runs killed at any point, each file holds the
// features `--force` writes from the same state (the order of lines may
// differ: new features come last).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <map>

#include <nlohmann/json.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

// Sources by absolute path, state and outputs relative: a copy of the
// directory (config, state, out) is the same state, written elsewhere.
fs::path seq_config(const fs::path& dir) {
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                  "\"\n[state]\npath = \"state/state.sqlite\"\nforget_missing = true\n[[sources]]\npath = \"" +
                  (dir / "reports").string() + "\"\n[[outputs]]\npath = \"out/layers.geojsonl\"\n");
    fs::create_directories(dir / "state");
    fs::create_directories(dir / "out");
    fs::create_directories(dir / "reports");
    return cfg;
}

ino_t inode(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_ino;
}

// Each .geojsonl file of out/: its lines, sorted (the features, whatever
// their order).
std::map<std::string, std::vector<std::string>> features(const fs::path& out) {
    std::map<std::string, std::vector<std::string>> files;
    for (const auto& e : fs::directory_iterator(out)) {
        if (e.path().extension() != ".geojsonl") continue;
        std::vector<std::string> lines;
        std::istringstream in(slurp(e.path()));
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        std::sort(lines.begin(), lines.end());
        files[e.path().filename().string()] = std::move(lines);
    }
    return files;
}

// What --force writes from the state `dir` holds, in a copy of it.
std::map<std::string, std::vector<std::string>> rewritten(const fs::path& dir) {
    const fs::path copy = dir.parent_path() / (dir.filename().string() + "-force");
    fs::remove_all(copy);
    fs::create_directories(copy);
    for (const char* sub : {"state", "out"}) fs::copy(dir / sub, copy / sub, fs::copy_options::recursive);
    fs::copy_file(dir / "update.toml", copy / "update.toml");
    Run r = run_frontline("update --verbose --log-format json --force --config " + q(copy / "update.toml"), copy);
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(has(events_of(r.err), "output_written"));
    return features(copy / "out");
}

std::string update(const fs::path& cfg) { return "update --verbose --log-format json --config " + q(cfg); }

}  // namespace

TEST_CASE("update: a GeoJSONSeq output gains appended mentions and holds what --force writes", "[update][patch][geojsonseq]") {
    fs::path dir = fresh_dir("seq");
    fs::path cfg = seq_config(dir);
    write_corpus(dir / "reports", 0, 60);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    REQUIRE(fs::exists(dir / "out/layers.events.geojsonl"));

    struct Step {
        const char* what;
        std::function<void()> change;
        bool only_added;
    };
    const std::vector<Step> steps = {
        {"two new reports", [&] { write_corpus(dir / "reports", 60, 62); }, true},
        {"one new report", [&] { write_corpus(dir / "reports", 62, 63); }, true},
        {"a report that grew",
         [&] { spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n"); },
         false},
        {"a new report again", [&] { write_corpus(dir / "reports", 63, 64); }, true},
        {"a report forgotten", [&] { fs::remove(dir / "reports/r00005.txt"); }, false},
        {"a new and a changed report at once",
         [&] {
             write_corpus(dir / "reports", 64, 65);
             spit(dir / "reports/r00010.txt", report_text(10) + "Ukrainian forces liberated Kupiansk on 2 November 2024.\n");
         },
         false},
    };
    for (const Step& step : steps) {
        INFO(step.what);
        const std::string mentions_before = slurp(dir / "out/layers.geojsonl");
        const ino_t mentions_inode = inode(dir / "out/layers.geojsonl");
        step.change();
        const Run run = run_patching(dir, cfg);
        INFO(run.err);
        const std::string mentions_after = slurp(dir / "out/layers.geojsonl");
        if (step.only_added) {
            // Appended: the same file, its earlier lines untouched.
            CHECK(inode(dir / "out/layers.geojsonl") == mentions_inode);
            CHECK(mentions_after.size() > mentions_before.size());
            CHECK(mentions_after.compare(0, mentions_before.size(), mentions_before) == 0);
        } else {
            CHECK(inode(dir / "out/layers.geojsonl") != mentions_inode);  // rewritten, renamed in
        }
        CHECK(features(dir / "out") == rewritten(dir));
        CHECK_FALSE(fs::exists(dir / "out/.layers.append-journal"));
        for (const auto& e : fs::directory_iterator(dir / "out"))
            CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
    }
}

TEST_CASE("update: a GeoJSONSeq output appended to by a killed run is what --force writes after the next run",
          "[update][patch][geojsonseq][kill]") {
    fs::path dir = fresh_dir("seq_kill");
    fs::path cfg = seq_config(dir);
    write_corpus(dir / "reports", 0, 300);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    fs::path snapshot = dir.parent_path() / "seq_kill-snapshot";
    fs::remove_all(snapshot);
    fs::create_directories(snapshot);
    for (const char* sub : {"state", "out"}) fs::copy(dir / sub, snapshot / sub, fs::copy_options::recursive);
    const std::string previous = slurp(dir / "out/layers.geojsonl");

    // The next run's work: new reports only, so its mentions are appended.
    write_corpus(dir / "reports", 300, 303);
    auto t0 = std::chrono::steady_clock::now();
    Run full_run = run_frontline(update(cfg), dir);
    const double duration = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO(full_run.err);
    REQUIRE(full_run.code == 0);
    REQUIRE(has(events_of(full_run.err), "output_changed"));
    const auto complete = features(dir / "out");

    const int kills = 16;
    int saw_journal = 0;
    for (int i = 0; i < kills; ++i) {
        for (const char* sub : {"state", "out"}) {
            fs::remove_all(dir / sub);
            fs::copy(snapshot / sub, dir / sub, fs::copy_options::recursive);
        }
        auto delay = std::chrono::duration<double>(duration * 1.05 * (i + 0.5) / kills);
        pid_t pid = spawn_frontline({"update", "--config", cfg.string()}, dir / "killed.err");
        REQUIRE(pid > 0);
        std::this_thread::sleep_for(delay);
        ::kill(pid, SIGKILL);
        wait_exit(pid);
        INFO("kill " << i << " after " << delay.count() << " s");
        const std::string killed = slurp(dir / "out/layers.geojsonl");
        // The lines before the run are never touched by an append.
        CHECK(killed.compare(0, std::min(previous.size(), killed.size()), previous, 0,
                             std::min(previous.size(), killed.size())) == 0);
        saw_journal += fs::exists(dir / "out/.layers.append-journal");

        Run next = run_frontline(update(cfg), dir);
        INFO(next.err);
        CHECK(next.code == 0);
        CHECK(features(dir / "out") == complete);
        CHECK(slurp(dir / "out/layers.geojsonl").back() == '\n');
        CHECK_FALSE(fs::exists(dir / "out/.layers.append-journal"));
    }
    WARN("kills that left an append journal to roll back: " << saw_journal);
}
