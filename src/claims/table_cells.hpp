#pragma once
// Event tables pasted as text: whether two offsets of a row lie in different
// cells ("2025-11-24 | Rivnopillia, Zaporizhzhia Oblast | Battles | ...",
// tab-separated, or a CSV line that opens with its date).
#include <cstddef>
#include <string_view>

#include "frontline/document/document.hpp"

namespace frontline {

/// A CSV line of an event table: four commas or more, an ISO date as its
/// first or second cell.
bool csv_row(std::string_view line);

/// Whether a cell boundary ("|", a tab, or a CSV row's comma) stands between
/// byte offsets `from` and `to` of one row.
bool cells_apart(const Document& doc, std::size_t from, std::size_t to);

/// Whether the line holding byte `pos` is a row of an event table: cells
/// parted by two "|" or two tabs or more, or a CSV row.
bool table_row(const Document& doc, std::size_t pos);

}  // namespace frontline
