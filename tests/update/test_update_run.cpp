// `frontline update` as a process: incremental runs, determinism, --check,
// the lock, bad inputs, a full disk, concurrent runs.
#include <catch2/catch.hpp>

#include <sys/file.h>

#include <nlohmann/json.hpp>

#include "update_test_util.hpp"

using namespace update_test;

namespace {

std::string update_args(const fs::path& cfg, const std::string& more = "") { return "update --config " + q(cfg) + " " + more; }

}  // namespace

TEST_CASE("update: incremental runs, changed and missing documents, same output as extract", "[update]") {
    fs::path dir = fresh_dir("incremental");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 30);

    Run r1 = run_frontline(update_args(cfg, "--verbose"), dir);
    INFO(r1.err);
    REQUIRE(r1.code == 0);
    CHECK(r1.err.find("30 new") != std::string::npos);
    std::string first = dump_layers(dir / "out/layers.gpkg");
    REQUIRE(first.find("## mentions") != std::string::npos);
    CHECK(sql_one(dir / "state/state.sqlite", "SELECT count(*) FROM documents") == "30");
    CHECK(sql_one(dir / "state/state.sqlite", "PRAGMA journal_mode") == "wal");

    // The same features as `frontline extract` on the same reports.
    Run ex = run_frontline("extract -q -g " + q(FRONTLINE_DEFAULT_GAZETTEER) + " -o " + q(dir / "out/extract.gpkg") + " " +
                               q(dir / "reports"),
                           dir);
    REQUIRE(ex.code == 0);
    CHECK(dump_layers(dir / "out/extract.gpkg") == first);

    // Nothing new: nothing processed, the output left alone. Silent without a TTY.
    auto mtime = fs::last_write_time(dir / "out/layers.gpkg");
    Run r2 = run_frontline(update_args(cfg), dir);
    CHECK(r2.code == 0);
    CHECK(r2.err.empty());
    CHECK(fs::last_write_time(dir / "out/layers.gpkg") == mtime);

    // A live blog that grew replaces its earlier version; a deleted report keeps its events.
    spit(dir / "reports/r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n");
    fs::remove(dir / "reports/r00004.txt");
    Run r3 = run_frontline(update_args(cfg, "--verbose --log-format json"), dir);
    INFO(r3.err);
    REQUIRE(r3.code == 0);
    bool saw_changed = false, saw_missing = false;
    std::istringstream lines(r3.err);
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        REQUIRE_FALSE(j.is_discarded());
        CHECK(j.contains("time"));
        CHECK(j.contains("level"));
        saw_changed |= j.value("event", "") == "document_changed";
        saw_missing |= j.value("event", "") == "document_missing";
    }
    CHECK(saw_changed);
    CHECK(saw_missing);
    std::string third = dump_layers(dir / "out/layers.gpkg");
    CHECK(third != first);
    CHECK(third.find("r00004.txt:") != std::string::npos);  // kept
    CHECK(sql_one(dir / "state/state.sqlite", "SELECT count(*) FROM documents WHERE doc_id = 'r00003.txt'") == "1");
    CHECK(sql_one(dir / "state/state.sqlite", "SELECT present FROM documents WHERE doc_id = 'r00004.txt'") == "0");

    // The same inputs from scratch, listed as two sources in the other order:
    // the same features, ids and values.
    fs::path dir2 = fresh_dir("incremental_b");
    fs::create_directories(dir2 / "a");
    fs::create_directories(dir2 / "b");
    for (auto& e : fs::directory_iterator(dir / "reports"))
        fs::copy_file(e.path(), dir2 / (e.path().filename().string() < "r00015" ? "b" : "a") / e.path().filename());
    spit(dir2 / "b/r00004.txt", report_text(4));
    spit(dir2 / "update.toml", "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                                   "\"\n[state]\npath = \"s.sqlite\"\n[[sources]]\npath = \"a\"\n[[sources]]\npath = \"b\"\n"
                                   "[[outputs]]\npath = \"layers.gpkg\"\n");
    Run r4 = run_frontline(update_args(dir2 / "update.toml"), dir2);
    REQUIRE(r4.code == 0);
    CHECK(dump_layers(dir2 / "layers.gpkg") == third);

    // forget_missing drops what disappeared.
    fs::remove(dir2 / "b/r00004.txt");
    std::string cfg2 = slurp(dir2 / "update.toml");
    cfg2.replace(cfg2.find("path = \"s.sqlite\""), 17, "path = \"s.sqlite\"\nforget_missing = true");
    spit(dir2 / "update.toml", cfg2);
    Run r5 = run_frontline(update_args(dir2 / "update.toml"), dir2);
    REQUIRE(r5.code == 0);
    CHECK(dump_layers(dir2 / "layers.gpkg").find("r00004.txt:") == std::string::npos);
}

