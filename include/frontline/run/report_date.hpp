#pragma once
// The date a run gives documents that carry none of their own and have no
// dated copy: a given day, or the modification time of the file each came
// from (a folder a scraper saves articles into as they appear; standard
// input stays undated), or none. Said as --report-date and as an update
// config's [documents] report_date.
#include <optional>
#include <string_view>

#include "frontline/time.hpp"

namespace frontline::run {

struct ReportDate {
    std::optional<Timestamp> date;
    bool from_file = false;
};

/// "YYYY-MM-DD" (or an ISO date-time) or "file-time"; nullopt for anything else.
std::optional<ReportDate> parse_report_date(std::string_view text);

}  // namespace frontline::run
