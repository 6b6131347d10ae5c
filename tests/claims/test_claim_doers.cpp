// Who did it, where the sentence names the doer away from the event word: the
// subject of the main clause after an opening adverbial clause, a capital
// that announces, the channels' "our guys", a kind of troops between side
// and force word.
#include "claims_test_support.hpp"

using namespace frontline;
using namespace frontline::test;

TEST_CASE("doers: an event word opening the sentence as an adverbial clause is done by the main clause's subject",
          "[claims][doers]") {
    Mention m = mention_in_report("Having seized Ocheretyne in April, Russian troops are now pressing on Novoselivka Persha.",
                                  "Ocheretyne", "2024-06-02");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    REQUIRE(m.actor);
    CHECK(*m.actor == "Russian troops");
    m = mention_in_report("After recapturing Robotyne, Ukrainian brigades dug in on the heights to the south.", "Robotyne",
                          "2023-09-02");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    REQUIRE(m.actor);
    CHECK(*m.actor == "Ukrainian brigades");
    // (The Cyrillic adverbial participle.)
    m = mention_in_report("Звільнивши Кліщіївку, українські штурмовики закріпилися на висотах.", "Кліщіївку", "2023-09-18");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    REQUIRE(m.actor);
    CHECK(*m.actor == "українські штурмовики");
}

TEST_CASE("doers: a capital that also announced a capture announced its own side's", "[claims][doers]") {
    const Mention m = mention_in_report("Moscow also announced the capture of nearby Novoekonomichne on Friday.", "Novoekonomichne",
                                        "2024-09-08");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    REQUIRE(m.claimant);
    CHECK(*m.claimant == "Moscow");
}

TEST_CASE("doers: the channels' 'our guys' are the writer's side, which their slurs show", "[claims][doers]") {
    const std::string text = "This morning our guys cleared Sverdlikovo. The khokhly are falling back to the border.";
    const Mention m = mention_in_report(text, "Sverdlikovo", "2025-03-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    const Mention n = mention_in_report("Наші хлопці вибили окупантів з Андріївки.", "Андріївки", "2025-06-16");
    CHECK(n.actor_side == "UA");
    REQUIRE(n.actor);
    CHECK(*n.actor == "Наші хлопці");
}

TEST_CASE("doers: a kind of troops between side word and force word still names the side", "[claims][doers]") {
    const Mention m = mention_in_report("On Thursday Russian armoured columns reached the outskirts of Velyka Novosilka.",
                                        "Velyka Novosilka", "2025-01-10");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(m.actor);
}

TEST_CASE("doers: a town liberated, in a report that shows no side's words, is liberated by the side whose country it is",
          "[claims][doers]") {
    const Mention m = mention_in_report("The village of Staromaiorske was liberated only on 27 July, after weeks of grinding fighting.",
                                        "Staromaiorske", "2023-08-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("doers: a country before an event phrase that opens with a preposition is no possessor of the event", "[claims][doers]") {
    const Mention m = mention_in_report("The battle was fought between Russia and Ukraine for control of the town of Bilohorivka.",
                                        "Bilohorivka", "2023-03-01");
    CHECK(m.claim == ClaimType::attacked);
    CHECK_FALSE(m.actor);
}

TEST_CASE("doers: a country opening the clause said is the doer, whoever says it", "[claims][side]") {
    const Mention m = mention_in_report("Ukraine's military said Russia had massed 150,000 troops around Pokrovsk.", "Pokrovsk",
                                        "2025-11-20");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("The Russian defence ministry said Ukraine had massed troops near Kupiansk.", "Kupiansk", "2025-11-20")
              .actor_side == "UA");
}

TEST_CASE("doers: a town falls to the other side than its country's, whoever reports it", "[claims][side]") {
    const Mention m = mention_in_report("Siversk has fallen, a Ukrainian military blogger said on Wednesday.", "Siversk", "2025-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian channels say Sieverne has already fallen.", "Sieverne", "2024-02-10").actor_side == "RU");
    // (Who it fell to, named, decides.)
    CHECK(mention_in_report("Kherson fell to Ukrainian forces on Friday.", "Kherson", "2022-11-12").actor_side == "UA");
}

