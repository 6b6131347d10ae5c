// A region named right after a place decides among its namesakes; a city and
// its oblast stay apart in one document; every Cyrillic form of a name is a
// candidate (issue 14).
#include <catch2/catch.hpp>

#include "../recognize/recognize_test_support.hpp"

using namespace frontline;
using test::read_text;

TEST_CASE("a stated region picks the namesake inside it", "[resolve][qualifier]") {
    auto ms = read_text("Shelling hit Sumy, Sumy Oblast, and Kherson, Kherson Oblast.");
    REQUIRE(ms.size() == 4);
    CHECK(ms[0].kind == PlaceKind::settlement);
    CHECK(ms[1].kind == PlaceKind::admin1);
    CHECK(ms[2].kind == PlaceKind::settlement);
    CHECK(ms[3].kind == PlaceKind::admin1);
}

TEST_CASE("a town after a comma in a list is another item, not the region of the name before it", "[resolve][qualifier]") {
    // (Not Kharkivka of Sumy Oblast, as "Krasnopil, Sumy region" is Krasnopillia.)
    auto ms = read_text("Russia attacked Kharkiv, Sumy and Poltava with drones overnight.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].place_name == "Kharkiv");
    CHECK(ms[1].place_name == "Sumy");
}

TEST_CASE("a city stays the city where the document also names its region", "[resolve][qualifier]") {
    auto ms = read_text("Drones attacked the Belgorod region at night. In Belgorod, two people were hurt.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(ms[1].kind == PlaceKind::settlement);
}

TEST_CASE("inflected Cyrillic names resolve to the town, not a village spelt like the case form", "[resolve][qualifier]") {
    auto ms = read_text("Бої точаться біля Торецька і Бердянська. Вибухи у Дніпрі та Києві.");
    REQUIRE(ms.size() == 4);
    CHECK(ms[0].place_name == "Toretsk");
    CHECK(ms[1].place_name.value_or("").starts_with("Berd"));
    CHECK(ms[1].place_name != "Berdyanske");
    CHECK(ms[2].place_name == "Dnipro");
    CHECK(ms[3].place_name == "Kyiv");
}

TEST_CASE("Cyrillic oblast names in any case and in lists", "[resolve][qualifier]") {
    auto ms = read_text("Обстріли в Донецькій області. Войска в Херсонской области. Тривоги у Сумській, Київській областях.");
    REQUIRE(ms.size() == 4);
    for (const auto& m : ms) CHECK(m.kind == PlaceKind::admin1);
}

TEST_CASE("a place's own main name wins a tie over another place's alternate", "[resolve][qualifier]") {
    // GeoNames lists "Slovyansk" as the main name of Sloviansk and as an
    // alternate of Nikopol, of nearly the same population.
    auto ms = read_text("Slovyansk was shelled overnight.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].admin1 == "Donetsk Oblast");
}

TEST_CASE("a bare name in a war report: the namesake where the front runs over one beside it", "[resolve][qualifier]") {
    // Pervomaisk of Luhansk Oblast (now Sokolohirsk) against the larger one of
    // Mykolaiv Oblast, which the front has not crossed since 2022.
    auto ms = read_text("Fighting near Pervomaisk.");
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].admin1 == "Luhansk Oblast");
}

TEST_CASE("a continent is the continent, not a town that once bore its name", "[resolve][qualifier]") {
    auto ms = read_text("Africa and Asia face grain shortages.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name == "Africa");
    CHECK(ms[1].place_name == "Asia");
    // Crimea the republic, not the peninsula, where both are named so.
    auto crimea = read_text("Drones attacked Crimea overnight.");
    REQUIRE(crimea.size() == 1);
    CHECK(crimea[0].kind == PlaceKind::admin1);
}

TEST_CASE("a stated region asks for its settlement spelt almost so, over an exact spelling elsewhere", "[resolve][qualifier]") {
    auto krasnopil = read_text("Krasnopil, Sumy region, was shelled.");
    REQUIRE(krasnopil.size() == 2);
    CHECK(krasnopil[0].admin1 == "Sumy Oblast");
    // A list of regions under one plural word is no town qualified by the next region.
    auto regions = read_text("Drones hit the Kharkiv, Sumy and Odesa regions overnight.");
    REQUIRE(regions.size() == 3);
    for (const auto& m : regions) CHECK(m.kind == PlaceKind::admin1);
    CHECK(regions[0].place_name == "Kharkiv Oblast");
    // "in" a region places the name as firmly as a comma does.
    // (Two regions in the sentence: each places the name before it.)
    auto ivanivka = read_text("Russian forces seized Novohryhorivka in Dnipropetrovsk Oblast and Ivanivka in Zaporizhzhia Oblast.");
    REQUIRE(ivanivka.size() == 4);
    CHECK(ivanivka[2].admin1 == "Zaporizhzhia Oblast");
    ivanivka = read_text("Fighting continues near Ivanivka in the Kharkiv region.");
    REQUIRE(ivanivka.size() == 2);
    CHECK(ivanivka[0].admin1 == "Kharkiv Oblast");
    CHECK(ivanivka[0].kind == PlaceKind::settlement);
    auto shakhtarsk = read_text("Shakhtarsk (Dnipro region) was hit.");
    REQUIRE(shakhtarsk.size() == 2);
    CHECK(shakhtarsk[0].admin1 == "Dnipropetrovsk Oblast");
}

TEST_CASE("a region's genitive right after a Cyrillic name qualifies it", "[resolve][qualifier]") {
    auto ms = read_text("Ворог обстріляв Іванівку Харківської області.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name == "Ivanivka");
    CHECK(ms[0].admin1 == "Kharkiv Oblast");
    // A list of regions is no qualifier of one by the next.
    auto regions = read_text("Тривога оголошена у Київській, Чернігівській областях.");
    for (const auto& m : regions) CHECK(m.kind == PlaceKind::admin1);
    REQUIRE(regions.size() == 2);
    CHECK(regions[0].admin1 == "Kyiv Oblast");
}

TEST_CASE("a town in a list before another town's region is a town - a list of region adjectives shares the region word",
          "[resolve][qualifier]") {
    auto ms = read_text("Артиллерия нанесла поражение противнику в районах населённых пунктов Херсон и Антоновка Херсонской области.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].kind == PlaceKind::settlement);
    CHECK(ms[0].place_name == "Kherson");
    CHECK(ms[2].kind == PlaceKind::admin1);
    // (Adjectives in any case share it: "Сумську та Харківську області".)
    auto regions = read_text("Ворог атакував Сумську та Харківську області дронами.");
    REQUIRE(regions.size() == 2);
    for (const auto& m : regions) CHECK(m.kind == PlaceKind::admin1);
}

TEST_CASE("a village the gazetteer lacks is placed in the region that qualifies it, not at a namesake far off",
          "[resolve][qualifier]") {
    auto ms = read_text("Подразделения группировки «Центр» освободили населенный пункт Рыбное Днепропетровской области.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].surface == "Рыбное");
    CHECK(ms[0].admin1 == "Dnipropetrovsk Oblast");
    CHECK(ms[0].geo_precision == GeoPrecision::region);
    CHECK(ms[0].claim == ClaimType::captured);
    // (The qualifier holds the village's claim; it claims nothing itself.)
    CHECK_FALSE(ms[1].claim);
    // A region opening the next line is the next post's heading, no qualifier
    // of the village ending the line before.
    auto posts = read_text("Обстріляли Кіндрашівку.\nСумська область: ворог обстріляв 5 громад.");
    REQUIRE(posts.size() == 2);
    CHECK(posts[0].place_name == "Kindrashivka");
    // Only a region named as one places it: a town of a list is no qualifier.
    auto list = read_text("Окупанти обстрілювали наші міста. Харків, Чернігів, Суми.");
    REQUIRE(list.size() == 3);
    for (const auto& m : list) CHECK(m.kind == PlaceKind::settlement);
}

TEST_CASE("a front is named after a town, never after a city's district", "[resolve][qualifier]") {
    auto ms = read_text("На Олександрівському напрямку ворог атакував позиції біля Вербового.");
    REQUIRE_FALSE(ms.empty());
    CHECK(ms[0].place_name == "Oleksandrivka");
    // A town's own former name is no longer it: "Слов'янськ" is Sloviansk, not Nikopol.
    auto sl = read_text("У Слов'янську пролунали вибухи.");
    REQUIRE(sl.size() == 1);
    CHECK(sl[0].admin1 == "Donetsk Oblast");
    auto ol = read_text("В Олександрівці тривають бої.");
    REQUIRE(ol.size() == 1);
    CHECK(ol[0].place_name == "Oleksandrivka");
}

TEST_CASE("a direction named after a town is that town's, not a town whose short form shares its name", "[resolve][qualifier]") {
    // (Kupiansk-Vuzlovyi's short form is "Kupiansk" too.)
    auto ms = read_text("The enemy attacked near Ivanivka in the Kupiansk direction.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].place_name == "Kupyansk");
    auto ku = read_text("Fighting continues in the Kurakhiv direction.");
    REQUIRE(ku.size() == 1);
    CHECK(ku[0].place_name == "Kurakhove");
}

TEST_CASE("a place the document names by its own name is not named again by a former one", "[resolve][qualifier]") {
    auto ms = read_text("Уламки впали у Нікополі. У Слов'янську пролунали вибухи.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].place_name == "Nikopol");
    CHECK(ms[1].admin1 == "Donetsk Oblast");
    // Right beside it, the former name is the same place's.
    auto pair = read_text("Fighting near Sokolohirsk (formerly Pervomaisk).");
    REQUIRE(pair.size() == 2);
    CHECK(pair[1].admin1 == "Luhansk Oblast");
}

TEST_CASE("a common name a village bore before its renaming is one of the places that bear it now", "[resolve][qualifier]") {
    // (Balabyne and Bilozerka, larger than most of their namesakes, were a
    // Petrivka and an Ivanivka until 2016.)
    auto pe = read_text("Бої тривають біля Петрівки.");
    REQUIRE(pe.size() == 1);
    CHECK(pe[0].place_name.value_or("").starts_with("Petr"));
    auto iv = read_text("Fighting near Petrivka and Ivanivka continued. Росіяни зайняли Іванівку.");
    REQUIRE(iv.size() == 3);
    CHECK(iv[0].place_name.value_or("").starts_with("Petr"));
    CHECK(iv[2].place_name == "Ivanivka");
    // A renamed town's famous old name that no other place bears stays its own.
    auto ba = read_text("Бои идут у Артемовска.");
    REQUIRE(ba.size() == 1);
    CHECK(ba[0].place_name == "Bakhmut");
}

TEST_CASE("a state that holds the towns named around it is the state, not the country of its name", "[resolve][qualifier]") {
    auto ms = read_text("Georgia Gov. Brian Kemp declared a state of emergency in Atlanta and Savannah.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[0].kind == PlaceKind::admin1);
    CHECK(ms[0].country == "US");
    CHECK(ms[2].country == "US");
    auto ge = read_text("In Tbilisi, protesters gathered outside the parliament of Georgia.");
    REQUIRE(ge.size() == 2);
    CHECK(ge[1].kind == PlaceKind::country);
}

TEST_CASE("a district of a city the text names lies in that city - a namesake far away is another place", "[resolve][qualifier]") {
    auto ms = read_text("Drones struck Volgograd overnight.\n\nDebris damaged houses in the city's Krasnoarmeysky district.\n\n"
                        "A drone hit a building in Kyiv's Obolon district.");
    REQUIRE(ms.size() == 4);
    // (Krasnoarmiiskyi was the name of Ukraine's Pokrovsk Raion, 600 km away.)
    CHECK(ms[1].place_name == "Volgograd");
    // A district the gazetteer knows inside the city stays itself.
    CHECK(ms[3].place_name == "Obolon");
}

TEST_CASE("a city district named right after its city, a preposition echoed, lies in that city, not in Kyiv", "[resolve][qualifier]") {
    auto ms = read_text("Вчера вечером снова прилёт по Донецку — по Киевскому району.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].place_name == ms[0].place_name);
    CHECK(ms[1].admin1 == "Donetsk Oblast");
    auto kh = read_text("У Харкові, в Київському районі, пролунали вибухи.");
    REQUIRE(kh.size() == 2);
    CHECK(kh[1].admin1 == "Kharkiv Oblast");
}

TEST_CASE("a city's district the report names apart from its city lies in the city it names, not in a namesake's", "[resolve][qualifier]") {
    // (The gazetteer knows Kyivskyi districts of Donetsk and Poltava, bigger by
    // population, and Kharkiv's from data/gazetteer/city-districts.tsv.)
    auto ms = read_text("Russian drones struck Kharkiv overnight, the mayor said.\n\n"
                        "Strikes were recorded in Kyivskyi district. In Kyivskyi district, a drone hit a high-rise building.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[1].admin1 == "Kharkiv Oblast");
    CHECK(ms[2].admin1 == "Kharkiv Oblast");
    CHECK(ms[1].place_id == std::optional<std::string>("user:kharkiv-kyivskyi"));
    // A district near a town the report names is that town's own.
    ms = read_text("Russian shelling hit Donetsk. Strikes were recorded in Kyivskyi district.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].place_name == "Kyivskyi");
    CHECK(ms[1].admin1 == "Donetsk Oblast");
}

TEST_CASE("a region listed before a name is its sibling, not its container - a table's column still holds it",
          "[resolve][qualifier]") {
    // Nikopol the city (Dnipropetrovsk Oblast), not the hamlet of Kharkiv Oblast.
    auto ms = read_text("Сьогодні обстрілів зазнали Харківщина, Запоріжжя, Нікополь.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[2].place_id == "geonames:700051");
    ms = read_text("Ukraine,Kharkiv Oblast,,Nikopol,2");
    REQUIRE(ms.size() == 3);
    CHECK(ms[2].place_id == "geonames:9103943");
}

TEST_CASE("a district named beside a regional capital is the capital's, whatever GeoNames counts of its people",
          "[resolve][qualifier]") {
    // (GeoNames lists Kherson at 66,000: a region's capital has its districts all the same.)
    auto ms = read_text("Kherson came under shelling throughout the day: a man was killed in the Dniprovskyi district.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[1].admin1 == "Kherson Oblast");
}

TEST_CASE("a quarter of a town is drawn at its town - named after it or before it - never at a foreign namesake", "[resolve][qualifier]") {
    // (GeoNames has a Kanal in Slovenia; the quarter is Chasiv Yar's.)
    auto after = read_text("Footage shows troops raising a flag in the Kanal microdistrict in eastern Chasiv Yar.");
    REQUIRE(after.size() == 2);
    CHECK(after[0].place_name == "Chasiv Yar");
    CHECK(after[0].geo_precision == GeoPrecision::near);
    auto before = read_text("Russian troops reached the outskirts of Chasiv Yar.\n\n"
                            "Heavy fighting went on for the Kanal microdistrict all week.");
    REQUIRE(before.size() == 2);
    CHECK(before[1].place_name == "Chasiv Yar");
    // (A district is no quarter: a raion named alone stays itself.)
    auto raion = read_text("Kupiansk came under fire. Shelling also hit the Izium district.");
    REQUIRE(raion.size() == 2);
    CHECK(raion[1].place_name != "Kupiansk");
}

TEST_CASE("one qualified mention names the namesake of the bare mentions around it", "[resolve][qualifier]") {
    // Three bare "London" would outvote the qualified one if each mention's
    // standing were counted again: a place's standing counts once.
    auto ms = read_text("Crash near London, Ont.\nThe highway west of London was closed. A woman was taken to hospital in London. "
                        "Police in London asked for witnesses.");
    REQUIRE(ms.size() == 5);
    for (std::size_t i : {0u, 2u, 3u, 4u}) {
        INFO(i);
        CHECK(ms[i].country == "CA");
    }
    // (Nor does one row's region outvote the rest: a country before a region
    // in a table row is no village of that region.)
    auto rows = read_text("UW0001,2022-02-24,Russian military movement,46.76,33.38,Ukraine,Kherson Oblast,,Nova Kakhovka,,1\n"
                          "UW0002,2022-02-25,Shelling,46.70,32.60,Ukraine,Kherson Oblast,,Kherson,,1\n"
                          "UW0003,2022-02-25,Shelling,46.70,32.60,Ukraine,Kherson Oblast,,Oleshky,,1");
    for (const auto& m : rows)
        if (m.surface == "Ukraine") CHECK(m.kind == PlaceKind::country);
}

TEST_CASE("a qualifier's country speaks where none of the name's namesakes lies in its region", "[resolve][qualifier]") {
    // The bundled gazetteer holds the Paris of Texas, not the one of Tennessee.
    auto ms = read_text("A purse was stolen in Paris, Tenn., on Monday.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].country == "US");
    // (A country's name qualified in prose is the town: "Lebanon, Pa.")
    auto lebanon = read_text("Police in Lebanon, Pa., said a man was held.");
    REQUIRE_FALSE(lebanon.empty());
    CHECK(lebanon[0].country == "US");
}

TEST_CASE("a region's short name in brackets after a town is the region that holds it", "[resolve][qualifier]") {
    auto ms = read_text("Russian troops captured Yalta (Donetsk) on Tuesday. Russian forces shelled Nikopol (Dnipropetrovsk).");
    REQUIRE(ms.size() == 4);
    CHECK(ms[1].kind == PlaceKind::admin1);
    CHECK(ms[1].place_name == "Donetsk Oblast");
    CHECK(ms[3].kind == PlaceKind::admin1);
    CHECK(ms[2].admin1 == "Dnipropetrovsk Oblast");
    // (A town's former name that is also its region's is the town: "Dnipro (Dnipropetrovsk)".)
    auto former = read_text("Russian missiles hit Dnipro (Dnipropetrovsk) overnight.");
    REQUIRE(former.size() == 2);
    CHECK(former[1].kind == PlaceKind::settlement);
    // (Another name of the town in brackets stays the town: "Pokrovsk (Krasnoarmiisk)".)
    auto other = read_text("Russian forces advanced near Pokrovsk (Krasnoarmiisk).");
    REQUIRE(other.size() == 2);
    CHECK(other[1].kind == PlaceKind::settlement);
}

TEST_CASE("a country after a town, as its qualifier, decides among namesakes abroad", "[resolve][qualifier]") {
    auto ms = read_text("Clashes erupted in Tripoli, Lebanon, on Friday.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].country == "LB");
}

TEST_CASE("of a qualifier's readings, the state that holds a namesake of the town before it", "[resolve][qualifier]") {
    // (Georgia the country holds no Athens; the state holds one.)
    auto ms = read_text("The Bulldogs play in Athens, Georgia, on Saturday.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].country == "US");
    CHECK(ms[1].kind == PlaceKind::admin1);
    // (A list of towns is no qualifier of the oblast's short form: "Lviv, Dnipro" is the city.)
    auto list = read_text("Russian missiles hit Kyiv, Lviv and Dnipro in the morning rush hour.");
    REQUIRE(list.size() == 3);
    CHECK(list[2].kind == PlaceKind::settlement);
}

TEST_CASE("a state named nearby does not pull a place of note to its small namesake", "[resolve][qualifier]") {
    auto ms = read_text("Ministers met in Paris on Monday to discuss Ukraine. Separately, wildfires burned across Texas.");
    REQUIRE(!ms.empty());
    CHECK(ms[0].country == "FR");
    ms = read_text("WASHINGTON — The Senate voted on Tuesday. Governor JB Pritzker of Illinois criticised the vote.");
    REQUIRE(!ms.empty());
    CHECK(ms[0].admin1 != "Illinois");
    // (The qualifier right after the name still decides.)
    ms = read_text("Paris, Texas — A fire destroyed a barn on Tuesday.");
    REQUIRE(!ms.empty());
    CHECK(ms[0].country == "US");
}

TEST_CASE("a country is not drawn to its capital where the document names the capital by its own name", "[resolve][qualifier]") {
    auto ms = read_text("Protests spread across Mexico on Sunday, with the largest march in Mexico City.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].kind == PlaceKind::country);
    CHECK(ms[1].kind == PlaceKind::settlement);
}

namespace {

// A gazetteer of two Londons and a London quarter, written for the test
// (GeoNames' columns; names and points of the real places).
const Gazetteer& two_londons() {
    static const Gazetteer g = test::gazetteer_of_rows(
        "two-londons",
        "2643743\tLondon\tLondon\t\t51.50853\t-0.12574\tP\tPPLC\tGB\t\tENG\t\t\t\t8961989\t\t25\tEurope/London\t2024-01-01\n"
        "6545250\tLambeth\tLambeth\t\t51.49\t-0.11\tP\tPPLX\tGB\t\tENG\t\t\t\t6000\t\t5\tEurope/London\t2024-01-01\n"
        "6058560\tLondon\tLondon\t\t42.98339\t-81.23304\tP\tPPL\tCA\t\t08\t\t\t\t346765\t\t252\tAmerica/Toronto\t2024-01-01\n",
        "GB.ENG\tEngland\tEngland\t6269131\nCA.08\tOntario\tOntario\t6093943\n");
    return g;
}

}  // namespace

TEST_CASE("a region qualifying one mention of a city says which namesake its quarters belong to", "[resolve][qualifier]") {
    static Pipeline p(two_londons());
    const auto ms = test::read_text_with(p, "London, Ont., council backs a bus route to Lambeth\n"
                                            "LONDON, Ont. \u2014 City council voted on Tuesday to fund a route linking "
                                            "downtown London with the village of Lambeth.");
    int londons = 0;
    for (const auto& m : ms)
        if (m.surface == "London" || m.surface == "LONDON") {
            ++londons;
            CHECK(m.country == "CA");
        }
    CHECK(londons == 3);
    // (The quarter of the other London is not drawn to it.)
    for (const auto& m : ms)
        if (m.surface == "Lambeth") CHECK(m.country != "GB");
}

TEST_CASE("namesakes with qualifiers of their own in one story each keep their own", "[resolve][qualifier]") {
    auto ms = read_text("A teacher began her tour in 2022 with Paris, Tex., where she posed beside the town's Eiffel Tower "
                        "replica. She hopes to see Paris, France, next year.");
    REQUIRE(ms.size() == 4);
    CHECK(ms[0].admin1 == "Texas");
    CHECK(ms[2].country == "FR");
    // (Of the readings in its qualifier, the best: the city, not its airport.)
    auto sisters = read_text("Odessa, Texas, and Odessa, Ukraine, are sister cities.");
    REQUIRE(sisters.size() == 4);
    CHECK(sisters[2].country == "UA");
    CHECK(sisters[2].kind == PlaceKind::settlement);
}
