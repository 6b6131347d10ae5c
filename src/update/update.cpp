// One run of `frontline update`: sources -> state -> outputs.
#include "frontline/update/update.hpp"
#include "frontline/text/counted.hpp"

#include "frontline/derive/control.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <filesystem>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "frontline/data_path.hpp"
#include "frontline/document/reader.hpp"
#include "frontline/document/snapshot_dates.hpp"
#include "frontline/events/event_builder.hpp"
#include "frontline/output/layer_set_patch.hpp"
#include "frontline/run/progress_meter.hpp"
#include "frontline/run/run.hpp"
#include "frontline/time.hpp"
#include "frontline/update/feed.hpp"
#include "frontline/update/file_stamps.hpp"
#include "frontline/update/lock.hpp"
#include "frontline/update/mention_json.hpp"
#include "frontline/update/state.hpp"
#include "frontline/version.hpp"
#include "frontline/update/control_events.hpp"
#include "known_documents.hpp"
#include "output_patch.hpp"
#include "stored_mentions.hpp"

namespace frontline::update {

namespace fs = std::filesystem;

namespace {

std::string now_string() {
    return format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

// 128 bits of FNV-1a (two offset bases): change detection, not security.
struct Hasher {
    std::uint64_t a = 1469598103934665603ULL, b = 0x84222325cbf29ce4ULL;
    void add(std::string_view s) {
        for (unsigned char c : s) {
            a = (a ^ c) * 1099511628211ULL;
            b = (b ^ c) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL;
        }
        a = (a ^ 0x1f) * 1099511628211ULL;  // field separator
        b = (b ^ 0x1f) * 0x100000001b3ULL;
    }
    std::string hex() const {
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a), static_cast<unsigned long long>(b));
        return buf;
    }
};

std::string content_hash(const Document& d) {
    Hasher h;
    h.add(d.id);
    h.add(d.text);
    h.add(d.url.value_or("\x01"));
    h.add(d.title.value_or("\x01"));
    h.add(d.published ? format_timestamp(*d.published) : "\x01");
    return h.hex();
}

// What decides the mentions besides the document: frontline's version and
// the gazetteer file. A change reprocesses every document.
std::string pipeline_fingerprint(const fs::path& gazetteer) {
    Hasher h;
    h.add(version);
    std::error_code ec;
    fs::path canon = fs::weakly_canonical(gazetteer, ec);
    h.add((ec ? gazetteer : canon).string());
    struct stat st {};
    if (::stat(gazetteer.c_str(), &st) == 0) {
        h.add(std::to_string(st.st_size));
        h.add(std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec));
    }
    return h.hex();
}

std::string options_hash(const OutputConfig& o, const std::string& as_of) {
    Hasher h;
    h.add(version);
    h.add(o.options.destination);
    h.add(o.options.driver);
    for (const auto& s : o.options.layer_options) h.add("lco=" + s);
    for (const auto& s : o.options.dataset_options) h.add("dsco=" + s);
    h.add(o.options.target_srs);
    h.add(o.options.spatial_index ? "1" : "0");
    h.add(o.options.styles ? "1" : "0");
    h.add(as_of);
    return h.hex();
}

// Temporaries of LayerSetWriter (".<stem>[.<layer>].tmp-<pid>.<ext>") left by
// killed runs: removed when their process is gone.
void remove_stale_temporaries(const OutputConfig& o, Logger& log) {
    if (o.is_connection) return;
    fs::path dest(o.options.destination);
    fs::path dir = dest.parent_path().empty() ? fs::path(".") : dest.parent_path();
    std::string prefix = "." + dest.stem().string() + ".";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        auto t = name.find(".tmp-", prefix.size() - 1);
        if (t == std::string::npos) continue;
        std::size_t p = t + 5, q = p;
        while (q < name.size() && std::isdigit(static_cast<unsigned char>(name[q]))) ++q;
        if (q == p || q >= name.size() || name[q] != '.') continue;
        long pid = std::stol(name.substr(p, q - p));
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == -1 && errno == ESRCH) {
            std::error_code rm;
            fs::remove_all(entry.path(), rm);
            if (!rm) log.debug("stale_temporary_removed", "removed " + entry.path().string() + " left by an interrupted run",
                               {{"file", entry.path().string()}});
        }
    }
}

// A file changed within this long before a run may change again within the
// same mtime tick without changing size: its stamp proves nothing yet, so it
// is read again by the next run too.
constexpr std::int64_t kRacyNs = 2'000'000'000;

std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::string doc_key(std::string_view source, std::string_view doc_id) {
    std::string k(source);
    k.push_back('\0');
    k.append(doc_id);
    return k;
}

