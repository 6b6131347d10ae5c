// SQLite state of `frontline update`.
#include "frontline/update/state.hpp"

#include <sqlite3.h>

#include <algorithm>

namespace frontline::update {

namespace {

[[noreturn]] void throw_sqlite(sqlite3* db, std::string_view what) {
    std::string msg = "state database: " + std::string(what);
    if (db) {
        msg += ": ";
        msg += sqlite3_errmsg(db);
        int ext = sqlite3_extended_errcode(db);
        if ((ext & 0xff) == SQLITE_FULL) msg += " (disk full or file size limit reached)";
        if ((ext & 0xff) == SQLITE_IOERR) msg += " (I/O error; disk full or file size limit?)";
    }
    throw StateError(msg);
}

constexpr const char* kSchema = R"SQL(
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  source TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  origin TEXT NOT NULL,
  hash TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  last_changed TEXT NOT NULL,
  present INTEGER NOT NULL DEFAULT 1,
  mentions TEXT NOT NULL,
  PRIMARY KEY (source, doc_id)
);
CREATE INDEX IF NOT EXISTS documents_by_id ON documents (doc_id, source);
-- What every run reads of every document (documents()), without the rows'
-- mentions: a scan of the table itself reads a page or more per document.
CREATE INDEX IF NOT EXISTS documents_summary ON documents (source, doc_id, origin, hash, present);
CREATE TABLE IF NOT EXISTS feeds (
  url TEXT PRIMARY KEY,
  etag TEXT NOT NULL DEFAULT '',
  last_modified TEXT NOT NULL DEFAULT '',
  last_success TEXT,
  last_attempt TEXT,
  last_error TEXT,
  failures INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS outputs (
  destination TEXT PRIMARY KEY,
  generation INTEGER NOT NULL,
  options_hash TEXT NOT NULL,
  written_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dated_paragraphs (
  hash INTEGER PRIMARY KEY,
  newest INTEGER NOT NULL
);
-- Kept in (place, window) order, so that the rows of one event window or of
-- one place are read from neighbouring pages.
CREATE TABLE IF NOT EXISTS mention_rows (
  place_id TEXT NOT NULL,
  window_key TEXT NOT NULL,
  doc_id TEXT NOT NULL,
  source TEXT NOT NULL,
  mention_id TEXT NOT NULL,
  mention TEXT NOT NULL,
  PRIMARY KEY (place_id, window_key, doc_id, source, mention_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mention_rows_by_document ON mention_rows (source, doc_id);
CREATE TABLE IF NOT EXISTS event_places (place_id TEXT PRIMARY KEY, mention TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL);
-- A cache: valid while meta 'place_aggregates' names the generation.
CREATE TABLE IF NOT EXISTS place_aggregates (place_id TEXT PRIMARY KEY, aggregate TEXT NOT NULL);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '2'), ('generation', '0');
-- A new state's (no) aggregates are those of generation 0; an older state
-- at a later generation makes them from its rows once.
INSERT OR IGNORE INTO meta (key, value) VALUES ('place_aggregates', '0');
)SQL";

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db), stmt_(nullptr) {
    if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
        throw_sqlite(db, "cannot prepare '" + std::string(sql.substr(0, 40)) + "'");
}
Statement::~Statement() {
    if (stmt_) sqlite3_finalize(stmt_);
}
Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }

Statement& Statement::bind(int i, std::string_view text) {
    if (sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        throw_sqlite(db_, "cannot bind");
    return *this;
}
Statement& Statement::bind(int i, std::int64_t v) {
    if (sqlite3_bind_int64(stmt_, i, v) != SQLITE_OK) throw_sqlite(db_, "cannot bind");
    return *this;
}
Statement& Statement::bind_null(int i) {
    if (sqlite3_bind_null(stmt_, i) != SQLITE_OK) throw_sqlite(db_, "cannot bind");
    return *this;
}
bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string sql = sqlite3_sql(stmt_) ? sqlite3_sql(stmt_) : "";
    sqlite3_reset(stmt_);
    throw_sqlite(db_, "cannot run '" + sql.substr(0, 40) + "'");
}
void Statement::run() {
    while (step()) {
    }
    reset();
}
void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}
std::string Statement::column_text(int i) const {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    int n = sqlite3_column_bytes(stmt_, i);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}
std::string_view Statement::column_view(int i) const {
    const unsigned char* p = sqlite3_column_text(stmt_, i);
    int n = sqlite3_column_bytes(stmt_, i);
    return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string_view();
}
std::int64_t Statement::column_int(int i) const { return sqlite3_column_int64(stmt_, i); }
bool Statement::column_is_null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }

