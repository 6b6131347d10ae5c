#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <set>

#include <gdal_priv.h>
#include <nlohmann/json.hpp>
#include <ogrsf_frmts.h>

#include "frontline/error.hpp"
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

Date ymd(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / d}; }

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
    m.claim = ClaimType::captured;
    m.actor = "Russian forces";
    m.actor_side = "RU";
    m.claimant = "Russian Defence Ministry";
    m.claimant_side = "RU";
    m.status = ClaimStatus::asserted;
    m.modality = Modality::reported;
    m.event_date = event_date;
    m.date_precision = DatePrecision::day;
    m.reported_at = reported_at;
    m.sentence = sentence;
    return m;
}

Mention kurakhove(const std::string& id, const std::string& name, double lat, double lon, const std::string& doc) {
    Mention m = vuhledar_captured(doc, ymd(2025, 1, 6), sys_days{ymd(2025, 1, 6)} + hours{9});
    m.place_id = id;
    m.place_name = name;
    m.surface = name;
    m.lat = lat;
    m.lon = lon;
    m.sentence = "Russia said it had captured " + name + ".";
    return m;
}

std::vector<Mention> sample_corpus() {
    const Date oct2 = ymd(2024, 10, 2);
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
    ua.status = ClaimStatus::denied;
    ms.push_back(ua);
    // A different date: a separate event.
    ms.push_back(vuhledar_captured("reuters2.txt", ymd(2024, 10, 1), t - hours{24},
                                   "Russian forces captured Vuhledar on Tuesday, Moscow claimed."));
    // Forecast, counterfactual, boilerplate: kept out.
    Mention f = vuhledar_captured("isw.txt", ymd(2024, 10, 5), t, "Russian forces will likely capture Vuhledar.");
    f.modality = Modality::forecast;
    ms.push_back(f);
    Mention cf = vuhledar_captured("isw.txt", ymd(2024, 10, 5), t, "Had Vuhledar fallen, ...");
    cf.modality = Modality::counterfactual;
    cf.char_start = 200;
    ms.push_back(cf);
    // An unresolved mention and a resolved one without a claim.
    Mention unresolved;
    unresolved.doc = "reuters.txt";
    unresolved.surface = "Ugledarsk";
    ms.push_back(unresolved);
    Mention noclaim = vuhledar_captured("map.txt", oct2, t + hours{30}, "A map of Vuhledar.");
    noclaim.claim.reset();
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

    const Event* e = find_event(events, kVuhledar, ymd(2024, 10, 2));
    REQUIRE(e);
    CHECK(e->claim == ClaimType::captured);
    CHECK(e->actor_side == std::optional<std::string>("RU"));
    CHECK(e->n_reports == 4);  // three verbatim copies + the denial
    CHECK(e->sources.size() == 4);
    CHECK(e->status == ClaimStatus::disputed);  // asserted by RU, denied by UA
    CHECK(e->date_precision == DatePrecision::day);
    CHECK(e->first_reported == sys_days{ymd(2024, 10, 2)} + hours{12});
    CHECK(e->last_reported == sys_days{ymd(2024, 10, 2)} + hours{17});
    CHECK(e->quote == "Russian forces captured Vuhledar, the defence ministry said.");
    CHECK(e->claimants == std::vector<std::string>{"General Staff of Ukraine", "Russian Defence Ministry"});
    CHECK(e->lat == Approx(47.77973));
    CHECK(e->event_id.size() == 16);
    CHECK(e->event_id == EventBuilder::make_event_id(kVuhledar, "captured", "RU", "2024-10-02"));

    // Sorted by date: 1 Oct first.
    CHECK(events.front().event_date == ymd(2024, 10, 1));
    CHECK(events.front().n_reports == 1);
    CHECK(events.front().status == ClaimStatus::asserted);
}

TEST_CASE("three verbatim repeats give n_reports 3 and three sources", "[events]") {
    EventBuilder b;
    const Date d = ymd(2024, 10, 2);
    for (const char* doc : {"a.txt", "b.txt", "c.txt"}) b.add(vuhledar_captured(doc, d, sys_days{d} + hours{12}));
    // The same sentence twice in one document is one report.
    auto again = vuhledar_captured("a.txt", d, sys_days{d} + hours{12});
    again.char_start = 400;
    b.add(again);
    const auto events = b.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].n_reports == 3);
    CHECK(events[0].sources == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
    CHECK(to_json_array(events[0].sources) == R"(["a.txt","b.txt","c.txt"])");
    CHECK(events[0].confidence == Approx(0.9 * 1.0 * 0.95));
}

