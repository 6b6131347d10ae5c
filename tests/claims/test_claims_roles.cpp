// The part a place plays beside an event word: an office's seat, a source,
// a cause, a bearing that sets the scene, an aircraft's base; and event
// words that only look like others ("battery", "taken off").
#include "claims_test_support.hpp"

using namespace frontline;
using namespace frontline::test;

TEST_CASE("roles: a place before an office's level and title names the office", "[claims][roles]") {
    const std::string text = "Russian artillery shelled Nikopol on Sunday, wounding two people, the Dnipropetrovsk regional "
                             "governor said on Telegram.";
    CHECK(claims_nothing(text, "Dnipropetrovsk", "2024-06-10"));
    CHECK(mention_in_report(text, "Nikopol", "2024-06-10").claim == ClaimType::struck);
    CHECK(claims_nothing("Drones hit a depot near Kupiansk, Kharkiv city council officials said.", "Kharkiv", "2024-06-10"));
}

TEST_CASE("roles: a title after a comma is a headline's attribution, not the place's office", "[claims][roles]") {
    const Mention m = mention_in_report("Ukrainian forces complete withdrawal from Lysychansk, governor says", "Lysychansk", "2022-07-03");
    REQUIRE(m.claim);
    CHECK(*m.claim == ClaimType::withdrew);
}

TEST_CASE("roles: 'according to' names a source, not a place moved to", "[claims][roles]") {
    const std::string text = "Russian troops are pushing toward Siversk, according to Luhansk governor Artem Lysogor.";
    CHECK(claims_nothing(text, "Luhansk", "2024-06-10"));
    CHECK(mention_in_report(text, "Siversk", "2024-06-10").claim == ClaimType::advanced);
}

TEST_CASE("roles: a country fought for is a cause, a town fought for a battlefield", "[claims][roles]") {
    CHECK(claims_nothing("Glory to every soldier who fights for Ukraine!", "Ukraine", "2024-06-10"));
    CHECK(mention_in_report("The fight for Chasiv Yar goes on.", "Chasiv Yar", "2024-06-10").claim == ClaimType::attacked);
}

TEST_CASE("roles: a bearing fronted before a comma sets the scene for the places the clause names", "[claims][roles]") {
    const std::string text = "West of Avdiivka, our units have cleared Lastochkyne and are pressing on Umanske.";
    CHECK(claims_nothing(text, "Avdiivka", "2024-02-25"));
    CHECK(mention_in_report(text, "Lastochkyne", "2024-02-25").claim == ClaimType::captured);
    // Without a place after it the bearing places the event by the town.
    CHECK(mention_in_report("Heavy fighting continues north of Bakhmut.", "Bakhmut", "2024-02-25").claim.has_value());
}

TEST_CASE("roles: a capital denying promptly still speaks for its government", "[claims][roles]") {
    const std::string text = "Moscow announced the capture of Robotyne, a claim that Kyiv promptly denied.";
    // (Refused as a place: it stands for its government.)
    for (const Mention& m : mentions_of_report(text, "2023-09-01")) CHECK(m.surface != "Kyiv");
    CHECK(mention_in_report(text, "Robotyne", "2023-09-01").claim == ClaimType::captured);
}

TEST_CASE("event words: aircraft taking off take nothing, and a battery is no battering", "[claims][roles]") {
    CHECK(claims_nothing("Tu-95 bombers took off from Engels, the air force said.", "Engels", "2024-06-10"));
    const Mention m = mention_in_report("A Storm Shadow missile destroyed an S-400 battery near Yevpatoria.", "Yevpatoria", "2024-06-10");
    CHECK(m.claim == ClaimType::struck);
}

TEST_CASE("event words: ground regained is an advance, an attempt at it an attack", "[claims][roles]") {
    CHECK(mention_in_report("Ukrainian troops regained lost ground near Klishchiivka on Friday.", "Klishchiivka", "2023-09-16")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian forces tried to regain lost ground near Verbove on Friday.", "Verbove", "2023-09-16").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("By evening Ukrainian scouts came close to the town of Kupiansk.", "Kupiansk", "2022-09-09").claim ==
          ClaimType::advanced);
}

