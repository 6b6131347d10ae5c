#pragma once
// The reading stages of DESIGN.md put together for one document:
// tokens -> recognised names -> resolved mentions (-> claims, added later).
// Built once from a gazetteer; process() is const and thread-safe, so one
// Pipeline serves every worker thread.
#include <memory>
#include <vector>

#include "frontline/claims/claim_extractor.hpp"
#include "frontline/document/document.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/mention.hpp"
#include "frontline/recognize/lexicon.hpp"
#include "frontline/recognize/recognizer.hpp"
#include "frontline/resolve/resolver.hpp"

namespace frontline {

/// One mention with what `explain` shows beyond the output fields.
struct MentionDetail {
    Mention mention;
    RecognizedName name;
    ClaimTrace claim;  ///< how its claim was read
};

class Pipeline {
public:
    /// Loads the bundled lexicons. Throws Error if they are missing.
    explicit Pipeline(const Gazetteer& gazetteer);

    /// The first stage alone: the document's tokens and the names recognised
    /// in them, those in boilerplate dropped (what process() resolves).
    struct Recognition {
        std::vector<Token> tokens;
        std::vector<RecognizedName> names;
    };
    Recognition recognize(const Document& doc) const;

    /// Starts loading, in the background, what processing a document with
    /// this text (or its beginning) will need and takes long to load (the
    /// Cyrillic dictionaries); returns at once. Optional: process() loads
    /// what it needs itself.
    void prepare(std::string_view text) const;

    /// Mentions of one document, in text order. Boilerplate produces none.
    std::vector<Mention> process(const Document& doc) const;
    /// The same with recognition details and each mention's candidates with
    /// their evidence, for `frontline explain`.
    std::vector<MentionDetail> process_detailed(const Document& doc) const;

    /// The names recognition refused in the document, with the reason
    /// (diagnostics for `frontline explain`; slower than recognize()).
    std::vector<std::pair<RecognizedName, Refusal>> refused(const Document& doc) const { return recognizer_.refused(doc.text); }

    const Gazetteer& gazetteer() const { return gazetteer_; }
    const ClaimExtractor& claims() const { return claims_; }

private:
    /// The mentions; with `names_out`, the recognised name of each too, and
    /// with `features_out` the claim model's features of each.
    void annotate_claims(const Document& doc, const std::vector<Token>& tokens, const std::vector<RecognizedName>& names,
                         const std::vector<bool>& water, std::vector<Mention>& out, std::vector<ClaimTrace>* traces_out) const;
    std::vector<Mention> run(const Document& doc, bool explain, std::vector<RecognizedName>* names_out,
                             std::vector<ClaimTrace>* traces_out) const;
    std::vector<bool> add_named_facilities(const Document& doc, const std::vector<Token>& tokens,
                                           std::vector<RecognizedName>& names, std::vector<Resolution>& resolved) const;

    const Gazetteer& gazetteer_;
    RecognitionLexicon lexicon_;
    Recognizer recognizer_;
    Resolver resolver_;
    ClaimExtractor claims_;
};

}  // namespace frontline
