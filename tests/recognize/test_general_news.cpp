// Place names of news from anywhere, read with the bundled gazetteer:
// abbreviated first words, possessives inside names, the slips a writer
// makes, dates that look like towns, and states that act in news that is
// not about the war (recognize/recognizer.cpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <unistd.h>

#include "frontline/gazetteer/builder.hpp"
#include "frontline/pipeline.hpp"
#include "recognize_test_support.hpp"

using namespace frontline;
using frontline::test::read_text;
using frontline::test::surfaces_of;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

std::string place_of(const std::string& text, const std::string& surface) {
    for (const auto& m : read_text(text))
        if (m.surface == surface) return m.place_name.value_or("");
    return "";
}

}  // namespace

TEST_CASE("general news: a name's abbreviated first word goes on past its full stop", "[recognize][general]") {
    CHECK(place_of("She grew up in St. Paul, Minn., and moved away.", "St. Paul") == "Saint Paul");
    CHECK(place_of("He later moved to Mt. Vernon.", "Mt. Vernon") == "Mount Vernon");
    // (Only those words: "Dr. Kyiv" is not read on from "Dr.")
}

TEST_CASE("general news: a possessive inside a name is kept", "[recognize][general]") {
    // "Cox's Bazar" is one name; the possessive is split off only where no
    // longer name goes on ("Canada's" is Canada).
    CHECK(place_of("Refugees crowded the camps near Cox's Bazar.", "Cox's Bazar") == "Cox\u2019s B\u0101z\u0101r");
    CHECK(place_of("Smoke drifted south from Canada's wildfires into Ohio.", "Canada") == "Canada");
}

TEST_CASE("general news: a letter for another is a slip only in names of the war's countries", "[recognize][general]") {
    // "Tucheng district" is no misspelt Ducheng; "Kramatorks" is Kramatorsk.
    CHECK(surfaces_of("Heavy rain fell on Tucheng district on Monday.").empty());
    CHECK(place_of("Russian missiles hit Kramatorks on Monday.", "Kramatorks") == "Kramatorsk");
    // A letter too many is a slip anywhere: Jalor.
    CHECK(has(surfaces_of("Rain is forecast in the Barmer and Jalore districts."), "Jalore districts"));
    // The second word of a longer name is no slip of a one-word one.
    CHECK(surfaces_of("The quake struck Al Haouz province.").empty());
}

TEST_CASE("general news: a state or capital that acts is a place in news that is not about the war",
          "[recognize][general][metonymy]") {
    // News from anywhere names the country itself: "Kenya's capital".
    CHECK(has(surfaces_of("Flash floods killed 45 in Kenya's capital Nairobi on Monday."), "Kenya"));
    CHECK(has(surfaces_of("Germany pledged more help after floods hit Bavaria."), "Germany"));
    // War reporting names the government it stands for: no place.
    CHECK_FALSE(has(surfaces_of("Russia's army said its troops advanced near Pokrovsk."), "Russia"));
    CHECK_FALSE(has(surfaces_of("Germany pledged more air defence after strikes on Kharkiv."), "Germany"));
    // (The war's own states stay governments wherever the news comes from.)
    CHECK_FALSE(has(surfaces_of("Russia said it would answer. Protesters marched in Tbilisi and Batumi."), "Russia"));
}

