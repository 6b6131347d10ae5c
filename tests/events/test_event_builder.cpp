#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <random>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "frontline/events/event_builder.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/place_layer.hpp"

using namespace frontline;
using namespace std::chrono;
namespace fs = std::filesystem;

namespace {

constexpr const char* kVuhledar = "geonames:688105";
constexpr const char* kKurakhove = "geonames:705812";
constexpr const char* kKurakhovo = "geonames:705811";

Date day(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / d}; }

Mention vuhledar_captured(const std::string& doc, Date event_date, Timestamp reported_at,
                          const std::string& sentence =
                              "Russian forces captured Vuhledar, the defence ministry said.") {
    Mention m;
    m.doc = doc;
    m.char_start = 10;
    m.char_end = 18;
    m.mention_id = doc + ":10-18";
    m.surface = "Vuhledar";
    m.place_id = kVuhledar;
    m.place_name = "Vuhledar";
    m.kind = PlaceKind::settlement;
    m.country = "UA";
    m.admin1 = "Donetsk Oblast";
    m.lat = 47.77973;
    m.lon = 37.24999;
    m.resolution_score = 0.9;
    m.geo_precision = GeoPrecision::exact;
    m.claim = "captured";
    m.actor = "Russian forces";
    m.actor_side = "RU";
    m.claimant = "Russian Defence Ministry";
    m.claimant_side = "RU";
    m.status = "asserted";
    m.modality = "reported";
    m.event_date = event_date;
    m.date_precision = "day";
    m.reported_at = reported_at;
    m.sentence = sentence;
    return m;
}

Mention kurakhove(const std::string& id, const std::string& name, double lat, double lon, const std::string& doc) {
    Mention m = vuhledar_captured(doc, day(2025, 1, 6), sys_days{day(2025, 1, 6)} + hours{9});
    m.place_id = id;
    m.place_name = name;
    m.surface = name;
    m.lat = lat;
    m.lon = lon;
    m.sentence = "Russia said it had captured " + name + ".";
    return m;
}

std::vector<Mention> sample_corpus() {
    const Date oct2 = day(2024, 10, 2);
    const Timestamp t = sys_days{oct2} + hours{12};
    std::vector<Mention> ms;
    // The same sentence in three documents (agency copy, live blog, update).
    ms.push_back(vuhledar_captured("reuters.txt", oct2, t));
    ms.push_back(vuhledar_captured("liveblog.txt", oct2, t + hours{1}));
    ms.push_back(vuhledar_captured("update.txt", oct2, t + hours{3}));
    // Ukraine disputes it on the same day.
    Mention ua = vuhledar_captured("kyiv.txt", oct2, t + hours{5},
                                   "Ukraine denied that Vuhledar had been captured.");
    ua.claimant = "General Staff of Ukraine";
    ua.claimant_side = "UA";
    ua.status = "denied";
    ms.push_back(ua);
    // A different date: a separate event.
    ms.push_back(vuhledar_captured("reuters2.txt", day(2024, 10, 1), t - hours{24},
                                   "Russian forces captured Vuhledar on Tuesday, Moscow claimed."));
    // Forecast, counterfactual, boilerplate: kept out.
    Mention f = vuhledar_captured("isw.txt", day(2024, 10, 5), t, "Russian forces will likely capture Vuhledar.");
    f.modality = "forecast";
    ms.push_back(f);
    Mention cf = vuhledar_captured("isw.txt", day(2024, 10, 5), t, "Had Vuhledar fallen, ...");
    cf.modality = "counterfactual";
    cf.char_start = 200;
    ms.push_back(cf);
    // An unresolved mention and a resolved one without a claim.
    Mention unresolved;
    unresolved.doc = "reuters.txt";
    unresolved.surface = "Ugledarsk";
    ms.push_back(unresolved);
    Mention noclaim = vuhledar_captured("map.txt", oct2, t + hours{30}, "A map of Vuhledar.");
    noclaim.claim = "none";
    ms.push_back(noclaim);
    return ms;
}

const Event* find_event(const std::vector<Event>& es, const std::string& place, Date d) {
    for (const auto& e : es)
        if (e.place_id == place && e.event_date == d) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("repeats across documents merge into one event", "[events]") {
    EventBuilder b;
    b.add(sample_corpus());
    const auto events = b.events();
    REQUIRE(events.size() == 2);  // 1 Oct and 2 Oct; forecast/counterfactual/none left out

    const Event* e = find_event(events, kVuhledar, day(2024, 10, 2));
    REQUIRE(e);
    CHECK(e->claim == "captured");
    CHECK(e->actor_side == std::optional<std::string>("RU"));
    CHECK(e->n_reports == 4);  // three verbatim copies + the denial
    CHECK(e->sources.size() == 4);
    CHECK(e->status == "disputed");  // asserted by RU, denied by UA
    CHECK(e->date_precision == "day");
    CHECK(e->first_reported == sys_days{day(2024, 10, 2)} + hours{12});
    CHECK(e->last_reported == sys_days{day(2024, 10, 2)} + hours{17});
    CHECK(e->quote == "Russian forces captured Vuhledar, the defence ministry said.");
    CHECK(e->claimants == std::vector<std::string>{"General Staff of Ukraine", "Russian Defence Ministry"});
    CHECK(e->lat == Approx(47.77973));
    CHECK(e->event_id.size() == 16);
    CHECK(e->event_id == EventBuilder::make_event_id(kVuhledar, "captured", "RU", "2024-10-02"));

    // Sorted by date: 1 Oct first.
    CHECK(events.front().event_date == day(2024, 10, 1));
    CHECK(events.front().n_reports == 1);
    CHECK(events.front().status == "asserted");
}

TEST_CASE("three verbatim repeats give n_reports 3 and three sources", "[events]") {
    EventBuilder b;
    const Date d = day(2024, 10, 2);
    for (const char* doc : {"a.txt", "b.txt", "c.txt"}) b.add(vuhledar_captured(doc, d, sys_days{d} + hours{12}));
    // The same sentence twice in one document is one report.
    auto again = vuhledar_captured("a.txt", d, sys_days{d} + hours{12});
    again.char_start = 400;
    b.add(again);
    const auto events = b.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].n_reports == 3);
    CHECK(events[0].sources == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
    CHECK(events[0].to_string_claimants_placeholder_unused == 0);
}