TEST_CASE("doers: Russia's groups of forces by their English names, Ukraine's army by its initials, North Korea on Russia's side",
          "[claims][side]") {
    CHECK(mention_in_report("Units of the Yug group liberated the village of Siversk.", "Siversk", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("The VSU attacked near Torske.", "Torske", "2025-11-20").actor_side == "UA");
    CHECK(mention_in_report("North Korean artillery shelled Ukrainian positions in Kursk region.", "Kursk region", "2025-11-20")
              .actor_side == "RU");
}

TEST_CASE("doers: a force noun with its country in the genitive names the side", "[claims][doers]") {
    CHECK(mention_in_report("Войска РФ освободили Ямполь.", "Ямполь", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Армия России освободила Купянск.", "Купянск", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Подразделения ВС России освободили Ямполь.", "Ямполь", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Армія РФ захопила Ямпіль.", "Ямпіль", "2025-11-20").actor_side == "RU");
}

TEST_CASE("doers: 'the enemy' attacking a named side's positions is the other side, whatever the report's words", "[claims][doers]") {
    // ("ВСУ" reads as a Russian writer's word; the positions say whose enemy this is.)
    Mention m = mention_in_report("Противник атаковал позиции ВСУ в районе Покровска.", "Покровска", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Противник штурмовал позиции ВСУ в районе Суджи. ВС РФ освободили Ямполь.", "Суджи", "2025-11-20")
              .actor_side == "RU");
}

TEST_CASE("doers: aircraft and a sabotage group after a side's word name the side", "[claims][doers]") {
    Mention m = mention_in_report("A Russian warplane accidentally dropped a bomb on Belgorod on Tuesday.", "Belgorod", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    // (Helicopters name the side; they carry the wounded too, so they make no strike of an attack.)
    m = mention_in_report("Russian helicopters attacked Sudzha on Monday.", "Sudzha", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Kupiansk: a Russian DRG was spotted in the north of the city.", "Kupiansk", "2025-11-20").actor_side ==
          "RU");
}

TEST_CASE("doers: a Cyrillic side in the instrumental before a passive is its agent", "[claims][doers]") {
    CHECK(mention_in_report("Вчора російськими військами було захоплено село Торське.", "Торське", "2025-11-20").actor_side == "RU");
    CHECK(mention_in_report("Вчера украинскими войсками было освобождено село Ольговка.", "Ольговка", "2025-11-20").actor_side ==
          "UA");
    // (A side in the nominative is what the passive befell.)
    CHECK(mention_in_report("Українські підрозділи були вибиті з Торського.", "Торського", "2025-11-20").actor_side == "RU");
}

TEST_CASE("doers: a named formation with its unit's noun names its side", "[claims][doers]") {
    CHECK(mention_in_report("Azov fighters captured the village of Zarichne on Tuesday.", "Zarichne", "2025-11-20").actor_side == "UA");
    CHECK(mention_in_report("The Kraken unit advanced near Lyptsi.", "Lyptsi", "2025-11-20").actor_side == "UA");
    CHECK(mention_in_report("Paratroopers of the 106th Guards Airborne Division attacked near Tetkino on Tuesday.", "Tetkino",
                            "2025-11-20")
              .actor_side == "RU");
    CHECK(mention_in_report("Wagner fighters stormed Bakhmut.", "Bakhmut", "2025-11-20").actor_side == "RU");
}

TEST_CASE("doers: the owner of the defences or positions acted on is the side acted against", "[claims][doers]") {
    Mention m = mention_in_report("Units of the Centre group of forces advanced into the depth of the enemy's defence and liberated "
                                  "Novohrodivka.",
                                  "Novohrodivka", "2024-09-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("doers: Russia's aerospace forces by their letters strike for Russia, past a clause of the other side", "[claims][doers]") {
    Mention m = mention_in_report("Подразделения отразили четыре контратаки ВСУ у Ивановки, а ВКС нанесли удары по скоплениям у "
                                  "Краматорска.",
                                  "Краматорска", "2025-01-06");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}
