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

namespace {
template <class F>
bool has(F f, std::string_view word, std::string_view form) {
    auto v = f(word);
    return std::find(v.begin(), v.end(), form) != v.end();
}
bool has_continuation_form(std::string_view word, std::string_view form) {
    auto v = cyrillic_base_forms(word, NamePosition::continuation);
    return std::find(v.begin(), v.end(), form) != v.end();
}
}  // namespace

TEST_CASE("adjective and noun of a two-word name decline together", "[text][inflection]") {
    // Possessive adjectives: Часів Яр, Русин Яр, Кучерів Яр; Russian Часов Яр.
    CHECK(has_form("часового", "часів"));
    CHECK(has_form("часовому", "часів"));
    CHECK(has_form("русиного", "русин"));
    CHECK(has_form("кучеровим", "кучерів"));
    CHECK(has_form("часовым", "часов"));
    // Soft adjectives: Верхня Терса, Нижній Бурлук.
    CHECK(has_form("верхньої", "верхня"));
    CHECK(has_form("нижньому", "нижній"));
    CHECK(has_form("верхней", "верхняя"));
    // Hard adjectives in both languages: Зелений Гай, Кривой Рог, Малая Локня.
    CHECK(has_form("зеленого", "зелений"));
    CHECK(has_form("кривого", "кривой"));
    CHECK(has_form("кривом", "кривой"));
    CHECK(has_form("малой", "малая"));
    CHECK(has_form("степовой", "степовая"));
    CHECK(has_form("вовчанських", "вовчанські"));
    CHECK(has_form("волчанских", "волчанские"));
    // Short nouns after the adjective decline too, only there.
    CHECK(has_continuation_form("яру", "яр"));
    CHECK(has_continuation_form("яром", "яр"));
    CHECK(has_continuation_form("гаю", "гай"));
    CHECK(has_continuation_form("гаєм", "гай"));
    CHECK(has_continuation_form("роге", "рог"));
    CHECK(has_continuation_form("локни", "локня"));
    CHECK(cyrillic_base_forms("яру").empty());
}

TEST_CASE("genitive plurals of names that are plural", "[text][inflection]") {
    CHECK(has_form("липців", "липці"));
    CHECK(has_form("лукьянцев", "лукьянцы"));
    CHECK(has_form("терен", "терни"));
    CHECK(has_form("олешок", "олешки"));
    CHECK(has_form("крынок", "крынки"));
    CHECK(has_form("хуторов", "хутора"));
    CHECK(has_form("хуторів", "хутори"));
    CHECK(has_form("єлабузі", "єлабуга"));
}

TEST_CASE("the town an adjective is formed from", "[text][inflection]") {
    auto bases = [](std::string_view w) { return cyrillic_adjective_bases(w); };
    // Directions: "на Куп'янському напрямку" is the Kupiansk direction.
    CHECK(has(bases, "купянському", "купянськ"));
    CHECK(has(bases, "курахівському", "курахове"));
    CHECK(has(bases, "харківському", "харків"));
    CHECK(has(bases, "торецькому", "торецьк"));
    CHECK(has(bases, "запорізькому", "запоріжжя"));
    CHECK(has(bases, "запорожское", "запорожье"));
    CHECK(has(bases, "запорожском", "запорожье"));
    CHECK(has(bases, "угледарском", "угледар"));
    CHECK(has(bases, "краснолиманском", "красный лиман"));
    // Communities and districts: the community's centre.
    CHECK(has(bases, "марганецька", "марганець"));
    CHECK(has(bases, "білопільська", "білопілля"));
    CHECK(has(bases, "гуляйпільської", "гуляйполе"));
    CHECK(has(bases, "межівській", "межова"));
    CHECK(has(bases, "юнаківська", "юнаківка"));
    CHECK(has(bases, "хотінська", "хотінь"));
    CHECK(has(bases, "великописарівська", "велика писарівка"));
    CHECK(has(bases, "вовчанської", "вовчанськ"));
    CHECK(has(bases, "шебекинского", "шебекино"));
    CHECK(has(bases, "суджанского", "суджа"));
    CHECK(has(bases, "трубчевского", "трубчевск"));
    CHECK(has(bases, "покровська", "покровське"));
    CHECK(has(bases, "салтівському", "салтівка"));
    CHECK(has(bases, "шосткинської", "шостка"));
    CHECK(has(bases, "шосткинский", "шостка"));
    // A country's adjective leads to the country: a demonym.
    CHECK(has(bases, "українські", "україна"));
    CHECK(cyrillic_place_adjective("новошахтинський"));
    CHECK_FALSE(cyrillic_place_adjective("харків"));
    CHECK_FALSE(cyrillic_place_adjective("покровськ"));
    CHECK(cyrillic_adjective_bases("сили").empty());
}

