#pragma once
// Structured logs of `frontline update`: one record per line on a stream
// (stderr), as text ("frontline: error: <message> [key=value ...]") or as JSON
// lines ({"time":...,"level":...,"event":...,"msg":...,<fields>}).
// Records below the minimum level are dropped; the CLI's default minimum is
// `info` on a terminal and `error` otherwise, so cron mails only errors.
// Thread-safe.
#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace frontline::update {

enum class LogLevel { debug = 0, info = 1, warning = 2, error = 3 };
enum class LogFormat { text, json };

std::string_view to_string(LogLevel level);

using LogFields = std::vector<std::pair<std::string, nlohmann::json>>;

class Logger {
public:
    Logger(std::ostream& out, LogFormat format, LogLevel min_level) : out_(out), format_(format), min_(min_level) {}

    /// `event` is a short machine-readable tag ("input_skipped", "feed_failed").
    void log(LogLevel level, std::string_view event, std::string_view message, const LogFields& fields = {});
    void debug(std::string_view e, std::string_view m, const LogFields& f = {}) { log(LogLevel::debug, e, m, f); }
    void info(std::string_view e, std::string_view m, const LogFields& f = {}) { log(LogLevel::info, e, m, f); }
    void warning(std::string_view e, std::string_view m, const LogFields& f = {}) { log(LogLevel::warning, e, m, f); }
    void error(std::string_view e, std::string_view m, const LogFields& f = {}) { log(LogLevel::error, e, m, f); }

    std::size_t errors() const;
    std::size_t warnings() const;

private:
    std::ostream& out_;
    LogFormat format_;
    LogLevel min_;
    mutable std::mutex mutex_;
    std::size_t errors_ = 0, warnings_ = 0;
};

}  // namespace frontline::update
