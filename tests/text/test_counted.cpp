// Counts in messages: the noun in the right number.
#include <catch2/catch.hpp>

#include "frontline/text/counted.hpp"

using frontline::counted;

TEST_CASE("a count takes its noun in the singular for one, in the plural otherwise", "[text]") {
    CHECK(counted(1, "document") == "1 document");
    CHECK(counted(0, "document") == "0 documents");
    CHECK(counted(3, "input") == "3 inputs");
    CHECK(counted(2, "entry", "entries") == "2 entries");
    CHECK(counted(1, "entry", "entries") == "1 entry");
}
