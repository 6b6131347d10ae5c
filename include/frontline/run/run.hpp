#pragma once
// One run of frontline's whole chain (DESIGN.md, "Data flow"): the
// gazetteer, the pipeline over it and the boilerplate list loaded once;
// documents read, structured and dated, the stages on all cores
// (document_run.hpp); the layer set written with one list of layers
// (layer_list.hpp). `extract`, `update` and `explain` are callers of this
// class, so they cannot disagree about a claim or a date:
//
//   extract  write_layers(inputs, request)        inputs -> layer set
//   explain  explain(inputs, sink)                inputs -> mentions with evidence
//   update   documents(process, deliver)          its sources -> its state
//            write_layers(each_mention, request)  its state -> layer set
//
// Not thread-safe: one Run per thread; it starts and joins its own workers.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/derive/control.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/gazetteer/gazetteer.hpp"
#include "frontline/output/output_options.hpp"
#include "frontline/pipeline.hpp"
#include "frontline/run/document_run.hpp"
#include "frontline/run/layer_list.hpp"

namespace frontline::run {

struct RunSettings {
    /// The compiled gazetteer; empty: the bundled one.
    std::filesystem::path gazetteer;
    /// whole: read at once (extract, explain); lazy: pages as touched
    /// (update, whose runs mostly read little).
    Gazetteer::Access gazetteer_access = Gazetteer::Access::whole;
    DocumentRunOptions documents;
    /// Unreadable inputs (errors) and empty ones (warnings); they are skipped.
    IssueHandler on_issue;
    /// A document read with repairs (invalid UTF-8 replaced): Document::issues.
    std::function<void(const Document&)> on_repairs;
    /// After each document delivered (progress at a terminal).
    DocumentRun::Progress on_progress;
    /// Files a directory search passed over (expand_inputs(..., &skipped)):
    /// named when no input could be read.
    std::vector<std::string> skipped_files;
    /// A document is held and processed whole, and its memory is about 40
    /// times its text (tokens, mentions, their serialised features): one
    /// larger than this is reported with advice to split it.
    std::uint64_t large_document_bytes = std::uint64_t(16) << 20;
};

/// What to write: where, which layers, which derived dates.
struct LayerSetRequest {
    OutputOptions output;
    /// Without control/front: those follow derive.as_of.
    LayerList layers;
    DeriveOptions derive;
};

/// The features written per layer and what the documents were.
struct RunReport {
    DocumentRunCounts documents;
    std::size_t mentions = 0, resolved = 0, events = 0, places = 0, regions = 0, control = 0, front = 0;
    std::vector<std::string> outputs;  ///< files or connection (redacted), as written
};

class Run {
public:
    /// Opens the gazetteer (GazetteerError, exit 5). The pipeline and the
    /// boilerplate list load on first use.
    explicit Run(RunSettings settings);
    ~Run();
    Run(const Run&) = delete;
    Run& operator=(const Run&) = delete;

    /// The layer list a request writes, derived layers included.
    static LayerList layers_for(const LayerSetRequest& request);
    /// Checks a request without touching any file: the driver is known, the
    /// layer list is consistent (derived layers need events). Throws UsageError.
    static void check(const LayerSetRequest& request);

    /// extract: reads `inputs`, runs the stages and writes the layer set,
    /// replacing it atomically. Throws Error(ExitCode::input) when no input
    /// could be read (nothing is written), OutputError, UsageError.
    RunReport write_layers(const std::vector<InputSpec>& inputs, const LayerSetRequest& request);

    /// update: writes the layer set from mentions already made; `each_mention`
    /// calls its argument once per mention, in output order.
    using MentionSink = std::function<void(const Mention&)>;
    RunReport write_layers(const std::function<void(const MentionSink&)>& each_mention, const LayerSetRequest& request);

    /// explain: each document's mentions with their candidates and evidence,
    /// in delivery order (documents dated from copies last). Throws
    /// Error(ExitCode::input) when no input could be read.
    using ExplainSink = std::function<void(const Document&, const std::vector<MentionDetail>&)>;
    DocumentRunCounts explain(const std::vector<InputSpec>& inputs, const ExplainSink& sink);

    /// update: a document run whose workers use this run's stages.
    std::unique_ptr<DocumentRun> documents(DocumentRun::Process process, DocumentRun::Deliver deliver);

    const std::filesystem::path& gazetteer_path() const;
    const Gazetteer& gazetteer() const;
    const Pipeline& pipeline();
    const BoilerplateFilter& boilerplate();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline::run
