#pragma once
// Chooses, for each recognised name, the one place it denotes, with the
// evidence a human would use: population and kind, the designator word
// ("region"), an admin-1 region named nearby, distance to places resolved in
// the same sentence or paragraph, spatial phrases ("just north of Vuhledar"),
// the front-line regions, and one sense per document.
//
// Immutable after construction; resolve() is const and thread-safe.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/mention.hpp"
#include "frontline/recognize/recognizer.hpp"

namespace frontline {

struct Resolution {
    std::optional<std::uint32_t> place;  ///< chosen place, if any scored well enough
    double score = 0;                    ///< margin-based confidence in [0, 1]
    GeoPrecision precision = GeoPrecision::unknown;
    std::vector<Candidate> candidates;   ///< best first, at most five, with evidence (explain only)
};

struct ResolverOptions {
    /// Countries war reporting is about; their places get a prior.
    std::vector<std::string> theatre_countries{"UA", "RU"};
    /// Keep at most this many candidates per mention (for explain).
    std::size_t max_candidates = 5;
};

class Resolver {
public:
    /// Loads data/lexicon/theatre_regions.txt. Throws Error if missing.
    explicit Resolver(const Gazetteer& gazetteer, ResolverOptions options = {});

    /// Resolves all names of one document together. With `explain`, each
    /// resolution keeps its best candidates and the evidence for each
    /// (frontline explain); without, only the choice (faster).
    std::vector<Resolution> resolve(const Document& doc, const std::vector<Token>& tokens,
                                    const std::vector<RecognizedName>& names, bool explain = true) const;

private:
    const Gazetteer& gazetteer_;
    ResolverOptions options_;
    /// Settlements of an admin-1 region with a name spelt almost as `key` (folded).
    std::vector<std::uint32_t> respelt_in_region(std::string_view key, std::uint32_t region) const;
    /// The settlements of each admin-1 region, gathered in one pass over the
    /// gazetteer the first time a region is asked for (a table of thousands
    /// of rows whose towns its oblast column misplaces asks once per row).
    struct RegionSettlements {
        std::once_flag once;
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_admin1;
    };
    std::unique_ptr<RegionSettlements> region_settlements_ = std::make_unique<RegionSettlements>();
    std::vector<std::pair<std::uint32_t, double>> theatre_admin1_;  // (place index, prior weight), sorted
    // Adjectives of nationality and their countries (lexicon/demonym_countries.tsv):
    // whole words, and Cyrillic stems.
    std::vector<std::pair<std::string, std::string>> demonyms_, demonym_stems_;
    std::optional<std::string> stated_country(const std::vector<Token>& tokens, std::size_t first_token) const;
};

}  // namespace frontline
