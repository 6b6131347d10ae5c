#include <catch2/catch.hpp>

#include <set>

#include "frontline/output/mention_layer.hpp"
#include "output_test_support.hpp"

using namespace frontline;

TEST_CASE("stable_feature_id is deterministic, positive and JSON-safe", "[output]") {
    CHECK(stable_feature_id("a") == stable_feature_id("a"));
    CHECK(stable_feature_id("doc:1-2") != stable_feature_id("doc:1-3"));
    std::set<std::int64_t> seen;
    for (int i = 0; i < 100000; ++i) {
        const auto id = stable_feature_id("report.txt:" + std::to_string(i));
        CHECK(id > 0);
        CHECK(id < (std::int64_t{1} << 53));
        seen.insert(id);
    }
    CHECK(seen.size() == 100000);
}

TEST_CASE("mentions schema follows the output contract", "[output]") {
    const auto schema = mentions_layer_schema();
    std::vector<std::string> names;
    for (const auto& f : schema.fields) names.push_back(f.name);
    const std::vector<std::string> expected{
        "mention_id", "doc", "url", "char_start", "char_end", "surface", "place_id", "place_name", "kind",
        "country", "admin1", "resolution_score", "geo_precision", "claim", "actor", "actor_side",
        "claimant", "claimant_side", "status", "modality", "quantity", "event_date", "date_precision",
        "reported_at", "sentence"};
    CHECK(names == expected);
    CHECK(schema.name == "mentions");
    CHECK(schema.geometry == GeometryType::point);
}

TEST_CASE("to_feature maps a mention onto the schema", "[output]") {
    const auto mentions = test::sample_mentions();
    const auto schema = mentions_layer_schema();
    const auto resolved = to_feature(mentions[0]);
    REQUIRE(resolved.values.size() == schema.fields.size());
    REQUIRE(std::holds_alternative<LonLat>(resolved.geometry));
    CHECK(std::get<LonLat>(resolved.geometry).lon == Approx(37.24999));
    CHECK(resolved.fid == stable_feature_id(mentions[0].mention_id));
    CHECK(std::get<std::string>(resolved.values[8]) == "settlement");
    CHECK(std::get<std::string>(resolved.values[12]) == "exact");
    CHECK(std::holds_alternative<Date>(resolved.values[21]));
    CHECK(std::holds_alternative<Timestamp>(resolved.values[23]));

    const auto unresolved = to_feature(mentions[1]);
    CHECK(std::holds_alternative<std::monostate>(unresolved.geometry));
    CHECK(std::holds_alternative<std::monostate>(unresolved.values[6]));   // place_id
    CHECK(std::holds_alternative<std::monostate>(unresolved.values[11]));  // resolution_score
    CHECK(std::holds_alternative<std::monostate>(unresolved.values[21]));  // event_date
}

TEST_CASE("a feature filled again for another mention equals a fresh one", "[output]") {
    // Resolved with a claim, then unresolved, then resolved again: every
    // value must be overwritten, nulls included.
    const auto mentions = test::sample_mentions();
    Feature reused;
    for (const Mention& m : {mentions[0], mentions[1], mentions[0], mentions[1]}) {
        to_feature(m, reused);
        const Feature fresh = to_feature(m);
        CHECK(reused.fid == fresh.fid);
        REQUIRE(reused.geometry.index() == fresh.geometry.index());
        if (const auto* point = std::get_if<LonLat>(&fresh.geometry)) {
            CHECK(std::get<LonLat>(reused.geometry).lon == point->lon);
            CHECK(std::get<LonLat>(reused.geometry).lat == point->lat);
        }
        CHECK(reused.values == fresh.values);
    }
}
