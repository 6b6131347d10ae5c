// Latin names of Ukrainian places written the Russian way.
#include <catch2/catch.hpp>

#include "frontline/text/russian_rendering.hpp"

using frontline::russian_rendering;

TEST_CASE("Russian renderings of Ukrainian place names are told from Ukrainian ones", "[text]") {
    CHECK(russian_rendering("Mirnograd", "Myrnohrad"));
    CHECK(russian_rendering("Gulyaypole", "Huliaipole"));
    CHECK(russian_rendering("Kurakhovo", "Kurakhove"));
    CHECK(russian_rendering("Selidovo", "Selydove"));
    CHECK(russian_rendering("Zvanovka", "Zvanivka"));
    CHECK(russian_rendering("Konstantinovka", "Kostyantynivka"));
    CHECK(russian_rendering("Peschanoye", "Pishchane"));
    CHECK(russian_rendering("Ivanopolye", "Ivanopillya"));
    CHECK(russian_rendering("Zaporozhye", "Zaporizhzhia"));
    // Ukrainian transliterations of either system are not Russian.
    CHECK_FALSE(russian_rendering("Kostiantynivka", "Kostyantynivka"));
    CHECK_FALSE(russian_rendering("Sloviansk", "Slovyansk"));
    CHECK_FALSE(russian_rendering("Kupiansk", "Kupyansk"));
    CHECK_FALSE(russian_rendering("Pokrovsk", "Pokrovsk"));
    CHECK_FALSE(russian_rendering("Kharkiv", "Kharkiv"));
    CHECK_FALSE(russian_rendering("Хрестище", "Khreshchyshche"));  // Latin names only
}
