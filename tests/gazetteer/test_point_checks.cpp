// Points checked against the outlines of their admin-1 areas, and outlines
// stored with their places (GazetteerBuilder, Gazetteer::outline_wkb).
#include <catch2/catch.hpp>

#include <ogr_geometry.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "frontline/gazetteer/builder.hpp"
#include "frontline/gazetteer/gazetteer.hpp"

using namespace frontline;
namespace fs = std::filesystem;

namespace {

fs::path fixture(const std::string& name) { return fs::path(FRONTLINE_TEST_FIXTURES) / "gazetteer" / "checks" / name; }

struct Checked {
    fs::path path;
    BuildSummary summary;
};

const Checked& checked_build() {
    static const Checked c = [] {
        Checked out;
        fs::path dir = fs::path(FRONTLINE_TEST_TMP) / ("point_checks-" + std::to_string(::getpid()));
        fs::create_directories(dir);
        out.path = dir / "checks.fgz";
        GazetteerBuilder b;
        for (const char* s : {"areas.tsv", "outlines.geojson", "postal.csv", "hromadas.geojson"}) b.add_source(fixture(s));
        out.summary = b.write(out.path);
        return out;
    }();
    return c;
}

std::unique_ptr<OGRGeometry> parse_wkb(std::span<const unsigned char> wkb) {
    OGRGeometry* g = nullptr;
    if (OGRGeometryFactory::createFromWkb(wkb.data(), nullptr, &g, static_cast<int>(wkb.size())) != OGRERR_NONE)
        return nullptr;
    return std::unique_ptr<OGRGeometry>(g);
}

}  // namespace

TEST_CASE("point checks: a postal point outside its region goes to its district's seat, or is dropped", "[gazetteer][checks]") {
    const Checked& c = checked_build();
    REQUIRE(c.summary.point_checks.count("postal UA"));
    const PointChecks& p = c.summary.point_checks.at("postal UA");
    CHECK(p.checked == 5);
    CHECK(p.outside == 2);
    CHECK(p.moved == 1);
    CHECK(p.dropped == 1);
    Gazetteer g = Gazetteer::open(c.path);
    CHECK_FALSE(g.lookup("Поштове").empty());
    CHECK(g.lookup("Далеке").empty());  // 45N 35E is not in Alpha Oblast, and no district names a seat
    // "Альфинский район" is named for Альфине, a town of the region: the village is placed there.
    auto moved = g.lookup("Лісове");
    REQUIRE_FALSE(moved.empty());
    CHECK(g.place(moved.front().place).lat() == Approx(50.6));
    CHECK(g.place(moved.front().place).admin1() == "Alpha Oblast");
    auto b = g.lookup("Бетине");
    REQUIRE_FALSE(b.empty());
    CHECK(g.place(b.front().place).admin1() == "Beta Oblast");
}

TEST_CASE("point checks: other points get the region that contains them, or go", "[gazetteer][checks]") {
    const Checked& c = checked_build();
    REQUIRE(c.summary.point_checks.count("user UA"));
    const PointChecks& u = c.summary.point_checks.at("user UA");
    CHECK(u.checked == 4);  // three with an admin-1 to check, one placed by its outline
    CHECK(u.outside == 2);
    CHECK(u.corrected == 1);
    CHECK(u.dropped == 1);

    Gazetteer g = Gazetteer::open(c.path);
    auto admin1_of = [&](const char* id) -> std::string {
        auto i = g.find_id(id);
        REQUIRE(i);
        PlaceView p = g.place(*i);
        auto a = p.admin1_place();
        REQUIRE(a);
        CHECK(g.place(*a).name() == p.admin1());
        return std::string(p.admin1());
    };
    CHECK(admin1_of("test:inside") == "Alpha Oblast");
    CHECK(admin1_of("test:wrong-oblast") == "Beta Oblast");   // corrected
    CHECK(admin1_of("test:unnamed-oblast") == "Beta Oblast"); // none given: the outline names it
    CHECK_FALSE(g.find_id("test:abroad"));                    // outside the country: dropped

    auto meta = nlohmann::json::parse(g.metadata());
    CHECK(meta["point_checks"]["user UA"]["corrected"] == 1);
    CHECK(meta["point_checks"]["postal UA"]["dropped"] == 1);
    CHECK(meta["attribution"].dump().find("test outlines (public domain)") != std::string::npos);
}

TEST_CASE("outlines travel with the compiled gazetteer", "[gazetteer][checks]") {
    const Checked& c = checked_build();
    CHECK(c.summary.outlines == 4);  // country, two oblasts, one hromada
    Gazetteer g = Gazetteer::open(c.path);
    CHECK(g.outline_count() == 4);
    auto alpha = g.find_id("test:alpha");
    REQUIRE(alpha);
    auto wkb = g.outline_wkb(*alpha);
    REQUIRE_FALSE(wkb.empty());
    CHECK(g.place(*alpha).outline_wkb().size() == wkb.size());
    auto geom = parse_wkb(wkb);
    REQUIRE(geom);
    CHECK(wkbFlatten(geom->getGeometryType()) == wkbPolygon);
    OGRPoint inside(30.5, 50.5), outside(31.5, 50.5);  // lon, lat
    CHECK(geom->Contains(&inside));
    CHECK_FALSE(geom->Contains(&outside));
    // A settlement has no outline.
    auto s = g.find_id("test:inside");
    REQUIRE(s);
    CHECK(g.outline_wkb(*s).empty());
}

TEST_CASE("hromadas are places of their own with their outlines, never the town", "[gazetteer][checks]") {
    Gazetteer g = Gazetteer::open(checked_build().path);
    auto h = g.find_id("osm:relation/1");
    REQUIRE(h);
    PlaceView p = g.place(*h);
    CHECK(p.kind() == PlaceKind::other);
    CHECK(p.feature_code() == "ADM3");
    CHECK(p.admin1() == "Alpha Oblast");
    CHECK_FALSE(p.outline_wkb().empty());
    // "Insideville" still means the settlement only; a hromada named by one
    // word only is left out.
    auto m = g.lookup("Insideville");
    REQUIRE(m.size() == 1);
    CHECK(g.place(m.front().place).id() == "test:inside");
    CHECK_FALSE(g.find_id("osm:relation/2"));
    CHECK(g.lookup("Insideville rural hromada").size() == 1);
}