// The rows a document's mentions are also kept as (state.hpp): each mention
// of a place, by place and event window; boilerplate counts for nothing.
std::vector<MentionRow> mention_rows(const std::vector<Mention>& mentions) {
    std::vector<MentionRow> rows;
    for (const Mention& m : mentions) {
        if (!m.place_id || m.place_id->empty() || m.boilerplate) continue;
        rows.push_back({*m.place_id, EventBuilder::window_key(m), m.mention_id,
                        mention_to_json(m).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)});
    }
    return rows;
}

void store_rows(StateStore& state, std::string_view source, std::string_view doc_id, const std::vector<Mention>& mentions) {
    std::vector<MentionRow> rows = mention_rows(mentions);
    std::set<std::string_view> event_places;
    for (const MentionRow& r : rows)
        if (!r.window_key.empty() && event_places.insert(r.place_id).second) state.put_event_place(r.place_id, r.mention);
    state.put_mention_rows(source, doc_id, rows);
}

// A version 1 state keeps its mentions only per document: the rows are made
// once, in the run's transaction.
void add_mention_rows(StateStore& state, Logger& log) {
    if (state.meta("schema_version").value_or("") != "1") return;
    std::size_t n = 0;
    state.for_each_document([&](const std::string& doc_id, const std::string& source, const std::string& json) {
        try {
            store_rows(state, source, doc_id, mentions_from_json(json));
            ++n;
        } catch (const StateError&) {
            throw;
        } catch (const Error& e) {
            log.error("state_corrupt", "state: document '" + doc_id + "' from " + source + ": " + e.what() + " (skipped)");
        }
    });
    state.set_meta("schema_version", "2");
    log.info("state_upgraded", "state: the mentions of " + counted(n, "document") + " indexed by place and event");
}

LogFields position_fields(const InputPosition& where) {
    LogFields f{{"file", where.file}};
    if (where.line) f.emplace_back("line", *where.line);
    if (where.offset) f.emplace_back("offset", *where.offset);
    return f;
}

class UpdateRun {
public:
    UpdateRun(const UpdateConfig& config, const UpdateOptions& options, Logger& log)
        : config_(config), options_(options), log_(log) {}

    UpdateReport go();

private:
    // A path source as listed before the state's documents are read: its
    // files, their stamps now, and which stamps are those of their last read.
    struct ListedSource {
        bool listed = false;  // false: missing, or not a path source
        std::vector<InputSpec> inputs;
        std::vector<std::optional<FileStamp>> stamps;
        std::vector<char> stamped_before;  // the state holds a stamp of a complete read
        std::vector<char> as_last_read;
    };
    void list_sources();
    void prepare_for_changed_files();
    void read_sources();
    void read_path_source(const SourceConfig& s, ListedSource& listed);
    void read_feed_source(const SourceConfig& s);
    void take(Document doc, const std::string& origin);
    run::DocumentRun& documents();
    void store(const Document& doc, const run::ProcessedDocument& out);
    void sweep_missing();
    void keep_place_aggregates();
    void write_outputs();
    void write_output(const OutputConfig& o, const std::string& as_of_json);
    bool can_patch(const OutputConfig& o, const std::optional<std::pair<std::int64_t, std::string>>& record,
                   const std::string& options_hash) const;
    void patch_output(const OutputConfig& o, const std::string& as_of_json);
    void remember_replaced(const std::string& source, const std::string& doc_id);
    OutputOptions output_options(const OutputConfig& o, const std::string& as_of_json) const;
    DeriveOptions derive_options() const;
    const DerivedLayers& derived_layers();

    const UpdateConfig& config_;
    const UpdateOptions& options_;
    Logger& log_;
    UpdateReport report_;
    std::string now_ = now_string();
    std::int64_t run_started_ns_ = now_ns();
    std::optional<run::Run> chain_;  // the stages, shared with extract and explain
    std::unique_ptr<StateStore> state_;
    KnownDocuments known_;  // the documents in the state when the run began, and which were seen
    std::vector<ListedSource> listed_;          // per configured source
    std::set<std::string> completed_origins_;   // sources read completely this run
    std::set<std::string> failed_files_;        // files with errors: their documents are not "missing"
    bool changed_ = false;

    // What this run changed, for outputs changed in place (LayerSetPatch)
    // rather than rewritten: the doc ids whose mentions changed, and the
    // FIDs of the mentions their earlier versions had.
    std::int64_t generation_before_ = 0;
    std::set<std::string> changed_doc_ids_;
    std::set<std::pair<std::string, std::string>> new_docs_;                 // (doc_id, source)
    std::map<std::pair<std::string, std::string>, std::string> replaced_;  // (doc_id, source) -> earlier mentions
    bool patchable_ = true;  // false: every output is rewritten whole

