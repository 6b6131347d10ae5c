#include "frontline/update/log.hpp"

#include <chrono>

#include "frontline/time.hpp"

namespace frontline::update {

std::string_view to_string(LogLevel level) {
    switch (level) {
    case LogLevel::debug: return "debug";
    case LogLevel::info: return "info";
    case LogLevel::warning: return "warning";
    case LogLevel::error: return "error";
    }
    return "info";
}

void Logger::log(LogLevel level, std::string_view event, std::string_view message, const LogFields& fields) {
    std::lock_guard lock(mutex_);
    if (level == LogLevel::error) ++errors_;
    if (level == LogLevel::warning) ++warnings_;
    if (level < min_) return;
    if (format_ == LogFormat::json) {
        nlohmann::json j = nlohmann::json::object();
        j["time"] = format_timestamp(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        j["level"] = std::string(to_string(level));
        j["event"] = std::string(event);
        j["msg"] = std::string(message);
        for (const auto& [k, v] : fields) j[k] = v;
        out_ << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
        std::string line = "frontline: ";
        if (level != LogLevel::info) line += std::string(to_string(level)) + ": ";
        line += message;
        out_ << line << '\n';
    }
    out_.flush();
}

std::size_t Logger::errors() const {
    std::lock_guard lock(mutex_);
    return errors_;
}
std::size_t Logger::warnings() const {
    std::lock_guard lock(mutex_);
    return warnings_;
}

}  // namespace frontline::update
