// frontline -> PostGIS: `frontline extract -f PostgreSQL -o PG:...` writes the
// layers; they read back with the contract's counts, types and geometry; the
// same write again upserts on the layer keys (no duplicates, updated rows,
// other rows kept); a server that is down or refuses the password gives a
// clear message, exit code 4 and nothing written, never the password; a
// failure mid-run leaves the tables as they were.
//
// The server: FRONTLINE_TEST_PG (a libpq conninfo without password) and
// FRONTLINE_TEST_PG_PASSWORD, as printed by `scripts/pg-test-cluster start`
// (.ci/run starts it). Each test case works in a schema of its own.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "client_support.hpp"
#include "postgis_support.hpp"
#include "frontline/error.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"

namespace fs = std::filesystem;
using namespace frontline;
using frontline::test::run_shell;
using frontline::test::sh_quote;
using frontline::test::exec;
using frontline::test::fresh_schema;
using frontline::test::open_pg;
using frontline::test::sql_number;
using frontline::test::sql_row;
using frontline::test::test_server;

namespace {

OGRFieldType ogr_type(FieldType t) {
    switch (t) {
        case FieldType::string: return OFTString;
        case FieldType::integer: return OFTInteger;
        case FieldType::integer64: return OFTInteger64;
        case FieldType::real: return OFTReal;
        case FieldType::date: return OFTDate;
        case FieldType::datetime: return OFTDateTime;
    }
    return OFTString;
}

// Counts, contract types, Point geometry in EPSG:4326, and unique keys.
void check_layers(const std::string& conninfo, const std::string& schema, const std::map<std::string, GIntBig>& counts) {
    auto ds = open_pg(conninfo);
    for (const LayerSchema& contract : {mentions_layer_schema(), events_layer_schema(), places_layer_schema()}) {
        INFO("table " << schema << "." << contract.name);
        OGRLayer* layer = ds->GetLayerByName(contract.name.c_str());
        REQUIRE(layer);
        CHECK(layer->GetFeatureCount() == counts.at(contract.name));
        CHECK(wkbFlatten(layer->GetGeomType()) == wkbPoint);
        REQUIRE(layer->GetSpatialRef());
        CHECK(std::string(layer->GetSpatialRef()->GetAuthorityCode(nullptr)) == "4326");
        CHECK(std::string(layer->GetFIDColumn()) == "fid");
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (const FieldDef& field : contract.fields) {
            INFO("field " << field.name);
            const int i = defn->GetFieldIndex(field.name.c_str());
            REQUIRE(i >= 0);
            CHECK(defn->GetFieldDefn(i)->GetType() == ogr_type(field.type));
        }
        // Resolved features carry a point inside the region the reports are about.
        layer->ResetReading();
        int points = 0;
        for (auto& f : *layer) {
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                const auto* p = g->toPoint();
                CHECK(p->getX() > -180);
                CHECK(p->getX() < 180);
                ++points;
            }
        }
        CHECK(points > 0);
        const std::string& key = *contract.key_field;
        CHECK(sql_number(*ds, "SELECT count(*) - count(DISTINCT " + key + ") FROM " + schema + "." + contract.name) == 0);
        CHECK(sql_number(*ds, "SELECT count(*) FROM pg_indexes WHERE schemaname = '" + schema + "' AND tablename = '" +
                                  contract.name + "' AND indexdef LIKE 'CREATE UNIQUE INDEX%(" + key + ")'") == 1);
    }
}

std::map<std::string, GIntBig> reference_counts(const fs::path& dir) {
    const fs::path gpkg = dir / "reference.gpkg";
    const auto r = test::extract_examples(gpkg.string(), dir / "reference", "--quiet");
    INFO(r.err);
    REQUIRE(r.status == 0);
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    std::map<std::string, GIntBig> counts;
    for (const char* name : {"mentions", "events", "places"}) counts[name] = ds->GetLayerByName(name)->GetFeatureCount();
    return counts;
}

}  // namespace

