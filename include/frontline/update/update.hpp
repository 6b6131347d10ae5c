#pragma once
// One run of `frontline update` (docs/update.md):
//   1. take the lock "<state>.lock" (flock; waits up to lock_timeout);
//   2. remove temporaries that killed runs left beside file outputs;
//   3. in ONE state transaction: read every source (path sources through
//      DocumentReader, feeds through fetch/parse_feed with conditional GET),
//      run the pipeline only on documents that are new or whose content hash
//      changed, store their mentions (replacing an earlier version), mark
//      documents that disappeared (kept, or dropped with forget_missing), and
//      bump the state generation when anything changed; commit;
//   4. rebuild every output whose recorded generation is behind (or that is
//      missing, or whose options changed) from the state alone, documents in
//      (doc_id, source) order, each output replaced atomically
//      (LayerSetWriter), then record the generation it now holds.
// A run killed at any point leaves the previous outputs and the last committed
// state; the next run completes the work, so its outputs equal those of an
// uninterrupted run. Same inputs give the same features, ids and values
// whatever their order or the number of runs.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "frontline/update/config.hpp"
#include "frontline/update/log.hpp"

namespace frontline::update {

struct UpdateOptions {
    std::chrono::milliseconds lock_timeout{60000};
    bool force_outputs = false;  ///< rewrite every output even if up to date
    bool reprocess = false;      ///< run the pipeline on every document again
    /// A progress line on stderr (documents processed, MB, MB/s), for a
    /// person at a terminal; never under cron.
    bool progress = false;
};

struct UpdateReport {
    std::size_t documents_read = 0;      ///< documents read this run (all sources)
    std::size_t documents_new = 0;
    std::size_t documents_changed = 0;   ///< replaced an earlier version
    std::size_t documents_unchanged = 0;
    std::size_t documents_missing = 0;   ///< gone from their source (kept or forgotten)
    std::size_t documents_forgotten = 0;
    std::size_t inputs_skipped = 0;      ///< input errors: unreadable, binary, truncated, too large
    std::size_t input_warnings = 0;      ///< repairs (invalid UTF-8), empty inputs
    std::size_t sources_failed = 0;      ///< sources that could not be read at all (missing, feed down)
    std::size_t feeds_not_modified = 0;
    std::size_t outputs_written = 0;
    std::size_t outputs_up_to_date = 0;
    std::size_t outputs_failed = 0;
    std::int64_t generation = 0;
    std::int64_t documents_in_state = 0;
    std::size_t mentions_written = 0, events_written = 0, places_written = 0;  ///< per output written (last)
    double seconds = 0;
};

/// Runs one update. Throws frontline::Error for what stops the run: the lock
/// (ExitCode::locked), the gazetteer, the state database (ExitCode::output).
/// Problems with single inputs, feeds and outputs are logged and counted in
/// the report instead (the caller decides the exit code).
UpdateReport run_update(const UpdateConfig& config, const UpdateOptions& options, Logger& log);

/// Exit code for a finished run: 4 when an output failed, 3 when every source
/// failed, 6 with `strict` when inputs were skipped or sources failed, else 0.
int exit_code_for(const UpdateReport& report, const UpdateConfig& config, bool strict);

}  // namespace frontline::update