    // Place aggregates (state.hpp): the mentions of new documents with new
    // ids, which are added to their places' aggregates; the places whose
    // aggregates are made again from their rows instead (a document changed
    // or went); and, per place touched, its aggregate before and after the
    // run, for the outputs.
    EventBuilder added_places_;
    std::set<std::string> touched_places_, recompute_places_;
    std::optional<PlaceAggregateChanges> place_changes_;
    // The derived layers of the state after the run, made once for every
    // output changed in place (a rewrite makes its own).
    std::optional<DerivedLayers> derived_;
    bool fold_places_ = false;  // the aggregates are those of generation_before_, and kept up

    // New and changed documents, by doc_key, until their mentions are stored.
    struct Pending {
        std::string origin, hash;
        bool is_new = false;
    };
    std::unordered_map<std::string, Pending> pending_;
    std::unique_ptr<run::DocumentRun> documents_;  // started by the first new or changed document
    std::optional<run::ProgressMeter> progress_;   // at a terminal
    std::uint64_t processed_bytes_ = 0;
};

UpdateReport UpdateRun::go() {
    auto t0 = std::chrono::steady_clock::now();
    fs::path state_path = config_.state_path;
    FileLock lock(fs::path(state_path.string() + ".lock"), options_.lock_timeout);
    log_.debug("locked", "holding " + lock.path().string());

    for (const auto& o : config_.outputs) {
        remove_stale_temporaries(o, log_);
        // Before anything can rename a new file over it or append to it.
        if (!o.is_connection) try {
                LayerSetPatch::recover(o.options);
            } catch (const Error& e) {
                log_.error("output_recovery_failed", e.what(), {{"output", o.options.destination}});
            }
    }

    run::RunSettings settings;
    settings.gazetteer = config_.gazetteer ? *config_.gazetteer : default_gazetteer_path();
    settings.gazetteer_access = Gazetteer::Access::lazy;  // most runs read little or nothing
    settings.documents.threads = config_.jobs;
    settings.documents.report_date = config_.report_date;
    chain_.emplace(std::move(settings));  // fails early (exit 5) before any state change

    state_ = std::make_unique<StateStore>(state_path);
    struct Guard {
        StateStore& s;
        bool done = false;
        ~Guard() {
            if (!done) s.rollback();
        }
    } guard{*state_};
    state_->begin();

    std::string fingerprint = pipeline_fingerprint(chain_->gazetteer_path());
    if (options_.reprocess || state_->meta("pipeline_fingerprint").value_or("") != fingerprint) {
        if (state_->document_count() > 0)
            log_.info("reprocess", "the gazetteer or frontline changed: every document is read again");
        state_->invalidate_hashes();
        patchable_ = false;  // every document changes: a rewrite costs less
        state_->clear_feed_validators();
        state_->set_meta("pipeline_fingerprint", fingerprint);
    }
    add_mention_rows(*state_, log_);
    nlohmann::json as_of = nlohmann::json::array();
    for (Date d : config_.as_of) as_of.push_back(format_date(d));
    state_->set_meta("derived_as_of", as_of.dump());

    generation_before_ = state_->generation();
    fold_places_ = patchable_ && state_->meta("place_aggregates").value_or("") == std::to_string(generation_before_);
    list_sources();
    prepare_for_changed_files();  // (the dictionaries load while the state's documents are read)
    known_ = KnownDocuments(state_->documents());
    read_sources();
    if (documents_) documents_->finish();
    if (progress_) progress_->finish();
    sweep_missing();
    if (changed_) state_->bump_generation();
    keep_place_aggregates();
    report_.generation = state_->generation();
    report_.documents_in_state = state_->document_count();
    state_->commit();
    guard.done = true;
    log_.info("state_committed",
              std::to_string(report_.documents_new) + " new, " + std::to_string(report_.documents_changed) + " changed, " +
                  std::to_string(report_.documents_unchanged) + " unchanged, " + std::to_string(report_.documents_missing) +
                  " missing " + (report_.documents_missing == 1 ? "document" : "documents") + "; " +
                  std::to_string(report_.documents_in_state) + " in state, generation " +
                  std::to_string(report_.generation),
              {{"new", report_.documents_new},
               {"changed", report_.documents_changed},
               {"unchanged", report_.documents_unchanged},
               {"missing", report_.documents_missing},
               {"forgotten", report_.documents_forgotten},
               {"in_state", report_.documents_in_state},
               {"generation", report_.generation}});

    write_outputs();
    report_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return report_;
}

