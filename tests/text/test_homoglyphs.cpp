// Words mixing look-alike Latin and Cyrillic letters read in one script.
#include <catch2/catch.hpp>

#include "frontline/text/homoglyphs.hpp"

using namespace frontline;

TEST_CASE("homoglyphs: a mixed word takes the script of most of its letters", "[text][homoglyphs]") {
    CHECK(single_script("Kh\u0430rkiv") == "Kharkiv");  // a Cyrillic "а"
    CHECK(single_script("Xарків") == "Харків");         // a Latin "X"
    CHECK(single_script("Хaрків") == "Харків");         // a Latin "a"
    // One script: nothing to do. A letter with no look-alike: no guess.
    CHECK(single_script("Kharkiv").empty());
    CHECK(single_script("Харків").empty());
    CHECK(single_script("Харkiv").empty());
}
