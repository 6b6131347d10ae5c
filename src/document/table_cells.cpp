// Event tables pasted as text: rows whose cells are parted by "|", tabs or,
// in CSV, by commas ("2024-08-12,Malaya Loknya,Kursk Oblast,Battles,...").
#include "frontline/document/table_cells.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include "frontline/text/fold.hpp"

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

namespace {

// The line of `text` holding byte pos.
std::string_view line_at(std::string_view text, std::size_t pos) {
    const std::size_t b = pos == 0 ? 0 : text.rfind('\n', pos - 1);
    const std::size_t begin = b == std::string_view::npos || pos == 0 ? 0 : b + 1;
    const std::size_t e = text.find('\n', pos);
    return text.substr(begin, (e == std::string_view::npos ? text.size() : e) - begin);
}

// The cell separator of a table line: '|', a tab, or a CSV comma; 0 for none.
char separator_of(std::string_view line) {
    if (std::count(line.begin(), line.end(), '|') >= 2) return '|';
    if (std::count(line.begin(), line.end(), '\t') >= 2) return '\t';
    // (Commas make a row only of a CSV table, its date in the first cells:
    // prose has commas enough.)
    return csv_row(line) ? ',' : 0;
}

// Separators before `at` (outside CSV quotes): the cell's column.
std::size_t column_at(std::string_view line, std::size_t at, char sep) {
    std::size_t column = 0;
    bool quoted = false;
    for (std::size_t k = 0; k < at && k < line.size(); ++k) {
        if (line[k] == '"') quoted = !quoted;
        else if (line[k] == sep && !quoted) ++column;
    }
    return column;
}

}  // namespace

std::string_view column_header(std::string_view text, std::size_t pos) { return TableHeaders(text).header(pos); }

std::string_view TableHeaders::header(std::size_t pos) {
    const std::string_view text = text_;
    if (pos >= text.size()) return {};
    // (A line is found and its separator counted once, however many names it holds.)
    if (pos < counted_line_.begin || pos >= counted_line_.end) {
        const std::string_view line = line_at(text, pos);
        counted_line_.begin = static_cast<std::size_t>(line.data() - text.data());
        counted_line_.end = counted_line_.begin + line.size() + 1;
        counted_separator_ = separator_of(line);
    }
    const char sep = counted_separator_;
    if (!sep) return {};
    const std::size_t row_begin = counted_line_.begin;
    const std::string_view row = text.substr(row_begin, counted_line_.end - 1 - row_begin);
    const std::size_t column = column_at(row, pos - row_begin, sep);
    // Up the lines of the same table to its first, or to a row whose first
    // is known: each row is walked once however many names it holds.
    std::size_t begin = row_begin;
    std::vector<std::size_t> walked;  // the rows passed on the way up share their table's first line
    while (begin >= 2) {
        if (const auto known = first_line_of_.find(begin); known != first_line_of_.end()) {
            begin = known->second;
            break;
        }
        const std::string_view above = line_at(text, begin - 1);
        // (A CSV header has no date: its commas are enough above a dated row.)
        const bool same_table = sep == ',' ? std::count(above.begin(), above.end(), ',') >= 4 : separator_of(above) == sep;
        if (above.find_first_not_of(" \t\r") == std::string_view::npos || !same_table) break;
        walked.push_back(begin);
        begin = static_cast<std::size_t>(above.data() - text.data());
    }
    first_line_of_[row_begin] = begin;
    for (std::size_t w : walked) first_line_of_[w] = begin;
    if (begin == row_begin) return {};
    const std::string_view first = line_at(text, begin);
    // The header's cell of that column.
    // (A row with more cells than its header has none above the extra ones.)
    std::size_t cell = 0, cell_begin = 0;
    std::string_view h;
    bool quoted = false;
    for (std::size_t k = 0; k <= first.size(); ++k) {
        const bool end = k == first.size() || (first[k] == sep && !quoted);
        if (k < first.size() && first[k] == '"') quoted = !quoted;
        if (!end) continue;
        if (cell == column) {
            h = first.substr(cell_begin, k - cell_begin);
            break;
        }
        ++cell;
        cell_begin = k + 1;
    }
    while (!h.empty() && (h.front() == ' ' || h.front() == '"' || h.front() == '*')) h.remove_prefix(1);
    while (!h.empty() && (h.back() == ' ' || h.back() == '"' || h.back() == '*' || h.back() == '\r')) h.remove_suffix(1);
    return h;
}

ColumnRole column_role(std::string_view header) {
    // (A header is a word or two: "oblast", "Oblast/region", "admin1", "Область".)
    if (header.empty() || header.size() > 24) return ColumnRole::place;
    const std::string h = fold(header);
    static constexpr std::pair<std::string_view, ColumnRole> heads[] = {
        {"admin1", ColumnRole::region},       {"oblast", ColumnRole::region},       {"region", ColumnRole::region},
        {"province", ColumnRole::region},     {"област", ColumnRole::region},       {"регион", ColumnRole::region},
        {"регіон", ColumnRole::region},       {"admin2", ColumnRole::district},     {"raion", ColumnRole::district},
        {"rayon", ColumnRole::district},      {"district", ColumnRole::district},   {"район", ColumnRole::district},
        {"admin3", ColumnRole::community},    {"hromada", ColumnRole::community},   {"community", ColumnRole::community},
        {"municipality", ColumnRole::community}, {"громад", ColumnRole::community}, {"округ", ColumnRole::community},
        {"country", ColumnRole::country},     {"країна", ColumnRole::country},      {"страна", ColumnRole::country},
    };
    for (const auto& [head, role] : heads)
        if (h.starts_with(head)) return role;
    return ColumnRole::place;
}

}  // namespace frontline
