// Claims on mentions: one behaviour per case, on sentences written for the
// tests, with the bundled default gazetteer.
#include <catch2/catch.hpp>

#include "frontline/document/formats.hpp"
#include "frontline/document/structure.hpp"
#include "frontline/pipeline.hpp"

using namespace frontline;

namespace {

const Pipeline& pipeline() {
    static Gazetteer g = Gazetteer::open(FRONTLINE_DEFAULT_GAZETTEER);
    static Pipeline p(g);
    return p;
}

Mention only(const std::string& text, const std::string& surface) {
    Document doc = parse_text(text, "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    for (auto& m : pipeline().process(doc))
        if (m.surface == surface) return m;
    FAIL("no mention " << surface << " in: " << text);
    return {};
}

}  // namespace

TEST_CASE("captured: the place taken, with actor, claimant and date", "[claims]") {
    std::string text = "Russian forces captured the town of Selydove, Russia's defence ministry said yesterday.\n"
                       "Jane Reporter7 November 2024 12:01\n";
    Mention m = only(text, "Selydove");
    CHECK(m.claim == "captured");
    CHECK(m.actor_side == "RU");
    CHECK(m.claimant == "defence ministry");
    CHECK(m.claimant_side == "RU");
    CHECK(m.status == "asserted");
    CHECK(m.modality == "reported");
    REQUIRE(m.event_date);
    CHECK(format_date(*m.event_date) == "2024-11-06");
    CHECK(m.date_precision == "day");
}

TEST_CASE("struck: a drone attack on a region", "[claims]") {
    Mention m = only("An oil refinery in the Rostov region caught fire after an attack by Ukrainian drones.", "Rostov region");
    CHECK(m.claim == "struck");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("attacked: repelled assaults near a town", "[claims]") {
    Mention m = only("Ukrainian troops repelled 39 attacks near Kurakhove.", "Kurakhove");
    CHECK(m.claim == "attacked");
    CHECK(m.quantity == 39);
}

TEST_CASE("forecasts and counterfactuals keep no claim", "[claims]") {
    CHECK_FALSE(only("Russia could launch ground assaults in the Zaporizhzhia region in a matter of days.",
                     "Zaporizhzhia region").claim);
    CHECK(only("Russia could launch ground assaults in the Zaporizhzhia region in a matter of days.",
               "Zaporizhzhia region").modality == "forecast");
    CHECK_FALSE(only("Without it they would have stormed our positions near Pokrovsk.", "Pokrovsk").claim);
}

TEST_CASE("hedged and disputed claims say so", "[claims]") {
    CHECK(only("Russian forces reportedly captured Selydove.", "Selydove").status == "hedged");
    CHECK(only("Russian forces captured Selydove, which could not be independently verified.", "Selydove").status ==
          "disputed");
}

TEST_CASE("a country holding a named locus is only its container", "[claims]") {
    std::string text = "Russian forces captured the village of Selydove in eastern Ukraine.";
    CHECK(only(text, "Selydove").claim == "captured");
    CHECK_FALSE(only(text, "Ukraine").claim);
}

TEST_CASE("a place that speaks or owns is no locus", "[claims]") {
    CHECK_FALSE(only("Ukraine's forces captured Selydove.", "Ukraine").claim);
    CHECK_FALSE(only("The war in Ukraine goes on; the Ukraine war has cost lives.", "Ukraine").claim);
}
