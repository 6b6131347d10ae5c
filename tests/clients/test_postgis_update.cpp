// `frontline update` into PostGIS (issue #17): a scheduled run changes only
// the rows its documents touch (the mentions of new, replaced and forgotten
// documents deleted and inserted, the events, places and regions they touch
// put or deleted), in one transaction, in the tables it wrote before (not
// dropped and made again); after each run the tables hold, row for row,
// what `update --force` writes from the same state into another schema.
//
// The server: FRONTLINE_TEST_PG and FRONTLINE_TEST_PG_PASSWORD
// (scripts/pg-test-cluster); skipped without one unless
// FRONTLINE_REQUIRE_CLIENTS is set.
#include <catch2/catch.hpp>

#include <map>

#include <nlohmann/json.hpp>

#include "../update/update_test_util.hpp"
#include "postgis_support.hpp"

using namespace update_test;
using frontline::test::fresh_schema;
using frontline::test::open_pg;
using frontline::test::sql_number;
using frontline::test::test_server;

namespace {

// `derived`: a [derived] section, or "".
fs::path pg_config(const fs::path& dir, const fs::path& reports, const std::string& conninfo, const std::string& derived = "") {
    fs::path cfg = dir / "update.toml";
    spit(cfg, "gazetteer = \"" + std::string(FRONTLINE_DEFAULT_GAZETTEER) +
                  "\"\n[state]\npath = \"state/state.sqlite\"\nforget_missing = true\n[[sources]]\npath = \"" +
                  reports.string() + "\"\n[[outputs]]\nconnection = \"PG:" + conninfo + "\"\n" + derived);
    fs::create_directories(dir / "state");
    return cfg;
}

// Every row of the layers' tables in FID order: fid, every column, geometry.
std::map<std::string, std::string> dump_tables(const std::string& conninfo, const std::string& schema,
                                               const std::vector<std::string>& names = {"mentions", "events", "places", "regions"}) {
    auto ds = open_pg(conninfo);
    std::map<std::string, std::string> tables;
    for (const std::string& table : names) {
        std::ostringstream s;
        OGRLayer* rows = ds->ExecuteSQL(("SELECT * FROM " + schema + "." + table + " ORDER BY fid").c_str(), nullptr, nullptr);
        REQUIRE(rows);
        for (auto& f : *rows) {
            s << f->GetFID();
            for (int i = 0; i < f->GetFieldCount(); ++i)
                s << "|" << (f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "<null>");
            if (const OGRGeometry* g = f->GetGeometryRef()) s << "|" << g->exportToWkt();
            s << "\n";
        }
        ds->ReleaseResultSet(rows);
        tables[table] = s.str();
    }
    return tables;
}

long long table_oid(const std::string& conninfo, const std::string& schema, const std::string& table) {
    auto ds = open_pg(conninfo);
    return sql_number(*ds, "SELECT '" + schema + "." + table + "'::regclass::oid");
}

// The scheduled run's state, copied, written whole with --force into the
// other schema: what the patched tables must equal.
Run force_same_state(const fs::path& dir, const fs::path& force_cfg) {
    fs::remove_all(dir / "force" / "state");
    fs::copy(dir / "scheduled" / "state", dir / "force" / "state", fs::copy_options::recursive);
    Run force = run_frontline("update --verbose --log-format json --force --config " + q(force_cfg), dir);
    INFO(force.err);
    REQUIRE(force.code == 0);
    return force;
}

void check_same_tables(const std::map<std::string, std::string>& have, const std::map<std::string, std::string>& want) {
    for (const auto& [table, rows] : want) {
        INFO("table " << table);
        CHECK(have.at(table) == rows);
    }
}

}  // namespace