TEST_CASE("general news: a month's name before a day's number is a date, and a feast a time", "[recognize][general]") {
    // A gazetteer with a town named like a month, as GeoNames has.
    const auto dir = std::filesystem::path(FRONTLINE_TEST_TMP) / ("general-news-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    GazetteerBuilder b;
    auto town = [&](const char* name, double lat, double lon, const char* country, std::int64_t population) {
        PlaceRecord p;
        p.id = std::string("test:") + name;
        p.name = name;
        p.lat = lat;
        p.lon = lon;
        p.kind = PlaceKind::settlement;
        p.feature_code = "PPL";
        p.country = country;
        p.population = population;
        p.source = "user";
        b.add_place(std::move(p));
    };
    town("Nov", 40.15, 69.37, "TJ", 20000);
    town("Christmas", 28.54, -81.02, "US", 1100);
    b.write(dir / "months.fgz");
    const Gazetteer g = Gazetteer::open(dir / "months.fgz");
    Pipeline p(g);
    auto read = [&](const std::string& text) {
        Document doc = parse_text(text, "t.txt", "t.txt");
        analyse_structure(doc, nullptr);
        return p.process(doc);
    };
    CHECK(read("The board put the question on the Nov. 5 ballot.").empty());
    CHECK(read("Results are due Nov 12, officials said.").empty());
    CHECK(read("The convoy reached Nov on Tuesday.").size() == 1);
    // (A feast is a time too, whatever town bears its name.)
    CHECK(read("Shoppers spent more at Christmas than last year.").empty());
    std::filesystem::remove_all(dir);
}

TEST_CASE("general news: a common word after 'in' mid-sentence, nothing capitalised after it, is a town of some size",
          "[recognize][general]") {
    // (The bundled gazetteer holds Rogers, Arkansas.)
    CHECK(has(surfaces_of("He was arrested Monday in Rogers on a charge of theft."), "Rogers"));
    // (Not at a sentence's start, nor before another capitalised word.)
    CHECK_FALSE(has(surfaces_of("Rogers said the charge was dropped."), "Rogers"));
    CHECK_FALSE(has(surfaces_of("The suspect was held in Rogers County Jail."), "Rogers"));
}

TEST_CASE("general news: seas, straits, lakes, rivers and mountains the news names are places", "[recognize][general]") {
    const auto s = surfaces_of("Ships avoided the Suez Canal and the Red Sea, sailing around Africa into the Indian Ocean.");
    CHECK(has(s, "Suez Canal"));
    CHECK(has(s, "Red Sea"));
    CHECK(has(s, "Indian Ocean"));
    CHECK(place_of("Snow closed passes in the Alps.", "Alps") == "Alps");
    // (A river named like its town keeps its river word: "Dnipro" stays the city.)
    CHECK(place_of("A missile hit Dnipro overnight.", "Dnipro") == "Dnipro");
}

TEST_CASE("general news: the war's countries and front count only in reports of the war", "[resolve][general]") {
    // (A Donetsk village is named New York; the city is meant in news from anywhere.)
    auto country_of = [](const std::string& text, const std::string& surface) -> std::string {
        for (const auto& m : read_text(text))
            if (m.surface == surface) return m.country.value_or("");
        return "";
    };
    CHECK(country_of("Prices in New York rose again in March.", "New York") == "US");
    CHECK(country_of("Russian troops advanced near New York in the Donetsk region.", "New York") == "UA");
}

TEST_CASE("general news: a first name opening the sentence and a verb after make the word between a surname",
          "[recognize][general]") {
    CHECK_FALSE(has(surfaces_of("Tom Brady threw three touchdowns."), "Brady"));
    // (Not after a preposition opening the sentence, nor a strong place.)
    CHECK(has(surfaces_of("In Valuyki a power substation was damaged."), "Valuyki"));
    CHECK(has(surfaces_of("Central Kyiv was hit overnight."), "Kyiv"));
}

TEST_CASE("general news: a state or province by its main name mid-sentence is a place, a compass word is not",
          "[recognize][general]") {
    CHECK(has(surfaces_of("Flooding hit parts of Wales on Sunday."), "Wales"));
    CHECK(has(surfaces_of("The strait's tides are among the fastest around Wales."), "Wales"));
    CHECK_FALSE(has(surfaces_of("Shelling continued in the East of the country."), "East"));
}

TEST_CASE("general news: a state's abbreviation with its stop after any name and a comma is the state", "[recognize][general]") {
    // (The gazetteer lacks Elk Falls; "Kan." is still Kansas, no Chinese town.)
    const auto s = surfaces_of("Jim Ross, 62, of Elk Falls, Kan., died Monday.");
    CHECK(place_of("Jim Ross, 62, of Elk Falls, Kan., died Monday.", "Kan") == "Kansas");
    // (A first name opening the sentence and an age after the comma make a person.)
    CHECK_FALSE(has(s, "Ross"));
}

TEST_CASE("general news: an auxiliary or a nationality opening the sentence names no person, nor 'the Bay' a province",
          "[recognize][general]") {
    CHECK(has(surfaces_of("Will Kupiansk hold out?"), "Kupiansk"));
    CHECK(has(surfaces_of("Ukrainian Avdiivka defenders repelled attacks."), "Avdiivka"));
    CHECK_FALSE(has(surfaces_of("Fans packed the Bay to watch the final."), "Bay"));
}

TEST_CASE("a state or prefecture in lower case after a name is the region, a capitalised State an office's name", "[recognize][general]") {
    auto ms = read_text("Flooding displaced thousands in Lagos state on Monday, and snow hit Aomori prefecture.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].surface == "Lagos state");
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(ms[1].kind == PlaceKind::admin1);
    ms = read_text("Wildfires forced evacuations in eastern Washington state.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(surfaces_of("The Assam State Disaster Management Authority issued a warning.").empty());
}

TEST_CASE("the whole run of names after a title is the person's, particles and all", "[recognize][general]") {
    CHECK(surfaces_of("Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva in Beijing.") ==
          std::vector<std::string>{"Beijing"});
    // (A Title Case headline is no such run.)
    CHECK(surfaces_of("President Zelensky Visits Kharkiv Front") == std::vector<std::string>{"Kharkiv"});
}

TEST_CASE("a team in a match's result is no place", "[recognize][general]") {
    CHECK(surfaces_of("Barcelona drew 1-1 with Sevilla on Sunday, and Liverpool beat Chelsea 2-0 at Anfield.").empty());
    // (A range of days or kilometres is no score.)
    CHECK(surfaces_of("On the night of 19-20 November, drones flew over Kursk and struck a depot near Lgov.") ==
          std::vector<std::string>{"Kursk", "Lgov"});
    CHECK(surfaces_of("Russian troops advanced 2-3 km and won positions near Pokrovsk.") == std::vector<std::string>{"Pokrovsk"});
}

TEST_CASE("review: numbers in war news are no score, and a state's noun after 'state' keeps the country", "[recognize][general]") {
    CHECK(surfaces_of("Russia has lost 30-40 tanks a week in its push to Pokrovsk, Ukraine's General Staff says.") ==
          std::vector<std::string>{"Pokrovsk"});
    CHECK(surfaces_of("Ukraine lost 5-6 drones over Belgorod on Tuesday.") == std::vector<std::string>{"Belgorod"});
    auto ms = read_text("Georgia state media reported protests in Tbilisi.");
    REQUIRE(!ms.empty());
    CHECK(ms[0].kind == PlaceKind::country);
}

TEST_CASE("general news: a place after a preposition opening the sentence is no person before an age", "[recognize][general]") {
    // ("Jim Ross, 62," is a person; "In Kharkiv, 12 people" a place and a count.)
    CHECK(has(surfaces_of("In Kharkiv, 12 people were injured in a drone attack overnight."), "Kharkiv"));
    CHECK(has(surfaces_of("Near Sumy, 40 homes were damaged."), "Sumy"));
}

TEST_CASE("general news: one word with a person's noun in apposition after its comma is a person", "[recognize][general]") {
    CHECK_FALSE(has(surfaces_of("\"They shelled the street all night,\" said Olha, a resident."), "Olha"));
    CHECK_FALSE(has(surfaces_of("Bohdan, a 34-year-old medic, said the shelling lasted hours."), "Bohdan"));
    CHECK(has(surfaces_of("Pokrovsk, a key logistics hub, came under fire."), "Pokrovsk"));
    CHECK(has(surfaces_of("Kharkiv, a man was killed."), "Kharkiv"));
}

TEST_CASE("general news: a nationality before a wide region or natural feature locates it", "[recognize][general]") {
    // A mountain range named with its country's adjective is still the range.
    CHECK(place_of("Ice and rock slammed into a Swiss Alps village on Wednesday.", "Alps") == "Alps");
    // A nationality before a small town's name still makes the pair one proper name.
    CHECK_FALSE(has(surfaces_of("He read European Pravda every morning."), "Pravda"));
}

TEST_CASE("general news: another spelling of a town is its name where it is listed beside a town of its country",
          "[recognize][general]") {
    // GeoNames files "Dhubri" as another name of Dhuburi: after two Assam towns it is that town.
    CHECK(place_of("The river rose at Tezpur, Guwahati and Dhubri on Monday.", "Dhubri") == "Dhuburi");
    // Beside a name of another country the obscure spelling stays a word.
    CHECK_FALSE(has(surfaces_of("Israel and Hamas agreed a truce."), "Hamas"));
}

TEST_CASE("general news: a city's name with 'City' after it is the city where the first word alone names it too",
          "[recognize][general]") {
    CHECK(place_of("Snow fell in Quebec City on Monday.", "Quebec City") == "Québec");
    CHECK(place_of("Strikes hit Gaza City overnight.", "Gaza City") == "Gaza");
    // (Words that name no place by themselves stay words: "White House" is no Casablanca.)
    CHECK_FALSE(has(surfaces_of("The White House said the talks would go on."), "White House"));
}

TEST_CASE("review: an English word in capitals is no state's code, and a country no compatriot of an obscure name",
          "[recognize][general]") {
    CHECK_FALSE(has(surfaces_of("ZELENSKY URGES ALLIES TO ACT AS RUSSIA POUNDS KHARKIV"), "ACT"));
    CHECK_FALSE(has(surfaces_of("The share of ACT test takers who met the benchmarks fell again."), "ACT"));
    CHECK_FALSE(has(surfaces_of("Talks between Germany and Hamas mediators stalled in Doha."), "Hamas"));
}

TEST_CASE("general news: a town named like a common word is that town throughout a document that names it surely",
          "[recognize][general]") {
    // The dateline names it; its capitalised uses mid-sentence are the same town.
    const auto dated = surfaces_of("GAP, France — Snow closed roads around Gap on Sunday, and drifts cut off farms near Gap.");
    CHECK(std::count(dated.begin(), dated.end(), "Gap") == 2);
    // ("the town of Gap": the words before ask for a settlement by name.)
    CHECK(has(surfaces_of("Snow closed roads in the town of Gap on Sunday."), "Gap"));
    // Without either, the word stays a word.
    CHECK_FALSE(has(surfaces_of("Snow closed roads around Gap on Sunday."), "Gap"));
}

TEST_CASE("general news: a capitalised State after a state abroad names that state", "[recognize][general]") {
    CHECK(place_of("Gunmen killed 12 farmers in Zamfara State on Tuesday.", "Zamfara State") == "Zamfara");
    // ("Kansas State" is a university; "Lagos State Government" an office.)
    CHECK_FALSE(has(surfaces_of("Kansas State beat Baylor on Saturday."), "Kansas State"));
    CHECK_FALSE(has(surfaces_of("The Lagos State Government said nothing."), "Lagos State"));
}

TEST_CASE("general news: a country naming a carrier is no place", "[recognize][general]") {
    const auto found = surfaces_of("A Kenya Airways flight was diverted to Mombasa after a bird strike.");
    CHECK_FALSE(has(found, "Kenya"));
    CHECK(has(found, "Mombasa"));
    CHECK_FALSE(has(surfaces_of("Japan Airlines cancelled flights to Osaka."), "Japan"));
}

TEST_CASE("general news: the leading words of a city's own name are its short form, not an obscure alternate",
          "[recognize][general]") {
    CHECK(place_of("Flights to Frankfurt resumed on Monday.", "Frankfurt") == "Frankfurt am Main");
    // (Only of a city of note: "Thursday" is no short form of Thursday Island.)
    CHECK(surfaces_of("The ferry sailed on Thursday.").empty());
}

namespace {

// Small towns of news from anywhere, below the bundled gazetteer's size,
// written for the test in GeoNames' columns (names and points of the real places).
const Gazetteer& small_towns() {
    static const Gazetteer g = test::gazetteer_of_rows(
        "small-towns",
        "5752129\tSisters\tSisters\t\t44.29095\t-121.54921\tP\tPPL\tUS\t\tOR\t\t\t\t2472\t\t974\tAmerica/Los_Angeles\t2024-01-01\n"
        "5470850\tHatch\tHatch\t\t32.66536\t-107.15307\tP\tPPL\tUS\t\tNM\t\t\t\t1600\t\t1238\tAmerica/Denver\t2024-01-01\n"
        "189189\tLokichokio\tLokichokio\tLokichoggio\t4.20771\t34.35378\tP\tPPL\tKE\t\t61\t\t\t\t11626\t\t650\tAfrica/Nairobi\t2024-01-01\n"
        "186180\tLodwar\tLodwar\t\t3.11911\t35.59723\tP\tPPLA\tKE\t\t61\t\t\t\t48316\t\t500\tAfrica/Nairobi\t2024-01-01\n"
        "1295301\tTachilek\tTachilek\tTachileik\t20.4475\t99.88083\tP\tPPLA2\tMM\t\t17\t\t\t\t51553\t\t380\tAsia/Yangon\t2024-01-01\n"
        "3521081\tCiudad Pemex\tCiudad Pemex\tPemex\t17.90\t-92.49\tP\tPPL\tMX\t\t27\t\t\t\t5000\t\t10\tAmerica/Mexico_City\t2024-01-01\n"
        "3996063\tMexico\tMexico\t\t23\t-102\tA\tPCLI\tMX\t\t00\t\t\t\t128932753\t\t\tAmerica/Mexico_City\t2024-01-01\n"
        "1327865\tMyanmar\tMyanmar\tBurma\t21\t96\tA\tPCLI\tMM\t\t00\t\t\t\t53708395\t\t\tAsia/Yangon\t2024-01-01\n",
        "US.OR\tOregon\tOregon\t5744337\nUS.NM\tNew Mexico\tNew Mexico\t5481136\n"
        "KE.61\tTurkana\tTurkana\t178914\nMM.17\tShan\tShan\t1297099\n");
    return g;
}

std::vector<std::string> small_town_surfaces(const std::string& text) {
    static Pipeline p(small_towns());
    std::vector<std::string> out;
    for (const auto& m : test::read_text_with(p, text)) out.push_back(m.surface);
    return out;
}

}  // namespace

TEST_CASE("general news: a town named like a common word is that town where its state follows it or its dateline names it",
          "[recognize][general]") {
    CHECK(has(small_town_surfaces("The pickup left the road about 8 miles northwest of Sisters, Ore., on Sunday."), "Sisters"));
    CHECK(has(small_town_surfaces("HATCH, N.M. (AP) \u2014 Growers say this year's harvest will be lighter than usual."), "HATCH"));
    // (Without either, the words stay words.)
    CHECK_FALSE(has(small_town_surfaces("The sisters met near the hatch."), "Sisters"));
}

TEST_CASE("general news: another name of a town is its name in a list a word of place opens, or after its country's possessive",
          "[recognize][general]") {
    CHECK(has(small_town_surfaces("Drought has hit herders around Kakuma and Lokichoggio this year."), "Lokichoggio"));
    CHECK(has(small_town_surfaces("Traders crossed from Myanmar's Tachileik on Monday."), "Tachileik"));
    // (Not a small place's other name after it: "Mexico's Pemex" is the company.)
    CHECK_FALSE(has(small_town_surfaces("Mexico's Pemex raised its output."), "Pemex"));
}

TEST_CASE("general news: a contraction is a pronoun and a verb, and the country before a number a route", "[recognize][general]") {
    CHECK_FALSE(has(surfaces_of("The driver said I've never seen it so bad."), "I've"));
    const auto route = surfaces_of("His pickup left U.S. 20 near Bend on Sunday.");
    CHECK_FALSE(has(route, "U.S."));
    // (The country itself stays one, before a year, a calibre or a unit's number too.)
    CHECK(has(surfaces_of("Trade with the U.S. rose 20 percent."), "U.S."));
    CHECK(has(surfaces_of("The first US 155mm shells arrived in March."), "US"));
    CHECK(has(surfaces_of("The US 101st Airborne Division deployed to Romania."), "US"));
}

TEST_CASE("general news: another name of a town joined by a hyphen to a town of its country is a route's end", "[recognize][general]") {
    CHECK(has(small_town_surfaces("Traders used the Lokichoggio-Lodwar road."), "Lokichoggio"));
}
