// Credit lines: the writers' and editors' names in them are people, the place
// a writer files from stays a place. Lines written for these tests.
#include <catch2/catch.hpp>
#include <string>

#include "../recognize/recognize_test_support.hpp"
#include "frontline/document/credit_line.hpp"

using namespace frontline;
using test::surfaces_of;

namespace {

bool credited(const std::string& text, std::string_view word) { return in_credit_names(text, text.find(word)); }

}  // namespace

TEST_CASE("credit lines: a short line of capitalised names after By names people", "[document][credit]") {
    CHECK(credited("By Charlotte Edwards, Sydney Ember and Florence Lo", "Sydney"));
    CHECK(credited("By ILLIA NOVIKOV and SUSIE BLANN", "ILLIA"));
    CHECK(credited("Reporting by Max Hunder; Editing by Alex Richardson", "Richardson"));
    CHECK(credited("(Writing by Lidia Kelly in Melbourne; Editing by Jordan Hayes)", "Hayes"));
    // The place a writer files from, and a narrative's "By", are no credit.
    CHECK_FALSE(credited("Writing by Lidia Kelly in Melbourne; Editing by Jordan Hayes", "Melbourne"));
    CHECK_FALSE(credited("By Sunday, Russian troops had captured Kupiansk.", "Kupiansk"));
    CHECK_FALSE(credited("By late June Russian forces held Lysychansk.", "Lysychansk"));
    CHECK_FALSE(credited("Drones hit Sydney Street in Kyiv.", "Sydney"));
}

TEST_CASE("credit lines: no place is found among the names of a report's writers", "[recognize][credit]") {
    CHECK(surfaces_of("By Charlotte Edwards, Sydney Ember and Florence Lo\n\nRussian drones hit Kharkiv overnight.") ==
          std::vector<std::string>{"Kharkiv"});
}

TEST_CASE("credit lines: a credit stands at a line's start or after a bracket or semicolon, before a name", "[document][credit]") {
    CHECK_FALSE(credited("Explosions were reported by residents of Kharkiv and Sumy.", "Kharkiv"));
    CHECK_FALSE(credited("The strike was reported by the governor of Kharkiv region.", "Kharkiv"));
    CHECK(credited("Reporting by Max Hunder; editing by Alex Richardson", "Richardson"));
}
