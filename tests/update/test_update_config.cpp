// frontline::update: config parsing, mention JSON, feed parsing (in process).
#include <catch2/catch.hpp>

#include "frontline/update/config.hpp"
#include "frontline/update/feed.hpp"
#include "frontline/update/mention_json.hpp"

using namespace frontline;
using namespace frontline::update;

namespace {

bool has_problem(const ConfigResult& r, std::uint32_t line, const std::string& text) {
    for (const auto& p : r.problems)
        if (p.where.line == line && p.message.find(text) != std::string::npos) return true;
    return false;
}

std::string all_problems(const ConfigResult& r) {
    std::string s;
    for (const auto& p : r.problems) s += p.to_string() + "\n";
    return s;
}

}  // namespace

TEST_CASE("update config: a complete config parses, relative paths anchored at the config", "[update]") {
    auto r = parse_config(R"(
gazetteer = "gaz/ua.fgz"
[state]
path = "state.sqlite"
forget_missing = true
[feeds]
timeout = 5
retries = 1
[limits]
jobs = 2
[[sources]]
path = "reports/*.txt"
[[sources]]
feed = "https://example.org/rss"
max_bytes = 100000
[[outputs]]
path = "out/layers.gpkg"
lco = ["SPATIAL_INDEX=NO"]
[[outputs]]
connection = "PG:dbname=war"
[derived]
as_of = [2024-11-07, "2024-11-01"]
)",
                          "/etc/frontline/update.toml");
    INFO(all_problems(r));
    REQUIRE(r.ok());
    const UpdateConfig& c = *r.config;
    CHECK(c.state_path == "/etc/frontline/state.sqlite");
    CHECK(c.forget_missing);
    REQUIRE(c.gazetteer);
    CHECK(*c.gazetteer == "/etc/frontline/gaz/ua.fgz");
    REQUIRE(c.sources.size() == 2);
    CHECK(c.sources[0].kind == SourceConfig::Kind::path);
    CHECK(c.sources[0].location == "/etc/frontline/reports/*.txt");
    CHECK(c.sources[1].kind == SourceConfig::Kind::feed);
    CHECK(c.sources[1].feed.timeout_s == 5);
    CHECK(c.sources[1].feed.retries == 1);
    CHECK(c.sources[1].feed.max_bytes == 100000);
    REQUIRE(c.outputs.size() == 2);
    CHECK(c.outputs[0].options.destination == "/etc/frontline/out/layers.gpkg");
    CHECK(c.outputs[0].options.overwrite);
    CHECK(c.outputs[0].options.layer_options == std::vector<std::string>{"SPATIAL_INDEX=NO"});
    CHECK(c.outputs[1].is_connection);
    CHECK(c.outputs[1].options.destination == "PG:dbname=war");
    REQUIRE(c.as_of.size() == 2);
    CHECK(format_date(c.as_of[0]) == "2024-11-01");
    CHECK(format_date(c.as_of[1]) == "2024-11-07");
    CHECK(c.jobs == 2);
}

TEST_CASE("update config: every problem is reported with file:line:column", "[update]") {
    auto r = parse_config(R"([state]
path = "s.sqlite"
forget_missing = "yes"
[[sources]]
path = "a"
feed = "https://x"
[[sources]]
feed = "ftp://example.org/feed"
[[sources]]
pth = "typo"
[[outputs]]
path = "o.gpkg"
lco = "SPATIAL_INDEX=NO"
[feeds]
timeout = -3
[derived]
as_of = ["yesterday"]
)",
                          "cfg.toml");
    INFO(all_problems(r));
    CHECK_FALSE(r.ok());
    CHECK(has_problem(r, 3, "'forget_missing' must be true or false"));
    CHECK(has_problem(r, 4, "either 'path' or 'feed'"));
    CHECK(has_problem(r, 8, "http:// or https://"));
    CHECK(has_problem(r, 10, "unknown key 'pth'"));
    CHECK(has_problem(r, 13, "'lco' must be an array of strings"));
    CHECK(has_problem(r, 15, "out of range"));
    CHECK(has_problem(r, 17, "'as_of' must hold dates"));
    CHECK(r.problems.front().to_string().rfind("cfg.toml:3:", 0) == 0);
}