// Lists every path source and stats its files, before anything else of the
// state is read: a run learns first whether any file changed.
void UpdateRun::list_sources() {
    listed_.resize(config_.sources.size());
    for (std::size_t i = 0; i < config_.sources.size(); ++i) {
        const SourceConfig& s = config_.sources[i];
        if (s.kind != SourceConfig::Kind::path) continue;
        bool glob = s.location.find_first_of("*?[") != std::string::npos;
        std::error_code ec;
        if (!glob && !fs::exists(s.location, ec)) {
            ++report_.sources_failed;
            log_.error("source_missing", "source '" + s.location + "' does not exist; its documents are kept",
                       {{"source", s.location}});
            continue;
        }
        ListedSource& l = listed_[i];
        l.inputs = expand_inputs({s.location});
        if (glob && l.inputs.size() == 1 && l.inputs[0].path == s.location && !fs::exists(s.location, ec)) {
            ++report_.sources_failed;
            log_.error("source_missing", "source '" + s.location + "' matches no file; its documents are kept",
                       {{"source", s.location}});
            l.inputs.clear();
            continue;
        }
        l.listed = true;
        std::vector<std::string> paths;
        paths.reserve(l.inputs.size());
        for (const InputSpec& in : l.inputs) paths.push_back(in.path);
        l.stamps = stamp_files(paths, config_.jobs);
        l.stamped_before.resize(l.inputs.size());
        l.as_last_read.resize(l.inputs.size());
        for (std::size_t k = 0; k < l.inputs.size(); ++k) {
            if (!l.stamps[k]) continue;
            const std::optional<FileStamp> before = state_->file_stamp(l.inputs[k].path);
            l.stamped_before[k] = before.has_value();
            l.as_last_read[k] = !options_.reprocess && before == l.stamps[k];
        }
    }
}

// Where files are new or changed, the pipeline starts loading what their
// text will need (the Cyrillic dictionaries: half a second) on threads of its
// own, so that it overlaps the state's work before the documents are
// processed. A look at the beginning of a few such files tells. A file read
// again only because its last read was too close to its last change (or
// failed), and which has documents in the state, is most likely unchanged:
// it starts nothing, so that the run after every addition loads nothing.
void UpdateRun::prepare_for_changed_files() {
    constexpr std::size_t files_looked_at = 16, bytes_looked_at = 64 * 1024;
    std::size_t looked = 0;
    std::string head(bytes_looked_at, '\0');
    for (const ListedSource& l : listed_)
        for (std::size_t k = 0; k < l.inputs.size() && looked < files_looked_at; ++k) {
            if (l.as_last_read[k] || l.inputs[k].is_stdin() || !l.stamps[k]) continue;
            if (!l.stamped_before[k] && state_->has_documents_from(l.inputs[k].path)) continue;
            ++looked;
            const int fd = ::open(l.inputs[k].path.c_str(), O_RDONLY | O_CLOEXEC);
            if (fd < 0) continue;
            const ssize_t n = ::read(fd, head.data(), head.size());
            ::close(fd);
            if (n > 0) chain_->pipeline().prepare(std::string_view(head.data(), static_cast<std::size_t>(n)));
        }
}

void UpdateRun::read_sources() {
    for (std::size_t i = 0; i < config_.sources.size(); ++i) {
        const SourceConfig& s = config_.sources[i];
        if (s.kind != SourceConfig::Kind::path) read_feed_source(s);
        else if (listed_[i].listed) read_path_source(s, listed_[i]);
    }
}

void UpdateRun::read_path_source(const SourceConfig& s, ListedSource& listed) {
    // A file whose size and mtime are those of its last complete read is not
    // read again (as make and rsync judge files): its documents are seen.
    std::vector<InputSpec> to_read;
    std::vector<std::pair<std::string, FileStamp>> stamps;  // of the files read, taken before reading
    for (std::size_t k = 0; k < listed.inputs.size(); ++k) {
        InputSpec& in = listed.inputs[k];
        const std::optional<FileStamp>& stamp = listed.stamps[k];
        const auto docs = known_.of_source(in.path);
        if (listed.as_last_read[k] && !docs.empty()) {
            bool any_missing = false;
            for (const StoredDocument& d : docs) {
                if (!known_.see(d)) continue;
                ++report_.documents_read;
                ++report_.documents_unchanged;
                any_missing = any_missing || !d.present;
            }
            // An UPDATE per unchanged file was a tenth of a run's state work
            // at 2,000 files; only a file with missing documents needs one.
            if (any_missing) state_->touch_source(in.path, now_);
            continue;
        }
        if (stamp && stamp->mtime_ns < run_started_ns_ - kRacyNs) stamps.emplace_back(in.path, *stamp);
        to_read.push_back(std::move(in));
    }
    ReaderOptions ro;
    ro.max_document_bytes = config_.max_document_bytes;
    ro.structure = false;  // the document run finds structure on all cores
    ro.mark_boilerplate = false;
    DocumentReader reader(std::move(to_read), ro, [&](const InputIssue& issue) {
        if (issue.severity == InputIssue::Severity::error) {
            ++report_.inputs_skipped;
            failed_files_.insert(issue.where.file);
            log_.error("input_skipped", issue.to_string() + " (skipped)", position_fields(issue.where));
        } else {
            ++report_.input_warnings;
            log_.warning("input_warning", issue.to_string(), position_fields(issue.where));
        }
    });
    while (auto doc = reader.next()) take(std::move(*doc), s.key());
    for (const auto& [path, stamp] : stamps)
        if (!failed_files_.count(path)) state_->put_file_stamp(path, stamp);
    completed_origins_.insert(s.key());
}

