#pragma once
// Decides which claim a place mention carries from features of its sentence
// (claims/claim_features.hpp): a multinomial logistic regression whose
// weights live in data/lexicon/claims/claim_model.tsv, trained by
// scripts/train-claim-model on hand-checked mentions. Rules find the evidence
// (trigger words, the place's role, modality); the weights say how much each
// piece counts, which no hand-set priority got right across live blogs,
// bulletins, wire copy and addresses alike.
//
// Immutable after loading; decide() is const and thread-safe.
#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace frontline {

class ClaimModel {
public:
    /// The classes in the order of the weight columns; "none" carries no claim.
    static constexpr std::array<std::string_view, 7> classes = {"none",     "captured", "advanced", "attacked",
                                                                "struck",   "withdrew", "deployed"};
    static constexpr std::size_t none = 0;

    /// Loads `path` (lines `feature<TAB>class<TAB>weight`, `#` comments).
    /// Throws InputError naming the file and line for an unknown class or a
    /// malformed weight.
    static ClaimModel load(const std::filesystem::path& path);

    struct Decision {
        std::size_t claim = none;  ///< index into `classes`
        double probability = 0;    ///< the model's probability of that class
    };
    /// The most probable class for a mention with these features.
    Decision decide(const std::vector<std::string>& features) const;

    /// True when no weights are loaded.
    bool empty() const { return weights_.empty(); }

    /// The weights that argue for `claim` among `features`, largest first
    /// (for explain).
    std::vector<std::pair<std::string, double>> evidence(const std::vector<std::string>& features,
                                                         std::size_t claim, std::size_t limit = 6) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    using Weights = std::array<float, classes.size()>;
    std::unordered_map<std::string, Weights, Hash, std::equal_to<>> weights_;
};

}  // namespace frontline