TEST_CASE("event words: a brigade moved to new positions is deployed there, and a year counts nothing", "[claims][roles]") {
    const Mention m = mention_in_report("The 53rd Brigade, which had held the line since 2022, moved to new positions near Ocheretyne.",
                                        "Ocheretyne", "2024-04-20");
    CHECK(m.claim == ClaimType::deployed);
    CHECK_FALSE(m.quantity.has_value());
}

TEST_CASE("modality: an order to withdraw is announced as it is carried out, an order to take a town is not", "[claims][roles]") {
    const Mention m = mention_in_report("On 9 November the defence minister ordered Russian troops to withdraw from Kherson.", "Kherson",
                                        "2022-11-10");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.modality == Modality::reported);
    CHECK(claims_nothing("Putin ordered his troops to seize Sumy.", "Sumy", "2025-06-10"));
}

TEST_CASE("clauses: a semicolon parts clauses, but not the groups of a list", "[claims][roles]") {
    // The second clause has words of its own: the capture is not Moscow's.
    CHECK(claims_nothing("Russia claims capture of Bilohorivka; Moscow airports briefly shut", "Moscow", "2025-05-03"));
    // Groups placed by bearings are still a list's groups.
    const std::string isw = "Russian forces attacked within Toretsk; northwest of Toretsk near Dyliivka and Ozerianivka; "
                            "and south of Toretsk near Shcherbynivka on June 3.";
    CHECK(mention_in_report(isw, "Dyliivka", "2025-06-04").claim == ClaimType::attacked);
    CHECK(mention_in_report(isw, "Shcherbynivka", "2025-06-04").claim == ClaimType::attacked);
}

TEST_CASE("event words: units forced to leave positions withdrew, forces fighting to take a town attacked it", "[claims][roles]") {
    CHECK(mention_in_report("Under pressure, our units were forced to leave positions on the outskirts of Kindrashivka.",
                            "Kindrashivka", "2025-08-20")
              .claim == ClaimType::withdrew);
    CHECK(mention_in_report("The enemy fought to establish control over Siversk.", "Siversk", "2025-08-20").claim ==
          ClaimType::attacked);
}

