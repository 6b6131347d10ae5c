// Event tables pasted as text: rows whose cells are parted by "|", tabs or,
// in CSV, by commas ("2024-08-12,Malaya Loknya,Kursk Oblast,Battles,...").
#include "table_cells.hpp"

#include <algorithm>

namespace frontline {

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// "2024-08-12" at pos.
bool iso_date_at(std::string_view s, std::size_t pos) {
    if (pos + 10 > s.size()) return false;
    for (std::size_t k = 0; k < 10; ++k)
        if (k == 4 || k == 7 ? s[pos + k] != '-' : !digit(s[pos + k])) return false;
    return true;
}

}  // namespace

bool csv_row(std::string_view line) {
    if (std::count(line.begin(), line.end(), ',') < 4) return false;
    // An ISO date as the first or second cell: "2024-08-12,..." or "UW0543,2022-02-24,...".
    if (iso_date_at(line, 0) && line.size() > 10 && line[10] == ',') return true;
    const std::size_t first_comma = line.find(',');
    return first_comma != std::string_view::npos && first_comma <= 16 && iso_date_at(line, first_comma + 1) &&
           line.size() > first_comma + 11 && line[first_comma + 11] == ',';
}

bool cells_apart(const Document& doc, std::size_t from, std::size_t to) {
    if (to <= from) return false;
    const std::string_view between = std::string_view(doc.text).substr(from, to - from);
    if (between.find_first_of("|\t") != std::string_view::npos) return true;
    if (between.find(',') == std::string_view::npos) return false;
    const std::size_t p = doc.paragraph_at(from);
    if (p == Document::npos) return false;
    const Span line = doc.paragraphs[p].span;
    return line.end >= to && csv_row(std::string_view(doc.text).substr(line.begin, line.size()));
}

}  // namespace frontline
