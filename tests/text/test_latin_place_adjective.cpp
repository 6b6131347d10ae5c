// The towns a transliterated place adjective may be formed from
// (text/latin_place_adjective.hpp).
#include <catch2/catch.hpp>

#include <algorithm>

#include "frontline/text/latin_place_adjective.hpp"

using namespace frontline;

namespace {

bool has_base(std::string_view adjective, const char* town) {
    const auto b = latin_adjective_bases(adjective);
    return std::find(b.begin(), b.end(), town) != b.end();
}

}  // namespace

TEST_CASE("Latin place adjectives: the town behind a direction, a community or a plant", "[text][adjective]") {
    CHECK(has_base("kupianskyi", "kupiansk"));
    CHECK(has_base("pokrovskyi", "pokrovsk"));
    CHECK(has_base("kurakhivskyi", "kurakhove"));
    CHECK(has_base("myrivska", "myrove"));
    CHECK(has_base("beryslavska", "beryslav"));
    CHECK(has_base("poltavska", "poltava"));
    CHECK(has_base("toretskyi", "toretsk"));
    CHECK(has_base("marhanetska", "marhanets"));
    CHECK(has_base("zaporizkyi", "zaporizhzhia"));
    CHECK(has_base("novoshakhtinsky", "novoshakhtinsk"));
    CHECK(has_base("sudzhanskyi", "sudzha"));
    // Words of other shapes are no such adjectives.
    CHECK_FALSE(latin_place_adjective("kharkiv"));
    CHECK_FALSE(latin_place_adjective("risky"));
    CHECK(latin_adjective_bases("desk").empty());
}
