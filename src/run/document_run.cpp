#include "frontline/run/document_run.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <utility>

#include "batch_workers.hpp"
#include "frontline/document/structure.hpp"

namespace frontline::run {

unsigned worker_count(unsigned threads) { return threads ? threads : std::max(1u, std::thread::hardware_concurrency()); }

namespace {

struct Slot {
    ProcessedDocument out;
    ParagraphDates dates;  // for dating undated copies of the same page
    bool held = false;     // undated: waits for every dated copy
};

}  // namespace

struct DocumentRun::Impl {
    DocumentRunOptions options;
    const BoilerplateFilter* boilerplate;
    Process process;
    Deliver deliver;
    Progress progress;
    std::function<void(const ParagraphDates&)> learn;
    std::function<void(const ParagraphDates&)> recall;
    std::function<void(const Document&)> on_read;
    unsigned workers;
    DocumentRunCounts counts;
    std::size_t delivered = 0;
    SnapshotDates snapshots;

    std::vector<Document> batch;  // being read
    std::size_t batch_bytes = 0;
    std::vector<Document> running;  // being processed by the workers
    std::vector<Slot> running_slots;
    std::vector<std::pair<Document, ParagraphDates>> held;
    std::size_t held_bytes = 0;
    BatchWorkers pool;  // last: stopped before the batches it works on are freed

    Impl(DocumentRunOptions o, const BoilerplateFilter* b, Process p, Deliver d)
        : options(std::move(o)), boilerplate(b), process(std::move(p)), deliver(std::move(d)),
          workers(worker_count(options.threads)) {}

    // On a worker: structure, then the stages unless the document waits for a date.
    void prepare(Document& doc, Slot& slot) const {
        analyse_structure(doc, boilerplate);
        slot.dates = paragraph_dates(doc);
        if (!doc.document_date) {
            slot.held = true;
            return;
        }
        process(doc, slot.out);
    }

    void give(Document& doc, ProcessedDocument& out) {
        deliver(doc, out);
        ++delivered;
        if (progress) progress(counts, delivered);
    }

    // On the caller's thread, in order.
    void deliver_batch(std::vector<Document>& docs, std::vector<Slot>& slots) {
        for (std::size_t i = 0; i < docs.size(); ++i) {
            Document& doc = docs[i];
            Slot& slot = slots[i];
            if (slot.held) {
                if (held_bytes + doc.text.size() <= options.max_held_bytes) {
                    held_bytes += doc.text.size();
                    held.emplace_back(std::move(doc), std::move(slot.dates));
                    continue;
                }
                date_without_copy(doc);  // too much held: no copy will date it
                process(doc, slot.out);
            }
            snapshots.learn(slot.dates);
            if (learn && doc.document_date) learn(slot.dates);
            give(doc, slot.out);
        }
    }

    void date_without_copy(Document& doc) {
        doc.document_date = options.report_date.from_file ? file_time(doc.source) : options.report_date.date;
        if (doc.document_date) ++counts.dated_by_report_date;
        else ++counts.undated;
    }

    // When the file a document was read from was last written; none for
    // standard input or a file gone since.
    static std::optional<Timestamp> file_time(const std::string& source) {
        if (source.empty() || source == "-") return std::nullopt;
        std::error_code ec;
        const auto written = std::filesystem::last_write_time(source, ec);
        if (ec) return std::nullopt;
        return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::file_clock::to_sys(written));
    }

    void flush() {
        if (workers == 1) {
            std::vector<Slot> slots(batch.size());
            for (std::size_t i = 0; i < batch.size(); ++i) prepare(batch[i], slots[i]);
            deliver_batch(batch, slots);
        } else {
            // The workers take this batch while the previous one is delivered here.
            pool.join();  // rethrows a worker's failure
            std::vector<Document> done = std::exchange(running, std::move(batch));
            std::vector<Slot> done_slots = std::exchange(running_slots, std::vector<Slot>(running.size()));
            pool.start(running.size(), workers, [this](std::size_t i) { prepare(running[i], running_slots[i]); });
            deliver_batch(done, done_slots);
        }
        batch.clear();
        batch_bytes = 0;
    }

    void finish() {
        flush();
        if (workers > 1) {
            pool.join();
            std::vector<Document> done = std::move(running);
            std::vector<Slot> done_slots = std::move(running_slots);
            deliver_batch(done, done_slots);
        }
        if (held.empty()) return;
        // Every dated copy is known now (those of earlier runs once recalled).
        if (recall)
            for (const auto& [doc, dates] : held) recall(dates);
        for (auto& [doc, dates] : held) {
            if ((doc.document_date = snapshots.date_for(dates))) ++counts.dated_from_copies;
            else date_without_copy(doc);
        }
        std::vector<ProcessedDocument> outs(held.size());
        auto one = [&](std::size_t i) { process(held[i].first, outs[i]); };
        if (workers == 1) {
            for (std::size_t i = 0; i < held.size(); ++i) one(i);
        } else {
            pool.start(held.size(), workers, one);
            pool.join();
        }
        for (std::size_t i = 0; i < held.size(); ++i) give(held[i].first, outs[i]);
        held.clear();
        held_bytes = 0;
    }
};

DocumentRun::DocumentRun(DocumentRunOptions options, const BoilerplateFilter* boilerplate, Process process,
                         Deliver deliver)
    : impl_(std::make_unique<Impl>(std::move(options), boilerplate, std::move(process), std::move(deliver))) {}

DocumentRun::~DocumentRun() = default;

void DocumentRun::add(Document doc) {
    Impl& r = *impl_;
    ++r.counts.documents;
    r.counts.bytes += doc.text.size();
    r.batch_bytes += doc.text.size();
    if (r.on_read) r.on_read(doc);
    r.batch.push_back(std::move(doc));
    if (r.batch.size() >= r.options.batch_documents || r.batch_bytes >= r.options.batch_bytes) r.flush();
}

void DocumentRun::finish() { impl_->finish(); }

SnapshotDates& DocumentRun::snapshots() { return impl_->snapshots; }
void DocumentRun::on_dated(std::function<void(const ParagraphDates&)> learn) { impl_->learn = std::move(learn); }
void DocumentRun::on_undated(std::function<void(const ParagraphDates&)> recall) { impl_->recall = std::move(recall); }
void DocumentRun::on_progress(Progress progress) { impl_->progress = std::move(progress); }
void DocumentRun::on_read(std::function<void(const Document&)> prepare) { impl_->on_read = std::move(prepare); }
const DocumentRunCounts& DocumentRun::counts() const { return impl_->counts; }

}  // namespace frontline::run
