#pragma once
// Shared fixtures for the output tests: sample mentions and a fresh directory.
#include <filesystem>
#include <string>
#include <vector>

#include "frontline/mention.hpp"

namespace frontline::test {

/// An empty directory under FRONTLINE_TEST_TMP, unique per name.
inline std::filesystem::path fresh_dir(const std::string& name) {
    const auto dir = std::filesystem::path(FRONTLINE_TEST_TMP) / "output" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

/// Vuhledar captured (resolved) and one unresolved mention.
inline std::vector<Mention> sample_mentions() {
    using namespace std::chrono;
    Mention vuhledar;
    vuhledar.mention_id = "report1.txt:120-128";
    vuhledar.doc = "report1.txt";
    vuhledar.char_start = 120;
    vuhledar.char_end = 128;
    vuhledar.surface = "Vuhledar";
    vuhledar.place_id = "geonames:688105";
    vuhledar.place_name = "Vuhledar";
    vuhledar.kind = PlaceKind::settlement;
    vuhledar.country = "UA";
    vuhledar.admin1 = "Donetsk Oblast";
    vuhledar.lon = 37.24999;
    vuhledar.lat = 47.77973;
    vuhledar.resolution_score = 0.93;
    vuhledar.geo_precision = GeoPrecision::exact;
    vuhledar.claim = ClaimType::captured;
    vuhledar.actor = "Russian forces";
    vuhledar.actor_side = "RU";
    vuhledar.claimant = "Russian Defence Ministry";
    vuhledar.claimant_side = "RU";
    vuhledar.status = ClaimStatus::asserted;
    vuhledar.modality = Modality::reported;
    vuhledar.event_date = sys_days{year{2024} / October / 2};
    vuhledar.date_precision = DatePrecision::day;
    vuhledar.reported_at = sys_days{year{2024} / October / 2} + hours{12} + minutes{1};
    vuhledar.sentence = "Russian forces captured Vuhledar, the defence ministry said.";

    Mention unresolved;
    unresolved.mention_id = "report1.txt:300-309";
    unresolved.doc = "report1.txt";
    unresolved.char_start = 300;
    unresolved.char_end = 309;
    unresolved.surface = "Ugledarsk";
    unresolved.sentence = "Fighting continued near Ugledarsk — «Угледар».";
    return {vuhledar, unresolved};
}

}  // namespace frontline::test
