#pragma once
// The word lists that steer recognition, loaded from data/lexicon/ (one
// entry per line, '#' comments; see the header of each file). Immutable
// after loading; safe to share between threads.
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace frontline {

/// What a designator word after a place name means.
enum class Designator : unsigned char { none, admin1, admin2, direction };

class RecognitionLexicon {
public:
    /// Loads the bundled lists (data_path("lexicon/...")) and, where the
    /// system has one, the English word list (/usr/share/dict/words) that
    /// tells which place names are also common words. Throws Error if a
    /// bundled list is missing.
    static RecognitionLexicon load_default();
    /// Loads from a directory holding the same files (tests).
    static RecognitionLexicon load(const std::filesystem::path& dir, const std::filesystem::path& dictionary = {});

    Designator designator(std::string_view folded) const;
    bool person_title(std::string_view folded) const { return titles_.count(std::string(folded)) > 0; }
    bool connector(std::string_view folded) const { return connectors_.count(std::string(folded)) > 0; }
    bool org_head(std::string_view folded) const { return org_heads_.count(std::string(folded)) > 0; }
    /// Nouns heading an organisation's name before "of"/"for" ("Fund", "Ministry").
    bool org_noun(std::string_view folded) const { return org_nouns_.count(std::string(folded)) > 0; }
    /// Nationality and region adjectives: "Russian", "Ukrainian", "Eastern".
    bool demonym(std::string_view folded) const;
    /// A lower-case English dictionary word ("progress", "victory", "mayor").
    bool common_word(std::string_view folded) const { return common_.count(std::string(folded)) > 0; }
    /// A name of a person well known from war reporting ("putin", "kim").
    bool person_name(std::string_view folded) const { return persons_.count(std::string(folded)) > 0; }
    std::size_t common_word_count() const { return common_.size(); }

private:
    std::unordered_map<std::string, Designator> designators_;
    std::unordered_set<std::string> titles_, connectors_, org_heads_, org_nouns_, demonyms_, persons_, common_;
};

}  // namespace frontline
