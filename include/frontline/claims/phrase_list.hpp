#pragma once
// A list of word phrases with values, matched against folded word tokens.
// Phrases come from the lexicon files in data/lexicon/claims/ (see its
// README): words separated by spaces, a final '*' on a word matches any word
// starting with it. Immutable after loading; const members are thread-safe.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "frontline/recognize/token.hpp"

namespace frontline {

struct PhraseEntry {
    std::vector<std::string> words;  ///< folded; a trailing '*' marks a stem; "..." a gap of one to five words
    std::vector<std::string> values; ///< the other columns of the line
    bool gap = false;                ///< some word is a gap
};

/// Dictionary forms of a document's tokens, by token index (text/morphology.hpp):
/// a phrase word matches a token's folded key or any of its lemmas. Tokens
/// without an entry, or with an empty one, match by their key alone.
using TokenLemmas = std::vector<std::vector<std::string>>;

struct PhraseMatch {
    const PhraseEntry* entry = nullptr;
    std::size_t first = 0;  ///< token range [first, last)
    std::size_t last = 0;
};

class PhraseList {
public:
    /// Reads the values of one line; throws frontline::Error for values it
    /// does not know (load() adds the file and line).
    using ValueReader = std::function<void(const std::vector<std::string>& values)>;

    /// Loads `path`; throws InputError naming the file and line for a
    /// malformed line or one whose values `read_values` refuses. `read_values`
    /// sees the entries' values in entry order.
    static PhraseList load(const std::filesystem::path& path, std::size_t value_columns,
                           const ValueReader& read_values = {});
    /// Builds from entries (tests).
    explicit PhraseList(std::vector<PhraseEntry> entries = {});

    /// The longest phrase starting at token `i`, not crossing `end`.
    std::optional<PhraseMatch> match_at(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                        const TokenLemmas* lemmas = nullptr) const;
    /// All non-overlapping matches in [begin, end), left to right.
    std::vector<PhraseMatch> find_all(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                                      const TokenLemmas* lemmas = nullptr) const;
    const std::vector<PhraseEntry>& entries() const { return entries_; }
    /// The index in entries() of a match's entry (for values read at load).
    std::size_t index_of(const PhraseMatch& m) const { return static_cast<std::size_t>(m.entry - entries_.data()); }

private:
    struct WordHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view w) const noexcept { return std::hash<std::string_view>{}(w); }
    };
    using Index = std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>>;

    std::vector<PhraseEntry> entries_;
    // Entries by exact first word, and the stem entries ("captur*") by the
    // first three letters of their stem: matching a token costs one or two
    // hash lookups instead of a scan of every entry.
    Index by_first_word_;
    Index by_stem_prefix_;
    std::vector<std::size_t> short_stems_;  // stems shorter than three letters
    // The beginnings (three letters, or a whole shorter word) of the exact
    // first words and of the stems, hashed into bit sets: most tokens begin
    // no phrase, and these answer so without a hash-table lookup.
    static constexpr std::size_t start_slots = 1u << 14;
    std::vector<bool> word_starts_ = std::vector<bool>(start_slots, false);
    std::vector<bool> stem_starts_ = std::vector<bool>(start_slots, false);
};

}  // namespace frontline
