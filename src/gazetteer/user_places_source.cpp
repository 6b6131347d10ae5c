// frontline's own tables: user places (airbases, refineries, countries,
// regions) and aliases. TSV or CSV with a header naming the columns, so the
// columns may come in any order and extra ones are ignored.
#include <map>
#include <string>

#include "frontline/detail/fields.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/gazetteer/line_reader.hpp"
#include "frontline/gazetteer/source.hpp"

namespace frontline {

namespace {

struct Table {
    std::map<std::string, std::size_t> columns;
    char sep = '\t';

    std::string_view get(const std::vector<std::string>& row, const char* name) const {
        auto it = columns.find(name);
        if (it == columns.end() || it->second >= row.size()) return {};
        return row[it->second];
    }
};

std::vector<std::string> split_row(std::string_view line, char sep) {
    if (sep == ',') return detail::split_csv(line, ',');
    std::vector<std::string_view> parts;
    detail::split(line, sep, parts);
    return {parts.begin(), parts.end()};
}

// Reads the header, then calls `row` for each data row with its line number.
template <typename RowFn>
void read_table(const std::filesystem::path& path, SourceReport& report, RowFn row) {
    LineReader reader(path);
    std::string_view line;
    Table table;
    bool have_header = false;
    while (reader.next(line)) {
        if (line.empty() || line.front() == '#') continue;
        if (!is_valid_utf8(line)) {
            report.problem(reader.where(), reader.line_number(), "invalid UTF-8");
            continue;
        }
        if (!have_header) {
            if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
            table.sep = line.find('\t') != std::string_view::npos ? '\t' : ',';
            auto names = split_row(line, table.sep);
            for (std::size_t i = 0; i < names.size(); ++i) table.columns[names[i]] = i;
            have_header = true;
            continue;
        }
        row(table, split_row(line, table.sep), reader);
    }
}

// "Kremlin|Moscow Kremlin@en|Кремль@ru"
void add_aliases(std::string_view list, std::vector<PlaceName>& names) {
    std::vector<std::string_view> parts;
    detail::split(list, '|', parts);
    for (std::string_view a : parts) {
        if (a.empty()) continue;
        std::string lang;
        if (auto at = a.rfind('@'); at != std::string_view::npos && a.size() - at <= 4) {
            lang = std::string(a.substr(at + 1));
            a = a.substr(0, at);
        }
        names.push_back({std::string(a), lang, NameOrigin::alias});
    }
}

}  // namespace

void read_user_places(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    read_table(path, report, [&](const Table& t, const std::vector<std::string>& r, const LineReader& reader) {
        std::string_view id = t.get(r, "id"), name = t.get(r, "name");
        auto lat = detail::to_double(t.get(r, "lat")), lon = detail::to_double(t.get(r, "lon"));
        if (id.empty() || name.empty()) {
            report.problem(reader.where(), reader.line_number(), "missing id or name");
            return;
        }
        if (!lat || !lon || !detail::valid_coordinates(*lat, *lon)) {
            report.problem(reader.where(), reader.line_number(),
                           "bad coordinates '" + std::string(t.get(r, "lat")) + "', '" + std::string(t.get(r, "lon")) + "'");
            return;
        }
        PlaceRecord p;
        p.id = id.find(':') == std::string_view::npos ? "user:" + std::string(id) : std::string(id);
        p.name = std::string(name);
        p.lat = *lat;
        p.lon = *lon;
        p.kind = parse_place_kind(t.get(r, "kind"));
        p.feature_code = std::string(t.get(r, "feature_code"));
        if (p.feature_code.empty()) p.feature_code = std::string(t.get(r, "kind"));
        p.country = std::string(t.get(r, "country"));
        p.admin1_name = std::string(t.get(r, "admin1"));
        // GeoNames' code of the containing admin-1 area ("US.TX" or "TX"),
        // which links the place to it as GeoNames' own rows are linked.
        if (std::string_view code = t.get(r, "admin1_code"); !code.empty()) {
            if (code.size() > p.country.size() && code.starts_with(p.country) && code[p.country.size()] == '.')
                code.remove_prefix(p.country.size() + 1);
            p.admin1_code = std::string(code);
        }
        p.population = detail::to_int(t.get(r, "population")).value_or(0);
        p.source = "user";
        add_aliases(t.get(r, "aliases"), p.names);
        sink.add_place(std::move(p));
        ++report.rows;
    });
}

void read_aliases(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    read_table(path, report, [&](const Table& t, const std::vector<std::string>& r, const LineReader& reader) {
        std::string_view id = t.get(r, "place_id"), alias = t.get(r, "alias");
        if (id.empty() || alias.empty()) {
            report.problem(reader.where(), reader.line_number(), "missing place_id or alias");
            return;
        }
        sink.add_alias({std::string(id), std::string(alias), std::string(t.get(r, "lang"))});
        ++report.rows;
    });
}

}  // namespace frontline