TEST_CASE("a -щина region names the town it is named after", "[text][inflection]") {
    auto bases = [](std::string_view w) { return cyrillic_region_bases(w); };
    CHECK(has(bases, "курщині", "курськ"));
    CHECK(has(bases, "курщині", "курск"));
    CHECK(has(bases, "бєлгородщини", "бєлгород"));
    CHECK(has(bases, "нікопольщину", "нікополь"));
    CHECK(has(bases, "синельниківщині", "синельникове"));
    CHECK(has(bases, "харківщиною", "харків"));
    CHECK(has(bases, "сумщини", "суми"));
    CHECK(has(bases, "одещині", "одеса"));
    CHECK(has(bases, "донеччині", "донецьк"));
    CHECK(has(bases, "белгородчины", "белгород"));
    CHECK(cyrillic_region_word("луганщина"));
    CHECK_FALSE(cyrillic_region_word("щина"));
    CHECK_FALSE(cyrillic_region_word("харків"));
}

TEST_CASE("a country's adjective leads back to its -ія name", "[text][inflection]") {
    const auto uk = cyrillic_adjective_bases("російські");
    CHECK(std::find(uk.begin(), uk.end(), "росія") != uk.end());
    const auto ru = cyrillic_adjective_bases("российские");
    CHECK(std::find(ru.begin(), ru.end(), "россия") != ru.end());
}

TEST_CASE("a name in the other language's spelling", "[text][inflection]") {
    CHECK(cyrillic_russian_spelling("кіріші") == "кириши");
    CHECK(cyrillic_russian_spelling("єлабуга") == "елабуга");
    CHECK(cyrillic_russian_spelling("бєлгород") == "белгород");
    CHECK(cyrillic_russian_spelling("белгород").empty());
    // A Russian region's Ukrainian adjective in its Russian form.
    CHECK(cyrillic_russian_spelling("нижегородська") == "нижегородская");
    CHECK(cyrillic_russian_spelling("пермський") == "пермский");
    CHECK(cyrillic_russian_spelling("оренбурзька") == "оренбургская");
    CHECK(cyrillic_russian_spelling("донецька") == "донецкая");
    CHECK(cyrillic_ukrainian_spelling("табаевка") == "табаївка");
    CHECK(cyrillic_ukrainian_spelling("кругляковка") == "кругляківка");
    CHECK(cyrillic_ukrainian_spelling("ивановское") == "іванівське");
    CHECK(cyrillic_ukrainian_spelling("новоалександровка") == "новоолександрівка");
    CHECK(cyrillic_ukrainian_spelling("ясеновое") == "ясенове");
    CHECK(cyrillic_ukrainian_spelling("степовая") == "степова");
    CHECK(cyrillic_ukrainian_spelling("новоселовка") == "новоселівка");
}

TEST_CASE("Russian -а nouns after a hushing consonant or ц take -ей in the instrumental", "[text][inflection]") {
    CHECK(has_form("суджей", "суджа"));
    CHECK(has_form("кручей", "круча"));
    CHECK(has_form("вольницей", "вольница"));
    // (-ей of soft stems stays -я or -ь)
    CHECK(has_form("землей", "земля"));
}

TEST_CASE("masculine nouns with a fleeting vowel: -ец, -ець, -ок", "[text][inflection]") {
    CHECK(has_form("крупца", "крупец"));
    CHECK(has_form("кременцу", "кременец"));
    CHECK(has_form("марганця", "марганець"));
    CHECK(has_form("марганцем", "марганець"));
    CHECK(has_form("городка", "городок"));
    CHECK(has_form("городком", "городок"));
    // (a stem ending in a vowel, ь or й has no fleeting vowel to restore)
    CHECK_FALSE(has_form("гайку", "гайок"));
    CHECK_FALSE(has_form("олійця", "олієць"));
}

TEST_CASE("a -ець town in the locative and a plural in -і after a hushing consonant", "[text][inflection]") {
    CHECK(has_form("торопці", "торопець"));
    CHECK(has_form("марганці", "марганець"));
    CHECK(has_form("бердичах", "бердичі"));
    CHECK(has_form("бердичам", "бердичі"));
}
