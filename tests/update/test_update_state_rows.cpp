// What makes a scheduled run's cost follow its change (issue #17): input
// files whose size and mtime are those of their last complete read are not
// read again, and the state keeps its mentions as rows by place and event
// window (a state of version 1, without them, gains them on its next run).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

// The fields of the run's "state_committed" log event.
nlohmann::json committed(const std::string& log) {
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded() && j.value("event", "") == "state_committed") return j;
    }
    return nlohmann::json::object();
}

std::string update(const fs::path& cfg, const std::string& more = "") {
    return "update --verbose --log-format json --config " + q(cfg) + " " + more;
}

void set_mtime(const fs::path& p, fs::file_time_type t) { fs::last_write_time(p, t); }

}  // namespace

TEST_CASE("update: an input file whose size and mtime are unchanged is not read again", "[update]") {
    fs::path dir = fresh_dir("stamps");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 6);
    // Written an hour ago: their stamps are worth keeping.
    const auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (auto& e : fs::directory_iterator(dir / "reports")) set_mtime(e.path(), an_hour_ago);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    CHECK(committed(first.err).value("new", -1) == 6);

    // The same size and mtime, other words: taken as unchanged, not read.
    const fs::path r2 = dir / "reports/r00002.txt";
    std::string text = slurp(r2);
    const auto at = text.find("Report 2");
    REQUIRE(at != std::string::npos);
    text.replace(at, 8, "Rapport2");
    spit(r2, text);
    set_mtime(r2, an_hour_ago);
    Run same = run_frontline(update(cfg), dir);
    INFO(same.err);
    REQUIRE(same.code == 0);
    CHECK(committed(same.err).value("changed", -1) == 0);
    CHECK(committed(same.err).value("unchanged", -1) == 6);
    CHECK(committed(same.err).value("missing", -1) == 0);

    // Another mtime: read, and the change is found.
    set_mtime(r2, an_hour_ago + std::chrono::seconds(1));
    Run touched = run_frontline(update(cfg), dir);
    INFO(touched.err);
    REQUIRE(touched.code == 0);
    CHECK(committed(touched.err).value("changed", -1) == 1);
    CHECK(committed(touched.err).value("unchanged", -1) == 5);

    // A file written just now may change again within its mtime tick: its
    // stamp is not trusted, so the next run reads it even with the same mtime.
    const fs::path fresh = dir / "reports/r00009.txt";
    spit(fresh, report_text(9));
    Run added = run_frontline(update(cfg), dir);
    INFO(added.err);
    REQUIRE(added.code == 0);
    CHECK(committed(added.err).value("new", -1) == 1);
    const auto written = fs::last_write_time(fresh);
    std::string t9 = slurp(fresh);
    t9.replace(t9.find("Report 9"), 8, "Rapport9");
    spit(fresh, t9);
    set_mtime(fresh, written);
    Run racy = run_frontline(update(cfg), dir);
    INFO(racy.err);
    REQUIRE(racy.code == 0);
    CHECK(committed(racy.err).value("changed", -1) == 1);

    // A removed file's documents are missing, as before.
    fs::remove(dir / "reports/r00004.txt");
    Run removed = run_frontline(update(cfg), dir);
    INFO(removed.err);
    REQUIRE(removed.code == 0);
    CHECK(committed(removed.err).value("missing", -1) == 1);
}

