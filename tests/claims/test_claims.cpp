// Claims on mentions: one behaviour per case, on sentences written for the
// tests, with the bundled default gazetteer.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"

using namespace frontline;

using frontline::test::mention_in;

TEST_CASE("captured: the place taken, with actor, claimant and date", "[claims]") {
    std::string text = "Russian forces captured the town of Selydove, Russia's defence ministry said yesterday.\n"
                       "Jane Reporter7 November 2024 12:01\n";
    Mention m = mention_in(text, "Selydove");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(m.claimant == "defence ministry");
    CHECK(m.claimant_side == "RU");
    CHECK(m.status == ClaimStatus::asserted);
    CHECK(m.modality == Modality::reported);
    REQUIRE(m.event_date);
    CHECK(format_date(*m.event_date) == "2024-11-06");
    CHECK(m.date_precision == DatePrecision::day);
}

TEST_CASE("struck: a drone attack on a region", "[claims]") {
    Mention m = mention_in("An oil refinery in the Rostov region caught fire after an attack by Ukrainian drones.", "Rostov region");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("attacked: repelled assaults near a town", "[claims]") {
    Mention m = mention_in("Ukrainian troops repelled 39 attacks near Kurakhove.", "Kurakhove");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.quantity == 39);
}

TEST_CASE("forecasts and counterfactuals keep no claim", "[claims]") {
    CHECK_FALSE(mention_in("Russia could launch ground assaults in the Zaporizhzhia region in a matter of days.",
                     "Zaporizhzhia region").claim);
    CHECK(mention_in("Russia could launch ground assaults in the Zaporizhzhia region in a matter of days.",
               "Zaporizhzhia region").modality == Modality::forecast);
    CHECK_FALSE(mention_in("Without it they would have stormed our positions near Pokrovsk.", "Pokrovsk").claim);
}

TEST_CASE("hedged and disputed claims say so", "[claims]") {
    CHECK(mention_in("Russian forces reportedly captured Selydove.", "Selydove").status == ClaimStatus::hedged);
    CHECK(mention_in("Russian forces captured Selydove, which could not be independently verified.", "Selydove").status ==
          ClaimStatus::disputed);
}

TEST_CASE("a country holding a named locus is only its container", "[claims]") {
    std::string text = "Russian forces captured the village of Selydove in eastern Ukraine.";
    CHECK(mention_in(text, "Selydove").claim == ClaimType::captured);
    CHECK_FALSE(mention_in(text, "Ukraine").claim);
}

TEST_CASE("a raion holding the village named with it is only its container", "[claims]") {
    // The gazetteer files the village under its raion: the raion locates, the village was hit.
    const std::string uk = "Увечері у Запорізькому районі внаслідок удару дрона по селу Балабине пошкоджено будинок.";
    CHECK(mention_in(uk, "Балабине").claim == ClaimType::struck);
    CHECK_FALSE(mention_in(uk, "Запорізькому районі").claim);
    // A raion that is the only place of its strike keeps it.
    CHECK(mention_in("Увечері ворог обстріляв Запорізький район.", "Запорізький район").claim == ClaimType::struck);
}

TEST_CASE("a town placing a village through a run of placing words is its landmark", "[claims]") {
    const std::string text = "A missile hit the village of Bilenke on the northern outskirts of Kramatorsk, wounding five people.";
    CHECK(mention_in(text, "Bilenke").claim == ClaimType::struck);
    CHECK_FALSE(mention_in(text, "Kramatorsk").claim);
    // Words that do not place keep two targets.
    CHECK(mention_in("A missile hit Bilenke and then a second one hit Kramatorsk.", "Kramatorsk").claim == ClaimType::struck);
}

TEST_CASE("a place that speaks or owns is no locus", "[claims]") {
    // A country in the possessive is no mention at all (test_metonymy.cpp); a town's is, without the claim.
    CHECK_FALSE(mention_in("Kharkiv's defenders said troops captured Selydove.", "Kharkiv").claim);
    CHECK_FALSE(mention_in("The war in Ukraine goes on; the Ukraine war has cost lives.", "Ukraine").claim);
}

TEST_CASE("what falls on a place strikes it, a town falls on a day", "[claims]") {
    CHECK(mention_in("On Sunday, a Russian glide bomb fell on a market in Kostiantynivka, killing six.", "Kostiantynivka").claim ==
          ClaimType::struck);
    CHECK(mention_in("A Shahed fell on Pavlohrad on Monday.", "Pavlohrad").claim == ClaimType::struck);
    CHECK(mention_in("Avdiivka fell on February 17.", "Avdiivka").claim == ClaimType::captured);
    CHECK(mention_in("Vuhledar fell on Tuesday after a two-year siege.", "Vuhledar").claim == ClaimType::captured);
}

