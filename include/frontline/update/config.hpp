#pragma once
// The `frontline update` configuration: a TOML file (toml++) naming the
// sources, the gazetteer, the outputs, the state database and the as-of dates
// of derived layers. docs/update.md documents every key.
//
//   auto parsed = frontline::update::load_config("/etc/frontline/update.toml");
//   if (!parsed.ok()) for (auto& p : parsed.problems) std::cerr << p.to_string() << '\n';
//
// Relative paths are taken relative to the config file's directory (cron and
// systemd run from anywhere); connection strings ("PG:...") and feed URLs pass
// through unchanged. Every problem found is reported, not only the first, each
// with file:line:column from toml++'s source_region.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/error.hpp"
#include "frontline/output/output_options.hpp"
#include "frontline/run/report_date.hpp"
#include "frontline/time.hpp"

namespace frontline::update {

/// Where a key or table sits in the config file.
struct ConfigLocation {
    std::string file;
    std::uint32_t line = 0;    ///< 1-based; 0 when unknown
    std::uint32_t column = 0;  ///< 1-based; 0 when unknown
    std::string to_string() const;  ///< "file:line:column" (parts omitted when unknown)
};

struct ConfigProblem {
    ConfigLocation where;
    std::string message;
    std::string to_string() const;  ///< "file:line:column: error: message"
};

/// HTTP(S) settings of a feed ([feeds] gives defaults, each source may override).
struct FeedOptions {
    double timeout_s = 30;          ///< whole transfer
    double connect_timeout_s = 10;
    int retries = 2;                ///< extra attempts after a timeout, connection error, 5xx or 429
    double retry_delay_s = 1;       ///< doubled after each attempt
    std::uint64_t max_bytes = std::uint64_t(16) << 20;  ///< larger bodies are refused
    std::string user_agent;         ///< empty: "frontline/<version>"
};

struct SourceConfig {
    enum class Kind { path, feed };
    Kind kind = Kind::path;
    /// Path kind: a directory (searched recursively for .txt .html .htm .jsonl
    /// .json), a glob or a file, resolved against the config's directory.
    /// Feed kind: the http(s) URL of an RSS or Atom feed.
    std::string location;
    FeedOptions feed;
    ConfigLocation where;
    /// Identity of the source in the state ("path:/abs/dir", "feed:https://...").
    std::string key() const;
};

struct OutputConfig {
    OutputOptions options;   ///< destination resolved; overwrite is always set
    bool is_connection = false;  ///< a GDAL connection string, not a file
    ConfigLocation where;
};

struct UpdateConfig {
    std::filesystem::path file;        ///< the config file itself
    std::filesystem::path state_path;  ///< SQLite state; the lock file is "<state>.lock"
    ConfigLocation state_where;
    /// Documents that disappeared from a source that was read completely:
    /// false keeps their mentions and events (default), true drops them.
    bool forget_missing = false;
    std::optional<std::filesystem::path> gazetteer;  ///< nullopt: the bundled one
    ConfigLocation gazetteer_where;
    std::vector<SourceConfig> sources;
    std::vector<OutputConfig> outputs;
    /// As-of dates for derived layers (control/front), stored for their builder.
    std::vector<Date> as_of;
    /// [derived] baseline: a control map the claims change (extract
    /// --baseline); its date and side as --baseline-date, --baseline-side.
    std::optional<std::string> baseline;
    std::optional<Date> baseline_date;
    std::string baseline_side = "RU";
    /// Inputs (or JSONL lines) larger than this are reported and skipped.
    std::uint64_t max_document_bytes = std::uint64_t(64) << 20;
    /// Worker threads for the pipeline; 0 = hardware concurrency.
    unsigned jobs = 0;
    /// [documents] report_date: the date of documents that carry none of
    /// their own, or each file's modification time.
    run::ReportDate report_date;
};

struct ConfigResult {
    std::optional<UpdateConfig> config;  ///< set when there are no problems
    std::vector<ConfigProblem> problems;
    bool ok() const { return problems.empty() && config.has_value(); }
};

/// Parses TOML text. `file` names it in problems and anchors relative paths.
/// Checks syntax, unknown keys, types, ranges and required keys; touches no file.
ConfigResult parse_config(std::string_view text, const std::filesystem::path& file);

/// Reads and parses a config file (an unreadable file is one problem).
ConfigResult load_config(const std::filesystem::path& file);

/// The checks `--check` adds to parsing, which look at the system: the
/// gazetteer opens, path sources exist, output drivers are known and their
/// directories exist, the state's directory exists. Never throws.
std::vector<ConfigProblem> check_environment(const UpdateConfig& config);

/// Thrown by the update command for an invalid config (exit code 2); what()
/// lists every problem, one per line.
class ConfigError : public UsageError {
public:
    explicit ConfigError(std::vector<ConfigProblem> problems);
    const std::vector<ConfigProblem>& problems() const noexcept { return problems_; }

private:
    std::vector<ConfigProblem> problems_;
};

}  // namespace frontline::update
