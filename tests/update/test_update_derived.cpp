// A run of a config with derived layers ([derived] as_of, a baseline)
// changes its outputs in place as one without them does (issue #17): the
// mentions, events and places by what the run changed, the control and front
// layers made again and replaced whole in the same change. Every layer then
// holds what `--force` (a rewrite from the whole state) writes.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <map>

#include <nlohmann/json.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

// Sources and the baseline by absolute path, state and outputs relative: a
// copy of the directory (config, state, out) is the same state, elsewhere.
fs::path derived_config(const fs::path& dir, bool geojsonseq = true) {
    // Russia held ground east of lon 37.80 on 1 November (as in the extract
    // test): captures west of it change the map, and the front with them.
    spit(dir / "held_20241101.geojson",
         R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
         R"("coordinates":[[[37.80,47.50],[38.50,47.50],[38.50,48.50],[37.80,48.50],[37.80,47.50]]]}}]})");
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                  "\"\n[documents]\nreport_date = \"2024-11-05\"\n[state]\npath = \"state/state.sqlite\"\nforget_missing = true\n[[sources]]\npath = \"" +
                  (dir / "reports").string() + "\"\n[[outputs]]\npath = \"out/map.gpkg\"\n" +
                  (geojsonseq ? "[[outputs]]\npath = \"out/seq.geojsonl\"\n" : "") +
                  "[derived]\nas_of = [2024-11-10, 2024-11-20, 2024-11-30]\nbaseline = \"" +
                  (dir / "held_20241101.geojson").string() + "\"\nbaseline_date = 2024-11-01\n");
    fs::create_directories(dir / "state");
    fs::create_directories(dir / "out");
    fs::create_directories(dir / "reports");
    return cfg;
}

std::size_t count_of(const std::vector<std::string>& v, const std::string& s) {
    return static_cast<std::size_t>(std::count(v.begin(), v.end(), s));
}

ino_t inode(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_ino;
}

// Every output of out/: the GeoPackage's layers (features in FID order), and
// each GeoJSONSeq file's lines sorted (a patch puts new features last).
std::map<std::string, std::string> outputs(const fs::path& out) {
    std::map<std::string, std::string> all;
    all["map.gpkg"] = dump_layers(out / "map.gpkg");
    for (const auto& e : fs::directory_iterator(out)) {
        if (e.path().extension() != ".geojsonl") continue;
        std::vector<std::string> lines;
        std::istringstream in(slurp(e.path()));
        for (std::string line; std::getline(in, line);) lines.push_back(line);
        std::sort(lines.begin(), lines.end());
        std::string text;
        for (const auto& l : lines) text += l + "\n";
        all[e.path().filename().string()] = text;
    }
    return all;
}

// What --force writes from the state `dir` holds, in a copy of it.
std::map<std::string, std::string> rewritten(const fs::path& dir) {
    const fs::path copy = dir.parent_path() / (dir.filename().string() + "-force");
    fs::remove_all(copy);
    fs::create_directories(copy);
    for (const char* sub : {"state", "out"}) fs::copy(dir / sub, copy / sub, fs::copy_options::recursive);
    fs::copy_file(dir / "update.toml", copy / "update.toml");
    Run r = run_frontline("update --verbose --log-format json --force --config " + q(copy / "update.toml"), copy);
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(count_of(events_of(r.err), "output_written") == 2);
    return outputs(copy / "out");
}

}  // namespace