TEST_CASE("dates, precisions and modality decide what merges", "[events]") {
    const Date d = ymd(2024, 11, 4);
    const Timestamp t = sys_days{d} + hours{8};
    EventBuilder b;
    b.add(vuhledar_captured("a.txt", d, t, "s1"));
    auto report_day = vuhledar_captured("b.txt", d, t, "s2");
    report_day.date_precision = DatePrecision::report_day;
    b.add(report_day);  // merges with the day report
    b.add(vuhledar_captured("c.txt", ymd(2024, 11, 5), t, "s3"));  // next day: separate
    auto m1 = vuhledar_captured("d.txt", ymd(2024, 11, 20), t, "s4");
    m1.date_precision = DatePrecision::month;
    auto m2 = vuhledar_captured("e.txt", ymd(2024, 11, 3), t, "s5");
    m2.date_precision = DatePrecision::month;
    b.add(m1);
    b.add(m2);  // same month: one event on 1 Nov
    auto u1 = vuhledar_captured("f.txt", d, t, "s6");
    u1.date_precision = DatePrecision::unknown;
    auto u2 = vuhledar_captured("g.txt", ymd(2023, 1, 1), t, "s7");
    u2.event_date.reset();
    u2.date_precision.reset();
    b.add(u1);
    b.add(u2);  // unknown dates merge together
    auto ua = vuhledar_captured("h.txt", d, t, "s8");
    ua.actor_side = "UA";
    b.add(ua);  // other side: separate
    auto struck = vuhledar_captured("i.txt", d, t, "s9");
    struck.claim = ClaimType::struck;
    b.add(struck);  // other claim: separate
    for (const char* modality : {"forecast", "hypothetical", "counterfactual"}) {
        auto m = vuhledar_captured(std::string(modality) + ".txt", d, t, modality);
        m.modality = modality_from(modality);
        b.add(m);
    }
    auto boiler = vuhledar_captured("j.txt", d, t, "boilerplate");
    boiler.boilerplate = true;
    b.add(boiler);

    const auto events = b.events();
    REQUIRE(events.size() == 6);
    // Sorted by date (null last), then place, claim, side.
    CHECK(events[0].event_date == ymd(2024, 11, 1));
    CHECK(events[0].date_precision == DatePrecision::month);
    CHECK(events[0].n_reports == 2);
    CHECK(events[1].event_date == d);
    CHECK(events[1].claim == ClaimType::captured);
    CHECK(events[1].actor_side == std::optional<std::string>("RU"));
    CHECK(events[1].n_reports == 2);
    CHECK(events[1].date_precision == DatePrecision::day);
    CHECK(events[2].event_date == d);
    CHECK(events[2].actor_side == std::optional<std::string>("UA"));
    CHECK(events[3].event_date == d);
    CHECK(events[3].claim == ClaimType::struck);
    CHECK(events[4].event_date == ymd(2024, 11, 5));
    CHECK(!events[5].event_date);
    CHECK(events[5].date_precision == DatePrecision::unknown);
    CHECK(events[5].n_reports == 2);
    CHECK(events[5].event_id == EventBuilder::make_event_id(kVuhledar, "captured", "RU", "unknown"));
    for (const auto& e : events)
        for (const auto& s : e.sources) {
            CHECK(s != "forecast.txt");
            CHECK(s != "hypothetical.txt");
            CHECK(s != "counterfactual.txt");
            CHECK(s != "j.txt");
        }
}

TEST_CASE("report_day only keeps report_day precision — week windows", "[events]") {
    EventBuilder b;
    auto r = vuhledar_captured("a.txt", ymd(2024, 11, 4), sys_days{ymd(2024, 11, 4)});
    r.date_precision = DatePrecision::report_day;
    b.add(r);
    auto w1 = vuhledar_captured("b.txt", ymd(2024, 12, 31), sys_days{ymd(2025, 1, 2)}, "w1");  // Tue, ISO 2025-W01
    w1.date_precision = DatePrecision::week;
    auto w2 = vuhledar_captured("c.txt", ymd(2025, 1, 5), sys_days{ymd(2025, 1, 6)}, "w2");  // Sun, 2025-W01
    w2.date_precision = DatePrecision::week;
    b.add(w1);
    b.add(w2);
    const auto events = b.events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].date_precision == DatePrecision::report_day);
    CHECK(events[1].date_precision == DatePrecision::week);
    CHECK(events[1].event_date == ymd(2024, 12, 30));  // the Monday
    CHECK(events[1].n_reports == 2);
    CHECK(events[1].event_id == EventBuilder::make_event_id(kVuhledar, "captured", "RU", "2025-W01"));
}

