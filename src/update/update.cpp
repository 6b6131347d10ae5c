// One run of `frontline update`: sources -> state -> outputs.
#include "frontline/update/update.hpp"

#include "frontline/derive/control.hpp"

#include <signal.h>
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
#include "frontline/output/event_layer.hpp"
#include "frontline/output/layer_set_patch.hpp"
#include "frontline/output/region_layer.hpp"
#include "frontline/output/mention_layer.hpp"
#include "frontline/output/place_layer.hpp"
#include "frontline/run/progress_meter.hpp"
#include "frontline/run/run.hpp"
#include "frontline/time.hpp"
#include "frontline/update/feed.hpp"
#include "frontline/update/lock.hpp"
#include "frontline/update/mention_json.hpp"
#include "frontline/update/state.hpp"
#include "frontline/version.hpp"

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

std::optional<FileStamp> file_stamp(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return FileStamp{static_cast<std::int64_t>(st.st_size),
                     static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
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
    log.info("state_upgraded", "state: the mentions of " + std::to_string(n) + " document(s) indexed by place and event");
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
    void read_sources();
    void read_path_source(const SourceConfig& s);
    void read_feed_source(const SourceConfig& s);
    void take(Document doc, const std::string& origin);
    run::DocumentRun& documents();
    void store(const Document& doc, const run::ProcessedDocument& out);
    void sweep_missing();
    void write_outputs();
    void write_output(const OutputConfig& o, const std::string& as_of_json);
    bool can_patch(const OutputConfig& o, const std::optional<std::pair<std::int64_t, std::string>>& record,
                   const std::string& options_hash) const;
    void patch_output(const OutputConfig& o, const std::string& as_of_json);
    void remember_replaced(const std::string& source, const std::string& doc_id);
    OutputOptions output_options(const OutputConfig& o, const std::string& as_of_json) const;

    const UpdateConfig& config_;
    const UpdateOptions& options_;
    Logger& log_;
    UpdateReport report_;
    std::string now_ = now_string();
    std::int64_t run_started_ns_ = now_ns();
    std::optional<run::Run> chain_;  // the stages, shared with extract and explain
    std::unique_ptr<StateStore> state_;
    std::unordered_map<std::string, StoredDocument> known_;
    std::unordered_map<std::string, std::vector<std::string>> known_by_source_;  // source -> doc_keys
    std::unordered_set<std::string> seen_;
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

    for (const auto& o : config_.outputs) remove_stale_temporaries(o, log_);

    run::RunSettings settings;
    settings.gazetteer = config_.gazetteer ? *config_.gazetteer : default_gazetteer_path();
    settings.gazetteer_access = Gazetteer::Access::lazy;  // most runs read little or nothing
    settings.documents.threads = config_.jobs;
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

    for (auto& d : state_->documents()) {
        std::string key = doc_key(d.source, d.doc_id);
        known_by_source_[d.source].push_back(key);
        known_.emplace(std::move(key), std::move(d));
    }
    read_sources();
    if (documents_) documents_->finish();
    if (progress_) progress_->finish();
    sweep_missing();
    generation_before_ = state_->generation();
    if (changed_) state_->bump_generation();
    report_.generation = state_->generation();
    report_.documents_in_state = state_->document_count();
    state_->commit();
    guard.done = true;
    log_.info("state_committed",
              std::to_string(report_.documents_new) + " new, " + std::to_string(report_.documents_changed) + " changed, " +
                  std::to_string(report_.documents_unchanged) + " unchanged, " + std::to_string(report_.documents_missing) +
                  " missing document(s); " + std::to_string(report_.documents_in_state) + " in state, generation " +
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

void UpdateRun::read_sources() {
    for (const auto& s : config_.sources) {
        if (s.kind == SourceConfig::Kind::path) read_path_source(s);
        else read_feed_source(s);
    }
}

void UpdateRun::read_path_source(const SourceConfig& s) {
    bool glob = s.location.find_first_of("*?[") != std::string::npos;
    std::error_code ec;
    if (!glob && !fs::exists(s.location, ec)) {
        ++report_.sources_failed;
        log_.error("source_missing", "source '" + s.location + "' does not exist; its documents are kept",
                   {{"source", s.location}});
        return;
    }
    auto inputs = expand_inputs({s.location});
    if (glob && inputs.size() == 1 && inputs[0].path == s.location && !fs::exists(s.location, ec)) {
        ++report_.sources_failed;
        log_.error("source_missing", "source '" + s.location + "' matches no file; its documents are kept",
                   {{"source", s.location}});
        return;
    }
    // A file whose size and mtime are those of its last complete read is not
    // read again (as make and rsync judge files): its documents are seen.
    std::vector<InputSpec> to_read;
    std::vector<std::pair<std::string, FileStamp>> stamps;  // of the files read, taken before reading
    for (InputSpec& in : inputs) {
        std::optional<FileStamp> stamp = in.is_stdin() ? std::nullopt : file_stamp(in.path);
        auto docs = known_by_source_.find(in.path);
        if (stamp && docs != known_by_source_.end() && !options_.reprocess && state_->file_stamp(in.path) == stamp) {
            for (const std::string& key : docs->second) {
                if (!seen_.insert(key).second) continue;
                ++report_.documents_read;
                ++report_.documents_unchanged;
            }
            state_->touch_source(in.path, now_);
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
        for (const auto& [k, d] : known_)
            if (d.origin == s.key()) seen_.insert(k);
        state_->put_feed(s.location, FeedState{r.etag, r.last_modified}, now_);
        return;
    }
    if (r.status == FetchResult::Status::failed) {
        ++report_.sources_failed;
        log_.error("feed_failed",
                   "feed " + s.location + ": " + r.error + " after " + std::to_string(r.attempts) +
                       " attempt(s); skipped this run, its documents are kept",
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
    log_.info("feed_read", "feed " + s.location + ": " + std::to_string(items.size()) + " item(s)",
              {{"source", s.location}, {"items", items.size()}});
    state_->put_feed(s.location, FeedState{r.etag, r.last_modified}, now_);
    completed_origins_.insert(s.key());
}

void UpdateRun::take(Document doc, const std::string& origin) {
    ++report_.documents_read;
    std::string key = doc_key(doc.source, doc.id);
    if (!seen_.insert(key).second) {
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
    auto it = known_.find(key);
    if (it != known_.end() && it->second.hash == hash) {
        ++report_.documents_unchanged;
        state_->touch_document(doc.source, doc.id, now_);
        return;
    }
    pending_.emplace(key, Pending{origin, std::move(hash), it == known_.end()});
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
    ParagraphDates earlier;
    state_->for_each_dated_paragraph([&](std::uint64_t hash, std::int64_t newest) {
        earlier.paragraphs.emplace_back(hash, Timestamp{std::chrono::seconds{newest}});
    });
    documents_->snapshots().learn(earlier);
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
    for (const auto& [key, d] : known_) {
        if (seen_.count(key)) continue;
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

// The mentions an earlier version of a document had, before they are
// replaced or forgotten: what the outputs written before this run hold.
void UpdateRun::remember_replaced(const std::string& source, const std::string& doc_id) {
    if (!patchable_) return;
    if (auto json = state_->document_mentions(source, doc_id)) replaced_.emplace(std::make_pair(doc_id, source), std::move(*json));
}

// An output is changed in place when it holds exactly the state before this
// run (written at the previous generation with the same options), is a
// GeoPackage file LayerSetPatch can change, has no derived layers (control
// and front are made from every event) and the run changed few documents.
bool UpdateRun::can_patch(const OutputConfig& o, const std::optional<std::pair<std::int64_t, std::string>>& record,
                          const std::string& options_hash) const {
    if (options_.force_outputs || !patchable_ || o.is_connection || !config_.as_of.empty()) return false;
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

bool same_feature(const Feature& a, const Feature& b) {
    if (a.fid != b.fid || a.values != b.values || a.geometry.index() != b.geometry.index()) return false;
    const auto* p = std::get_if<LonLat>(&a.geometry);
    const auto* q = std::get_if<LonLat>(&b.geometry);
    return !p || (p->lon == q->lon && p->lat == q->lat);
}

// The output changed in place. The state before this run is what the output
// holds; the mentions of the documents this run changed are replaced, and
// the events and places they touch are made twice, before and after the
// change, from the state's mention rows of those events and places only
// (EventBuilder, "rebuilding some events only"), so that only those whose
// values differ are put or removed. What is read follows the change, not
// the state.
void UpdateRun::patch_output(const OutputConfig& o, const std::string& as_of_json) {
    LayerSetPatch patch(output_options(o, as_of_json));
    const LayerSchema mentions_schema = mentions_layer_schema(), events_schema = events_layer_schema(),
                      places_schema = places_layer_schema();
    auto parse = [&](const std::string& doc_id, const std::string& source, std::string_view json) {
        try {
            return mentions_from_json(json);
        } catch (const Error& e) {
            log_.error("state_corrupt", "state: document '" + doc_id + "' from " + source + ": " + e.what() + " (skipped)");
            return std::vector<Mention>{};
        }
    };
    auto parse_row = [&](const std::string& doc_id, const std::string& source, const std::string& json) {
        return parse(doc_id, source, "[" + json + "]");
    };
    auto changed_doc = [&](const std::string& doc_id) { return changed_doc_ids_.count(doc_id) > 0; };
    // A document id under two sources (the same page in two inputs) is one
    // report: for each mention id the first source's mention counts, whatever
    // place or window the other's has, so such documents are read whole, as
    // a rewrite reads them, rather than by rows.
    const std::set<std::string> shared_ids = state_->shared_doc_ids();
    std::vector<Mention> shared_mentions;
    for (const std::string& doc_id : shared_ids) {
        if (changed_doc(doc_id)) continue;
        std::unordered_set<std::string> ids;
        state_->for_each_document_with_id(doc_id, [&](const std::string& source, const std::string& json) {
            for (Mention& m : parse(doc_id, source, json))
                if (ids.insert(m.mention_id).second) shared_mentions.push_back(std::move(m));
        });
    }
    auto read_by_rows = [&](const std::string& doc_id) { return !changed_doc(doc_id) && !shared_ids.count(doc_id); };

    // The documents of the doc ids this run changed, in (doc_id, source)
    // order, as they are now and as they were.
    std::map<std::pair<std::string, std::string>, std::string> now, was;
    for (const std::string& doc_id : changed_doc_ids_)
        state_->for_each_document_with_id(doc_id, [&](const std::string& source, const std::string& json) {
            now.emplace(std::make_pair(doc_id, source), json);
        });
    for (const auto& [key, json] : now)
        if (!new_docs_.count(key) && !replaced_.count(key)) was.emplace(key, json);
    for (const auto& [key, json] : replaced_) was.emplace(key, json);

    std::vector<Mention> was_mentions, now_mentions;  // the same document under two paths is one report
    {
        std::unordered_set<std::string> was_ids, now_ids;
        for (const auto& [key, json] : was)
            for (Mention& m : parse(key.first, key.second, json))
                if (was_ids.insert(m.mention_id).second) was_mentions.push_back(std::move(m));
        for (const auto& [key, json] : now)
            for (Mention& m : parse(key.first, key.second, json))
                if (now_ids.insert(m.mention_id).second) now_mentions.push_back(std::move(m));
    }
    std::vector<std::int64_t> gone;
    for (const Mention& m : was_mentions) gone.push_back(stable_feature_id(m.mention_id));
    patch.remove(mentions_schema, gone);
    for (const Mention& m : now_mentions) patch.put(mentions_schema, to_feature(m));

    // What the changed mentions touch: their places, and the event windows
    // at each place.
    std::set<std::string> places_touched;
    std::map<std::string, std::set<std::string>> windows_touched;
    for (const auto* list : {&was_mentions, &now_mentions})
        for (const Mention& m : *list) {
            if (!m.place_id || m.place_id->empty() || m.boilerplate) continue;
            places_touched.insert(*m.place_id);
            if (std::string w = EventBuilder::window_key(m); !w.empty()) windows_touched[*m.place_id].insert(std::move(w));
        }

    // Events are made per cluster of places: the clusters of every place
    // that has or had events (a superset of before and after, so each holds
    // the clusters of both), and whether each place has events before and after.
    EventBuilder every;
    std::map<std::string, Mention> node;
    state_->for_each_event_place([&](const std::string& json) {
        for (Mention& m : parse_row("event_places", "state", json)) {
            every.add_cluster_place(m);
            node.emplace(*m.place_id, std::move(m));
        }
    });
    const auto clusters = every.place_clusters();
    std::map<std::string, const std::vector<std::string>*> cluster_of;
    for (const auto& c : clusters)
        for (const std::string& id : c) cluster_of.emplace(id, &c);
    auto members = [&](const std::string& place) {
        auto it = cluster_of.find(place);
        return it == cluster_of.end() ? std::vector<std::string>{place} : *it->second;
    };
    std::map<std::string, std::pair<bool, bool>> presence;  // place -> has events (before, after)
    auto present = [&](const std::string& place) {
        auto it = presence.find(place);
        if (it != presence.end()) return it->second;
        auto in = [&](const std::vector<Mention>& ms) {
            for (const Mention& m : ms)
                if (m.place_id == place && EventBuilder::is_event_worthy(m)) return true;
            return false;
        };
        const bool unchanged = in(shared_mentions) ||
                               state_->has_event_row(place, [&](const std::string& d) { return !read_by_rows(d); });
        const bool before = unchanged || in(was_mentions);
        const bool after = unchanged || in(now_mentions);
        return presence.emplace(place, std::pair{before, after}).first->second;
    };
    // Per place of an affected cluster, the windows to rebuild. A place that
    // gains or loses its events can join or split a cluster, which changes
    // every event of it: then all its windows are rebuilt.
    struct Scope {
        bool every_window = false;
        std::set<std::string> windows;
    };
    std::map<std::string, Scope> rebuild;
    for (const auto& [place, windows] : windows_touched) {
        const std::vector<std::string> cluster = members(place);
        bool joins_or_splits = false;
        for (const std::string& q : cluster)
            if (windows_touched.count(q) && present(q).first != present(q).second) joins_or_splits = true;
        for (const std::string& q : cluster) {
            Scope& scope = rebuild[q];
            scope.every_window = scope.every_window || joins_or_splits;
            scope.windows.insert(windows.begin(), windows.end());
        }
    }
    // The per-report records stay in memory up to 8 MB per sorter: written
    // to temporary files and merged back, as the streaming default does
    // beyond 512 KB, they cost a patching run a tenth of its time.
    EventBuilderOptions in_memory;
    in_memory.spill.run_bytes = std::size_t(8) << 20;
    EventBuilder events_before(in_memory), events_after(in_memory);
    for (const auto& [place, scope] : rebuild) {
        auto it = node.find(place);
        if (it == node.end()) continue;  // not linked to others: its rows make it an event place
        const auto [before, after] = present(place);
        if (before) events_before.add_cluster_place(it->second);
        if (after) events_after.add_cluster_place(it->second);
    }
    // Rows of documents this run did not change count before and after;
    // the changed ones are was_mentions and now_mentions.
    std::size_t n_rows = 0;
    auto add_unchanged = [&](EventBuilder* before, EventBuilder* after, std::unordered_set<std::string>* ids) {
        return [&, before, after, ids](const std::string& doc_id, const std::string& source, const std::string& json) {
            if (!read_by_rows(doc_id)) return;
            for (const Mention& m : parse_row(doc_id, source, json)) {
                if (!ids->insert(m.mention_id).second) continue;  // each mention once
                ++n_rows;
                before->add(m);
                after->add(m);
            }
        };
    };
    {
        std::unordered_set<std::string> ids;
        auto each = add_unchanged(&events_before, &events_after, &ids);
        for (const auto& [place, scope] : rebuild) {
            if (scope.every_window) state_->for_each_mention_row(place, std::nullopt, each);
            else
                for (const std::string& w : scope.windows) state_->for_each_mention_row(place, w, each);
        }
    }
    for (const Mention& m : shared_mentions) {
        const std::string w = EventBuilder::window_key(m);
        auto scope = rebuild.find(m.place_id.value_or(""));
        if (w.empty() || scope == rebuild.end() || !(scope->second.every_window || scope->second.windows.count(w))) continue;
        events_before.add(m);
        events_after.add(m);
    }
    for (const Mention& m : was_mentions)
        if (!EventBuilder::window_key(m).empty()) events_before.add(m);
    for (const Mention& m : now_mentions)
        if (!EventBuilder::window_key(m).empty()) events_after.add(m);

    // Places: every row of each place touched.
    EventBuilder places_before(in_memory), places_after(in_memory);
    {
        std::unordered_set<std::string> ids;
        auto each = add_unchanged(&places_before, &places_after, &ids);
        for (const std::string& place : places_touched) state_->for_each_mention_row(place, std::nullopt, each);
    }
    for (const Mention& m : shared_mentions)
        if (m.place_id && places_touched.count(*m.place_id)) {
            places_before.add(m);
            places_after.add(m);
        }
    for (const Mention& m : was_mentions) places_before.add(m);
    for (const Mention& m : now_mentions) places_after.add(m);

    // Events, places and region outlines: put where new or different,
    // removed where gone.
    std::size_t n_events = 0, n_places = 0, n_changed = 0;
    auto differences = [&](const LayerSchema& schema, std::unordered_map<std::int64_t, Feature>& old,
                           const std::function<void(const std::function<void(Feature&&)>&)>& each_new, std::size_t& count) {
        each_new([&](Feature&& f) {
            ++count;
            auto it = old.find(*f.fid);
            if (it == old.end() || !same_feature(it->second, f)) {
                patch.put(schema, f);
                ++n_changed;
            }
            if (it != old.end()) old.erase(it);
        });
        std::vector<std::int64_t> removed;
        for (const auto& [fid, f] : old) removed.push_back(fid);
        std::sort(removed.begin(), removed.end());
        patch.remove(schema, removed);
        n_changed += removed.size();
    };
    {
        std::unordered_map<std::int64_t, Feature> old, old_regions;
        const Gazetteer& gazetteer = chain_->gazetteer();
        events_before.for_each_event([&](Event&& e) {
            if (auto r = to_region_feature(e, gazetteer)) old_regions.emplace(*r->fid, std::move(*r));
            Feature f = to_feature(e);
            old.emplace(*f.fid, std::move(f));
        });
        std::vector<Feature> new_regions;
        differences(events_schema, old,
                    [&](const std::function<void(Feature&&)>& sink) {
                        events_after.for_each_event([&](Event&& e) {
                            if (auto r = to_region_feature(e, gazetteer)) new_regions.push_back(std::move(*r));
                            sink(to_feature(e));
                        });
                    },
                    n_events);
        std::size_t n_regions = 0;
        differences(regions_layer_schema(), old_regions,
                    [&](const std::function<void(Feature&&)>& sink) {
                        for (Feature& f : new_regions) sink(std::move(f));
                    },
                    n_regions);
    }
    {
        std::unordered_map<std::int64_t, Feature> old;
        for (const PlaceSummary& p : places_before.places()) {
            Feature f = to_feature(p);
            old.emplace(*f.fid, std::move(f));
        }
        differences(places_schema, old,
                    [&](const std::function<void(Feature&&)>& sink) {
                        for (const PlaceSummary& p : places_after.places()) sink(to_feature(p));
                    },
                    n_places);
    }
    patch.commit();
    report_.mentions_written = now_mentions.size();
    report_.events_written = n_events;
    report_.places_written = n_places;
    log_.info("output_changed",
              "changed " + o.options.destination + " in place: " + std::to_string(gone.size()) + " mention(s) removed, " +
                  std::to_string(now_mentions.size()) + " put; " + std::to_string(n_events) + " event(s) and " +
                  std::to_string(n_places) + " place(s) made again from " + std::to_string(n_rows) +
                  " stored mention(s), " + std::to_string(n_changed) + " changed",
              {{"output", o.options.destination},
               {"mentions_removed", gone.size()},
               {"mentions_put", now_mentions.size()},
               {"events", n_events},
               {"places", n_places},
               {"rows_read", n_rows},
               {"changed", n_changed}});
}

void UpdateRun::write_output(const OutputConfig& o, const std::string& as_of_json) {
    run::LayerSetRequest request;
    request.output = output_options(o, as_of_json);
    request.derive.as_of = config_.as_of;  // control (and front) for each date, as extract --as-of writes them
    if (config_.baseline) {
        // Read for each output written: a file replaced in place is read anew.
        request.derive.baseline = load_baseline(*config_.baseline, config_.baseline_date, config_.baseline_side);
        check_derive_options(request.derive);
    }
    auto each_mention = [&](const run::Run::MentionSink& sink) {
        std::unordered_set<std::string> ids;
        state_->for_each_document([&](const std::string& doc_id, const std::string& source, const std::string& json) {
            std::vector<Mention> ms;
            try {
                ms = mentions_from_json(json);
            } catch (const Error& e) {
                log_.error("state_corrupt", "state: document '" + doc_id + "' from " + source + ": " + e.what() + " (skipped)");
                return;
            }
            for (const Mention& m : ms)
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
