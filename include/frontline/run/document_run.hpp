#pragma once
// The documents of one run, structured, dated and processed on all cores,
// delivered in order. What extract, update and explain have in common:
//
//   add(doc) ... add(doc), finish()
//     -> on workers:   analyse_structure (entries, sentences, boilerplate)
//                      and process(doc, out) for every dated document
//     -> on the caller: deliver(doc, out), documents in the order added
//
// Dating: a document with no date of its own (no published field, no dated
// entries) is held back until every document has been added, then dated
// from a dated copy of the same page (snapshot_dates.hpp), else with
// `report_date`, else left undated; held documents are processed and
// delivered last, in the order added. At most `max_held_bytes` of text is
// held; beyond that an undated document gets `report_date` (or no date) at
// once.
//
// Memory is bounded by three batches (being read, processed, delivered) and
// the held text. Output does not depend on the number of threads.
//
// Thread safety: add() and finish() from one thread; `process` runs on
// worker threads (several at once: it must only read shared state);
// `deliver` runs on the thread calling add()/finish(). An exception from
// either propagates out of add() or finish(); the run is then unusable.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/run/report_date.hpp"
#include "frontline/document/snapshot_dates.hpp"
#include "frontline/mention.hpp"
#include "frontline/pipeline.hpp"
#include "frontline/time.hpp"

namespace frontline {
class BoilerplateFilter;
}

namespace frontline::run {

struct DocumentRunOptions {
    /// Worker threads; 0: all cores.
    unsigned threads = 0;
    /// The date of documents that carry none of their own and have no dated
    /// copy in the run (--report-date).
    ReportDate report_date;
    /// Undated text held back for dating from copies, at most.
    std::size_t max_held_bytes = std::size_t(64) << 20;
    /// A batch ends at this many documents or bytes of text.
    std::size_t batch_documents = 256;
    std::size_t batch_bytes = std::size_t(2) << 20;
};

/// What `process` made of one document; the caller decides which parts.
struct ProcessedDocument {
    std::vector<Mention> mentions;
    std::vector<MentionDetail> details;  ///< explain: mentions with their evidence
    std::string text;                    ///< serialised mentions (GeoJSONSeq, the update state's JSON)
    std::size_t n_mentions = 0, n_resolved = 0;  ///< kept when `mentions` is freed early
};

struct DocumentRunCounts {
    std::size_t documents = 0;
    std::uint64_t bytes = 0;
    std::size_t dated_from_copies = 0;
    std::size_t dated_by_report_date = 0;
    std::size_t undated = 0;  ///< left without a date (their claims are undated)
};

class DocumentRun {
public:
    using Process = std::function<void(const Document& doc, ProcessedDocument& out)>;
    using Deliver = std::function<void(Document& doc, ProcessedDocument& out)>;
    /// Called after each delivered document with the counts so far.
    using Progress = std::function<void(const DocumentRunCounts& counts, std::size_t delivered)>;

    /// `boilerplate` may be null (nothing is marked); it must outlive the run.
    DocumentRun(DocumentRunOptions options, const BoilerplateFilter* boilerplate, Process process, Deliver deliver);
    ~DocumentRun();
    DocumentRun(const DocumentRun&) = delete;
    DocumentRun& operator=(const DocumentRun&) = delete;

    /// Takes one document as read (its structure is analysed here).
    void add(Document doc);
    /// Processes and delivers everything still pending, held documents last.
    void finish();

    /// The dated paragraphs learnt so far; a caller may teach it paragraphs
    /// of earlier runs (update keeps them in its state), before adding
    /// documents or from on_undated().
    SnapshotDates& snapshots();
    /// Called in finish() with the paragraphs of each undated document held
    /// for dating, before it is dated: a caller that keeps the dated
    /// paragraphs of earlier runs teaches snapshots() those this document
    /// has, rather than every one it keeps (issue #17: what a run reads
    /// follows its documents, not the state). Null: none asked for.
    void on_undated(std::function<void(const ParagraphDates&)> recall);
    /// The paragraphs of each dated document delivered, for a caller that
    /// keeps them (update); null: none asked for.
    void on_dated(std::function<void(const ParagraphDates&)> learn);
    void on_progress(Progress progress);
    /// Called in add() with each document as read, before it waits for its
    /// batch: a caller starts there what processing it will take long to load
    /// (Pipeline::prepare), so that the load overlaps the reading of the rest.
    void on_read(std::function<void(const Document&)> prepare);

    const DocumentRunCounts& counts() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Worker threads for `threads` (0: all cores).
unsigned worker_count(unsigned threads);

}  // namespace frontline::run
