// A run that changes a few documents changes its GeoPackage in place
// (LayerSetPatch) instead of rewriting every layer from the whole state
// (issue #17): the result is feature for feature what a rewrite gives, the
// file is the same file (not a copy renamed over it), and a SIGKILL at any
// point of the change leaves the previous content or the new one.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "frontline/events/event_builder.hpp"
#include "frontline/update/mention_json.hpp"
#include "update_test_util.hpp"

using namespace update_test;

namespace {

fs::path patch_config(const fs::path& dir) {
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                  "\"\n[state]\npath = \"state/state.sqlite\"\nforget_missing = true\n[[sources]]\npath = \"reports\"\n"
                  "[[outputs]]\npath = \"out/layers.gpkg\"\n");
    fs::create_directories(dir / "state");
    fs::create_directories(dir / "out");
    fs::create_directories(dir / "reports");
    return cfg;
}

// The events of a run's JSON log.

// The file's identity: a change in place keeps it, a rename replaces it.
std::pair<dev_t, ino_t> identity(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return {st.st_dev, st.st_ino};
}

// A field of the first log line of an event, as text ("" when absent).
std::string field_of(const std::string& log, const std::string& event, const std::string& field) {
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.value("event", "") == event && j.contains(field))
            return j[field].is_string() ? j[field].get<std::string>() : j[field].dump();
    }
    return "";
}

// The state's place aggregates are those its mention rows make now, and
// marked as those of its generation.
void check_place_aggregates(const fs::path& state) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(state.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    auto each = [&](const char* sql, const std::function<void(sqlite3_stmt*)>& fn) {
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW) fn(st);
        sqlite3_finalize(st);
    };
    auto text = [](sqlite3_stmt* st, int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i))); };
    std::map<std::string, std::string> kept, meta;
    each("SELECT place_id, aggregate FROM place_aggregates", [&](sqlite3_stmt* st) { kept[text(st, 0)] = text(st, 1); });
    each("SELECT key, value FROM meta", [&](sqlite3_stmt* st) { meta[text(st, 0)] = text(st, 1); });
    frontline::EventBuilder rows;
    std::set<std::string> ids;
    each("SELECT mention FROM mention_rows", [&](sqlite3_stmt* st) {
        for (const auto& m : frontline::update::mentions_from_json("[" + text(st, 0) + "]"))
            if (ids.insert(m.mention_id).second) rows.add(m);
    });
    sqlite3_close(db);
    const auto made = rows.place_aggregates();
    CHECK(kept == std::map<std::string, std::string>(made.begin(), made.end()));
    CHECK(meta["place_aggregates"] == meta["generation"]);
}

std::string update(const fs::path& cfg, const std::string& more = "") {
    return "update --verbose --log-format json --config " + q(cfg) + " " + more;
}

}  // namespace

