// The claim vocabulary: labels round-trip, unknown words are errors that say
// what was expected, and a typo in a lexicon is a load error at its line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "frontline/claims/claim_extractor.hpp"
#include "frontline/claim_vocabulary.hpp"
#include "frontline/data_path.hpp"
#include "frontline/error.hpp"

using namespace frontline;
namespace fs = std::filesystem;

TEST_CASE("vocabulary: every label parses back to its value", "[claims][vocabulary]") {
    for (const auto& row : claim_types) CHECK(parse_claim_type(row.label) == row.value);
    for (const auto& row : claim_statuses) CHECK(parse_claim_status(row.label) == row.value);
    for (const auto& row : modalities) CHECK(parse_modality(row.label) == row.value);
    for (const auto& row : date_precisions) CHECK(parse_date_precision(row.label) == row.value);
    CHECK_FALSE(parse_claim_type("none"));
    CHECK_FALSE(parse_claim_type("Captured"));
    CHECK_FALSE(parse_claim_status(""));
}

TEST_CASE("vocabulary: an unknown label names the values it could have been", "[claims][vocabulary]") {
    try {
        claim_type_from("capturd");
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(std::string(e.what()) ==
              "unknown claim type 'capturd' (captured, advanced, attacked, struck, withdrew, deployed)");
    }
    CHECK_THROWS_AS(modality_from("forcast"), Error);
    CHECK_THROWS_AS(date_precision_from("days"), Error);
}

TEST_CASE("vocabulary: the tables say what derivations and events need", "[claims][vocabulary]") {
    CHECK(info(ClaimType::captured).control == ControlEffect::actor_gains);
    CHECK(info(ClaimType::withdrew).control == ControlEffect::actor_cedes);
    CHECK(info(ClaimType::struck).control == ControlEffect::none);
    CHECK(info(ClaimType::captured).control_rank > info(ClaimType::withdrew).control_rank);
    CHECK(info(ClaimType::withdrew).control_rank > info(ClaimType::advanced).control_rank);
    CHECK(info(ClaimStatus::denied).control == ControlCount::never);
    CHECK_FALSE(info(Modality::forecast).on_map);
    CHECK(info(DatePrecision::report_day).span == DateSpan::day);
    // Outputs order claims as text, whatever the enum's order.
    CHECK(label_less(ClaimType::advanced, ClaimType::captured));
    std::ostringstream out;
    out << ClaimStatus::hedged << " " << DatePrecision::report_day;
    CHECK(out.str() == "hedged report_day");
}

TEST_CASE("vocabulary: a typo in triggers.tsv is a load error naming file and line", "[claims][vocabulary]") {
    const fs::path bundled = data_path("lexicon/claims/triggers.tsv").parent_path();
    const fs::path dir = fs::temp_directory_path() / ("frontline-vocabulary-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(bundled, dir, fs::copy_options::recursive);
    REQUIRE_NOTHROW(ClaimExtractor::load(dir));
    {
        std::ofstream out(dir / "triggers.tsv", std::ios::app);
        out << "overran\tcapturd\t2\n";
    }
    std::size_t lines = 0;
    {
        std::ifstream in(dir / "triggers.tsv");
        for (std::string l; std::getline(in, l);) ++lines;
    }
    try {
        ClaimExtractor::load(dir);
        FAIL("no error");
    } catch (const InputError& e) {
        CHECK(e.where().file == (dir / "triggers.tsv").string());
        CHECK(e.where().line == lines);
        CHECK_THAT(e.what(), Catch::Contains("unknown claim type 'capturd'"));
    }
    fs::remove_all(dir);
}
