// Latin spellings of Cyrillic place names, and dictionary forms of inflected ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "frontline/text/cyrillic_inflection.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"

using namespace frontline;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// True if some spelling folds to the same key as `s` (case and hyphens aside).
bool contains_folded(const std::vector<std::string>& v, const std::string& s) {
    return std::any_of(v.begin(), v.end(), [&](const std::string& x) { return fold(x) == fold(s); });
}

}  // namespace

TEST_CASE("Ukrainian names get the national, BGN and g-form spellings", "[translit]") {
    auto v = transliterations("Вугледар");
    CAPTURE(v);
    CHECK(contains(v, "Vuhledar"));
    CHECK(contains(v, "Vugledar"));
    CHECK(v.front() == "Vuhledar");  // most official first

    auto u = transliterations("Вугледар", CyrillicLanguage::ukrainian);
    CAPTURE(u);
    CHECK(contains(u, "Vuhledar"));
    CHECK(contains(u, "Vugledar"));

    auto z = transliterations("Запоріжжя");
    CAPTURE(z);
    CHECK(z.front() == "Zaporizhzhia");
    CHECK(transliterate_ukrainian_national("Запоріжжя") == "Zaporizhzhia");
    CHECK(transliterate_ukrainian_national("Курахове") == "Kurakhove");
    CHECK(transliterate_ukrainian_national("Покровськ") == "Pokrovsk");
    CHECK(transliterate_ukrainian_national("Знам'янка") == "Znamianka");
    // Word-initial є ї й ю я differ from medial ones (KMU 55).
    CHECK(transliterate_ukrainian_national("Южне") == "Yuzhne");
    CHECK(transliterate_ukrainian_national("Їжакевич") == "Yizhakevych");
    CHECK(transliterate_ukrainian_national("Згурівка") == "Zghurivka");
    CHECK(transliterate_ukrainian_national("Біла Церква") == "Bila Tserkva");

    auto k = transliterations("Куп'янськ");
    CAPTURE(k);
    CHECK(contains_folded(k, "Kupiansk"));
    CHECK(contains_folded(k, "Kupyansk"));
}

TEST_CASE("Russian names get BGN/PCGN and the press form", "[translit]") {
    auto u = transliterations("Угледар", CyrillicLanguage::russian);
    CAPTURE(u);
    CHECK(contains(u, "Ugledar"));

    // A soft sign before и: the press writes y ("Ilyinovka"), BGN a prime.
    auto il = transliterations("Ильиновка", CyrillicLanguage::russian);
    CAPTURE(il);
    CHECK(contains(il, "Ilyinovka"));
    CHECK(contains(il, "Ilinovka"));

    auto ml = transliterations("Малая Локня", CyrillicLanguage::russian);
    CAPTURE(ml);
    CHECK(contains(ml, "Malaya Loknya"));
    // Unknown language: both sets, so the Russian spelling is there too.
    auto ml_any = transliterations("Малая Локня");
    CAPTURE(ml_any);
    CHECK(contains(ml_any, "Malaya Loknya"));

    auto ks = transliterations("Каменск-Шахтинский");
    CAPTURE(ks);
    CHECK(contains(ks, "Kamensk-Shakhtinsky"));  // press: "-skiy" -> "-sky"
    CHECK(contains(ks, "Kamensk-Shakhtinskiy"));  // BGN/PCGN as published

    auto lgov = transliterations("Льгов", CyrillicLanguage::russian);
    CAPTURE(lgov);
    CHECK(contains(lgov, "Lgov"));  // the press drops the prime of ь

    auto ey = transliterations("Ейск", CyrillicLanguage::russian);
    CAPTURE(ey);
    CHECK(contains_folded(ey, "Yeysk"));

    // BGN/PCGN marks "тс" as t·s (not ts for ц); the press writes no dot.
    auto bs = transliterations("Большое Солдатское", CyrillicLanguage::russian);
    CAPTURE(bs);
    CHECK(contains(bs, "Bolshoye Soldatskoye"));
    auto sv = transliterations("Светлый");
    CAPTURE(sv);
    CHECK(contains(sv, "Svetly"));
}