void UpdateRun::read_feed_source(const SourceConfig& s) {
    FetchRequest req{s.location, s.feed, {}, {}};
    if (auto st = state_->feed(s.location)) {
        req.etag = st->etag;
        req.last_modified = st->last_modified;
    }
    FetchResult r = fetch(req, [&](int attempt, const std::string& error) {
        log_.warning("feed_retry", "feed " + s.location + ": " + error + "; retrying (" + std::to_string(attempt) + ")",
                     {{"source", s.location}, {"attempt", attempt}});
    });
    if (r.status == FetchResult::Status::not_modified) {
        ++report_.feeds_not_modified;
        log_.info("feed_not_modified", "feed " + s.location + ": not modified", {{"source", s.location}});
        // Its documents are unchanged: count them as seen.
        for (const StoredDocument& d : known_.all())
            if (d.origin == s.key()) known_.see(d);
        state_->put_feed(s.location, FeedState{r.etag, r.last_modified}, now_);
        return;
    }
    if (r.status == FetchResult::Status::failed) {
        ++report_.sources_failed;
        log_.error("feed_failed",
                   "feed " + s.location + ": " + r.error + " after " + counted(r.attempts, "attempt") +
                       "; skipped this run, its documents are kept",
                   {{"source", s.location}, {"http_status", r.http_status}, {"attempts", r.attempts}});
        state_->feed_failed(s.location, r.error, now_);
        return;
    }
    std::vector<FeedItem> items;
    try {
        items = parse_feed(r.body, s.location);
    } catch (const InputError& e) {
        ++report_.sources_failed;
        log_.error("feed_failed", std::string(e.what()) + "; skipped this run, its documents are kept",
                   position_fields(e.where()));
        state_->feed_failed(s.location, e.detail(), now_);
        return;
    }
    for (const auto& item : items) take(item_document(item, s.location), s.key());
    log_.info("feed_read", "feed " + s.location + ": " + counted(items.size(), "item"),
              {{"source", s.location}, {"items", items.size()}});
    state_->put_feed(s.location, FeedState{r.etag, r.last_modified}, now_);
    completed_origins_.insert(s.key());
}

void UpdateRun::take(Document doc, const std::string& origin) {
    ++report_.documents_read;
    std::string key = doc_key(doc.source, doc.id);
    if (!known_.see(doc.source, doc.id)) {
        ++report_.input_warnings;
        log_.warning("duplicate_document", doc.source + ": document id '" + doc.id + "' appears twice; the first is kept",
                     {{"file", doc.source}, {"doc", doc.id}});
        return;
    }
    if (!doc.issues.empty()) {
        ++report_.input_warnings;
        const auto& first = doc.issues.front();
        log_.warning("input_repaired",
                     doc.source + " (byte " + std::to_string(first.offset) + "): " + first.message +
                         (doc.issues.size() > 1 ? " (and " + std::to_string(doc.issues.size() - 1) + " more)" : ""),
                     {{"file", doc.source}, {"doc", doc.id}, {"offset", first.offset}, {"count", doc.issues.size()}});
    }
    std::string hash = content_hash(doc);
    const StoredDocument* known = known_.find(doc.source, doc.id);
    if (known && known->hash == hash) {
        ++report_.documents_unchanged;
        state_->touch_document(doc.source, doc.id, now_);
        return;
    }
    pending_.emplace(key, Pending{origin, std::move(hash), known == nullptr});
    documents().add(std::move(doc));
}

// The document run of extract and explain: structure, dating (also from
// dated copies read in earlier runs, which the state remembers) and the
// stages on all cores; each document's mentions are stored as they come.
run::DocumentRun& UpdateRun::documents() {
    if (documents_) return *documents_;
    const Pipeline& stages = chain_->pipeline();
    documents_ = chain_->documents(
        [&stages](const Document& doc, run::ProcessedDocument& out) {
            out.mentions = stages.process(doc);
            out.text = mentions_to_json(out.mentions);
        },
        [this](Document& doc, run::ProcessedDocument& out) { store(doc, out); });
    // The dated paragraphs of earlier runs that an undated document shares,
    // looked up by hash: reading them all cost a run that adds one report
    // to 100,000 a read of some 600,000 rows.
    documents_->on_undated([this](const ParagraphDates& undated) {
        ParagraphDates earlier;
        for (const auto& [hash, when] : undated.paragraphs)
            if (auto newest = state_->dated_paragraph(hash))
                earlier.paragraphs.emplace_back(hash, Timestamp{std::chrono::seconds{*newest}});
        documents_->snapshots().learn(earlier);
    });
    documents_->on_dated([this](const ParagraphDates& dated) {
        for (const auto& [hash, when] : dated.paragraphs)
            if (when) state_->put_dated_paragraph(hash, when->time_since_epoch().count());
    });
    return *documents_;
}

