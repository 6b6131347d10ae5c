#pragma once
// A progress line for a person at a terminal: documents, bytes, rate and,
// when the total is known, the time left. Callers show it only when stderr
// is a terminal (never under cron or into a log).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace frontline::run {

class ProgressMeter {
public:
    /// `total_bytes` 0: unknown (standard input, feeds), no time left shown.
    ProgressMeter(std::FILE* out, std::uint64_t total_bytes);
    ProgressMeter(const ProgressMeter&) = delete;
    ProgressMeter& operator=(const ProgressMeter&) = delete;

    /// Redraws the line, at most five times a second.
    void update(std::size_t documents, std::uint64_t bytes);
    /// Clears the line (the summary that follows takes its place).
    void finish();

    /// "1204 documents, 38.2 of 50.0 MB, 4.1 MB/s, about 3 s left"; the
    /// rate and the time left only once a second has passed.
    static std::string line(std::size_t documents, std::uint64_t bytes, std::uint64_t total_bytes, double seconds);

private:
    std::FILE* out_;
    std::uint64_t total_;
    std::chrono::steady_clock::time_point start_, last_;
    std::size_t width_ = 0;  // of the line drawn, to clear it
};

}  // namespace frontline::run
