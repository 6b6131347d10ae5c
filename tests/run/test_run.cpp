// One run behind extract, update and explain: the same reports give the same
// claims and dates through all three commands, and update writes the layers
// its config asks for. Run as processes, as users run them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>

#include "../cli/cli_support.hpp"
#include "frontline/run/run.hpp"

namespace fs = std::filesystem;
using frontline::test::q;
using frontline::test::Run;
using frontline::test::run_frontline;
using frontline::test::tmp_dir;

namespace {

// (doc, char_start) -> (claim, event_date, date_precision), nulls as "-".
using Reading = std::map<std::pair<std::string, std::int64_t>, std::tuple<std::string, std::string, std::string>>;

std::string text_or_dash(const nlohmann::json& v) { return v.is_null() ? "-" : v.get<std::string>(); }

void add(Reading& r, const nlohmann::json& p) {
    r[{p["doc"].get<std::string>(), p["char_start"].get<std::int64_t>()}] = {
        text_or_dash(p["claim"]), text_or_dash(p["event_date"]), text_or_dash(p["date_precision"])};
}

Reading from_geojson(const fs::path& file) {
    std::ifstream in(file);
    const nlohmann::json collection = nlohmann::json::parse(in);
    Reading r;
    for (const auto& f : collection["features"]) add(r, f["properties"]);
    return r;
}

Reading from_lines(const std::string& text) {
    std::istringstream in(text);
    Reading r;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) add(r, nlohmann::json::parse(line));
    return r;
}

std::size_t undated_claims(const Reading& r) {
    std::size_t n = 0;
    for (const auto& [k, v] : r) n += std::get<0>(v) != "-" && std::get<1>(v) == "-";
    return n;
}

// A live blog saved twice: once with its bylines, once as bare text.
fs::path write_reports(const fs::path& dir) {
    fs::create_directories(dir);
    const std::string lead = "Russian forces have captured Selydove, the defence ministry said on Wednesday, after weeks of fighting.\n";
    const std::string more = "Ukrainian troops repelled twelve attacks near Kurakhove over the past day, the general staff said.\n";
    const std::string third = "A Russian drone struck an apartment block in Zaporizhzhia overnight, the regional governor said.\n";
    std::ofstream(dir / "blog-saved.txt") << lead << more << third;
    std::ofstream(dir / "blog-dated.txt") << lead << more << "Jane Reporter7 November 2024 12:01\n" << third
                                          << "Jane Reporter7 November 2024 09:30\n";
    std::ofstream(dir / "wire.txt") << "Ukrainian forces withdrew from positions near Vuhledar last week, the general staff said.\n";
    return dir;
}

}  // namespace

TEST_CASE("extract, update and explain read the same claims and dates", "[run][cli]") {
    const fs::path work = tmp_dir() / "one-run";
    fs::remove_all(work);
    const fs::path reports = write_reports(work / "reports");
    std::string inputs = q(reports);
    const fs::path seeds = fs::path(FRONTLINE_SHARED_DIR) / "seeds";
    if (fs::exists(seeds)) inputs += " " + q(seeds);  // the seeds where present: undated snapshots of live blogs

    Run extract = run_frontline("extract -q -o " + q(work / "extract.geojson") + " " + inputs);
    REQUIRE(extract.code == 0);
    const Reading by_extract = from_geojson(work / "extract.geojson");

    Run explain = run_frontline("explain --json " + inputs);
    REQUIRE(explain.code == 0);
    const Reading by_explain = from_lines(explain.out);

    std::ofstream(work / "update.toml") << "[state]\npath = \"state.sqlite\"\n"
                                        << "[[sources]]\npath = \"" << reports.string() << "\"\n"
                                        << (fs::exists(seeds) ? "[[sources]]\npath = \"" + seeds.string() + "\"\n" : "")
                                        << "[[outputs]]\npath = \"update.geojson\"\n";
    Run update = run_frontline("update -q -c " + q(work / "update.toml"));
    REQUIRE(update.code == 0);
    const Reading by_update = from_geojson(work / "update.geojson");

    REQUIRE(by_extract.size() > 5);
    CHECK(by_explain == by_extract);
    CHECK(by_update == by_extract);
    // The saved copy of the blog is dated from its dated copy by all three.
    const auto selydove = by_update.find({"blog-saved.txt", 29});
    REQUIRE(selydove != by_update.end());
    CHECK(std::get<0>(selydove->second) == "captured");
    CHECK(std::get<1>(selydove->second) == "2024-11-06");
    CHECK(undated_claims(by_update) == undated_claims(by_extract));
}