void UpdateRun::store(const Document& doc, const run::ProcessedDocument& out) {
    auto it = pending_.find(doc_key(doc.source, doc.id));
    const Pending pd = std::move(it->second);
    pending_.erase(it);
    if (!pd.is_new) remember_replaced(doc.source, doc.id);
    else new_docs_.emplace(doc.id, doc.source);
    changed_doc_ids_.insert(doc.id);
    state_->put_document(pd.origin, doc.source, doc.id, pd.hash, out.text, now_);
    store_rows(*state_, doc.source, doc.id, out.mentions);
    // A document with a new id adds to its places' aggregates; any other
    // makes them again from their rows.
    bool fresh_id = pd.is_new;  // no document had the id when the run began
    if (fresh_id)
        for (const std::string& source : state_->sources_of(doc.id)) fresh_id = fresh_id && !known_.find(source, doc.id);
    std::unordered_set<std::string_view> ids;
    for (const Mention& m : out.mentions) {
        if (!m.place_id || m.place_id->empty() || m.boilerplate) continue;
        touched_places_.insert(*m.place_id);
        if (!fresh_id) recompute_places_.insert(*m.place_id);
        else if (fold_places_ && ids.insert(m.mention_id).second) added_places_.add(m);  // each mention id once, as its rows
    }
    changed_ = true;
    if (pd.is_new) {
        ++report_.documents_new;
        log_.debug("document_new", doc.source + ": " + doc.id, {{"file", doc.source}, {"doc", doc.id}});
    } else {
        ++report_.documents_changed;
        log_.info("document_changed", doc.source + ": document '" + doc.id + "' changed; replaced",
                  {{"file", doc.source}, {"doc", doc.id}});
    }
    if (options_.progress) {
        if (!progress_) progress_.emplace(stderr, 0);
        processed_bytes_ += doc.text.size();
        progress_->update(report_.documents_new + report_.documents_changed, processed_bytes_);
    }
}

void UpdateRun::sweep_missing() {
    std::set<std::string> configured;
    for (const auto& s : config_.sources) configured.insert(s.key());
    std::vector<const StoredDocument*> missing;
    for (const StoredDocument& d : known_.all()) {
        if (known_.seen(d)) continue;
        bool origin_read = completed_origins_.count(d.origin) > 0;
        bool origin_gone = configured.count(d.origin) == 0;
        if (!(origin_read || (origin_gone && config_.forget_missing))) continue;
        if (failed_files_.count(d.source)) continue;  // unreadable this time, not gone
        missing.push_back(&d);
    }
    std::sort(missing.begin(), missing.end(), [](auto* a, auto* b) { return std::tie(a->doc_id, a->source) < std::tie(b->doc_id, b->source); });
    for (const StoredDocument* d : missing) {
        if (config_.forget_missing) {
            remember_replaced(d->source, d->doc_id);
            changed_doc_ids_.insert(d->doc_id);
            state_->delete_document(d->source, d->doc_id);
            ++report_.documents_missing;
            ++report_.documents_forgotten;
            changed_ = true;
            log_.info("document_forgotten", d->source + ": document '" + d->doc_id + "' disappeared; its mentions are dropped",
                      {{"file", d->source}, {"doc", d->doc_id}});
        } else if (d->present) {
            state_->mark_missing(d->source, d->doc_id);
            ++report_.documents_missing;
            log_.info("document_missing", d->source + ": document '" + d->doc_id + "' disappeared; its events are kept",
                      {{"file", d->source}, {"doc", d->doc_id}});
        }
    }
}

