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

bool table_row(const Document& doc, std::size_t pos) {
    const std::size_t p = doc.paragraph_at(pos);
    if (p == Document::npos) return false;
    const Span span = doc.paragraphs[p].span;
    std::string_view line = std::string_view(doc.text).substr(span.begin, span.size());
    // (a paragraph may hold several rows: the row is the line holding pos)
    const std::size_t at = std::min(pos - span.begin, line.size());
    const std::size_t newline_before = at == 0 ? std::string_view::npos : line.rfind('\n', at - 1);
    const std::size_t line_start = newline_before == std::string_view::npos ? 0 : newline_before + 1;
    const std::size_t line_end = std::min(line.find('\n', at), line.size());
    line = line.substr(line_start, line_end - line_start);
    return std::count(line.begin(), line.end(), '|') >= 2 || std::count(line.begin(), line.end(), '\t') >= 2 || csv_row(line);
}

}  // namespace frontline