TEST_CASE("update: a GeoPackage changed in place holds what a rewrite from the whole state holds", "[update][patch]") {
    fs::path dir = fresh_dir("patch");
    fs::path cfg = patch_config(dir);
    write_corpus(dir / "reports", 0, 80);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    CHECK(has(events_of(first.err), "output_written"));  // no output yet: written whole
    check_place_aggregates(dir / "state/state.sqlite");

    struct Step {
        const char* what;
        std::function<void()> change;
        std::string added;  // doc ids of new reports only: their places' rows are not read
    };
    const std::vector<Step> steps = {
        {"three new reports", [&] { write_corpus(dir / "reports", 80, 83); }, "'r00080.txt','r00081.txt','r00082.txt'"},
        {"a report that grew",
         [&] { spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n"); }},
        {"a report forgotten", [&] { fs::remove(dir / "reports/r00005.txt"); }},
        {"a report that lost its places", [&] { spit(dir / "reports/r00007.txt", "Nothing happened today.\n"); }},
        {"one new report", [&] { write_corpus(dir / "reports", 84, 85); }, "'r00084.txt'"},
        {"a new, a changed and a forgotten report at once",
         [&] {
             write_corpus(dir / "reports", 83, 84);
             spit(dir / "reports/r00010.txt", report_text(10) + "Ukrainian forces liberated Kupiansk on 2 November 2024.\n");
             fs::remove(dir / "reports/r00011.txt");
         }},
    };
    for (const Step& step : steps) {
        INFO(step.what);
        step.change();
        const auto before = identity(dir / "out/layers.gpkg");
        Run patched = run_frontline(update(cfg), dir);
        INFO(patched.err);
        REQUIRE(patched.code == 0);
        const auto events = events_of(patched.err);
        CHECK(has(events, "output_changed"));
        CHECK(identity(dir / "out/layers.gpkg") == before);  // changed in place, not copied
        CHECK_FALSE(fs::exists(dir / "out/layers.gpkg-journal"));
        CHECK(field_of(patched.err, "output_changed", "places_from") == "aggregates");
        if (!step.added.empty()) {
            // The events' rows are read, not the rows of the places the new
            // reports name (as the places' summaries were made before).
            const std::string place_rows = sql_one(
                dir / "state/state.sqlite", "SELECT count(*) FROM mention_rows WHERE doc_id NOT IN (" + step.added +
                                                ") AND place_id IN (SELECT place_id FROM mention_rows WHERE doc_id IN (" +
                                                step.added + "))");
            INFO("rows of the places named: " << place_rows);
            CHECK(std::stoi(field_of(patched.err, "output_changed", "rows_read")) < std::stoi(place_rows));
        }
        check_place_aggregates(dir / "state/state.sqlite");
        CHECK_FALSE(has(events, "output_written"));
        CHECK_FALSE(has(events, "output_patch_failed"));
        const std::string in_place = dump_layers(dir / "out/layers.gpkg");

        // --force rewrites every layer from the whole state.
        Run rewritten = run_frontline(update(cfg, "--force"), dir);
        INFO(rewritten.err);
        REQUIRE(rewritten.code == 0);
        CHECK(has(events_of(rewritten.err), "output_written"));
        CHECK(identity(dir / "out/layers.gpkg") != before);  // a rewrite is renamed in
        CHECK(dump_layers(dir / "out/layers.gpkg") == in_place);
        for (auto& e : fs::directory_iterator(dir / "out"))
            CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
    }
    // The provenance follows the state.
    CHECK(sql_one(dir / "out/layers.gpkg", "SELECT count(*) FROM gpkg_metadata WHERE metadata LIKE '%state_generation%'") != "0");
}

TEST_CASE("update: an output changed in place is the previous or the new one after a SIGKILL", "[update][patch][kill]") {
    fs::path dir = fresh_dir("patch_kill");
    fs::path cfg = patch_config(dir);
    write_corpus(dir / "reports", 0, 300);
    Run first = run_frontline("update --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    const std::string previous = dump_layers(dir / "out/layers.gpkg");
    fs::path snapshot = dir / "snapshot";
    fs::create_directories(snapshot);
    for (const char* sub : {"state", "out"}) fs::copy(dir / sub, snapshot / sub, fs::copy_options::recursive);

    // The next run's work: two new reports and one that grew.
    write_corpus(dir / "reports", 300, 302);
    spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n");
    auto t0 = std::chrono::steady_clock::now();
    Run full_run = run_frontline(update(cfg), dir);
    const double duration = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO(full_run.err);
    REQUIRE(full_run.code == 0);
    REQUIRE(has(events_of(full_run.err), "output_changed"));
    const std::string complete = dump_layers(dir / "out/layers.gpkg");
    REQUIRE(complete != previous);

    const int kills = 20;
    int saw_previous = 0, saw_journal = 0;
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
        // Read from a copy: reading rolls a hot journal back, and the next
        // run must do that itself before it may rename a new file in.
        const fs::path look = dir / "look";
        fs::remove_all(look);
        fs::copy(dir / "out", look, fs::copy_options::recursive);
        saw_journal += fs::exists(dir / "out/layers.gpkg-journal");
        std::string now = dump_layers(look / "layers.gpkg");
        // A hot journal (killed mid-commit) stops a read-only opener, which
        // cannot roll it back ("attempt to write a readonly database"): it
        // never reads a half-changed file. A writer rolls it back.
        if (now == "<cannot open>" && fs::exists(look / "layers.gpkg-journal")) {
            CHECK(integrity(look / "layers.gpkg") == "ok");
            now = dump_layers(look / "layers.gpkg");
        }
        CHECK((now == previous || now == complete));
        saw_previous += now == previous;
        CHECK(integrity(dir / "state/state.sqlite") == "ok");

        Run next = run_frontline("update --config " + q(cfg), dir);
        INFO(next.err);
        CHECK(next.code == 0);
        CHECK(dump_layers(dir / "out/layers.gpkg") == complete);
        CHECK(integrity(dir / "out/layers.gpkg") == "ok");
        for (auto& e : fs::directory_iterator(dir / "out")) {
            CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
            CHECK(e.path().filename().string().find("-journal") == std::string::npos);
        }
    }
    CHECK(saw_previous > 0);
    WARN("kills that left a journal to roll back: " << saw_journal);
}