TEST_CASE("status rule", "[events]") {
    auto status_for = [](std::vector<std::string> statuses) {
        EventBuilder b;
        int i = 0;
        for (const auto& s : statuses) {
            auto m = vuhledar_captured("d" + std::to_string(i), ymd(2024, 10, 2), sys_days{ymd(2024, 10, 2)},
                                       "s" + std::to_string(i));
            ++i;
            if (s.empty()) m.status.reset();
            else m.status = claim_status_from(s);
            b.add(m);
        }
        auto es = b.events();
        REQUIRE(es.size() == 1);
        return std::string(to_string(es[0].status));
    };
    CHECK(status_for({"asserted", "hedged"}) == "asserted");
    CHECK(status_for({"hedged", "hedged"}) == "hedged");
    CHECK(status_for({""}) == "asserted");
    CHECK(status_for({"hedged", "denied"}) == "disputed");
    CHECK(status_for({"disputed", "disputed"}) == "disputed");
    CHECK(status_for({"denied", "disputed"}) == "disputed");
    CHECK(status_for({"denied"}) == "denied");
}

/// Many documents naming a few places, with repeated sentences, several sides
/// (and none), statuses, dates and two GeoNames duplicates of one town.
std::vector<Mention> busy_corpus() {
    std::mt19937 rng(7);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    const std::vector<std::string> sides = {"RU", "UA", ""};
    const std::vector<std::string> statuses = {"asserted", "hedged", "disputed", "denied"};
    const std::vector<std::string> claims = {"captured", "attacked"};
    std::vector<Mention> out;
    for (int doc = 0; doc < 400; ++doc) {
        // Document ids repeat now and then (the same page in two inputs).
        const std::string id = "doc-" + std::to_string(doc % 7 == 6 ? doc - 3 : doc);
        for (int k = 0; k < 8; ++k) {
            const Date day = ymd(2024, 10, 1) + days{static_cast<int>(pick(12))};
            Mention m;
            switch (pick(3)) {
                case 0: m = vuhledar_captured(id, day, sys_days{day} + hours{pick(24)}); break;
                case 1: m = kurakhove(kKurakhove, "Kurakhove", 47.98333, 37.28333, id); break;
                default: m = kurakhove(kKurakhovo, "Kurakhovo", 47.96535, 37.27690, id); break;
            }
            m.char_start = 10 * k;
            m.sentence = "Sentence " + std::to_string(pick(40)) + " about " + *m.place_name + ".";
            m.claim = claim_type_from(claims[pick(claims.size())]);
            if (const std::string& side = sides[pick(sides.size())]; side.empty()) m.actor_side.reset();
            else m.actor_side = side;
            m.status = claim_status_from(statuses[pick(statuses.size())]);
            m.claimant = "Claimant " + std::to_string(pick(3));
            m.resolution_score = 0.5 + 0.05 * double(pick(10));
            if (pick(5) == 0) m.date_precision = DatePrecision::report_day;
            out.push_back(m);
        }
    }
    return out;
}

TEST_CASE("a builder that spills its reports to disk gives the same events and places", "[events][spill]") {
    const auto corpus = busy_corpus();
    EventBuilder in_memory;
    in_memory.add(corpus);
    EventBuilderOptions tiny;
    tiny.spill = {64 * 32, 4 * 32, 3};  // runs of 64 records, merged 3 at a time
    EventBuilder spilling(tiny);
    spilling.add(corpus);

    const auto expected = in_memory.events();
    for (int visit = 0; visit < 2; ++visit) {  // visiting twice changes nothing
        const auto events = spilling.events();
        REQUIRE(events.size() == expected.size());
        REQUIRE(events.size() > 50);
        for (std::size_t i = 0; i < events.size(); ++i) {
            CHECK(events[i].event_id == expected[i].event_id);
            CHECK(events[i].place_ids == expected[i].place_ids);
            CHECK(events[i].n_reports == expected[i].n_reports);
            CHECK(events[i].sources == expected[i].sources);
            CHECK(events[i].claimants == expected[i].claimants);
            CHECK(events[i].status == expected[i].status);
            CHECK(events[i].date_precision == expected[i].date_precision);
            CHECK(events[i].quote == expected[i].quote);
            CHECK(events[i].confidence == expected[i].confidence);
        }
    }
    const auto places = spilling.places();
    const auto expected_places = in_memory.places();
    REQUIRE(places.size() == expected_places.size());
    for (std::size_t i = 0; i < places.size(); ++i) {
        CHECK(places[i].n_documents == expected_places[i].n_documents);
        CHECK(places[i].n_mentions == expected_places[i].n_mentions);
    }
    // Repeated document ids count once: each place's distinct ids, from the corpus.
    std::map<std::string, std::set<std::string>> docs_of;
    for (const Mention& m : corpus) docs_of[*m.place_id].insert(m.doc);
    for (const PlaceSummary& p : expected_places)
        CHECK(p.n_documents == static_cast<std::int64_t>(docs_of[p.place_id].size()));

    SECTION("and merging spilled builders too") {
        EventBuilder w1(tiny), w2(tiny);
        for (std::size_t i = 0; i < corpus.size(); ++i) (i % 2 ? w1 : w2).add(corpus[i]);
        w1.merge(w2);
        const auto merged = w1.events();
        REQUIRE(merged.size() == expected.size());
        for (std::size_t i = 0; i < merged.size(); ++i) {
            CHECK(merged[i].n_reports == expected[i].n_reports);
            CHECK(merged[i].sources == expected[i].sources);
        }
        const auto merged_places = w1.places();
        for (std::size_t i = 0; i < merged_places.size(); ++i)
            CHECK(merged_places[i].n_documents == expected_places[i].n_documents);
    }
}