TEST_CASE("update: derived layers are replaced in an output changed in place, as a rewrite makes them",
          "[update][patch][derived]") {
    const fs::path dir = fresh_dir("derived");
    const fs::path cfg = derived_config(dir);
    write_corpus(dir / "reports", 0, 60);
    Run first = run_frontline("update --verbose --log-format json --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    REQUIRE(count_of(events_of(first.err), "output_written") == 2);
    std::map<std::string, std::string> before = outputs(dir / "out");
    REQUIRE(before.count("seq.control.geojsonl"));
    REQUIRE(before.count("seq.front.geojsonl"));
    REQUIRE_FALSE(before["seq.control.geojsonl"].empty());

    struct Step {
        const char* what;
        std::function<void()> change;
    };
    const std::vector<Step> steps = {
        {"one new report", [&] { write_corpus(dir / "reports", 60, 61); }},
        {"a capture outside the baseline's area",
         [&] { spit(dir / "reports/u001.txt", "Russian forces captured Selydove on 15 November 2024, the defence ministry said.\n"); }},
        {"a report that grew by a capture",
         [&] {
             spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces captured Kurakhove on 25 November 2024.\n");
         }},
        {"a report forgotten", [&] { fs::remove(dir / "reports/r00004.txt"); }},
        {"a new, a changed and a forgotten report at once",
         [&] {
             write_corpus(dir / "reports", 61, 62);
             spit(dir / "reports/r00010.txt", report_text(10) + "Ukrainian forces liberated Toretsk on 18 November 2024.\n");
             fs::remove(dir / "reports/u001.txt");  // Selydove's capture goes
         }},
    };
    int derived_changed = 0;
    for (const Step& step : steps) {
        INFO(step.what);
        step.change();
        const ino_t gpkg = inode(dir / "out/map.gpkg");
        Run patched = run_frontline("update --verbose --log-format json --config " + q(cfg), dir);
        INFO(patched.err);
        REQUIRE(patched.code == 0);
        const auto events = events_of(patched.err);
        CHECK(count_of(events, "output_changed") == 2);
        CHECK(count_of(events, "output_written") == 0);
        CHECK(count_of(events, "output_patch_failed") == 0);
        CHECK(inode(dir / "out/map.gpkg") == gpkg);  // changed in place, not renamed in
        CHECK_FALSE(fs::exists(dir / "out/map.gpkg-journal"));
        const std::map<std::string, std::string> now = outputs(dir / "out");
        derived_changed += now.at("seq.control.geojsonl") != before.at("seq.control.geojsonl") ||
                           now.at("seq.front.geojsonl") != before.at("seq.front.geojsonl");
        CHECK(now == rewritten(dir));  // every layer, every feature and value
        before = now;
    }
    // The claims moved the map: the derived layers were not merely kept.
    CHECK(derived_changed >= 3);
}

TEST_CASE("update: an output whose derived layers are replaced in place is the previous or the new one after a SIGKILL",
          "[update][patch][derived][kill]") {
    const fs::path dir = fresh_dir("derived_kill");
    const fs::path cfg = derived_config(dir, false);
    write_corpus(dir / "reports", 0, 300);
    Run first = run_frontline("update --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    const std::string previous = dump_layers(dir / "out/map.gpkg");
    const fs::path snapshot = dir / "snapshot";
    fs::create_directories(snapshot);
    for (const char* sub : {"state", "out"}) fs::copy(dir / sub, snapshot / sub, fs::copy_options::recursive);

    // The next run's work: a new report, and one whose capture moves the map.
    write_corpus(dir / "reports", 300, 301);
    spit(dir / "reports/u001.txt", "Russian forces captured Selydove on 15 November 2024, the defence ministry said.\n");
    auto t0 = std::chrono::steady_clock::now();
    Run full_run = run_frontline("update --verbose --log-format json --config " + q(cfg), dir);
    const double duration = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO(full_run.err);
    REQUIRE(full_run.code == 0);
    REQUIRE(count_of(events_of(full_run.err), "output_changed") == 1);
    const std::string complete = dump_layers(dir / "out/map.gpkg");
    REQUIRE(complete != previous);

    const int kills = 20;
    int saw_previous = 0;
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
        // Read from a copy: reading rolls a hot journal back, which the next
        // run must do itself.
        const fs::path look = dir / "look";
        fs::remove_all(look);
        fs::copy(dir / "out", look, fs::copy_options::recursive);
        std::string now = dump_layers(look / "map.gpkg");
        if (now == "<cannot open>" && fs::exists(look / "map.gpkg-journal")) {
            CHECK(integrity(look / "map.gpkg") == "ok");  // rolls the journal back
            now = dump_layers(look / "map.gpkg");
        }
        CHECK((now == previous || now == complete));
        saw_previous += now == previous;
        CHECK(integrity(dir / "state/state.sqlite") == "ok");

        Run next = run_frontline("update --config " + q(cfg), dir);
        INFO(next.err);
        CHECK(next.code == 0);
        CHECK(dump_layers(dir / "out/map.gpkg") == complete);
        CHECK(integrity(dir / "out/map.gpkg") == "ok");
    }
    CHECK(saw_previous > 0);
}
