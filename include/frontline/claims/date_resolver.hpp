#pragma once
// Resolves when a reported event happened from the words of its sentence and
// the time the report was made: explicit dates ("on 4 November", "24 October",
// "November 4"), relative days ("yesterday", "earlier on Monday", "last
// night"), and vaguer spans ("last week", "last month", "in August", "since
// August"). Without any, the event is dated to the report's day.
#include <optional>
#include <string>
#include <vector>

#include "frontline/recognize/token.hpp"
#include "frontline/time.hpp"

namespace frontline {

struct EventDate {
    std::optional<Date> date;       ///< first day of the span for week/month
    std::string precision;          ///< day, report_day, week, month, unknown
    std::string basis;              ///< the words that decided, for explain
};

/// `reference` is the entry's timestamp (or the document date); tokens
/// [begin, end) are the sentence. Thread-safe.
EventDate resolve_event_date(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                             std::optional<Timestamp> reference);

}  // namespace frontline