TEST_CASE("troops a strike befell are its target, people who flee are evacuated", "[claims]") {
    CHECK(mention_in("Russian forces struck Ukrainian troops in the Kursk region on Tuesday.", "Kursk region").claim ==
          ClaimType::struck);
    CHECK(mention_in("Russian troops massed in the Kursk region.", "Kursk region").claim == ClaimType::deployed);
    CHECK(mention_in("Residents flee Pokrovsk as Russian troops close in.", "Pokrovsk").claim != ClaimType::withdrew);
    CHECK(mention_in("Volunteers pulled children out of Kostiantynivka on Monday.", "Kostiantynivka").claim != ClaimType::withdrew);
    CHECK(mention_in("Ukrainian troops pulled out of Kostiantynivka on Monday.", "Kostiantynivka").claim == ClaimType::withdrew);
}

TEST_CASE("a strike's places listed after its story as its targets are struck", "[claims]") {
    const std::string text = "Russia launched a massive drone attack overnight. The targets included Kyiv, Lviv and Ternopil.";
    CHECK(mention_in(text, "Lviv").claim == ClaimType::struck);
    CHECK(mention_in(text, "Ternopil").claim == ClaimType::struck);
}

TEST_CASE("every sector of a list of directions its clause's event word governs is fought along", "[claims]") {
    const std::string text = "Russian forces recently advanced in the Pokrovsk and Huliaipole directions.";
    CHECK(mention_in(text, "Pokrovsk").claim == ClaimType::attacked);
    CHECK(mention_in(text, "Huliaipole").claim == ClaimType::attacked);
}

TEST_CASE("where a struck train or bus came from and went to are the ends of its route", "[claims]") {
    const std::string text = "A train travelling from Kyiv to Kharkiv was hit by a Russian drone near Lozova on Tuesday.";
    CHECK_FALSE(mention_in(text, "Kyiv").claim);
    CHECK_FALSE(mention_in(text, "Kharkiv").claim);
    CHECK(mention_in(text, "Lozova").claim == ClaimType::struck);
    CHECK_FALSE(mention_in("A Russian missile hit a bus carrying civilians from Kherson to Mykolaiv on Tuesday.", "Mykolaiv").claim);
    // (Forces attacking from a town are no vehicle's route.)
    CHECK(mention_in("Russian forces attacked Lyman from Kreminna.", "Lyman").claim == ClaimType::attacked);
}

TEST_CASE("review mend: office titles, appositions, soldiers' casualties, aims and sector lines keep their readings", "[claims]") {
    // (A locative before a title is the place hit; only an adjective names the office.)
    CHECK(mention_in("У Харкові мер Терехов повідомив про влучання ракети в житловий будинок.", "Харкові").claim == ClaimType::struck);
    CHECK(mention_in("Russian drones struck Lyman, a town where a woman was wounded on Monday.", "Lyman").claim == ClaimType::struck);
    CHECK(mention_in("Russian troops attacked Pokrovsk on Monday. They suffered heavy casualties.", "Pokrovsk").claim ==
          ClaimType::attacked);
    CHECK(mention_in("Vuhledar fell on the first of October after a two-year siege.", "Vuhledar").claim == ClaimType::captured);
    CHECK(mention_in("Вчера освобождена Кругляковка.", "Кругляковка").claim == ClaimType::captured);
    CHECK_FALSE(mention_in("Russia's next targets include Kostiantynivka and Druzhkivka, analysts say.", "Druzhkivka").claim);
    CHECK(mention_in("Russian troops attacked Robotyne on Monday while helicopters circled overhead.", "Robotyne").claim ==
          ClaimType::attacked);
    CHECK(mention_in("Ворог атакував Чугуївський район та Балаклію.", "Чугуївський район").claim);
    CHECK(mention_in("Russian assault troops arrived in Pokrovsk on Monday.", "Pokrovsk").claim == ClaimType::deployed);
    CHECK(mention_in("Ukraine pulled its troops and volunteers out of Krynky.", "Krynky").claim == ClaimType::withdrew);
    CHECK_FALSE(mention_in("Pokrovsk direction.\nIn other news, Russian missiles struck Lviv overnight, killing two.", "Pokrovsk").claim);
    CHECK(mention_in("The Kharkiv department of the National Police said a missile hit a school in the city.", "Kharkiv").claim ==
          ClaimType::struck);
}