StateStore::StateStore(const std::filesystem::path& path) : path_(path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = "cannot open state database '" + path.string() + "': " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
        if (db_) sqlite3_close(db_);
        db_ = nullptr;
        throw StateError(msg);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 30000);
    try {
        // WAL: readers (QGIS on a copy, sqlite3 CLI) never block the run and a
        // killed run leaves the last committed state. FULL: a committed run
        // survives a power cut as well.
        Statement wal(db_, "PRAGMA journal_mode=WAL");
        if (!wal.step() || wal.column_text(0) != "wal") fail("cannot switch to WAL journal mode");
        exec("PRAGMA synchronous=FULL");
        exec("PRAGMA foreign_keys=ON");
        exec(kSchema);
        auto v = meta("schema_version");
        // Version 1 lacks the mention rows: the run fills them (update.cpp).
        if (!v || (*v != "1" && *v != "2")) fail("schema version " + v.value_or("?") + " is not supported by this frontline");
    } catch (...) {
        sqlite3_close(db_);
        db_ = nullptr;
        throw;
    }
}

StateStore::~StateStore() {
    put_paragraph_.reset();  // finalised before the database closes
    get_paragraph_.reset();
    put_row_.reset();
    touch_source_.reset();
    file_stamp_.reset();
    if (db_) sqlite3_close_v2(db_);
}

void StateStore::fail(std::string_view what) { throw_sqlite(db_, std::string(path_.string()) + ": " + std::string(what)); }

void StateStore::exec(std::string_view sql) {
    char* err = nullptr;
    std::string s(sql);
    if (sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        throw_sqlite(db_, path_.string() + ": '" + s.substr(0, 40) + "' failed (" + msg + ")");
    }
}

