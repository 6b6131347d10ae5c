// A real QGIS (Debian's python3-qgis, headless) opens frontline's GeoPackage
// the way QGIS Desktop does: every layer valid with the right count and CRS,
// the default style from `layer_styles` applied (categorised on `claim`),
// temporal settings active on `event_date` (a date-range filter returns
// exactly the events of those days), and a rendered map of the events over the
// oblast boundaries whose pixels show the category colours.
// The QGIS side is tests/clients/qgis_check.py; it reports, this test judges,
// from what GDAL reads in the same file.
#include <catch2/catch.hpp>

#include <tuple>
#include <vector>

#include <chrono>
#include <map>
#include <set>

#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include "client_support.hpp"

namespace fs = std::filesystem;
using frontline::test::run_shell;
using frontline::test::sh_quote;

namespace {

// Debian's interpreter: another python (pyenv, venv) may come first on PATH
// and has no QGIS bindings.
constexpr const char* system_python = "/usr/bin/python3";

bool qgis_available(const fs::path& scratch) {
    if (!fs::exists(system_python)) return false;
    const auto r = run_shell(std::string("QT_QPA_PLATFORM=offscreen ") + system_python + " -c 'import qgis.core'", scratch);
    return r.status == 0;
}

std::string date_string(const OGRFeature& f, int index) {
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    if (!f.IsFieldSetAndNotNull(index)) return {};
    f.GetFieldAsDateTime(index, &y, &m, &d, &hh, &mm, &ss, &tz);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

struct Expected {
    std::map<std::string, GIntBig> counts;
    std::set<std::string> event_claims;              // claims of events with a geometry
    std::set<std::string> uncovered_claims;          // claims with a point no other claim shares
    std::map<std::string, std::set<std::string>> ids_by_date;  // event_date -> event_ids ("" = null)
    // [valid_from, valid_to) per event ("" = null): a week's or a month's
    // event shows on every day of it.
    std::vector<std::tuple<std::string, std::string, std::string>> ranges;
};

Expected read_with_gdal(const fs::path& gpkg) {
    Expected e;
    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    for (const char* name : {"mentions", "events", "places"}) {
        OGRLayer* layer = ds->GetLayerByName(name);
        REQUIRE(layer);
        e.counts[name] = layer->GetFeatureCount();
    }
    OGRLayer* events = ds->GetLayerByName("events");
    const int date_i = events->GetLayerDefn()->GetFieldIndex("event_date");
    const int claim_i = events->GetLayerDefn()->GetFieldIndex("claim");
    const int id_i = events->GetLayerDefn()->GetFieldIndex("event_id");
    const int from_i = events->GetLayerDefn()->GetFieldIndex("valid_from");
    const int to_i = events->GetLayerDefn()->GetFieldIndex("valid_to");
    std::map<std::pair<double, double>, std::set<std::string>> claims_at;
    for (auto& f : *events) {
        if (const OGRGeometry* g = f->GetGeometryRef(); g && f->IsFieldSetAndNotNull(claim_i)) {
            e.event_claims.insert(f->GetFieldAsString(claim_i));
            OGREnvelope box;
            g->getEnvelope(&box);
            claims_at[{box.MinX, box.MinY}].insert(f->GetFieldAsString(claim_i));
        }
        e.ids_by_date[date_string(*f, date_i)].insert(f->GetFieldAsString(id_i));
        e.ranges.emplace_back(date_string(*f, from_i), date_string(*f, to_i), f->GetFieldAsString(id_i));
    }
    // Two claims about one place ("withdrew from positions near Toretsk ...
    // fighting continued in the town") are drawn at one point: only the one on
    // top can show, so only claims with a point of their own must be seen.
    for (const auto& [point, claims] : claims_at)
        if (claims.size() == 1) e.uncovered_claims.insert(*claims.begin());
    return e;
}

}  // namespace

TEST_CASE("QGIS opens the GeoPackage styled, time-aware and renders the claim colours", "[clients][qgis]") {
    const fs::path dir = frontline::test::client_dir("qgis");
    if (!qgis_available(dir / "probe")) {
        frontline::test::client_missing("QGIS Python bindings are not installed (apt-get install python3-qgis "
                                        "qgis-providers)");
        return;
    }
    const fs::path gpkg = dir / "example.gpkg";
    const auto extract = frontline::test::extract_examples(gpkg.string(), dir / "extract", "--quiet");
    INFO(extract.err);
    REQUIRE(extract.status == 0);
    const Expected expected = read_with_gdal(gpkg);
    REQUIRE(expected.counts.at("events") > 0);

    // The busiest day: a date-range filter over it must return exactly its
    // events, plus undated ones (QGIS shows features without a date always).
    std::string busiest;
    for (const auto& [date, ids] : expected.ids_by_date)
        if (!date.empty() && (busiest.empty() || ids.size() > expected.ids_by_date.at(busiest).size())) busiest = date;
    REQUIRE(!busiest.empty());
    // Its events, those of a week or month spanning it, and undated ones
    // (QGIS shows features without a date always).
    std::set<std::string> expected_ids;
    for (const auto& [from, to, id] : expected.ranges)
        if ((from.empty() || from <= busiest) && (to.empty() || busiest < to)) expected_ids.insert(id);

    const fs::path boundaries_file =
        fs::path(FRONTLINE_SHARED_DIR) / "data/boundaries/ne10m_admin1_ua_ru_by_neighbours.geojson.gz";
    const bool have_boundaries = fs::exists(boundaries_file);
    if (!have_boundaries)
        WARN("oblast boundaries not found (" + boundaries_file.string() + "): the map is rendered without them");

    const fs::path report_path = dir / "qgis_report.json";
    const fs::path png = dir / "events_over_oblasts.png";
    std::string command = std::string("QT_QPA_PLATFORM=offscreen ") + system_python + " " +
                          sh_quote(std::string(FRONTLINE_SOURCE_DIR) + "/tests/clients/qgis_check.py") +
                          " --gpkg " + sh_quote(gpkg.string()) + " --report " + sh_quote(report_path.string()) +
                          " --png " + sh_quote(png.string()) + " --range " + busiest + " " + busiest;
    if (have_boundaries) command += " --boundaries " + sh_quote("/vsigzip/" + boundaries_file.string());
    const auto qgis = run_shell(command, dir / "qgis");
    INFO("qgis_check.py stderr: " << qgis.err);
    REQUIRE(qgis.status == 0);
    const auto report = nlohmann::json::parse(frontline::test::read_text(report_path));
    INFO("QGIS " << report.value("qgis_version", "?"));

    {
        INFO("every layer is valid with the expected feature count and CRS");
        for (const auto& [name, count] : expected.counts) {
            INFO("layer " << name);
            const auto& layer = report.at("layers").at(name);
            REQUIRE(layer.at("valid").get<bool>());
            CHECK(layer.at("feature_count").get<GIntBig>() == count);
            CHECK(layer.at("crs").get<std::string>() == "EPSG:4326");
            CHECK(layer.at("fields").contains(name == std::string("places") ? "place_id" : "claim"));
        }
    }

    {
        INFO("the default style is applied: categorised by claim, with every claim type");
        for (const char* name : {"mentions", "events"}) {
            INFO("layer " << name);
            const auto& layer = report.at("layers").at(name);
            for (const char* renderer : {"renderer", "ctor_renderer"}) {
                INFO(renderer);
                CHECK(layer.at(renderer).at("type").get<std::string>() == "categorizedSymbol");
                CHECK(layer.at(renderer).value("attribute", "") == "claim");
            }
            std::set<std::string> values;
            for (const auto& c : layer.at("renderer").at("categories")) values.insert(c.at("value").get<std::string>());
            for (const char* claim : {"captured", "advanced", "attacked", "struck", "withdrew", "deployed"})
                CHECK(values.count(claim) == 1);
            CHECK(layer.at("labels").get<bool>());
            CHECK(layer.at("map_tip").get<std::string>().find("place_name") != std::string::npos);
        }
    }

    {
        INFO("temporal properties are active (mentions on event_date, events on their valid_from..valid_to "
             "range) and a date-range filter returns that day's events");
        const auto& mt = report.at("layers").at("mentions").at("temporal");
        CHECK(mt.at("active").get<bool>());
        CHECK(mt.at("instant_from_field").get<bool>());
        CHECK(mt.at("start_field").get<std::string>() == "event_date");
        const auto& et = report.at("layers").at("events").at("temporal");
        CHECK(et.at("active").get<bool>());
        CHECK(et.at("mode").get<int>() == 2);  // ModeFeatureDateTimeStartAndEndFromFields
        CHECK(et.at("start_field").get<std::string>() == "valid_from");
        const auto& filter = report.at("temporal_filter");
        INFO("QGIS filter: " << filter.at("expression").get<std::string>() << " over " << busiest);
        const auto ids = filter.at("event_ids").get<std::set<std::string>>();
        CHECK(ids == expected_ids);
        CHECK(ids.size() < static_cast<std::size_t>(expected.counts.at("events")));
    }

    {
        INFO("the rendered map shows every claim colour present in the events");
        REQUIRE(fs::exists(png));
        const std::string head = frontline::test::read_text(png).substr(0, 8);
        CHECK(head == "\x89PNG\r\n\x1a\n");
        CHECK(report.at("png").at("errors").empty());
        if (have_boundaries) {
            CHECK(report.at("boundaries").at("valid").get<bool>());
            CHECK(report.at("boundaries").at("feature_count").get<int>() > 20);
        }
        // Category colour of each claim, from the style QGIS applied.
        std::map<std::string, std::vector<int>> colour_of;
        for (const auto& c : report.at("layers").at("events").at("renderer").at("categories"))
            colour_of[c.at("value").get<std::string>()] = c.at("color").get<std::vector<int>>();
        std::map<std::vector<int>, int> pixels;
        for (const auto& p : report.at("png").at("colour_pixels"))
            pixels[p.at("color").get<std::vector<int>>()] = p.at("pixels").get<int>();
        REQUIRE(!expected.uncovered_claims.empty());
        for (const auto& claim : expected.event_claims) REQUIRE(colour_of.count(claim));
        for (const auto& claim : expected.uncovered_claims) {
            INFO("claim " << claim);
            REQUIRE(colour_of.count(claim));
            // A 2.6 mm circle at 96 dpi is ~10 px across: its interior alone
            // is > 20 px of the exact colour even when labels overlap it.
            CHECK(pixels[colour_of[claim]] >= 20);
        }
        // Claims absent from the events leave their colour unused.
        for (const auto& [claim, colour] : colour_of)
            if (!claim.empty() && !expected.event_claims.count(claim)) CHECK(pixels[colour] == 0);
    }
}