TEST_CASE("sides: a side that only backs the one acting is not the actor", "[claims][roles]") {
    Mention m = mention_in_report("Russian forces, backed by North Korean troops, retook Sudzha on March 13.", "Sudzha", "2025-03-15");
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukrainian troops, supported by Polish volunteers, recaptured Kindrashivka.", "Kindrashivka", "2025-03-15");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("quantities: a weapon model's number counts nothing", "[claims][roles]") {
    const Mention m = mention_in_report("Four Tu-95 bombers fired missiles at Dnipro overnight.", "Dnipro", "2024-06-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.quantity != 95);
}

TEST_CASE("roles: where a speaker holds a news conference is no place of the event the speaker tells", "[claims][roles]") {
    const std::string text = "Speaking at a news conference in Lviv, the minister said Russian missiles hit Odesa overnight.";
    CHECK(claims_nothing(text, "Lviv", "2024-06-10"));
    CHECK(mention_in_report(text, "Odesa", "2024-06-10").claim == ClaimType::struck);
}

TEST_CASE("sides (guard): the troops a capital calls theirs are its country's", "[claims][roles]") {
    const Mention m = mention_in_report("Officials in Moscow said their troops had taken Ivanivka.", "Ivanivka", "2025-02-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("claimants: the side that denies a claim is not the one that made it", "[claims][roles]") {
    const Mention m = mention_in_report(
        "Ukraine's General Staff rejected the Russian defence ministry's claim of capturing Toretsk.", "Toretsk", "2025-02-10");
    CHECK(m.status == ClaimStatus::denied);
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "RU");
}

TEST_CASE("sides: who acts in a clause did not take the place whose capture only dates it", "[claims][roles]") {
    const Mention m = mention_in_report("Ukraine's logistics collapsed after the capture of Vodiane.", "Vodiane", "2025-02-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    const Mention f = mention_in_report("The enemy's supply lines had been cut since the fall of Vodiane.", "Vodiane", "2025-02-10");
    CHECK(f.actor_side == "RU");
}

TEST_CASE("sides: the state named after control holds the place, and is no place of the event", "[claims][roles]") {
    const std::string text = "Kherson came under the control of Ukraine on Friday.";
    const Mention m = mention_in_report(text, "Kherson", "2022-11-12");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(claims_nothing(text, "Ukraine", "2022-11-12"));
}

TEST_CASE("capitals: a capital heading a list of towns struck is a town - a dateline's capital is still none", "[claims][roles]") {
    const std::string text = "Russia fired dozens of missiles overnight. Kyiv, Dnipro, Odesa and Lviv - our cities came under fire again.";
    CHECK(mention_in_report(text, "Kyiv", "2024-01-02").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Lviv", "2024-01-02").claim == ClaimType::struck);
    CHECK(claims_nothing("New Delhi, June 2: Ukrainian drones struck four airbases deep inside Russia on Sunday.", "New Delhi",
                         "2025-06-02"));
}

TEST_CASE("roles: the place a sentence opens with, before a comma, is where its event happened", "[claims][roles]") {
    const Mention m = mention_in_report("In Kyiv, the city's largest children's hospital was badly damaged and two people were killed.",
                                        "Kyiv", "2024-07-08");
    CHECK(m.claim == ClaimType::struck);
}

TEST_CASE("roles: a place an event is measured against, after than, is no place of it", "[claims][roles]") {
    const std::string text = "The strikes caused more damage in Kharkiv than in Mariupol.";
    CHECK(mention_in_report(text, "Kharkiv", "2024-01-02").claim == ClaimType::struck);
    CHECK(claims_nothing(text, "Mariupol", "2024-01-02"));
    CHECK(claims_nothing("Окупанти завдали Україні більших руйнувань, ніж Донбасу за вісім років.", "Донбасу", "2022-03-10"));
}

TEST_CASE("claimants: a ministry with no side named announces the gains of the forces it names, whatever the dateline",
          "[claims][roles]") {
    const Mention m = mention_in_report(
        "KYIV, Dec 3 (Reuters) - Russian forces captured the village of Pishchane, the defence ministry said on Wednesday.",
        "Pishchane", "2025-12-03");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.claimant_side == "RU");
    // (A loss the dateline's side owns to is still its own word.)
    const Mention s = mention_in_report("KYIV, Dec 3 (Reuters) - Russian drones hit Odesa overnight, the defence ministry said.",
                                        "Odesa", "2025-12-03");
    CHECK(s.claimant_side == "UA");
}

TEST_CASE("claimants: officials who say in the plural claim - the agent of a denial does not", "[claims][roles]") {
    const Mention m = mention_in_report(
        "Russian officials say Ukrainian troops have been pushed out of Sudzha, a claim denied by Ukraine's military.", "Sudzha",
        "2025-03-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.claimant_side == "RU");
    CHECK(m.status == ClaimStatus::denied);
}

TEST_CASE("sides: the doer of one clause does not act in the clause that 'as' opens after a comma", "[claims][roles]") {
    const Mention m = mention_in_report(
        "Ukrainian units withdrew from positions near Toretsk, as heavy fighting continued in Shcherbynivka.", "Shcherbynivka",
        "2025-02-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // ("as well as" goes on with the list.)
    CHECK(mention_in_report("Russian forces attacked Kupiansk, as well as Lyman.", "Lyman", "2025-02-10").actor_side == "RU");
}

TEST_CASE("event words: rescuers clearing rubble take no ground", "[claims][roles]") {
    const Mention m = mention_in_report("The death toll in Dnipro rose to 40 as rescuers finished clearing the rubble.", "Dnipro", "2023-01-16");
    CHECK(m.claim != ClaimType::captured);
}

TEST_CASE("event words: a journey driven and people taken to hospital take no place", "[claims][roles]") {
    CHECK(claims_nothing("When we drove in from Sloviansk last week, the road through Bakhmut was lined with burned-out cars.",
                         "Sloviansk", "2023-02-01"));
    CHECK(claims_nothing("The freed soldiers had been taken to hospitals in the Sumy region for check-ups.", "Sumy region",
                         "2025-06-01"));
}

TEST_CASE("roles: officers or analysts in a city, beside an event with a place of its own, sit there - and 'no hits' is no hit",
          "[claims][roles]") {
    CHECK(claims_nothing("On 23 February Russian troops attacked Lastochkyne, and officers in Kyiv privately worry that "
                         "Ocheretyne could be next.",
                         "Kyiv", "2024-02-25"));
    CHECK(claims_nothing("Мер повідомив, що в самому Житомирі цієї ночі обійшлося без влучань.", "Житомирі", "2025-06-02"));
}

TEST_CASE("roles: officials in a town who tell of an event with no other place tell of their town", "[claims][roles]") {
    const Mention m = mention_in_report("Russian-installed officials in occupied Melitopol said a Ukrainian strike had damaged a fuel "
                                        "depot on Sunday.",
                                        "Melitopol", "2023-08-28");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    // (An event with a place of its own is that place's: the officials only sit in theirs.)
    CHECK(claims_nothing("Ukrainian drones struck two airbases deep inside Russia on Sunday, officials in Kyiv said.", "Kyiv",
                         "2025-06-02"));
}

TEST_CASE("roles: a river crossed near a town is no named target that makes the town a landmark", "[claims][roles]") {
    const Mention m = mention_in_report("The Russian army says it has repelled Ukrainian attempts to cross the Dnipro near Kozachi Laheri.",
                                        "Kozachi Laheri", "2024-11-23");
    CHECK(m.claim == ClaimType::attacked);
    // (A named plant near a town still is one: the plant is the target.)
    CHECK(claims_nothing("Drones struck the Novatek terminal near Ust-Luga.", "Ust-Luga", "2024-01-21"));
}

TEST_CASE("roles: an address's closing salute is no place of the event before it", "[claims][roles]") {
    CHECK(claims_nothing("Russian assaults continue near Pokrovsk and Kurakhove. Glory to Ukraine!", "Ukraine", "2024-11-20"));
    CHECK(mention_in_report("Russian assaults continue near Pokrovsk and Kurakhove. Glory to Ukraine!", "Kurakhove", "2024-11-20")
              .claim == ClaimType::attacked);
}

TEST_CASE("roles: the goal of an attack fought near another place is a bearing, the place near is where", "[claims]") {
    const std::string text = "Russian forces attacked toward Kostyantynivka near Stupochky on 4 November.";
    CHECK(mention_in_report(text, "Stupochky", "2025-11-05").claim == ClaimType::attacked);
    CHECK(claims_nothing(text, "Kostyantynivka", "2025-11-05"));
    const std::string direction = "Russian forces attacked in the direction of Sloviansk near Drobysheve on 4 November.";
    CHECK(mention_in_report(direction, "Drobysheve", "2025-11-05").claim == ClaimType::attacked);
    CHECK(claims_nothing(direction, "Sloviansk", "2025-11-05"));
    // (Alone, the goal is attacked.)
    CHECK(mention_in_report("Russian forces continued attacks toward Pokrovsk.", "Pokrovsk", "2025-11-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("roles: a town in a wire's dateline in title case is where the story was filed", "[claims]") {
    const std::string text = "Odesa, Ukraine (AP) \u2014 Ukrainian officials said Wednesday that shelling killed two people in Kherson.";
    CHECK(claims_nothing(text, "Odesa", "2025-11-20"));
    CHECK(mention_in_report(text, "Kherson", "2025-11-20").claim == ClaimType::struck);
    CHECK(claims_nothing("Dnipro, Nov 19 (Reuters) - A Russian missile hit a block of flats in Kryvyi Rih, officials said.", "Dnipro",
                         "2025-11-20"));
}

TEST_CASE("roles: talks or a summit in a phrase of its own leave the event beside them", "[claims]") {
    CHECK(mention_in_report("Russian drones struck Odesa during talks on a ceasefire.", "Odesa", "2025-11-20").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Russian troops captured Pokrovsk ahead of the summit.", "Pokrovsk", "2025-11-20").claim ==
          ClaimType::captured);
    // (In the event's own clause they make it a figure of speech.)
    CHECK(claims_nothing("Britain hits Russia with sanctions.", "Russia", "2025-11-20"));
}

TEST_CASE("roles: a year before this war, in the event's clause, tells history", "[claims]") {
    CHECK(claims_nothing("In 1941, German troops captured Kyiv after a long siege.", "Kyiv", "2025-11-20"));
    CHECK(mention_in_report("In 2022, Russian troops captured Kherson.", "Kherson", "2025-11-20").claim == ClaimType::captured);
}

TEST_CASE("roles: people taken somewhere are moved and no town taken - a person lands and a weapon strikes", "[claims]") {
    const std::string text = "Evacuees from Kostiantynivka were taken to Kramatorsk.";
    CHECK(claims_nothing(text, "Kostiantynivka", "2025-11-20"));
    CHECK(claims_nothing(text, "Kramatorsk", "2025-11-20"));
    CHECK(claims_nothing("Volodymyr Zelenskyy landed in Washington on Thursday.", "Washington", "2025-02-28"));
    CHECK(mention_in_report("A missile landed in Kharkiv on Thursday.", "Kharkiv", "2025-02-28").claim == ClaimType::struck);
}

TEST_CASE("roles: a river, a sea or a wide region of the world places what was hit", "[claims]") {
    const std::string text = "Overnight, Russian drones struck port infrastructure in the Izmail district, on the Danube.";
    CHECK(claims_nothing(text, "Danube", "2025-11-20"));
    CHECK(claims_nothing("A drone hit a military unit in the village of Sredny, the first such attack in Siberia.", "Siberia",
                         "2025-06-02"));
}

TEST_CASE("roles: trying to break into a town is an attack on it, breaking in an advance", "[claims]") {
    CHECK(mention_in_report("The enemy again tried to break into Tetkino.", "Tetkino", "2025-11-20").claim == ClaimType::attacked);
    CHECK(mention_in_report("Russian troops broke into Pokrovsk on Tuesday.", "Pokrovsk", "2025-11-20").claim == ClaimType::advanced);
}

TEST_CASE("roles: the mend's limits - a date of building, a verb with a prefix, a sea heading its line", "[claims]") {
    // (A year in another clause is no history of the event.)
    CHECK(mention_in_report("A Russian missile struck Kharkiv's Derzhprom building, built in 1928.", "Kharkiv", "2025-11-20").claim ==
          ClaimType::struck);
    // ("Re-Enter" is a verb with its prefix, no side's participle.)
    CHECK(mention_in_report("Ukrainian Forces Re-Enter Kherson", "Kherson", "2022-11-11").claim == ClaimType::captured);
    // (A river heading its line is where, still.)
    CHECK(claims_nothing("Danube: drones hit port infrastructure in Izmail overnight.", "Danube", "2025-11-20"));
}

TEST_CASE("roles: a person's home town is where the person is from, not where the event was", "[claims][roles]") {
    CHECK(claims_nothing("Ivan, a 45-year-old miner from Pavlohrad, was killed in the fighting near Pokrovsk, his family said.",
                         "Pavlohrad", "2025-11-20"));
    CHECK(mention_in_report("Ivan, a 45-year-old miner from Pavlohrad, was killed in the fighting near Pokrovsk, his family said.",
                            "Pokrovsk", "2025-11-20")
              .claim == ClaimType::attacked);
    CHECK(claims_nothing("The drone operator, a native of Chernihiv, said his unit had destroyed 20 Russian vehicles near Kupiansk.",
                         "Chernihiv", "2025-11-20"));
}

TEST_CASE("roles: the ends of a route are no place of what befell it", "[claims][roles]") {
    const std::string text = "Train services between Kharkiv and Kyiv were delayed after a Russian drone hit a locomotive near Lozova.";
    CHECK(claims_nothing(text, "Kharkiv", "2025-11-20"));
    CHECK(claims_nothing(text, "Kyiv", "2025-11-20"));
    CHECK(mention_in_report(text, "Lozova", "2025-11-20").claim == ClaimType::struck);
}

TEST_CASE("roles: a soldier's home town is no place of the event", "[claims][roles]") {
    CHECK_FALSE(mention_in("В ходе СВО погиб уроженец Брянска Иван Петров.", "Брянска").claim);
    CHECK_FALSE(mention_in("На війні загинув уродженець Житомира Андрій Коваль.", "Житомира").claim);
    CHECK_FALSE(mention_in("A native of Sumy was killed at the front.", "Sumy").claim);
}