TEST_CASE("PostGIS: extract writes the layers, reads back typed, and upserts on a second run", "[clients][postgis]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = test::client_dir("postgis_upsert");
    const auto counts = reference_counts(dir);
    const std::string schema = "fl_upsert";
    const std::string conninfo = fresh_schema(*server, schema);
    const std::string destination = "PG:" + conninfo;

    auto first = test::extract_examples(destination, dir / "first", "-f PostgreSQL");
    INFO("first run: " << first.err);
    REQUIRE(first.status == 0);
    check_layers(conninfo, schema, counts);

    // ogrinfo, the client people use to look, sees the contract's types too.
    const auto info = run_shell("ogrinfo -so -ro " + sh_quote(destination) + " events", dir / "ogrinfo");
    INFO(info.out << info.err);
    CHECK(info.status == 0);
    CHECK(info.out.find("event_date: Date") != std::string::npos);
    CHECK(info.out.find("first_reported: DateTime") != std::string::npos);
    CHECK(info.out.find("n_reports: Integer") != std::string::npos);
    CHECK(info.out.find("confidence: Real") != std::string::npos);
    CHECK(info.out.find("Geometry: Point") != std::string::npos);

    // What another writer did in between: a stale value, and a mention of its
    // own, which the events and places are made from along with ours.
    {
        auto ds = open_pg(conninfo, true);
        exec(*ds, "UPDATE " + schema + ".events SET quote = 'stale', n_reports = 999");
        exec(*ds, "INSERT INTO " + schema + ".mentions (fid, mention_id, doc, char_start, char_end, surface, place_id, "
                  "place_name, kind, resolution_score, geo_precision, claim, actor_side, status, modality, event_date, "
                  "date_precision, sentence, wkb_geometry) VALUES (1, 'other-worker.txt:0-8', 'other-worker.txt', 0, 8, "
                  "'Vuhledar', 'geonames:688105', 'Vuhledar', 'settlement', 0.9, 'exact', 'struck', 'RU', 'asserted', "
                  "'reported', '2024-11-01', 'day', 'Vuhledar was struck.', ST_SetSRID(ST_MakePoint(37.24999, 47.77973), 4326))");
    }
    auto second = test::extract_examples(destination, dir / "second", "-f PostgreSQL");
    INFO("second run: " << second.err);
    REQUIRE(second.status == 0);
    {
        auto ds = open_pg(conninfo);
        // No duplicates: every key once; the other writer's mention kept and
        // made into an event and a place of its own; our rows made anew.
        auto with_other = counts;
        with_other["mentions"] += 1;
        with_other["events"] += 1;
        // Vuhledar is a place of its own unless the examples named it already.
        with_other["places"] = sql_number(*ds, "SELECT count(*) FROM " + schema + ".places");
        CHECK(with_other["places"] - counts.at("places") <= 1);
        CHECK(sql_number(*ds, "SELECT count(*) FROM " + schema + ".places WHERE place_id = 'geonames:688105'") == 1);
        check_layers(conninfo, schema, with_other);
        CHECK(sql_number(*ds, "SELECT count(*) FROM " + schema + ".events WHERE quote = 'stale' OR n_reports = 999") == 0);
        CHECK(sql_number(*ds, "SELECT count(*) FROM " + schema + ".events WHERE sources LIKE '%other-worker.txt%' AND "
                              "claim = 'struck' AND place_id = 'geonames:688105'") == 1);
        // Stable FIDs: an event's fid is the hash of its event_id, run after run.
        const auto row = sql_row(*ds, "SELECT event_id, fid FROM " + schema + ".events LIMIT 1");
        REQUIRE(row.size() == 2);
        CHECK(std::stoll(row[1]) == stable_feature_id(row[0]));
    }
    // No staging table is left behind, in any schema.
    {
        auto ds = open_pg(*server);
        CHECK(sql_number(*ds, "SELECT count(*) FROM pg_class WHERE relname LIKE 'frontline_stage_%'") == 0);
    }

    // --overwrite replaces the tables: the other writer's mention is gone.
    auto third = test::extract_examples(destination, dir / "third", "-f PostgreSQL --overwrite");
    INFO("overwrite run: " << third.err);
    REQUIRE(third.status == 0);
    check_layers(conninfo, schema, counts);
}

