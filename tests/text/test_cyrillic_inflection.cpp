// Dictionary forms of inflected Ukrainian and Russian place names.
#include <catch2/catch.hpp>

#include <algorithm>

#include "frontline/text/cyrillic_inflection.hpp"

using namespace frontline;

namespace {
bool has_form(std::string_view word, std::string_view form) {
    auto v = cyrillic_base_forms(word);
    return std::find(v.begin(), v.end(), form) != v.end();
}
}  // namespace

TEST_CASE("Ukrainian closed syllables: Києву, Харкова, Чернігові, Глухові", "[text][inflection]") {
    CHECK(has_form("києву", "київ"));
    CHECK(has_form("харкова", "харків"));
    CHECK(has_form("чернігові", "чернігів"));
    CHECK(has_form("глухові", "глухів"));
    CHECK(has_form("миколаєва", "миколаїв"));
}

TEST_CASE("adjectival names after any -ьк- or -к- stem", "[text][inflection]") {
    CHECK(has_form("донецькій", "донецька"));
    CHECK(has_form("луганської", "луганська"));
    CHECK(has_form("донецкой", "донецкая"));
    CHECK(has_form("херсонской", "херсонская"));
    CHECK(has_form("торецька", "торецьк"));
    CHECK(has_form("бердянська", "бердянськ"));
}

TEST_CASE("neuter -о and feminine -ь nouns", "[text][inflection]") {
    CHECK(has_form("дніпрі", "дніпро"));
    CHECK(has_form("области", "область"));
}

TEST_CASE("short words give no forms", "[text][inflection]") {
    CHECK(cyrillic_base_forms("чим").empty());
    CHECK(cyrillic_base_forms("").empty());
}
