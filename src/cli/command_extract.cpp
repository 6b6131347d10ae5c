// frontline extract: reports in, map layers out.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <chrono>
#include <iostream>
#include <utility>

#include "command.hpp"
#include "frontline/derive/control.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/error.hpp"
#include "frontline/output/layer_set_writer.hpp"
#include "frontline/output/qgis_project.hpp"
#include "frontline/run/progress_meter.hpp"
#include "frontline/run/run.hpp"
#include "frontline/time.hpp"
#include "frontline/version.hpp"

namespace frontline::cli {

namespace {

// Output names as the writer reports them: connection strings with their
// password hidden.
std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

class ExtractCommand : public Command {
public:
    ExtractCommand() : opts_("options") {
        opts_.add_options()("help,h", "show this help")
            ("output,o", po::value<std::string>(&request_.output.destination), "output file or connection string (PG:...)")
            ("format,f", po::value<std::string>(&request_.output.driver), "OGR driver (default: from the output's extension)")
            ("gazetteer,g", po::value<std::string>(&gazetteer_), "compiled gazetteer (default: the bundled one)")
            ("overwrite", po::bool_switch(&request_.output.overwrite), "replace an existing output")
            ("lco", po::value<std::vector<std::string>>(&request_.output.layer_options), "layer creation option KEY=VALUE (repeatable)")
            ("dsco", po::value<std::vector<std::string>>(&request_.output.dataset_options), "dataset creation option KEY=VALUE (repeatable)")
            ("t_srs", po::value<std::string>(&request_.output.target_srs), "reproject to this CRS (not for GeoJSON)")
            ("report-date", po::value<std::string>(&report_date_text_),
             "date of reports that carry none of their own (no published field, no timestamped entries) and have "
             "no dated copy in the same run: YYYY-MM-DD, or file-time for each file's modification time")
            ("layers", po::value<std::string>(&layers_text_),
             "layers to write, of mentions,events,places,regions (default: all; mentions alone with -o -, which takes one "
             "layer); mentions alone stream, in memory that follows the largest document (about 25 times its size), "
             "not the corpus")
            ("threads,j", po::value<unsigned>(&threads_)->default_value(0), "worker threads (0: all cores)")
            ("as-of", po::value<std::vector<std::string>>(&as_of_), "add control/front layers for this date, YYYY-MM-DD (repeatable)")
            ("as-of-series", po::value<std::vector<std::string>>(&as_of_), "add control/front layers for START:END:STEP (2024-10-01:2024-12-31:7d)")
            ("control-window", po::value<int>(&request_.derive.window_days)->default_value(180),
             "without --baseline: days a claim counts towards control")
            ("baseline", po::value<std::string>(&baseline_),
             "control map the claims change: an OGR polygon source of one side's area on one date (a DeepState daily "
             "file); adds the updated area and the front line")
            ("baseline-date", po::value<std::string>(&baseline_date_text_),
             "the baseline's date, YYYY-MM-DD (default: its date field, else a date in its file name)")
            ("baseline-side", po::value<std::string>(&baseline_side_)->default_value("RU"), "whose area the baseline shows")
            ("clip", po::value<std::string>(&clip_), "clip control areas to the polygons of this OGR source (land, country)")
            ("clip-where", po::value<std::string>(&clip_where_), "OGR SQL attribute filter for --clip")
            ("qgis-project", po::value<std::string>(&qgis_project_),
             "also write a QGIS project (.qgs) over the GeoPackage output: layers ordered, styled, time-aware")
            ("quiet,q", po::bool_switch(&quiet_), "print only errors");
    }
    const char* name() const override { return "extract"; }
    const char* summary() const override { return "read reports and write map layers"; }
    const char* usage() const override {
        return "[-g GAZETTEER] -o OUT [-f DRIVER] INPUT...\n\n"
               "INPUT: .txt, .md, .html, .jsonl, .ndjson, .json files, saved RSS/Atom feeds (.rss, .atom, .xml),\n"
               "directories (searched recursively), globs, or - for stdin.\n"
               "OUT: a file, PG:... for PostGIS, or - for standard output (GeoJSON, GeoJSONSeq; one layer).";
    }
    std::vector<ExitCode> exit_codes() const override {
        return {ExitCode::ok, ExitCode::failure, ExitCode::usage, ExitCode::input, ExitCode::output, ExitCode::gazetteer};
    }
    const po::options_description& options() const override { return opts_; }

