// frontline explain: why each mention was read the way it was.
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "frontline/claims/claim_extractor.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/error.hpp"
#include "frontline/recognize/token.hpp"
#include "frontline/output/mention_record.hpp"
#include "frontline/run/run.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline::cli {

namespace {

class ExplainCommand : public Command {
public:
    ExplainCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("gazetteer,g", po::value<std::string>(&gazetteer_), "compiled gazetteer (default: the bundled one)")
            ("report-date", po::value<std::string>(&report_date_text_), report_date_help)
            ("json", po::bool_switch(&json_), "print JSON lines, one per mention");
    }
    const char* name() const override { return "explain"; }
    const char* summary() const override { return "show each mention, its candidates and the evidence that decided"; }
    const char* usage() const override { return "[-g GAZETTEER] [--json] INPUT..."; }
    std::vector<ExitCode> exit_codes() const override {
        return {ExitCode::ok, ExitCode::failure, ExitCode::usage, ExitCode::input, ExitCode::gazetteer};
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        if (!parse_options_with_inputs(*this, args, inputs_)) {
            help_only_ = true;
            return;
        }
        if (inputs_.empty()) throw UsageError("explain: name at least one INPUT");
        report_date_ = parse_report_date(*this, report_date_text_);
    }

    int run() override {
        if (help_only_) return 0;
        run::RunSettings settings;
        settings.gazetteer = gazetteer_;
        const std::vector<InputSpec> inputs = expand_inputs(inputs_, &settings.skipped_files);
        settings.documents.report_date = report_date_;
        settings.on_issue = [](const InputIssue& i) { std::cerr << "frontline: " << i.to_string() << "\n"; };
        run::Run chain(std::move(settings));
        const ClaimExtractor claims = ClaimExtractor::load_default();  // for the events no place is named in
        chain.explain(inputs, [&](const Document& doc, const std::vector<MentionDetail>& details) {
            if (!json_) std::cout << "== " << doc.id << "\n";
            for (const MentionDetail& d : details) print(chain.gazetteer(), d);
            if (json_) return;
            std::vector<RecognizedName> names;
            for (const MentionDetail& d : details) names.push_back(d.name);
            // Names that were not read as places, and why: what a user asks
            // first when a place is missing from the map.
            const auto refused = chain.pipeline().refused(doc);
            if (!refused.empty()) std::cout << "\nnames not read as places:\n";
            for (const auto& [name, why] : refused)
                std::cout << "  " << name.begin << "-" << name.end << "  \"" << doc.text.substr(name.begin, name.end - name.begin)
                          << "\"  " << to_string(why) << "\n";
            const auto unplaced = claims.events_without_place(doc, tokenize(doc.text), names);
            if (!unplaced.empty()) std::cout << "\nevent words in sentences that name no place (not on the map):\n";
            for (const UnplacedEvent& e : unplaced) {
                const Span span = doc.sentences[e.sentence].span;
                const std::string_view sentence = utf8_prefix(std::string_view(doc.text).substr(span.begin, span.size()), 160);
                std::cout << "  [" << e.words << "] " << sentence << (span.size() > sentence.size() ? "..." : "") << "\n";
            }
        });
        return 0;
    }

private:
    void print(const Gazetteer& g, const MentionDetail& d) const {
        const Mention& m = d.mention;
        if (json_) {
            // The output record, then how it was read.
            nlohmann::json j = record_json(m, true);
            j["claim_basis"] = m.evidence.claim_basis;
            j["date_basis"] = m.evidence.date_basis;
            j["actor_basis"] = m.evidence.actor_basis;
            j["claim_reading"] = d.claim.verdict;
            j["claim_probability"] = d.claim.probability ? nlohmann::json(*d.claim.probability) : nlohmann::json(nullptr);
            j["candidates"] = nlohmann::json::array();
            for (const auto& c : m.evidence.candidates) {
                PlaceView p = g.place(c.place);
                j["candidates"].push_back({{"place_id", p.id()}, {"name", p.name()}, {"kind", to_string(p.kind())},
                                           {"country", p.country()}, {"admin1", p.admin1()}, {"score", c.score},
                                           {"evidence", c.evidence}});
            }
            std::cout << j.dump() << "\n";
            return;
        }
        std::cout << "\n" << m.char_start << "-" << m.char_end << "  \"" << m.surface << "\"  -> "
                  << (m.place_id ? *m.place_id + " " + m.place_name.value_or("") : std::string("UNRESOLVED")) << "\n"
                  << "  sentence: " << utf8_prefix(m.sentence, 200) << (m.sentence.size() > 200 ? "..." : "") << "\n";
        if (m.claim || (m.modality && *m.modality != Modality::reported)) {
            std::cout << "  claim: " << (m.claim ? to_string(*m.claim) : "none");
            if (!m.evidence.claim_basis.empty()) std::cout << " (\"" << m.evidence.claim_basis << "\")";
            if (m.actor_side)
                std::cout << " by " << *m.actor_side
                          << (m.actor ? " [" + *m.actor + "]" : m.evidence.actor_basis.empty() ? "" : " [" + m.evidence.actor_basis + "]");
            if (m.claimant) std::cout << ", per " << *m.claimant << (m.claimant_side ? " (" + *m.claimant_side + ")" : "");
            std::cout << ", " << (m.status ? to_string(*m.status) : "-") << ", " << to_string(m.modality.value_or(Modality::reported));
            if (m.event_date) std::cout << ", " << format_date(*m.event_date);
            if (m.date_precision) std::cout << " [" << to_string(*m.date_precision) << (m.evidence.date_basis.empty() ? "" : ": " + m.evidence.date_basis) << "]";
            if (m.quantity) std::cout << ", quantity " << *m.quantity;
            std::cout << "\n";
        }
        // Why the claim is what it is (or why there is none).
        std::cout << "  claim reading: " << d.claim.verdict;
        if (d.claim.probability) std::cout << " (model: " << std::fixed << std::setprecision(2) << *d.claim.probability << " likely)";
        std::cout << "\n";
        for (std::size_t k = 0; k < m.evidence.candidates.size(); ++k) {
            const Candidate& c = m.evidence.candidates[k];
            PlaceView p = g.place(c.place);
            std::cout << "  " << (k == 0 && m.place_id ? "* " : "  ") << std::left << std::setw(22) << p.id()
                      << std::setw(24) << p.name() << std::setw(11) << to_string(p.kind()) << std::setw(3)
                      << p.country() << std::right << std::fixed << std::setprecision(2) << std::setw(7) << c.score
                      << "\n";
            for (const auto& e : c.evidence) std::cout << "        " << e << "\n";
        }
    }

    po::options_description opts_;
    std::string gazetteer_;
    std::vector<std::string> inputs_;
    bool json_ = false, help_only_ = false;
    std::string report_date_text_;
    run::ReportDate report_date_;  // --report-date: dates undated documents
};

}  // namespace

std::unique_ptr<Command> make_explain_command() { return std::make_unique<ExplainCommand>(); }

}  // namespace frontline::cli
