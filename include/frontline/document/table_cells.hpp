#pragma once
// Event tables pasted as text: whether two offsets of a row lie in different
// cells ("2025-11-24 | Rivnopillia, Zaporizhzhia Oblast | Battles | ...",
// tab-separated, or a CSV line that opens with its date).
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

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

/// The header cell above the cell holding byte `pos` of a table row: the
/// same column of the first row of its table ("date | location | oblast |
/// ..."), or empty where the row is the first or no table holds it.
std::string_view column_header(std::string_view text, std::size_t pos);

/// column_header for many cells of one text, each table walked once: a
/// table of thousands of rows costs as many steps, not their square.
class TableHeaders {
public:
    explicit TableHeaders(std::string_view text) : text_(text) {}
    std::string_view header(std::size_t pos);

private:
    std::string_view text_;
    std::unordered_map<std::size_t, std::size_t> first_line_of_;  // a row's first byte -> its table's first line's
    struct {
        std::size_t begin = 1, end = 0;  // the last line read, [begin, end) with its line break
    } counted_line_;
    char counted_separator_ = 0;
};

/// What a column's places are, by its header: the area that only holds the
/// row's place ("oblast", "admin1", "район", "громада") or the place itself.
enum class ColumnRole { place, region, district, community, country };
ColumnRole column_role(std::string_view header);

}  // namespace frontline
