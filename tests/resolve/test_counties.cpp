// Second-level areas among their namesakes: the state named with a county
// decides which of the many "Jackson County" it is; a county does not outrank
// a town of its bare name unless the document's other places ask for it.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../recognize/recognize_test_support.hpp"

using namespace frontline;
using test::read_text;
using test::find_surface;

TEST_CASE("counties: the state after a county's name picks the namesake inside it", "[resolve][admin2]") {
    auto oregon = read_text("Jackson County, Oregon, opened two shelters for people fleeing the fire.");
    const Mention* m = find_surface(oregon, "Jackson County");
    REQUIRE(m);
    CHECK(m->kind == PlaceKind::admin2);
    CHECK(m->admin1 == "Oregon");
    auto mississippi = read_text("Deputies in Jackson County, Mississippi, closed the beach road.");
    m = find_surface(mississippi, "Jackson County");
    REQUIRE(m);
    CHECK(m->admin1 == "Mississippi");
}

TEST_CASE("counties: a state named elsewhere in the paragraph picks the county", "[resolve][admin2]") {
    auto ms = read_text("Georgia officials said the storm flattened barns in Harris County overnight.");
    const Mention* m = find_surface(ms, "Harris County");
    REQUIRE(m);
    CHECK(m->admin1 == "Georgia");
}

TEST_CASE("counties: a city keeps its bare name beside its county", "[resolve][admin2]") {
    auto ms = read_text("Rescuers in Houston waded through water as Harris County opened shelters.");
    REQUIRE(ms.size() == 2);
    CHECK(ms[0].surface == "Houston");
    CHECK(ms[0].kind == PlaceKind::settlement);
    CHECK(ms[1].kind == PlaceKind::admin2);
    CHECK(ms[1].admin1 == "Texas");
}

TEST_CASE("counties: a bare name shared by a county and towns follows the document", "[resolve][admin2]") {
    // Among English places, Somerset is the county ...
    auto uk = read_text("Flooding closed roads in Wiltshire and Somerset, and trains from Bristol to Bath were cancelled.");
    const Mention* s = find_surface(uk, "Somerset");
    REQUIRE(s);
    CHECK(s->kind == PlaceKind::admin2);
    CHECK(s->country == "GB");
    const Mention* w = find_surface(uk, "Wiltshire");
    REQUIRE(w);
    CHECK(w->kind == PlaceKind::admin2);
    // ... and with an American state after it, the town there.
    auto us = read_text("A storm knocked out power in Somerset, Massachusetts, and in nearby Fall River.");
    s = find_surface(us, "Somerset");
    REQUIRE(s);
    CHECK(s->kind == PlaceKind::settlement);
    CHECK(s->admin1 == "Massachusetts");
}

TEST_CASE("counties: between two states the report names, the one most of its places lie in holds the county",
          "[resolve][admin2]") {
    auto ms = read_text("Power was out in Atlanta and Macon, Ga., on Monday. Flooding also closed roads in Toledo, Dayton, "
                        "Akron and Columbus, Ohio. Henry County schools stayed closed.");
    const Mention* m = find_surface(ms, "Henry County");
    REQUIRE(m);
    CHECK(m->admin1 == "Ohio");
}
