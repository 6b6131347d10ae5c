#pragma once
// The state of `frontline update`, in one SQLite database (WAL mode):
//   documents  one row per document seen: origin (the config source), source
//              (file path or feed URL), doc_id, content hash, first/last seen,
//              last changed, whether it was present in its source at the last
//              complete read, and its mentions (a JSON array, mention_json.hpp)
//   feeds      per feed URL: ETag, Last-Modified, last success/failure
//   outputs    per output: the generation last written and an options hash
//   meta       schema version, generation (bumped by every run that changes
//              documents), pipeline fingerprint, derived-layer as-of dates
//   dated_paragraphs  paragraph hash -> newest timestamp (seconds) of the
//              dated documents read: what dates an undated copy of the same
//              page read in a later run (snapshot_dates.hpp)
//   mention_rows  the documents' mentions again, one row per mention of a
//              place, by place and event window (EventBuilder::window_key):
//              a run that changes a few documents reads only the rows of the
//              events and places they touch (issue #17)
//   event_places  one mention of every place that has, or once had, events:
//              what links places into clusters (a superset, never shrunk)
//   files      size and mtime of each input file at its last complete read:
//              an unchanged file is not read again
//   place_aggregates  each place's summary as an aggregate of its mention rows
//              (EventBuilder::place_aggregates) that a run adds new documents
//              to (issue #17); a cache, valid while meta 'place_aggregates'
//              holds the state's generation
// Schema version 2; a version 1 state gains the rows on its next run.
// All handles are RAII; every failure throws StateError (exit code 4: the
// state is left as its last committed transaction).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/error.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace frontline::update {

/// A state database that cannot be opened, read or written.
class StateError : public Error {
public:
    explicit StateError(const std::string& what) : Error(what, ExitCode::output) {}
};

/// One prepared statement; reset after each use by its owner.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, std::int64_t value);
    Statement& bind_null(int index);
    /// Steps once: true when a row is available.
    bool step();
    /// Steps to completion (statements returning no rows).
    void run();
    void reset();

    std::string column_text(int index) const;
    /// Valid until the next step or reset.
    std::string_view column_view(int index) const;
    std::int64_t column_int(int index) const;
    bool column_is_null(int index) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
};

struct StoredDocument {
    std::string origin, source, doc_id, hash;
    bool present = true;
};

struct FeedState {
    std::string etag, last_modified;
};

/// One mention of a place, as mention_rows holds it.
struct MentionRow {
    std::string place_id;
    std::string window_key;  ///< EventBuilder::window_key; "" when it is no event
    std::string mention_id;
    std::string mention;     ///< one mention, a JSON object (mention_json.hpp)
};

/// What says an input file is unchanged without reading it.
struct FileStamp {
    std::int64_t size = 0, mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};

class StateStore {
public:
    /// Opens (creating if needed) the database: WAL journal, synchronous=FULL,
    /// busy timeout, schema. Throws StateError.
    explicit StateStore(const std::filesystem::path& path);
    ~StateStore();
    StateStore(const StateStore&) = delete;
    StateStore& operator=(const StateStore&) = delete;

    const std::filesystem::path& path() const { return path_; }

    /// BEGIN IMMEDIATE / COMMIT / ROLLBACK. rollback() never throws.
    void begin();
    void commit();
    void rollback() noexcept;

    std::optional<std::string> meta(std::string_view key);
    void set_meta(std::string_view key, std::string_view value);
    std::int64_t generation();
    void bump_generation();

    /// Every stored document (for change detection at the start of a run),
    /// by source, then doc_id.
    std::vector<StoredDocument> documents();
    /// Inserts or replaces a document and its mentions (JSON array text).
    void put_document(std::string_view origin, std::string_view source, std::string_view doc_id, std::string_view hash,
                      std::string_view mentions_json, std::string_view now);
    /// Replaces the mention rows of a document (after put_document).
    void put_mention_rows(std::string_view source, std::string_view doc_id, const std::vector<MentionRow>& rows);
    /// Marks a known, unchanged document as seen now (and present again).
    void touch_document(std::string_view source, std::string_view doc_id, std::string_view now);
    /// A document missing from its source: kept (present = 0) or deleted.
    void mark_missing(std::string_view source, std::string_view doc_id);
    void delete_document(std::string_view source, std::string_view doc_id);
    /// Forgets every content hash and file stamp so that the next read
    /// reprocesses all documents (the gazetteer or pipeline changed).
    void invalidate_hashes();