TEST_CASE("event ids and output do not depend on input order or builder", "[events]") {
    auto corpus = sample_corpus();
    corpus.push_back(kurakhove(kKurakhove, "Kurakhove", 47.98333, 37.28333, "k1.txt"));
    corpus.push_back(kurakhove(kKurakhovo, "Kurakhovo", 47.96535, 37.27690, "k2.txt"));

    EventBuilder first;
    first.add(corpus);
    const auto reference = first.events();
    const auto reference_places = first.places();

    std::mt19937 rng(42);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(corpus.begin(), corpus.end(), rng);
        EventBuilder other;
        other.add(corpus);
        const auto events = other.events();
        REQUIRE(events.size() == reference.size());
        for (std::size_t i = 0; i < events.size(); ++i) {
            CHECK(events[i].event_id == reference[i].event_id);
            CHECK(events[i].n_reports == reference[i].n_reports);
            CHECK(events[i].quote == reference[i].quote);
            CHECK(events[i].confidence == reference[i].confidence);
            CHECK(events[i].status == reference[i].status);
            CHECK(events[i].place_id == reference[i].place_id);
            CHECK(events[i].claimants == reference[i].claimants);
        }
        const auto places = other.places();
        REQUIRE(places.size() == reference_places.size());
        for (std::size_t i = 0; i < places.size(); ++i) {
            CHECK(places[i].place_id == reference_places[i].place_id);
            CHECK(places[i].latest_claim == reference_places[i].latest_claim);
            CHECK(places[i].latest_event_date == reference_places[i].latest_event_date);
            CHECK(places[i].n_mentions == reference_places[i].n_mentions);
        }
    }

    // Two workers, each with half of the documents, merged.
    EventBuilder w1, w2;
    for (std::size_t i = 0; i < corpus.size(); ++i) (i % 2 ? w1 : w2).add(corpus[i]);
    w1.merge(w2);
    const auto merged = w1.events();
    REQUIRE(merged.size() == reference.size());
    for (std::size_t i = 0; i < merged.size(); ++i) {
        CHECK(merged[i].event_id == reference[i].event_id);
        CHECK(merged[i].n_reports == reference[i].n_reports);
        CHECK(merged[i].confidence == reference[i].confidence);
    }
    // The documented derivation, pinned: a change here breaks upserts on event_id.
    // (Checked independently: FNV-1a 64 + splitmix64 finaliser of the key string.)
    CHECK(EventBuilder::make_event_id("geonames:688105", "captured", "RU", "2024-10-02") == "d4251325f43f45e0");
    CHECK(EventBuilder::make_event_id("a", "b", "c", "d") != EventBuilder::make_event_id("a", "b", "", "d"));
}

