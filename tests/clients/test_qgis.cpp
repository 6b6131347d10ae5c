// A real QGIS (Debian's python3-qgis, headless) opens frontline's GeoPackage
// the way QGIS Desktop does: every layer valid with the right count and CRS,
// the default style from `layer_styles` applied (coincident points displaced,
// rules by claim, a ring by the actor's side, hollow when disputed or denied,
// size by reports), names drawn once per place, temporal settings active on
// date ranges (a date-range filter returns exactly the events and mentions of
// that day, week or month, and a weekly series' control on every day), and a
// rendered map whose pixels show the claim and side colours.
// The QGIS side is tests/clients/qgis_check.py; it reports, this test judges,
// from what GDAL reads in the same file.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

#include <chrono>
#include <fstream>
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

struct EventLook {
    std::string claim, side, status;
    int n_reports = 1;
};

struct Expected {
    std::map<std::string, GIntBig> counts;
    std::map<std::string, EventLook> drawn;          // events with a geometry, by event_id
    std::map<std::string, int> events_at_place;      // place_id -> events with a geometry
    std::map<std::string, std::string> place_names;  // place_id -> place_name
    // mention_id -> [start, end) of the days its date stands for ("" = null)
    std::map<std::string, std::pair<std::string, std::string>> mention_ranges;
    // control: [valid_from, valid_to) by fid
    std::map<GIntBig, std::pair<std::string, std::string>> control_ranges;
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
    for (const char* name : {"mentions", "events", "places", "control", "front"}) {
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
    const auto text = [](const OGRFeature& f, const char* field) {
        const int i = f.GetFieldIndex(field);
        return i >= 0 && f.IsFieldSetAndNotNull(i) ? std::string(f.GetFieldAsString(i)) : std::string();
    };
    for (auto& f : *events) {
        if (f->GetGeometryRef()) {
            e.drawn[text(*f, "event_id")] = {text(*f, "claim"), text(*f, "actor_side"), text(*f, "status"),
                                             f->GetFieldAsInteger("n_reports")};
            ++e.events_at_place[text(*f, "place_id")];
            e.place_names[text(*f, "place_id")] = text(*f, "place_name");
        }
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

    // What a mention's date stands for: its day, the week from it, its month.
    OGRLayer* mentions = ds->GetLayerByName("mentions");
    const int mdate_i = mentions->GetLayerDefn()->GetFieldIndex("event_date");
    for (auto& f : *mentions) {
        const std::string date = date_string(*f, mdate_i);
        std::pair<std::string, std::string> range;
        if (!date.empty()) {
            using namespace std::chrono;
            const year_month_day ymd{year{std::stoi(date.substr(0, 4))},
                                     month{static_cast<unsigned>(std::stoi(date.substr(5, 2)))},
                                     day{static_cast<unsigned>(std::stoi(date.substr(8, 2)))}};
            const std::string precision = text(*f, "date_precision");
            year_month_day start = ymd, end = year_month_day{sys_days{ymd} + days{1}};
            if (precision == "week") end = year_month_day{sys_days{ymd} + days{7}};
            if (precision == "month") {
                start = ymd.year() / ymd.month() / 1;
                end = (ymd.year() / ymd.month() + months{1}) / 1;
            }
            const auto iso = [](const year_month_day& d) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                              static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
                return std::string(buf);
            };
            range = {iso(start), iso(end)};
        }
        e.mention_ranges[text(*f, "mention_id")] = range;
    }

    OGRLayer* control = ds->GetLayerByName("control");
    const int cfrom_i = control->GetLayerDefn()->GetFieldIndex("valid_from");
    const int cto_i = control->GetLayerDefn()->GetFieldIndex("valid_to");
    for (auto& f : *control) e.control_ranges[f->GetFID()] = {date_string(*f, cfrom_i), date_string(*f, cto_i)};
    return e;
}

}  // namespace

namespace {

// The side ring colours of the style (src/output/qgis_style.cpp).
std::vector<int> ring_colour(const std::string& side) {
    if (side == "RU" || side == "ru") return {165, 15, 21, 255};
    if (side == "UA" || side == "ua") return {33, 102, 172, 255};
    return {115, 115, 115, 255};
}

// The rule of a claim in the events' renderer (pointDisplacement over rules).
const nlohmann::json* claim_rule(const nlohmann::json& renderer, const std::string& claim) {
    for (const auto& group : renderer.at("embedded").at("rules"))
        for (const auto& rule : group.at("children"))
            if (rule.at("filter").get<std::string>() == "\"claim\" = '" + claim + "'") return &rule;
    return nullptr;
}

bool in_range(const std::string& day, const std::pair<std::string, std::string>& range) {
    return (range.first.empty() || range.first <= day) && (range.second.empty() || day < range.second);
}

}  // namespace

