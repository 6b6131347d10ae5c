#pragma once
// How likely the rules' claim on a mention is right (claims/claim_features.hpp,
// rule_claim): a logistic regression over the evidence the rules saw,
// trained by scripts/train-claim-model on hand-checked mentions (the seeds'
// gold, the in-sight development passages, data/training/claims). Claims
// below the threshold are dropped: the rules name the claim, the weights
// learn which of their readings mislead ("Moscow uses troops", a region
// that only holds the target) across live blogs, bulletins, wire copy and
// addresses, which no hand-set rule got right everywhere.
//
// Weights live in data/lexicon/claims/claim_model.tsv. Immutable after
// loading; const members are thread-safe.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace frontline {

class ClaimModel {
public:
    /// Loads `path`: lines `feature<TAB>weight`, one `threshold<TAB>p`, `#`
    /// comments. Throws InputError naming the file and line for a malformed
    /// line or a threshold outside [0, 1].
    static ClaimModel load(const std::filesystem::path& path);

    /// True when no weights are loaded (every rule claim is kept).
    bool empty() const { return weights_.empty(); }

    /// The probability that a claim with these features is right.
    double probability(const std::vector<std::string>& features) const;
    /// Claims less likely than this are dropped.
    double threshold() const { return threshold_; }

    /// The features that weigh most for (positive) or against (negative) the
    /// claim, largest first by magnitude (for explain).
    std::vector<std::pair<std::string, double>> evidence(const std::vector<std::string>& features,
                                                         std::size_t limit = 6) const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, double, Hash, std::equal_to<>> weights_;
    double threshold_ = 0;
};

}  // namespace frontline
