#include "frontline/run/progress_meter.hpp"

#include <algorithm>

namespace frontline::run {

namespace {
constexpr double kSteadyAfter = 1.0;  // seconds
}  // namespace

ProgressMeter::ProgressMeter(std::FILE* out, std::uint64_t total_bytes)
    : out_(out), total_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_ - std::chrono::seconds(1)) {}

std::string ProgressMeter::line(std::size_t documents, std::uint64_t bytes, std::uint64_t total_bytes, double seconds) {
    char buf[160];
    const double mb = double(bytes) / 1e6;
    int n = total_bytes ? std::snprintf(buf, sizeof buf, "%zu document%s, %.1f of %.1f MB", documents,
                                        documents == 1 ? "" : "s", mb, double(total_bytes) / 1e6)
                        : std::snprintf(buf, sizeof buf, "%zu document%s, %.1f MB", documents, documents == 1 ? "" : "s", mb);
    std::string out(buf, static_cast<std::size_t>(std::max(n, 0)));
    // A rate over less than a second is start-up noise (the first tick once
    // showed "38690 MB/s"): the rate and the time left wait for a second.
    if (seconds < kSteadyAfter) return out;
    const double rate = mb / seconds;
    std::snprintf(buf, sizeof buf, ", %.1f MB/s", rate);
    out += buf;
    if (total_bytes && rate > 0 && bytes <= total_bytes) {
        const double left = (double(total_bytes - bytes) / 1e6) / rate;
        if (left < 60) std::snprintf(buf, sizeof buf, ", about %.0f s left", left);
        else std::snprintf(buf, sizeof buf, ", about %d min left", int(left / 60 + 0.5));
        out += buf;
    }
    return out;
}

void ProgressMeter::update(std::size_t documents, std::uint64_t bytes) {
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const std::string text = line(documents, bytes, total_, std::chrono::duration<double>(now - start_).count());
    // Spaces over the rest of a longer line drawn before.
    std::fprintf(out_, "\r%s%*s", text.c_str(), int(width_ > text.size() ? width_ - text.size() : 0), "");
    std::fflush(out_);
    width_ = std::max(width_, text.size());
}

void ProgressMeter::finish() {
    if (width_ == 0) return;
    std::fprintf(out_, "\r%*s\r", int(width_), "");
    std::fflush(out_);
    width_ = 0;
}

}  // namespace frontline::run