TEST_CASE("PostGIS: a server that is down gives a clear message and exit code 4", "[clients][postgis]") {
    // Port 1 on loopback: nothing listens there, so no test server is needed.
    const fs::path dir = test::client_dir("postgis_down");
    const std::string secret = "down-secret-4711";
    const auto r = test::extract_examples("PG:host=127.0.0.1 port=1 dbname=frontline user=frontline password=" + secret,
                                          dir, "-f PostgreSQL");
    INFO(r.err);
    CHECK(r.status == static_cast<int>(ExitCode::output));
    CHECK(r.err.find("cannot open the database") != std::string::npos);
    CHECK(r.err.find("Connection refused") != std::string::npos);
    CHECK(r.err.find("password=***") != std::string::npos);
    CHECK(r.err.find(secret) == std::string::npos);
    CHECK(r.out.find(secret) == std::string::npos);
}

TEST_CASE("PostGIS: a refused password gives exit code 4, is never echoed, and nothing is written",
          "[clients][postgis]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = test::client_dir("postgis_password");
    const std::string schema = "fl_password";
    const std::string conninfo = fresh_schema(*server, schema);
    const std::string wrong = "wrong-pass-0815";
    // password= in the string wins over PGPASSWORD.
    const auto r = test::extract_examples("PG:" + conninfo + " password=" + wrong, dir, "-f PostgreSQL");
    INFO(r.err);
    CHECK(r.status == static_cast<int>(ExitCode::output));
    CHECK(r.err.find("password authentication failed") != std::string::npos);
    CHECK(r.err.find(wrong) == std::string::npos);
    CHECK(r.out.find(wrong) == std::string::npos);
    auto ds = open_pg(*server);
    CHECK(sql_number(*ds, "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "'") == 0);
}

TEST_CASE("PostGIS: a failure mid-run leaves every table as it was", "[clients][postgis]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = test::client_dir("postgis_rollback");
    const std::string schema = "fl_rollback";
    const std::string conninfo = fresh_schema(*server, schema);
    auto first = test::extract_examples("PG:" + conninfo, dir, "-f PostgreSQL --quiet");
    INFO(first.err);
    REQUIRE(first.status == 0);
    auto ds = open_pg(conninfo);
    const auto before_mentions = sql_number(*ds, "SELECT count(*) FROM " + schema + ".mentions");
    const auto before_events = sql_number(*ds, "SELECT count(*) FROM " + schema + ".events");
    const auto before_sum = sql_row(*ds, "SELECT md5(string_agg(event_id || coalesce(quote, ''), ',' ORDER BY event_id)) FROM " + schema + ".events");

    const std::string password = std::getenv("FRONTLINE_TEST_PG_PASSWORD") ? std::getenv("FRONTLINE_TEST_PG_PASSWORD") : "";
    OutputOptions options;
    options.destination = "PG:" + conninfo + (password.empty() ? "" : " password=" + password);
    options.driver = "PostgreSQL";
    {
        LayerSetWriter writer(options);
        if (!password.empty()) {
            for (const auto& shown : writer.outputs()) CHECK(shown.find(password) == std::string::npos);
        }
        // A new table, rows for an existing one (upserted), then a bad value.
        LayerSchema extra{"extra_layer", GeometryType::point, {{"name", FieldType::string}}, std::string("fid"),
                          std::string("name")};
        writer.begin_layer(extra);
        writer.write(Feature{std::nullopt, LonLat{37.5, 48.0}, {std::string("x")}});
        writer.begin_layer(events_layer_schema());
        Feature event;
        event.geometry = LonLat{37.6, 48.1};
        event.values.assign(events_layer_schema().fields.size(), std::monostate{});
        event.values[0] = std::string("new-event");
        event.values[15] = std::string("should never be seen");
        writer.write(event);
        event.values[12] = std::string("not an integer");  // n_reports
        CHECK_THROWS_AS(writer.write(event), OutputError);
    }  // destroyed without commit: rolled back
    auto after = open_pg(conninfo);
    CHECK(sql_number(*after, "SELECT count(*) FROM " + schema + ".mentions") == before_mentions);
    CHECK(sql_number(*after, "SELECT count(*) FROM " + schema + ".events") == before_events);
    CHECK(sql_row(*after, "SELECT md5(string_agg(event_id || coalesce(quote, ''), ',' ORDER BY event_id)) FROM " + schema + ".events") == before_sum);
    CHECK(sql_number(*after, "SELECT count(*) FROM pg_tables WHERE schemaname = '" + schema + "' AND tablename = 'extra_layer'") == 0);
}

// extract's closing "written to ..." line names the outputs as the writer
// reports them, with the password hidden.
TEST_CASE("PostGIS: a password in the connection string is not echoed by a successful run",
          "[clients][postgis]") {
    const auto server = test_server();
    if (!server) return;
    const char* password = std::getenv("FRONTLINE_TEST_PG_PASSWORD");
    if (!password || !*password) return;
    const fs::path dir = test::client_dir("postgis_echo");
    const std::string conninfo = fresh_schema(*server, "fl_echo");
    const auto r = test::extract_examples("PG:" + conninfo + " password=" + password, dir, "-f PostgreSQL");
    REQUIRE(r.status == 0);
    CHECK(r.err.find(password) == std::string::npos);
    CHECK(r.out.find(password) == std::string::npos);
}

namespace {

// Every row of a table but its fid and geometry (as text), sorted: what two
// stores must agree on.
std::vector<std::string> table_rows(GDALDataset& ds, const std::string& table) {
    std::vector<std::string> rows;
    OGRLayer* result = ds.ExecuteSQL(("SELECT (to_jsonb(t) - 'fid' - 'wkb_geometry')::text || ST_AsText(wkb_geometry) "
                                      "FROM " + table + " t").c_str(),
                                     nullptr, nullptr);
    REQUIRE(result);
    for (auto& f : *result) rows.emplace_back(f->IsFieldSetAndNotNull(0) ? f->GetFieldAsString(0) : "");
    ds.ReleaseResultSet(result);
    std::sort(rows.begin(), rows.end());
    return rows;
}

}  // namespace

TEST_CASE("PostGIS: four workers at once give what one run gives, into an empty store and a full one",
          "[clients][postgis]") {
    const auto server = test_server();
    if (!server) return;
    const fs::path dir = test::client_dir("postgis_workers");
    // Dated reports (no undated copies, which a worker could only date from
    // copies it reads itself), in four parts.
    std::vector<fs::path> parts;
    {
        const char* places[] = {"Pokrovsk", "Kurakhove", "Vuhledar", "Toretsk", "Chasiv Yar", "Kupiansk", "Selydove", "Siversk"};
        const char* claims[] = {"captured", "attacked", "struck", "advanced"};
        std::ofstream all(dir / "all.jsonl");
        for (int part = 0; part < 4; ++part) {
            parts.push_back(dir / ("part" + std::to_string(part) + ".jsonl"));
            std::ofstream out(parts.back());
            for (int i = part; i < 120; i += 4) {
                const std::string day = std::to_string(10 + i % 20);
                const std::string line = "{\"id\":\"r" + std::to_string(i) + "\",\"published\":\"2024-11-" + day +
                                         "T09:00:00Z\",\"text\":\"Russian forces " +
                                         claims[i % 4] + " " + places[i % 8] + " yesterday, the general staff said. " +
                                         "Fighting continued near " + places[(i + 3) % 8] + ".\"}";
                out << line << "\n";
                all << line << "\n";
            }
        }
    }
    const std::string one = fresh_schema(*server, "fl_one");
    const std::string shared = fresh_schema(*server, "fl_shared");
    auto single = run_shell(sh_quote(FRONTLINE_BINARY) + " extract -q -f PostgreSQL -o " + sh_quote("PG:" + one) + " " +
                                sh_quote((dir / "all.jsonl").string()),
                            dir / "single");
    INFO(single.err);
    REQUIRE(single.status == 0);
    for (const char* round : {"empty", "full"}) {
        INFO("into the " << round << " store");
        // Started together; the shell fails when any of them fails.
        std::string workers = "pids=; ";
        for (const auto& p : parts)
            workers += sh_quote(FRONTLINE_BINARY) + " extract -q -f PostgreSQL -o " + sh_quote("PG:" + shared) + " " +
                       sh_quote(p.string()) + " & pids=\"$pids $!\"; ";
        workers += "s=0; for p in $pids; do wait $p || s=1; done; exit $s";
        auto r = run_shell(workers, dir / round);
        INFO(r.err);
        REQUIRE(r.status == 0);
        CHECK(r.err.find("frontline:") == std::string::npos);  // no worker lost a race
        auto ds = open_pg(*server);
        for (const char* table : {"mentions", "events", "places"}) {
            INFO(table);
            const auto a = table_rows(*ds, std::string("fl_one.") + table);
            const auto b = table_rows(*ds, std::string("fl_shared.") + table);
            CHECK(a.size() >= 8);
            CHECK(a == b);
        }
    }
}
