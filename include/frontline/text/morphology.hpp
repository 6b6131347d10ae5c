#pragma once
// Dictionary forms of Ukrainian and Russian words, so that a lexicon written
// as lemmas ("обстріл", "звільнити", "освободить") matches every inflected
// form a report uses ("обстрілів", "звільнили", "освободили").
//
// Slavic inflection changes stems ("вдарили"/"удару", "захопили"/"захоплення")
// and prefixes words ("у"/"в"), which prefix patterns cannot follow; Hunspell's
// Ukrainian and Russian dictionaries (Debian's hunspell-uk and hunspell-ru)
// know each word's lemma. English needs no dictionary: its inflection is
// suffixal, and the lexicons' stems ("captur*") cover it.
//
// Dictionaries load on first use of a Cyrillic word (a third of a second for
// Ukrainian, a tenth for Russian, on threads of their own side by side: a
// text in one language asks the other about the words it does not know), so
// English-only runs never pay for them; preload() starts them early, where a
// run has other work to do meanwhile. Lemmas are cached:
// news vocabulary repeats, and a cached word costs one hash lookup.
// Thread-safe: Hunspell itself is not, so a lookup that misses the cache takes
// the dictionary's lock.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

enum class Language : unsigned char { unknown, uk, ru };

/// Ukrainian or Russian by the letters only one of them uses (і ї є ґ; ы э ъ ё),
/// counted over `text`; `unknown` when neither shows or the text is not Cyrillic.
Language cyrillic_language(std::string_view text);

class Lemmatizer {
public:
    /// Dictionaries are looked for in `dir` (uk_UA.aff/.dic, ru_RU.aff/.dic).
    explicit Lemmatizer(std::filesystem::path dir);
    /// $FRONTLINE_HUNSPELL_DIR, else /usr/share/hunspell.
    Lemmatizer();
    ~Lemmatizer();
    Lemmatizer(const Lemmatizer&) = delete;
    Lemmatizer& operator=(const Lemmatizer&) = delete;

    /// The folded lemmas (text/fold.hpp) of one Cyrillic word in `language`
    /// (`unknown` asks both dictionaries). Empty when the word is not
    /// Cyrillic, no dictionary knows it, or the dictionary is not installed.
    std::vector<std::string> lemmas(std::string_view word, Language language) const;

    /// True when the dictionary of `language` is installed (loads it).
    bool available(Language language) const;

    /// When `text` has Cyrillic letters, starts loading both dictionaries in
    /// the background and returns at once; lookups wait for a load under way.
    /// A run calls it as it reads a document, so that the loading overlaps
    /// its other work (reading the rest, stat-ing an inbox). Cheap when the
    /// dictionaries are loading or loaded, or the text has no Cyrillic.
    void preload(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// One Lemmatizer for the process (default dictionary directory), for the
/// stages that ask about a few words only: its dictionaries load once.
const Lemmatizer& shared_lemmatizer();

}  // namespace frontline