TEST_CASE("GeoNames duplicates 2 km apart merge — distinct places do not", "[events]") {
    EventBuilder b;
    b.add(kurakhove(kKurakhove, "Kurakhove", 47.98333, 37.28333, "k1.txt"));
    b.add(kurakhove(kKurakhovo, "Kurakhovo", 47.96535, 37.27690, "k2.txt"));  // ~2.1 km
    // A differently named village as close: stays its own event.
    b.add(kurakhove("geonames:1", "Dalnie", 47.97, 37.29, "k3.txt"));
    // Same name but far away: its own event.
    b.add(kurakhove("geonames:2", "Kurakhove", 48.5, 38.0, "k4.txt"));
    const auto events = b.events();
    REQUIRE(events.size() == 3);
    const Event* k = nullptr;
    for (const auto& e : events)
        if (e.place_ids.size() == 2) k = &e;
    REQUIRE(k);
    CHECK(k->place_id == kKurakhovo);  // the smaller id represents the cluster
    CHECK(k->place_name == "Kurakhovo");
    CHECK(k->place_ids == std::vector<std::string>{kKurakhovo, kKurakhove});
    CHECK(k->n_reports == 2);
    CHECK(k->sources == std::vector<std::string>{"k1.txt", "k2.txt"});

    // Clustering off: four events.
    EventBuilder off({0.0, true});
    off.add(kurakhove(kKurakhove, "Kurakhove", 47.98333, 37.28333, "k1.txt"));
    off.add(kurakhove(kKurakhovo, "Kurakhovo", 47.96535, 37.27690, "k2.txt"));
    CHECK(off.events().size() == 2);
}

TEST_CASE("places layer counts", "[events]") {
    EventBuilder b;
    b.add(sample_corpus());
    b.add(kurakhove(kKurakhove, "Kurakhove", 47.98333, 37.28333, "k1.txt"));
    const auto places = b.places();
    REQUIRE(places.size() == 2);
    const auto& k = places[1];  // sorted by place_id: 688105 < 705812
    CHECK(k.place_id == kKurakhove);
    CHECK(k.n_mentions == 1);
    CHECK(k.n_documents == 1);
    const auto& v = places[0];
    CHECK(v.place_id == kVuhledar);
    CHECK(v.place_name == "Vuhledar");
    CHECK(v.kind == PlaceKind::settlement);
    CHECK(v.country == std::optional<std::string>("UA"));
    CHECK(v.admin1 == std::optional<std::string>("Donetsk Oblast"));
    CHECK(v.n_mentions == 8);   // all resolved mentions (forecasts and those without a claim included)
    CHECK(v.n_documents == 7);  // reuters, liveblog, update, kyiv, reuters2, isw, map
    // Latest claim: forecasts, denials and mentions without a claim do not count.
    CHECK(v.latest_claim == ClaimType::captured);
    CHECK(v.latest_actor_side == std::optional<std::string>("RU"));
    CHECK(v.latest_event_date == ymd(2024, 10, 2));
    CHECK(v.first_mentioned == sys_days{ymd(2024, 10, 1)} + hours{12});
    CHECK(v.last_mentioned == sys_days{ymd(2024, 10, 2)} + hours{42});
}