TEST_CASE("QGIS opens the GeoPackage styled, time-aware and renders side, status and claim", "[clients][qgis]") {
    const fs::path dir = frontline::test::client_dir("qgis");
    if (!qgis_available(dir / "probe")) {
        frontline::test::client_missing("QGIS Python bindings are not installed (apt-get install python3-qgis "
                                        "qgis-providers)");
        return;
    }
    const fs::path gpkg = dir / "example.gpkg";
    // A weekly series against a baseline (a rough Russian-held area in
    // Donetsk oblast on 31 October): control on every as_of, and a front.
    // Control must show on every day of each week.
    const fs::path baseline = dir / "held_20241031.geojson";
    fs::create_directories(dir);
    std::ofstream(baseline)
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
           R"("coordinates":[[[37.35,47.30],[38.60,47.30],[38.60,49.00],[37.95,49.00],[37.75,48.55],[37.55,48.35],)"
           R"([37.40,48.05],[37.35,47.30]]]}}]})";
    const std::string series_start = "2024-11-01", series_end = "2024-11-29";
    const auto extract = frontline::test::extract_examples(
        gpkg.string(), dir / "extract",
        "--quiet --overwrite --as-of-series " + series_start + ":" + series_end + ":7d --baseline " +
            sh_quote(baseline.string()) + " --baseline-date 2024-10-31 --qgis-project " +
            sh_quote((dir / "example.qgs").string()));
    INFO(extract.err);
    REQUIRE(extract.status == 0);
    {
        // The example reports assert every claim: one event is marked
        // disputed and one hedged here, so that QGIS is seen drawing those
        // statuses with the style frontline wrote.
        GDALAllRegister();
        GDALDatasetUniquePtr ds(GDALDataset::Open(gpkg.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
        REQUIRE(ds);
        for (const char* sql :
             {"UPDATE events SET status = 'disputed' WHERE event_id = (SELECT min(event_id) FROM events "
              "WHERE claim = 'attacked' AND geom IS NOT NULL)",
              "UPDATE events SET status = 'hedged' WHERE event_id = (SELECT max(event_id) FROM events "
              "WHERE claim = 'attacked' AND geom IS NOT NULL)"})
            ds->ExecuteSQL(sql, nullptr, nullptr);
    }
    const Expected expected = read_with_gdal(gpkg);
    REQUIRE(expected.counts.at("events") > 0);
    REQUIRE(expected.counts.at("control") > 0);

    // The busiest day: a date-range filter over it must return exactly its
    // events, plus undated ones (QGIS shows features without a date always).
    std::string busiest;
    for (const auto& [date, ids] : expected.ids_by_date)
        if (!date.empty() && (busiest.empty() || ids.size() > expected.ids_by_date.at(busiest).size())) busiest = date;
    REQUIRE(!busiest.empty());
    // Its events, those of a week or month spanning it, and undated ones
    // (QGIS shows features without a date always).
    std::set<std::string> expected_ids, expected_mentions;
    for (const auto& [from, to, id] : expected.ranges)
        if (in_range(busiest, {from, to})) expected_ids.insert(id);
    for (const auto& [id, range] : expected.mention_ranges)
        if (in_range(busiest, range)) expected_mentions.insert(id);

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
                          " --png " + sh_quote(png.string()) + " --range " + busiest + " " + busiest +
                          " --layers mentions,events,places,control,front --control-days " + series_start +
                          " 2024-12-05";
    if (have_boundaries) command += " --boundaries " + sh_quote("/vsigzip/" + boundaries_file.string());
    command += " --project " + sh_quote((dir / "example.qgs").string());
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
            if (name == "mentions" || name == "events") CHECK(layer.at("fields").contains("claim"));
        }
    }

    {
        INFO("the default style is applied: displaced points over rules by claim, with every claim type");
        for (const char* name : {"mentions", "events"}) {
            INFO("layer " << name);
            const auto& layer = report.at("layers").at(name);
            for (const char* renderer : {"renderer", "ctor_renderer"}) {
                INFO(renderer);
                CHECK(layer.at(renderer).at("type").get<std::string>() == "pointDisplacement");
                CHECK(layer.at(renderer).at("embedded").at("type").get<std::string>() == "RuleRenderer");
            }
            for (const char* claim : {"captured", "advanced", "attacked", "struck", "withdrew", "deployed"})
                CHECK(claim_rule(layer.at("renderer"), claim) != nullptr);
            // Registered with the labelling engine (as obstacles), drawing no names.
            CHECK(layer.at("labels").get<bool>());
            CHECK_FALSE(layer.at("draws_labels").get<bool>());
            const std::string tip = layer.at("map_tip").get<std::string>();
            for (const char* field : {"place_name", "claim", "actor_side", "status", "event_date"}) {
                INFO("map tip has " << field);
                CHECK(tip.find(field) != std::string::npos);
            }
            CHECK(tip.find(name == std::string("events") ? "claimants" : "claimant") != std::string::npos);
        }
        const auto& places = report.at("layers").at("places");
        CHECK(places.at("draws_labels").get<bool>());
        CHECK(places.at("label_field").get<std::string>() == "place_name");
        CHECK(report.at("layers").at("control").at("renderer").at("attribute").get<std::string>() == "side");
    }

    {
        INFO("each event is drawn as the style says: ring by side, disc hollow when disputed or denied, pale "
             "when hedged, size by n_reports");
        const auto& drawn = report.at("symbols_as_drawn");
        REQUIRE(drawn.size() == expected.drawn.size());
        std::set<std::string> statuses;
        for (const auto& [id, look] : expected.drawn) {
            INFO("event " << id << " " << look.claim << " " << look.side << " " << look.status << " "
                          << look.n_reports);
            REQUIRE(drawn.contains(id));
            const auto& layers = drawn.at(id);
            REQUIRE(layers.size() == 2);
            CHECK(layers[0].at("stroke").get<std::vector<int>>() == ring_colour(look.side));
            const int alpha = layers[1].at("fill").at(3).get<int>();
            if (look.status == "disputed" || look.status == "denied") CHECK(alpha == 0);
            else if (look.status == "hedged") CHECK(alpha == 110);
            else CHECK(alpha == 255);
            const double want = std::clamp(2.4 + (look.n_reports - 1) * 2.6 / 7.0, 2.4, 5.0);
            CHECK(layers[1].at("size").get<double>() == Approx(want));
            CHECK(layers[0].at("size").get<double>() == Approx(want + 1.6));
            statuses.insert(look.status);
        }
        // The example must exercise the hollow style, or this proves nothing.
        CHECK((statuses.count("disputed") + statuses.count("denied")) > 0);
    }

    {
        INFO("temporal properties are active (mentions span their day, week or month by expression, events "
             "their valid_from..valid_to range) and a date-range filter returns that day's features");
        // ModeFeatureDateTimeStartAndEndFromExpressions on both: DateTime
        // expressions, since QGIS 3.22 compares Date fields with the filter's
        // DateTime as text (a feature would show the day before it starts).
        const auto& mt = report.at("layers").at("mentions").at("temporal");
        CHECK(mt.at("active").get<bool>());
        CHECK(mt.at("mode").get<int>() == 4);
        const auto& et = report.at("layers").at("events").at("temporal");
        CHECK(et.at("active").get<bool>());
        CHECK(et.at("mode").get<int>() == 4);
        CHECK(et.at("start_expression").get<std::string>().find("valid_from") != std::string::npos);
        const auto& filter = report.at("temporal_filter");
        INFO("QGIS filter: " << filter.at("expression").get<std::string>() << " over " << busiest);
        const auto ids = filter.at("event_ids").get<std::set<std::string>>();
        CHECK(ids == expected_ids);
        CHECK(ids.size() < static_cast<std::size_t>(expected.counts.at("events")));
        INFO("mentions filter: " << filter.at("mentions").at("expression").get<std::string>());
        const auto mention_ids = filter.at("mentions").at("ids").get<std::set<std::string>>();
        CHECK(mention_ids == expected_mentions);
        CHECK(mention_ids.size() < static_cast<std::size_t>(expected.counts.at("mentions")));
    }

    {
        INFO("a weekly series' control shows on every day, each day exactly the areas valid then");
        const auto& by_day = report.at("control_by_day");
        CHECK(by_day.size() == 35);
        std::size_t days_with_control = 0;
        for (const auto& [day, fids] : by_day.items()) {
            INFO("day " << day);
            std::set<GIntBig> want;
            for (const auto& [fid, range] : expected.control_ranges)
                if (in_range(day, range)) want.insert(fid);
            CHECK(fids.get<std::set<GIntBig>>() == want);
            if (!want.empty()) ++days_with_control;
        }
        // Not one day in seven: every day from the first as_of on.
        CHECK(days_with_control == by_day.size());
    }

    {
        INFO("events show on the days of their valid_from..valid_to range, not a day early");
        for (const auto& [day, ids] : report.at("events_by_day").items()) {
            INFO("day " << day);
            std::set<std::string> want;
            for (const auto& [from, to, id] : expected.ranges)
                if (in_range(day, {from, to})) want.insert(id);
            CHECK(ids.get<std::set<std::string>>() == want);
        }
    }

    {
        INFO("the rendered map shows every claim colour and every side's ring colour");
        REQUIRE(fs::exists(png));
        const std::string head = frontline::test::read_text(png).substr(0, 8);
        CHECK(head == "\x89PNG\r\n\x1a\n");
        CHECK(report.at("png").at("errors").empty());
        CHECK(report.at("png").at("full_errors").empty());
        if (have_boundaries) {
            CHECK(report.at("boundaries").at("valid").get<bool>());
            CHECK(report.at("boundaries").at("feature_count").get<int>() > 20);
        }
        std::map<std::vector<int>, int> pixels;
        for (const auto& p : report.at("png").at("colour_pixels"))
            pixels[p.at("color").get<std::vector<int>>()] = p.at("pixels").get<int>();
        const auto& renderer = report.at("layers").at("events").at("renderer");
        // Claims with a filled (asserted) event: the disc's exact colour. All
        // of them, since points at one place are displaced, not stacked.
        std::set<std::string> filled_claims, sides;
        for (const auto& [id, look] : expected.drawn) {
            if (look.status == "asserted") filled_claims.insert(look.claim);
            sides.insert(look.side == "RU" || look.side == "UA" ? look.side : "");
        }
        REQUIRE(!filled_claims.empty());
        for (const auto& claim : filled_claims) {
            INFO("claim " << claim);
            const nlohmann::json* rule = claim_rule(renderer, claim);
            REQUIRE(rule);
            auto colour = rule->at("symbol").at(1).at("color").get<std::vector<int>>();
            colour.resize(3);
            // A 2.4 mm disc at 96 dpi is ~9 px across: > 20 px of its colour.
            CHECK(pixels[colour] >= 20);
        }
        // Claims absent from the events leave their colour unused.
        for (const char* claim : {"captured", "advanced", "attacked", "struck", "withdrew", "deployed"}) {
            if (expected.event_claims.count(claim)) continue;
            auto colour = claim_rule(renderer, claim)->at("symbol").at(1).at("color").get<std::vector<int>>();
            colour.resize(3);
            CHECK(pixels[colour] == 0);
        }
        // The ring of each side present: a 4 mm circle's 0.6 mm outline.
        REQUIRE(sides.size() >= 2);
        for (const auto& side : sides) {
            INFO("side ring " << (side.empty() ? "other" : side));
            auto colour = ring_colour(side);
            colour.resize(3);
            CHECK(pixels[colour] >= 10);
        }
    }

    {
        INFO("the project of --qgis-project opens with every layer valid, in reading order, styled");
        const auto& project = report.at("project");
        INFO("QGIS: " << project.at("error").get<std::string>());
        REQUIRE(project.at("read").get<bool>());
        CHECK(project.at("order").get<std::vector<std::string>>() ==
              std::vector<std::string>{"places", "events", "mentions", "regions", "front", "control"});
        CHECK(project.at("crs").get<std::string>() == "EPSG:3857");
        for (const auto& [name, layer] : project.at("layers").items()) {
            INFO("layer " << name);
            CHECK(layer.at("valid").get<bool>());
            CHECK(layer.at("crs").get<std::string>() == "EPSG:4326");
            CHECK(layer.at("visible").get<bool>() == (name != "mentions"));
            if (expected.counts.count(name)) CHECK(layer.at("feature_count").get<GIntBig>() == expected.counts.at(name));
            if (name != "places") CHECK(layer.at("temporal_active").get<bool>());
        }
        CHECK(project.at("layers").at("events").at("renderer").get<std::string>() == "pointDisplacement");
        CHECK(project.at("layers").at("control").at("renderer").get<std::string>() == "categorizedSymbol");
    }

    {
        INFO("one label per place: names come from the places layer only, each once");
        std::map<std::string, int> texts;
        for (const auto& label : report.at("png").at("labels")) {
            CHECK(label.at("layer").get<std::string>() == "places");
            ++texts[label.at("text").get<std::string>()];
        }
        REQUIRE(!texts.empty());
        for (const auto& [text, n] : texts) {
            INFO("label " << text);
            CHECK(n == 1);
        }
        // A place with several events is named (once, above).
        bool shared = false;
        for (const auto& [place, n] : expected.events_at_place)
            if (n > 1) {
                shared = true;
                INFO("place " << expected.place_names.at(place) << " has " << n << " events");
                CHECK(texts.count(expected.place_names.at(place)) == 1);
            }
        CHECK(shared);
    }
}
