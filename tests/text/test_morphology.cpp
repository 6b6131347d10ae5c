// Dictionary forms of Ukrainian and Russian words (text/morphology.hpp).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <thread>

#include "frontline/text/morphology.hpp"

using namespace frontline;

namespace {

bool has(const std::vector<std::string>& v, const char* s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("morphology: the language of a Cyrillic text from the letters only one language uses", "[text][morphology]") {
    CHECK(cyrillic_language("Сили оборони відбили атаки біля Покровська") == Language::uk);
    CHECK(cyrillic_language("Подразделения отразили атаки штурмовых групп") == Language::ru);
    CHECK(cyrillic_language("Russian forces attacked") == Language::unknown);
    CHECK(cyrillic_language("") == Language::unknown);
}

TEST_CASE("morphology: lemmas of inflected words, folded as the lexicons are", "[text][morphology]") {
    const Lemmatizer lemmatizer;
    if (!lemmatizer.available(Language::uk) || !lemmatizer.available(Language::ru)) {
        WARN("hunspell-uk or hunspell-ru is not installed: skipped");
        return;
    }
    CHECK(has(lemmatizer.lemmas("обстрілів", Language::uk), "обстріл"));
    CHECK(has(lemmatizer.lemmas("Звільнили", Language::uk), "звільнити"));
    CHECK(has(lemmatizer.lemmas("ударів", Language::uk), "удар"));
    CHECK(has(lemmatizer.lemmas("освободили", Language::ru), "освободить"));
    CHECK(has(lemmatizer.lemmas("ударов", Language::ru), "удар"));
    // Both dictionaries are asked when the language is not known.
    CHECK(has(lemmatizer.lemmas("атаковали", Language::unknown), "атаковать"));
    // A word the sentence's language does not know is asked of the other: a
    // Russian word quoted in a Ukrainian sentence.
    CHECK(has(lemmatizer.lemmas("обстреляли", Language::uk), "обстрелять"));
    // Apostrophes of any kind are the dictionary's; the lemma is folded (no apostrophe).
    CHECK(has(lemmatizer.lemmas("п’ятниці", Language::uk), "пятниця"));
    // Russian writes ё where it likes; the dictionary mostly has е.
    CHECK(has(lemmatizer.lemmas("боёв", Language::ru), "бой"));
    CHECK(has(lemmatizer.lemmas("ожесточённые", Language::ru), "ожесточенный"));
    // A compound the dictionary lacks: its prefix before the lemma of its base.
    CHECK(has(lemmatizer.lemmas("авиаудары", Language::ru), "авиаудар"));
    CHECK(has(lemmatizer.lemmas("контрударом", Language::ru), "контрудар"));
}

TEST_CASE("morphology: what no dictionary knows gives nothing, never an error", "[text][morphology]") {
    const Lemmatizer lemmatizer;
    CHECK(lemmatizer.lemmas("attacked", Language::uk).empty());  // not Cyrillic
    CHECK(lemmatizer.lemmas("", Language::ru).empty());
    CHECK(lemmatizer.lemmas("ывзщшгкщшгк", Language::ru).empty());
    const Lemmatizer nowhere("/nonexistent/hunspell");
    CHECK_FALSE(nowhere.available(Language::uk));
    CHECK(nowhere.lemmas("обстрілів", Language::uk).empty());
}

TEST_CASE("morphology: one lemmatizer serves many threads", "[text][morphology]") {
    const Lemmatizer lemmatizer;
    if (!lemmatizer.available(Language::uk)) {
        WARN("hunspell-uk is not installed: skipped");
        return;
    }
    const std::vector<std::string> expected = lemmatizer.lemmas("обстрілів", Language::uk);
    std::vector<std::thread> threads;
    std::vector<int> wrong(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                if (lemmatizer.lemmas("обстрілів", Language::uk) != expected) ++wrong[static_cast<std::size_t>(t)];
                lemmatizer.lemmas("слово" + std::to_string(i), Language::uk);  // misses fill the cache
            }
        });
    for (auto& th : threads) th.join();
    CHECK(std::count(wrong.begin(), wrong.end(), 0) == 4);
}

TEST_CASE("morphology: dictionaries preloaded in the background serve lookups, and outlive the lemmatizer that asked",
          "[text][morphology]") {
    namespace fs = std::filesystem;
    const fs::path system_dir = "/usr/share/hunspell";
    if (!fs::exists(system_dir / "uk_UA.dic") || !fs::exists(system_dir / "ru_RU.dic")) {
        WARN("hunspell-uk or hunspell-ru is not installed: skipped");
        return;
    }
    // A directory of its own, so that no earlier test of this process has
    // loaded its dictionaries: the preload is the first load.
    const fs::path dir = fs::temp_directory_path() / ("frontline-hunspell-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    for (const char* f : {"uk_UA.aff", "uk_UA.dic", "ru_RU.aff", "ru_RU.dic"}) fs::create_symlink(system_dir / f, dir / f);
    {
        const Lemmatizer asked(dir);
        asked.preload("Russian drones struck Kharkiv");  // no Cyrillic: nothing starts
        asked.preload("Росіяни обстріляли Харків");
    }  // gone while its dictionaries may still be loading
    const Lemmatizer later(dir);
    CHECK(has(later.lemmas("обстрілів", Language::uk), "обстріл"));
    CHECK(has(later.lemmas("освободили", Language::ru), "освободить"));
    fs::remove_all(dir);
}
