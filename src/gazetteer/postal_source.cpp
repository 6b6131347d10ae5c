// GeoNames postal code files: tab-separated with 12 columns, or CSV with a
// header (country_code,zipcode,place,state,state_code,province,...).
#include <string>

#include "frontline/detail/fields.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/gazetteer/line_reader.hpp"
#include "frontline/gazetteer/source.hpp"

namespace frontline {

void read_postal(const std::filesystem::path& path, SourceSink& sink, SourceReport& report) {
    LineReader reader(path);
    std::string_view line;
    std::vector<std::string_view> tab;
    bool csv = false;
    bool first = true;
    while (reader.next(line)) {
        if (line.empty() || line.front() == '#') continue;
        if (first) {
            first = false;
            if (line.starts_with("country_code,")) {
                csv = true;
                continue;
            }
        }
        std::vector<std::string> f;
        if (csv) {
            f = detail::split_csv(line);
        } else {
            detail::split(line, '\t', tab);
            f.assign(tab.begin(), tab.end());
        }
        if (!is_valid_utf8(line)) {
            report.problem(reader.where(), reader.line_number(), "invalid UTF-8");
            continue;
        }
        // CSV: country,zip,place,state,state_code,province,province_code,community,community_code,lat,lon
        // TSV: country,zip,place,admin1,code1,admin2,code2,admin3,code3,lat,lon,accuracy
        if (f.size() != 11 && f.size() != 12) {
            report.problem(reader.where(), reader.line_number(),
                           "expected 11 or 12 columns, found " + std::to_string(f.size()));
            continue;
        }
        auto lat = detail::to_double(f[9]), lon = detail::to_double(f[10]);
        if (!lat || !lon || !detail::valid_coordinates(*lat, *lon)) {
            report.problem(reader.where(), reader.line_number(), "bad coordinates '" + f[9] + "', '" + f[10] + "'");
            continue;
        }
        if (f[2].empty() || f[0].size() != 2) {
            report.problem(reader.where(), reader.line_number(), "missing country or place name");
            continue;
        }
        PostalRow row;
        row.country = f[0];
        row.postal_code = f[1];
        row.place = f[2];
        row.admin1_name = f[3];
        row.admin1_code = f[4];
        row.admin2_name = f[5];
        row.admin2_code = f[6];
        row.lat = *lat;
        row.lon = *lon;
        row.accuracy = f.size() == 12 ? static_cast<int>(detail::to_int(f[11]).value_or(0)) : 0;
        sink.add_postal(std::move(row));
        ++report.rows;
    }
}

}  // namespace frontline