TEST_CASE("update --check: says what is wrong and where", "[update]") {
    fs::path dir = fresh_dir("check");
    fs::path cfg = write_config(dir);
    Run ok = run_frontline(update_args(cfg, "--check"), dir);
    INFO(ok.err);
    CHECK(ok.code == 0);
    CHECK(ok.err.find("OK") != std::string::npos);

    spit(dir / "bad.toml", "[state]\npath = \"nodir/s.sqlite\"\n[[sources]]\npath = \"missing-dir\"\n[[outputs]]\npath = \"o.xyz\"\nextra = 1\n");
    Run bad = run_frontline(update_args(dir / "bad.toml", "--check"), dir);
    INFO(bad.err);
    CHECK(bad.code == 2);
    std::string f = (dir / "bad.toml").string();
    CHECK(bad.err.find(f + ":7:1: unknown key 'extra'") != std::string::npos);
    CHECK(bad.err.find(f + ":5:1: cannot guess the output format") != std::string::npos);  // no driver for .xyz
    // ... which stops a run as it stops --check: before any work.
    Run run_bad = run_frontline(update_args(dir / "bad.toml"), dir);
    CHECK(run_bad.code == 2);

    // Once it parses, --check looks at the system too.
    spit(dir / "env.toml", "[state]\npath = \"nodir/s.sqlite\"\n[[sources]]\npath = \"missing-dir\"\n[[outputs]]\npath = \"nodir/o.gpkg\"\n");
    Run env = run_frontline(update_args(dir / "env.toml", "--check"), dir);
    INFO(env.err);
    CHECK(env.code == 2);
    f = (dir / "env.toml").string();
    CHECK(env.err.find(f + ":1:1: the state's directory") != std::string::npos);
    CHECK(env.err.find(f + ":3:1: source '") != std::string::npos);
    CHECK(env.err.find("missing-dir' does not exist") != std::string::npos);
    CHECK(env.err.find(f + ":5:1: the output's directory") != std::string::npos);

    spit(dir / "syntax.toml", "[state\n");
    Run syn = run_frontline(update_args(dir / "syntax.toml", "--check --log-format json"), dir);
    CHECK(syn.code == 2);
    auto j = nlohmann::json::parse(syn.err.substr(0, syn.err.find('\n')), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    CHECK(j["line"] == 1);
    CHECK(j["level"] == "error");

    // A run with a bad config exits 2 as well.
    CHECK(run_frontline(update_args(dir / "syntax.toml"), dir).code == 2);
}

TEST_CASE("update: a held lock makes the next run wait, then exit 7", "[update]") {
    fs::path dir = fresh_dir("lock");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 3);
    int fd = ::open((dir / "state/state.sqlite.lock").c_str(), O_RDWR | O_CREAT, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    auto t0 = std::chrono::steady_clock::now();
    Run r = run_frontline(update_args(cfg, "--lock-timeout 1"), dir);
    double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    INFO(r.err);
    CHECK(r.code == 7);
    CHECK(waited >= 0.9);
    CHECK(r.err.find("lock") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out/layers.gpkg"));
    ::close(fd);
    CHECK(run_frontline(update_args(cfg, "--lock-timeout 1"), dir).code == 0);
}

TEST_CASE("update: binary, truncated, invalid UTF-8 and huge inputs are reported, skipped, counted", "[update]") {
    fs::path dir = fresh_dir("bad_inputs");
    fs::path cfg = write_config(dir, "", "[limits]\nmax_document_bytes = 100000\n");
    write_corpus(dir / "reports", 0, 5);
    spit(dir / "reports/binary.txt", std::string("GIF89a\0\0\x01\x02 binary", 17));
    spit(dir / "reports/feed.jsonl", "{\"id\":\"j1\",\"text\":\"Fighting near Pokrovsk.\"}\n{\"id\":\"j2\",\"text\":\"Shelling of Kher");
    spit(dir / "reports/utf8.txt", "Russian forces attacked Kupiansk \xff\xfe on 3 November 2024.\n");
    spit(dir / "reports/huge.jsonl", "{\"id\":\"h1\",\"text\":\"" + std::string(300000, 'a') + "\"}\n");
    Run r = run_frontline(update_args(cfg), dir);
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.err.find("binary.txt") != std::string::npos);
    CHECK(r.err.find("feed.jsonl:2") != std::string::npos);      // truncated line, with its position
    CHECK(r.err.find("huge.jsonl:1") != std::string::npos);
    CHECK(r.err.find("(skipped)") != std::string::npos);
    std::string dump = dump_layers(dir / "out/layers.gpkg");
    CHECK(dump.find("r00001.txt") != std::string::npos);
    CHECK(dump.find("|j1|") != std::string::npos);
    CHECK(dump.find("utf8.txt") != std::string::npos);  // repaired (U+FFFD), reported as a warning
    Run v = run_frontline(update_args(cfg, "--verbose --force"), dir);
    CHECK(v.err.find("utf8.txt (byte 33)") != std::string::npos);
    CHECK(v.err.find("3 inputs skipped") != std::string::npos);
    // Counts read as English and seconds as the other commands print them.
    CHECK(v.err.find("(s)") == std::string::npos);
    CHECK(v.err.find("1 documents") == std::string::npos);
    CHECK(v.err.find("1 sources") == std::string::npos);
    CHECK(run_frontline(update_args(cfg, "--strict"), dir).code == 6);
}

TEST_CASE("update: a full disk keeps the previous outputs and says why", "[update]") {
    fs::path dir = fresh_dir("full_disk");
    fs::path cfg = write_config(dir);
    write_corpus(dir / "reports", 0, 300);
    REQUIRE(run_frontline(update_args(cfg), dir).code == 0);
    std::string before = dump_layers(dir / "out/layers.gpkg");
    // dash counts ulimit -f in 512-byte blocks, bash in 1024: either way the
    // new output (about 1 MB) cannot be written. SIGXFSZ is ignored so the
    // write fails with EFBIG instead of killing the run.
    SECTION("the output cannot be written: the state moves on, the output is rewritten next time") {
        write_corpus(dir / "reports", 300, 310);
        Run r = run_frontline(update_args(cfg), dir, "ulimit -f 600; exec ");
        INFO(r.err);
        CHECK(r.code == 4);
        // Which file hits the limit first depends on the state's write-ahead
        // log; either way the error names it and says the old one is kept.
        CHECK((r.err.find("layers.gpkg") != std::string::npos || r.err.find("state") != std::string::npos));
        CHECK(r.err.find("kept") != std::string::npos);
    }
    SECTION("the state cannot be written: nothing changes") {
        write_corpus(dir / "reports", 300, 700);
        Run r = run_frontline(update_args(cfg, "--log-format json"), dir, "ulimit -f 100; exec ");
        INFO(r.err);
        CHECK(r.code == 4);
        CHECK(r.err.find("state") != std::string::npos);
        CHECK(r.err.find("kept") != std::string::npos);
        CHECK(nlohmann::json::parse(r.err.substr(0, r.err.find('\n')), nullptr, false).is_object());
    }
    CHECK(dump_layers(dir / "out/layers.gpkg") == before);
    CHECK(integrity(dir / "state/state.sqlite") == "ok");
    Run again = run_frontline(update_args(cfg), dir);
    INFO(again.err);
    CHECK(again.code == 0);
    CHECK(dump_layers(dir / "out/layers.gpkg") != before);
    for (auto& e : fs::directory_iterator(dir / "out")) CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("update: two runs started together neither corrupt nor lose anything", "[update]") {
    fs::path ref = fresh_dir("together_ref");
    write_corpus(ref / "reports", 0, 120);
    REQUIRE(run_frontline(update_args(write_config(ref)), ref).code == 0);
    std::string expected = dump_layers(ref / "out/layers.gpkg");

    for (int round = 0; round < 3; ++round) {
        fs::path dir = fresh_dir("together");
        fs::path cfg = write_config(dir);
        write_corpus(dir / "reports", 0, 120);
        pid_t a = spawn_frontline({"update", "--config", cfg.string()}, dir / "a.err");
        pid_t b = spawn_frontline({"update", "--config", cfg.string()}, dir / "b.err");
        REQUIRE(a > 0);
        REQUIRE(b > 0);
        CHECK(wait_exit(a) == 0);
        CHECK(wait_exit(b) == 0);
        INFO(slurp(dir / "a.err") << slurp(dir / "b.err"));
        CHECK(integrity(dir / "state/state.sqlite") == "ok");
        CHECK(sql_one(dir / "state/state.sqlite", "SELECT count(*) FROM documents") == "120");
        CHECK(dump_layers(dir / "out/layers.gpkg") == expected);
    }
}

TEST_CASE("update: [documents] report_date = \"file-time\" dates undated reports by when their files were written", "[update]") {
    fs::path dir = fresh_dir("file-time");
    fs::create_directories(dir / "in");
    spit(dir / "in/a.txt", "Russian forces captured Maksymivka yesterday, the General Staff said.\n");
    fs::last_write_time(dir / "in/a.txt", std::filesystem::file_time_type(std::chrono::file_clock::from_sys(std::chrono::sys_seconds{
                                                std::chrono::sys_days{std::chrono::year{2024} / 11 / 7} + std::chrono::hours{10}})));
    spit(dir / "u.toml", "[state]\npath = \"state.sqlite\"\n[documents]\nreport_date = \"file-time\"\n[[sources]]\npath = "
                         "\"in\"\n[[outputs]]\npath = \"out.gpkg\"\n");
    Run r = run_frontline(update_args(dir / "u.toml"), dir);
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK(sql_one(dir / "out.gpkg", "SELECT event_date FROM mentions WHERE surface = 'Maksymivka'") == "2024-11-06");
}