TEST_CASE("update config: the date of undated documents is a day or each file's time", "[update]") {
    const std::string base = "[state]\npath = \"s.sqlite\"\n[[sources]]\npath = \"in\"\n[[outputs]]\npath = \"o.gpkg\"\n";
    auto day = parse_config(base + "[documents]\nreport_date = \"2024-11-07\"\n", "cfg.toml");
    INFO(all_problems(day));
    REQUIRE(day.ok());
    REQUIRE(day.config->report_date.date);
    CHECK(format_date(floor<std::chrono::days>(*day.config->report_date.date)) == "2024-11-07");
    CHECK_FALSE(day.config->report_date.from_file);
    auto file = parse_config(base + "[documents]\nreport_date = \"file-time\"\n", "cfg.toml");
    REQUIRE(file.ok());
    CHECK(file.config->report_date.from_file);
    CHECK_FALSE(file.config->report_date.date);
    auto bad = parse_config(base + "[documents]\nreport_date = \"last week\"\n", "cfg.toml");
    CHECK(has_problem(bad, 8, "not a date (YYYY-MM-DD) nor file-time"));
}

TEST_CASE("update config: TOML syntax errors and missing tables", "[update]") {
    auto bad = parse_config("[state]\npath = \"x\"\n[[sources]\n", "bad.toml");
    REQUIRE(bad.problems.size() == 1);
    CHECK(bad.problems[0].where.line == 3);
    CHECK(bad.problems[0].to_string().rfind("bad.toml:3:", 0) == 0);

    auto empty = parse_config("", "empty.toml");
    INFO(all_problems(empty));
    CHECK(has_problem(empty, 1, "[state]"));
    CHECK(has_problem(empty, 1, "no [[sources]]"));
    CHECK(has_problem(empty, 1, "no [[outputs]]"));
}

TEST_CASE("update: mentions round-trip through JSON exactly", "[update]") {
    Mention m;
    m.mention_id = "doc.txt:10-18";
    m.doc = "doc.txt";
    m.char_start = 10;
    m.char_end = 18;
    m.byte_start = 11;
    m.byte_end = 20;
    m.surface = "Покровськ";
    m.place_id = "geonames:704508";
    m.place_name = "Pokrovsk";
    m.kind = PlaceKind::settlement;
    m.country = "UA";
    m.lat = 48.28198;
    m.lon = 37.18207;
    m.resolution_score = 0.1 + 0.2;
    m.geo_precision = GeoPrecision::near;
    m.claim = ClaimType::captured;
    m.actor_side = "RU";
    m.status = ClaimStatus::asserted;
    m.event_date = std::chrono::sys_days(std::chrono::year{2024} / 11 / 12);
    m.date_precision = DatePrecision::day;
    m.quantity = 27;
    m.reported_at = *parse_iso_timestamp("2024-11-12T09:15:00Z");
    m.sentence = "Russia said \"captured\".";
    m.boilerplate = true;
    auto back = mentions_from_json(mentions_to_json({m}));
    REQUIRE(back.size() == 1);
    const Mention& b = back[0];
    CHECK(b.mention_id == m.mention_id);
    CHECK(b.surface == m.surface);
    CHECK(b.kind == m.kind);
    CHECK(b.lat == m.lat);
    CHECK(b.lon == m.lon);
    CHECK(b.resolution_score == m.resolution_score);  // bit-exact
    CHECK(b.geo_precision == GeoPrecision::near);
    CHECK(b.event_date == m.event_date);
    CHECK(b.reported_at == m.reported_at);
    CHECK(b.quantity == 27);
    CHECK(b.boilerplate);
    CHECK_FALSE(b.admin1);
    CHECK_FALSE(b.claimant);
    CHECK_THROWS_AS(mentions_from_json("{not json"), Error);
}

