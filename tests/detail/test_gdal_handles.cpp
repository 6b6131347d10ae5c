#include <catch2/catch.hpp>

#include <cpl_error.h>

#include "frontline/error.hpp"
#include "frontline/detail/gdal_handles.hpp"

using namespace frontline;
using detail::redact_connection;

TEST_CASE("redact_connection hides passwords", "[output]") {
    CHECK(redact_connection("PG:dbname=war password=s3cr3t host=db") == "PG:dbname=war password=*** host=db");
    CHECK(redact_connection("PG:password = 'a b\\' c' dbname=x") == "PG:password=*** dbname=x");
    CHECK(redact_connection("PG:PASSWORD=x") == "PG:password=***");
    CHECK(redact_connection("postgresql://map:s3cr3t@db:5432/war") == "postgresql://map:***@db:5432/war");
    CHECK(redact_connection("https://example.org/a:b@c") == "https://example.org/a:b@c");
    CHECK(redact_connection("no secrets here") == "no secrets here");
}

TEST_CASE("GdalErrorCapture turns GDAL errors into OutputError with context", "[output]") {
    detail::GdalErrorCapture capture;
    CPLError(CE_Failure, CPLE_AppDefined, "cannot connect: password=hunter2 rejected");
    CPLError(CE_Warning, CPLE_AppDefined, "just a warning");
    REQUIRE(capture.has_failures());
    CHECK(capture.warnings().size() == 1);
    try {
        capture.raise({"GPKG", "out.gpkg", "mentions"}, "cannot write");
        FAIL("raise returned");
    } catch (const OutputError& e) {
        const std::string what = e.what();
        CHECK_THAT(what, Catch::Contains("GPKG 'out.gpkg' layer 'mentions': cannot write"));
        CHECK(what.find("hunter2") == std::string::npos);
    }
}

TEST_CASE("spatial references use lon/lat order", "[output]") {
    auto wgs84 = detail::make_wgs84();
    CHECK(wgs84->GetDataAxisToSRSAxisMapping() == std::vector<int>{2, 1});
    auto srs = detail::make_srs("EPSG:4326");
    CHECK(srs->GetDataAxisToSRSAxisMapping() == std::vector<int>{2, 1});
    CHECK_THROWS_AS(detail::make_srs("not a crs"), UsageError);
}