TEST_CASE("events and places layers write to GeoPackage with typed fields", "[events]") {
    const fs::path dir = fs::path(FRONTLINE_TEST_TMP) / "events" / "gpkg";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path out = dir / "front.gpkg";

    EventBuilder b;
    b.add(sample_corpus());
    const auto events = b.events();
    const auto places = b.places();
    {
        OutputOptions o;
        o.destination = out.string();
        LayerSetWriter w(o);
        w.begin_layer(events_layer_schema());
        for (const auto& e : events) w.write(to_feature(e));
        w.begin_layer(places_layer_schema());
        for (const auto& p : places) w.write(to_feature(p));
        w.commit();
    }

    GDALAllRegister();
    GDALDatasetUniquePtr ds(GDALDataset::Open(out.string().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    REQUIRE(ds);
    auto type_of = [](OGRLayer& layer, const char* name) {
        const int i = layer.GetLayerDefn()->GetFieldIndex(name);
        REQUIRE(i >= 0);
        return layer.GetLayerDefn()->GetFieldDefn(i)->GetType();
    };

    OGRLayer* ev = ds->GetLayerByName("events");
    REQUIRE(ev);
    CHECK(ev->GetFeatureCount() == static_cast<GIntBig>(events.size()));
    CHECK(type_of(*ev, "event_date") == OFTDate);
    CHECK(type_of(*ev, "first_reported") == OFTDateTime);
    CHECK(type_of(*ev, "last_reported") == OFTDateTime);
    CHECK((type_of(*ev, "n_reports") == OFTInteger || type_of(*ev, "n_reports") == OFTInteger64));
    CHECK(type_of(*ev, "confidence") == OFTReal);
    CHECK(type_of(*ev, "claimants") == OFTString);
    bool found = false;
    for (auto& f : *ev) {
        const std::string id = f->GetFieldAsString("event_id");
        CHECK(f->GetFID() == stable_feature_id(id));
        if (id == EventBuilder::make_event_id(kVuhledar, "captured", "RU", "2024-10-02")) {
            found = true;
            CHECK(f->GetFieldAsInteger("n_reports") == 4);
            CHECK(std::string(f->GetFieldAsString("event_date")) == "2024/10/02");
            CHECK(std::string(f->GetFieldAsString("sources")) ==
                  R"(["kyiv.txt","liveblog.txt","reuters.txt","update.txt"])");
            const OGRGeometry* g = f->GetGeometryRef();
            REQUIRE(g);
            CHECK(g->toPoint()->getX() == Approx(37.24999));
            CHECK(g->toPoint()->getY() == Approx(47.77973));
        }
    }
    CHECK(found);

    OGRLayer* pl = ds->GetLayerByName("places");
    REQUIRE(pl);
    CHECK(pl->GetFeatureCount() == static_cast<GIntBig>(places.size()));
    CHECK(type_of(*pl, "latest_event_date") == OFTDate);
    CHECK(type_of(*pl, "first_mentioned") == OFTDateTime);
    CHECK(type_of(*pl, "n_mentions") == OFTInteger64);
    CHECK(type_of(*pl, "n_documents") == OFTInteger);
    for (auto& f : *pl) {
        CHECK(f->GetFID() == stable_feature_id(f->GetFieldAsString("place_id")));
        CHECK(f->GetFieldAsInteger64("n_mentions") == 8);
    }
}

TEST_CASE("to_json_array writes what nlohmann::json would", "[events]") {
    const std::vector<std::vector<std::string>> cases = {
        {},
        {""},
        {"a.txt", "b.txt"},
        {"say \"no\"", "back\\slash", "tab\there", "line\nbreak", "cr\r", "bell\x07", "\x1f unit", "del\x7f"},
        {"Міністерство оборони", "ДСНС", "emoji \xF0\x9F\x98\x80"},
        {"bad \xC3 byte", "fine"},  // invalid UTF-8: nlohmann's replacement
    };
    for (const auto& values : cases) {
        nlohmann::json j = nlohmann::json::array();
        for (const auto& v : values) j.push_back(v);
        CHECK(to_json_array(values) == j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

TEST_CASE("regions, countries and directions are never points — events carry kind and geo_precision", "[events]") {
    const Date d = ymd(2024, 8, 10);
    const Timestamp t = sys_days{d} + hours{9};
    EventBuilder b;
    b.add(vuhledar_captured("a.txt", d, t));
    // "Ukrainian forces captured territory in Kursk Oblast": a region.
    Mention region = vuhledar_captured("b.txt", d, t, "Ukraine captured ground in Kursk Oblast.");
    region.place_id = "geonames:538555";
    region.place_name = "Kursk Oblast";
    region.kind = PlaceKind::admin1;
    region.country = "RU";
    region.geo_precision = GeoPrecision::region;
    region.actor_side = "UA";
    region.lat.reset();  // a region needs no point to be an event
    region.lon.reset();
    b.add(region);
    // "captured two settlements in eastern Ukraine": a country-level place.
    Mention country = vuhledar_captured("c.txt", d, t, "Russia captured two settlements in eastern Ukraine.");
    country.place_id = "geonames:690791";
    country.place_name = "Ukraine";
    country.kind = PlaceKind::country;
    country.geo_precision = GeoPrecision::country;
    b.add(country);
    // "advances in the Pokrovsk direction" is an axis, not the town.
    Mention direction = vuhledar_captured("d.txt", d, t, "Russia advanced in the Pokrovsk direction.");
    direction.place_id = "geonames:708546";
    direction.place_name = "Pokrovsk";
    direction.geo_precision = GeoPrecision::direction;
    b.add(direction);

    const auto events = b.events();
    REQUIRE(events.size() == 2);
    const Event* town = find_event(events, kVuhledar, d);
    REQUIRE(town);
    CHECK(town->kind == std::optional<PlaceKind>(PlaceKind::settlement));
    CHECK(town->geo_precision == GeoPrecision::exact);
    CHECK(std::holds_alternative<LonLat>(to_feature(*town).geometry));

    const Event* oblast = find_event(events, "geonames:538555", d);
    REQUIRE(oblast);
    CHECK(oblast->kind == std::optional<PlaceKind>(PlaceKind::admin1));
    CHECK(oblast->geo_precision == GeoPrecision::region);
    const Feature f = to_feature(*oblast);
    CHECK(std::holds_alternative<std::monostate>(f.geometry));  // no point at the centroid
    const auto schema = events_layer_schema();
    REQUIRE(f.values.size() == schema.fields.size());
    CHECK(schema.fields[3].name == "kind");
    CHECK(schema.fields[4].name == "geo_precision");
    CHECK(std::get<std::string>(f.values[3]) == "admin1");
    CHECK(std::get<std::string>(f.values[4]) == "region");

    // The places layer says the same: the oblast is an area, not a point.
    for (const PlaceSummary& p : b.places()) {
        const Feature pf = to_feature(p);
        CHECK(places_layer_schema().fields[3].name == "geo_precision");
        if (p.place_id == "geonames:538555") {
            CHECK(std::holds_alternative<std::monostate>(pf.geometry));
            CHECK(std::get<std::string>(pf.values[3]) == "region");
        }
        if (p.place_id == kVuhledar) CHECK(std::get<std::string>(pf.values[3]) == "exact");
    }
}

TEST_CASE("events list the links of the reports behind them", "[events]") {
    const Date d = ymd(2024, 10, 2);
    EventBuilder b;
    Mention linked = vuhledar_captured("feed-17", d, sys_days{d} + hours{12});
    linked.url = "https://example.org/news/vuhledar";
    b.add(linked);
    b.add(vuhledar_captured("notes.txt", d, sys_days{d} + hours{13}));  // a file without a link: its name
    const auto events = b.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].sources == std::vector<std::string>{"https://example.org/news/vuhledar", "notes.txt"});
    CHECK(events[0].n_reports == 2);
}

TEST_CASE("events are valid over the days their date stands for: a day, a week, a month", "[events]") {
    const auto schema = events_layer_schema();
    auto field = [&](const Feature& f, const std::string& name) -> const FieldValue& {
        for (std::size_t i = 0; i < schema.fields.size(); ++i)
            if (schema.fields[i].name == name) return f.values.at(i);
        FAIL("no field " << name);
        return f.values.at(0);
    };
    Event e;
    e.event_id = "x";
    e.event_date = ymd(2024, 11, 4);
    e.date_precision = DatePrecision::day;
    CHECK(std::get<Date>(field(to_feature(e), "valid_from")) == ymd(2024, 11, 4));
    CHECK(std::get<Date>(field(to_feature(e), "valid_to")) == ymd(2024, 11, 5));
    e.date_precision = DatePrecision::week;  // event_date is the week's Monday
    CHECK(std::get<Date>(field(to_feature(e), "valid_to")) == ymd(2024, 11, 11));
    e.event_date = ymd(2024, 12, 1);
    e.date_precision = DatePrecision::month;
    CHECK(std::get<Date>(field(to_feature(e), "valid_to")) == ymd(2025, 1, 1));
    e.event_date.reset();
    CHECK(std::holds_alternative<std::monostate>(field(to_feature(e), "valid_from")));
    CHECK(std::holds_alternative<std::monostate>(field(to_feature(e), "valid_to")));
}

// Issue #17: a scheduled run rebuilds only the events of the windows its
// documents touch, from those windows' mentions, telling the builder which
// other places have events. That must give the events a builder of every
// mention gives, clusters included.
TEST_CASE("the events of one window, made from its mentions and the places with events, are those of all mentions",
          "[events]") {
    std::vector<Mention> corpus = busy_corpus();
    // A chain: Kurakhovo South is near Kurakhovo (2 km) but not Kurakhove
    // (4 km); Kurakhovo has events only on another day, yet links the three.
    const Date day1 = ymd(2024, 11, 1), day2 = ymd(2024, 11, 2);
    auto at = [&](const char* id, const char* name, double lat, double lon, const std::string& doc, Date d) {
        Mention m = kurakhove(id, name, lat, lon, doc);
        m.event_date = d;
        m.reported_at = sys_days{d} + hours{10};
        return m;
    };
    corpus.push_back(at(kKurakhove, "Kurakhove", 47.98333, 37.28333, "chain-a", day1));
    corpus.push_back(at("geonames:705810", "Kurakhovo", 47.9475, 37.2705, "chain-c", day1));
    corpus.push_back(at(kKurakhovo, "Kurakhovo", 47.96535, 37.27690, "chain-b", day2));
    Mention other_side = at("geonames:705810", "Kurakhovo", 47.9475, 37.2705, "chain-d", day1);
    other_side.actor_side.reset();  // joins a sided event of its window
    corpus.push_back(other_side);

    EventBuilder all;
    all.add(corpus);
    auto text = [](const Event& e) {
        std::ostringstream s;
        s << e.event_id << ' ' << e.place_id << ' ' << e.place_name << ' ' << e.lat << ',' << e.lon << ' '
          << (e.kind ? to_string(*e.kind) : "-") << ' ' << to_string(e.geo_precision) << ' ' << e.n_reports << ' ' << to_json_array(e.place_ids) << ' '
          << to_json_array(e.sources) << ' ' << to_json_array(e.claimants) << ' ' << to_string(e.status) << ' '
          << to_string(e.date_precision) << ' ' << e.quote << ' ' << e.confidence;
        return s.str();
    };
    std::vector<std::string> expected;
    for (const Event& e : all.events()) expected.push_back(text(e));

    std::map<std::string, std::vector<Mention>> by_window;
    for (const Mention& m : corpus)
        if (const std::string w = EventBuilder::window_key(m); !w.empty()) by_window[w].push_back(m);
    REQUIRE(by_window.size() > 10);
    std::vector<std::string> rebuilt;
    std::size_t chain_events = 0;
    for (const auto& [window, mentions] : by_window) {
        EventBuilder some;
        for (const Mention& m : corpus) some.add_cluster_place(m);
        some.add(mentions);
        for (const Event& e : some.events()) {
            rebuilt.push_back(text(e));
            // Both days' events are drawn at the cluster's smallest id, also on
            // day 2, whose builder knows that place only as one with events.
            if (e.place_id == "geonames:705810" && (e.event_date == day1 || e.event_date == day2)) {
                ++chain_events;
                CHECK(e.place_name == "Kurakhovo");
                CHECK(e.lat == 47.9475);
            }
        }
        // Without the places with events elsewhere the chain breaks.
        if (window == "captured|2024-11-01") {
            EventBuilder alone;
            alone.add(mentions);
            for (const Event& e : alone.events()) CHECK(e.place_ids.size() == 1);
        }
    }
    std::sort(expected.begin(), expected.end());
    std::sort(rebuilt.begin(), rebuilt.end());
    CHECK(rebuilt == expected);
    CHECK(chain_events == 2);  // day 1 (Kurakhove and Kurakhovo South merged) and day 2

    EventBuilder nodes;
    for (const Mention& m : corpus) nodes.add_cluster_place(m);
    CHECK(nodes.events().empty());
    CHECK(nodes.places().empty());
    CHECK(nodes.place_clusters() ==
          std::vector<std::vector<std::string>>{{"geonames:705810", kKurakhovo, kKurakhove}});
    CHECK(EventBuilder::window_key(corpus.back()) == "captured|2024-11-01");
    Mention forecast = corpus.back();
    forecast.modality = Modality::forecast;
    CHECK(EventBuilder::window_key(forecast).empty());
}

TEST_CASE("a place's aggregate, kept and added to, makes the summary of all its mentions", "[events][update]") {
    std::vector<Mention> corpus = busy_corpus();
    // Fields that fold by minimum and maximum, varied: another spelling and
    // point, no country, an undated report, a denied latest claim.
    Mention odd = kurakhove(kKurakhove, "Kurachowe", 47.98, 37.28, "doc-odd");
    odd.country.reset();
    corpus.push_back(odd);
    Mention undated = vuhledar_captured("doc-undated", ymd(2024, 12, 1), sys_days{ymd(2024, 12, 1)});
    undated.event_date.reset();
    corpus.push_back(undated);
    Mention denied = vuhledar_captured("doc-denied", ymd(2025, 2, 1), sys_days{ymd(2025, 2, 1)} + hours{3});
    denied.status = ClaimStatus::denied;
    corpus.push_back(denied);

    EventBuilder all;
    all.add(corpus);
    // Split by document id: the aggregate never counts a document of the mentions added to it.
    std::vector<Mention> kept, added;
    for (const Mention& m : corpus) (std::hash<std::string>{}(m.doc) % 3 == 0 ? added : kept).push_back(m);
    REQUIRE(!kept.empty());
    REQUIRE(!added.empty());
    EventBuilder first;
    first.add(kept);
    const auto aggregates = first.place_aggregates();
    REQUIRE(aggregates.size() == 3);

    EventBuilder next;  // a later run: the stored aggregates, then the new mentions
    for (const auto& [place, text] : aggregates) next.add_place_aggregate(place, text);
    next.add(added);
    const auto expected = all.places(), got = next.places();
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO(expected[i].place_id);
        const Feature e = to_feature(expected[i]), g = to_feature(got[i]);
        CHECK(g.fid == e.fid);
        CHECK(g.values == e.values);
        CHECK(got[i].lat == expected[i].lat);
        CHECK(got[i].lon == expected[i].lon);
        CHECK(got[i].n_documents == expected[i].n_documents);
    }
    // Aggregates of aggregates: the text is what all gives.
    CHECK(next.place_aggregates() == all.place_aggregates());
    CHECK_THROWS_AS(next.add_place_aggregate("geonames:1", "{\"name\":"), Error);
}