// Keeps each place's aggregate in step with its mention rows, in the run's
// transaction. A run that only added documents with new ids adds their
// mentions to their places' aggregates: what it reads follows its change.
// Where a document changed or went, the place is made again from its rows
// (a minimum or a latest claim cannot be taken back). A state whose
// aggregates are missing or stale (new, written by an older frontline, every
// document processed again) gets them all from its rows once; one with a
// document id under two sources keeps none (the first source's mention of
// each id counts: its places are made from rows, output_patch.cpp).
void UpdateRun::keep_place_aggregates() {
    if (!changed_ && fold_places_) return;  // valid at this generation, which the run keeps
    const std::string valid_at = state_->meta("place_aggregates").value_or("");
    const std::string generation = std::to_string(state_->generation());
    auto parse_row = [&](const std::string& doc_id, const std::string& source, const std::string& json) {
        return stored_row_mentions(json, doc_id, source, log_);
    };
    if (!state_->shared_doc_ids().empty()) {
        if (!valid_at.empty()) {
            state_->clear_place_aggregates();
            state_->set_meta("place_aggregates", "");
        }
        return;
    }
    if (!fold_places_) {
        state_->clear_place_aggregates();
        EventBuilder all;
        std::unordered_set<std::string> ids;
        std::size_t n = 0;
        state_->for_each_mention_row([&](const std::string&, const std::string& doc_id, const std::string& source,
                                         const std::string& json) {
            for (const Mention& m : parse_row(doc_id, source, json))
                if (ids.insert(m.mention_id).second) all.add(m);
        });
        for (const auto& [place, text] : all.place_aggregates()) {
            state_->put_place_aggregate(place, text);
            ++n;
        }
        state_->set_meta("place_aggregates", generation);
        log_.debug("place_aggregates_made", "state: the aggregates of " + counted(n, "place") + " made from their rows");
        return;
    }
    if (!changed_) return;
    for (const auto& [key, json] : replaced_) {
        std::vector<Mention> was;
        try {
            was = mentions_from_json(json);
        } catch (const Error&) {
        }
        for (const Mention& m : was)
            if (m.place_id && !m.place_id->empty() && !m.boilerplate) {
                touched_places_.insert(*m.place_id);
                recompute_places_.insert(*m.place_id);
            }
    }
    std::map<std::string, std::string> added;
    for (auto& [place, text] : added_places_.place_aggregates()) added.emplace(std::move(place), std::move(text));
    place_changes_.emplace();
    for (const std::string& place : touched_places_) {
        std::optional<std::string> before = state_->place_aggregate(place), after;
        if (recompute_places_.count(place)) {
            EventBuilder rows;
            std::unordered_set<std::string> ids;
            state_->for_each_mention_row(place, std::nullopt, [&](const std::string& doc_id, const std::string& source,
                                                                  const std::string& json) {
                for (const Mention& m : parse_row(doc_id, source, json))
                    if (ids.insert(m.mention_id).second) rows.add(m);
            });
            const auto made = rows.place_aggregates();
            if (!made.empty()) after = made.front().second;
        } else if (auto it = added.find(place); it != added.end()) {
            EventBuilder sum;
            if (before) sum.add_place_aggregate(place, *before);
            sum.add_place_aggregate(place, it->second);
            after = sum.place_aggregates().front().second;
        } else {
            after = before;  // named by mentions that make no place (unresolved)
        }
        if (after == before) {
        } else if (after) {
            state_->put_place_aggregate(place, *after);
        } else {
            state_->delete_place_aggregate(place);
        }
        place_changes_->emplace(place, std::pair{std::move(before), std::move(after)});
    }
    state_->set_meta("place_aggregates", generation);
}

// The mentions an earlier version of a document had, before they are
// replaced or forgotten: what the outputs written before this run hold.
void UpdateRun::remember_replaced(const std::string& source, const std::string& doc_id) {
    if (!patchable_) return;
    if (auto json = state_->document_mentions(source, doc_id)) replaced_.emplace(std::make_pair(doc_id, source), std::move(*json));
}

// An output is changed in place when it holds exactly the state before this
// run (written at the previous generation with the same options), is one
// LayerSetPatch can change (a GeoPackage, a GeoJSONSeq set, PostgreSQL
// tables) and the run changed few documents. Its derived layers, if any, are
// made again and replaced whole in the same change.
bool UpdateRun::can_patch(const OutputConfig& o, const std::optional<std::pair<std::int64_t, std::string>>& record,
                          const std::string& options_hash) const {
    if (options_.force_outputs || !patchable_) return false;
    if (!record || record->second != options_hash || record->first != generation_before_) return false;
    if (report_.generation != generation_before_ + 1) return false;
    const std::size_t changed = report_.documents_new + report_.documents_changed + report_.documents_forgotten;
    if (changed > 100 && static_cast<std::int64_t>(changed) * 4 > report_.documents_in_state) return false;
    return LayerSetPatch::can_patch(o.options);
}

void UpdateRun::write_outputs() {
    nlohmann::json as_of = nlohmann::json::array();
    for (Date d : config_.as_of) as_of.push_back(format_date(d));
    std::string as_of_json = as_of.dump();
    // A different baseline makes different derived layers.
    std::string derived_key = as_of_json;
    if (config_.baseline)
        derived_key += "|baseline=" + *config_.baseline + "|" +
                       (config_.baseline_date ? format_date(*config_.baseline_date) : std::string()) + "|" +
                       config_.baseline_side;
    for (const auto& o : config_.outputs) {
        std::string h = options_hash(o, derived_key);
        auto rec = state_->output_record(o.options.destination);
        std::error_code ec;
        bool exists = o.is_connection || fs::exists(o.options.destination, ec);
        if (!options_.force_outputs && rec && rec->first == report_.generation && rec->second == h && exists) {
            ++report_.outputs_up_to_date;
            log_.debug("output_up_to_date", o.options.destination + " is up to date", {{"output", o.options.destination}});
            continue;
        }
        try {
            bool patched = false;
            if (can_patch(o, rec, h)) {
                try {
                    patch_output(o, as_of_json);
                    patched = true;
                } catch (const StateError&) {
                    throw;
                } catch (const Error& e) {
                    log_.warning("output_patch_failed",
                                 std::string(e.what()) + "; rewriting " + o.options.destination + " whole",
                                 {{"output", o.options.destination}});
                }
            }
            if (!patched) write_output(o, as_of_json);
            state_->set_output_record(o.options.destination, report_.generation, h, now_);
            ++report_.outputs_written;
        } catch (const StateError&) {
            throw;
        } catch (const Error& e) {
            ++report_.outputs_failed;
            log_.error("output_failed", std::string(e.what()) + " (the previous output is kept)",
                       {{"output", o.options.destination}});
        }
    }
}