TEST_CASE("PostGIS: update changes only the rows a run touches, as --force would write them", "[clients][postgis][update]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = fresh_dir("postgis_update");
    const fs::path reports = dir / "reports";
    write_corpus(reports, 0, 40);
    const std::string patched = fresh_schema(*server, "frontline_update_patched");
    const std::string forced = fresh_schema(*server, "frontline_update_forced");
    const fs::path cfg = pg_config(dir / "scheduled", reports, patched);
    const fs::path force_cfg = pg_config(dir / "force", reports, forced);

    Run first = run_frontline("update --verbose --log-format json --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    REQUIRE(has(events_of(first.err), "output_written"));
    const long long mentions_table = table_oid(*server, "frontline_update_patched", "mentions");

    struct Step {
        const char* what;
        std::function<void()> change;
    };
    const std::vector<Step> steps = {
        {"a new report", [&] { write_corpus(reports, 40, 41); }},
        {"a report replaced by a new version",
         [&] { spit(reports / "r00003.txt", report_text(3) + "Later: Russian forces shelled Kherson on 20 November 2024.\n"); }},
        {"a report forgotten", [&] { fs::remove(reports / "r00005.txt"); }},
    };
    for (const Step& step : steps) {
        INFO(step.what);
        step.change();
        run_patching(dir, cfg);
        // Rows changed in the table, not a new table.
        CHECK(table_oid(*server, "frontline_update_patched", "mentions") == mentions_table);

        // The same state, written whole into the other schema.
        const Run force = force_same_state(dir, force_cfg);
        REQUIRE(has(events_of(force.err), "output_written"));
        const auto want = dump_tables(*server, "frontline_update_forced");
        check_same_tables(dump_tables(*server, "frontline_update_patched"), want);
        CHECK(std::count(want.at("mentions").begin(), want.at("mentions").end(), '\n') > 100);
    }
}

TEST_CASE("PostGIS: update replaces the derived tables in the transaction that changes the rows, as --force writes them",
          "[clients][postgis][update][derived]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = fresh_dir("postgis_update_derived");
    const fs::path reports = dir / "reports";
    write_corpus(reports, 0, 40);
    // Russia held ground east of lon 37.80 on 1 November: captures west of it move the front.
    spit(dir / "held_20241101.geojson",
         R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
         R"("coordinates":[[[37.80,47.50],[38.50,47.50],[38.50,48.50],[37.80,48.50],[37.80,47.50]]]}}]})");
    const std::string derived = "[derived]\nas_of = [2024-11-10, 2024-11-30]\nbaseline = \"" +
                                (dir / "held_20241101.geojson").string() + "\"\nbaseline_date = 2024-11-01\n";
    const std::string patched = fresh_schema(*server, "frontline_derived_patched");
    const std::string forced = fresh_schema(*server, "frontline_derived_forced");
    const fs::path cfg = pg_config(dir / "scheduled", reports, patched, derived);
    const fs::path force_cfg = pg_config(dir / "force", reports, forced, derived);
    const std::vector<std::string> tables = {"mentions", "events", "places", "regions", "control", "front"};

    Run first = run_frontline("update --verbose --log-format json --config " + q(cfg), dir);
    INFO(first.err);
    REQUIRE(first.code == 0);
    REQUIRE(has(events_of(first.err), "output_written"));
    const long long control_table = table_oid(*server, "frontline_derived_patched", "control");

    const std::vector<std::function<void()>> steps = {
        [&] { write_corpus(reports, 40, 41); },
        [&] { spit(reports / "u001.txt", "Russian forces captured Selydove on 15 November 2024, the defence ministry said.\n"); },
        [&] { fs::remove(reports / "u001.txt"); },
    };
    for (std::size_t i = 0; i < steps.size(); ++i) {
        INFO("step " << i);
        steps[i]();
        run_patching(dir, cfg);
        CHECK(table_oid(*server, "frontline_derived_patched", "control") == control_table);

        force_same_state(dir, force_cfg);
        const auto want = dump_tables(*server, "frontline_derived_forced", tables);
        check_same_tables(dump_tables(*server, "frontline_derived_patched", tables), want);
        CHECK_FALSE(want.at("control").empty());
    }
}
