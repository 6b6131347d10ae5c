// Claims in the shapes of reports other than live blogs: bulletins, wire
// copy, governors' posts, war-blogger summaries, encyclopedic histories.
// Sentences written for the tests, each a shape, not a quotation.
#include <catch2/catch.hpp>

#include "claims_test_support.hpp"

using namespace frontline;
using frontline::test::claims_nothing;
using frontline::test::mention_in_report;
using frontline::test::mentions_of_report;

namespace {

std::string date_of(const Mention& m) { return m.event_date ? format_date(*m.event_date) : "none"; }

}  // namespace

TEST_CASE("bulletins: attempts to break through are attacks on every place of the list", "[claims][reports]") {
    const std::string text = "The enemy tried three times to break through our defences in the areas of Vovchansk and Kupiansk.";
    for (const char* place : {"Vovchansk", "Kupiansk"}) {
        INFO(place);
        Mention m = mention_in_report(text, place, "2025-03-05");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(date_of(m) == "2025-03-05");
    }
    // The defence broken through is the defender's, the attack the attacker's.
    const std::string uk = "Окупанти 52 рази намагалися прорвати оборону в районах Желанного та Орлівки.";
    for (const char* place : {"Желанного", "Орлівки"}) {
        INFO(place);
        Mention m = mention_in_report(uk, place, "2024-08-21");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(m.actor_side == "RU");
    }
}

TEST_CASE("bulletins: a sector heading takes the fighting of its sentence", "[claims][reports]") {
    const std::string text = "On the Lyman direction, the occupiers carried out 14 assault actions near Siversk and Kramatorsk.";
    CHECK(mention_in_report(text, "Siversk", "2025-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Kramatorsk", "2025-03-05").claim == ClaimType::attacked);
}