TEST_CASE("russian_cyrillic_form: how Russian writes a Ukrainian village's name", "[translit]") {
    CHECK(russian_cyrillic_form("Макарівка") == "Макаровка");
    CHECK(russian_cyrillic_form("Андріївка") == "Андреевка");
    CHECK(russian_cyrillic_form("Олександро-Шультине") == "Александро-Шультино");
    CHECK(russian_cyrillic_form("Лук'янці") == "Лукьянцы");
    CHECK(russian_cyrillic_form("Курахове") == "Курахово");
    CHECK(russian_cyrillic_form("Олексієво-Дружківка") == "Алексеево-Дружковка");
    // Nothing to undo, a Russian name, or an adjectival name left alone.
    CHECK(russian_cyrillic_form("Бахмут").empty());
    CHECK(russian_cyrillic_form("Малая Локня").empty());
    CHECK(russian_cyrillic_form("Львівське").empty());
    // Letters alone would turn words into names: "Лінія" is no "Линия" (a line).
    CHECK(russian_cyrillic_form("Лінія").empty());
}

TEST_CASE("transliterations: language guess and non-Cyrillic input", "[translit]") {
    CHECK(transliterations("Vuhledar").empty());
    CHECK(transliterations("Kamensk-Shakhtinsky").empty());
    CHECK(transliterations("").empty());
    CHECK(transliterations("123").empty());
    CHECK_FALSE(has_cyrillic("Vuhledar"));
    CHECK(has_cyrillic("Vuhledar (Вугледар)"));
    CHECK_FALSE(has_cyrillic("\xFF\xFE"));

    CHECK(guess_cyrillic_language("Київ") == CyrillicLanguage::ukrainian);
    CHECK(guess_cyrillic_language("Ґорґани") == CyrillicLanguage::ukrainian);
    CHECK(guess_cyrillic_language("Сыктывкар") == CyrillicLanguage::russian);
    CHECK(guess_cyrillic_language("Королёв") == CyrillicLanguage::russian);
    CHECK(guess_cyrillic_language("Угледар") == CyrillicLanguage::unknown);

    // Every spelling is Latin and distinct.
    for (const char* name : {"Вугледар", "Угледар", "Каменск-Шахтинский", "Запоріжжя", "Малая Локня"}) {
        auto v = transliterations(name);
        CAPTURE(name, v);
        CHECK_FALSE(v.empty());
        for (const auto& s : v) CHECK_FALSE(has_cyrillic(s));
        auto sorted = v;
        std::sort(sorted.begin(), sorted.end());
        CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
    }
    CHECK_NOTHROW(transliterations("Вугле\xFF" "дар"));
}

TEST_CASE("cyrillic_base_forms: nominatives of inflected toponyms", "[translit]") {
    auto v = cyrillic_base_forms("вугледарі");
    CAPTURE(v);
    CHECK(contains(v, "вугледар"));

    auto a = cyrillic_base_forms("авдіївці");
    CAPTURE(a);
    CHECK(contains(a, "авдіївка"));

    auto d = cyrillic_base_forms("днестровском");
    CAPTURE(d);
    CHECK(contains(d, "днестровский"));

    auto b = cyrillic_base_forms("белгороде");
    CAPTURE(b);
    CHECK(contains(b, "белгород"));

    auto p = cyrillic_base_forms("покровська");
    CAPTURE(p);
    CHECK(contains(p, "покровськ"));

    auto k = cyrillic_base_forms("курахового");
    CAPTURE(k);
    CHECK(contains(k, "курахове"));

    // г -> з before the locative -і, the syllable closing: Кривому Розі -> Кривий Ріг.
    auto r = cyrillic_base_forms("розі", NamePosition::continuation);
    CAPTURE(r);
    CHECK(contains(r, "ріг"));

    // The locative of a neuter in -е: Гуляйполі -> Гуляйполе.
    auto h = cyrillic_base_forms("гуляйполі");
    CAPTURE(h);
    CHECK(contains(h, "гуляйполе"));

    // The word itself is never a candidate; short words give none.
    CHECK_FALSE(contains(cyrillic_base_forms("вугледар"), "вугледар"));
    CHECK(cyrillic_base_forms("яру").empty());
    CHECK(cyrillic_base_forms("").empty());
}
