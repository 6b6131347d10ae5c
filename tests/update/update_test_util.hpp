#pragma once
// Helpers for the `frontline update` tests: corpora, configs, running the
// binary (blocking or as a child to kill), dumping GDAL outputs, checking the
// SQLite state.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gdal.h>
#include <cpl_conv.h>
#include <ogr_api.h>
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "../cli/cli_support.hpp"

extern char** environ;

namespace update_test {

namespace fs = std::filesystem;

/// The events of a JSON log (`--log-format json`), one per line, in order.
inline std::vector<std::string> events_of(const std::string& log) {
    std::vector<std::string> out;
    std::istringstream lines(log);
    for (std::string line; std::getline(lines, line);) {
        auto j = nlohmann::json::parse(line, nullptr, false);
        if (!j.is_discarded()) out.push_back(j.value("event", ""));
    }
    return out;
}

inline bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

inline fs::path fresh_dir(const std::string& name) {
    fs::path d = fs::path(FRONTLINE_TEST_TMP) / "update" / name;
    fs::remove_all(d);
    fs::create_directories(d);
    return d;
}

using frontline::test::slurp;

inline void spit(const fs::path& p, const std::string& s) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << s;
}

using frontline::test::q;

// Places of the bundled gazetteer, for generated reports.
inline const std::vector<std::string>& places() {
    static const std::vector<std::string> v = {"Pokrovsk", "Kurakhove", "Kupiansk", "Chasiv Yar", "Toretsk",
                                               "Vuhledar", "Avdiivka", "Bakhmut", "Kharkiv", "Sumy",
                                               "Zaporizhzhia", "Kherson", "Selydove", "Lyman", "Siversk"};
    return v;
}

// A small report naming two places with a claim and a date; varies with i.
inline std::string report_text(int i) {
    const auto& p = places();
    std::ostringstream s;
    int day = 1 + i % 28;
    s << "Report " << i << " from the front\n";
    s << "Russia's defence ministry said on " << day << " November 2024 that its forces had captured the village near "
      << p[i % p.size()] << " in the Donetsk region.\n";
    s << "Ukraine's General Staff said its troops had repelled " << (i % 40 + 3) << " Russian attacks near "
      << p[(i * 7 + 3) % p.size()] << " over the past day.\n";
    s << "Ukrainian drones struck an oil depot near " << p[(i * 3 + 1) % p.size()] << ", the regional governor said.\n";
    return s.str();
}

inline void write_corpus(const fs::path& dir, int from, int to) {
    for (int i = from; i < to; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "r%05d.txt", i);
        spit(dir / name, report_text(i));
    }
}

using frontline::test::Run;
using frontline::test::run_frontline;

/// A scheduled `update` run (JSON log) that must change its outputs in place,
/// not write them again; returns the run for more checks.
inline Run run_patching(const fs::path& dir, const fs::path& cfg) {
    Run run = run_frontline("update --verbose --log-format json --config " + frontline::test::q(cfg), dir);
    INFO(run.err);
    REQUIRE(run.code == 0);
    const auto events = events_of(run.err);
    CHECK(has(events, "output_changed"));
    CHECK_FALSE(has(events, "output_written"));
    CHECK_FALSE(has(events, "output_patch_failed"));
    return run;
}

// Starts frontline with `args` (no shell), stdout/stderr to files; returns the pid.
inline pid_t spawn_frontline(const std::vector<std::string>& args, const fs::path& err_file) {
    std::vector<std::string> all{FRONTLINE_BINARY};
    all.insert(all.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : all) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 2, err_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    int rc = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    return rc == 0 ? pid : -1;
}

inline int wait_exit(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

// Every layer (by name), every feature: fid, fields and geometry, as text.
// "<cannot open>" when GDAL cannot open it, "<missing>" when absent.
inline std::string dump_layers(const fs::path& path) {
    if (!fs::exists(path)) return "<missing>";
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return "<cannot open>";
    std::vector<std::pair<std::string, std::string>> layers;
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, i);
        std::string name = OGR_L_GetName(layer);
        if (name == "layer_styles") continue;
        std::ostringstream s;
        OGR_L_ResetReading(layer);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
            s << OGR_F_GetFID(f);
            for (int k = 0; k < OGR_FD_GetFieldCount(defn); ++k)
                s << "|" << (OGR_F_IsFieldSetAndNotNull(f, k) ? OGR_F_GetFieldAsString(f, k) : "<null>");
            if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
                char* wkt = nullptr;
                OGR_G_ExportToWkt(g, &wkt);
                s << "|" << (wkt ? wkt : "");
                CPLFree(wkt);
            }
            s << "\n";
            OGR_F_Destroy(f);
        }
        layers.emplace_back(name, s.str());
    }
    GDALClose(ds);
    std::sort(layers.begin(), layers.end());
    std::string out;
    for (auto& [n, d] : layers) out += "## " + n + "\n" + d;
    return out;
}

inline std::string sql_one(const fs::path& db, const std::string& sql) {
    sqlite3* h = nullptr;
    std::string out = "<cannot open>";
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(h, 10000);
        sqlite3_stmt* st = nullptr;
        out.clear();
        if (sqlite3_prepare_v2(h, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
            while (sqlite3_step(st) == SQLITE_ROW) {
                const unsigned char* t = sqlite3_column_text(st, 0);
                out += (out.empty() ? "" : "\n") + std::string(t ? reinterpret_cast<const char*>(t) : "<null>");
            }
            sqlite3_finalize(st);
        } else {
            out = std::string("<error: ") + sqlite3_errmsg(h) + ">";
        }
    }
    sqlite3_close(h);
    return out;
}

inline std::string integrity(const fs::path& db) { return sql_one(db, "PRAGMA integrity_check"); }

// A config with one path source and one GeoPackage output under `dir`.
inline fs::path write_config(const fs::path& dir, const std::string& extra_sources = "", const std::string& extra = "") {
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) + "\"\n" + extra +
                  "\n[state]\npath = \"state/state.sqlite\"\n\n[[sources]]\npath = \"reports\"\n" + extra_sources +
                  "\n[[outputs]]\npath = \"out/layers.gpkg\"\n");
    fs::create_directories(dir / "state");
    fs::create_directories(dir / "out");
    fs::create_directories(dir / "reports");
    return cfg;
}

}  // namespace update_test
