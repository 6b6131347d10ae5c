#include "frontline/run/report_date.hpp"

namespace frontline::run {

std::optional<ReportDate> parse_report_date(std::string_view text) {
    if (text == "file-time") return ReportDate{std::nullopt, true};
    if (auto t = parse_iso_timestamp(text)) return ReportDate{t, false};
    return std::nullopt;
}

}  // namespace frontline::run