TEST_CASE("update: a version 1 state gains its mention rows, then is changed in place as a rewrite would be",
          "[update][patch]") {
    fs::path dir = fresh_dir("state_v1");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 40);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    const fs::path state = dir / "state/state.sqlite";
    CHECK(sql_one(state, "SELECT value FROM meta WHERE key = 'schema_version'") == "2");
    CHECK(sql_one(state, "SELECT count(*) FROM mention_rows") != "0");
    const std::string rows = sql_one(state, "SELECT count(*) FROM mention_rows");

    // What a state of an earlier frontline holds: the documents' mentions alone.
    for (const char* sql : {"DROP TABLE mention_rows", "DROP TABLE event_places", "DROP TABLE files",
                            "UPDATE meta SET value = '1' WHERE key = 'schema_version'"})
        REQUIRE(sql_one(state, sql).empty());
    write_corpus(dir / "reports", 40, 42);
    spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n");
    Run upgraded = run_frontline(update(cfg), dir);
    INFO(upgraded.err);
    REQUIRE(upgraded.code == 0);
    CHECK(upgraded.err.find("state_upgraded") != std::string::npos);
    CHECK(upgraded.err.find("output_changed") != std::string::npos);
    CHECK(sql_one(state, "SELECT value FROM meta WHERE key = 'schema_version'") == "2");
    CHECK(std::stoi(sql_one(state, "SELECT count(*) FROM mention_rows")) > std::stoi(rows));
    const std::string in_place = dump_layers(dir / "out/layers.gpkg");

    Run rewritten = run_frontline(update(cfg, "--force"), dir);
    INFO(rewritten.err);
    REQUIRE(rewritten.code == 0);
    CHECK(dump_layers(dir / "out/layers.gpkg") == in_place);
}

TEST_CASE("update: a document id in two sources counts once in a change in place, as in a rewrite", "[update][patch]") {
    // reports/r00001.txt and later/r00001.txt are both document "r00001.txt":
    // for each mention id the first source's mention counts, even where the
    // other copy names another place at that offset.
    fs::path dir = fresh_dir("shared_ids");
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                  "\"\n[state]\npath = \"state.sqlite\"\nforget_missing = true\n[[sources]]\npath = \"reports\"\n"
                  "[[sources]]\npath = \"later\"\n[[outputs]]\npath = \"out/layers.gpkg\"\n");
    fs::create_directories(dir / "out");
    write_corpus(dir / "reports", 0, 30);
    spit(dir / "later/r00001.txt", report_text(2));
    spit(dir / "later/r00005.txt", report_text(5) + "Russian forces shelled Kherson on 20 November 2024.\n");
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);

    const std::vector<std::function<void()>> steps = {
        [&] { write_corpus(dir / "reports", 30, 32); },
        [&] { spit(dir / "later/r00031.txt", report_text(8)); },
        [&] { spit(dir / "later/r00001.txt", report_text(1) + "Ukrainian forces liberated Kupiansk on 2 November 2024.\n"); },
        [&] { fs::remove(dir / "reports/r00005.txt"); },
    };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        steps[i]();
        Run patched = run_frontline(update(cfg), dir);
        INFO(patched.err);
        REQUIRE(patched.code == 0);
        CHECK(patched.err.find("output_changed") != std::string::npos);
        const std::string in_place = dump_layers(dir / "out/layers.gpkg");
        Run rewritten = run_frontline(update(cfg, "--force"), dir);
        INFO(rewritten.err);
        REQUIRE(rewritten.code == 0);
        CHECK(dump_layers(dir / "out/layers.gpkg") == in_place);
    }
}

TEST_CASE("update: unchanged files are known whatever the order of their sources' paths", "[update]") {
    // The second source's paths sort before the first's: the state's file
    // stamps are looked up out of order, and still found.
    fs::path dir = fresh_dir("stamps_order");
    fs::path cfg = write_config(dir, "[[sources]]\npath = \"early\"\n");
    write_corpus(dir / "reports", 0, 3);
    write_corpus(dir / "early", 3, 6);
    const auto an_hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
    for (const char* sub : {"reports", "early"})
        for (auto& e : fs::directory_iterator(dir / sub)) set_mtime(e.path(), an_hour_ago);
    Run first = run_frontline(update(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    CHECK(committed(first.err).value("new", -1) == 6);

    // Same size and mtime, other words, in both: neither is read again.
    for (const fs::path& p : {dir / "reports/r00001.txt", dir / "early/r00004.txt"}) {
        std::string text = slurp(p);
        text.replace(text.find("Report "), 7, "Rapport");
        spit(p, text);
        set_mtime(p, an_hour_ago);
    }
    Run same = run_frontline(update(cfg), dir);
    INFO(same.err);
    REQUIRE(same.code == 0);
    CHECK(committed(same.err).value("unchanged", -1) == 6);
    CHECK(committed(same.err).value("changed", -1) == 0);
}