TEST_CASE("update: stored mentions read without a document tree read as the tree does", "[update]") {
    // Nulls, integers where numbers are read, an unknown key holding nested
    // values, state-only fields, and an empty mention.
    const std::string text =
        R"([{"mention_id":"d:1-2","doc":"d","char_start":1,"char_end":2,"surface":"Pokrovsk","place_id":"gn:1",)"
        R"("place_name":"Pokrovsk","resolution_score":1,"lat":48,"lon":37.5,"byte_start":3,"byte_end":9,"status":null,)"
        R"("later":{"a":[1,{"b":2}],"c":null},"boilerplate":true,"event_date":"2024-11-05",)"
        R"("reported_at":"2024-11-06T10:00:00Z","quantity":12,"sentence":"It \"fell\".\n"},{}])";
    const auto read = mentions_from_json(text);
    const auto tree = nlohmann::json::parse(text);
    REQUIRE(read.size() == 2);
    for (std::size_t i = 0; i < read.size(); ++i) CHECK(mention_to_json(read[i]) == mention_to_json(mention_from_json(tree[i])));
    CHECK(read[0].byte_start == 3);
    CHECK(read[0].byte_end == 9);
    CHECK(read[0].lat == 48.0);
    CHECK(read[0].resolution_score == 1.0);
    CHECK(read[0].boilerplate);
    CHECK(read[0].sentence == "It \"fell\".\n");
    CHECK_FALSE(read[0].status);
    CHECK_FALSE(read[1].boilerplate);
    CHECK(mentions_from_json("[]").empty());
    // Escapes, non-ASCII text, whitespace, exponents and negative numbers.
    const std::string escaped =
        " [ {\"surface\" : \"Vuhledar \\u00e9\\ud83d\\ude00\\t\\\\\\/\\b\\f\\r\", \"place_name\":\"Покровськ\",\n"
        "  \"resolution_score\": 8.25e-1, \"lat\": -4.5E+1, \"lon\": -0, \"char_start\": -3, \"quantity\": 0,"
        "  \"later\": [true, false, null, -1.5e300, \"x\"] } ] ";
    const auto tree2 = nlohmann::json::parse(escaped);
    const auto read2 = mentions_from_json(escaped);
    REQUIRE(read2.size() == 1);
    CHECK(mention_to_json(read2[0]) == mention_to_json(mention_from_json(tree2[0])));
    CHECK(read2[0].surface == "Vuhledar \xC3\xA9\xF0\x9F\x98\x80\t\\/\b\f\r");
    CHECK(read2[0].resolution_score == 0.825);
    CHECK(read2[0].lat == -45.0);
    for (const char* bad : {"{}", "5", "[5]", "[[1]]", "[{", R"([{"char_start":"x"}])", R"([{"surface":1}])",
                            R"([{"byte_start":1.5}])", R"([{"lat":"north"}])", R"([{"event_date":"soon"}])",
                            "[{\"surface\":\"\xff\"}]", R"([{"surface":"\ud800"}])", "[{}] x", R"([{"char_start":01}])", ""}) {
        INFO(bad);
        CHECK_THROWS_AS(mentions_from_json(bad), Error);
    }
}

TEST_CASE("update: RSS, Atom and garbage feeds", "[update]") {
    auto rss = parse_feed(R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>t</title>
<item><title>Fighting near Pokrovsk</title><link>https://e.org/1</link><guid>urn:1</guid>
<pubDate>Tue, 12 Nov 2024 09:15:00 +0200</pubDate><description>&lt;p&gt;Short&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Russian forces attacked Pokrovsk.</p>]]></content:encoded></item>
<item><title>No guid</title><link>https://e.org/2</link><description>Text</description></item>
</channel></rss>)",
                          "https://e.org/rss");
    REQUIRE(rss.size() == 2);
    CHECK(rss[0].id == "urn:1");
    CHECK(rss[0].html.find("Russian forces attacked Pokrovsk") != std::string::npos);
    REQUIRE(rss[0].published);
    CHECK(format_timestamp(*rss[0].published) == "2024-11-12T07:15:00Z");
    CHECK(rss[1].id == "https://e.org/2");

    auto atom = parse_feed(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title>
<entry><id>tag:e.org,2024:1</id><title>T</title><link rel="alternate" href="https://e.org/a1"/>
<updated>2024-11-12T10:00:00Z</updated><summary>Shelling in Kherson</summary></entry></feed>)",
                           "https://e.org/atom");
    REQUIRE(atom.size() == 1);
    CHECK(atom[0].url == "https://e.org/a1");
    CHECK(atom[0].html == "Shelling in Kherson");
    Document d = item_document(atom[0], "https://e.org/atom");
    CHECK(d.id == "tag:e.org,2024:1");
    CHECK(d.text.find("Shelling in Kherson") != std::string::npos);
    CHECK(d.published);

    CHECK_THROWS_AS(parse_feed("\x01\x02 garbage <<<", "https://e.org/x"), InputError);
    CHECK_THROWS_AS(parse_feed("<html><body>not a feed</body></html>", "https://e.org/x"), InputError);
    CHECK(parse_feed_date("Thu, 07 Nov 24 12:01 GMT"));
    CHECK_FALSE(parse_feed_date("soon"));
}

TEST_CASE("update config: a format GDAL cannot write stops the config, not the run after the work", "[update]") {
    auto r = parse_config(R"([state]
path = "s.sqlite"
[[sources]]
path = "in"
[[outputs]]
path = "a.gpkg"
format = "GPKGG"
[[outputs]]
path = "z.xyz"
)",
                          "/tmp/u.toml");
    INFO(all_problems(r));
    CHECK(has_problem(r, 5, "no driver 'GPKGG'"));
    CHECK(has_problem(r, 8, "format ="));
    CHECK_FALSE(r.config);
}