    /// Mentions of every document, ordered by doc_id, then source: the
    /// callback gets (doc_id, source, mentions JSON text).
    void for_each_document(const std::function<void(const std::string&, const std::string&, const std::string&)>& fn);
    std::int64_t document_count();
    /// True when the state holds a document read from `source`.
    bool has_documents_from(std::string_view source);
    /// The mentions (JSON array text) stored for one document, if known.
    std::optional<std::string> document_mentions(std::string_view source, std::string_view doc_id);
    /// Document ids stored under more than one source (the same page in two inputs).
    std::set<std::string> shared_doc_ids();
    /// The sources a document id is stored under, in order.
    std::vector<std::string> sources_of(std::string_view doc_id);
    /// The documents with this id, whatever their source, by source: fn(source, mentions JSON).
    void for_each_document_with_id(std::string_view doc_id,
                                   const std::function<void(const std::string&, const std::string&)>& fn);

    /// Mention rows at a place, of one window key or (nullopt) of every one,
    /// including rows that are no event, in no particular document order:
    /// fn(doc_id, source, mention JSON).
    void for_each_mention_row(std::string_view place_id, const std::optional<std::string>& window_key,
                              const std::function<void(const std::string&, const std::string&, const std::string&)>& fn);
    /// The mention rows of these claims' events (window keys "<claim>|..."),
    /// at every place, in no particular order, in one pass over the table:
    /// fn(doc_id, source, mention JSON).
    void for_each_claim_row(const std::vector<std::string>& claims,
                            const std::function<void(const std::string&, const std::string&, const std::string&)>& fn);
    /// Every mention row, in no particular order: fn(place_id, doc_id, source, mention JSON).
    void for_each_mention_row(const std::function<void(const std::string&, const std::string&, const std::string&,
                                                       const std::string&)>& fn);
    /// A place's aggregate (EventBuilder::place_aggregates), if kept.
    std::optional<std::string> place_aggregate(std::string_view place_id);
    void put_place_aggregate(std::string_view place_id, std::string_view aggregate);
    void delete_place_aggregate(std::string_view place_id);
    void clear_place_aggregates();
    /// Whether a document whose id is not in `except` has an event row at the place.
    bool has_event_row(std::string_view place_id, const std::function<bool(const std::string&)>& except);
    /// Remembers a place with events (the first mention given is kept).
    void put_event_place(std::string_view place_id, std::string_view mention_json);
    /// Every place that has or had events: fn(mention JSON).
    void for_each_event_place(const std::function<void(const std::string&)>& fn);

    /// The stamp of an input file at its last complete read, if any. Paths
    /// asked in order (a directory's listing) are found in one pass over the
    /// table rather than a search each.
    std::optional<FileStamp> file_stamp(std::string_view path);
    void put_file_stamp(std::string_view path, const FileStamp& stamp);
    /// Marks the documents of a file that was not read (unchanged) as present
    /// again where they were missing. Their last_seen stays that of the last
    /// run that read them: writing it for every document of every unchanged
    /// file would rewrite the whole documents table in every run.
    void touch_source(std::string_view source, std::string_view now);

    /// Remembers that a paragraph (its hash) was seen in a document dated
    /// `newest` (seconds since 1970); keeps the newest such date.
    void put_dated_paragraph(std::uint64_t hash, std::int64_t newest);
    /// The newest date (seconds) of a dated paragraph, if one was seen.
    std::optional<std::int64_t> dated_paragraph(std::uint64_t hash);

    std::optional<FeedState> feed(std::string_view url);
    void put_feed(std::string_view url, const FeedState& state, std::string_view now);
    void feed_failed(std::string_view url, std::string_view error, std::string_view now);
    void clear_feed_validators();

    /// The generation and options hash an output was last written with.
    std::optional<std::pair<std::int64_t, std::string>> output_record(std::string_view destination);
    void set_output_record(std::string_view destination, std::int64_t generation, std::string_view options_hash,
                           std::string_view now);

    /// PRAGMA integrity_check: "ok" or the problems.
    std::string integrity_check();

private:
    void exec(std::string_view sql);
    [[noreturn]] void fail(std::string_view what);
    std::filesystem::path path_;
    sqlite3* db_ = nullptr;
    std::unique_ptr<Statement> put_paragraph_, get_paragraph_;  // prepared once: called per paragraph
    std::unique_ptr<Statement> put_row_;        // per mention
    std::unique_ptr<Statement> touch_source_, file_stamp_;  // per input file
    // file_stamp()'s place in the files table: the row it is on (if any)
    // and the path last asked; closed whenever the table is written.
    std::optional<std::set<std::string>> shared_ids_;  // shared_doc_ids() since the last put or delete
    bool stamp_open_ = false, stamp_row_ = false;
    std::string stamp_asked_;
    void close_stamp_cursor() noexcept;
};

}  // namespace frontline::update