TEST_CASE("update writes control for the as_of dates of its config, and no front without a baseline", "[run][update]") {
    const fs::path work = tmp_dir() / "update-derived";
    fs::remove_all(work);
    const fs::path reports = write_reports(work / "reports");
    std::ofstream(work / "update.toml") << "[state]\npath = \"state.sqlite\"\n"
                                        << "[[sources]]\npath = \"" << reports.string() << "\"\n"
                                        << "[[outputs]]\npath = \"out.geojson\"\n"
                                        << "[derived]\nas_of = [2024-11-08]\n";
    Run update = run_frontline("update -q -c " + q(work / "update.toml"));
    REQUIRE(update.code == 0);
    for (const char* layer : {"out.geojson", "out.events.geojson", "out.places.geojson", "out.control.geojson"})
        CHECK(fs::exists(work / layer));
    CHECK_FALSE(fs::exists(work / "out.front.geojson"));  // claims alone draw no front line
    // The same layers as extract --as-of, feature for feature.
    Run extract = run_frontline("extract -q --as-of 2024-11-08 -o " + q(work / "x.geojson") + " " + q(reports));
    REQUIRE(extract.code == 0);
    std::ifstream a(work / "out.control.geojson"), b(work / "x.control.geojson");
    const nlohmann::json by_update = nlohmann::json::parse(a), by_extract = nlohmann::json::parse(b);
    CHECK_FALSE(by_update["features"].empty());
    CHECK(by_update["features"] == by_extract["features"]);
}

TEST_CASE("update with a baseline writes the claimed change and the front, as extract --baseline does", "[run][update]") {
    const fs::path work = tmp_dir() / "update-baseline";
    fs::remove_all(work);
    const fs::path reports = write_reports(work / "reports");
    // A far-away square: every claimed capture lies outside it.
    std::ofstream(work / "held.geojson")
        << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon",)"
           R"("coordinates":[[[39.0,46.0],[39.5,46.0],[39.5,46.5],[39.0,46.5],[39.0,46.0]]]}}]})";
    std::ofstream(work / "update.toml") << "[state]\npath = \"state.sqlite\"\n"
                                        << "[[sources]]\npath = \"" << reports.string() << "\"\n"
                                        << "[[outputs]]\npath = \"out.geojson\"\n"
                                        << "[derived]\nas_of = [2024-11-08]\nbaseline = \"held.geojson\"\n"
                                        << "baseline_date = 2024-11-01\n";
    Run update = run_frontline("update -q -c " + q(work / "update.toml"));
    REQUIRE(update.code == 0);
    CHECK(fs::exists(work / "out.front.geojson"));
    Run extract = run_frontline("extract -q --as-of 2024-11-08 --baseline " + q(work / "held.geojson") +
                                " --baseline-date 2024-11-01 -o " + q(work / "x.geojson") + " " + q(reports));
    REQUIRE(extract.code == 0);
    std::ifstream a(work / "out.control.geojson"), b(work / "x.control.geojson");
    const nlohmann::json by_update = nlohmann::json::parse(a), by_extract = nlohmann::json::parse(b);
    CHECK(by_update["features"] == by_extract["features"]);
}

TEST_CASE("update dates an undated copy from a dated copy read in an earlier run", "[run][update]") {
    const fs::path work = tmp_dir() / "update-copies";
    fs::remove_all(work);
    const fs::path reports = write_reports(work / "all");
    fs::create_directories(work / "inbox");
    fs::copy_file(reports / "blog-dated.txt", work / "inbox" / "blog-dated.txt");
    std::ofstream(work / "update.toml") << "[state]\npath = \"state.sqlite\"\n"
                                        << "[[sources]]\npath = \"" << (work / "inbox").string() << "\"\n"
                                        << "[[outputs]]\npath = \"out.geojson\"\n";
    REQUIRE(run_frontline("update -q -c " + q(work / "update.toml")).code == 0);
    // The saved copy arrives a run later.
    fs::copy_file(reports / "blog-saved.txt", work / "inbox" / "blog-saved.txt");
    REQUIRE(run_frontline("update -q -c " + q(work / "update.toml")).code == 0);
    const Reading r = from_geojson(work / "out.geojson");
    const auto selydove = r.find({"blog-saved.txt", 29});
    REQUIRE(selydove != r.end());
    CHECK(std::get<1>(selydove->second) == "2024-11-06");
}

TEST_CASE("a document too large to be read lightly is named with advice to split it", "[run]") {
    const fs::path dir = tmp_dir() / "large";
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "small.txt") << "A drone struck Kharkiv overnight, the mayor said.\n";
    {
        std::ofstream big(dir / "big.txt");
        for (int i = 0; i < 40; ++i) big << "A drone struck Kharkiv overnight, the mayor said.\n";
    }
    std::vector<frontline::InputIssue> issues;
    frontline::run::RunSettings settings;
    settings.large_document_bytes = 1000;  // the real limit is 16 MB
    settings.on_issue = [&](const frontline::InputIssue& i) { issues.push_back(i); };
    frontline::run::Run run(settings);
    std::size_t documents = 0;
    run.explain(frontline::expand_inputs({(dir / "small.txt").string(), (dir / "big.txt").string()}),
                [&](const frontline::Document&, const std::vector<frontline::MentionDetail>&) { ++documents; });
    CHECK(documents == 2);  // both read
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].severity == frontline::InputIssue::Severity::warning);
    CHECK(issues[0].where.file.ends_with("big.txt"));
    CHECK_THAT(issues[0].message, Catch::Contains("split it"));
}
