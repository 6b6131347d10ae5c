#pragma once
// Attaches claims to mentions: what happened at the place (captured,
// advanced, attacked, struck, withdrew, deployed), who did it, who says so,
// how firmly (asserted, hedged, disputed, denied), whether it is reported
// at all or only forecast, hypothetical or counterfactual, and when.
//
// A rule and lexicon engine over sentences with light syntax: trigger words
// from data/lexicon/claims/, the role of each place in its sentence (locus
// after a locative word or as the object of a trigger; actor when
// possessive; claimant when an attribution verb follows; container when a
// more specific locus inside it is named), modal and hedge words in the
// trigger's clause, and dates resolved against the entry's timestamp.
// Immutable after loading; annotate() is const and thread-safe.
#include <filesystem>
#include <vector>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/claims/phrase_list.hpp"
#include "frontline/document/document.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/mention.hpp"
#include "frontline/recognize/recognizer.hpp"

namespace frontline {

class ClaimExtractor {
public:
    /// Loads the lexicons from `dir` (default: data_path("lexicon/claims")).
    /// Throws Error/InputError naming a missing file or a malformed line (an
    /// unknown claim type, modality or status is one).
    static ClaimExtractor load(const std::filesystem::path& dir);
    static ClaimExtractor load_default();

    /// Fills the claim fields of `mentions` (one document's, in text order,
    /// with `names[i]` the recognised name of `mentions[i]`).
    void annotate(const Document& doc, const std::vector<Token>& tokens, const std::vector<RecognizedName>& names,
                  const Gazetteer& gazetteer, std::vector<Mention>& mentions) const;

private:
    PhraseList triggers_, instruments_, locatives_, actors_, forces_, claimants_, attribution_, modality_, status_;
    // The vocabulary values of triggers_, modality_ and status_, read once
    // at load, by entry index (PhraseList::index_of).
    std::vector<ClaimType> trigger_claims_;
    std::vector<Modality> modality_values_;
    std::vector<ClaimStatus> status_values_;
};

}  // namespace frontline
