#pragma once
// Helpers for the PostGIS client tests: the test server (skipped or failed
// when absent, as client_support.hpp says), GDAL's PostgreSQL driver on it,
// one query's first row, and a schema of a test's own.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "client_support.hpp"

namespace frontline::test {

// The test cluster, or nullopt (then the caller skips). The password goes to
// PGPASSWORD, which libpq (here and in child processes) reads, so it is never
// on a command line.
inline std::optional<std::string> test_server() {
    const char* conninfo = std::getenv("FRONTLINE_TEST_PG");
    if (!conninfo || !*conninfo) {
        client_missing("no PostGIS test server: FRONTLINE_TEST_PG is not set "
                             "(eval \"$(scripts/pg-test-cluster start)\")");
        return std::nullopt;
    }
    if (const char* pw = std::getenv("FRONTLINE_TEST_PG_PASSWORD")) ::setenv("PGPASSWORD", pw, 1);
    return std::string(conninfo);
}

inline GDALDatasetUniquePtr open_pg(const std::string& conninfo, bool update = false) {
    GDALAllRegister();
    const char* drivers[] = {"PostgreSQL", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::FromHandle(GDALOpenEx(
        ("PG:" + conninfo).c_str(), GDAL_OF_VECTOR | (update ? GDAL_OF_UPDATE : 0), drivers, nullptr, nullptr)));
    REQUIRE(ds);
    return ds;
}

// First row of a query, every column as text.
inline std::vector<std::string> sql_row(GDALDataset& ds, const std::string& sql) {
    std::vector<std::string> row;
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (!result) return row;
    if (OGRFeatureUniquePtr f{result->GetNextFeature()})
        for (int i = 0; i < f->GetFieldCount(); ++i) row.emplace_back(f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "");
    ds.ReleaseResultSet(result);
    return row;
}

inline long long sql_number(GDALDataset& ds, const std::string& sql) {
    const auto row = sql_row(ds, sql);
    REQUIRE(!row.empty());
    return std::stoll(row.front());
}

inline void exec(GDALDataset& ds, const std::string& sql) {
    CPLErrorReset();
    OGRLayer* result = ds.ExecuteSQL(sql.c_str(), nullptr, nullptr);
    if (result) ds.ReleaseResultSet(result);
    INFO(sql);
    REQUIRE(CPLGetLastErrorType() < CE_Failure);
}

/// A fresh, empty schema; returns the conninfo that makes it the active one.
inline std::string fresh_schema(const std::string& conninfo, const std::string& schema) {
    auto ds = open_pg(conninfo, true);
    exec(*ds, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    exec(*ds, "CREATE SCHEMA " + schema);
    return conninfo + " active_schema=" + schema;
}

}  // namespace frontline::test