    void setup(const std::vector<std::string>& args) override {
        if (!parse_options_with_inputs(*this, args, inputs_)) {
            help_only_ = true;
            return;
        }
        if (request_.output.destination.empty()) throw UsageError("extract: -o OUT is required");
        if (inputs_.empty()) throw UsageError("extract: name at least one INPUT (a file, directory, glob or -)");
        for (const auto& a : as_of_)
            for (Date d : parse_as_of(a)) request_.derive.as_of.push_back(d);
        std::sort(request_.derive.as_of.begin(), request_.derive.as_of.end());
        request_.derive.as_of.erase(std::unique(request_.derive.as_of.begin(), request_.derive.as_of.end()),
                                    request_.derive.as_of.end());
        report_date_ = parse_report_date(*this, report_date_text_);
        if (!clip_.empty() && request_.derive.as_of.empty()) throw UsageError("extract: --clip needs --as-of or --as-of-series");
        if (!baseline_.empty() && request_.derive.as_of.empty())
            throw UsageError("extract: --baseline needs --as-of or --as-of-series");
        if (!baseline_date_text_.empty()) {
            if (baseline_.empty()) throw UsageError("extract: --baseline-date needs --baseline");
            baseline_date_ = parse_as_of(baseline_date_text_).front();
            if (baseline_date_text_.find_first_of(":,") != std::string::npos)
                throw UsageError("extract: --baseline-date: one date, YYYY-MM-DD");
        }
        if (!qgis_project_.empty()) {
            const auto lower = [](std::string t) {
                std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return std::tolower(c); });
                return t;
            };
            const std::string driver = lower(request_.output.driver);
            if (!(driver == "gpkg" || (driver.empty() && lower(request_.output.destination).ends_with(".gpkg"))))
                throw UsageError("extract: --qgis-project needs a GeoPackage output (-o FILE.gpkg)");
            if (!lower(qgis_project_).ends_with(".qgs"))
                throw UsageError("extract: --qgis-project: name a .qgs file (" + qgis_project_ + ")");
        }
        try {
            if (layers_text_.empty())
                layers_text_ = LayerSetWriter::is_stream(request_.output.destination) ? "mentions" : "mentions,events,places,regions";
            request_.layers = run::LayerList::parse(layers_text_);
            run::Run::check(request_);  // refuses unknown formats before any work
        } catch (const UsageError& e) {
            throw UsageError(std::string("extract: ") + e.what());
        }
    }

    int run() override {
        if (help_only_) return 0;
        auto t0 = std::chrono::steady_clock::now();
        run::RunSettings settings;
        settings.gazetteer = gazetteer_;
        const std::vector<InputSpec> inputs = expand_inputs(inputs_, &settings.skipped_files);
        settings.documents.threads = threads_;
        settings.documents.report_date = report_date_;
        settings.on_issue = [](const InputIssue& issue) { std::cerr << "frontline: " << issue.to_string() << "\n"; };
        settings.on_repairs = [](const Document& doc) {
            for (const auto& issue : doc.issues)
                std::cerr << "frontline: " << doc.source << " (byte " << issue.offset << "): " << issue.message << "\n";
        };
        // Progress for a person at a terminal, never under cron or into a log.
        std::optional<run::ProgressMeter> meter;
        if (!quiet_ && ::isatty(STDERR_FILENO)) {
            std::uint64_t total = 0;
            std::error_code ec;
            for (const InputSpec& in : inputs) {
                const auto size = in.is_stdin() ? 0 : std::filesystem::file_size(in.path, ec);
                if (!ec) total += size;
                ec.clear();
            }
            meter.emplace(stderr, total);
            settings.on_progress = [&meter](const run::DocumentRunCounts& c, std::size_t) {
                meter->update(c.documents, c.bytes);
            };
        }
        run::Run chain(std::move(settings));
        request_.output.metadata = {{"frontline_version", version},
                                    {"gazetteer", chain.gazetteer_path().filename().string()},
                                    {"run_at", format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()))}};
        std::string named;
        for (const auto& i : inputs_) named += (named.empty() ? "" : " ") + i;
        request_.output.metadata.emplace_back("inputs", named);
        if (!clip_.empty()) request_.derive.clip = load_clip_area(clip_, clip_where_);  // fail before any output
        if (!baseline_.empty()) {
            request_.derive.baseline = load_baseline(baseline_, baseline_date_, baseline_side_);
            check_derive_options(request_.derive);  // before any output
        }

        const run::RunReport r = chain.write_layers(inputs, request_);
        if (!qgis_project_.empty()) write_qgis_project(qgis_project_, request_.output.destination);
        if (meter) meter->finish();
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (quiet_) return 0;
        if (r.documents.dated_from_copies)
            std::cerr << "dated " << counted(r.documents.dated_from_copies, "undated document")
                      << " from dated copies of the same pages\n";
        // What was written, layer by layer.
        const run::LayerList layers = run::Run::layers_for(request_);
        std::string written;
        auto add = [&](run::Layer l, const std::string& what) {
            if (layers.has(l)) written += (written.empty() ? "" : ", ") + what;
        };
        add(run::Layer::mentions, counted(r.mentions, "mention") + " (" + std::to_string(r.resolved) + " resolved)");
        add(run::Layer::events, counted(r.events, "event"));
        add(run::Layer::places, counted(r.places, "place"));
        add(run::Layer::regions, counted(r.regions, "region claim"));
        add(run::Layer::control, counted(r.control, "control area"));
        add(run::Layer::front, counted(r.front, "front line"));
        std::cerr << "read " << counted(r.documents.documents, "document") << "; " << written << " written to "
                  << joined(r.outputs) << (qgis_project_.empty() ? "" : ", project " + qgis_project_) << " in "
                  << seconds(secs) << "\n";
        return 0;
    }

private:
    po::options_description opts_;
    run::LayerSetRequest request_;
    std::string gazetteer_;
    std::vector<std::string> inputs_;
    bool quiet_ = false, help_only_ = false;
    unsigned threads_ = 0;
    std::vector<std::string> as_of_;  // --as-of and --as-of-series; parse_as_of reads either
    std::string clip_, clip_where_;
    std::string baseline_, baseline_date_text_, baseline_side_;
    std::optional<Date> baseline_date_;
    std::string report_date_text_;
    run::ReportDate report_date_;  // --report-date: dates undated documents
    std::string layers_text_;
    std::string qgis_project_;  // --qgis-project: a .qgs over the GeoPackage
};

}  // namespace

std::unique_ptr<Command> make_extract_command() { return std::make_unique<ExtractCommand>(); }

}  // namespace frontline::cli
