#pragma once
// Dates and times as frontline uses them: UTC instants and calendar days.
// Live blogs print local times without a zone; they are taken as given.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace frontline {

using Timestamp = std::chrono::sys_seconds;
using Date = std::chrono::sys_days;

/// "2024-11-07"
std::string format_date(Date d);
/// "2024-11-07T12:01:00Z"
std::string format_timestamp(Timestamp t);
/// Parses ISO 8601 dates and date-times ("2024-11-07", "2024-11-07T12:01",
/// "2024-11-07T12:01:00Z", "2024-11-07 12:01:00+02:00"); nullopt if not one.
std::optional<Timestamp> parse_iso_timestamp(std::string_view s);

}  // namespace frontline