OutputOptions UpdateRun::output_options(const OutputConfig& o, const std::string& as_of_json) const {
    OutputOptions out = o.options;
    out.overwrite = true;
    out.metadata = {{"frontline_version", version},
                    {"gazetteer", chain_->gazetteer_path().filename().string()},
                    {"run_at", now_},
                    {"state_generation", std::to_string(report_.generation)},
                    {"derived_as_of", as_of_json},
                    {"config", config_.file.string()}};
    return out;
}

// Control (and front) for each as-of date, as extract --as-of derives them.
DeriveOptions UpdateRun::derive_options() const {
    DeriveOptions derive;
    derive.as_of = config_.as_of;
    if (config_.baseline) {
        // Read whenever layers are derived: a file replaced in place is read anew.
        derive.baseline = load_baseline(*config_.baseline, config_.baseline_date, config_.baseline_side);
        check_derive_options(derive);
    }
    return derive;
}

// Made from every capture and withdrawal in the state, not only from those
// the run changed (a claim anywhere can move a front line), but from the
// state's rows of those claims alone; once per run, whatever the outputs.
const DerivedLayers& UpdateRun::derived_layers() {
    if (!derived_) {
        const DeriveOptions derive = derive_options();
        derived_ = derive_control(control_events(*state_, log_), chain_->gazetteer(), derive);
    }
    return *derived_;
}

void UpdateRun::patch_output(const OutputConfig& o, const std::string& as_of_json) {
    std::optional<DerivedReplacement> derived;
    if (!config_.as_of.empty()) derived.emplace(DerivedReplacement{derived_layers(), config_.baseline.has_value()});
    const PatchCounts n = update::patch_output(output_options(o, as_of_json),
                                               RunChange{changed_doc_ids_, new_docs_, replaced_, place_changes_ ? &*place_changes_ : nullptr},
                                               *state_, chain_->gazetteer(), log_, derived ? &*derived : nullptr);
    report_.mentions_written = n.mentions_put;
    report_.events_written = n.events;
    report_.places_written = n.places;
}

void UpdateRun::write_output(const OutputConfig& o, const std::string& as_of_json) {
    run::LayerSetRequest request;
    request.output = output_options(o, as_of_json);
    request.derive = derive_options();
    auto each_mention = [&](const run::Run::MentionSink& sink) {
        std::unordered_set<std::string> ids;
        state_->for_each_document([&](const std::string& doc_id, const std::string& source, const std::string& json) {
            for (const Mention& m : stored_mentions(json, doc_id, source, log_))
                if (ids.insert(m.mention_id).second) sink(m);  // the same document under two paths is one report
        });
    };
    const run::RunReport r = chain_->write_layers(each_mention, request);
    report_.mentions_written = r.mentions;
    report_.events_written = r.events;
    report_.places_written = r.places;
    LogFields fields{{"output", o.options.destination}, {"mentions", r.mentions}, {"events", r.events}, {"places", r.places}};
    std::string derived;
    if (!config_.as_of.empty()) {
        derived = ", " + std::to_string(r.control) + " control areas, " + std::to_string(r.front) + " front lines";
        fields.emplace_back("control", r.control);
        fields.emplace_back("front", r.front);
    }
    log_.info("output_written",
              "wrote " + o.options.destination + ": " + std::to_string(r.mentions) + " mentions, " +
                  std::to_string(r.events) + " events, " + std::to_string(r.places) + " places" + derived,
              fields);
}

}  // namespace

UpdateReport run_update(const UpdateConfig& config, const UpdateOptions& options, Logger& log) {
    UpdateRun run(config, options, log);
    return run.go();
}

int exit_code_for(const UpdateReport& r, const UpdateConfig& config, bool strict) {
    if (r.outputs_failed) return static_cast<int>(ExitCode::output);
    if (!config.sources.empty() && r.sources_failed == config.sources.size()) return static_cast<int>(ExitCode::input);
    if (strict && (r.inputs_skipped || r.sources_failed)) return static_cast<int>(ExitCode::partial);
    return 0;
}

}  // namespace frontline::update
