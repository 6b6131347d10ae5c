// Other transliterations of a Ukrainian or Russian place's name: Ukrainian
// and Russian forms, national and English systems, machine translation.
#include <catch2/catch.hpp>

#include "frontline/recognize/romanization_index.hpp"
#include "recognize_test_support.hpp"

using namespace frontline;
using test::read_text;
using test::surfaces_of;

TEST_CASE("romanization skeleton: the spellings of one name meet", "[recognize][romanization]") {
    CHECK(romanization_skeleton("hulyaypole") == romanization_skeleton("huliaipole"));
    CHECK(romanization_skeleton("huliapole") == romanization_skeleton("gulyaypole"));
    CHECK(romanization_skeleton("verkhnya krynitsa") == romanization_skeleton("verkhnia krynytsia"));
    CHECK(romanization_skeleton("pleshchyivka") == romanization_skeleton("pleshchiivka"));
    CHECK(romanization_skeleton("ananiev") == romanization_skeleton("ananyiv"));
    CHECK(romanization_skeleton("tyotkino") == romanization_skeleton("tetkino"));  // ё as "yo" or "e"
    CHECK(romanization_skeleton("semyonovka") == romanization_skeleton("semenivka"));
    CHECK(romanization_skeleton("zaporizhzhia") == romanization_skeleton("zaporizhia"));
    CHECK(romanization_skeleton("sudja") == romanization_skeleton("sudzha"));
    // Russian forms of Ukrainian names: -ovka/-ivka, -ovskoe/-ivske, -ovo/-ove.
    CHECK(romanization_skeleton("novoselidovka") == romanization_skeleton("novoselydivka"));
    CHECK(romanization_skeleton("ostapovskoe") == romanization_skeleton("ostapivske"));
    CHECK(romanization_skeleton("kurakhovo") == romanization_skeleton("kurakhove"));
    CHECK(romanization_skeleton("krasnogorovka") == romanization_skeleton("krasnohorivka"));
    // Different names stay apart.
    CHECK(romanization_skeleton("pokrovsk") != romanization_skeleton("pokrovske"));
    CHECK(romanization_skeleton("kupiansk") != romanization_skeleton("kurakhove"));
}

TEST_CASE("a village in another transliteration is found where a place is expected", "[recognize][romanization]") {
    auto one = [](const std::string& text, const std::string& surface) {
        for (const auto& m : read_text(text))
            if (m.surface == surface) return m.place_name.value_or("");
        return std::string("(none)");
    };
    CHECK(one("Far Eastern units brought flamethrowers to Huliapole.", "Huliapole") != "(none)");
    CHECK(one("A civilian was injured in the village of Verkhnya Krynitsa.", "Verkhnya Krynitsa") != "(none)");
    CHECK(one("Troops freed Pleshchyivka and Nelepivka.", "Nelepivka") != "(none)");
    // A short name only for a town of note, and a side's hold places it.
    CHECK(one("The Russians are shelling the Ukrainian-occupied Sudja.", "Sudja") == "Sudzha");
}

TEST_CASE("an unknown word is no place without a placing context", "[recognize][romanization]") {
    // Capitalised words that only spell like villages: a name, a sentence
    // start, no preposition or list before them.
    CHECK(surfaces_of("Huliapole remained quiet.").empty());
    CHECK(surfaces_of("Maria Smith met Harold Jenkins.").empty());
}

TEST_CASE("romanization: ё written 'yo' finds the place GeoNames spells with 'e'", "[recognize][romanization]") {
    CHECK(surfaces_of("Saboteurs tried to cross the border near Tyotkino, Kursk region.") ==
          std::vector<std::string>{"Tyotkino", "Kursk region"});
}

TEST_CASE("romanization: Czech háček letters stand for the English digraphs", "[recognize][romanization]") {
    CHECK(hacek_digraphs("Časiv Jar") == "Chasiv Jar");
    CHECK(hacek_digraphs("Žytomyr, Šostka") == "Zhytomyr, Shostka");
    CHECK(hacek_digraphs("Kyiv").empty());
    auto one = [](const std::string& text, const std::string& surface) {
        for (const auto& m : read_text(text))
            if (m.surface == surface) return m.place_name.value_or("");
        return std::string("(none)");
    };
    // (a second word that is also an English word: "Jar")
    CHECK(one("Heavy fighting continues near Časiv Jar.", "Časiv Jar") != "(none)");
}

TEST_CASE("romanization: a region's short form in another spelling is its seat too", "[recognize][romanization]") {
    // "Mykolajiv" is GeoNames' spelling of the oblast's short form only; the
    // city of that name is the oblast's seat and a candidate as well.
    bool city = false;
    for (const auto& m : read_text("Russian drones hit Mykolajiv overnight."))
        if (m.surface == "Mykolajiv") city = m.kind == PlaceKind::settlement;
    CHECK(city);
}
