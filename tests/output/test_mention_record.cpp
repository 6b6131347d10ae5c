// The mention record is listed once: the layer's schema, its features, the
// update state and explain's JSON all follow the one list.
#include <catch2/catch.hpp>

#include "frontline/error.hpp"
#include "frontline/output/mention_record.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/update/mention_json.hpp"
#include "output_test_support.hpp"

using namespace frontline;

TEST_CASE("mention record: the layer schema is the record's list", "[mention]") {
    const LayerSchema schema = mentions_layer_schema();
    const auto fields = mention_fields();
    REQUIRE(schema.fields.size() == fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        CHECK(schema.fields[i].name == fields[i].name);
        CHECK(schema.fields[i].type == fields[i].type);
    }
}

TEST_CASE("mention record: every field survives the record's JSON, and the state's", "[mention]") {
    for (const Mention& m : test::sample_mentions()) {
        const Feature original = to_feature(m);
        Mention back;
        read_record_json(record_json(m, true), back);
        CHECK(to_feature(back).values == original.values);
        Mention stored = update::mention_from_json(update::mention_to_json(m));
        CHECK(to_feature(stored).values == original.values);
        CHECK(stored.lat == m.lat);
    }
    // Explain's JSON names every field of the layer, nulls included.
    const nlohmann::json j = record_json(test::sample_mentions().back(), true);
    for (const MentionField& f : mention_fields()) CHECK(j.contains(std::string(f.name)));
}

TEST_CASE("mention record: a stored value of the wrong kind names its field", "[mention]") {
    Mention m;
    CHECK_THROWS_WITH(read_record_json(nlohmann::json{{"char_start", "12"}}, m),
                      "mention field 'char_start' is not an integer");
    CHECK_THROWS_WITH(read_record_json(nlohmann::json{{"claim", "capturd"}}, m),
                      Catch::Contains("mention field 'claim': unknown claim type 'capturd'"));
    CHECK_THROWS_AS(update::mention_from_json(nlohmann::json{{"event_date", "soon"}}), Error);
}