void StateStore::begin() { exec("BEGIN IMMEDIATE"); }
void StateStore::commit() {
    close_stamp_cursor();
    exec("COMMIT");
}
void StateStore::rollback() noexcept {
    close_stamp_cursor();
    shared_ids_.reset();
    if (db_ && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

std::optional<std::string> StateStore::meta(std::string_view key) {
    Statement s(db_, "SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    if (s.step()) return s.column_text(0);
    return std::nullopt;
}
void StateStore::set_meta(std::string_view key, std::string_view value) {
    Statement s(db_, "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
}
std::int64_t StateStore::generation() {
    auto v = meta("generation");
    return v ? std::stoll(*v) : 0;
}
void StateStore::bump_generation() { set_meta("generation", std::to_string(generation() + 1)); }

std::vector<StoredDocument> StateStore::documents() {
    std::vector<StoredDocument> out;
    {
        // At least the rows' count (deleted rows leave gaps), without a scan
        // to count them; pages reserved and never used cost nothing.
        Statement n(db_, "SELECT max(rowid) FROM documents");
        if (n.step()) out.reserve(static_cast<std::size_t>(std::clamp<std::int64_t>(n.column_int(0), 0, 1 << 24)));
    }
    Statement s(db_, "SELECT origin, source, doc_id, hash, present FROM documents ORDER BY source, doc_id");
    while (s.step()) out.push_back({s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3), s.column_int(4) != 0});
    return out;
}

void StateStore::put_document(std::string_view origin, std::string_view source, std::string_view doc_id,
                              std::string_view hash, std::string_view mentions_json, std::string_view now) {
    shared_ids_.reset();
    Statement s(db_,
                "INSERT INTO documents (source, doc_id, origin, hash, first_seen, last_seen, last_changed, present, mentions) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, 1, ?6) "
                "ON CONFLICT(source, doc_id) DO UPDATE SET origin = excluded.origin, hash = excluded.hash, "
                "last_seen = excluded.last_seen, last_changed = excluded.last_changed, present = 1, "
                "mentions = excluded.mentions");
    s.bind(1, source).bind(2, doc_id).bind(3, origin).bind(4, hash).bind(5, now).bind(6, mentions_json).run();
}

void StateStore::touch_document(std::string_view source, std::string_view doc_id, std::string_view now) {
    Statement s(db_, "UPDATE documents SET last_seen = ?3, present = 1 WHERE source = ?1 AND doc_id = ?2");
    s.bind(1, source).bind(2, doc_id).bind(3, now).run();
}

void StateStore::mark_missing(std::string_view source, std::string_view doc_id) {
    Statement s(db_, "UPDATE documents SET present = 0 WHERE source = ?1 AND doc_id = ?2");
    s.bind(1, source).bind(2, doc_id).run();
}

void StateStore::delete_document(std::string_view source, std::string_view doc_id) {
    shared_ids_.reset();
    Statement s(db_, "DELETE FROM documents WHERE source = ?1 AND doc_id = ?2");
    s.bind(1, source).bind(2, doc_id).run();
    Statement rows(db_, "DELETE FROM mention_rows WHERE source = ?1 AND doc_id = ?2");
    rows.bind(1, source).bind(2, doc_id).run();
}

void StateStore::put_mention_rows(std::string_view source, std::string_view doc_id, const std::vector<MentionRow>& rows) {
    Statement drop(db_, "DELETE FROM mention_rows WHERE source = ?1 AND doc_id = ?2");
    drop.bind(1, source).bind(2, doc_id).run();
    if (!put_row_) put_row_ = std::make_unique<Statement>(
        // A mention id twice in one document counts once, as in every layer.
        db_, "INSERT OR IGNORE INTO mention_rows (doc_id, source, place_id, window_key, mention_id, mention) "
             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const MentionRow& r : rows)
        put_row_->bind(1, doc_id).bind(2, source).bind(3, r.place_id).bind(4, r.window_key).bind(5, r.mention_id)
            .bind(6, r.mention).run();
}

void StateStore::invalidate_hashes() {
    close_stamp_cursor();
    exec("UPDATE documents SET hash = ''");
    exec("DELETE FROM files");
}

void StateStore::for_each_document(
    const std::function<void(const std::string&, const std::string&, const std::string&)>& fn) {
    Statement s(db_, "SELECT doc_id, source, mentions FROM documents ORDER BY doc_id, source");
    while (s.step()) fn(s.column_text(0), s.column_text(1), s.column_text(2));
}

void StateStore::put_dated_paragraph(std::uint64_t hash, std::int64_t newest) {
    if (!put_paragraph_) put_paragraph_ = std::make_unique<Statement>(
        db_, "INSERT INTO dated_paragraphs (hash, newest) VALUES (?1, ?2) "
             "ON CONFLICT(hash) DO UPDATE SET newest = max(newest, excluded.newest)");
    put_paragraph_->bind(1, static_cast<std::int64_t>(hash)).bind(2, newest).run();
}

std::optional<std::int64_t> StateStore::dated_paragraph(std::uint64_t hash) {
    if (!get_paragraph_) get_paragraph_ = std::make_unique<Statement>(db_, "SELECT newest FROM dated_paragraphs WHERE hash = ?1");
    get_paragraph_->bind(1, static_cast<std::int64_t>(hash));
    std::optional<std::int64_t> newest;
    if (get_paragraph_->step()) newest = get_paragraph_->column_int(0);
    get_paragraph_->reset();
    return newest;
}

std::int64_t StateStore::document_count() {
    Statement s(db_, "SELECT count(*) FROM documents");
    return s.step() ? s.column_int(0) : 0;
}

bool StateStore::has_documents_from(std::string_view source) {
    Statement s(db_, "SELECT 1 FROM documents WHERE source = ?1 LIMIT 1");
    s.bind(1, source);
    return s.step();
}

std::optional<std::string> StateStore::document_mentions(std::string_view source, std::string_view doc_id) {
    Statement s(db_, "SELECT mentions FROM documents WHERE source = ?1 AND doc_id = ?2");
    s.bind(1, source).bind(2, doc_id);
    if (s.step()) return s.column_text(0);
    return std::nullopt;
}

std::set<std::string> StateStore::shared_doc_ids() {
    // Kept until a document is put or deleted: a run asks twice, and each is
    // a scan of every document's id.
    if (shared_ids_) return *shared_ids_;
    Statement s(db_, "SELECT doc_id FROM documents GROUP BY doc_id HAVING count(*) > 1");
    std::set<std::string> out;
    while (s.step()) out.insert(s.column_text(0));
    shared_ids_ = out;
    return out;
}

std::vector<std::string> StateStore::sources_of(std::string_view doc_id) {
    Statement s(db_, "SELECT source FROM documents WHERE doc_id = ?1 ORDER BY source");
    s.bind(1, doc_id);
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.column_text(0));
    return out;
}

void StateStore::for_each_document_with_id(std::string_view doc_id,
                                           const std::function<void(const std::string&, const std::string&)>& fn) {
    Statement s(db_, "SELECT source, mentions FROM documents WHERE doc_id = ?1 ORDER BY source");
    s.bind(1, doc_id);
    while (s.step()) fn(s.column_text(0), s.column_text(1));
}

void StateStore::for_each_mention_row(
    std::string_view place_id, const std::optional<std::string>& window_key,
    const std::function<void(const std::string&, const std::string&, const std::string&)>& fn) {
    // In key order: sorting a place's rows by document cost as much as reading them.
    Statement s(db_, window_key ? "SELECT doc_id, source, mention FROM mention_rows WHERE place_id = ?1 AND window_key = ?2"
                                : "SELECT doc_id, source, mention FROM mention_rows WHERE place_id = ?1");
    s.bind(1, place_id);
    if (window_key) s.bind(2, *window_key);
    while (s.step()) fn(s.column_text(0), s.column_text(1), s.column_text(2));
}

void StateStore::for_each_claim_row(
    const std::vector<std::string>& claims,
    const std::function<void(const std::string&, const std::string&, const std::string&)>& fn) {
    if (claims.empty()) return;
    // '}' follows '|': the keys "<claim>|<window>" of every window. One scan
    // for all the claims: an index on window_key was slower at 2,000 reports
    // (a lookup per row for a tenth of the rows).
    std::string sql = "SELECT doc_id, source, mention FROM mention_rows WHERE ";
    for (std::size_t i = 0; i < claims.size(); ++i)
        sql += (i ? " OR " : "") + std::string("(window_key > ?") + std::to_string(2 * i + 1) + " AND window_key < ?" +
               std::to_string(2 * i + 2) + ")";
    Statement s(db_, sql);
    for (std::size_t i = 0; i < claims.size(); ++i)
        s.bind(static_cast<int>(2 * i + 1), claims[i] + "|").bind(static_cast<int>(2 * i + 2), claims[i] + "}");
    while (s.step()) fn(s.column_text(0), s.column_text(1), s.column_text(2));
}

bool StateStore::has_event_row(std::string_view place_id, const std::function<bool(const std::string&)>& except) {
    Statement s(db_, "SELECT doc_id FROM mention_rows WHERE place_id = ?1 AND window_key > ''");
    s.bind(1, place_id);
    while (s.step())
        if (!except(s.column_text(0))) return true;
    return false;
}

void StateStore::put_event_place(std::string_view place_id, std::string_view mention_json) {
    Statement s(db_, "INSERT OR IGNORE INTO event_places (place_id, mention) VALUES (?1, ?2)");
    s.bind(1, place_id).bind(2, mention_json).run();
}

void StateStore::for_each_event_place(const std::function<void(const std::string&)>& fn) {
    Statement s(db_, "SELECT mention FROM event_places ORDER BY place_id");
    while (s.step()) fn(s.column_text(0));
}

void StateStore::for_each_mention_row(const std::function<void(const std::string&, const std::string&, const std::string&,
                                                       const std::string&)>& fn) {
    Statement s(db_, "SELECT place_id, doc_id, source, mention FROM mention_rows");
    while (s.step()) fn(s.column_text(0), s.column_text(1), s.column_text(2), s.column_text(3));
}

std::optional<std::string> StateStore::place_aggregate(std::string_view place_id) {
    Statement s(db_, "SELECT aggregate FROM place_aggregates WHERE place_id = ?1");
    s.bind(1, place_id);
    if (s.step()) return s.column_text(0);
    return std::nullopt;
}

void StateStore::put_place_aggregate(std::string_view place_id, std::string_view aggregate) {
    Statement s(db_, "INSERT INTO place_aggregates (place_id, aggregate) VALUES (?1, ?2) "
                     "ON CONFLICT(place_id) DO UPDATE SET aggregate = excluded.aggregate");
    s.bind(1, place_id).bind(2, aggregate).run();
}

void StateStore::delete_place_aggregate(std::string_view place_id) {
    Statement s(db_, "DELETE FROM place_aggregates WHERE place_id = ?1");
    s.bind(1, place_id).run();
}

void StateStore::clear_place_aggregates() { exec("DELETE FROM place_aggregates"); }

// A cursor over the files table in path order, moved forward as the paths
// asked grow and started again where one goes back: 100,000 searches were
// a sixth of a run that changed nothing.
std::optional<FileStamp> StateStore::file_stamp(std::string_view path) {
    if (!file_stamp_)
        file_stamp_ = std::make_unique<Statement>(db_, "SELECT path, size, mtime_ns FROM files WHERE path >= ?1 ORDER BY path");
    if (!stamp_open_ || path < std::string_view(stamp_asked_)) {
        file_stamp_->reset();
        file_stamp_->bind(1, path);
        stamp_open_ = true;
        stamp_row_ = file_stamp_->step();
    }
    stamp_asked_.assign(path);
    while (stamp_row_ && file_stamp_->column_view(0) < path) stamp_row_ = file_stamp_->step();
    if (stamp_row_ && file_stamp_->column_view(0) == path) return FileStamp{file_stamp_->column_int(1), file_stamp_->column_int(2)};
    return std::nullopt;
}

void StateStore::close_stamp_cursor() noexcept {
    if (file_stamp_ && stamp_open_) file_stamp_->reset();
    stamp_open_ = stamp_row_ = false;
}

void StateStore::put_file_stamp(std::string_view path, const FileStamp& stamp) {
    close_stamp_cursor();
    Statement s(db_, "INSERT INTO files (path, size, mtime_ns) VALUES (?1, ?2, ?3) "
                     "ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns");
    s.bind(1, path).bind(2, stamp.size).bind(3, stamp.mtime_ns).run();
}

void StateStore::touch_source(std::string_view source, std::string_view now) {
    if (!touch_source_) touch_source_ = std::make_unique<Statement>(
        db_, "UPDATE documents SET last_seen = ?2, present = 1 WHERE source = ?1 AND present = 0");
    touch_source_->bind(1, source).bind(2, now).run();
}

std::optional<FeedState> StateStore::feed(std::string_view url) {
    Statement s(db_, "SELECT etag, last_modified FROM feeds WHERE url = ?1");
    s.bind(1, url);
    if (s.step()) return FeedState{s.column_text(0), s.column_text(1)};
    return std::nullopt;
}

void StateStore::put_feed(std::string_view url, const FeedState& st, std::string_view now) {
    Statement s(db_,
                "INSERT INTO feeds (url, etag, last_modified, last_success, last_attempt, last_error, failures) "
                "VALUES (?1, ?2, ?3, ?4, ?4, NULL, 0) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, last_success = excluded.last_success, "
                "last_attempt = excluded.last_attempt, last_error = NULL, failures = 0");
    s.bind(1, url).bind(2, st.etag).bind(3, st.last_modified).bind(4, now).run();
}

void StateStore::feed_failed(std::string_view url, std::string_view error, std::string_view now) {
    Statement s(db_,
                "INSERT INTO feeds (url, last_attempt, last_error, failures) VALUES (?1, ?2, ?3, 1) "
                "ON CONFLICT(url) DO UPDATE SET last_attempt = excluded.last_attempt, last_error = excluded.last_error, "
                "failures = failures + 1");
    s.bind(1, url).bind(2, now).bind(3, error).run();
}

void StateStore::clear_feed_validators() { exec("UPDATE feeds SET etag = '', last_modified = ''"); }

std::optional<std::pair<std::int64_t, std::string>> StateStore::output_record(std::string_view destination) {
    Statement s(db_, "SELECT generation, options_hash FROM outputs WHERE destination = ?1");
    s.bind(1, destination);
    if (s.step()) return std::make_pair(s.column_int(0), s.column_text(1));
    return std::nullopt;
}

void StateStore::set_output_record(std::string_view destination, std::int64_t generation, std::string_view options_hash,
                                   std::string_view now) {
    Statement s(db_,
                "INSERT INTO outputs (destination, generation, options_hash, written_at) VALUES (?1, ?2, ?3, ?4) "
                "ON CONFLICT(destination) DO UPDATE SET generation = excluded.generation, "
                "options_hash = excluded.options_hash, written_at = excluded.written_at");
    s.bind(1, destination).bind(2, generation).bind(3, options_hash).bind(4, now).run();
}

std::string StateStore::integrity_check() {
    Statement s(db_, "PRAGMA integrity_check");
    std::string out;
    while (s.step()) out += (out.empty() ? "" : "\n") + s.column_text(0);
    return out;
}

}  // namespace frontline::update