TEST_CASE("bulletins: repelled assaults are the other side's attacks", "[claims][reports]") {
    Mention m = mention_in_report("Defence forces repelled 18 assaults near Kurakhove.", "Kurakhove", "2025-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("wire: a strike dated by a weekday, with the governor as claimant", "[claims][reports]") {
    Mention m = mention_in_report("A drone hit a school in Nikopol on Sunday, wounding three people, the regional governor said.",
                                  "Nikopol", "2025-03-05");  // a Wednesday
    CHECK(m.claim == ClaimType::struck);
    CHECK(date_of(m) == "2025-03-02");
    CHECK(m.claimant == "governor");
}

TEST_CASE("wire: a town that came under fire is struck", "[claims][reports]") {
    CHECK(mention_in_report("Kramatorsk came under artillery fire twice during the night.", "Kramatorsk", "2025-03-05").claim ==
          ClaimType::struck);
}

TEST_CASE("headlines: a present-tense strike verb strikes its object", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops shell Kupiansk, mayor says", "Kupiansk", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Russia hammers Kharkiv overnight", "Kharkiv", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("wire: entering the outskirts is an advance, the tracker its claimant", "[claims][reports]") {
    Mention m = mention_in_report("Russian troops have entered the outskirts of Kostiantynivka, according to DeepState.",
                                  "Kostiantynivka", "2025-03-05");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(m.claimant == "DeepState");
}

TEST_CASE("wire: the liberation of a place is its capture", "[claims][reports]") {
    Mention m = mention_in_report("The liberation of Toretsk was announced by the Russian defence ministry on Tuesday.", "Toretsk",
                                  "2025-03-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(date_of(m) == "2025-03-04");
}

TEST_CASE("a passive list: every target before 'were hit' is struck", "[claims][reports]") {
    const std::string text = "A depot in Sumy, a substation in Nikopol and a bridge near Kupiansk were hit overnight.";
    for (const char* place : {"Sumy", "Nikopol", "Kupiansk"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2025-03-05").claim == ClaimType::struck);
    }
    // "Came under" is undergone too, however long the list of its subjects.
    const std::string came = "Kramatorsk, Druzhkivka and Kostiantynivka in Donetsk region, as well as Hrafske in Kharkiv region, "
                             "came under airstrikes.";
    for (const char* place : {"Kramatorsk", "Druzhkivka", "Hrafske"}) {
        INFO(place);
        CHECK(mention_in_report(came, place, "2025-03-05").claim == ClaimType::struck);
    }
}

TEST_CASE("interceptions, origins and offices carry no claim", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Air defences shot down 12 drones over the Kursk region.", "Kursk region", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("The drones were launched from the Kursk region and struck Sumy.", "Kursk region", "2025-03-05")
                    .claim);
    CHECK(mention_in_report("The drones were launched from the Kursk region and struck Sumy.", "Sumy", "2025-03-05").claim ==
          ClaimType::struck);
    CHECK_FALSE(mention_in_report("The Kursk region's governor said its forces took Vovchansk.", "Kursk region", "2025-03-05").claim);
    // A title written capitalised before the officer's name.
    CHECK(claims_nothing("Lipetsk Governor Igor Artamonov said a drone attack caused a fire at a substation near Yelets.", "Lipetsk",
                         "2025-03-05"));
    CHECK(mention_in_report("Lipetsk Governor Igor Artamonov said a drone attack caused a fire at a substation near Yelets.", "Yelets",
                            "2025-03-05")
              .claim == ClaimType::struck);
}

TEST_CASE("withdrawing from a town: the town is where it happened", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian units withdrew from Avdiivka to avoid encirclement.", "Avdiivka", "2024-02-17").claim ==
          ClaimType::withdrew);
    // Every town of the list the troops left.
    CHECK(mention_in_report("Ukrainian units withdrew from Avdiivka and Lastochkyne.", "Lastochkyne", "2024-02-17").claim ==
          ClaimType::withdrew);
}

TEST_CASE("origins: every item of a list after 'from' is where the weapons came from", "[claims][reports]") {
    const std::string text = "Russia launched 60 missiles and 90 drones from Belgorod, Kursk and Bryansk oblasts overnight, "
                             "damaging power plants in Kharkiv.";
    for (const char* origin : {"Belgorod", "Kursk", "Bryansk oblasts"}) {
        INFO(origin);
        CHECK_FALSE(mention_in_report(text, origin, "2025-03-05").claim);
    }
    CHECK(mention_in_report(text, "Kharkiv", "2025-03-05").claim == ClaimType::struck);
    // Aircraft launch over a place; an area noun may stand after "from".
    CHECK_FALSE(mention_in_report("The missile that hit Dnipro was fired from a Tu-22M3 bomber over the Kursk region.", "Kursk region",
                                  "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Беспилотники были запущены с территории Курской области и атаковали Сумы.", "Курской области",
                                  "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Бомбардировщики выпускали ракеты из района Оленегорска и над Каспийским морем.", "Оленегорска",
                                  "2025-03-05")
                    .claim);
    // Fire from an area is from there, whatever the verb; ground taken in an
    // area ("выбили из района") is the area's.
    // The region an origin lies in is no target either.
    CHECK_FALSE(mention_in_report("Russia launched 40 drones from Millerovo in Rostov Oblast at Kharkiv.", "Rostov Oblast", "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Удари завдавалися з території Курської області.", "Курської області", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("Ворог обстріляв Херсон з району Олешок.", "Олешок", "2025-03-05").claim);
    CHECK(mention_in_report("Ворог обстріляв Херсон з району Олешок.", "Херсон", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Наши подразделения выбили противника из района Работино.", "Работино", "2025-03-05").claim ==
          ClaimType::captured);
}

TEST_CASE("a named plant near a town makes the town a landmark — an unnamed one does not", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Drones hit the Azot plant near Nikopol.", "Nikopol", "2025-03-05").claim);
    CHECK(mention_in_report("Drones hit two power plants near Nikopol.", "Nikopol", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("politics is no battlefield", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Britain hits Russia with a new wave of sanctions.", "Russia", "2025-03-05").claim);
    CHECK(test::claims_nothing("Moscow uses expendable troops to wear down the defenders.", "Moscow", "2025-03-05"));
}

TEST_CASE("an attempt to advance is an attack — dislodging from a town is the town's", "[claims][reports]") {
    CHECK(mention_in_report("The occupiers tried 12 times to advance near Vovchansk.", "Vovchansk", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("The enemy keeps trying to dislodge our units from Kupiansk.", "Kupiansk", "2025-03-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("coordination is no apposition — a clause of its own is no landmark", "[claims][reports]") {
    const std::string text = "Russian forces attacked near Siversk, northwest of Bakhmut, and near Lyman on Monday.";
    CHECK(mention_in_report(text, "Lyman", "2025-03-05").claim == ClaimType::attacked);
    CHECK_FALSE(mention_in_report(text, "Bakhmut", "2025-03-05").claim);
    CHECK(mention_in_report("In the Donetsk region, the occupiers advanced near Toretsk.", "Toretsk", "2025-03-05").claim ==
          ClaimType::advanced);
}

TEST_CASE("the month May is no modal", "[claims][reports]") {
    CHECK(mention_in_report("On 7 May 2022, Russian troops captured Avdiivka.", "Avdiivka", "2023-07-14").claim == ClaimType::captured);
}

TEST_CASE("a side named after the event word is its target, unless a passive names the actor", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian drones hit a Russian drone base near Kupiansk.", "Kupiansk", "2025-03-05").actor_side == "UA");
    CHECK(mention_in_report("Kupiansk was attacked by Russian forces overnight.", "Kupiansk", "2025-03-05").actor_side == "RU");
    CHECK(mention_in_report("Our artillery hit the enemy's positions near Vovchansk. The Kiev regime's formations retreated.",
                            "Vovchansk", "2025-03-05")
              .actor_side == "RU");
}

TEST_CASE("'the town of X' names X — a name before the noun only qualifies it", "[claims][reports]") {
    const std::string text = "In the Kharkiv region, one man in the town of Kupiansk was killed, and two others were wounded in shelling.";
    CHECK(mention_in_report(text, "Kupiansk", "2025-03-05").claim == ClaimType::struck);
    const std::string assault = "Fourteen months after it began, the Russian assault on the small Donbas town of Toretsk is nearing its end.";
    CHECK(mention_in_report(assault, "Toretsk", "2025-03-05").claim == ClaimType::attacked);
    CHECK_FALSE(mention_in_report(assault, "Donbas", "2025-03-05").claim);
}

TEST_CASE("a landmark needs a placing word right before it — a list item with a target of its own is none", "[claims][reports]") {
    // "X, two depots near Y" starts an item; "X, just north of the town of Y" places X.
    const std::string list = "A refinery in Saratov, two depots near Engels, and a substation were hit overnight.";
    CHECK(mention_in_report(list, "Engels", "2025-03-05").claim == ClaimType::struck);
    const std::string apposition =
        "The ministry said its forces had captured Hannivka, near the embattled town of Toretsk, further north.";
    CHECK(mention_in_report(apposition, "Hannivka", "2025-03-05").claim == ClaimType::captured);
    CHECK_FALSE(mention_in_report(apposition, "Toretsk", "2025-03-05").claim);
    // A unit is no named target: the town stays the target.
    CHECK(mention_in_report("Drones destroyed a command post of the 20th Army near Valuyki.", "Valuyki", "2025-03-05").claim ==
          ClaimType::struck);
}

TEST_CASE("an event word beside a past war tells history", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("The siege of Leningrad during the Second World War lasted 872 days.", "Leningrad", "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("Нацисти зруйнували Харків у 1943 році.", "Харків", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("Люди погибли в Ленинграде во время блокады в годы Второй мировой войны.", "Ленинграде",
                                  "2025-03-05")
                    .claim);
    // This war's siege stays a claim.
    CHECK(mention_in_report("The siege of Mariupol lasted 86 days.", "Mariupol", "2025-03-05").claim == ClaimType::attacked);
}

TEST_CASE("a destination is no place of the event", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Saboteurs blew up a freight train heading to Crimea.", "Crimea", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("Russian troops entered the village and took twenty residents back to Russia.", "Russia",
                                  "2025-03-05")
                    .claim);
    // An advance to a place is the advance's locus.
    CHECK(mention_in_report("Russian troops advanced to the outskirts of Kupiansk.", "Kupiansk", "2025-03-05").claim ==
          ClaimType::advanced);
}

TEST_CASE("the event word of the name's own clause is the claim's basis, and its actor the actor", "[claims][reports]") {
    Mention m = mention_in_report("Fighting continues on the outskirts of Toretsk; the enemy is counterattacking from the south.",
                                  "Toretsk", "2025-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.evidence.claim_basis == "Fighting");
    CHECK_FALSE(m.actor);  // the other clause's enemy is not its actor; only the place's country gives a side
    CHECK(m.evidence.actor_basis.find("likely side") != std::string::npos);
}

TEST_CASE("war bloggers: a capture on a direction is fighting along the direction", "[claims][reports]") {
    const std::string text = "In the Pokrovsk direction, Russian units freed Udachne and Kotlyne.";
    CHECK(mention_in_report(text, "Pokrovsk", "2025-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Udachne", "2025-03-05").claim == ClaimType::captured);
}

TEST_CASE("a verb coordinated after the name has objects of its own", "[claims][reports]") {
    const std::string text = "Russian troops have advanced near Vovchansk and entered at least two other villages.";
    CHECK(mention_in_report(text, "Vovchansk", "2025-03-05").claim == ClaimType::advanced);
    const std::string text2 = "Russian units are consolidating positions around Zakotne and completing the clearing of Siversk.";
    CHECK(mention_in_report(text2, "Zakotne", "2025-03-05").claim == ClaimType::advanced);
    CHECK(mention_in_report(text2, "Siversk", "2025-03-05").claim == ClaimType::captured);
    // Without an earlier event word the later one still governs the list.
    CHECK(mention_in_report("Kramatorsk and Sloviansk were shelled overnight.", "Kramatorsk", "2025-03-05").claim ==
          ClaimType::struck);
}

TEST_CASE("the name of a battle is no event at its place", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Ukrainians declare victory in the battle of Pokrovsk.", "Pokrovsk", "2025-03-05").claim);
    CHECK(mention_in_report("The battle for Pokrovsk goes on.", "Pokrovsk", "2025-03-05").claim == ClaimType::attacked);
}

TEST_CASE("addresses: the people met with sit where they are named, and so do the items of that list", "[claims][reports]") {
    const std::string text = "The president discussed the attack with leaders in Berlin and Warsaw.";
    CHECK(claims_nothing(text, "Berlin", "2024-04-11"));
    CHECK(claims_nothing(text, "Warsaw", "2024-04-11"));
    CHECK(claims_nothing("Talks on the strikes continued with officials in Madrid.", "Madrid", "2024-04-11"));
}

TEST_CASE("a town after 'in' that places another names where, not what was hit", "[claims][reports]") {
    const std::string text = "A powerful explosion rocked the port of Severomorsk in Murmansk overnight.";
    CHECK(mention_in_report(text, "Severomorsk", "2025-03-05").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(text, "Murmansk", "2025-03-05").claim);
}

TEST_CASE("wires: a facility hit in a region that holds no other place is a strike on the region", "[claims][reports]") {
    const std::string text = "Ukraine struck Russia with drones overnight, hitting an ammunition plant in the Tambov region and "
                             "fuel depots in the Orenburg region, officials said.";
    CHECK(mention_in_report(text, "Tambov region", "2025-01-14").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Orenburg region", "2025-01-14").claim == ClaimType::struck);
    // A region that holds the village named is only its container.
    CHECK_FALSE(mention_in_report("Drones hit a fuel depot in the Tambov region near the village of Kotovsk.",
                                  "Tambov region", "2025-01-14")
                    .claim);
}

TEST_CASE("wires: a region joined to a list by 'and the' is one of its items, a country after a list is not",
          "[claims][reports]") {
    const std::string text = "Russian missiles hit energy facilities in the Poltava region and the Sumy region, the operator said.";
    CHECK(mention_in_report(text, "Sumy region", "2024-04-11").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report("Britain said the sanctions target Russian activity in Libya, Mali and the Central African "
                                  "Republic by targeting mercenary groups.",
                                  "Central African Republic", "2024-04-11")
                    .claim);
}

TEST_CASE("timelines: what a ground advance went into is where it advanced, a region too", "[claims][reports]") {
    CHECK(mention_in_report("August 6 \u2013 Ukrainian troops cross the border into the Bryansk region and overrun border posts.",
                            "Bryansk region", "2024-08-06")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Volunteer units said they had crossed the border into the Kursk region and the Belgorod region.",
                            "Kursk region", "2024-03-12")
              .claim == ClaimType::advanced);
}

TEST_CASE("wires: an appositive between a place and its passive capture leaves it the subject", "[claims][reports]") {
    CHECK(mention_in_report("The general made the claim during a televised meeting with the president, at which he also said "
                            "that Lyptsi, in the north of the region, had been taken.",
                            "Lyptsi", "2025-06-08")
              .claim == ClaimType::captured);
    CHECK(mention_in_report("The general tells the president that Oleshnia, the last village held by Ukraine in the region, "
                            "has been taken.",
                            "Oleshnia", "2025-06-08")
              .claim == ClaimType::captured);
}

TEST_CASE("wires: a region taken as a whole is captured, though it holds the town taken with it", "[claims][reports]") {
    const std::string text = "The ministry stated that with the liberation of Sievierodonetsk, the whole of the Luhansk region "
                             "had been brought under control.";
    CHECK(mention_in_report(text, "Luhansk region", "2022-07-03").claim == ClaimType::captured);
    CHECK(mention_in_report(text, "Sievierodonetsk", "2022-07-03").claim == ClaimType::captured);
}

TEST_CASE("bulletins: a region that is the only place of its event word's clause keeps the claim", "[claims][reports]") {
    const std::string text = "Командующий признал, что подразделения в Брянской области отошли на более выгодные рубежи, однако "
                             "заверил, что угрозы окружения нет.";
    CHECK(mention_in_report(text, "Брянской области", "2025-03-12").claim == ClaimType::withdrew);
    // So is a city's district.
    CHECK(mention_in_report("Russian missiles struck a dormitory in the Saltivskyi district; 7 killed, 16 injured.",
                            "Saltivskyi district", "2022-08-17")
              .claim == ClaimType::struck);
}

TEST_CASE("bulletins: the subject after the copula of an inverted 'under fire' is where it was", "[claims][reports]") {
    CHECK(mention_in_report("Також уночі під ударом був Білгород-Дністровський район: пошкоджено склад, обійшлося без "
                            "постраждалих.",
                            "Білгород-Дністровський район", "2025-01-31")
              .claim == ClaimType::struck);
}

TEST_CASE("MoD style: a place that only places where fire came from is not hit - a ground attack from near it is there",
          "[claims][reports]") {
    const std::string text = "Throughout the day, the enemy shelled Kostiantynivka from the heights near Toretsk.";
    CHECK(mention_in_report(text, "Kostiantynivka", "2023-05-20").claim == ClaimType::struck);
    CHECK(claims_nothing(text, "Toretsk", "2023-05-20"));
    CHECK(mention_in_report("Russian forces continue to attack from the north near Yahidne.", "Yahidne", "2023-03-08").claim ==
          ClaimType::attacked);
}

TEST_CASE("humanitarian: the destinations of an evacuation share its reading, whatever word follows", "[claims][reports]") {
    const std::string text = "Authorities announced the voluntary evacuation of residents from Kherson to the Vinnytsia, Odesa, "
                             "Cherkasy and Poltava regions, citing damaged infrastructure ahead of winter.";
    CHECK(claims_nothing(text, "Cherkasy", "2022-11-21"));
    CHECK(claims_nothing(text, "Poltava regions", "2022-11-21"));
}

TEST_CASE("a side's adjective is no name of a target near a town", "[claims][reports]") {
    // "a Russian refinery near X": the refinery is unnamed, so X is the target.
    CHECK(mention_in_report("Drones hit a Russian refinery near the town of Kstovo.", "Kstovo", "2025-03-05").claim ==
          ClaimType::struck);
    // "the Konakovo gas plant near Tver": the plant is named; Tver only places it.
    CHECK_FALSE(mention_in_report("Drones hit the Konakovo gas plant near Tver.", "Tver", "2025-03-05").claim);
    // Nor is an owner's name after "of": the station is still unnamed.
    CHECK(mention_in_report("Seven drones attacked a pumping station of the Druzhba Pipeline Company near the town of "
                            "Unecha on Monday.",
                            "Unecha", "2025-03-05")
              .claim == ClaimType::struck);
}

TEST_CASE("expanding a zone of control is an advance", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops are expanding their control zone in Dibrova.", "Dibrova", "2025-03-05").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Російські війська розширили зону контролю біля Торецька.", "Торецька", "2025-03-05").claim ==
          ClaimType::advanced);
}

TEST_CASE("strike reports: a firm's plant near a town is a facility of its own, drawn at the town", "[claims][reports]") {
    const std::string text = "Ukrainian drones struck the Splavprom plant near Tula overnight.";
    Mention plant = mention_in_report(text, "Splavprom plant", "2025-03-05");
    CHECK(plant.kind == PlaceKind::facility);
    CHECK(plant.claim == ClaimType::struck);
    CHECK(plant.place_name == "Splavprom plant");
    REQUIRE(plant.lat);
    Mention town = mention_in_report(text, "Tula", "2025-03-05");
    CHECK(*plant.lat == *town.lat);
    CHECK_FALSE(town.claim);  // only places the target
    // The region around a terminal only places it; a village it stands in is hit with it.
    const std::string terminal = "Drones hit the Tamannafta oil terminal in the Krasnodar region.";
    CHECK(mention_in_report(terminal, "Tamannafta oil terminal", "2025-03-05").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(terminal, "Krasnodar region", "2025-03-05").claim);
    CHECK(mention_in_report("Drones hit the 13th GRAU arsenal in Kotovo near Novgorod.", "13th GRAU arsenal", "2025-03-05")
              .kind == PlaceKind::facility);
    CHECK(mention_in_report("Drones hit the 13th GRAU arsenal in Kotovo near Novgorod.", "Kotovo", "2025-03-05").claim ==
          ClaimType::struck);
    CHECK_FALSE(mention_in_report("Drones hit the 13th GRAU arsenal in Kotovo near Novgorod.", "Novgorod", "2025-03-05").claim);
}

TEST_CASE("strike reports: no facility without a name, or without a place that locates it", "[claims][reports]") {
    // "a Russian refinery": a side, not a name; the town is the target.
    Mention town = mention_in_report("Drones hit a Russian refinery near Tula.", "Tula", "2025-03-05");
    CHECK(town.claim == ClaimType::struck);
    Document doc = parse_text("The Splavprom plant was mentioned in the report.", "t.txt", "t.txt");
    analyse_structure(doc, nullptr);
    CHECK(frontline::test::claims_pipeline().process(doc).empty());
    // (Nor is the town of the next sentence one that locates it.)
    Document next = parse_text("Russia shelled Nikopol across the Dnipro reservoir.\n\nThe town of Selydove fell in late October.",
                               "t.txt", "t.txt");
    analyse_structure(next, nullptr);
    for (const Mention& m : frontline::test::claims_pipeline().process(next)) CHECK(m.surface != "Dnipro reservoir");
}

TEST_CASE("people who flee a place are no withdrawal — troops who flee are", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("200,000 Russians have fled the Kursk region.", "Kursk region", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("Thousands of residents fled Pokrovsk.", "Pokrovsk", "2025-03-05").claim);
    CHECK(mention_in_report("Russian troops fled Kherson.", "Kherson", "2025-03-05").claim == ClaimType::withdrew);
}

TEST_CASE("a person shot is a killing, not a strike on the place", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("A former lawmaker was shot and wounded in Crimea.", "Crimea", "2025-03-05").claim);
    // Casualties alone still tell of a strike.
    CHECK(mention_in_report("Two people were wounded in Nikopol.", "Nikopol", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("a wanted or avoided event is not reported as happened", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Russia has long hoped to take the stronghold of Pokrovsk.", "Pokrovsk", "2025-08-15").claim);
    CHECK_FALSE(
        mention_in_report("Rather than attacking Pokrovsk directly, Russian units skirted it.", "Pokrovsk", "2025-08-15").claim);
    CHECK(mention_in_report("Russian units attacked Pokrovsk directly.", "Pokrovsk", "2025-08-15").claim == ClaimType::attacked);
    // Holding a town is no capture of it; an unlikely capture is no capture.
    CHECK_FALSE(mention_in_report("Pokrovsk remains under Ukrainian control.", "Pokrovsk", "2025-08-15").claim);
    CHECK_FALSE(mention_in_report("Родинське залишається під контролем Сил оборони.", "Родинське", "2025-08-15").claim);
    CHECK_FALSE(mention_in_report("Russia is highly unlikely to have the forces to seize Kharkiv.", "Kharkiv", "2025-08-15").claim);
    // An objective, or the way a gain opens, is a plan.
    CHECK_FALSE(mention_in_report("Russia's likely next objective is to encircle Bakhmut from the north.", "Bakhmut", "2023-01-12")
                    .claim);
    CHECK_FALSE(mention_in_report("The town's fall opens the way for an offensive on Kurakhove.", "Kurakhove", "2024-10-02").claim);
}

TEST_CASE("war bloggers: forces acting on in the next sentence carry its event", "[claims][reports]") {
    const std::string text = "At night, drones hit a substation in Sumy. Our UAVs also operated in the Dnipropetrovsk region.";
    CHECK(mention_in_report(text, "Dnipropetrovsk region", "2025-12-10").claim == ClaimType::struck);
    // A sentence that only places things acts on nothing.
    const std::string text2 = "Drones hit Sumy. The town lies 10 km from Yunakivka.";
    CHECK_FALSE(mention_in_report(text2, "Yunakivka", "2025-12-10").claim);
}

TEST_CASE("event tables: a row of military movement deploys forces at its place", "[claims][reports]") {
    const std::string row = "UW0543,2022-02-24,Russian military movement,Russian military movement,Kherson Oblast,,Nova Kakhovka,,1";
    CHECK(mention_in_report(row, "Nova Kakhovka", "2022-02-24").claim == ClaimType::deployed);
    CHECK(mention_in_report("The occupiers had no choice but to flee Kherson.", "Kherson", "2022-11-10").claim ==
          ClaimType::withdrew);
}

TEST_CASE("event tables: a later cell's 'the village' points back at the row's place", "[claims][reports]") {
    const std::string rows =
        "date | location | type | notes\n"
        "2025-03-02 | Novoiehorivka, Kharkiv Oblast | Battles | Russian MoD claimed capture of the village; Kyiv denied it.\n"
        "2025-03-03 | Yampil, Donetsk Oblast | Battles | Ukrainian units pulled out of positions near the town after heavy assaults.\n";
    CHECK(mention_in_report(rows, "Novoiehorivka", "2025-03-04").claim == ClaimType::captured);
    CHECK(mention_in_report(rows, "Yampil", "2025-03-04").claim == ClaimType::withdrew);
    // (A guard) prose points back across sentences as often: the town
    // encircled is the one told of before, not the village named last.
    CHECK(mention_in_report("After advances at Vodiane, Russian forces threatened to encircle the town.", "Vodiane", "2024-10-02")
              .claim == ClaimType::advanced);
}

TEST_CASE("assessments: a claim the assessor has not confirmed is disputed — regained positions are an advance", "[claims][reports]") {
    Mention m = mention_in_report(
        "Russian milbloggers claimed that Russian forces seized Novoselydivka, but ISW has not observed confirmation of this claim.",
        "Novoselydivka", "2024-11-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.status == ClaimStatus::disputed);
    CHECK(mention_in_report("Ukrainian forces recently regained positions near Kupiansk.", "Kupiansk", "2024-11-05").claim ==
          ClaimType::advanced);
}

TEST_CASE("assessments: a bearing from a town then 'near' a village: the village is where", "[claims][reports]") {
    const std::string text = "Fighting continued northeast of Kupiansk near Kruhlyakivka and Lozova.";
    CHECK(mention_in_report(text, "Kruhlyakivka", "2024-11-05").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Lozova", "2024-11-05").claim == ClaimType::attacked);
    CHECK_FALSE(mention_in_report(text, "Kupiansk", "2024-11-05").claim);
    // Without a bearing, "X near Y" keeps Y a landmark.
    CHECK_FALSE(mention_in_report("Russian forces captured Maksymivka near Vuhledar.", "Vuhledar", "2024-11-05").claim);
}

TEST_CASE("wire: a plural region word designates every name of its list", "[claims][reports]") {
    Mention lviv = mention_in_report("Russian missiles struck energy facilities in the Lviv and Ivano-Frankivsk regions overnight.",
                                     "Lviv", "2024-11-05");
    CHECK(lviv.kind == PlaceKind::admin1);
    CHECK(lviv.claim == ClaimType::struck);
}

TEST_CASE("wire: a town's possessive names a part of it — its mayor acts for it", "[claims][reports]") {
    CHECK(mention_in_report("The strike on Odesa's port damaged a grain terminal.", "Odesa", "2024-11-05").claim ==
          ClaimType::struck);
    CHECK_FALSE(mention_in_report("Kharkiv's mayor said strikes continued.", "Kharkiv", "2024-11-05").claim);
}

TEST_CASE("digests: sabotage and fire are strikes, a source after punctuation does not make the town speak",
          "[claims][reports]") {
    CHECK(mention_in_report("A railway bridge was blown up near Bryansk overnight.", "Bryansk", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("A fire broke out at an oil depot in Tuapse after a drone attack.", "Tuapse", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Several houses in Kherson were reduced to rubble.", "Kherson", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Explosions thundered in Kramatorsk; according to residents, the airfield was hit.", "Kramatorsk",
                            "2025-11-14")
              .claim == ClaimType::struck);
}

TEST_CASE("bulletins: holding off, ambushing and stopping an advance are fighting — breaking in is an advance",
          "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian units held off the assaults near Kupiansk for a third day.", "Kupiansk", "2025-11-14")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Russian soldiers ambushed a patrol near Vovchansk.", "Vovchansk", "2025-11-14").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Our soldiers stopped the enemy advance near Pokrovsk.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::attacked);
    Mention m = mention_in_report("Russian troops broke into the eastern districts of Kupiansk.", "Kupiansk", "2025-11-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian units are mopping up Selydove.", "Selydove", "2025-11-14").claim == ClaimType::captured);
}

TEST_CASE("encyclopedic: a base that was attacked was struck — forces in control of a village took it", "[claims][reports]") {
    CHECK(mention_in_report("The Yavoriv military base was attacked by Russian forces on 13 March 2022.", "Yavoriv", "2023-07-14")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Russian troops attacked Bakhmut from three sides.", "Bakhmut", "2023-07-14").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Both ministries stated that Russian forces were in control of Toshkivka.", "Toshkivka", "2023-07-14")
              .claim == ClaimType::captured);
}

TEST_CASE("telegram and addresses: a weapon alone, a flag, the hardest place", "[claims][reports]") {
    CHECK(mention_in_report("Another Shahed over Odesa this morning, two injured.", "Odesa", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Half of Kharkiv is without power tonight.", "Kharkiv", "2025-11-14").claim == ClaimType::struck);
    CHECK(mention_in_report("Our flag is back over Vovchansk.", "Vovchansk", "2025-11-14").claim == ClaimType::captured);
    CHECK(mention_in_report("The hardest situation today is near Pokrovsk.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::attacked);
    // A weapon brought down is no strike on the place below it.
    CHECK_FALSE(mention_in_report("Air defence shot down a drone over Kyiv.", "Kyiv", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("encyclopedic: attacks repelled by the other side stay the attackers'", "[claims][reports]") {
    Mention m = mention_in_report("Russian forces launched attacks on Toshkivka but were repelled by Ukrainian forces.", "Toshkivka",
                                  "2023-07-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("assessments: a unit named between side and force word acts — strikes against a country hit it", "[claims][reports]") {
    Mention m = mention_in_report("Elements of the Russian 20th Motorized Rifle Division are reportedly operating near Kupyansk.",
                                  "Kupyansk", "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian forces conducted missile and drone strikes against Ukraine overnight.", "Ukraine", "2025-11-14")
              .claim == ClaimType::struck);
    CHECK(test::claims_nothing("Sanctions against Russia were extended.", "Russia", "2025-11-14"));
    CHECK(mention_in_report("Footage shows Ukrainian forces striking a Russian vehicle near Kruhlyakivka.", "Kruhlyakivka",
                            "2025-11-14")
              .claim == ClaimType::struck);
}

TEST_CASE("war bloggers in translation: holding on, controlling most of a town, moving forward", "[claims][reports]") {
    // The fighting is the attackers': those who hold on are its defenders.
    Mention held = mention_in_report("The Ukrainian formations continue to hold on in Pokrovsk.", "Pokrovsk", "2025-11-14");
    CHECK(held.claim == ClaimType::attacked);
    CHECK(held.actor_side == "RU");
    CHECK(mention_in_report("In Kupyansk, the situation remains difficult: Russian units control most of the city.", "Kupyansk",
                            "2025-11-14")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian troops have moved forward in the area of Andriivka.", "Andriivka", "2025-11-14").claim ==
          ClaimType::advanced);
}

TEST_CASE("magazines: a town near which a region's fighting is narrows where — occupying a province takes it", "[claims][reports]") {
    CHECK(mention_in_report("The fighting is hardest in eastern Ukraine, near Pokrovsk.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russia now occupies almost all of Luhansk province.", "Luhansk province", "2025-11-14").claim ==
          ClaimType::captured);
}

TEST_CASE("wire: 'its forces' are the forces of the country that speaks", "[claims][reports]") {
    Mention m = mention_in_report("Russia says its forces took control of Kurakhove.", "Kurakhove", "2025-01-06");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ukraine says its soldiers pushed Russian troops back near Kupiansk.", "Kupiansk", "2025-01-06")
              .actor_side == "UA");
}

TEST_CASE("digests: 'have occupied the village' is a capture — 'occupied Melitopol' is a state", "[claims][reports]") {
    CHECK(mention_in_report("According to DeepState, the Russians have occupied the village of Novoselivka.", "Novoselivka",
                            "2025-11-14")
              .claim == ClaimType::captured);
    CHECK_FALSE(mention_in_report("Residents of occupied Melitopol said the mayor had been replaced.", "Melitopol", "2025-11-14")
                    .claim);
}

TEST_CASE("encyclopedic: a name joined by 'and' shares the reading of the name right before it", "[claims][reports]") {
    const std::string text = "Russian forces were in control of Toshkivka, with the Ukrainian side stating that their troops had "
                             "withdrawn from the pocket around the towns of Hirske and Zolote.";
    CHECK(mention_in_report(text, "Toshkivka", "2023-07-14").claim == ClaimType::captured);
    CHECK(mention_in_report(text, "Hirske", "2023-07-14").claim == ClaimType::withdrew);
    CHECK(mention_in_report(text, "Zolote", "2023-07-14").claim == ClaimType::withdrew);
}

TEST_CASE("magazines: troops at a town's edge, grinding forward — a range of towns hit", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops are now on the edge of Pokrovsk, a logistics hub.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("The Russians have been grinding forward around Kurakhove.", "Kurakhove", "2025-11-14").claim ==
          ClaimType::advanced);
    const std::string range = "Ukrainian drones have set refineries ablaze from Ryazan to Volgograd.";
    CHECK(mention_in_report(range, "Ryazan", "2025-11-14").claim == ClaimType::struck);
    CHECK(mention_in_report(range, "Volgograd", "2025-11-14").claim == ClaimType::struck);
    // Drones launched from a region: its origin, not a target.
    CHECK_FALSE(mention_in_report("Russia launched drones from the Kursk region overnight.", "Kursk region", "2025-11-14").claim);
}

TEST_CASE("telegram: since 2023 an attack on a big Ukrainian city is a strike — on a front town fighting", "[claims][reports]") {
    CHECK(mention_in_report("The enemy attacked Kharkiv again, there are wounded.", "Kharkiv", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("The enemy attacked Pokrovsk again from three sides.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian troops attacked Kharkiv from the north.", "Kharkiv", "2022-03-01").claim == ClaimType::attacked);
}

TEST_CASE("wire: an air raid alert or sirens are warnings, not strikes", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("An air raid alert was declared in Kyiv at 3 a.m.", "Kyiv", "2025-11-14").claim);
    CHECK_FALSE(mention_in_report("Air raid sirens sounded across Kharkiv overnight.", "Kharkiv", "2025-11-14").claim);
}

TEST_CASE("wire: forces a few kilometres from a town have advanced on it — a distance otherwise places another place",
          "[claims][reports]") {
    Mention m = mention_in_report("Russian forces are now less than 3 km from Pokrovsk.", "Pokrovsk", "2025-03-05");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian troops have pushed to within two miles of Pokrovsk, officials said.", "Pokrovsk",
                            "2025-03-05")
              .claim == ClaimType::advanced);
    // A strike placed by the distance is no advance on the reference town,
    // nor is a base a distance from a city.
    CHECK_FALSE(mention_in_report("A drone hit a house 5 km south of Pokrovsk.", "Pokrovsk", "2025-03-05").claim);
    CHECK_FALSE(mention_in_report("The blast happened at a military base 730 km southeast of Moscow.", "Moscow", "2025-03-05")
                    .claim);
    // A distance moved is no distance from the place.
    m = mention_in_report("Наші підрозділи просунулися на 1,5 км у районі Роботиного.", "Роботиного", "2025-03-05");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("bulletins: where the situation stays difficult or tense there is fighting", "[claims][reports]") {
    CHECK(mention_in_report("The situation near Pokrovsk remains extremely difficult.", "Pokrovsk", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Ситуація в районі Часового Яру залишається складною.", "Часового Яру", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Обстановка в районе Курахово остаётся напряжённой.", "Курахово", "2025-03-05").claim ==
          ClaimType::attacked);
    CHECK_FALSE(mention_in_report("The situation in Lviv remains calm.", "Lviv", "2025-03-05").claim);
}

TEST_CASE("wire: an operation names its side as a unit does", "[claims][reports]") {
    // (Territory around a town is ground by it: an advance, not the town taken.)
    Mention m = mention_in_report("A Ukrainian counteroffensive has retaken territory around Kharkiv.", "Kharkiv", "2025-03-05");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("telegram: a line headed by its place reports on that place", "[claims][reports]") {
    CHECK(mention_in_report("Одещина: уламки дрона пошкодили склад.", "Одещина", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Kharkiv – explosions in the city centre after a drone attack.", "Kharkiv", "2025-03-05").claim ==
          ClaimType::struck);
    // A heading names no event by itself.
    CHECK_FALSE(mention_in_report("Odesa: the mayor opened a new school.", "Odesa", "2025-03-05").claim);
}

TEST_CASE("wire: an attack aimed at infrastructure or a facility in a place is a strike on it", "[claims][reports]") {
    CHECK(mention_in_report("Russia attacked energy infrastructure in the Kyiv region overnight.", "Kyiv region", "2025-03-05")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Росія вкотре атакувала енергетику Київщини.", "Київщини", "2025-03-05").claim == ClaimType::struck);
    // Assaults on positions stay fighting.
    CHECK(mention_in_report("Russian forces attacked Ukrainian positions near Toretsk.", "Toretsk", "2025-03-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("magazines: an offensive or a battle near a big city stays fighting — an attack on it from the air is a strike",
          "[claims][reports]") {
    CHECK(mention_in_report("Russia's summer offensive has stalled outside Kharkiv.", "Kharkiv", "2024-07-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russia launched a new offensive towards Zaporizhzhia.", "Zaporizhzhia", "2025-07-05").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russia attacked Kharkiv overnight.", "Kharkiv", "2024-07-05").claim == ClaimType::struck);
}

TEST_CASE("encyclopedic: a region an event word governs keeps its claim beside a town of it", "[claims][reports]") {
    const std::string text = "Russian forces captured Lysychansk on 2 July, fully capturing Luhansk Oblast.";
    CHECK(mention_in_report(text, "Lysychansk", "2022-07-05").claim == ClaimType::captured);
    CHECK(mention_in_report(text, "Luhansk Oblast", "2022-07-05").claim == ClaimType::captured);
    // A region that only places the town gives its claim up.
    CHECK_FALSE(mention_in_report("Russian forces captured Lysychansk in Luhansk Oblast.", "Luhansk Oblast", "2022-07-05").claim);
}

TEST_CASE("translated addresses: 'under' a town is near it, and stopping the enemy there is fighting", "[claims][reports]") {
    Mention m = mention_in_report("We stopped them under Pokrovsk, he added.", "Pokrovsk", "2025-02-01");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Наші воїни зупинили ворога під Покровськом.", "Покровськом", "2025-02-01").claim ==
          ClaimType::attacked);
    CHECK_FALSE(mention_in_report("The train stopped in Pokrovsk for an hour.", "Pokrovsk", "2025-02-01").claim);
}

TEST_CASE("war bloggers: taking a town's edge is an advance into it — pulling troops to it a deployment", "[claims][reports]") {
    CHECK(mention_in_report("Russian assault detachments have entered the private sector on the outskirts of Toretsk.",
                            "Toretsk", "2025-02-01")
              .claim == ClaimType::advanced);
    Mention m = mention_in_report("Наші штурмовики зайшли на околиці Покровська.", "Покровська", "2025-02-01");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("The enemy continues to pull troops towards Krasnoarmeysk.", "Krasnoarmeysk", "2025-02-01").claim ==
          ClaimType::deployed);
    // A town taken whole stays captured.
    CHECK(mention_in_report("Russian troops entered Toretsk.", "Toretsk", "2025-02-01").claim == ClaimType::captured);
}

TEST_CASE("telegram: a line ending in a colon introduces the list below it, up to a blank line", "[claims][reports]") {
    const std::string text =
        "Над ранок ворог обстріляв такі міста:\n- Нікополь\n- Марганець\n\nУ Львові тихо.\n";
    CHECK(mention_in_report(text, "Марганець", "2025-02-01").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Нікополь", "2025-02-01").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(text, "Львові", "2025-02-01").claim);
    const std::string two_lines = "Over the past day, Russian troops shelled the following settlements:\nNikopol, Marhanets.\n";
    CHECK(mention_in_report(two_lines, "Nikopol", "2025-02-01").claim == ClaimType::struck);
}

TEST_CASE("addresses and posts: a town Ukrainian again is retaken — rubble tells of a strike, working air defence of an interception",
          "[claims][reports]") {
    CHECK(mention_in_report("Ізюм знову український.", "Ізюм", "2022-09-12").claim == ClaimType::captured);
    CHECK(mention_in_report("Kherson is Ukrainian again.", "Kherson", "2022-11-12").claim == ClaimType::captured);
    CHECK(mention_in_report("Dnipro: rescuers are pulling people from the rubble.", "Dnipro", "2025-02-01").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("Air defence is working in the Kyiv region.", "Kyiv region", "2025-02-01"));
    CHECK(mention_in_report("Russian forces are closing the pincers around Kupiansk.", "Kupiansk", "2025-02-01").claim ==
          ClaimType::attacked);
}

TEST_CASE("wire: troops sent somewhere to fight or defend it are deployed there", "[claims][reports]") {
    CHECK(mention_in_report("North Korea has sent troops to fight in Russia's Kursk region.", "Kursk region", "2024-11-05")
              .claim == ClaimType::deployed);
    CHECK(mention_in_report("Russia deployed paratroopers to help repel the Ukrainian incursion in the Kursk region.",
                            "Kursk region", "2024-08-15")
              .claim == ClaimType::deployed);
    // An attempt to advance stays an attack: the "to" there is the attempt's.
    CHECK(mention_in_report("Ukrainian forces thwarted an attempt by Russian troops to advance into Kharkiv.", "Kharkiv",
                            "2022-03-01")
              .claim == ClaimType::attacked);
}

TEST_CASE("wire: the governor of Russia's region names the region by office, past the owner's possessive", "[claims][reports]") {
    const std::string text = "The governor of Russia's Belgorod region said a fire broke out at a depot after a drone attack.";
    CHECK_FALSE(mention_in_report(text, "Belgorod region", "2025-02-01").claim);
    CHECK(mention_in_report("A drone attack hit a depot in Russia's Belgorod region.", "Belgorod region", "2025-02-01").claim ==
          ClaimType::struck);
}

TEST_CASE("magazines: inching forward, seeping in, clawing back, battering", "[claims][reports]") {
    CHECK(mention_in_report("The Russians have inched forward around Pokrovsk.", "Pokrovsk", "2025-02-01").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian troops seeped into Toretsk in small groups.", "Toretsk", "2025-02-01").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("The Ukrainians clawed back territory near Kupiansk.", "Kupiansk", "2025-02-01").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces have been battering Chasiv Yar for months.", "Chasiv Yar", "2025-02-01").claim ==
          ClaimType::attacked);
}

TEST_CASE("war bloggers: Russian forms of Ukrainian towns show a pro-Russian writer, whose enemy is Ukrainian",
          "[claims][reports]") {
    Mention m = mention_in_report("In the Zaporozhye direction, the enemy shelled Kamenskoe near Orekhov.", "Kamenskoe", "2025-02-01");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("wire: since 2023 attacks on Ukraine, past coordinated modifiers, are strikes", "[claims][reports]") {
    CHECK(mention_in_report("However, separate attacks on eastern and southern Ukraine killed at least two people.", "Ukraine",
                            "2024-07-31")
              .claim == ClaimType::struck);
}

TEST_CASE("digests: forces massed along a front are deployed there, whatever fighting the sentence adds", "[claims][reports]") {
    CHECK(mention_in_report("The Russians are massing infantry units on the Zaporizhzhia front and conducting "
                            "reconnaissance by combat.",
                            "Zaporizhzhia", "2024-07-31")
              .claim == ClaimType::deployed);
}

TEST_CASE("wire: a town now occupied or fallen, a garrison that left it, a front line through it", "[claims][reports]") {
    CHECK(mention_in_report("Vuhledar is now occupied.", "Vuhledar", "2024-10-05").claim == ClaimType::captured);
    CHECK(mention_in_report("Pokrovsk has effectively fallen.", "Pokrovsk", "2025-11-05").claim == ClaimType::captured);
    CHECK(mention_in_report("The Ukrainian garrison left Vuhledar.", "Vuhledar", "2024-10-05").claim == ClaimType::withdrew);
    CHECK(mention_in_report("The front line now runs through Kupiansk.", "Kupiansk", "2025-10-05").claim ==
          ClaimType::attacked);
    // Occupied as a state says nothing happened.
    CHECK_FALSE(mention_in_report("She lives in occupied Melitopol.", "Melitopol", "2025-10-05").claim);
}

TEST_CASE("posts: victims, rescuers at work, windows blown out and mourning tell of a strike where no other event word does",
          "[claims][reports]") {
    CHECK(mention_in_report("Rescuers are working at the site in Dnipro.", "Dnipro", "2025-02-01").claim == ClaimType::struck);
    CHECK(mention_in_report("Mourning declared in Kryvyi Rih.", "Kryvyi Rih", "2025-02-01").claim == ClaimType::struck);
    // Another event word tells more.
    CHECK(mention_in_report("Rescuers evacuated residents of Pokrovsk.", "Pokrovsk", "2025-02-01").claim != ClaimType::struck);
}

TEST_CASE("an event escaped is no event: the withdrawal that escaped it is", "[claims][reports]") {
    Mention m = mention_in_report("Ukraine withdrew its troops from Avdiivka to avoid encirclement, the army chief said.", "Avdiivka",
                                  "2024-02-17");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Підрозділи відійшли з Вугледара, щоб уникнути оточення.", "Вугледара", "2024-10-02").claim ==
          ClaimType::withdrew);
    // Without the escape word the encirclement is the fighting.
    CHECK(mention_in_report("Russian forces are close to encircling Pokrovsk.", "Pokrovsk", "2025-11-14").claim ==
          ClaimType::attacked);
}

TEST_CASE("wire: a country opening the clause before its verb is the actor — a liberation is its announcer's side",
          "[claims][reports]") {
    CHECK(mention_in_report("Russia has massed around 100,000 troops near Pokrovsk, Zelensky said.", "Pokrovsk", "2025-11-14")
              .actor_side == "RU");
    Mention m = mention_in_report("The liberation of Pishchane was confirmed by the Russian defence ministry on Tuesday.", "Pishchane",
                                  "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    // The town itself is no actor of what befell it.
    CHECK(mention_in_report("Kyiv targeted in massive strike.", "Kyiv", "2025-11-14").actor_side == "RU");
}

TEST_CASE("war bloggers: positions near a town or a part of it taken are an advance — sea drones strike", "[claims][reports]") {
    CHECK(mention_in_report("Russian units seized positions near Kupiansk.", "Kupiansk", "2025-11-14").claim == ClaimType::advanced);
    CHECK(mention_in_report("Штурмовики заняли опорные пункты под Северском.", "Северском", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Our fighters captured part of Siversk.", "Siversk", "2025-11-14").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian units seized Kupiansk.", "Kupiansk", "2025-11-14").claim == ClaimType::captured);
    CHECK(mention_in_report("Украинские БЭКи атаковали Новороссийск ночью.", "Новороссийск", "2025-11-14").claim ==
          ClaimType::struck);
}

TEST_CASE("wire: taking back is done by the side whose ground it is — holding the line is the other side's attack",
          "[claims][reports]") {
    Mention m = mention_in_report("Ukraine said it had retaken the village of Robotyne in Zaporizhzhia region.", "Robotyne", "2023-08-29");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian troops recaptured Sverdlikovo in the Kursk region.", "Sverdlikovo", "2024-11-14").actor_side ==
          "RU");
    Mention held = mention_in_report("Ukrainian troops are holding the line in Chasiv Yar despite relentless Russian assaults.",
                                     "Chasiv Yar", "2025-03-05");
    CHECK(held.claim == ClaimType::attacked);
    CHECK(held.actor_side == "RU");
    // An idiom of momentum takes nothing.
    CHECK(mention_in_report("The Russian army has seized the initiative near Vuhledar.", "Vuhledar", "2024-09-05").claim !=
          ClaimType::captured);
}

TEST_CASE("encyclopedic: the subject of a passive is what the event befell — magazines: approximate shares of a town",
          "[claims][reports]") {
    Mention m = mention_in_report("The battle ended when the last Russian units were expelled from Kyiv Oblast.", "Kyiv Oblast",
                                  "2022-04-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian troops now control roughly half of Siversk.", "Siversk", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russia's summer offensive has ground its way to the gates of Pokrovsk.", "Pokrovsk", "2025-11-14")
              .claim == ClaimType::advanced);
}

TEST_CASE("the wider vocabulary: losing control, hammering, derailing, the approaches to a town", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian forces lost control of Novohrodivka.", "Novohrodivka", "2024-09-05").claim ==
          ClaimType::withdrew);
    CHECK(mention_in_report("Russian forces hammered Kharkiv with glide bombs.", "Kharkiv", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Partisans derailed a freight train near Bryansk.", "Bryansk", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Russian troops are fighting on the approaches to Kostiantynivka.", "Kostiantynivka", "2025-03-05")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Втративши контроль над Вугледаром, підрозділи відійшли.", "Вугледаром", "2024-10-02").claim ==
          ClaimType::withdrew);
    // Troops that "had been deployed" are the movers; a drone attack after a fire names its own agent.
    Mention nk = mention_in_report("Up to 10,000 North Korean troops had been deployed to the Kursk region.", "Kursk region",
                                   "2024-11-04");
    CHECK(nk.claim == ClaimType::deployed);
    CHECK(nk.actor_side == "RU");  // (on Russia's side)
    CHECK(mention_in_report("Oil refinery in Rostov catches fire after Ukrainian drone attack", "Rostov", "2024-12-19").actor_side ==
          "UA");
}

TEST_CASE("assessments: a unit only one side's order of battle has names that side", "[claims][reports]") {
    Mention m = mention_in_report("A Russian milblogger claimed that elements of the 1st Guards Tank Army are operating near Kupyansk.",
                                  "Kupyansk", "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Soldiers of the 47th Mechanized Brigade repelled an assault near Avdiivka.", "Avdiivka", "2024-01-14")
              .actor_side == "RU");
}

TEST_CASE("a short sentence with a verb of its own does not carry the claim of the sentence before", "[claims][reports]") {
    const std::string text = "Police said the suspect fled. Georgia Stevens spoke in Atlanta.";
    CHECK_FALSE(mention_in_report(text, "Atlanta", "2025-11-14").claim);
    // A verbless fragment still goes on with it.
    CHECK(mention_in_report("Russian drones struck Sumy overnight. Kharkiv and the region too.", "Kharkiv", "2025-11-14").claim ==
          ClaimType::struck);
}

TEST_CASE("war bloggers: a village on the approaches to a town is where — the town only places it", "[claims][reports]") {
    const std::string text = "Russian troops are fighting for Yarova on the approaches to Sviatohirsk.";
    CHECK(mention_in_report(text, "Yarova", "2025-12-10").claim == ClaimType::attacked);
    CHECK_FALSE(mention_in_report(text, "Sviatohirsk", "2025-12-10").claim);
    CHECK(mention_in_report("Russian troops are fighting on the approaches to Sviatohirsk.", "Sviatohirsk", "2025-12-10").claim ==
          ClaimType::advanced);
}

TEST_CASE("wire: attacks that kill or wound civilians are strikes — stormers who die are fighting", "[claims][reports]") {
    CHECK(mention_in_report("One resident in the city of Toretsk was killed, and four others were injured in attacks elsewhere.",
                            "Toretsk", "2024-07-31")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Атака на Костянтинівку: загинула жінка.", "Костянтинівку", "2025-03-05").claim == ClaimType::struck);
    CHECK(mention_in_report("Russian troops attacked Toretsk again; dozens of stormers were killed.", "Toretsk", "2024-07-31").claim ==
          ClaimType::attacked);
}

TEST_CASE("defence-ministry bulletins in English: battlegroups, weapons shot down, losses counted", "[claims][reports]") {
    Mention m = mention_in_report("Units of the Battlegroup Center liberated the settlement of Rodynske.", "Rodynske", "2025-08-01");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK_FALSE(mention_in_report("Air defence systems shot down 4 guided aerial bombs and 112 UAVs over the Belgorod region.",
                                  "Belgorod region", "2025-08-01")
                    .claim);
    CHECK(mention_in_report("The enemy lost up to 1,300 troops in the Pokrovsk direction.", "Pokrovsk", "2025-08-01").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian units improved their tactical position near Kupiansk.", "Kupiansk", "2025-08-01").claim ==
          ClaimType::advanced);
}

TEST_CASE("policing and courts are no battlefield", "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Security services killed a saboteur and arrested two accomplices in Melitopol.", "Melitopol",
                                  "2025-03-05")
                    .claim);
    CHECK_FALSE(mention_in_report("У Запоріжжі затримали коригувальника ракетних ударів.", "Запоріжжі", "2025-03-05").claim);
    CHECK(mention_in_report("A missile strike killed two people in Melitopol.", "Melitopol", "2025-03-05").claim == ClaimType::struck);
}

TEST_CASE("the side driven out of a place lost it — the other side took it", "[claims][reports]") {
    Mention m = mention_in_report("The 47th brigade said its soldiers had pushed the enemy out of Mala Tokmachka.", "Mala Tokmachka",
                                  "2023-06-12");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Ukrainian marines drove Russian forces out of Krynky, the navy said.", "Krynky", "2023-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Штурмовики выбили ВСУ из Крынок.", "Крынок", "2024-07-20").actor_side == "RU");
    CHECK(mention_in_report("Ukrainian troops took Robotyne from Russian forces in late August.", "Robotyne", "2023-09-01").actor_side ==
          "UA");
    // (The side that acts, named before the event word, stays.)
    CHECK(mention_in_report("Russian forces ousted Ukrainian units from Avdiivka.", "Avdiivka", "2024-02-17").actor_side == "RU");
}

TEST_CASE("a side's flag over a place, or a side word inside the event phrase, says whose it is", "[claims][reports]") {
    Mention m = mention_in_report("Над Херсоном знову український прапор.", "Херсоном", "2022-11-11");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Над Херсоном знову майорить український прапор.", "Херсоном", "2022-11-11").actor_side == "UA");
}

TEST_CASE("addresses: ours on the offensive attack — a city under terror is struck", "[claims][reports]") {
    Mention m = mention_in_report("Наші сили продовжують контрнаступ на Херсонщині.", "Херсонщині", "2022-09-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
    // (Where ours only fight, they hold against the attacker.)
    CHECK(mention_in_report("Наші воїни ведуть бої біля Бахмута.", "Бахмута", "2023-03-05").actor_side == "RU");
    CHECK(mention_in_report("Росія продовжує терор Харкова.", "Харкова", "2022-05-05").claim == ClaimType::struck);
}

TEST_CASE("a river named like a town is no town, and the town by it keeps the event", "[claims][reports]") {
    Mention m = mention_in_report("Russian troops crossed the Oskil River near Kupiansk.", "Kupiansk", "2024-11-14");
    CHECK(m.claim == ClaimType::advanced);
    m = mention_in_report("Українські війська закріпилися на лівому березі Дніпра біля Кринок.", "Кринок", "2023-11-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("wire: a country opening the clause with its verb acts — the country accused is said to act", "[claims][reports]") {
    Mention m = mention_in_report("Russia moved an additional 10,000 troops to the Zaporizhzhia front, Ukraine's military said.",
                                  "Zaporizhzhia", "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(m.quantity == 10000);
    CHECK(mention_in_report("Russia sent thousands of soldiers to Kursk.", "Kursk", "2025-11-14").actor_side == "RU");
    CHECK(mention_in_report("Russia accused Ukraine of shelling Horlivka.", "Horlivka", "2025-11-14").actor_side == "UA");
    // (A verb of saying is no event of the country's own: the forces named act.)
    CHECK(mention_in_report("Russia said Ukrainian drones attacked Belgorod.", "Belgorod", "2025-11-14").actor_side == "UA");
}

TEST_CASE("irregulars and special units are a side's forces", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian sabotage groups blew up a railway bridge near Melitopol, military intelligence said.",
                                  "Melitopol", "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("ISW and wires: what is likely to happen, or will in the coming weeks, has not", "[claims][reports]") {
    CHECK(claims_nothing("Russian forces are likely to intensify attacks on Kostiantynivka in the coming weeks.", "Kostiantynivka",
                         "2025-11-14"));
    CHECK(claims_nothing("Найближчими днями ворог може посилити штурми Костянтинівки.", "Костянтинівки", "2025-11-14"));
    // ("likely" alone hedges what happened.)
    CHECK(mention_in_report("Russian forces likely advanced near Kostiantynivka.", "Kostiantynivka", "2025-11-14").claim ==
          ClaimType::advanced);
}

TEST_CASE("Telegram: a heading in capitals is the place its line reports on", "[claims][reports]") {
    Mention m = mention_in_report("КУП'ЯНСЬК. Ворог намагається зайти в місто малими групами.", "КУП'ЯНСЬК", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("KHARKIV. Explosions rocked the city overnight.", "KHARKIV", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("full control of a place is its capture — soldiers and defenders are a side's forces", "[claims][reports]") {
    Mention m = mention_in_report("Russian troops now fully control Soledar.", "Soledar", "2023-01-16");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Российские войска установили полный контроль над Марьинкой.", "Марьинкой", "2024-01-05").claim ==
          ClaimType::captured);
    m = mention_in_report("Українські воїни підняли прапор над Вовчанськом.", "Вовчанськом", "2024-06-10");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("ISW: an attempt in another clause is no purpose of a deployment", "[claims][reports]") {
    const std::string text = "The commander of a Ukrainian brigade operating in the Pokrovsk direction stated that Russian forces "
                             "are attempting to infiltrate Pokrovsk in small groups.";
    const auto ms = frontline::test::mentions_of_report(text, "2025-11-14");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].claim == ClaimType::deployed);
    CHECK(ms[0].actor_side == "UA");
    CHECK(ms[1].claim == ClaimType::attacked);
    CHECK(ms[1].actor_side == "RU");
    // (Forces sent to fight there are deployed there.)
    CHECK(mention_in_report("Russia sent troops to fight in the Kursk region.", "Kursk region", "2025-11-14").claim ==
          ClaimType::deployed);
}

TEST_CASE("headlines: a semicolon parts two events, each with its own words and doer", "[claims][reports]") {
    const std::string text = "Ukrainian drones hit Russian refinery in Tuapse; glide bombs kill three in Zaporizhzhia";
    const Mention m = mention_in_report(text, "Zaporizhzhia", "2026-02-22");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report(text, "Tuapse", "2026-02-22").actor_side == "UA");
}

TEST_CASE("wires: a 'where' clause after a town tells what happened there, outside the forecast before it - a port city is a city",
          "[claims][reports]") {
    const Mention m = mention_in_report("Analysts warned that the loss could expose Kurakhove, some 25 kilometers to the north, where "
                                        "Russian guided bombs struck two residential buildings overnight.",
                                        "Kurakhove", "2024-10-02");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.modality == Modality::reported);
    CHECK(mention_in_report("As fighting raged around the besieged port city of Mariupol, rockets hit Kharkiv.", "Mariupol",
                            "2022-03-14")
              .claim == ClaimType::attacked);
}

TEST_CASE("an adverb between the verb and its object leaves the object the target ('targeting mainly Kyiv')", "[claims][reports]") {
    const std::string text = "Russia launched 99 missiles and 35 Shahed drones in a massive morning attack, targeting mainly Kyiv and Kharkiv.";
    CHECK(mention_in_report(text, "Kyiv", "2024-01-02").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Kharkiv", "2024-01-02").claim == ClaimType::struck);
}

TEST_CASE("analysts: a capture in the infinitive after a word of means or purpose has not happened - one managed or tried has",
          "[claims][reports]") {
    const Mention power = mention_in_report("We don't assess that Russia has the combat power to take Kharkiv city.", "Kharkiv", "2024-05-14");
    CHECK(power.modality == Modality::forecast);
    CHECK(mention_in_report("Russia lacks the forces to capture Zaporizhzhia.", "Zaporizhzhia", "2025-01-10").modality ==
          Modality::forecast);
    CHECK(mention_in_report("Russian troops managed to take Kurakhove after months of fighting.", "Kurakhove", "2025-01-10").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Russian forces tried to capture Chasiv Yar.", "Chasiv Yar", "2025-01-10").claim == ClaimType::attacked);
}

TEST_CASE("soldiers killed with no weapon named fell in the fighting - positions stormed near a plant are fought for",
          "[claims][reports]") {
    CHECK(mention_in_report("More than 16,000 Russian soldiers had been killed around Avdiivka since October.", "Avdiivka",
                            "2024-02-17")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Силы обороны уничтожили в Купянске около 60 российских военных.", "Купянске", "2025-11-20").claim ==
          ClaimType::attacked);
    // A weapon named makes it a strike, whoever was killed.
    CHECK(mention_in_report("A missile killed 20 people near a playground in Kryvyi Rih.", "Kryvyi Rih", "2025-04-05").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Yesterday they tried to storm our positions near the coke plant in Avdiivka four times.", "Avdiivka",
                            "2024-02-13")
              .claim == ClaimType::attacked);
}

TEST_CASE("timelines: 'taking' a town is a capture, dated by its own month - losses taken are fighting - a semicolon ends the words of politics",
          "[claims][reports]") {
    const Mention m = mention_in_report("Since the fall of Avdiivka in February, Russian troops have crawled some 40km westward, taking "
                                        "Ocheretyne in April and Novohrodivka in September.",
                                        "Ocheretyne", "2024-10-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(date_of(m) == "2024-04-01");
    CHECK(mention_in_report("Russia is taking heavy losses near Pokrovsk.", "Pokrovsk", "2024-10-20").claim == ClaimType::attacked);
    CHECK(mention_in_report("Moscow says Sudzha has been recaptured; Putin had visited a command post in the region.", "Sudzha",
                            "2025-03-13")
              .claim == ClaimType::captured);
}

TEST_CASE("a capital after a part of it ('district of Kyiv') is ground, not its government", "[claims][reports]") {
    CHECK(mention_in_report("BREAKING: Two killed, nine injured in Desnianskyi district of Kyiv after drone hits high-rise", "Kyiv",
                            "2026-01-14")
              .claim == ClaimType::struck);
    // The capital speaking stays its government.
    CHECK(claims_nothing("Officials in Kyiv said the drone attack on Sumy was a war crime.", "Kyiv", "2026-01-14"));
}

TEST_CASE("debris of an interception strikes where it falls", "[claims][reports]") {
    CHECK(mention_in_report("Debris from a downed drone fell on a house in Kyiv.", "Kyiv", "2025-11-14").claim == ClaimType::struck);
    CHECK(mention_in_report("Уламки збитого дрона впали на території підприємства в Києві.", "Києві", "2025-11-14").claim ==
          ClaimType::struck);
    // (An interception alone is no strike on the place.)
    CHECK_FALSE(mention_in_report("Air defences shot down 20 drones over Kyiv.", "Kyiv", "2025-11-14").claim);
}

TEST_CASE("the side a strike came from acts — a quoted source's 'enemy' is that source's", "[claims][reports]") {
    CHECK(mention_in_report("В Донецке в результате обстрела со стороны ВСУ погибли два человека.", "Донецке", "2025-11-14")
              .actor_side == "UA");
    CHECK(mention_in_report("Внаслідок обстрілу з боку окупантів у Херсоні поранено жінку.", "Херсоні", "2025-11-14").actor_side ==
          "RU");
    Mention m = mention_in_report("The enemy is transferring reserves to the Kurakhove direction, Rybar reports.", "Kurakhove",
                                  "2024-11-14");
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("The enemy is transferring reserves to the Kurakhove direction, the General Staff said.", "Kurakhove",
                            "2024-11-14")
              .actor_side == "RU");
}

TEST_CASE("magazines: forces dug in are there — forces pulled back withdrew", "[claims][reports]") {
    Mention m = mention_in_report("Russian troops are dug in around the nuclear power plant at Enerhodar.", "Enerhodar", "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Kyiv's forces are dug in around Kramatorsk.", "Kramatorsk", "2025-02-01").claim ==
          ClaimType::deployed);
    m = mention_in_report("Kyiv pulled its forces back from the Robotyne salient.", "Robotyne", "2024-05-14");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Ukraine pulled troops back from Avdiivka.", "Avdiivka", "2024-02-17").claim == ClaimType::withdrew);
}

TEST_CASE("war bloggers in English: formations knocked out of a village lost it", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian formations were knocked out of Nelipivka.", "Nelipivka", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("ISW: forces enveloping or encircling a town attack it — fighting near a town beyond a bearing is there",
          "[claims][reports]") {
    Mention m = mention_in_report("Russian forces are trying to envelop Kostiantynivka from the south.", "Kostiantynivka", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Генштаб заявив, що в Мирнограді окружены сотни украинских военных.", "Мирнограді", "2025-11-14").claim ==
          ClaimType::attacked);
    // (The town after "north of X City near" is where; "City" is X's, not a named target.)
    CHECK(mention_in_report("Clashes continued south of Kharkiv City near Lyptsi.", "Lyptsi", "2025-11-14").claim ==
          ClaimType::attacked);
    // (A pocket around towns is what the withdrawal left, not an attack on them.)
    CHECK(mention_in_report("Ukrainian troops withdrew from the pocket enveloping Hirske.", "Hirske", "2022-06-25").claim ==
          ClaimType::withdrew);
}

TEST_CASE("regional officials: a district or a region attacked as a whole is struck", "[claims][reports]") {
    CHECK(mention_in_report("За добу окупанти 23 рази атакували Нікопольський район.", "Нікопольський район", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Russian forces attacked the Kherson region 96 times over the past day.", "Kherson region", "2025-11-14")
              .claim == ClaimType::struck);
    // (A town is stormed: the ground attack stays one.)
    CHECK(mention_in_report("Russian forces attacked Huliaipole from three directions.", "Huliaipole", "2025-11-14").claim ==
          ClaimType::attacked);
}

TEST_CASE("the owner of a strike's target, however far in its phrase, is the side struck at", "[claims][reports]") {
    // (A weapon spelt with capitals is no named target: "БпЛА".)
    Mention m = mention_in_report("Уражено також склад боєприпасів та пункт управління БпЛА окупантів поблизу Горлівки.", "Горлівки",
                                  "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    // (A hyphenated weapon between the attack and its genitive agent.)
    m = mention_in_report("В Грайворонском округе в результате удара FPV-дрона ВСУ повреждён грузовик.", "Грайворонском округе",
                          "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("Russian governors: debris after an interception strikes where it falls", "[claims][reports]") {
    CHECK(mention_in_report("Над Брянском сбиты три беспилотника, обломки упали на территорию предприятия.", "Брянском", "2025-11-14")
              .claim == ClaimType::struck);
    // (An interception alone stays no strike.)
    CHECK_FALSE(mention_in_report("Над Брянском сбиты три беспилотника.", "Брянском", "2025-11-14").claim);
}

TEST_CASE("a part of a town, a share of it or its possessive's part taken is an advance", "[claims][reports]") {
    CHECK(mention_in_report("Штурмовые отряды заняли несколько кварталов в северной части Мирнограда.", "Мирнограда", "2025-11-14")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Под контролем армии находится 80 процентов территории Купянска.", "Купянска", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian troops now control about 60 percent of Myrnohrad.", "Myrnohrad", "2025-11-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("The Wagner chief said his men control Bakhmut's eastern districts.", "Bakhmut", "2023-03-20").claim ==
          ClaimType::advanced);
    // (The whole town held is a capture; still holding it, or fighting for it, is none.)
    CHECK(mention_in_report("Russian troops now fully control Vuhledar.", "Vuhledar", "2024-10-05").claim == ClaimType::captured);
    CHECK_FALSE(mention_in_report("Ukraine still controls Kostiantynivka.", "Kostiantynivka", "2025-11-14").claim);
    CHECK(mention_in_report("Heavy fighting is going on for control of Siversk.", "Siversk", "2025-11-14").claim ==
          ClaimType::attacked);
}

TEST_CASE("addresses of 2022: a city that withstood, held by its defenders or the focus of the enemy's efforts is attacked",
          "[claims][reports]") {
    Mention m = mention_in_report("Чернігів вистояв, і ми його відбудуємо.", "Чернігів", "2022-05-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Сумы выстояли.", "Сумы", "2022-05-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("Російська армія зосередила основні зусилля на Попасній.", "Попасній", "2022-05-10").claim ==
          ClaimType::attacked);
    m = mention_in_report("Наші захисники тримають Рубіжне.", "Рубіжне", "2022-05-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // (The force noun holding the town: the attack on it is the other side's.)
    m = mention_in_report("Our defenders continue to hold Popasna.", "Popasna", "2022-05-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // (Trying to reach a region's border is an attack toward it.)
    CHECK(mention_in_report("Ворог намагається вийти до меж Донецької області.", "Донецької області", "2022-05-10").claim ==
          ClaimType::attacked);
    // (Forces gone from around a city withdrew from it.)
    m = mention_in_report("Российские войска ушли из-под Чернигова.", "Чернигова", "2022-04-05");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "RU");
    // (A situation under control is no place taken.)
    CHECK_FALSE(mention_in_report("The situation in Huliaipole is under control.", "Huliaipole", "2025-11-14").claim);
}

TEST_CASE("addresses: a place said after a dash to be ours is taken back by the writer's side", "[claims][reports]") {
    Mention m = mention_in_report("Куп'янськ – наш!", "Куп'янськ", "2022-09-11");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Лиман — наш.", "Лиман", "2022-10-01").claim == ClaimType::captured);
    // (Ours that goes on is no claim of the place: "Бахмут – наш форпост".)
    CHECK(mention_in_report("Бахмут – наш форпост, і ми його тримаємо.", "Бахмут", "2023-01-10").claim != ClaimType::captured);
}

TEST_CASE("wires and digests: a country opening the clause with a perfect or a headline's present acts", "[claims][reports]") {
    Mention m = mention_in_report("Russia has moved about 30,000 soldiers to the Zaporizhzhia region.", "Zaporizhzhia region",
                                  "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukraine sends reinforcements to Pokrovsk as Russian assaults intensify", "Pokrovsk", "2025-11-14");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("a region in a clause of its own keeps its event — a name after another event word is no list item",
          "[claims][reports]") {
    const auto ms = frontline::test::mentions_of_report(
        "Russian troops crossed the border in the Kharkiv region, captured the village of Kozacha Lopan and moved on.",
        "2025-11-14");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].claim == ClaimType::advanced);
    CHECK(ms[1].claim == ClaimType::captured);
    // (The region that only holds the village captured gives its claim up.)
    CHECK_FALSE(mention_in_report("Russian forces captured Kozacha Lopan in the Kharkiv region.", "Kharkiv region", "2025-11-14")
                    .claim);
}

TEST_CASE("war bloggers' slurs name a side's forces, and whose side the post is written from", "[claims][reports]") {
    Mention m = mention_in_report("Хохлы перекинули под Северск две бригады.", "Северск", "2025-11-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Орки знову штурмують Костянтинівку.", "Костянтинівку", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // (The writer's "the enemy" is then the other side.)
    m = mention_in_report("Хохлы бегут. Противник пытается контратаковать у Гришино.", "Гришино", "2025-11-14");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("magazines: defenders outnumbered, a line crumbling, a side holding all of a region — launching an incursion",
          "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian officers say their men are outnumbered six to one near Siversk.", "Siversk", "2025-11-08");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Kyiv's generals concede that the line near Pokrovsk is crumbling.", "Pokrovsk", "2025-11-08").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russia now holds nearly all of Luhansk oblast.", "Luhansk oblast", "2025-11-08").claim ==
          ClaimType::captured);
    // (Launching an incursion is the attack; the incursion into a place is the advance into it.)
    m = mention_in_report("In August 2024 Ukraine launched an incursion into Russia's Kursk region.", "Kursk region", "2025-11-08");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
    // (An incursion is fought on the ground, even into a big city's region.)
    CHECK(mention_in_report("Ukraine's incursion into Kursk caught Moscow off guard.", "Kursk", "2024-08-20").claim ==
          ClaimType::advanced);
}

TEST_CASE("sides: a counterattack is the defender's — a side word across a comma or an adjective before its noun acts for no one",
          "[claims][reports]") {
    // (In a report whose side no words show, "the enemy" counterattacking is the side whose ground it is.)
    Mention m = mention_in_report("Противник пытается контратаковать в районе Степногорска, атаки отражены.", "Степногорска",
                                  "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
    // ("in eastern Ukraine, taking control of X": Ukraine does not take it.)
    m = mention_in_report("Russian troops pressed on in eastern Ukraine, taking control of the village of Yampil, Moscow said.",
                          "Yampil", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    // ("Ukrainian officials say": an adjective and its noun are the speakers, not a country acting.)
    m = mention_in_report("Ukrainian officials denied Russian claims that Siversk had fallen.", "Siversk", "2025-11-14");
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukrainian commanders say their men are outnumbered around Pokrovsk.", "Pokrovsk", "2025-11-14");
    CHECK(m.actor_side == "RU");
}

TEST_CASE("a nuclear plant named after a town is the plant, far from the town", "[claims][reports]") {
    // (The Kursk plant stands at Kurchatov, some 40 km from Kursk.)
    Mention m = mention_in_report("A drone hit the Kursk nuclear power plant overnight, Rosatom said.", "Kursk nuclear power plant",
                                  "2025-08-24");
    CHECK(m.place_id == "user:kursk-npp");
    CHECK(m.claim == ClaimType::struck);
    CHECK(mention_in_report("Дрон атаковал Нововоронежскую АЭС.", "Нововоронежскую АЭС", "2025-11-14").place_id ==
          "user:novovoronezh-npp");
}

TEST_CASE("Rybar in English: towns written the Russian way show a Russian writer — holding and defending is the holder's",
          "[claims][reports]") {
    // (In a post that writes Kurakhove "Kurakhovo", "the enemy" is Ukrainian.)
    Mention m = mention_in_report("Kurakhovo: the enemy was knocked out of the industrial zone and Dachnoye.", "Dachnoye",
                                  "2024-12-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    // (The subject of a passive, a unit of the place's garrison, is what the event befell.)
    m = mention_in_report("The AFU garrison of Selidovo has been cut off.", "Selidovo", "2024-10-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // ("Ukraine's hold on X", "Russia's defence of X": the other side attacks.)
    CHECK(mention_in_report("Ukraine's hold on Siversk is slipping.", "Siversk", "2025-11-14").actor_side == "RU");
    CHECK(mention_in_report("Russia's defence of Sudzha collapsed in March.", "Sudzha", "2025-03-20").actor_side == "UA");
}

TEST_CASE("Russian MoD in English: a side after a preposition before the event word acts for no one", "[claims][reports]") {
    Mention m = mention_in_report(
        "Battlegroup Centre units advanced deep into the enemy defence and liberated Novopavlivka.", "Novopavlivka", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukrainian marines, advancing against Russian positions, retook Krynky.", "Krynky", "2023-11-20");
    CHECK(m.actor_side == "UA");
}

TEST_CASE("DeepState and the Air Force: a side occupying a village takes it — drones' launch areas claim nothing",
          "[claims][reports]") {
    Mention m = mention_in_report("The enemy occupied Novoselivka and advanced near Dachne.", "Novoselivka", "2025-11-14");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    // ("in occupied Nova Kakhovka" only says who holds it.)
    CHECK(mention_in_report("Shelling killed a man in occupied Nova Kakhovka.", "Nova Kakhovka", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK_FALSE(mention_in_report("Life in occupied Melitopol is hard.", "Melitopol", "2025-11-14").claim);
    // (Where the drones came from is no place they struck.)
    CHECK_FALSE(mention_in_report("Overnight the enemy attacked with 80 Shahed drones from the directions of Kursk, Millerovo and "
                                  "Primorsko-Akhtarsk.",
                                  "Millerovo", "2025-11-14")
                    .claim);
    // (The same in an Air Force report in Ukrainian, to the list's last item.)
    const std::string air_force = "Ракети запущені з Курської області, дрони – з напрямків Курськ, Міллерово та Шаталово.";
    for (const char* place : {"Курськ", "Міллерово", "Шаталово"}) {
        INFO(place);
        CHECK_FALSE(mention_in_report(air_force, place, "2025-10-15").claim);
    }
    // (Air defence at work over a place is an interception there; no force is deployed there.)
    CHECK(claims_nothing("Air defence was operating in the Kyiv region.", "Kyiv region", "2025-11-14"));
}

TEST_CASE("plain news: a town left without electricity after an attack was struck", "[claims][reports]") {
    CHECK(mention_in_report("Russia attacked the power grid again. Many homes in Sumy had no electricity.", "Sumy", "2025-11-14")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Частина Полтави без світла після нічної атаки.", "Полтави", "2025-11-14").claim == ClaimType::struck);
}

TEST_CASE("addresses: losses counted in words are the fighting's — the enemy pushed back from a town attacked it", "[claims][reports]") {
    CHECK(mention_in_report("Ворог втратив понад тисячу військових під Костянтинівкою.", "Костянтинівкою", "2025-11-14").claim ==
          ClaimType::attacked);
    // (A town lost stays a withdrawal.)
    CHECK(mention_in_report("Ворог втратив Куп'янськ.", "Куп'янськ", "2022-09-11").claim == ClaimType::withdrew);
    Mention m = mention_in_report("Сили оборони відтіснили ворога від Харкова.", "Харкова", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("RSS headlines in Title Case: a region before ', Officials Say' does not speak — a capitalised event word is no named target",
          "[claims][reports]") {
    Mention m = mention_in_report("Russian Strikes Kill 4 in Zaporizhzhia Region, Officials Say", "Zaporizhzhia Region", "2023-10-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ukraine Claims Gains Near Klishchiivka", "Klishchiivka", "2023-09-20").claim == ClaimType::advanced);
    // (A landing foiled: the side of the landing attacked.)
    m = mention_in_report("Russia Says It Foiled Ukrainian Landing Attempt in Kherson Region", "Kherson Region", "2023-10-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("wires: a side announcing a gain with no one else named made it itself", "[claims][reports]") {
    Mention m = mention_in_report("Troops have advanced two kilometres near Klishchiivka, Ukraine's General Staff said.",
                                  "Klishchiivka", "2023-09-17");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    // (A side named stays the actor: "Ukraine said Russian troops took X".)
    m = mention_in_report("Russian troops have taken Klishchiivka, Ukraine's General Staff said.", "Klishchiivka", "2024-06-17");
    CHECK(m.actor_side == "RU");
    // (A minister or a commander speaks for the command: claimants.tsv gives
    // each source its voice; a monitor maps either side's gains.)
    CHECK(mention_in_report("Units have pushed forward 800 metres near Andriivka, Ukraine's deputy defence minister said.",
                            "Andriivka", "2023-09-17")
              .actor_side == "UA");
    CHECK(mention_in_report("Подразделения заняли Работино, доложил Герасимов.", "Работино", "2023-09-17").actor_side == "RU");
}

TEST_CASE("ISW: at equal distance in a clause the event word before the place governs — forces maintaining positions hold them",
          "[claims][reports]") {
    CHECK(mention_in_report("Russian forces recently advanced in western Siversk amid continued offensive operations.", "Siversk",
                            "2025-11-14")
              .claim == ClaimType::advanced);
    Mention m = mention_in_report("Ukrainian forces maintain positions in northern Myrnohrad.", "Myrnohrad", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("wires: clashes that have taken place, an attack that killed people amid accusations, an approach, villages east of a town",
          "[claims][reports]") {
    // ("taken place" is no capture.)
    Mention m = mention_in_report("The General Staff said 52 clashes had taken place over the past day, most of them near Siversk.",
                                  "Siversk", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Kyiv and Moscow traded accusations over an attack on a bus in Kherson that killed 9 people.", "Kherson",
                            "2025-11-14")
              .claim == ClaimType::struck);
    // (Forces a distance from a town are no passive's subject.)
    m = mention_in_report("Russian troops are about 4 km from Dobropillia, according to DeepState.", "Dobropillia", "2025-11-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK_FALSE(mention_in_report("Kyiv's forces were forced to retreat from two villages east of Lyman.", "Lyman", "2025-11-14")
                    .claim);
}

TEST_CASE("wires: a drone slamming into a building, lines broken through, a village near a town, the city an office names",
          "[claims][reports]") {
    CHECK(mention_in_report("A Russian drone slammed into a high-rise in Kharkiv, killing two, officials said.", "Kharkiv",
                            "2025-11-14")
              .claim == ClaimType::struck);
    Mention m = mention_in_report("Officials said Russian troops had broken through defensive lines near Pokrovsk.", "Pokrovsk",
                                  "2025-11-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    // (An unnamed village near a town is not the town.)
    CHECK_FALSE(mention_in_report("Two people were injured when a glide bomb hit a village near Izium.", "Izium", "2025-11-14").claim);
    // ("The mayor of X said the city was hit": the city is X; the mayor alone names no event.)
    CHECK(mention_in_report("The mayor of Zaporizhzhia said the city was hit by five missiles.", "Zaporizhzhia", "2025-11-14").claim ==
          ClaimType::struck);
    CHECK_FALSE(mention_in_report("The mayor of Zaporizhzhia said he met the minister.", "Zaporizhzhia", "2025-11-14").claim);
}

TEST_CASE("Wikipedia: entering a town's industrial zone, centre or suburbs is an advance into it", "[claims][reports]") {
    CHECK(mention_in_report("On 6 February 2024, Russian forces entered the northern industrial zone of Avdiivka.", "Avdiivka",
                            "2024-03-01")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian troops captured the suburbs of Toretsk.", "Toretsk", "2025-02-01").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian troops captured the centre of Toretsk.", "Toretsk", "2025-02-01").claim == ClaimType::advanced);
    // (A flag raised in its centre is the town taken.)
    CHECK(mention_in_report("Ukrainian soldiers raised the national flag in the centre of Lyman.", "Lyman", "2022-10-01").claim ==
          ClaimType::captured);
    // (The whole town entered stays a capture.)
    CHECK(mention_in_report("Russian troops entered the border village of Hatyshche.", "Hatyshche", "2024-05-11").claim ==
          ClaimType::captured);
}

TEST_CASE("wires: 'X says it' — the country speaking acts in the verb right after it, not in a later clause", "[claims][reports]") {
    Mention m = mention_in_report("Ukraine says it pushed Russian forces back near Kupiansk.", "Kupiansk", "2025-11-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Ukraine says it shot down 23 drones overnight, but one hit a power facility in the Khmelnytskyi region.",
                          "Khmelnytskyi region", "2025-11-14");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("General Staff in English: enemy attacks that were repelled are the enemy's", "[claims][reports]") {
    Mention m = mention_in_report("In the Kramatorsk direction, 4 enemy attacks were repelled near Bila Hora.", "Bila Hora", "2025-11-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // (The repellers named as a passive's agent, or as the subject, still defend.)
    CHECK(mention_in_report("Russian attacks were repelled by Ukrainian troops near Siversk.", "Siversk", "2025-11-14").actor_side ==
          "RU");
    CHECK(mention_in_report("Ukrainian troops repelled 5 attacks near Lyman.", "Lyman", "2025-11-14").actor_side == "RU");
    // ("are holding" is no passive: the holders defend.)
    CHECK(mention_in_report("Ukrainian troops are holding the line in Siversk despite Russian assaults.", "Siversk", "2025-11-14")
              .actor_side == "RU");
}

TEST_CASE("wires: forces threatening a town, a situation worsening near it, a town under threat: the fighting there",
          "[claims][reports]") {
    CHECK(mention_in_report("Moscow has made gains in the east, where its forces now threaten Kramatorsk.", "Kramatorsk", "2025-11-14")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Ukraine's top general said the situation near Siversk had deteriorated sharply.", "Siversk", "2025-11-14")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Dobropillia is now under threat.", "Dobropillia", "2025-11-14").claim == ClaimType::attacked);
}

TEST_CASE("wires: residents of a place who say it was hit speak from it, the place does not speak", "[claims][reports]") {
    const Mention m = mention_in_report("Residents in the border town of Vovchansk said Russian shelling had destroyed a school.",
                                        "Vovchansk", "2024-06-12");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    // (the place itself speaking still claims nothing)
    CHECK(claims_nothing("Kharkiv said Russian drones had hit a school.", "Kharkiv", "2024-06-12"));
}

TEST_CASE("Wikipedia: a side right after another verb is its object, not the subject of the event", "[claims][reports]") {
    const Mention m = mention_in_report(
        "By 20 May, Russian forces had routed Ukrainian forces near the town and taken full control of Popasna.", "Popasna",
        "2022-06-01");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    // (after a verb of saying the side is the subject of what follows)
    CHECK(mention_in_report("The governor said Ukrainian forces had withdrawn from Lysychansk.", "Lysychansk", "2022-07-03")
              .actor_side == "UA");
}

TEST_CASE("Wikipedia: forces 'in control of' a town hold it, no passive without a participle", "[claims][reports]") {
    const Mention m = mention_in_report("On 25 June, Russian forces were in control of Sievierodonetsk.", "Sievierodonetsk", "2022-06-26");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("Rybar: the enemy fiercely resisting in a village holds it against the writer's side", "[claims][reports]") {
    const Mention m = mention_in_report(
        "Our units continue the assault. In Vovchansk, there are many enemy drones, and the enemy is fiercely resisting. "
        "The Kiev regime keeps shelling Belgorod.",
        "Vovchansk", "2024-06-01");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("headlines: the troops a country speaks of, unqualified, are its own", "[claims][reports]") {
    const Mention m = mention_in_report("Russia says troops begin to withdraw from Kherson", "Kherson", "2022-11-09");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ukraine says troops have entered Kupiansk", "Kupiansk", "2022-09-10").actor_side == "UA");
}

TEST_CASE("headlines: a town fallen to a side was taken by it, and the side is no place", "[claims][reports]") {
    const Mention m = mention_in_report("Soledar: Kyiv denies town has fallen to Russia", "Soledar", "2023-01-13");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(m.status == ClaimStatus::denied);
    CHECK(claims_nothing("Soledar: Kyiv denies town has fallen to Russia", "Russia", "2023-01-13"));
}

TEST_CASE("a town's flanks are a part of it: regaining ground there is an advance", "[claims][reports]") {
    CHECK(mention_in_report("Ukraine says it has regained ground on Bakhmut's flanks", "Bakhmut", "2023-05-21").claim ==
          ClaimType::advanced);
}

TEST_CASE("General Staff in English: 'enemy attacks' repulsed by a named side are the other side's", "[claims][reports]") {
    const Mention m = mention_in_report("In the Kramatorsk direction, Ukrainian troops repulsed 9 enemy attacks near Chasiv Yar.",
                                        "Chasiv Yar", "2024-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("General Staff in English: examples after a comma belong to the clause before", "[claims][reports]") {
    const Mention m = mention_in_report(
        "The enemy keeps its positions on the left bank and continues to shell towns on the right bank, in particular Kherson.",
        "Kherson", "2024-03-05");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("a ship sunk near a place strikes there, a ship once sunk does not", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian naval drones sank a Russian landing ship near Alupka.", "Alupka", "2024-02-14").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("Divers visited the recently sunk cruiser near Odesa.", "Odesa", "2024-02-14"));
}

TEST_CASE("a region entered is advanced into, a town entered is taken", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces have entered the Dnipropetrovsk region for the first time, Moscow said.",
                            "Dnipropetrovsk region", "2025-07-20")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Російські війська вперше зайшли на Дніпропетровщину.", "Дніпропетровщину", "2025-07-20").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces entered Kreminna on 18 April.", "Kreminna", "2022-04-20").claim == ClaimType::captured);
}

TEST_CASE("digests: a front said to stabilise near a town is fought over there", "[claims][reports]") {
    CHECK(mention_in_report("- Near Kupiansk the situation has stabilized, the brigade's spokesman said.", "Kupiansk", "2025-06-01")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Ситуація під Куп'янськом стабілізувалася.", "Куп'янськом", "2025-06-01").claim == ClaimType::attacked);
}

TEST_CASE("wires: forces moved as their command announces are its side's, in the passive too", "[claims][reports]") {
    const Mention m = mention_in_report(
        "The Russian defence ministry said reserves were being moved to the Belgorod region to repel the attack.",
        "Belgorod region", "2024-08-07");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "RU");
    // (a withdrawal its staff announces, too)
    CHECK(mention_in_report("Troops have withdrawn from Avdiivka to better positions, Ukraine's General Staff said.", "Avdiivka",
                            "2024-02-17")
              .actor_side == "UA");
}

TEST_CASE("wires: trying for months to take a town is the attack on it, preparing an offensive is to come", "[claims][reports]") {
    const Mention m = mention_in_report("Russian forces have been trying for months to take Vuhledar, a mining town.", "Vuhledar",
                                        "2023-02-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(claims_nothing("Russia is preparing a new offensive in the Luhansk region, officials warned.", "Luhansk region",
                         "2023-02-10"));
    // (a town's surroundings evacuated are no fighting)
    CHECK(claims_nothing("Kyiv has ordered the evacuation of civilians from Bakhmut's surroundings.", "Bakhmut", "2023-02-10"));
}

TEST_CASE("addresses in English: forces accumulated for an offensive are deployed, defenders continuing to hold a town hold it",
          "[claims][reports]") {
    CHECK(mention_in_report("The enemy is accumulating forces for an offensive in the Luhansk region.", "Luhansk region",
                            "2022-04-10")
              .claim == ClaimType::deployed);
    CHECK(mention_in_report("Our defenders continue to hold Mariupol.", "Mariupol", "2022-04-10").claim == ClaimType::attacked);
}

TEST_CASE("wires: a village overrun is taken, positions overrun near a town are ground gained by it", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops overran the village of Andriivka, the ministry said.", "Andriivka", "2024-12-28").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Russian troops overran Ukrainian positions near Kurakhove.", "Kurakhove", "2024-12-28").claim ==
          ClaimType::advanced);
}

TEST_CASE("wires: forces within striking distance of a town are near it, no strike", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces are within striking distance of Kostiantynivka.", "Kostiantynivka", "2025-02-02").claim ==
          ClaimType::advanced);
}

TEST_CASE("wires: forces massed for an operation to come are deployed, whatever words the purpose takes", "[claims][reports]") {
    // (A number's thousands comma ends no clause.)
    CHECK(mention_in_report("The Kremlin has massed up to 50,000 troops near Zaporizhzhia in preparation for a new offensive.",
                            "Zaporizhzhia", "2025-11-20")
              .claim == ClaimType::deployed);
    CHECK(mention_in_report("The Russian army is concentrating forces in the east for a major offensive in Donbas.", "Donbas",
                            "2022-04-12")
              .claim == ClaimType::deployed);
    // (Preparing alone is still to come.)
    CHECK(claims_nothing("Russia is massing troops in preparation for an offensive on Zaporizhzhia.", "Zaporizhzhia", "2025-11-20"));
}

TEST_CASE("wires: what follows 'rather than' is the alternative, not the event before it", "[claims][reports]") {
    const Mention m = mention_in_report("Ukrainian troops pulled out of Avdiivka rather than risk encirclement.", "Avdiivka", "2024-02-20");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("addresses in English: the enemy thrown back from a town attacked it - pushing on towards a town advances", "[claims][reports]") {
    const Mention m = mention_in_report("Our military has pushed the enemy back from Mykolaiv.", "Mykolaiv", "2022-04-12");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("The Russians are now pushing west from Avdiivka towards Ocheretyne, a railway town.", "Ocheretyne",
                            "2024-02-20")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Kupiansk is again under pressure from Russian assault groups.", "Kupiansk", "2024-02-20").claim ==
          ClaimType::attacked);
}

TEST_CASE("wires: soldiers sent to a region are deployed there - utilities cut off are no encirclement", "[claims][reports]") {
    CHECK(mention_in_report("Thousands of North Korean soldiers have been sent to Russia's Kursk region, according to South Korean "
                            "intelligence.",
                            "Kursk region", "2024-11-20")
              .claim == ClaimType::deployed);
    CHECK(claims_nothing("Tonnes of humanitarian aid were sent to Kharkiv.", "Kharkiv", "2024-11-20"));
    CHECK(mention_in_report("Power was cut off in parts of Odesa after a Russian drone attack damaged energy infrastructure.", "Odesa",
                            "2024-11-20")
              .claim == ClaimType::struck);
}

TEST_CASE("wires: allied sides share one force word - a country inside a clause is the subject of its verb", "[claims][reports]") {
    CHECK(mention_in_report("Russian and LPR forces captured the village of Hryhorivka on 9 July.", "Hryhorivka", "2022-07-20")
              .actor_side == "RU");
    CHECK(mention_in_report("Russian and Belarusian troops entered Chernihiv Oblast.", "Chernihiv Oblast", "2022-02-25").actor_side ==
          "RU");
    CHECK(mention_in_report("According to analysts, Russia is moving more reserves to Kursk.", "Kursk", "2024-08-20").actor_side == "RU");
    const Mention m = mention_in_report("The army vowed to keep hitting targets of the Russian occupiers, claiming that on Tuesday night "
                                        "Ukraine carried out a strike on a storage facility in Kursk.",
                                        "Kursk", "2024-08-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("wires: a side's equipment or depot struck near a town names the target - the other side struck", "[claims][reports]") {
    Mention m = mention_in_report("A Russian ammunition depot was destroyed near Melitopol, Ukraine's military said.", "Melitopol",
                                  "2025-06-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("A Ukrainian HIMARS launcher was destroyed near Kramatorsk, the Russian defence ministry said.", "Kramatorsk",
                          "2025-06-10");
    CHECK(m.actor_side == "RU");
    // ("ours" in a report that shows no side: the target tells whose they are)
    CHECK(mention_in_report("Three Russian tanks were destroyed by our drones near Kupiansk.", "Kupiansk", "2025-06-10").actor_side ==
          "UA");
    // Equipment never acts: the side of a place struck stays the likely one.
    CHECK(mention_in_report("Russian equipment was hit near Huliaipole.", "Huliaipole", "2025-06-10").actor_side == "UA");
}

TEST_CASE("wires: people fleeing a town are no withdrawal - aid reaching a town is no advance", "[claims][reports]") {
    CHECK(mention_in_report("Civilians are fleeing Pokrovsk as Russian troops close in.", "Pokrovsk", "2024-08-15").claim !=
          ClaimType::withdrew);
    CHECK(claims_nothing("Residents fled Sudzha as Ukrainian troops poured across the border.", "Sudzha", "2024-08-15"));
    CHECK(claims_nothing("An aid convoy reached Kupiansk on Tuesday.", "Kupiansk", "2024-08-15"));
    CHECK(mention_in_report("Ukrainian troops withdrew from Sudzha.", "Sudzha", "2025-03-15").claim == ClaimType::withdrew);
}

TEST_CASE("magazines: what a capture opens the way to is a goal, with every place of its list", "[claims][reports]") {
    CHECK(claims_nothing("Moscow sees the capture of Chasiv Yar as the key to Kramatorsk and Sloviansk.", "Kramatorsk", "2025-03-10"));
    CHECK(claims_nothing("Moscow sees the capture of Chasiv Yar as the key to Kramatorsk and Sloviansk.", "Sloviansk", "2025-03-10"));
    CHECK(mention_in_report("Moscow sees the capture of Chasiv Yar as the key to Kramatorsk and Sloviansk.", "Chasiv Yar", "2025-03-10")
              .claim == ClaimType::captured);
    CHECK(claims_nothing("Russian troops shelled Kherson, and thousands of residents fled to Mykolaiv and Odesa.", "Odesa", "2025-03-10"));
}

TEST_CASE("magazines: a drone factory or weapons made there are no strike - arms reaching the front are deployed",
          "[claims][reports]") {
    CHECK(claims_nothing("The drone factory in Yelabuga turns out thousands of Shaheds a year.", "Yelabuga", "2025-03-10"));
    CHECK(mention_in_report("Ukrainian drones struck the drone factory in Yelabuga overnight.", "Yelabuga", "2025-03-10").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Tanks from Germany have reached the front near Zaporizhzhia.", "Zaporizhzhia", "2025-03-10").claim ==
          ClaimType::deployed);
}

TEST_CASE("Russian MoD in English: a side's losses name no attacker - the place is fought over", "[claims][reports]") {
    const Mention m = mention_in_report("Ukraine's armed forces have lost more than 200 servicemen in the Kupyansk direction over the "
                                        "past day, the Russian defence ministry said.",
                                        "Kupyansk", "2025-03-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side != "UA");
    CHECK(mention_in_report("ВСУ потеряли до 200 военнослужащих под Купянском.", "Купянском", "2025-03-10").actor_side != "UA");
}

TEST_CASE("General Staff in English: an assault 'by' a side, repelled, is that side's - the repellers follow a passive's 'by'",
          "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian defenders repelled an assault by Russian infantry near Kostiantynivka.", "Kostiantynivka",
                            "2025-10-15")
              .actor_side == "RU");
    CHECK(mention_in_report("Enemy attacks near Kostiantynivka were repelled by the 93rd brigade.", "Kostiantynivka", "2025-10-15")
              .actor_side == "RU");
    CHECK(mention_in_report("Attacks near Kostiantynivka were repelled by Ukrainian forces.", "Kostiantynivka", "2025-10-15")
              .actor_side == "RU");
}

TEST_CASE("wires: the side pushed back attacked - troops surrounded in a town are besieged, not present there", "[claims][reports]") {
    Mention m = mention_in_report("Ukraine's forces have pushed Russian troops back from the outskirts of Kupiansk, the commander said.",
                                  "Kupiansk", "2025-09-12");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Putin claimed that Russian forces had completely surrounded Ukrainian troops in Kupiansk.", "Kupiansk",
                          "2025-09-12");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("wires: brigades moved from one town to another are deployed at the second - conscripts sent to a region are deployed",
          "[claims][reports]") {
    const std::string text = "Two Ukrainian brigades have been moved from Pokrovsk to shore up defences around Dobropillia.";
    CHECK(claims_nothing(text, "Pokrovsk", "2025-09-12"));
    CHECK(mention_in_report(text, "Dobropillia", "2025-09-12").claim == ClaimType::deployed);
    CHECK(mention_in_report("Russian conscripts were sent to guard the border in the Belgorod region.", "Belgorod region", "2025-09-12")
              .claim == ClaimType::deployed);
    // A range still spans both ends.
    CHECK(mention_in_report("Drones struck targets from Ryazan to Volgograd.", "Ryazan", "2025-09-12").claim == ClaimType::struck);
}

TEST_CASE("addresses: a place named alone before the sentence that tells its event takes that event", "[claims][reports]") {
    Mention m = mention_in_report("Kryvyi Rih. A ballistic missile hit a residential area, killing 18 people.", "Kryvyi Rih", "2025-04-05");
    CHECK(m.claim == ClaimType::struck);
    CHECK(mention_in_report("Sumy region. Russian drones struck a school.", "Sumy region", "2025-04-05").claim == ClaimType::struck);
    // A place alone before a sentence that tells of no map claim claims nothing.
    CHECK(claims_nothing("Kryvyi Rih. Air defence shot down two drones.", "Kryvyi Rih", "2025-04-05"));
    // A heading over places of its own (a governor's district-by-district
    // post) only contains them: the event is theirs.
    const std::string post = "Chuhuiv district. Staryi Saltiv and Vovchansk came under fire, four houses were destroyed.";
    CHECK(claims_nothing(post, "Chuhuiv district", "2024-06-03"));
    CHECK(mention_in_report(post, "Vovchansk", "2024-06-03").claim == ClaimType::struck);
    CHECK(claims_nothing("Шебекинский городской округ. ВСУ атаковали Шебекино из РСЗО.", "Шебекинский городской округ", "2024-03-16"));
    // (The community word standing after the adjective that names it, a colon after both.)
    CHECK(claims_nothing("🔻Покровська громада: у Родинському поранено 2 людей.", "Покровська громада", "2024-03-16"));
    CHECK(claims_nothing("Межівська громада: по Межовій ударили КАБами.", "Межівська громада", "2024-03-16"));
    // A list of names goes on with the sentence before rather than heading the next.
    CHECK(mention_in_report("Окупанти обстрілювали наші міста. Харків. Чернігів. Ці міста вистояли.", "Чернігів", "2022-04-05").claim ==
          ClaimType::struck);
    // Casualties of any person make an attack on a town a strike.
    CHECK(mention_in_report("One person was killed as a result of a Russian attack on Nikopol.", "Nikopol", "2025-04-05").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Every day, the occupiers lose hundreds of soldiers near Pokrovsk.", "Pokrovsk", "2025-04-05").claim ==
          ClaimType::attacked);
}

TEST_CASE("Russian MoD in English: every community of the list shares the strike - 'defeated formations' is the strike",
          "[claims][reports]") {
    const std::string text = "Russian troops inflicted losses on manpower and equipment of four mechanized brigades of the Ukrainian "
                             "army near the communities of Grishino, Rodinskoye and Belitskoye in the DPR.";
    for (const char* place : {"Grishino", "Rodinskoye", "Belitskoye"}) CHECK(mention_in_report(text, place, "2025-11-21").claim == ClaimType::struck);
    const Mention m = mention_in_report("Battlegroup North units defeated formations of a Ukrainian brigade in the areas of the "
                                        "settlements of Volchansk and Liptsy in the Kharkov Region.",
                                        "Liptsy", "2025-11-21");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("headlines: a place before an office's title names the office - pulling back is a withdrawal", "[claims][reports]") {
    CHECK(claims_nothing("Belgorod governor reports shelling of border villages", "Belgorod", "2025-04-14"));
    CHECK(claims_nothing("Kharkiv mayor Ihor Terekhov said a drone hit a school.", "Kharkiv", "2025-04-14"));
    CHECK(mention_in_report("Shelling of Belgorod injures two, governor says", "Belgorod", "2025-04-14").claim == ClaimType::struck);
    CHECK(mention_in_report("Ukrainian forces pull back from Kurakhove outskirts, military says", "Kurakhove", "2025-04-14").claim ==
          ClaimType::withdrew);
}

TEST_CASE("magazines: an event word inside a relative clause tells of the clause's place - a unit formed in a town is no event",
          "[claims][reports]") {
    const std::string text = "The commander, who fought in Bakhmut last winter, now leads a drone unit near Kupiansk.";
    CHECK(mention_in_report(text, "Bakhmut", "2023-09-05").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Kupiansk", "2023-09-05").claim != ClaimType::attacked);
    // The place the clause describes stands right before it.
    CHECK(mention_in_report("Ukrainian drones hit a column north of Korenovo, which is now being fought over.", "Korenovo",
                            "2024-08-16")
              .claim);
    CHECK(claims_nothing("The brigade was formed in Kharkiv in 2022 and has fought near Izium.", "Kharkiv", "2023-09-05"));
}

TEST_CASE("wires: more of English's words for the same events", "[claims][reports]") {
    CHECK(mention_in_report("Russian infantry probed Ukrainian defences near Pokrovsk.", "Pokrovsk", "2025-06-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian forces are grinding towards Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russia announced the takeover of Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::captured);
    CHECK(mention_in_report("Ukraine evacuated its troops from Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Ukrainian forces were forced out of Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::captured);
    CHECK(mention_in_report("Artillery rained down on Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::struck);
}

TEST_CASE("bulletins: a tense situation, a reconnaissance in force, sabotage groups and engagements are fighting there",
          "[claims][reports]") {
    CHECK(mention_in_report("The situation near Pokrovsk is tense.", "Pokrovsk", "2025-06-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("Ситуація біля Покровська напружена.", "Покровська", "2025-06-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("Russian forces conducted a reconnaissance in force near Pokrovsk.", "Pokrovsk", "2025-06-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian sabotage groups were active near Pokrovsk.", "Pokrovsk", "2025-06-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Произошло 11 боестолкновений в районе Покровска.", "Покровска", "2025-06-10").claim ==
          ClaimType::attacked);
    // A tense meeting is no fighting.
    CHECK(claims_nothing("Talks in Istanbul were tense.", "Istanbul", "2025-06-10"));
}

TEST_CASE("wires: a blast through a market is a strike, market prices are trade - detonations and 'вгатив' strike",
          "[claims][reports]") {
    CHECK(mention_in_report("A blast ripped through a market in Sumy.", "Sumy", "2025-06-10").claim == ClaimType::struck);
    // (Markets of trade stay words of trade; "took" alone would make a capture.)
    CHECK(claims_nothing("Oil markets in Odesa took a hit.", "Odesa", "2025-06-10"));
    CHECK(mention_in_report("Detonations were heard in Sumy.", "Sumy", "2025-06-10").claim == ClaimType::struck);
    CHECK(mention_in_report("Ворог вгатив по Сумах.", "Сумах", "2025-06-10").claim == ClaimType::struck);
}

TEST_CASE("posts: the present of 'бити' and shells 'выпущено' at a town strike it", "[claims][reports]") {
    // (The dictionary keeps "б'ють" and "б'є" apart from "бити".)
    CHECK(mention_in_report("Окупанти майже без перерви б'ють по Марганцю з того берега.", "Марганцю", "2025-06-10").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Ворог щодня б\u02bcє КАБами по Костянтинівці.", "Костянтинівці", "2025-06-10").claim ==
          ClaimType::struck);
    const std::string shells = "Вчера со стороны Красногоровки по Донецку и Горловке было выпущено более 40 снарядов.";
    CHECK(mention_in_report(shells, "Горловке", "2025-06-10").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(shells, "Красногоровки", "2025-06-10").claim);
}

TEST_CASE("wires and posts: more words for advances and arrivals", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces moved up to the outskirts of Pokrovsk.", "Pokrovsk", "2025-06-10").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces are pushing deeper into Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::advanced);
    CHECK(mention_in_report("Fresh Russian units arrived near Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::deployed);
    CHECK(mention_in_report("Ukraine is bringing up reserves near Pokrovsk.", "Pokrovsk", "2025-06-10").claim == ClaimType::deployed);
    CHECK(mention_in_report("Росіяни розширили плацдарм біля Покровська.", "Покровська", "2025-06-10").claim == ClaimType::advanced);
    CHECK(mention_in_report("Ворог вклинився в оборону біля Покровська.", "Покровська", "2025-06-10").claim == ClaimType::advanced);
    CHECK(mention_in_report("До Покровська прибули нові бригади.", "Покровська", "2025-06-10").claim == ClaimType::deployed);
}

TEST_CASE("wires: troops storming a port fight on the ground - Russian volunteers for Ukraine are Ukraine's side - a raided village in another spelling",
          "[claims][reports]") {
    CHECK(mention_in_report("Chechen fighters stormed Mariupol's port.", "Mariupol", "2022-04-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("A drone attack on Odesa's port damaged grain silos.", "Odesa", "2025-06-10").claim == ClaimType::struck);
    CHECK(mention_in_report("The Freedom of Russia Legion crossed into the Belgorod region.", "Belgorod region", "2025-06-10")
              .actor_side == "UA");
    CHECK(mention_in_report("The Kraken unit raided Tyotkino.", "Tyotkino", "2025-06-10").claim == ClaimType::attacked);
}

TEST_CASE("wires: the next sentence that speaks of the claim qualifies it", "[claims][reports]") {
    Mention m = mention_in_report("Russia's Defense Ministry claimed its forces had captured Danylivka. The claim could not be "
                                  "independently verified.",
                                  "Danylivka", "2025-11-21");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.status != ClaimStatus::asserted);
    m = mention_in_report("Russia said its forces had captured Danylivka. Kyiv denied this.", "Danylivka", "2025-11-21");
    CHECK(m.status == ClaimStatus::denied);
    // A next sentence about something else leaves it asserted.
    m = mention_in_report("Russian forces captured Danylivka. The weather could not be worse.", "Danylivka", "2025-11-21");
    CHECK(m.status == ClaimStatus::asserted);
}

TEST_CASE("wires: a fear, an order or a 'can' tells of what is to come", "[claims][reports]") {
    CHECK(claims_nothing("Kyiv fears a Russian assault on Kharkiv.", "Kharkiv", "2025-06-10"));
    CHECK(claims_nothing("Putin ordered his troops to seize Sumy.", "Sumy", "2025-06-10"));
    CHECK(claims_nothing("Ворог може піти в наступ на Запоріжжя.", "Запоріжжя", "2025-06-10"));
    CHECK(claims_nothing("Противник может начать штурм Купянска.", "Купянска", "2025-06-10"));
    CHECK(mention_in_report("Russian troops stormed Kharkiv's suburbs.", "Kharkiv", "2025-06-10").claim);
}

TEST_CASE("wires and bulletins: forces bolstered, defences shored up, a garrison kept or a grouping built up are deployed there",
          "[claims][reports]") {
    CHECK(mention_in_report("Russia bolstered its presence near Kupiansk.", "Kupiansk", "2025-06-10").claim == ClaimType::deployed);
    CHECK(mention_in_report("A Russian garrison remains in Horlivka.", "Horlivka", "2025-06-10").claim == ClaimType::deployed);
    CHECK(mention_in_report("Противник наращивает группировку под Купянском.", "Купянском", "2025-06-10").claim ==
          ClaimType::deployed);
    CHECK(mention_in_report("ВСУ укрепляют оборону Запорожья.", "Запорожья", "2025-06-10").claim == ClaimType::deployed);
}

TEST_CASE("wires: a side's shelling as the subject of a strike names who struck", "[claims][reports]") {
    const Mention m = mention_in_report("Russian-installed officials in Zaporizhzhia region said Ukrainian shelling hit Vasylivka.",
                                        "Vasylivka", "2025-06-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian shelling of Kherson wounded three people.", "Kherson", "2025-06-10").actor_side == "RU");
}

TEST_CASE("wires: a garrison that surrendered in a town gave it up, a garrison that remains is deployed", "[claims][reports]") {
    CHECK(mention_in_report("The Ukrainian garrison in Pokrovsk surrendered.", "Pokrovsk", "2025-06-10").claim == ClaimType::captured);
    CHECK(mention_in_report("A Russian garrison remains in Horlivka.", "Horlivka", "2025-06-10").claim == ClaimType::deployed);
}

TEST_CASE("magazines: beating back and clinging on are the defenders' words for the other side's attack", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian defenders beat back an armoured column near Velyka Novosilka.", "Velyka Novosilka",
                                  "2025-08-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukrainian troops still cling on to parts of Chasiv Yar.", "Chasiv Yar", "2025-08-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("magazines: ground clawed back by a town, a way fought to it, a town bypassed 'from' a side are advances",
          "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian forces clawed back ground near Robotyne.", "Robotyne", "2025-08-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian forces have clawed their way to the edge of Myrnohrad.", "Myrnohrad", "2025-08-14").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Russian troops bypassed Kurakhove from the north.", "Kurakhove", "2025-08-14").claim ==
          ClaimType::advanced);
    // A boat passing a coast goes round it and takes nothing.
    CHECK(claims_nothing("The ships sailed east at night, bypassing Sevastopol.", "Sevastopol", "2025-08-14"));
}

TEST_CASE("magazines: an offensive that took a capital 'by surprise' took nothing - commanders act for their side",
          "[claims][reports]") {
    const Mention m = mention_in_report("Ukraine's incursion into the Kursk region took Moscow by surprise.", "Kursk region", "2025-08-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Ukrainian commanders are moving reserves to Pokrovsk.", "Pokrovsk", "2025-08-14").actor_side == "UA");
}

TEST_CASE("ISW: a sentence with its own event keeps 'this claim' to itself - a flag over a quarter of a town is an advance",
          "[claims][reports]") {
    const std::string text = "Russian forces attacked near Druzhba and Nelipivka on November 4. A Russian milblogger claimed that "
                             "Russian forces seized Nelipivka, but ISW has not observed confirmation of this claim.";
    std::vector<Mention> nelipivka;
    for (const Mention& m : frontline::test::mentions_of_report(text, "2024-11-05"))
        if (m.surface == "Nelipivka") nelipivka.push_back(m);
    REQUIRE(nelipivka.size() == 2);
    CHECK(nelipivka[0].claim == ClaimType::attacked);
    CHECK(nelipivka[0].status == ClaimStatus::asserted);
    CHECK(nelipivka[1].claim == ClaimType::captured);
    CHECK(nelipivka[1].status != ClaimStatus::asserted);
    CHECK(mention_in_report("Geolocated footage shows Ukrainian forces raising a flag over a building in northern Vovchansk.",
                            "Vovchansk", "2024-11-05")
              .claim == ClaimType::advanced);
    // A country's side is where the town taken lies.
    CHECK(mention_in_report("Russian forces have captured two more settlements in eastern Ukraine.", "Ukraine", "2024-11-05").claim ==
          ClaimType::captured);
}

TEST_CASE("wires: the agency of a dateline publishes, the ministry named after it speaks - a claim not confirmed is disputed",
          "[claims][reports]") {
    const Mention m = mention_in_report("KYIV, March 14 (Reuters) - Russian forces have captured the village of Basivka, the Russian "
                                        "Defence Ministry said on Friday, a claim Kyiv did not immediately confirm.",
                                        "Basivka", "2025-03-14");
    CHECK(m.claim == ClaimType::captured);
    REQUIRE(m.claimant);
    CHECK(*m.claimant != "Reuters");
    CHECK(m.claimant_side == "RU");
    CHECK(m.status == ClaimStatus::disputed);
    // An agency alone in its dateline is still the only source there is.
    CHECK(mention_in_report("KYIV, March 14 (Reuters) - Russian drones struck Odesa overnight.", "Odesa", "2025-03-14").claimant ==
          "Reuters");
}

TEST_CASE("wires: troops holding their positions are attacked - a force moved from one place to another only left the first",
          "[claims][reports]") {
    const Mention m = mention_in_report("Ukraine's military said its troops were holding their positions around Sudzha despite "
                                        "intense pressure.",
                                        "Sudzha", "2025-03-14");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    const std::string moved = "North Korean troops have been redeployed from Kursk to the Belgorod region.";
    CHECK(claims_nothing(moved, "Kursk", "2025-03-14"));
    CHECK(mention_in_report(moved, "Belgorod region", "2025-03-14").claim == ClaimType::deployed);
}

TEST_CASE("wires: what befalls a capital befalls the city - a capital that speaks still speaks", "[claims][reports]") {
    CHECK(mention_in_report("Moscow came under a massive drone attack overnight, the mayor said.", "Moscow", "2025-06-10").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Kyiv was rocked by explosions as Russia launched a missile barrage.", "Kyiv", "2025-06-10").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Москва подверглась атаке беспилотников.", "Москва", "2025-06-10").claim == ClaimType::struck);
    // (A plural verb after the city's name has others for its subject.)
    CHECK(mention_in_report("Київ атакували балістичними ракетами.", "Київ", "2025-06-10").claim == ClaimType::struck);
    CHECK(claims_nothing("Київ атакував російські позиції під Курськом.", "Київ", "2025-06-10"));
    CHECK(claims_nothing("Kyiv says its drones struck a refinery in Saratov.", "Kyiv", "2025-06-10"));
}

TEST_CASE("plain-language news: a city got back, soldiers that left it, trenches dug by it", "[claims][reports]") {
    Mention m = mention_in_report("Ukraine got back the city of Kherson in November.", "Kherson", "2023-03-15");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Russian soldiers left the city of Kherson.", "Kherson", "2023-03-15");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian forces are digging new trenches near Tokmak.", "Tokmak", "2023-03-15").claim ==
          ClaimType::deployed);
}

TEST_CASE("key events lists: drones destroyed in flight are intercepted - positions established near a village are an advance",
          "[claims][reports]") {
    const std::string text = "Ukraine's air force said it destroyed 24 of 36 Shahed drones launched by Russia overnight, mostly over "
                             "the Khmelnytskyi and Vinnytsia regions.";
    CHECK(claims_nothing(text, "Khmelnytskyi", "2023-10-29"));
    CHECK(claims_nothing(text, "Vinnytsia regions", "2023-10-29"));
    const Mention m = mention_in_report("Ukrainian forces have established several positions on the eastern bank of the Dnipro River "
                                        "near the village of Krynky, Russian military bloggers said.",
                                        "Krynky", "2023-10-29");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("magazines: a predicate coordinated after a capture has the name to itself - men hurled at a town attack it",
          "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Russian units captured three villages east of the town in June and are now within artillery "
                                  "range of Zaporizhzhia, a city of 700,000.",
                                  "Zaporizhzhia", "2025-07-10")
                    .claim == ClaimType::captured);
    CHECK(claims_nothing("He was wounded near Bakhmut in 2023 and now lives in Lviv.", "Lviv", "2025-07-10"));
    // Names coordinated with the object are still the capture's.
    CHECK(mention_in_report("Russian units captured Kotlyne and Udachne.", "Udachne", "2025-07-10").claim == ClaimType::captured);
    const Mention m = mention_in_report("For more than a year Russia has hurled men at Pokrovsk.", "Pokrovsk", "2025-07-10");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("live blogs: 'The claim could not be independently verified' in the next paragraph of the entry qualifies it",
          "[claims][reports]") {
    const std::string text = "Ukraine's military intelligence said Tuesday it had struck a Russian S-400 launcher near Dzhankoi.\n\n"
                             "The claim could not be independently verified by CNN.\n";
    CHECK(mention_in_report(text, "Dzhankoi", "2024-06-04").status == ClaimStatus::disputed);
    // A next paragraph about something else leaves it asserted.
    CHECK(mention_in_report("Ukraine's military intelligence said it had struck a launcher near Dzhankoi.\n\nKyiv denied this.\n",
                            "Dzhankoi", "2024-06-04")
              .status == ClaimStatus::asserted);
}

TEST_CASE("wires: fighting in a city behind today's front is ground combat, not a strike", "[claims][reports]") {
    CHECK(mention_in_report("Chechen units fought in Mariupol.", "Mariupol", "2025-10-02").claim == ClaimType::attacked);
}

TEST_CASE("RSS headlines: a capital rocked 'by' something undergoes it - villages retaken and towns entered in the present",
          "[claims][reports]") {
    const Mention m = mention_in_report("Kyiv rocked by explosions as Russia launches missile barrage", "Kyiv", "2024-09-12");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ukraine retakes village of Robotyne", "Robotyne", "2024-09-12").claim == ClaimType::captured);
    CHECK(mention_in_report("Russian forces enter Toretsk, Ukraine says", "Toretsk", "2024-09-12").claim == ClaimType::captured);
}

TEST_CASE("event maps: forces entering a place, still under way, advance into it - forces that entered took it", "[claims][reports]") {
    CHECK(mention_in_report("24/02/2022 Russian forces entering Sen'kivka", "Sen'kivka", "2022-02-24").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian forces entered Sen'kivka on 24 February.", "Sen'kivka", "2022-02-25").claim ==
          ClaimType::captured);
}

TEST_CASE("addresses: stopping denied is the attack going on - 'long-range sanctions' are strikes", "[claims][reports]") {
    Mention m = mention_in_report("The occupiers have not stopped their assaults near Pokrovsk for a single day.", "Pokrovsk",
                                  "2025-11-02");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    CHECK(m.status == ClaimStatus::asserted);
    CHECK(mention_in_report("Ворог не припиняє обстрілів Херсона.", "Херсона", "2025-11-02").status == ClaimStatus::asserted);
    CHECK(mention_in_report("Russian forces did not attack Pokrovsk.", "Pokrovsk", "2025-11-02").status == ClaimStatus::denied);
    m = mention_in_report("Our long-range sanctions against Russia continue: Novorossiysk, Tuapse, Bryansk.", "Tuapse", "2025-11-02");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Наши дальнобойные санкции против России продолжаются: Новороссийск, Туапсе, Брянск.", "Туапсе",
                            "2025-11-02")
              .claim == ClaimType::struck);
    // Sanctions themselves stay words of trade.
    CHECK(claims_nothing("The EU approved new sanctions against Russia after the strike on Kyiv.", "Russia", "2025-11-02"));
}

TEST_CASE("digests: a strike whose every drone is said to have been shot down failed by that account", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian drones attacked the airport in Yeysk, according to the Russians they shot down all of them.",
                                  "Yeysk", "2025-01-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.status == ClaimStatus::disputed);
    CHECK(mention_in_report("Ukrainian drones attacked Yeysk, the Russians said they shot down three of them.", "Yeysk", "2025-01-20")
              .status == ClaimStatus::asserted);
}

TEST_CASE("headlines: an incursion is made into the other side's ground", "[claims][reports]") {
    CHECK(mention_in_report("Ukraine war: Kursk incursion enters second month", "Kursk", "2024-09-12").actor_side == "UA");
    CHECK(mention_in_report("Вторгнення на Курщину триває.", "Курщину", "2024-09-12").actor_side == "UA");
    // (In 2022 geography gives an advance in Ukraine no side: the incursion does.)
    CHECK(mention_in_report("The incursion into Vovchansk began in May.", "Vovchansk", "2022-06-01").actor_side == "RU");
}

TEST_CASE("histories: the parties 'between' which a battle is fought are no places of it - a ', when' clause tells of its own places",
          "[claims][reports]") {
    const std::string lead = "The Battle of Avdiivka was a military engagement between Russia and Ukraine for control of Avdiivka.";
    CHECK(claims_nothing(lead, "Russia", "2024-06-01"));
    CHECK(mention_in_report(lead, "Avdiivka", "2024-06-01").claim == ClaimType::attacked);
    CHECK(claims_nothing("Avdiivka had been on the front line since 2014, when pro-Russian separatists seized much of Donetsk Oblast.",
                         "Avdiivka", "2024-06-01"));
    // A ", where" clause tells of the place it follows.
    CHECK(mention_in_report("Things do not look much better in Myrnohrad to the east, where Ukrainian forces risk being encircled.",
                            "Myrnohrad", "2024-06-01")
              .claim == ClaimType::attacked);
}

TEST_CASE("magazines: a place held 'now' or lost has changed hands - an event noun opening a sentence takes the modal of its verb",
          "[claims][reports]") {
    CHECK(mention_in_report("Russian forces now hold Bakhmut.", "Bakhmut", "2025-06-10").claim == ClaimType::captured);
    CHECK_FALSE(mention_in_report("Ukrainian forces still hold Kupiansk.", "Kupiansk", "2025-06-10").claim == ClaimType::captured);
    // (A country that "now holds" a share of another tells a state.)
    CHECK(claims_nothing("Russia now holds about a fifth of Ukraine's territory, including Crimea, which it annexed in 2014.", "Crimea",
                         "2025-06-10"));
    CHECK(mention_in_report("Pokrovsk has been lost.", "Pokrovsk", "2025-06-10").claim == ClaimType::captured);
    CHECK(mention_in_report("The loss of Pokrovsk in December was a heavy blow.", "Pokrovsk", "2025-06-10").claim ==
          ClaimType::captured);
    CHECK(claims_nothing("The loss of life in Kharkiv was heavy.", "Kharkiv", "2025-06-10"));
    const Mention m = mention_in_report("The loss of Pokrovsk, though long anticipated, would be a significant blow.", "Pokrovsk",
                                        "2025-06-10");
    CHECK_FALSE(m.claim);
    CHECK(m.modality != Modality::reported);
}

TEST_CASE("wires: a push mounted on a town attacks it - an ambush is a fight", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces mounted a new push on Chasiv Yar.", "Chasiv Yar", "2025-06-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("The Russians keep pushing at Pokrovsk from the south.", "Pokrovsk", "2025-06-10").claim == ClaimType::attacked);
    CHECK(mention_in_report("Українські військові влаштували засідку біля Куп'янська.", "Куп'янська", "2025-06-10").claim ==
          ClaimType::attacked);
    // Pushing on with a plan is no push on a place.
    CHECK_FALSE(mention_in_report("Kyiv pushes on with talks in Istanbul.", "Istanbul", "2025-06-10").claim == ClaimType::attacked);
}

TEST_CASE("wires and channels: a side's forces now or already in a town have advanced into it - a state word after 'are in' is none",
          "[claims][reports]") {
    Mention m = mention_in_report("Russian troops are now in the center of Toretsk, the Ukrainian military spokesman acknowledged.", "Toretsk",
                                  "2025-03-14");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Росіяни вже в Покровську, визнав речник.", "Покровську", "2025-03-14").claim == ClaimType::advanced);
    CHECK(mention_in_report("Противник уже на окраинах Курахово.", "Курахово", "2025-03-14").claim == ClaimType::advanced);
    // (Being in a position near a town, or being there without 'now', tells a state.)
    CHECK_FALSE(mention_in_report("Ukrainian troops are now in a difficult position near Pokrovsk.", "Pokrovsk", "2025-03-14").claim ==
                ClaimType::advanced);
    CHECK_FALSE(mention_in_report("Russian troops were in Kherson until November 2022.", "Kherson", "2025-03-14").claim ==
                ClaimType::advanced);
}

TEST_CASE("bulletins: forces massed near a town with a purpose after a comma are deployed there now", "[claims][reports]") {
    const Mention m = mention_in_report("The enemy is amassing forces near Huliaipole, preparing an offensive.", "Huliaipole", "2025-03-14");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.modality == Modality::reported);
    // (A modal right after the name, with no comma, is still the event's.)
    CHECK_FALSE(mention_in_report("The battle for Sloviansk will begin soon.", "Sloviansk", "2025-03-14").claim);
}

TEST_CASE("bulletins in English: the agent of a passive may be named through its units - 'knocked out the enemy from' takes a village",
          "[claims][reports]") {
    Mention m = mention_in_report("Pivnichne has been liberated by units of the Center group of forces.", "Pivnichne", "2024-08-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Kupiansk was retaken by elements of the Ukrainian 14th brigade.", "Kupiansk", "2024-08-20");
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Units of the Northern group knocked out the enemy from Martynovka in the Kursk region.", "Martynovka",
                            "2024-08-20")
              .claim == ClaimType::captured);
    // ("knocked out" alone is a hit on what it names.)
    CHECK_FALSE(mention_in_report("The drone knocked out a tank near Bakhmut.", "Bakhmut", "2024-08-20").claim == ClaimType::captured);
}

TEST_CASE("wires: a name inside a relative clause set off by a comma is told of by that clause alone", "[claims][reports]") {
    const std::string text =
        "Zelensky blamed Russia for the strike on the town, which lies about 20 km from the front line around Bakhmut.";
    CHECK(claims_nothing(text, "Bakhmut", "2023-09-10"));
    // (The clause's own event word still tells of it.)
    CHECK(mention_in_report("Russian troops reached the river, which they crossed near Krynky in October.", "Krynky", "2023-11-10").claim
              .has_value());
}

TEST_CASE("wires: where people or an office sit is no place of an event whose word has a place of its own", "[claims][reports]") {
    const std::string prosecutors = "Prosecutors in Kharkiv opened a criminal case over the shelling of Izium.";
    CHECK(claims_nothing(prosecutors, "Kharkiv", "2025-05-20"));
    CHECK(mention_in_report(prosecutors, "Izium", "2025-05-20").claim == ClaimType::struck);
    CHECK(claims_nothing("Doctors in Dnipro are treating victims of the strike on Kryvyi Rih.", "Dnipro", "2025-05-20"));
    CHECK(claims_nothing("Speaking in Brussels, Zelensky said Russian forces had attacked Kupiansk.", "Brussels", "2025-05-20"));
    CHECK(claims_nothing("The drones were made in Yelabuga and launched at Kharkiv.", "Yelabuga", "2025-05-20"));
    // (With no other place the office's town is where it happened.)
    CHECK(mention_in_report("Police in Kharkiv said a missile hit an apartment block.", "Kharkiv", "2025-05-20").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("Officials in Kyiv said Russian forces had captured Pishchane.", "Kyiv", "2025-05-20"));
    CHECK(claims_nothing("Regional authorities in Krasnodar said debris caused a fire in the port area of Tuapse.", "Krasnodar",
                         "2025-05-20"));
    // A speaker's town is his own, even where the event he speaks of names none.
    CHECK(claims_nothing("President Zelensky, speaking in Kyiv, called the strikes deliberate terror.", "Kyiv", "2025-05-20"));
    CHECK(claims_nothing("Peskov told reporters in Moscow that Russia strikes only military targets.", "Moscow", "2025-05-20"));
    CHECK(claims_nothing("Зеленський, виступаючи у Києві, наголосив, що удар по Сумах є терором.", "Києві", "2025-05-20"));
    // (Reporters in a town who tell what they saw tell of the town.)
    CHECK(mention_in_report("Reporters in Kharkiv heard explosions overnight.", "Kharkiv", "2025-05-20").claim == ClaimType::struck);
}

TEST_CASE("magazines: a place compared with opens the sentence - a call for strikes is a wish", "[claims][reports]") {
    const std::string like = "Like Bakhmut before it, Chasiv Yar has been reduced to ruins by Russian shelling.";
    CHECK(claims_nothing(like, "Bakhmut", "2025-05-20"));
    CHECK(mention_in_report(like, "Chasiv Yar", "2025-05-20").claim == ClaimType::struck);
    CHECK(claims_nothing("Як і Бахмут, Часів Яр зруйновано російськими обстрілами.", "Бахмут", "2025-05-20"));
    // (Towns "like" it are examples of the event's places.)
    CHECK(mention_in_report("Russian glide bombs hit towns like Kostiantynivka every day.", "Kostiantynivka", "2025-05-20").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("Ukraine's ambassador in Berlin called for more Taurus missiles to hit bridges in Crimea.", "Crimea",
                         "2025-05-20"));
}

TEST_CASE("wires: a region opening a clause of its own as the subject of its event word is no mere container", "[claims][reports]") {
    const std::string text = "Explosions were also heard in Kharkiv, and the Kharkiv region came under fire from guided bombs.";
    CHECK(mention_in_report(text, "Kharkiv region", "2024-05-12").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Kharkiv", "2024-05-12").claim == ClaimType::struck);
    // (A region that only holds the place of the sentence's event stays none.)
    CHECK(claims_nothing("In the Donetsk region, one resident in the city of Toretsk was killed by shelling.", "Donetsk region",
                         "2024-05-12"));
}

TEST_CASE("wires: troops moved or sent with a count or a kind between are deployed where they go", "[claims][reports]") {
    const std::string moved = "Russia moved additional troops from Kherson to the Pokrovsk direction.";
    CHECK(mention_in_report(moved, "Pokrovsk", "2024-08-20").claim == ClaimType::deployed);
    CHECK(claims_nothing(moved, "Kherson", "2024-08-20"));
    const Mention m = mention_in_report("Ukraine sent 5,000 more troops to the Kursk region.", "Kursk region", "2024-08-20");
    CHECK(m.claim == ClaimType::deployed);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("Russian state media in English: the other side's forces by their names, positions improved, quarters hit",
          "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian militants attacked Donetsk with cluster munitions, killing two civilians.", "Donetsk",
                                  "2024-02-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    // (The word "Nazi" in the name of forces is no talk of a past war.)
    m = mention_in_report("Ukrainian neo-Nazis fired on Shebekino using Vampire MLRS.", "Shebekino", "2024-02-10");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian forces hit a temporary deployment site of Ukrainian troops near Kramatorsk.", "Kramatorsk",
                            "2024-02-10")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Units of the Center Battlegroup improved their frontline positions near Torske.", "Torske", "2024-02-10")
              .claim == ClaimType::advanced);
}

TEST_CASE("monitors: infiltrators seen inside a town got in - infiltrators cleared from it were driven out", "[claims][reports]") {
    Mention m = mention_in_report("DeepState analysts said Russian infiltration groups had been spotted in the center of Pokrovsk.",
                                  "Pokrovsk", "2025-09-15");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Ukrainian forces cleared Russian infiltrators from Myrnohrad.", "Myrnohrad", "2025-09-15");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    // (Troops spotted somewhere are deployed there.)
    CHECK(mention_in_report("North Korean soldiers have been spotted in the Kursk region.", "Kursk region", "2025-09-15").claim ==
          ClaimType::deployed);
}

TEST_CASE("headlines: title case names nothing by its capitals - ground lost is a withdrawal", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian Troops Pull Back From Positions Near Toretsk", "Toretsk", "2025-02-01").claim ==
          ClaimType::withdrew);
    Mention m = mention_in_report("Kursk Incursion: Ukraine Loses Ground Near Sudzha", "Sudzha", "2025-02-01");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian forces gained ground near Pokrovsk.", "Pokrovsk", "2025-02-01").claim == ClaimType::advanced);
    // (In a sentence that is no headline a capitalised word before "near" is a name.)
    CHECK(claims_nothing("Drones hit the Konakovo plant near Tver.", "Tver", "2025-02-01"));
}

TEST_CASE("assessments: 'may have advanced' hedges what has happened - 'may advance' foretells", "[claims][reports]") {
    const Mention m = mention_in_report("Russian forces may have advanced near Kalynove, but the extent of the advance is unclear.", "Kalynove",
                                        "2025-04-06");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.status == ClaimStatus::hedged);
    CHECK(m.modality == Modality::reported);
    CHECK_FALSE(mention_in_report("Russian forces may advance near Kalynove.", "Kalynove", "2025-04-06").claim);
}

TEST_CASE("air force reports: the place drones were launched at is struck, whatever share was shot down", "[claims][reports]") {
    const Mention m = mention_in_report("Ukraine's air force said it shot down 58 of 90 drones launched at the Kyiv region.", "Kyiv region",
                                        "2025-03-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    // (Drones downed over a region with no target named are an interception.)
    CHECK(claims_nothing("Russian air defences downed 12 Ukrainian drones over the Kursk region overnight.", "Kursk region", "2025-03-20"));
}

TEST_CASE("bulletins in English: the object of a verb coordinated after the name is that verb's - pressing on towards a town advances",
          "[claims][reports]") {
    const Mention m = mention_in_report(
        "Units of the Battlegroup Vostok continued to advance in the vicinity of Vuhledar and repelled three counterattacks.", "Vuhledar",
        "2024-09-27");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Ukrainian troops liberated Robotyne and were pressing on towards Novoprokopivka.", "Novoprokopivka",
                            "2023-08-28")
              .claim == ClaimType::advanced);
}

TEST_CASE("withdrawals: where the withdrawing side went is no place it left", "[claims][reports]") {
    const std::string en = "Ukrainian troops pulled back from Toretsk towards Kostiantynivka.";
    CHECK(mention_in_report(en, "Toretsk", "2025-01-30").claim == ClaimType::withdrew);
    CHECK(claims_nothing(en, "Kostiantynivka", "2025-01-30"));
    CHECK(claims_nothing("Остатки ВСУ отошли из Дзержинска в направлении Щербиновки.", "Щербиновки", "2025-01-30"));
    CHECK(claims_nothing("ЗСУ відійшли з Вугледара до Богоявленки.", "Богоявленки", "2025-01-30"));
    // (An advance towards a town is still one.)
    CHECK(mention_in_report("Russian troops advanced towards Kostiantynivka.", "Kostiantynivka", "2025-01-30").claim == ClaimType::advanced);
    // A word of fire nearer the name than the withdrawal does not make the way out a place struck.
    CHECK(claims_nothing("The last units left the village at night, retreating toward Kostiantynivka under drone fire.",
                         "Kostiantynivka", "2025-01-30"));
    CHECK(claims_nothing("Підрозділи відійшли з села у напрямку Курахового під обстрілом.", "Курахового", "2025-01-30"));
}

TEST_CASE("agencies: the land across a border is no place of a retreat to it - strikes on concentrations in a village strike it - who did it after 'by'",
          "[claims][reports]") {
    CHECK(claims_nothing("The Ukrainian grouping is retreating toward the border with the Sumy Region under fire from Russian artillery.",
                         "Sumy Region", "2025-03-13"));
    CHECK(mention_in_report("Russian aviation delivered FAB strikes with UMPK on enemy concentrations in Khotin.", "Khotin", "2024-08-20")
              .claim == ClaimType::struck);
    const auto ms = frontline::test::mentions_of_report("Peskov blamed deliberate sabotage by Kyiv.", "2023-06-06");
    CHECK(std::none_of(ms.begin(), ms.end(), [](const Mention& m) { return m.surface == "Kyiv"; }));
}

TEST_CASE("wires: where an attack or a launch came from is no place of it - punching through defences tried is an attack - brigades moved are deployed",
          "[claims][reports]") {
    const std::string from = "Russian troops attacked Vovchansk from the Belgorod region.";
    CHECK(mention_in_report(from, "Vovchansk", "2024-05-10").claim == ClaimType::attacked);
    CHECK(claims_nothing(from, "Belgorod region", "2024-05-10"));
    CHECK(claims_nothing("Such strikes are possible only because Russia can launch its aircraft from Belgorod without fear.", "Belgorod",
                         "2024-05-25"));
    CHECK(mention_in_report("Ukrainian troops withdrew from Avdiivka.", "Avdiivka", "2024-05-10").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Armoured columns tried to punch through Ukrainian defences near Vovchansk.", "Vovchansk", "2024-05-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Ukraine has moved additional brigades to Huliaipole from the Pokrovsk front.", "Huliaipole", "2025-11-14")
              .claim == ClaimType::deployed);
}

TEST_CASE("channels in English: a road's ends are no places of the fighting on it - under constant fire is struck - a group of forces named after an island is no place",
          "[claims][reports]") {
    const std::string road = "Units of the 2nd Combined Arms Army have broken into Rivne on the road between Krasnoarmeysk and Dimitrov.";
    CHECK(mention_in_report(road, "Rivne", "2025-10-30").claim == ClaimType::advanced);
    CHECK(claims_nothing(road, "Krasnoarmeysk", "2025-10-30"));
    CHECK(claims_nothing(road, "Dimitrov", "2025-10-30"));
    CHECK(mention_in_report("In Dimitrov, the garrison is under constant fire from FPV drones and artillery.", "Dimitrov", "2025-10-30")
              .claim == ClaimType::struck);
    const auto ms = frontline::test::mentions_of_report(
        "Ukraine's Khortytsia operational-strategic group announced that it had withdrawn its troops from Vuhledar.", "2024-10-01");
    CHECK(std::none_of(ms.begin(), ms.end(), [](const Mention& m) { return m.surface == "Khortytsia"; }));
}

TEST_CASE("magazines: a described town in apposition is placed by the town after 'north of' - that town is only a landmark",
          "[claims][reports]") {
    const std::string text =
        "The fall of Avdiivka, a ruined industrial town just north of Donetsk city, is Russia's most significant gain in a year.";
    CHECK(mention_in_report(text, "Avdiivka", "2024-02-22").claim == ClaimType::captured);
    CHECK(claims_nothing(text, "Donetsk", "2024-02-22"));
}

TEST_CASE("wires: a side named after 'when' opens a clause of its own - it is no target of the event word before", "[claims][reports]") {
    const Mention m = mention_in_report(
        "This morning in Kherson, a 56-year-old man was injured when a Russian drone dropped explosives on a bus stop.", "Kherson",
        "2024-07-08");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("governors: a strike's toll leaves streets without power, no one withdrew - residents taken to a town went there", "[claims][reports]") {
    CHECK(mention_in_report("A Ukrainian drone knocked out a power line in Shebekino, leaving several streets without electricity.",
                            "Shebekino", "2023-10-14")
              .claim == ClaimType::struck);
    CHECK(claims_nothing("Evacuation from the border zone continues: residents are being taken to Sumy.", "Sumy", "2024-08-20"));
    // (What is left without power may take more words than one gap.)
    CHECK(mention_in_report("An overnight drone attack damaged two power plants in Zhytomyr, leaving apartment blocks on the "
                            "city's eastern bank without heating.",
                            "Zhytomyr", "2026-01-20")
              .claim == ClaimType::struck);
}

TEST_CASE("administrations: a distance places the town approached, not the approach - the town it is measured from is a reference",
          "[claims][reports]") {
    const std::string text = "The enemy is approaching the outskirts of Novohrodivka, some 12 km southeast of Pokrovsk.";
    CHECK(mention_in_report(text, "Novohrodivka", "2024-08-19").claim == ClaimType::advanced);
    CHECK(claims_nothing(text, "Pokrovsk", "2024-08-19"));
    CHECK(mention_in_report("Russian forces reached to within a few kilometres of Siversk.", "Siversk", "2024-08-19").claim ==
          ClaimType::advanced);
}

TEST_CASE("wires: prisoners freed or taken prisoner somewhere are no town taken", "[claims][reports]") {
    CHECK(claims_nothing("Among those freed were soldiers taken prisoner on Snake Island in the first days of the invasion.", "Snake Island",
                         "2024-01-03"));
    CHECK(mention_in_report("Ukrainian forces freed Kherson in November 2022.", "Kherson", "2024-01-03").claim == ClaimType::captured);
}

TEST_CASE("live blogs: residents moved to a town are evacuated, not deployed - troops moved are", "[claims][reports]") {
    const char* text = "10.05 BST: The governor declared a state of emergency, citing daily shelling by Ukrainian forces. "
                       "Residents of the Krasnaya Yaruga district are being moved to Belgorod and Stary Oskol.";
    CHECK(claims_nothing(text, "Stary Oskol", "2024-08-14"));
    CHECK(claims_nothing(text, "Belgorod", "2024-08-14"));
    CHECK(mention_in_report("Two more brigades have been moved to the Kursk region.", "Kursk region", "2024-08-14").claim ==
          ClaimType::deployed);
}

TEST_CASE("wires: a side that speaks of a fight is not its doer - the side that says it acted is", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian commanders said fighting was raging inside Pokrovsk, where outnumbered defenders are "
                                  "clinging to the northern districts.",
                                  "Pokrovsk", "2025-11-04");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    Mention r = mention_in_report("Ukrainian troops said they were repelling assaults near Andriivka.", "Andriivka", "2025-05-31");
    CHECK(r.claim == ClaimType::attacked);
    CHECK(r.actor_side == "RU");
}

TEST_CASE("wires: ships named after places are ships - the port they lay in was struck, and troops regrouping somewhere are deployed there",
          "[claims][reports]") {
    const char* text = "The Defence Forces struck the large landing ships Yamal and Azov in Sevastopol overnight.";
    for (const Mention& m : mentions_of_report(text, "2024-03-24")) CHECK((m.surface != "Yamal" && m.surface != "Azov"));
    CHECK(mention_in_report(text, "Sevastopol", "2024-03-24").claim == ClaimType::struck);
    CHECK(mention_in_report("Russian troops are regrouping in Belarus ahead of a new offensive.", "Belarus", "2022-04-14").claim ==
          ClaimType::deployed);
}

TEST_CASE("histories: a place that fell was taken - a currency or a temperature that fell to a low took nothing", "[claims][reports]") {
    Mention k = mention_in_report("Kherson fell on 2 March 2022; Ukrainian troops liberated Kherson on 11 November that year.", "Kherson",
                                  "2026-02-24");
    CHECK(k.claim == ClaimType::captured);
    CHECK(date_of(k) == "2022-03-02");
    CHECK(mention_in_report("Avdiivka fell after a four-month siege.", "Avdiivka", "2024-02-20").claim == ClaimType::captured);
    CHECK(claims_nothing("The ruble fell to a record low in Moscow.", "Moscow", "2024-02-20"));
    CHECK(mention_in_report("Bakhmut fell to the Russians after ten months of fighting.", "Bakhmut", "2023-05-25").claim ==
          ClaimType::captured);
    // A headline's present: the town that falls is taken, the next clause's town is not: pressure grows on it.
    const std::string headline = "Week in review: Vuhledar falls, pressure grows on Selydove";
    CHECK(mention_in_report(headline, "Vuhledar", "2024-10-06").claim == ClaimType::captured);
    CHECK(mention_in_report(headline, "Selydove", "2024-10-06").claim == ClaimType::attacked);
    CHECK(mention_in_report("Ukraine takes back Kherson", "Kherson", "2022-11-12").claim == ClaimType::captured);
}

TEST_CASE("ISW: a contrast after a list opens another predicate - its negated event word leaves the list to the first", "[claims][reports]") {
    const char* text = "Russian forces continued offensive operations near Kupiansk, Lyman, and Siversk on February 8 but did not "
                       "make confirmed advances.";
    for (const char* place : {"Kupiansk", "Lyman", "Siversk"}) {
        INFO(place);
        Mention m = mention_in_report(text, place, "2025-02-09");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(m.actor_side == "RU");
    }
}

TEST_CASE("air war: a city named in apposition to 'the capital' is the place targeted", "[claims][reports]") {
    Mention m = mention_in_report("Russia launched a massive drone attack overnight, mainly targeting the region in and around the capital "
                                  "Kyiv, the air force said.",
                                  "Kyiv", "2025-02-09");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("Kyiv Independent: units pulled out of a town withdrew - a unit's name holds no event word", "[claims][reports]") {
    Mention a = mention_in_report("Syrskyi announced that he had decided to pull units out of Avdiivka and move them to more favorable lines.",
                                  "Avdiivka", "2024-02-17");
    CHECK(a.claim == ClaimType::withdrew);
    CHECK(a.actor_side == "UA");
    CHECK(mention_in_report("Ukraine's military said it had pulled troops out of the villages of Rivnopillia and Yablukove.",
                            "Yablukove", "2025-11-18")
              .claim == ClaimType::withdrew);
    const Mention b = mention_in_report("The 3rd Assault Brigade, rushed to Avdiivka earlier this month, held the northern flank.",
                                        "Avdiivka", "2024-02-17");
    CHECK(b.claim != ClaimType::attacked);
    for (const Mention& m : mentions_of_report("Units of the Yug battlegroup liberated Platonovka.", "2025-11-21")) CHECK(m.surface != "Yug");
}

TEST_CASE("TASS: the Russian General Staff claims for Russia, a place in 'the Donetsk People's Republic' lies in Donetsk Oblast, and an agent after a later event word is that word's",
          "[claims][reports]") {
    const char* text = "Chief of the Russian General Staff Valery Gerasimov has reported to Vladimir Putin on the liberation of "
                       "Krasnoarmeysk in the Donetsk People's Republic. Over the past day, Tsentr group units liberated the community "
                       "of Shevchenko and repelled nine counterattacks by Ukrainian assault groups near Rodinskoye.";
    Mention k = mention_in_report(text, "Krasnoarmeysk", "2025-12-01");
    CHECK(k.place_name == "Pokrovsk");
    CHECK(k.claimant_side == "RU");
    CHECK(k.actor_side == "RU");
    Mention s = mention_in_report(text, "Shevchenko", "2025-12-01");
    CHECK(s.claim == ClaimType::captured);
    CHECK(s.actor_side != "UA");
}

TEST_CASE("TASS: a side before a clause opened by 'while' acts in its own clause only", "[claims][reports]") {
    const char* text = "Tsentr group units repelled nine counterattacks by Ukrainian assault groups near Rodinskoye, while Yug group "
                       "units pushed into the southern districts of Konstantinovka, the Defense Ministry said.";
    Mention r = mention_in_report(text, "Rodinskoye", "2025-12-01");
    CHECK(r.claim == ClaimType::attacked);
    CHECK(r.actor_side == "UA");
    Mention k = mention_in_report(text, "Konstantinovka", "2025-12-01");
    CHECK(k.claim == ClaimType::advanced);
    CHECK(k.actor_side != "UA");
}

TEST_CASE("AP: armour named for its side acts, reserves rushed somewhere are deployed there, and Russia's chief of the General Staff speaks for Russia",
          "[claims][reports]") {
    Mention k = mention_in_report("Russian military bloggers said Ukrainian armor had reached the outskirts of Korenevo.", "Korenevo",
                                  "2024-08-08");
    CHECK(k.claim == ClaimType::advanced);
    CHECK(k.actor_side == "UA");
    Mention r = mention_in_report("Russia's chief of the General Staff, Valery Gerasimov, told Putin that reserves had been rushed to the "
                                  "Kursk region.",
                                  "Kursk region", "2024-08-08");
    CHECK(r.claim == ClaimType::deployed);
    CHECK(r.claimant_side == "RU");
    CHECK(r.actor_side == "RU");
}

TEST_CASE("wires: the town of a dateline is where the report was filed - it is read, and claims nothing", "[claims][reports]") {
    const char* text = "DNIPRO, Ukraine (AFP) - Russia launched one of its largest attacks on the power grid on Friday, hitting "
                       "the dam in Zaporizhzhia.";
    CHECK(claims_nothing(text, "DNIPRO", "2024-03-22"));
    CHECK(mention_in_report(text, "Zaporizhzhia", "2024-03-22").claim == ClaimType::struck);
    const char* kyiv = "KYIV, Ukraine (AP) — Russian drones pounded energy facilities overnight.";
    bool read = false;
    for (const Mention& m : mentions_of_report(kyiv, "2024-03-22"))
        if (m.surface == "KYIV") {
            read = true;
            CHECK_FALSE(m.claim);
        }
    CHECK(read);
}

TEST_CASE("datelines: the town of a dateline makes its region no container of the story's places", "[claims][reports]") {
    const std::string text = "ЧЕРНІГІВ \u2014 Російські війська 7 травня 40 разів обстріляли прикордонні громади Чернігівщини.";
    CHECK(mention_in_report(text, "Чернігівщини", "2025-05-07").claim == ClaimType::struck);
    // A dateline with its date is one too.
    const std::string dated = "SUMY, May 12 - Russian forces pressed their offensive in the northeastern Sumy region on Sunday, "
                              "and the defence ministry claimed its troops had captured two more villages near the border.";
    CHECK(mention_in_report(dated, "Sumy region", "2024-05-12").claim == ClaimType::attacked);
}

TEST_CASE("datelines: an upper-case town and a dash opening a story's first sentence claims nothing - a digest's line does",
          "[claims][reports]") {
    const std::string wire = "Drone kills passenger in Kursk region\n\n"
                             "MOSCOW \u2014 A Ukrainian drone struck a minibus in the town of Lgov on Thursday, the governor said.";
    CHECK(claims_nothing(wire, "MOSCOW", "2025-05-09"));
    CHECK(mention_in_report(wire, "Lgov", "2025-05-09").claim == ClaimType::struck);
    const std::string dated = "KHARKIV, May 3 \u2014 Russian missiles hit Izium overnight.";
    CHECK(claims_nothing(dated, "KHARKIV", "2025-05-03"));
    const std::string post = "СУМИ \u2014 Російські війська обстріляли Білопілля.";
    CHECK(claims_nothing(post, "СУМИ", "2025-05-05"));
    // A digest's line that names no other place is the place's own.
    const std::string digest = "Ситуація на фронті\n\nПОКРОВСЬК \u2014 ворог намагається зайти в місто.";
    CHECK(mention_in_report(digest, "ПОКРОВСЬК", "2025-05-05").claim == ClaimType::attacked);
}

TEST_CASE("wires: a subject's predicate resumes after the phrase set off by commas behind it", "[claims][reports]") {
    Mention m = mention_in_report(
        "The town of Vovchansk, about 5 kilometers (3 miles) from the border, came under relentless artillery fire on Sunday.",
        "Vovchansk", "2024-05-13");
    CHECK(m.claim == ClaimType::struck);
    CHECK(date_of(m) == "2024-05-12");
    CHECK(mention_in_report("Pokrovsk, a key logistics hub for the army, was shelled overnight.", "Pokrovsk", "2024-08-21").claim ==
          ClaimType::struck);
    // (A phrase with an event word of its own tells that event: the bombing is Bakhmut's.)
    CHECK(mention_in_report("Bakhmut, which Russian aircraft bombed for months, now lies in ruins.", "Bakhmut", "2024-08-21").claim ==
          ClaimType::struck);
}

TEST_CASE("DeepState in Ukrainian: a map update is today's news, its closing reminder is background", "[claims][reports]") {
    const std::string post =
        "Оновлено карту. Сили оборони вийшли з Авдіївки. Окупанти повністю зайняли Авдіївку. Також ворог просунувся біля "
        "Сєвєрного.\n\nНагадаємо, що наступ на Авдіївку росіяни розпочали ще 10 жовтня 2023 року.";
    const auto ms = mentions_of_report(post, "2024-02-17");
    REQUIRE(ms.size() == 4);
    CHECK(ms[0].claim == ClaimType::withdrew);
    CHECK(date_of(ms[0]) == "2024-02-17");  // a dated reminder made the post a history, undated
    CHECK(ms[1].claim == ClaimType::captured);  // "зайняли"
    CHECK(ms[1].actor_side == "RU");
    CHECK(date_of(ms[2]) == "2024-02-17");
    // The subject after the object in free word order acts: "наступ на X росіяни розпочали".
    CHECK(ms[3].claim == ClaimType::attacked);
    CHECK(ms[3].actor_side == "RU");
    CHECK(date_of(ms[3]) == "2023-10-10");
    // Positions taken up are forces placed, not a town taken.
    CHECK(mention_in_report("Російські військові зайняли позиції біля Торецька.", "Торецька", "2024-02-17").claim ==
          ClaimType::deployed);
}

TEST_CASE("retrospectives: where the guns stand ('from positions in X') is no place they hit", "[claims][reports]") {
    const std::string en = "Russian artillery began shelling Kherson from positions in Oleshky and Hola Prystan on the left bank.";
    CHECK(mention_in_report(en, "Kherson", "2022-12-01").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(en, "Oleshky", "2022-12-01").claim);
    CHECK_FALSE(mention_in_report(en, "Hola Prystan", "2022-12-01").claim);
    const std::string uk = "Окупанти обстрілюють Херсон зі своїх позицій у Олешках та Голій Пристані.";
    CHECK(mention_in_report(uk, "Херсон", "2022-12-01").claim == ClaimType::struck);
    CHECK_FALSE(mention_in_report(uk, "Олешках", "2022-12-01").claim);
}

TEST_CASE("addresses: flags raised over villages, with the flag's words between, are captures", "[claims][reports]") {
    Mention m = mention_in_report("Yesterday our warriors raised Ukrainian flags over Blahodatne and Makarivka in Donetsk region.",
                                  "Makarivka", "2023-06-12");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(date_of(m) == "2023-06-11");
}

TEST_CASE("wires: the event word of the name's own clause is its basis, even when a rule reads it as another class",
          "[claims][reports]") {
    // ("entered the outskirts" reads as an advance; the "approaching" of another
    // clause is no basis for it, nor its actor's.)
    Mention m = mention_in_report("Russian troops have entered the eastern outskirts of Novohrodivka and are fighting near Mykhailivka, "
                                  "while other units are approaching Selydove from the south.",
                                  "Novohrodivka", "2024-09-01");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.evidence.claim_basis.starts_with("entered"));
    CHECK(m.actor_side == "RU");
}

TEST_CASE("addresses: the president's address is Ukraine's voice, whose 'our units' are Ukraine's", "[claims][reports]") {
    const std::string address = "Address by President of Ukraine Volodymyr Zelensky\n\n"
                                "Today our units advanced further near Pankivka and Sofiivka. Glory to Ukraine!";
    CHECK(mention_in_report(address, "Pankivka", "2025-09-27").actor_side == "UA");
}

TEST_CASE("histories: what a fight is for is where it is fought, to the list's emphasised last item", "[claims][reports]") {
    const std::string text = "Fighting intensified on 4 July for the villages of Hryhorivka, Spirne, and especially Bilohorivka, "
                             "the last town in Luhansk Oblast under Ukrainian control.";
    for (const char* place : {"Hryhorivka", "Spirne", "Bilohorivka"}) {
        INFO(place);
        Mention m = mention_in_report(text, place, "2022-07-20");
        CHECK(m.claim == ClaimType::attacked);
        CHECK(date_of(m) == "2022-07-04");
    }
}

TEST_CASE("war bloggers: a place said to be ours is taken ('Sudzha is ours!')", "[claims][reports]") {
    Mention m = mention_in_report("Sudzha is ours! Assault units of the Battlegroup North raised the flag over the town; the AFU fled.",
                                  "Sudzha", "2025-03-13");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");  // the writer's side: "AFU" is Russian usage
    // (A thing said to be ours is no place.)
    CHECK(claims_nothing("The victory in Kharkiv is ours, and the city stands.", "Kharkiv", "2025-03-13"));
}

TEST_CASE("brigades: a place back under a side's control is that side's", "[claims][reports]") {
    Mention m = mention_in_report("The village of Dvorichna is back under Ukrainian control, the brigade said.", "Dvorichna", "2025-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");  // the side word inside the phrase, not the likely side for a place in Ukraine
    CHECK(mention_in_report("Staromaiorske is now under Russian control.", "Staromaiorske", "2025-11-20").actor_side == "RU");
}

TEST_CASE("ISW: the last item of a list keeps the list's event past a denied one after it", "[claims][reports]") {
    const std::string text = "Russian forces continued offensive operations near Lyman and toward Yampil, Torske, and Zarichne "
                             "on November 19 but did not make confirmed advances.";
    Mention m = mention_in_report(text, "Zarichne", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.status == ClaimStatus::asserted);  // the advances are denied, not the operations
    CHECK(date_of(m) == "2025-11-19");
}

TEST_CASE("wires: a government joined to its appointees is no place of the event", "[claims][reports]") {
    CHECK(claims_nothing("Ukrainian drones hit Melitopol overnight, Moscow-appointed officials said.", "Moscow", "2025-11-20"));
    CHECK(mention_in_report("Ukrainian drones hit Melitopol overnight, Moscow-appointed officials said.", "Melitopol", "2025-11-20")
              .claim == ClaimType::struck);
    // An administration named in lower case, its kind between: the office speaks.
    CHECK(claims_nothing("The Sumy regional military administration reported that Russian forces shelled Krasnopillia.", "Sumy",
                         "2025-11-20"));
}

TEST_CASE("wires: a city's or a region's grid and ports struck are the city or region struck", "[claims][reports]") {
    CHECK(mention_in_report("Russian strikes damaged Kyiv's power grid overnight.", "Kyiv", "2025-11-20").claim == ClaimType::struck);
    CHECK(mention_in_report("Russia targeted Odesa region's ports again on Wednesday.", "Odesa region", "2025-11-20").claim ==
          ClaimType::struck);
}

TEST_CASE("wires: the side a place falls to takes it, and a hedged assessment keeps its subject", "[claims][reports]") {
    Mention m = mention_in_report("Kindrashivka fell to Ukrainian forces on Wednesday.", "Kindrashivka", "2025-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");  // not the likely side for a place in Ukraine
    CHECK(mention_in_report("Mariupol fell to Russian forces on 20 May 2022.", "Mariupol", "2022-05-21").actor_side == "RU");
    CHECK(mention_in_report("Russia has likely sent troops to Pokrovsk.", "Pokrovsk", "2025-11-20").actor_side == "RU");
}

TEST_CASE("wires: a night without strikes denies them, and a suburb's city only places it", "[claims][reports]") {
    CHECK(mention_in_report("The night passed without strikes on Odesa, the governor said.", "Odesa", "2025-11-20").status ==
          ClaimStatus::denied);
    CHECK(mention_in_report("Ніч минула без обстрілів Херсона.", "Херсона", "2025-11-20").status == ClaimStatus::denied);
    // (Not a day without them is every day with them.)
    CHECK(mention_in_report("Not a day passes without shelling in Kherson.", "Kherson", "2025-11-20").status !=
          ClaimStatus::denied);
    CHECK(claims_nothing("Drones hit Brovary, a suburb of Kyiv, overnight.", "Kyiv", "2025-11-20"));
    CHECK(mention_in_report("Drones hit Brovary, a suburb of Kyiv, overnight.", "Brovary", "2025-11-20").claim == ClaimType::struck);
}

TEST_CASE("wires: 'the enemy' of a ministry quoted is the enemy of the ministry's side", "[claims][reports]") {
    CHECK(mention_in_report("The enemy attacked near Kupiansk, the Russian defence ministry said.", "Kupiansk", "2025-11-20")
              .actor_side == "UA");
    CHECK(mention_in_report("The enemy attacked near Kupiansk 12 times, the General Staff said.", "Kupiansk", "2025-11-20")
              .actor_side == "RU");
}

TEST_CASE("wires: a place a side lost was taken by the other", "[claims][reports]") {
    Mention m = mention_in_report("Ukraine lost Novopavlivka on Tuesday.", "Novopavlivka", "2025-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Kyiv confirmed the loss of Pokrovsk on Monday.", "Pokrovsk", "2025-11-20").actor_side == "RU");
    // (A side named elsewhere tells nothing of who lost it.)
    CHECK(mention_in_report("Russian troops advanced after the loss of Avdiivka.", "Avdiivka", "2025-11-20").actor_side != "UA");
    // (Positions or vehicles lost near a place lose no place.)
    CHECK(mention_in_report("The enemy tried to regain lost positions near Klishchiivka.", "Klishchiivka", "2025-11-20").claim !=
          ClaimType::captured);
}

TEST_CASE("histories: an attack on a big city in 2022 was fought on the ground, whenever the page was written", "[claims][reports]") {
    CHECK(mention_in_report("In February 2022, Russian tank columns attacked Kharkiv from the north.", "Kharkiv", "2025-11-20")
              .claim == ClaimType::attacked);
    // (Since 2023 an attack on it is from the air.)
    CHECK(mention_in_report("The enemy attacked Kharkiv overnight.", "Kharkiv", "2025-11-20").claim == ClaimType::struck);
}

TEST_CASE("histories: 'they' are the forces the sentence before named", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian forces crossed the Oskil river last week. On Tuesday they captured Kurylivka.", "Kurylivka",
                            "2025-11-20")
              .actor_side == "UA");
    CHECK(mention_in_report("Russian infantry regrouped overnight. In the morning they withdrew from Kucheriv Yar.", "Kucheriv Yar",
                            "2025-11-20")
              .actor_side == "RU");
}

TEST_CASE("incident logs: a place named after a label or a date and a colon heads the sentence after it", "[claims][reports]") {
    Mention m = mention_in_report("Nov 15: Huliaipole. Ground assault by Russian forces repelled.", "Huliaipole", "2025-11-20");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2025-11-15");
    CHECK(mention_in_report("Location: Odesa. Drone strike on port infrastructure.", "Odesa", "2025-11-20").claim ==
          ClaimType::struck);
}

TEST_CASE("magazines: a side's lines or defences attacked were attacked by the other side", "[claims][reports]") {
    CHECK(mention_in_report("On June 8th brigades equipped with Leopard tanks attacked Russian lines south of Orikhiv.", "Orikhiv",
                            "2023-06-10")
              .actor_side == "UA");
}

TEST_CASE("ministries: concentrations struck are a strike's target, no deployment", "[claims][reports]") {
    Mention m = mention_in_report("Russian artillery hit Ukrainian troop concentrations near Huliaipole on Tuesday.", "Huliaipole",
                                  "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian aviation struck an accumulation of enemy equipment near Malaya Tokmachka.", "Malaya Tokmachka",
                            "2023-08-24")
              .claim == ClaimType::struck);
}

TEST_CASE("live blogs: the main target of an air attack, named, was struck", "[claims][reports]") {
    CHECK(mention_in_report("Russia launched 397 drones and 18 missiles overnight. The main target was Kyiv.", "Kyiv", "2025-07-10")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Odesa was the primary target of the attack.", "Odesa", "2025-07-10").claim == ClaimType::struck);
}

TEST_CASE("bulletins: groups of a list after semicolons share its event", "[claims][reports]") {
    const std::string text =
        "Enemy air strikes hit the areas of Bilopillia and Krasnopillia in Sumy Oblast; Siversk and Druzhba in Donetsk "
        "Oblast; Stepnohirsk and Mala Tokmachka in Zaporizhzhia Oblast.";
    for (const char* place : {"Bilopillia", "Siversk", "Druzhba", "Stepnohirsk", "Mala Tokmachka"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2025-07-14").claim == ClaimType::struck);
    }
    const std::string uk = "Ворог завдав авіаударів по районах Білопілля та Юнаківки; Сіверська та Дружби.";
    for (const char* place : {"Юнаківки", "Сіверська", "Дружби"}) {
        INFO(place);
        CHECK(mention_in_report(uk, place, "2025-07-14").claim == ClaimType::struck);
    }
    // A group with an event word of its own is no item.
    CHECK(claims_nothing("Russian drones hit Kharkiv; Zelensky later visited Izmail.", "Izmail", "2025-07-14"));
    CHECK(mention_in_report("Russian troops take control of Kherson, mayor says; Kharkiv pounded again", "Kharkiv", "2022-03-02")
              .claim == ClaimType::struck);
}

TEST_CASE("assessments: a building or plant of a town taken is ground gained in the town", "[claims][reports]") {
    Mention m = mention_in_report("Russian milbloggers claimed that Russian forces seized the Pokrovsk railway station.", "Pokrovsk",
                                  "2025-11-03");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Russian forces captured the Avdiivka coke plant.", "Avdiivka", "2024-02-10").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian forces captured Avdiivka.", "Avdiivka", "2024-02-18").claim == ClaimType::captured);
}

TEST_CASE("wire: places named after a sentence that counted them take its event", "[claims][reports]") {
    const std::string text = "KHARKIV, Ukraine (AP) - Russia's Defense Ministry claimed its troops had captured four more villages "
                             "near the border.\n\nThe ministry named the villages as Lukiantsi, Hatyshche and Oliinykove.";
    for (const char* place : {"Lukiantsi", "Hatyshche", "Oliinykove"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2024-05-12").claim == ClaimType::captured);
    }
    CHECK(mention_in_report("Минобороны сообщило об освобождении двух населенных пунктов. Речь идет о Новоселовке и Тоненьком.",
                            "Новоселовке", "2024-05-12")
              .claim == ClaimType::captured);
    // A sentence that does not point back at them names other places.
    CHECK(claims_nothing("Russian forces captured two villages overnight.\n\nA court in Simferopol sentenced an activist.", "Simferopol",
                         "2024-05-12"));
}

TEST_CASE("air force: regions affected by an attack were struck", "[claims][reports]") {
    const std::string text = "As a result of the enemy attack, the Kharkiv and Odesa regions were affected.";
    for (const char* place : {"Kharkiv", "Odesa regions"}) {
        INFO(place);
        CHECK(mention_in_report(text, place, "2025-03-09").claim == ClaimType::struck);
    }
}

TEST_CASE("wire: a capital's unnamed part struck is the capital struck - a named district holds the strike itself", "[claims][reports]") {
    CHECK(mention_in_report("Several drones struck residential buildings in Moscow's southwestern districts early on May 30.",
                            "Moscow", "2023-05-30")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Russian missiles hit Kyiv's outskirts overnight.", "Kyiv", "2024-05-30").claim == ClaimType::struck);
    CHECK(claims_nothing("Drones hit Kyiv's Podil district.", "Kyiv", "2024-05-30"));
}

TEST_CASE("denials: the side that denies an event is not the one it is claimed of", "[claims][reports]") {
    Mention m = mention_in_report("ЗСУ спростували заяву Міноборони РФ про захоплення Часового Яру.", "Часового Яру", "2025-08-01");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(m.status == ClaimStatus::denied);
    m = mention_in_report("Украинские военные опровергли заявление Минобороны России о взятии Купянска.", "Купянска", "2025-08-01");
    CHECK(m.actor_side == "RU");
    CHECK(m.status == ClaimStatus::denied);
    m = mention_in_report("Ukraine denied Russian claims of the capture of Kupiansk.", "Kupiansk", "2025-08-01");
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Kyiv rejected Moscow's claim that its troops had taken Pokrovsk.", "Pokrovsk", "2025-08-01");
    CHECK(m.status == ClaimStatus::denied);
}

TEST_CASE("assessments: one bearing in brackets after a list places the whole list", "[claims][reports]") {
    const std::string text =
        "Russian forces continued ground attacks near Sieverne, Pervomaiske, and Nevelske (all southwest of Avdiivka) on February 17.";
    CHECK(claims_nothing(text, "Avdiivka", "2024-02-18"));
    CHECK(mention_in_report(text, "Nevelske", "2024-02-18").claim == ClaimType::attacked);
    CHECK(claims_nothing("Russian forces advanced near Terny and Yampolivka (both west of Kreminna).", "Kreminna", "2024-02-18"));
}

TEST_CASE("features: where a person comes from is no place of the event", "[claims][reports]") {
    const std::string text = "Russian units are trying to close a pincer around Velyka Novosilka, said a platoon commander from "
                             "Zaporizhzhia who asked to be identified by his first name.";
    CHECK(claims_nothing(text, "Zaporizhzhia", "2025-01-10"));
    CHECK(mention_in_report(text, "Velyka Novosilka", "2025-01-10").claim == ClaimType::attacked);
}

TEST_CASE("a side's weapon named in the strike is its striker - a side's weapon destroyed is its target", "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian HIMARS strike hits the Antonivskyi bridge in Kherson.", "Kherson", "2022-08-12");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
    m = mention_in_report("Russian forces destroyed a Ukrainian HIMARS launcher near Kramatorsk.", "Kramatorsk", "2022-08-12");
    CHECK(m.actor_side == "RU");
}

TEST_CASE("reactions: the towns of those who condemn an attack are no place of it", "[claims][reports]") {
    CHECK(claims_nothing("Leaders in Berlin and Paris condemned the attack.", "Berlin", "2025-03-03"));
    const std::string named = "Leaders in Berlin and Paris condemned the attack on Kharkiv.";
    CHECK(claims_nothing(named, "Berlin", "2025-03-03"));
    CHECK(mention_in_report(named, "Kharkiv", "2025-03-03").claim == ClaimType::struck);
    CHECK(claims_nothing("У Берліні засудили атаку на Харків.", "Берліні", "2025-03-03"));
    CHECK(mention_in_report("У Берліні засудили атаку на Харків.", "Харків", "2025-03-03").claim == ClaimType::struck);
}

TEST_CASE("leaving: the word of leaving governs 'from' and 'out of' whatever event word stands nearer", "[claims][reports]") {
    const Mention sudzha = mention_in_report("Ukrainian units pull back from Sudzha under heavy drone fire.", "Sudzha", "2025-03-13");
    CHECK(sudzha.claim == ClaimType::withdrew);
    CHECK(mention_in_report("ЗСУ відійшли з Вугледара під щільним вогнем.", "Вугледара", "2025-03-13").claim == ClaimType::withdrew);
    // (Weapons fired from a place still came from there.)
    CHECK(claims_nothing("Russian drones launched from Kursk hit Sumy.", "Kursk", "2025-03-13"));
    // A withdrawal a side announced it would make is announced as it is made.
    const std::string announced = "The Russian Ministry of Defense announced on September 10 that Russian troops would withdraw "
                                  "from the Balakliia and Izium areas to regroup.";
    CHECK(mention_in_report(announced, "Balakliia", "2022-09-12").claim == ClaimType::withdrew);
    CHECK(claims_nothing("Russian troops would withdraw from Balakliia if attacked.", "Balakliia", "2022-09-12"));
}

TEST_CASE("bulletins: reserves moved, ships at sea and leaving told in the present", "[claims][reports]") {
    CHECK(mention_in_report("Герасимов доложил, что в Курскую область переброшены резервы.", "Курскую область", "2024-08-14").claim ==
          ClaimType::deployed);
    CHECK(mention_in_report("Станом на 06:00 у Чорному морі перебувають два ворожі кораблі.", "Чорному морі", "2024-08-14").claim ==
          ClaimType::deployed);
    CHECK(mention_in_report("ВСУ выходят из Угледара.", "Угледара", "2024-10-01").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Russian special forces crawl through a pipeline to reach the outskirts of Sudzha.", "Sudzha", "2025-03-13")
              .claim == ClaimType::advanced);
    // A clock time counts nothing.
    CHECK_FALSE(mention_in_report("Станом на 06:00 у Чорному морі перебувають два ворожі кораблі.", "Чорному морі", "2024-08-14")
                    .quantity);
}

TEST_CASE("energy: plants attacked in a region, bombs dropped on villages are strikes", "[claims][reports]") {
    const std::string plants = "Thermal and hydroelectric plants were also attacked in Dnipropetrovsk, Vinnytsia and Odesa oblasts.";
    CHECK(mention_in_report(plants, "Vinnytsia", "2025-03-13").claim == ClaimType::struck);
    CHECK(mention_in_report("Energy facilities were attacked in the Lviv region.", "Lviv region", "2025-03-13").claim ==
          ClaimType::struck);
    // (Positions attacked are fought over.)
    CHECK(mention_in_report("Russian positions were attacked near Robotyne.", "Robotyne", "2025-03-13").claim == ClaimType::attacked);
    CHECK(mention_in_report("Того ж дня окупанти скидали КАБи на Козачі Лагері та Піщанівку.", "Піщанівку", "2025-03-13").claim ==
          ClaimType::struck);
}

TEST_CASE("sides of captures: the side that denies a capture or owns to a loss did not make it", "[claims][reports]") {
    const Mention loss = mention_in_report("The Ukrainian military has not confirmed the loss of Kurakhove.", "Kurakhove", "2025-01-07");
    CHECK(loss.claim == ClaimType::captured);
    CHECK(loss.actor_side == "RU");
    CHECK(mention_in_report("В Генштабе ВСУ взятие Нью-Йорка не подтверждают.", "Нью-Йорка", "2024-08-20").actor_side == "RU");
    // (Another's denial leaves the claimant the taker.)
    CHECK(mention_in_report("The Russian defence ministry claimed the capture of Niu-York, which Kyiv denied.", "Niu-York",
                            "2024-08-20")
              .actor_side == "RU");
    // A country that says it took a town took it.
    const Mention sudzha = mention_in_report("Росія заявила про «звільнення» Суджі.", "Суджі", "2025-03-14");
    CHECK(sudzha.claim == ClaimType::captured);
    CHECK(sudzha.actor_side == "RU");
    CHECK(sudzha.claimant_side == "RU");
}

TEST_CASE("wishes and abilities: calls for strikes and what a side 'will be able' to do are not reported as done", "[claims][reports]") {
    CHECK(claims_nothing("Якщо світ не дасть нам достатньо систем ППО, Росія зможе зруйнувати Харків.", "Харків", "2025-03-13"));
    CHECK(claims_nothing("Ранее ряд депутатов Госдумы призвал нанести удары по правительственному кварталу в Киеве.", "Киеве",
                         "2025-03-13"));
    CHECK(claims_nothing("Zelenskyy spoke in Kyiv, urging allies to allow strikes on military airfields deep in Russia.", "Russia",
                         "2025-03-13"));
}

TEST_CASE("vocabulary: routs, raids, regrouping, terror and windows blown out", "[claims][reports]") {
    CHECK(mention_in_report("Units of the Battlegroup North continued to rout AFU formations near Plekhovo.", "Plekhovo", "2025-03-13")
              .claim == ClaimType::attacked);
    const Mention raid = mention_in_report("В Угрупованні відповіли, що у Куп'янську тривають пошуково-ударні дії.", "Куп'янську",
                                           "2025-09-13");
    CHECK(raid.claim == ClaimType::attacked);
    // (Raids to clear a town are its holder's, as a counterattack is.)
    CHECK(raid.actor_side == "UA");
    CHECK(mention_in_report("Минобороны РФ заявило о перегруппировке войск в районах Балаклеи и Изюма.", "Балаклеи", "2022-09-11")
              .claim == ClaimType::withdrew);
    CHECK(mention_in_report("Russian terror again today: Kharkiv, Sumy, the Kherson region.", "Sumy", "2025-03-13").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("У Подільському районі вибиті вікна у школі.", "Подільському районі", "2025-03-13").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Ukraine's army goes into Russia.", "Russia", "2024-08-07").claim == ClaimType::advanced);
}

TEST_CASE("names: a town given back its name is not taken back", "[claims][reports]") {
    CHECK(claims_nothing("Напомним, Нью-Йорку вернули историческое название в 2021 году.", "Нью-Йорку", "2024-08-20"));
    CHECK(claims_nothing("Місту Бахмут повернули історичну назву.", "Бахмут", "2024-08-20"));
    CHECK(mention_in_report("ЗСУ повернули Херсон.", "Херсон", "2024-08-20").claim == ClaimType::captured);
}

TEST_CASE("a clause that only names what stands before it gives the main clause's place another name - a clause with an event of its own keeps it",
          "[claims][reports]") {
    CHECK(mention_in_report("The ministry announced the capture of the town, which it called Ugledar.", "Ugledar", "2024-10-03").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Moscow claimed to have captured Toretsk, which Russian officials call Dzerzhinsk.", "Dzerzhinsk",
                            "2025-02-10")
              .claim == ClaimType::captured);
    // (The town the strike hit is not the place the relative clause tells of.)
    CHECK(claims_nothing("Drones struck a depot in the town, which lies 20 km from Pokrovsk.", "Pokrovsk", "2025-02-10"));
}

TEST_CASE("moves: a force moving somewhere is deployed there, from where it came is no place of it - people moving are no deployment",
          "[claims][reports]") {
    const std::string reserves = "Reserves from the Belgorod region, including motorised units, are moving to Korenevo.";
    CHECK(mention_in_report(reserves, "Korenevo", "2024-08-12").claim == ClaimType::deployed);
    CHECK(claims_nothing(reserves, "Belgorod region", "2024-08-12"));
    const std::string fleet = "The fleet has moved several ships from Sevastopol to Novorossiysk.";
    CHECK(mention_in_report(fleet, "Novorossiysk", "2023-10-12").claim == ClaimType::deployed);
    CHECK(claims_nothing(fleet, "Sevastopol", "2023-10-12"));
    CHECK(claims_nothing("The company moved its headquarters to Kyiv.", "Kyiv", "2023-10-12"));
    CHECK(claims_nothing("He moved to Kharkiv in 2015.", "Kharkiv", "2023-10-12"));
}

TEST_CASE("voices: a side that speaks of a gain with no office named claims it for itself - not across a semicolon", "[claims][reports]") {
    Mention m = mention_in_report("On Saturday, Russia declared the Kursk region fully \"liberated\".", "Kursk region", "2025-04-26");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "RU");
    CHECK(m.claimant_side == "RU");
    m = mention_in_report("A few hours later, officials in Moscow announced that their troops had liberated Sudzha.", "Sudzha",
                          "2025-04-26");
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Російські пропагандисти заявляють про «звільнення» Плетенівки.", "Плетенівки", "2024-05-12");
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Wagner chief claims full control of Bakhmut; Kyiv says fighting continues", "Bakhmut", "2023-05-20");
    CHECK(m.actor_side != "UA");
}

TEST_CASE("wires: a ministry with no side named speaks for the capital the story is filed from", "[claims][reports]") {
    const std::string moscow = "MOSCOW, Feb 10, 2026 (AFP) - Russia said its troops had pressed on in the east.\n\n"
                               "The defence ministry said units had \"liberated\" Kurylivka in the Kharkiv region.\n";
    Mention m = mention_in_report(moscow, "Kurylivka", "2026-02-10");
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "RU");
    const std::string kyiv = "KYIV (Reuters) - Fighting raged in the east on Tuesday.\n\n"
                             "The defence ministry said units had liberated Kurylivka in the Kharkiv region.\n";
    CHECK(mention_in_report(kyiv, "Kurylivka", "2026-02-10").claimant_side == "UA");
}

TEST_CASE("origins: the next item of a list of origins whose first item is no place known (a sea) is an origin too", "[claims][reports]") {
    CHECK(claims_nothing("Ворог застосував 84 крилаті ракети Х-101 з літаків Ту-95МС з району Каспійського моря та Волгодонська.",
                         "Волгодонська", "2024-12-25"));
    CHECK(claims_nothing("The enemy launched the missiles from Tu-95 aircraft over the Caspian Sea and the Volgodonsk area, the "
                         "Air Force said.",
                         "Volgodonsk", "2024-12-25"));
    // (A list of places struck stays struck.)
    CHECK(mention_in_report("Russian drones struck depots near Dnipro and Kryvyi Rih.", "Kryvyi Rih", "2024-12-25").claim ==
          ClaimType::struck);
}

TEST_CASE("clearing: the side cleared out of a place is not the one that cleared it", "[claims][reports]") {
    const Mention m = mention_in_report("The corps reported that its units had cleared the village of Volodymyrivka of Russian troops.",
                                        "Volodymyrivka", "2025-10-05");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report("Russian forces cleared Krasnohorivka of Ukrainian units.", "Krasnohorivka", "2025-10-05").actor_side ==
          "RU");
}

TEST_CASE("a relative clause after a place tells its own event, even where the main clause makes it an origin - a town that has fallen",
          "[claims][reports]") {
    const std::string text =
        "Russian troops pushed into the eastern outskirts of Siversk from Bilohorivka and Verkhnokamianske, which fell last week.";
    CHECK(mention_in_report(text, "Verkhnokamianske", "2024-12-20").claim == ClaimType::captured);
    CHECK(mention_in_report(text, "Bilohorivka", "2024-12-20").claim == ClaimType::captured);
    Mention m = mention_in_report("Russian guns shelled Siversk from Bilohorivka, which they took on Monday.", "Bilohorivka",
                                  "2024-12-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2024-12-16");
    CHECK(mention_in_report("Vuhledar has fallen, a brigade spokesman said.", "Vuhledar", "2024-10-02").claim ==
          ClaimType::captured);
    // (A clause that tells nothing leaves the origin an origin.)
    CHECK(claims_nothing("Russian guns shelled Siversk from Bilohorivka, which lies across the river.", "Bilohorivka",
                         "2024-12-20"));
}

TEST_CASE("factboxes: a town a sentence without event words opens with takes the event of the next sentence's 'it' or 'the town'",
          "[claims][reports]") {
    const std::string text =
        "* IZIUM - A town of about 45,000 people on the Donets river southeast of Kharkiv. Ukrainian troops retook it on Sept. 10 "
        "after six months of occupation.\n\n"
        "* LYMAN - A rail hub in the north of the Donetsk region. Russian forces have shelled the town every day since.";
    Mention m = mention_in_report(text, "IZIUM", "2022-09-12");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2022-09-10");
    CHECK(mention_in_report(text, "LYMAN", "2022-09-12").claim == ClaimType::struck);
    // (Only the town the sentence opens with: the one it places it by is no topic.)
    CHECK(claims_nothing(text, "Kharkiv", "2022-09-12"));
    // (A place the next sentence names is what its pronoun stands for.)
    CHECK(claims_nothing("Kupiansk is a rail junction on the Oskil. Russian troops shelled Kivsharivka and it was hit again.",
                         "Kupiansk", "2022-09-12"));
    CHECK(mention_in_report("Покровськ — логістичний центр. Окупанти знову обстріляли місто вночі.", "Покровськ", "2024-11-12")
              .claim == ClaimType::struck);
}

TEST_CASE("history: an event dated before this war began claims nothing - a bulleted town is no dateline", "[claims][reports]") {
    CHECK(claims_nothing("German and Romanian troops took Sevastopol in 1942 after a long siege.", "Sevastopol", "2024-07-20"));
    CHECK(claims_nothing("German troops captured Kharkiv on 24 October 1941.", "Kharkiv", "2024-07-20"));
    CHECK(mention_in_report("Russian troops took Avdiivka in 2024 after a long siege.", "Avdiivka", "2025-07-20").claim ==
          ClaimType::captured);
    // ("* IZIUM - A town ...": a list's item headed by its town, not "MOSCOW - A drone struck ...")
    CHECK(mention_in_report("* IZIUM - A town southeast of Kharkiv that Ukrainian troops retook on Sept. 10.", "IZIUM", "2022-09-12")
              .claim == ClaimType::captured);
}

TEST_CASE("claimants: a staff whose chief is named right after it speaks for the chief's side", "[claims][reports]") {
    Mention m = mention_in_report(
        "Chief of the General Staff Valery Gerasimov on Thursday reported to Vladimir Putin on the liberation of Kupyansk.", "Kupyansk",
        "2025-11-21");
    CHECK(m.claimant == "Valery Gerasimov");
    CHECK(m.claimant_side == "RU");
    CHECK(m.actor_side == "RU");
    // (A source named after a verb is another speaker: the staff keeps its own side.)
    CHECK(mention_in_report("The General Staff said Russian troops attacked Kupiansk.", "Kupiansk", "2025-11-21").claimant_side == "UA");
}

TEST_CASE("ground by a town taken - an embankment, a height, a treeline - is an advance, not the town", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops captured a railway embankment near Stepove.", "Stepove", "2024-05-16").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Штурмовики заняли высоту у Тоненького.", "Тоненького", "2024-05-16").claim == ClaimType::advanced);
    CHECK(mention_in_report("Russian troops captured Stepove.", "Stepove", "2024-05-16").claim == ClaimType::captured);
}

TEST_CASE("markets: prices or exports that hit a record strike no place", "[claims][reports]") {
    CHECK(claims_nothing("Wholesale prices on the St Petersburg exchange hit a record on Friday.", "St Petersburg", "2024-05-16"));
    CHECK(claims_nothing("Oil exports from Novorossiysk hit a new high in May.", "Novorossiysk", "2024-06-02"));
    CHECK(mention_in_report("Russian missiles hit Kharkiv on Friday.", "Kharkiv", "2024-05-16").claim == ClaimType::struck);
}

TEST_CASE("live blogs: a place heading a timed line is where its event happened, a capital too", "[claims][reports]") {
    const std::string blog = "08:15 Kyiv: a metro station was damaged, people were sheltering inside, the mayor says";
    CHECK(mention_in_report(blog, "Kyiv", "2024-01-02").claim == ClaimType::struck);
}

TEST_CASE("easy-read news: an army that left the town withdrew, residents who left it did not", "[claims][reports]") {
    CHECK(mention_in_report("The Ukrainian army has left the town of Avdiivka.", "Avdiivka", "2024-02-17").claim ==
          ClaimType::withdrew);
    CHECK(mention_in_report("Ukrainian soldiers leave the city of Lysychansk", "Lysychansk", "2022-07-03").claim ==
          ClaimType::withdrew);
    CHECK(claims_nothing("Many residents left the city of Kharkiv in March.", "Kharkiv", "2022-04-01"));
    CHECK(claims_nothing("Thousands of civilians abandoned Bakhmut last winter.", "Bakhmut", "2023-04-01"));
}

TEST_CASE("event tables: the row's place named again in its notes takes the notes' claim", "[claims][reports]") {
    const std::string rows = "2023-09-17 | Klishchiivka, Donetsk Oblast | Battles | Ukrainian military announced the liberation of "
                             "Klishchiivka after weeks of fighting.\n";
    Mention m = mentions_of_report(rows, "2023-09-20").front();
    CHECK(m.surface == "Klishchiivka");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.event_date == parse_iso_timestamp("2023-09-17"));
}

TEST_CASE("retrospectives: how well a place was held is no fighting there, a side of the outskirts reached is an advance", "[claims][reports]") {
    const std::string text = "Within days they had seized a string of lightly defended border villages, among them Strilecha and Pylna.";
    CHECK(mention_in_report(text, "Strilecha", "2024-05-20").claim == ClaimType::captured);
    CHECK(mention_in_report("Russian troops reached the eastern outskirts of Chasiv Yar and began assaults on the canal district.",
                            "Chasiv Yar", "2024-04-04")
              .claim == ClaimType::advanced);
}

TEST_CASE("war bloggers: where an attack comes from is its origin", "[claims][reports]") {
    CHECK(claims_nothing("The enemy is trying to counterattack from Kucherivka, but all attempts have been repelled.", "Kucherivka",
                         "2024-11-20"));
    // (A guard) a force driven from a town still names the town.
    CHECK(mention_in_report("Our troops drove the enemy from Pishchane.", "Pishchane", "2024-11-20").claim == ClaimType::captured);
}

TEST_CASE("digests: a demand or a condition for talks is no event", "[claims][reports]") {
    const std::string text =
        "Delegates rejected Putin's demand that Ukraine withdraw its troops from the Donetsk and Luhansk regions as a precondition for talks.";
    CHECK(claims_nothing(text, "Donetsk", "2025-06-20"));
    CHECK(claims_nothing("Moscow demanded that Kyiv pull its forces out of Kupiansk.", "Kupiansk", "2025-06-20"));
}

TEST_CASE("wires: a subject's predicate resumes after a relative clause that names another place", "[claims][reports]") {
    const std::string text = "The Belgorod region, which borders the Kharkiv region of Ukraine, has come under regular fire since 2022.";
    CHECK(mention_in_report(text, "Belgorod region", "2024-05-01").claim == ClaimType::struck);
    CHECK(claims_nothing(text, "Kharkiv region", "2024-05-01"));
}

TEST_CASE("event tables: a CSV row that opens with its date parts its cells at commas", "[claims][reports]") {
    const std::string rows = "event_date,location,admin1,event_type,notes\n"
                             "2024-08-12,Malaya Loknya,Kursk Oblast,Battles,Ukrainian forces took control of the village after clashes.\n";
    Mention m = mention_in_report(rows, "Malaya Loknya", "2024-08-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == std::optional<std::string>("UA"));
    // (A guard) a sentence with commas is no row.
    CHECK(mention_in_report("On 12 August, Ukrainian forces entered Malaya Loknya, and later the village was taken.",
                            "Malaya Loknya", "2024-08-20")
              .claim.has_value());
}

TEST_CASE("OSINT threads: RU and UA before a force word name the side", "[claims][reports]") {
    Mention m = mention_in_report("RU columns seen leaving Kupiansk toward Svatove.", "Kupiansk", "2022-09-10");
    CHECK(m.claim == ClaimType::withdrew);
    CHECK(m.actor_side == std::optional<std::string>("RU"));
    CHECK(mention_in_report("UA mechanized units crossed the border near Sudzha early Tuesday.", "Sudzha", "2024-08-07").actor_side ==
          std::optional<std::string>("UA"));
}

TEST_CASE("state media in English: troops let leave a town withdrew, troops struck where they were quartered were struck", "[claims][reports]") {
    CHECK(mention_in_report("The Ukrainian command admitted that it had authorized its troops to leave Vuhledar.", "Vuhledar", "2024-10-02")
              .claim == ClaimType::withdrew);
    CHECK(mention_in_report("Russian artillery struck a temporary deployment point of Ukrainian troops in Velikaya Novosyolka.",
                            "Velikaya Novosyolka", "2024-10-02")
              .claim == ClaimType::struck);
}

TEST_CASE("addresses in English: 'moved up to two battalions' to a village brought forces in", "[claims][reports]") {
    const std::string text = "Over the past week the enemy has moved up to two battalions to Novoprokopivka and Kopani.";
    CHECK(mention_in_report(text, "Novoprokopivka", "2023-09-10").claim == ClaimType::deployed);
    // (A guard) moving up to a town is still an advance.
    CHECK(mention_in_report("Russian troops moved up to Novoprokopivka overnight.", "Novoprokopivka", "2023-09-10").claim ==
          ClaimType::advanced);
}

TEST_CASE("withdrawals as reports word them: positions evacuated, a town exited, the decision to leave", "[claims][reports]") {
    CHECK(mention_in_report("The defenders evacuated their positions in Krynky.", "Krynky", "2024-07-18").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Ukrainian forces have exited Sudzha.", "Sudzha", "2025-03-13").claim == ClaimType::withdrew);
    CHECK(mention_in_report("Було прийнято рішення про вихід з Авдіївки.", "Авдіївки", "2024-02-17").claim == ClaimType::withdrew);
}

TEST_CASE("regional heads in English: fire counted between the verb and its target", "[claims][reports]") {
    Mention m = mention_in_report("Russian troops fired 45 times at the Nikopol district.", "Nikopol district", "2024-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.quantity == std::optional<std::int64_t>(45));
}

TEST_CASE("bulletins in English: fighting told as the detail of a repel is the other side's attack", "[claims][reports]") {
    const std::string text = "The Ukrainian general staff said its troops repelled 54 attacks on the Pokrovsk front on Thursday, "
                             "with the heaviest fighting near Kotlyne and Udachne.";
    CHECK(mention_in_report(text, "Kotlyne", "2025-02-28").actor_side == std::optional<std::string>("RU"));
    // (A guard) the repellers' own counterattack stays theirs.
    const std::string own = "Russian milbloggers claimed that Russian forces repelled a Ukrainian assault near Rivnopil and "
                            "counterattacked toward Makarivka.";
    CHECK(mention_in_report(own, "Makarivka", "2023-06-13").actor_side == std::optional<std::string>("RU"));
}

TEST_CASE("addresses in English: a flag that returned to a town is its capture", "[claims][reports]") {
    CHECK(mention_in_report("And today our flag returned to Vovchansk.", "Vovchansk", "2022-09-11").claim == ClaimType::captured);
    // (A guard) people who returned to a town took nothing.
    CHECK(claims_nothing("Thousands of residents have returned to Izium since the spring.", "Izium", "2023-05-11"));
}

TEST_CASE("wires: pressing into a town, slipping through a line, made to leave a town", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops continue to press into Kurakhove from several directions.", "Kurakhove", "2024-12-10")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Small groups of infantry slipped through gaps near Pokrovsk.", "Pokrovsk", "2025-08-12").claim ==
          ClaimType::advanced);
    CHECK(mention_in_report("Ukrainian troops have been forced to leave Avdiivka.", "Avdiivka", "2024-02-17").claim ==
          ClaimType::withdrew);
}

TEST_CASE("wires: a capital attacked in the passive is the target, whoever the side its name stands for", "[claims][reports]") {
    const Mention m = mention_in_report("Moscow was attacked by drones overnight, the mayor said.", "Moscow", "2025-03-11");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == std::optional<std::string>("UA"));
    // (A guard) a capital acting in the active stays the actor's side.
    CHECK(mention_in_report("Moscow attacked Kharkiv with drones overnight.", "Kharkiv", "2025-03-11").actor_side ==
          std::optional<std::string>("RU"));
}

TEST_CASE("wires: beating back an assault named with its side and kind is the other side's attack", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian soldiers beat back a Russian mechanised assault near Velyka Novosilka.", "Velyka Novosilka",
                            "2025-01-20")
              .actor_side == std::optional<std::string>("RU"));
}

TEST_CASE("bulletins in English: settlements a side says it now controls in a region", "[claims][reports]") {
    CHECK(mention_in_report("Syrskyi said his troops now controlled 74 settlements in the Kursk region.", "Kursk region",
                            "2024-08-13")
              .claim == ClaimType::captured);
}

TEST_CASE("addresses and wires: how hard it is somewhere is fighting there", "[claims][reports]") {
    CHECK(mention_in_report("It is very difficult in the Bakhmut direction.", "Bakhmut", "2023-03-01").claim == ClaimType::attacked);
    CHECK(mention_in_report("The main pressure is on the Pokrovsk direction.", "Pokrovsk", "2024-11-01").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Гаряче під Бахмутом.", "Бахмутом", "2023-03-01").claim == ClaimType::attacked);
    CHECK(mention_in_report("Самое трудное сейчас – Покровское направление.", "Покровское", "2024-11-01").claim ==
          ClaimType::attacked);
}

TEST_CASE("wires: forces that moved closer advanced, a town ceded or left on orders was given up", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces moved closer to Pokrovsk.", "Pokrovsk", "2024-11-01").claim == ClaimType::advanced);
    CHECK(mention_in_report("Ukrainian forces ceded Vuhledar after a two-year defence.", "Vuhledar", "2024-10-02").claim ==
          ClaimType::withdrew);
    CHECK(mention_in_report("Ukrainian troops were ordered to leave Avdiivka.", "Avdiivka", "2024-02-17").claim ==
          ClaimType::withdrew);
    CHECK(mention_in_report("Russian forces are pressing near Kupiansk.", "Kupiansk", "2024-11-01").claim == ClaimType::attacked);
}

TEST_CASE("Telegram in English: a town fully occupied, mopped up or its defenders dislodged from it was taken", "[claims][reports]") {
    CHECK(mention_in_report("The Russian Armed Forces have fully occupied Klishchiivka.", "Klishchiivka", "2024-11-01").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Russian troops completed the mop-up of Klishchiivka.", "Klishchiivka", "2024-11-01").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Russian troops dislodged Ukrainian formations from Klishchiivka.", "Klishchiivka", "2024-11-01").claim ==
          ClaimType::captured);
    // (A guard) a town called occupied only says who holds it.
    CHECK(claims_nothing("Residents of occupied Melitopol report long queues for water.", "Melitopol", "2024-11-01"));
}

TEST_CASE("headlines: a capture told in the present, not people carried somewhere", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces take Klishchiivka, Moscow says", "Klishchiivka", "2024-11-01").claim ==
          ClaimType::captured);
    CHECK(claims_nothing("Buses take them to the city of Kursk.", "Kursk", "2024-08-10"));
}

TEST_CASE("threads: a condition after the post's number is still a condition", "[claims][reports]") {
    CHECK(claims_nothing("6/ If UA takes Izium, the whole RU grouping around Lyman is in trouble.", "Izium", "2022-09-10"));
}

TEST_CASE("wires and bulletins: where the fighting centres is attacked", "[claims][reports]") {
    CHECK(mention_in_report("Bakhmut is now the epicentre of the war.", "Bakhmut", "2023-03-01").claim == ClaimType::attacked);
    CHECK(mention_in_report("Avdiivka has been the focus of Russian efforts since October.", "Avdiivka", "2024-01-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("The enemy is concentrating its main efforts on the Pokrovsk direction.", "Pokrovsk", "2024-11-01")
              .claim == ClaimType::attacked);
    // (A guard) forces massed along a sector with no word of effort are deployed there.
    CHECK(mention_in_report("Russia is massing infantry units on the Zaporizhzhia direction.", "Zaporizhzhia", "2024-11-01").claim ==
          ClaimType::deployed);
}

TEST_CASE("headlines: a place line whose attack killed people was struck", "[claims][reports]") {
    CHECK(mention_in_report("Kharkiv: two killed after Russian attack", "Kharkiv", "2025-01-01").claim == ClaimType::struck);
}

TEST_CASE("addresses: a relative clause after the sector noun of a list tells the sectors' fighting", "[claims][reports]") {
    const std::string text = "I thank our warriors in the Avdiivka and Marinka directions, who today repelled dozens of Russian "
                             "assaults.";
    CHECK(mention_in_report(text, "Avdiivka", "2023-12-29").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Marinka", "2023-12-29").claim == ClaimType::attacked);
    CHECK(mention_in_report("Дякую нашим воїнам на Авдіївському та Мар'їнському напрямках, які сьогодні відбили десятки "
                            "російських штурмів.",
                            "Авдіївському", "2023-12-29")
              .claim == ClaimType::attacked);
}

TEST_CASE("weekly reviews: pressure growing on a town is fighting there", "[claims][reports]") {
    CHECK(mention_in_report("Pressure mounts on Selydove as Russian troops close in from the east.", "Selydove", "2024-10-06").claim ==
          ClaimType::attacked);
}

TEST_CASE("wires: a city where an attack killed people was struck, places named for an evacuation are no evacuation", "[claims][reports]") {
    CHECK(mention_in_report("In Kyiv, at least five people were killed and 120 injured in the attack.", "Kyiv", "2024-01-02").claim ==
          ClaimType::struck);
    CHECK(mention_in_report("Evacuation points in Kherson came under Russian shelling on Wednesday.", "Kherson", "2023-06-08").claim ==
          ClaimType::struck);
    // (A guard) an evacuation from a town is still no claim on it.
    CHECK(claims_nothing("Authorities evacuated 1,700 people from Kherson on Wednesday.", "Kherson", "2023-06-08"));
}

TEST_CASE("wires: an air attack foiled whole hit nothing - repelled, or attempted with every drone downed", "[claims][reports]") {
    CHECK(claims_nothing("Air defences repelled a drone attack on Sevastopol overnight, the governor said.", "Sevastopol",
                         "2024-05-01"));
    CHECK(claims_nothing("The Kiev regime attempted to attack the Bryansk region with 32 drones overnight; all of them were "
                         "destroyed.",
                         "Bryansk region", "2023-12-30"));
    CHECK(claims_nothing("Силы ПВО отразили атаку беспилотников на Севастополь.", "Севастополь", "2024-05-01"));
    CHECK(claims_nothing("Vnukovo and Domodedovo airports briefly halted flights amid a drone alert.", "Vnukovo", "2025-05-06"));
    // (Guards) debris that fell is a hit; a ground assault repelled is still fighting.
    CHECK(mention_in_report("Air defences repelled a drone attack on Sevastopol, but debris damaged a house.", "Sevastopol",
                            "2024-05-01")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Ukrainian forces repelled a Russian assault near Robotyne.", "Robotyne", "2024-05-01").claim ==
          ClaimType::attacked);
}

TEST_CASE("event words: battles under way are going on, losses sustained are the fighting's, rebuilding tells of no new strike",
          "[claims][reports]") {
    const Mention under_way = mention_in_report("Fierce battles are under way for Toretsk.", "Toretsk", "2025-02-10");
    CHECK(under_way.claim == ClaimType::attacked);
    CHECK(under_way.modality == Modality::reported);
    CHECK(mention_in_report("Russian forces sustained heavy losses near Kupiansk.", "Kupiansk", "2025-02-10").claim ==
          ClaimType::attacked);
    CHECK(claims_nothing("The government is rebuilding destroyed homes in Irpin.", "Irpin", "2025-02-10"));
}

TEST_CASE("magazines: a town squeezed from the flanks is attacked", "[claims][reports]") {
    CHECK(mention_in_report("For months Russia has tried to squeeze Pokrovsk from the flanks.", "Pokrovsk", "2025-02-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("hedges: whether it happened is unclear - supply routes to a town cut are an attack on it", "[claims][reports]") {
    const Mention m = mention_in_report("It is unclear whether Russian troops have entered Kupiansk.", "Kupiansk", "2025-02-10");
    CHECK(m.status == ClaimStatus::hedged);
    CHECK(mention_in_report("Пока неясно, вошли ли российские войска в Купянск.", "Купянск", "2025-02-10").status ==
          ClaimStatus::hedged);
    CHECK(mention_in_report("Russian troops are trying to cut the supply routes to Pokrovsk.", "Pokrovsk", "2025-02-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("event words: a garrison ordered to fall back withdraws, it does not fall", "[claims][reports]") {
    const Mention m = mention_in_report("The garrison was ordered to fall back from Avdiivka.", "Avdiivka", "2024-02-17");
    CHECK(m.claim == ClaimType::withdrew);
}

TEST_CASE("event words: a town falls past its appositive - forces pressing on to the next town advance", "[claims][reports]") {
    CHECK(mention_in_report("Selydove, home to 20,000 people before the war, fell on Tuesday.", "Selydove", "2024-10-30").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Selydove, a mining town, fell on Tuesday.", "Selydove", "2024-10-30").claim == ClaimType::captured);
    const std::string text = "Having taken Vuhledar, Russian troops pressed on to Bohoiavlenka.";
    CHECK(mention_in_report(text, "Bohoiavlenka", "2024-10-10").claim == ClaimType::advanced);
    CHECK(mention_in_report(text, "Vuhledar", "2024-10-10").claim == ClaimType::captured);
}

TEST_CASE("roles: a place inside the appositive of the town that fell only describes it", "[claims][reports]") {
    const std::string text = "Avdiivka, a town north of Donetsk, has fallen.";
    CHECK(mention_in_report(text, "Avdiivka", "2024-02-17").claim == ClaimType::captured);
    CHECK(claims_nothing(text, "Donetsk", "2024-02-17"));
}

TEST_CASE("event words: forces that hold the line near a town are fighting there", "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian forces hold the line near Siversk.", "Siversk", "2025-02-10").claim == ClaimType::attacked);
}

TEST_CASE("live blogs: a column or forces moving toward a town advance on it, people on the move do not", "[claims][reports]") {
    const std::string entry = "16:20 A Russian convoy moving south from Nova Kakhovka toward Beryslav, the regional council says.";
    CHECK(mention_in_report(entry, "Beryslav", "2022-03-01").claim == ClaimType::advanced);
    CHECK(mention_in_report("Ukrainian troops moving toward Kupiansk were seen on the highway.", "Kupiansk", "2022-09-09").claim ==
          ClaimType::advanced);
    CHECK(claims_nothing("Thousands of residents moving toward Zaporizhzhia queued at checkpoints.", "Zaporizhzhia", "2022-03-01"));
}

TEST_CASE("wires and easy news: troops attacking a region, a town attacked from several sides, troops landed fight on the ground",
          "[claims][reports]") {
    CHECK(mention_in_report("Ukrainian troops attacked the Bryansk region at dawn.", "Bryansk region", "2024-08-07").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Avdiivka is under attack from three sides, the mayor says.", "Avdiivka", "2023-10-12").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("05:10 Russian paratroopers landed in Mykolaiv, fighting near the port.", "Mykolaiv", "2022-03-01").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Вертольоти висадили десант на аеродром у Гостомелі.", "Гостомелі", "2022-02-24").claim ==
          ClaimType::attacked);
    // A region attacked as a whole, with no troops named, is struck.
    CHECK(mention_in_report("Russia attacked the Sumy region 112 times.", "Sumy region", "2024-08-07").claim == ClaimType::struck);
}

TEST_CASE("digests: a fire or blast in a country outside the war, with no weapon named, is no strike", "[claims][reports]") {
    const std::string digest = "Also today: blasts in the Russian city of Kursk and a fire at a chemical plant in Turkey.";
    CHECK(mention_in_report(digest, "Kursk", "2025-06-01").claim == ClaimType::struck);
    CHECK(claims_nothing(digest, "Turkey", "2025-06-01"));
    CHECK(claims_nothing("A blaze at a warehouse in Warsaw killed two people.", "Warsaw", "2025-06-01"));
    // A weapon named keeps it a strike.
    CHECK(mention_in_report("A drone caused a fire at a depot in Moldova, officials said.", "Moldova", "2025-06-01").claim ==
          ClaimType::struck);
}

TEST_CASE("histories: fighting told of a battle's name is the battle's, a capture told of it stays", "[claims][reports]") {
    const std::string history = "To relieve units fighting in the larger battle of Lysychansk, Russian forces launched an assault on Bilohorivka.";
    CHECK(claims_nothing(history, "Lysychansk", "2022-06-20"));
    CHECK(mention_in_report(history, "Bilohorivka", "2022-06-20").claim == ClaimType::attacked);
    CHECK(mention_in_report("Russian troops captured Popasna after the battle of Popasna.", "Popasna", "2022-05-08").claim ==
          ClaimType::captured);
}

TEST_CASE("wires: a city whose outskirts place a named town is a landmark, a place it was not takes nothing", "[claims][reports]") {
    const std::string wire = "Russia said it had struck a missile plant in Boiarka, on the outskirts of Kyiv, overnight.";
    CHECK(mention_in_report(wire, "Boiarka", "2025-02-18").claim == ClaimType::struck);
    CHECK(claims_nothing(wire, "Kyiv", "2025-02-18"));
    const std::string correction = "Drones hit a fuel depot in the Bryansk region, not in the Kursk region as first reported.";
    CHECK(mention_in_report(correction, "Bryansk region", "2025-02-18").claim == ClaimType::struck);
    CHECK(claims_nothing(correction, "Kursk region", "2025-02-18"));
}

TEST_CASE("wires: weapons launched at a country strike it though another clause tells their targets - surrounding villages are no encirclement",
          "[claims]") {
    CHECK(mention_in_report("Russia launched 120 missiles and 90 drones at Ukraine overnight, targeting power plants in at least six "
                            "regions.",
                            "Ukraine", "2024-05-14")
              .claim == ClaimType::struck);
    CHECK(claims_nothing("Air defences shot down 40 drones over the Kyiv region, the air force said.", "Kyiv region", "2024-05-14"));
    CHECK(claims_nothing("More than 2,000 people have been evacuated from Lyptsi and surrounding villages, most of them to Kharkiv.",
                         "Kharkiv", "2024-05-14"));
}

TEST_CASE("encyclopedic sections: a region left in its own clause keeps its withdrawal beside a town entered in another", "[claims]") {
    const std::string text =
        "After Russian troops withdrew from Kyiv Oblast at the end of March, Ukrainian forces re-entered Bucha on 1 April.";
    CHECK(mention_in_report(text, "Kyiv Oblast", "2022-04-05").claim == ClaimType::withdrew);
    CHECK(mention_in_report(text, "Bucha", "2022-04-05").claim == ClaimType::captured);
    // A region holding the town of the same clause stays its container.
    CHECK(claims_nothing("Russian troops withdrew from Bucha in Kyiv Oblast.", "Kyiv Oblast", "2022-04-05"));
}

TEST_CASE("situation reports: a list before a semicolon is parted from the event word after it - the ends a bridge links are no "
          "place of its blast",
          "[claims]") {
    const std::string sitrep = "Humanitarian partners in Dnipro and Zaporizhzhia distributed emergency shelter kits on 10 and 11 "
                               "October; mobile teams are assessing damage in Lviv Oblast.";
    CHECK(claims_nothing(sitrep, "Zaporizhzhia", "2022-10-11"));
    const std::string bridge =
        "The attacks came two days after an explosion damaged the road and rail bridge across the Kerch Strait linking Crimea to Russia.";
    CHECK(claims_nothing(bridge, "Russia", "2022-10-11"));
    CHECK(claims_nothing(bridge, "Crimea", "2022-10-11"));
    // Where the bridge stands stays the blast's place.
    CHECK(mention_in_report("An explosion damaged the bridge linking Russia to Crimea near Kerch on Saturday.", "Kerch", "2022-10-11")
              .claim == ClaimType::struck);
}

TEST_CASE("newsletters: a capital without heating after strikes is the city struck, not its government", "[claims]") {
    CHECK(mention_in_report("Ukraine war briefing: Kyiv without heating after overnight strikes", "Kyiv", "2026-01-20").claim ==
          ClaimType::struck);
    CHECK(claims_nothing("Ukraine war briefing: Kyiv rejects the plan as talks stall", "Kyiv", "2026-01-20"));
}

TEST_CASE("magazines: an advance bogged down or stalled near a town is fighting there, by the side stuck", "[claims][reports]") {
    const Mention stuck = mention_in_report("Russian troops are bogged down near Chasiv Yar.", "Chasiv Yar", "2025-01-10");
    CHECK(stuck.claim == ClaimType::attacked);
    CHECK(stuck.actor_side == "RU");
    CHECK(mention_in_report("The Russian offensive stalled outside Kupiansk.", "Kupiansk", "2025-01-10").claim == ClaimType::attacked);
    // (Talks that stall tell no fighting.)
    CHECK(claims_nothing("Peace talks stalled in Istanbul.", "Istanbul", "2025-01-10"));
}

TEST_CASE("headlines: the ministry's present 'improve positions near X' is an advance", "[claims][reports]") {
    const Mention m = mention_in_report("Russian forces improve positions near Stepnogorsk, repel counterattacks near Kamenskoye — MoD",
                                        "Stepnogorsk", "2025-04-08");
    CHECK(m.claim == ClaimType::advanced);
    CHECK(m.actor_side == "RU");
}

TEST_CASE("channels and magazines: attrition, a breakthrough, a new push, a landing tried, a fleet based, a concentration covered",
          "[claims][reports]") {
    CHECK(mention_in_report("Pokrovsk direction: our fighters continue to grind down the AFU.", "Pokrovsk", "2024-10-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("On 6 September 2022, Ukrainian forces launched a surprise counteroffensive, breaking through Russian "
                            "lines near Balakliia.",
                            "Balakliia", "2022-10-01")
              .claim == ClaimType::advanced);
    CHECK(mention_in_report("Russia claims capture of Kurakhove as Ukraine mounts new Kursk push", "Kursk", "2025-01-06").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("An AFU boat group tried to land on the islands near Korsunka, it was destroyed by our artillery.",
                            "Korsunka", "2025-06-05")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Russia has begun basing more of its warships at Novorossiysk.", "Novorossiysk", "2023-09-23").claim ==
          ClaimType::deployed);
    CHECK(mention_in_report("Our artillery covered an accumulation of enemy equipment near Orekhov.", "Orekhov", "2023-09-02").claim ==
          ClaimType::struck);
}

TEST_CASE("channels and magazines: air defence at work, positions no longer held, what a side can do, where a name is used",
          "[claims][reports]") {
    CHECK(claims_nothing("In Dnipro, air defence worked and people heard loud explosions.", "Dnipro", "2024-01-02"));
    CHECK(mention_in_report("The Ukrainian Navy's spokesman confirmed that Ukrainian troops no longer held positions in Krynky.",
                            "Krynky", "2024-07-18")
              .claim == ClaimType::withdrew);
    CHECK(claims_nothing("None of this means that Ukraine can retake Crimea soon.", "Crimea", "2023-09-23"));
    // (Where a name is used is no place of the event.)
    const std::string text = "Russian forces launched a large-scale assault on the town of Toretsk (known in Russia by its Soviet-era "
                             "name, Dzerzhinsk) from the direction of Horlivka.";
    CHECK(claims_nothing(text, "Russia", "2024-06-20"));
    CHECK(mention_in_report(text, "Toretsk", "2024-06-20").claim == ClaimType::attacked);
}

TEST_CASE("dates: the day a statement was made stays its event's when the later day belongs to another clause",
          "[claims][dates]") {
    const Mention m = mention_in_report("Russia's Defence Ministry said on Monday its forces had taken full control of Kurakhove, a town "
                                        "in the Donetsk region, while Ukrainian troops launched fresh attacks in the Kursk region on "
                                        "Sunday.",
                                        "Kurakhove", "2025-01-07");
    CHECK(m.claim == ClaimType::captured);
    REQUIRE(m.event_date);
    CHECK(format_date(*m.event_date) == "2025-01-06");
}

TEST_CASE("magazines: a force rushed to a village is deployed there, the force named between", "[claims][reports]") {
    CHECK(mention_in_report("The breach was sealed only after Ukraine's commanders rushed the Azov corps to Kucheriv Yar.",
                            "Kucheriv Yar", "2025-08-30")
              .claim == ClaimType::deployed);
}

TEST_CASE("wires: a capital's facility hit is the city hit, its possessive no government", "[claims][reports]") {
    CHECK(mention_in_report("Russia launched a barrage of 38 missiles on Monday, killing at least 31 people and hitting Kyiv's "
                            "largest children's hospital.",
                            "Kyiv", "2024-07-08")
              .claim == ClaimType::struck);
    // (A capital's allies are its government's.)
    CHECK(claims_nothing("Kyiv's allies condemned the strike on the hospital.", "Kyiv", "2024-07-08"));
}

TEST_CASE("addresses: troops regrouping near a town gather there", "[claims][reports]") {
    CHECK(mention_in_report("The Russian command is moving troops towards Donbas. They are regrouping near Izium.", "Izium",
                            "2022-04-03")
              .claim == ClaimType::deployed);
}

TEST_CASE("magazines: a town that fell was taken, what fell on it struck it, and taking the war somewhere is a figure of speech",
          "[claims][reports]") {
    // (The appositive's own verb does not keep the subject from its predicate.)
    CHECK(mention_in_report("Bakhmut, a salt-mining town that had withstood ten months of assaults, fell in May.", "Bakhmut",
                            "2023-11-02")
              .claim == ClaimType::captured);
    CHECK(mention_in_report("Debris and missile fragments fell in the Sviatoshynskyi district of Kyiv overnight.", "Kyiv",
                            "2025-02-11")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("The main blow fell near Huliaipole, where three assaults were repelled.", "Huliaipole",
                            "2025-07-14")
              .claim == ClaimType::attacked);
    CHECK(claims_nothing("Kyiv, meanwhile, has taken the war to Russia's oil industry.", "Russia", "2025-09-01"));
    CHECK(mention_in_report("Russian infantry are slowly working their way into Kostiantynivka from the south-east.",
                            "Kostiantynivka", "2025-09-01")
              .claim == ClaimType::advanced);
}

TEST_CASE("threads: vehicles destroyed by drones are no drones downed, and crossings attempted are attacks", "[claims][reports]") {
    const std::string text = "2) RU VDV units attempted crossings of the canal near Kalynivka yesterday; at least 3 BMDs destroyed by drones.";
    const Mention m = mention_in_report(text, "Kalynivka", "2024-07-06");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(date_of(m) == "2024-07-05");
    // (Drones that were destroyed hit nothing there.)
    CHECK(claims_nothing("Russia attempted to attack Kursk with drones, all destroyed by air defence.", "Kursk", "2024-07-06"));
}

TEST_CASE("wires: a later clause that foils the attack on places of its own leaves the places before it hit", "[claims][reports]") {
    const std::string text = "The ministry confirmed that drones had attacked airfields in the Murmansk region on Sunday, "
                             "and said the attacks in Ivanovo and Ryazan had been repelled.";
    CHECK(mention_in_report(text, "Murmansk region", "2025-06-01").claim == ClaimType::struck);
    // (A sentence that only foils stays an interception.)
    CHECK(claims_nothing("Air defences repelled a drone attack on Sevastopol overnight.", "Sevastopol", "2025-06-01"));
}

TEST_CASE("magazines: a modal with no verb of its own after it governs no event after it", "[claims][reports]") {
    CHECK(mention_in_report("Ukraine has been striking back where it can: its drones have begun to hit refineries in Volgograd.",
                            "Volgograd", "2024-02-24")
              .claim == ClaimType::struck);
    CHECK(claims_nothing("Its drones can hit refineries in Volgograd.", "Volgograd", "2024-02-24"));
}

TEST_CASE("anaphora: the next sentence takes a town up after its opening phrase of time, or in any case, and its day dates the event",
          "[claims][reports]") {
    const std::string en = "Robotyne lies south of Orikhiv. On Thursday, the village was shelled.";
    const Mention robotyne = mention_in_report(en, "Robotyne", "2024-05-10");
    CHECK(robotyne.claim == ClaimType::struck);
    CHECK(date_of(robotyne) == "2024-05-09");
    CHECK(mention_in_report("Окремо про Харків. Сьогодні російські терористи знову вдарили по місту.", "Харків", "2024-05-10")
              .claim == ClaimType::struck);
}

TEST_CASE("wires: a capture that failed is an attack, and one aimed at is none yet", "[claims][reports]") {
    CHECK(mention_in_report("Russian troops failed to capture Robotyne despite heavy losses, the commander said.", "Robotyne",
                            "2024-05-10")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Russia has been unable to capture Chasiv Yar despite months of assaults.", "Chasiv Yar", "2024-05-10")
              .claim == ClaimType::attacked);
    CHECK(mention_in_report("Russian troops are fighting to take the town of Chasiv Yar.", "Chasiv Yar", "2024-05-10").claim ==
          ClaimType::attacked);
    CHECK(claims_nothing("Russian troops are aiming to capture Pokrovsk, a key logistics hub.", "Pokrovsk", "2024-05-10"));
    // (Managed to: done.)
    CHECK(mention_in_report("Russian forces managed to take Ocheretyne on Thursday.", "Ocheretyne", "2024-05-10").claim ==
          ClaimType::captured);
}

TEST_CASE("air force reports: where weapons came from is an origin past owning and placing words", "[claims][reports]") {
    CHECK(claims_nothing("The drones were launched from Russia's Kursk region, Ukraine's air force said.", "Kursk region",
                         "2024-05-10"));
    CHECK(claims_nothing("Russia fired missiles at Kharkiv from occupied Crimea on Thursday.", "Crimea", "2024-05-10"));
    CHECK(claims_nothing("The missiles were fired from Russian territory near Belgorod.", "Belgorod", "2024-05-10"));
    CHECK(claims_nothing("Glide bombs are dropped from aircraft flying over the Belgorod region.", "Belgorod region", "2024-05-10"));
    // (Away from a place is still its event: a withdrawal.)
    CHECK(mention_in_report("Ukrainian troops withdrew from occupied Kherson.", "Kherson", "2024-05-10").claim == ClaimType::withdrew);
}

TEST_CASE("wires: a claim that could not be verified is still made, a fear or a guard is none, and a unit based in a town acts nowhere there",
          "[claims][reports]") {
    CHECK(mention_in_report("Russia's claim to have captured Berdychi could not be independently verified.", "Berdychi", "2024-05-10")
              .claim == ClaimType::captured);
    CHECK(claims_nothing("Kyiv expects Russian forces to attack Kharkiv again in the coming weeks.", "Kharkiv", "2024-05-10"));
    CHECK(claims_nothing("Ukraine needs Patriot systems to protect Odesa from missile strikes.", "Odesa", "2024-05-10"));
    CHECK(claims_nothing("The Kharkiv-based 92nd Brigade repelled a Russian assault near Ivanivske on Thursday.", "Kharkiv", "2024-05-10"));
    CHECK(claims_nothing("Every brigade rushed north is a brigade that cannot be sent to Chasiv Yar.", "Chasiv Yar", "2024-05-10"));
    // (A call made after a strike does not make the strike a wish.)
    CHECK(mention_in_report("Zelensky called for more Patriots after the attack on Kharkiv on Thursday.", "Kharkiv", "2024-05-10")
              .claim == ClaimType::struck);
}

TEST_CASE("dates: last Friday, said on a Friday, is a week ago", "[claims][dates]") {
    const Mention m = mention_in_report("Last Friday, Russian forces shelled Kherson, killing a pensioner.", "Kherson", "2024-05-10");
    CHECK(date_of(m) == "2024-05-03");
    CHECK(date_of(mention_in_report("Last Friday, Russian forces shelled Kherson.", "Kherson", "2024-05-12")) == "2024-05-10");
}

TEST_CASE("wires: fire before or beside an assault, in a phrase of its own, is no weapon of it", "[claims][reports]") {
    CHECK(mention_in_report("Russian forces stormed Vovchansk on Thursday after heavy shelling.", "Vovchansk", "2024-05-10").claim ==
          ClaimType::attacked);
    CHECK(mention_in_report("Russian troops attacked Robotyne under the cover of artillery fire.", "Robotyne", "2024-05-10").claim ==
          ClaimType::attacked);
    // (A weapon the attack was made with makes it a strike.)
    CHECK(mention_in_report("Russian troops attacked Kharkiv with drones.", "Kharkiv", "2024-05-10").claim == ClaimType::struck);
}

TEST_CASE("a side inside 'came under ... fire' is the one that fired", "[claims][reports]") {
    Mention m = mention_in_report("Nikopol came under Russian artillery fire.", "Nikopol", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("The village of Tyotkino came under Ukrainian artillery fire.", "Tyotkino", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "UA");
}

TEST_CASE("a photo or a step taken somewhere took nothing", "[claims][reports]") {
    CHECK(claims_nothing("Photos taken in Kupiansk on Monday show Ukrainian soldiers in the city centre.", "Kupiansk",
                         "2025-11-20"));
    CHECK(claims_nothing("Footage taken in Vovchansk last week shows soldiers walking through the city.", "Vovchansk",
                         "2025-11-20"));
    // (A town taken is still taken.)
    CHECK(mention_in_report("Russian forces have taken Vovchansk, the ministry said.", "Vovchansk", "2025-11-20").claim ==
          ClaimType::captured);
}

TEST_CASE("a dateline whose story names no other place tells of its town", "[claims][reports]") {
    Mention m = mention_in_report("KHARKIV, Ukraine — Russian drones hit an apartment block in the city overnight, wounding 12.",
                                  "KHARKIV", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    m = mention_in_report("Dnipro, November 20 (Ukrinform) – Russian troops struck the city with a ballistic missile.", "Dnipro",
                          "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    // (Where it names another, the dateline is only where the report was filed.)
    CHECK(claims_nothing("KHARKIV, Ukraine — Russian drones hit an apartment block in Chuhuiv overnight.", "KHARKIV",
                         "2025-11-20"));
    CHECK(claims_nothing("Dnipro, November 20 (Ukrinform) – Russian troops struck Nikopol with artillery.", "Dnipro",
                         "2025-11-20"));
}

TEST_CASE("a side after the first of two joined verbs is its object, the subject acts in both", "[claims][reports]") {
    const std::string text = "Ukrainian forces drove Russian troops out of Pishchane and cleared Torske.";
    Mention m = mention_in_report(text, "Torske", "2025-11-20");
    CHECK(m.claim == ClaimType::captured);
    CHECK(m.actor_side == "UA");
    CHECK(mention_in_report(text, "Pishchane", "2025-11-20").actor_side == "UA");
    // (A side after "the" may be the subject of what follows: "hit a Russian column advancing on X".)
    m = mention_in_report("Kyiv said it hit a Russian column advancing on Kupiansk.", "Kupiansk", "2025-11-20");
    CHECK(m.actor_side == "RU");
}

TEST_CASE("an event word inside a name, or a ship's flag, makes no claim", "[claims][reports]") {
    Mention m = mention_in_report("Drones hit the Progress plant in Cheboksary overnight.", "Cheboksary", "2025-11-20");
    CHECK(m.claim == ClaimType::struck);
    CHECK(claims_nothing("A shop on Liberation Avenue in Kherson reopened.", "Kherson", "2025-11-20"));
    CHECK(claims_nothing("A civilian ship under the flag of Panama docked in Odesa.", "Odesa", "2025-11-20"));
    // (The word is an event where nothing makes it a name.)
    CHECK(mention_in_report("The liberation of Kherson was celebrated in Kyiv.", "Kherson", "2022-11-12").claim ==
          ClaimType::captured);
}

TEST_CASE("the enemy who attacks is the attacker, and ours who attack attack", "[claims][reports]") {
    CHECK(mention_in_report("In the Belgorod sector, the enemy attacked our positions twice.", "Belgorod", "2025-11-20").actor_side ==
          "RU");
    CHECK(mention_in_report("На Куп'янському напрямку наші воїни атакують.", "Куп'янському", "2025-11-20").actor_side == "UA");
    // (Where ours only fight, they hold against the attacker.)
    CHECK(mention_in_report("Наші воїни ведуть бої біля Бахмута.", "Бахмута", "2023-03-05").actor_side == "RU");
}

TEST_CASE("review: officials 'here' or a town named later leave a dateline where the report was filed", "[claims][reports]") {
    CHECK(claims_nothing("KHARKIV, Ukraine (AP) — Russian troops have captured two more villages in the region, officials here said.",
                         "KHARKIV", "2025-11-20"));
    CHECK(claims_nothing("KHARKIV, Kharkiv region, Ukraine — Russian drones hit Chuhuiv overnight, the city's mayor said.", "KHARKIV",
                         "2025-11-20"));
    // (A defence line between two towns is no route.)
    CHECK(mention_in_report("Russian troops broke through the defence line between Pokrovsk and Myrnohrad on Tuesday.", "Myrnohrad",
                            "2025-11-20")
              .claim == ClaimType::advanced);
}

TEST_CASE("a town deep in a sentence without events is taken up by a noun, not by a pronoun", "[claims][reports]") {
    CHECK(mention_in_report("Many families have stayed in Kramatorsk. On Monday, two missiles hit the city, killing four.", "Kramatorsk",
                            "2025-11-20")
              .claim == ClaimType::struck);
    // ("It" opening the next sentence is the first sentence's subject.)
    CHECK_FALSE(mention_in_report("The ship was in the sea south of the city of Odesa. It sank on Thursday after a strike.", "Odesa",
                                  "2025-11-20").claim);
}

TEST_CASE("wires: a dateline with an abbreviated month before its dash is still the dateline", "[claims][reports]") {
    const std::string text = "LVIV, Ukraine, Nov. 19 — Russian missiles hit two apartment blocks in Ternopil overnight.";
    CHECK_FALSE(mention_in_report(text, "LVIV", "2025-11-21").claim);
    CHECK(mention_in_report(text, "Ternopil", "2025-11-21").claim == ClaimType::struck);
    // (A town's dateline whose story tells of "the city" is still the town's.)
    CHECK(mention_in_report("KHARKIV, Ukraine, Nov. 19 — Russian drones hit the city overnight.", "KHARKIV", "2025-11-21").claim ==
          ClaimType::struck);
}

TEST_CASE("reports: a monitor record's location line takes the event its description tells", "[claims]") {
    const std::string record =
        "Date: 18 February 2024\nLocation: Selydove, Donetsk Oblast\nDescription: Footage shows a residential building "
        "struck by a Russian missile; three people were killed.\n\nDate: 19 February 2024\nLocation: Krynky\n"
        "Description: Video shows Russian infantry storming Ukrainian positions on the left bank.";
    CHECK(frontline::test::mention_in(record, "Selydove").claim == ClaimType::struck);
    CHECK(frontline::test::mention_in(record, "Krynky").claim == ClaimType::attacked);
    // (A shelling log's "Направление:" names where the fire went.)
    CHECK(frontline::test::mention_in("📍Зафиксирован обстрел со стороны ВСУ\n🕐 07:15\nНаправление: Макеевка\nКалибр: РСЗО «Град»\n"
                                      "Выпущено: 10 ракет\n",
                                      "Макеевка")
              .claim == ClaimType::struck);
    // (The region qualifying the town only holds it.)
    CHECK_FALSE(frontline::test::mention_in(record, "Donetsk Oblast").claim);
    // (A blank line ends the record: the next one's event is not the label's.)
    CHECK_FALSE(frontline::test::mention_in("Location: Selydove\n\nRussian infantry stormed positions near the river.", "Selydove").claim);
}

TEST_CASE("reports: the main targets of an attack named after its story were struck", "[claims]") {
    CHECK(frontline::test::mention_in("Hits by two ballistic missiles were recorded. The main targets of the attack were the Odesa "
                                      "region and Kyiv.",
                                      "Kyiv")
              .claim == ClaimType::struck);
}

TEST_CASE("reports: a span of fighting after 'after' is the time of the event before it", "[claims]") {
    CHECK(mention_in_report("Russia's Defense Ministry claimed Thursday that its troops had captured the eastern Ukrainian city of "
                            "Toretsk after months of street fighting.",
                            "Toretsk", "2024-12-26")
              .claim == ClaimType::captured);
    // (Opening the sentence, it is still the time of the capture after it.)
    CHECK(mention_in_report("After weeks of heavy fighting, Russian troops captured Avdiivka.", "Avdiivka", "2024-02-17").claim ==
          ClaimType::captured);
    // (Fighting that is itself the event stays one: "fighting went on for weeks near X".)
    CHECK(mention_in_report("Fighting raged near Chasiv Yar for weeks.", "Chasiv Yar", "2024-05-17").claim == ClaimType::attacked);
}

TEST_CASE("reports: a bare verb joined by 'and' shares the modal of the first, however far back", "[claims]") {
    CHECK(claims_nothing("Analysts said Russian commanders could regroup their battered units over the coming weeks and attack "
                         "Kharkiv.",
                         "Kharkiv", "2024-05-10"));
    // (A month opening a timeline's line is no modal: "May 11 – brigades counterattack and advance".)
    CHECK(mention_in_report("Timeline.\n• May 11 – Ukrainian brigades counterattack on the flanks and advance up to 2 km near "
                            "Klishchiivka.\n",
                            "Klishchiivka", "2023-06-01")
              .claim == ClaimType::advanced);
    // (A past verb so joined was done.)
    CHECK(mention_in_report("Russian troops regrouped their battered units over the past weeks and attacked Kharkiv.", "Kharkiv",
                            "2024-05-10")
              .claim);
}

TEST_CASE("reports: defenders not letting the enemy advance near a place tell of its attack", "[claims]") {
    const std::string address = "Our heroes near Kyiv, in Bucha, in Irpin, in Hostomel are not letting the enemy advance.";
    CHECK(mention_in_report(address, "Irpin", "2022-03-05").claim == ClaimType::attacked);
    CHECK(mention_in_report(address, "Irpin", "2022-03-05").actor_side == "RU");
    CHECK(mention_in_report("Наші герої під Києвом, у Бучі, в Ірпені не дають ворогу просунутися.", "Бучі", "2022-03-05").claim ==
          ClaimType::attacked);
    const Mention m = mention_in_report("Ukrainian troops are preventing Russian forces from advancing near Irpin.", "Irpin", "2022-03-05");
    CHECK(m.claim == ClaimType::attacked);
    CHECK(m.actor_side == "RU");
    // (An advance let through is one: "Russian forces advanced near Irpin.")
    CHECK(mention_in_report("Russian forces advanced near Irpin.", "Irpin", "2022-03-05").claim == ClaimType::advanced);
}

TEST_CASE("review: the limits of this stop's claim rules", "[claims]") {
    // A span of fighting after "after" is the time of another event word only: alone, it is the place's event.
    CHECK(mention_in_report("Kherson was left without power after days of Russian shelling.", "Kherson", "2024-05-10").claim ==
          ClaimType::struck);
    // A verb joined by "and" takes no modal of an earlier clause past a comma or a contrast, nor an irregular past.
    CHECK(mention_in_report("Officials feared the town might fall within weeks, but Ukrainian units counterattacked and retook "
                            "Robotyne on Monday.",
                            "Robotyne", "2024-05-10")
              .claim == ClaimType::captured);
    CHECK(mention_in_report("Moscow had said it would not target civilians, but its forces shelled the market and hit Kostiantynivka "
                            "on Wednesday.",
                            "Kostiantynivka", "2024-05-10")
              .claim == ClaimType::struck);
    // The report's source saying it in the pluperfect still says when.
    CHECK(date_of(mention_in_report("Russian forces shelled Kherson yesterday, the regional governor had said on Monday.", "Kherson",
                                    "2024-05-10")) == "2024-05-05");
    // "Знову російські атаки" before a storming is the assault.
    CHECK(mention_in_report("Знову російські атаки під Покровськом: ворог 40 разів штурмував позиції ЗСУ.", "Покровськом",
                            "2024-05-10")
              .claim == ClaimType::attacked);
    // Targets of a ground assault to come are no targets struck.
    CHECK_FALSE(mention_in_report("The primary targets were Kupiansk and Lyman, where Russian troops have massed for a ground assault.",
                                  "Kupiansk", "2024-05-10")
                    .claim == ClaimType::struck);
    // The genitive of positions stormed owns the positions, not the storming.
    CHECK(mention_in_report("Окупанти здійснили штурм позицій ЗСУ поблизу Часового Яру.", "Часового Яру", "2024-05-10").actor_side ==
          "RU");
    // Only a location's label heads its record.
    CHECK(claims_nothing("Our correspondent: Odesa\nRussian troops advanced near the front line, the General Staff said.", "Odesa",
                         "2024-05-10"));
    // An English counterattack with drones on an airfield is a strike on it.
    CHECK(mention_in_report("Ukrainian forces launched a counterattack on the Saky airfield with drones overnight.", "Saky airfield",
                            "2024-05-10")
              .claim == ClaimType::struck);
}

TEST_CASE("a relative clause after a place that tells its capture outranks the advance or fighting of the main clause",
          "[claims][reports]") {
    Mention m = mention_in_report("Ukrainian troops pushed towards Vysokopillia, which they liberated on 4 September.",
                                  "Vysokopillia", "2022-09-06");
    CHECK(m.claim == ClaimType::captured);
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2022-09-04");
    CHECK(mention_in_report("Heavy fighting raged near Bilohorivka, which fell to Russian forces on Friday.", "Bilohorivka",
                            "2024-12-20")
              .claim == ClaimType::captured);
    // (A relative clause that tells no capture leaves the main clause's event.)
    CHECK(mention_in_report("Russian troops attacked near Siversk, which lies on a ridge.", "Siversk", "2024-12-20").claim ==
          ClaimType::attacked);
}

TEST_CASE("a subject's predicate resumes after the relative clause set off behind it - that clause's own event is background",
          "[claims][reports]") {
    Mention m = mention_in_report("Kherson, which Russian troops occupied in March 2022, came under heavy shelling on Tuesday.",
                                  "Kherson", "2024-05-08");
    CHECK(m.claim == ClaimType::struck);
    CHECK((m.event_date ? format_date(*m.event_date) : "none") == "2024-05-07");
    CHECK(mention_in_report("Kupiansk, which Russian forces have tried to take for months, came under heavy shelling on Tuesday.",
                            "Kupiansk", "2024-05-08")
              .claim == ClaimType::struck);
    // (Not where the main clause names another place its word may tell of.)
    CHECK(mention_in_report("Avdiivka, which Russia captured in February, is used to launch drone strikes on Pokrovsk.", "Avdiivka",
                            "2024-05-08")
              .claim == ClaimType::captured);
    // (The relative pronoun in any case and gender.)
    CHECK(mention_in_report("Суджа, которую ВСУ удерживали с августа, была занята российскими войсками 13 марта.", "Суджа",
                            "2025-03-14")
              .claim == ClaimType::captured);
    CHECK(mention_in_report("Курахове, яке росіяни штурмували кілька місяців, вчора потрапило під масований обстріл.", "Курахове",
                            "2025-03-14")
              .claim == ClaimType::struck);
}

TEST_CASE("'occupied' after an adverb or the forces is a capture - before a name it stays an adjective",
          "[claims][reports]") {
    CHECK(mention_in_report("The enemy advanced near Novoselivka and also occupied Lozova.", "Lozova", "2024-12-20").claim ==
          ClaimType::captured);
    CHECK(mention_in_report("Russian forces then occupied Lozova.", "Lozova", "2024-12-20").claim == ClaimType::captured);
    CHECK_FALSE(mention_in_report("Residents of occupied Melitopol fled to Zaporizhzhia.", "Melitopol", "2022-03-02").claim);
}

TEST_CASE("what is destroyed over a region was in flight - an interception, the weapon left unsaid", "[claims][reports]") {
    const std::string text = "Ещё 12 уничтожены над Брянской областью, 5 — над Курской областью.";
    CHECK_FALSE(mention_in_report(text, "Брянской областью", "2024-09-10").claim);
    CHECK_FALSE(mention_in_report("Air defences destroyed 9 over the Belgorod region overnight.", "Belgorod region", "2024-09-10")
                    .claim);
    // (What is destroyed in a place was struck there.)
    CHECK(mention_in_report("A drone destroyed a warehouse in Kharkiv overnight.", "Kharkiv", "2024-09-10").claim ==
          ClaimType::struck);
    // ("over" before a count is "more than": what it destroyed was hit.)
    CHECK(mention_in_report("A Russian missile strike on Kharkiv destroyed over 50 houses on Monday.", "Kharkiv", "2024-09-10")
              .claim == ClaimType::struck);
    CHECK(mention_in_report("Russian shelling of Kherson destroyed over a dozen homes yesterday.", "Kherson", "2024-09-10").claim ==
          ClaimType::struck);
}

TEST_CASE("a region whose clause sums up what the clause after its colon tells in detail holds those places, no event of its own",
          "[claims][reports]") {
    const std::string text = "В Курской области противник продолжает попытки прорваться: ВСУ атаковали в районе Тёткино и Глушково.";
    CHECK_FALSE(mention_in_report(text, "Курской области", "2024-09-10").claim);
    CHECK(mention_in_report(text, "Тёткино", "2024-09-10").claim == ClaimType::attacked);
    // (Without the colon's detail the region keeps its event.)
    CHECK(mention_in_report("В Курской области противник продолжает попытки прорваться.", "Курской области", "2024-09-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("the first item of a list is read with the next item the rules read alike", "[claims][reports]") {
    const std::string text = "Kyiv, Odesa and Kryvyi Rih were among the cities hit overnight.";
    CHECK(mention_in_report(text, "Kyiv", "2024-09-10").claim == ClaimType::struck);
    CHECK(mention_in_report(text, "Odesa", "2024-09-10").claim == ClaimType::struck);
}

TEST_CASE("a town blockaded is attacked, as a town besieged is", "[claims][reports]") {
    CHECK(mention_in_report("Mariupol was blockaded by Russian troops on 1 March.", "Mariupol", "2022-03-10").claim ==
          ClaimType::attacked);
}

TEST_CASE("bulletins: driving a force from its positions near a place, tried, is an attack there", "[claims][reports]") {
    const std::string text = "In the Pokrovsk direction, the enemy tried 38 times to push our units from their positions near "
                             "Zhelanne and Ptyche.";
    CHECK(mention_in_report(text, "Zhelanne", "2024-08-13").claim == ClaimType::attacked);
    CHECK(mention_in_report(text, "Ptyche", "2024-08-13").claim == ClaimType::attacked);
}

TEST_CASE("taking people somewhere is no capture, taking up positions a deployment, having fallen back a withdrawal",
          "[claims][reports]") {
    CHECK_FALSE(mention_in_report("Buses are taking people to Kurchatov and Kursk.", "Kurchatov", "2024-08-13").claim);
    // (People taken hostage in a town it was captured: the capture holds.)
    CHECK(mention_in_report("Russian troops took civilians hostage in Vovchansk and captured the town's centre.", "Vovchansk",
                            "2024-05-12")
              .claim == ClaimType::captured);
    CHECK(mention_in_report("Now the brigades are taking up positions on new lines near Lastochkyne and Orlivka.", "Lastochkyne",
                            "2024-02-17")
              .claim == ClaimType::deployed);
    CHECK(mention_in_report("Ukrainian units had fallen back to positions near the border at Oleshnya.", "Oleshnya", "2025-03-20")
              .claim == ClaimType::withdrew);
    // (A town that had fallen was taken.)
    CHECK(mention_in_report("Avdiivka had fallen by then.", "Avdiivka", "2024-03-01").claim == ClaimType::captured);
}

TEST_CASE("a side's manpower struck is the side struck, not the one striking", "[claims][reports]") {
    Mention m = mention_in_report("Russian forces struck Ukrainian manpower and equipment near Sumy.", "Sumy", "2024-08-09");
    CHECK(m.claim == ClaimType::struck);
    CHECK(m.actor_side == "RU");
    CHECK(mention_in_report("Strikes hit Ukrainian manpower near Sumy.", "Sumy", "2024-08-09").actor_side == "RU");
}

TEST_CASE("a town named alone above the sentence that attacks it with a weapon was struck", "[claims][reports]") {
    const std::string text = "Odesa. Around noon, the enemy attacked the city with a ballistic missile carrying cluster munitions.";
    CHECK(mention_in_report(text, "Odesa", "2024-11-18").claim == ClaimType::struck);
    // (Without a weapon the attack stays one.)
    CHECK(mention_in_report("Vovchansk. Around noon, the enemy attacked the town from the north.", "Vovchansk", "2024-11-18").claim ==
          ClaimType::attacked);
}

TEST_CASE("weather that falls takes no town", "[claims][reports]") {
    const std::string text = "Snow fell in Kyiv and the western city of Lviv as temperatures fell below minus 10.";
    CHECK_FALSE(mention_in_report(text, "Lviv", "2025-01-14").claim);
    CHECK_FALSE(mention_in_report(text, "Kyiv", "2025-01-14").claim);
    CHECK(mention_in_report("Avdiivka fell in February.", "Avdiivka", "2025-01-14").claim == ClaimType::captured);
}
