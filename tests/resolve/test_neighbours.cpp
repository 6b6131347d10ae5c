// A village is the namesake that lies near the places named with it, however
// GeoNames spells it: by its Russian name in Latin letters only, or decided
// only once a neighbour's own reading has settled (issue 14).
#include <catch2/catch.hpp>

#include "../recognize/recognize_test_support.hpp"

using namespace frontline;
using test::read_text;

TEST_CASE("a Russian spelling reaches a village GeoNames names in Latin letters only, and the neighbour decides",
          "[resolve][neighbours]") {
    // (Кам'янське of Zaporizhzhia Oblast carries "Kamenskoye" but no "Каменское";
    // the city of Dnipropetrovsk Oblast carries both.)
    auto ms = read_text("ВСУ предприняли попытку атаковать позиции у Каменского и Малых Щербаков — атака отбита.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].admin1 == "Zaporizhzhia Oblast");
    CHECK(ms[1].place_name == "Mali Shcherbaky");
}

TEST_CASE("a neighbour settled by the sector's town places the village before it", "[resolve][neighbours]") {
    // Невське is found near Lyman only once context is read; Макіївка then lies
    // next to it in Luhansk Oblast, not in Donetsk's city of 340,000.
    auto ms = read_text("На Лиманському напрямку — 12 атак біля Макіївки, Невського, Тернів.");
    REQUIRE(ms.size() >= 3);
    CHECK(ms[1].surface == "Макіївки");
    CHECK(ms[1].admin1 == "Luhansk Oblast");
}

TEST_CASE("Kharkiv's districts, which GeoNames lacks, are places of the city", "[resolve][neighbours]") {
    auto ms = read_text("Уночі росіяни вдарили по Харкову: в Основ'янському районі пошкоджено склад, у Холодногірському районі — "
                        "багатоповерхівку.");
    REQUIRE(ms.size() == 3);
    CHECK(ms[1].place_id == std::optional<std::string>("user:kharkiv-osnovianskyi"));
    CHECK(ms[2].place_id == std::optional<std::string>("user:kharkiv-kholodnohirskyi"));
    auto en = read_text("In Kharkiv, a drone hit a high-rise in the Kholodnohirskyi district.");
    REQUIRE(en.size() == 2);
    CHECK(en[1].place_id == std::optional<std::string>("user:kharkiv-kholodnohirskyi"));
}

TEST_CASE("the air bases of the deep strikes are facilities of the bundled gazetteer, by their bare names too",
          "[resolve][neighbours]") {
    auto ms = read_text("Drones struck Belaya in the Irkutsk region, Olenya in the Murmansk region and Dyagilevo in the Ryazan region.");
    REQUIRE(ms.size() == 6);
    CHECK(ms[0].place_id == std::optional<std::string>("user:belaya-air-base"));
    CHECK(ms[2].place_id == std::optional<std::string>("user:olenya-air-base"));
    CHECK(ms[4].place_id == std::optional<std::string>("user:dyagilevo-air-base"));
    auto ru = read_text("Силы ПВО отработали по воздушной цели в районе Бельбека.");
    REQUIRE(ru.size() == 1);
    CHECK(ru[0].place_id == std::optional<std::string>("user:belbek-air-base"));
}

TEST_CASE("outside the war, a name lies where the document's other places lie", "[resolve][neighbours]") {
    // Victoria the Australian state, not Hong Kong's Victoria, among Victorian towns.
    auto ms = read_text("Bushfire threatens towns in western Victoria\nResidents of Ballarat and Warrnambool were told to "
                        "leave, while those in Geelong should watch for embers. Relief centres opened in Bendigo.");
    REQUIRE_FALSE(ms.empty());
    CHECK(ms[0].surface == "Victoria");
    CHECK(ms[0].country == "AU");
    // (What the whole document says counts once for all mentions of a name:
    // the Moscow of a war report stays Russia's among American places.)
    auto war = read_text("Moscow uses expendable troops, a Russian MP said. Officials in Washington, New York and Chicago "
                         "said Moscow had lost thousands. Moscow denied it. Analysts in Boston said Moscow would recruit more.");
    for (const auto& m : war)
        if (m.surface == "Moscow") CHECK(m.country == "RU");
}
