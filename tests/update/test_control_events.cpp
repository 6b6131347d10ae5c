// The events the derived layers are made from, read from the state's rows of
// captures and withdrawals only (control_events), are those a build of every
// mention makes (issue #17): where another claim's events link places into a
// cluster, where a place that once linked one has no events left, and where
// a document id stored under two sources counts its first source's mentions.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <variant>

#include "frontline/derive/control.hpp"
#include "frontline/output/event_layer.hpp"
#include "frontline/update/control_events.hpp"
#include "frontline/update/mention_json.hpp"
#include "update_test_util.hpp"

using namespace update_test;
using namespace frontline;

namespace {

struct Place {
    const char* id;
    const char* name;
    double lat, lon;
};

// Three settlements on a line about 2.2 km apart with similar names: A and
// C, 4.4 km apart, are one cluster only through B (single linkage).
const Place A{"1001", "Kurakhove", 47.9800, 37.2800};
const Place B{"1002", "Kurakhovo", 47.9800, 37.3100};
const Place C{"1003", "Kurakhova", 47.9800, 37.3400};
const Place D{"2001", "Selydove", 48.1500, 37.3000};

Mention mention(const std::string& doc, int n, const Place& p, ClaimType claim, const char* side, const char* day) {
    Mention m;
    m.doc = doc;
    m.mention_id = doc + "#" + std::to_string(n);
    m.char_start = n * 100;
    m.char_end = n * 100 + 8;
    m.surface = p.name;
    m.place_id = p.id;
    m.place_name = p.name;
    m.kind = PlaceKind::settlement;
    m.country = "UA";
    m.lat = p.lat;
    m.lon = p.lon;
    m.resolution_score = 0.9;
    m.geo_precision = GeoPrecision::exact;
    m.claim = claim;
    m.actor_side = side;
    m.status = ClaimStatus::asserted;
    m.event_date = std::chrono::floor<std::chrono::days>(*parse_iso_timestamp(day));
    m.date_precision = DatePrecision::day;
    m.reported_at = parse_iso_timestamp(std::string(day) + "T12:00:00Z");
    m.sentence = std::string("Sentence ") + std::to_string(n) + " of " + doc + " about " + p.name + ".";
    return m;
}

// As a run stores a document: its mentions, its rows by place and window,
// and the places with events (update.cpp, store_rows).
void store(update::StateStore& state, const std::string& source, const std::string& doc_id,
           const std::vector<Mention>& mentions) {
    state.put_document(source, source, doc_id, "hash", update::mentions_to_json(mentions), "2024-11-30T00:00:00Z");
    std::vector<update::MentionRow> rows;
    for (const Mention& m : mentions) {
        const std::string w = EventBuilder::window_key(m);
        const std::string json = update::mention_to_json(m).dump();
        rows.push_back({*m.place_id, w, m.mention_id, json});
        if (!w.empty()) state.put_event_place(*m.place_id, json);
    }
    state.put_mention_rows(source, doc_id, rows);
}

std::string text(const FieldValue& v) {
    return std::visit(
        [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>) return "<null>";
            else if constexpr (std::is_same_v<T, std::string>) return x;
            else if constexpr (std::is_same_v<T, Date>) return format_date(x);
            else if constexpr (std::is_same_v<T, Timestamp>) return format_timestamp(x);
            else {
                std::ostringstream s;
                s.precision(17);
                s << x;
                return s.str();
            }
        },
        v);
}

// One event as text: its FID and every value of its feature.
std::string line_of(const Event& e) {
    const Feature f = to_feature(e);
    std::string line = std::to_string(*f.fid);
    for (const auto& v : f.values) line += "|" + text(v);
    if (const auto* p = std::get_if<LonLat>(&f.geometry)) line += "|" + text(p->lon) + " " + text(p->lat);
    return line;
}

// What a rewrite derives from: every document in (doc_id, source) order,
// each mention id once, every event; then the claims derive_control reads.
std::vector<std::string> rewrite_events(update::StateStore& state) {
    EventBuilder all;
    std::set<std::string> ids;
    state.for_each_document([&](const std::string&, const std::string&, const std::string& json) {
        for (const Mention& m : update::mentions_from_json(json))
            if (ids.insert(m.mention_id).second) all.add(m);
    });
    std::vector<std::string> out;
    all.for_each_event([&](Event&& e) {
        if (derives_control(e.claim)) out.push_back(line_of(e));
    });
    return out;
}

std::vector<std::string> from_rows(update::StateStore& state, update::Logger& log) {
    std::vector<std::string> out;
    for (const Event& e : update::control_events(state, log)) out.push_back(line_of(e));
    return out;
}

}  // namespace

TEST_CASE("control_events: captures and withdrawals from the state's rows, as a build of every mention makes them",
          "[update][derived]") {
    const fs::path dir = fresh_dir("control_events");
    update::StateStore state(dir / "state.sqlite");
    std::ostringstream sink;
    update::Logger log(sink, update::LogFormat::text, update::LogLevel::error);
    state.begin();
    // C is captured; A and B have only attacks, which link A, B and C into
    // one cluster whose representative is A (the smallest id): the capture
    // is A's event, named after A.
    store(state, "s1", "d1", {mention("d1", 1, C, ClaimType::captured, "RU", "2024-11-15")});
    store(state, "s1", "d2", {mention("d2", 1, A, ClaimType::attacked, "RU", "2024-11-14"),
                              mention("d2", 2, B, ClaimType::attacked, "RU", "2024-11-14")});
    // A withdrawal elsewhere, and a document id under two sources whose
    // mention #1 the first source places at D and the second at A.
    store(state, "s1", "d3", {mention("d3", 1, D, ClaimType::withdrew, "UA", "2024-11-20")});
    store(state, "s1", "d4", {mention("d4", 1, D, ClaimType::captured, "RU", "2024-11-22")});
    store(state, "s2", "d4", {mention("d4", 1, A, ClaimType::captured, "RU", "2024-11-22"),
                              mention("d4", 2, D, ClaimType::captured, "RU", "2024-11-23")});
    REQUIRE(state.shared_doc_ids() == std::set<std::string>{"d4"});
    const auto linked = rewrite_events(state);
    CHECK(from_rows(state, log) == linked);
    CHECK(linked.size() == 4);  // C's capture, D's withdrawal and its two captures
    bool named_after_a = false;
    for (const std::string& e : linked) named_after_a = named_after_a || e.find("|Kurakhove|") != std::string::npos;
    CHECK(named_after_a);

    // B's attacks go: B stays in the state's event places (they only grow),
    // but no longer links A to C, whose capture is its own place's again.
    store(state, "s1", "d2", {mention("d2", 1, A, ClaimType::attacked, "RU", "2024-11-14")});
    const auto split = rewrite_events(state);
    CHECK(from_rows(state, log) == split);
    CHECK(split != linked);
    state.commit();
}
