#include "frontline/gazetteer/source.hpp"

#include <algorithm>

#include "frontline/detail/fields.hpp"
#include "frontline/error.hpp"
#include "frontline/gazetteer/line_reader.hpp"

namespace frontline {

std::string_view to_string(SourceFormat f) {
    switch (f) {
    case SourceFormat::geonames: return "geonames";
    case SourceFormat::admin1_codes: return "admin1_codes";
    case SourceFormat::admin2_codes: return "admin2_codes";
    case SourceFormat::postal: return "postal";
    case SourceFormat::user_places: return "user_places";
    case SourceFormat::aliases: return "aliases";
    case SourceFormat::ogr: return "ogr";
    }
    return "unknown";
}

void SourceReport::problem(std::string where, std::uint64_t line, std::string message) {
    ++skipped;
    if (problems.size() < max_problems) problems.push_back({std::move(where), line, std::move(message)});
}

namespace {

bool is_ogr_path(const std::filesystem::path& path) {
    std::string name = path.filename().string();
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    for (const char* ext : {".geojson", ".geojson.gz", ".gpkg", ".shp", ".fgb", ".kml", ".gml", ".sqlite",
                            ".geojsonl", ".geojsons"})
        if (name.ends_with(ext)) return true;
    return false;
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

SourceFormat detect_source_format(const std::filesystem::path& path) {
    if (is_ogr_path(path)) return SourceFormat::ogr;
    if (!std::filesystem::exists(path)) throw InputError({path.string()}, "no such file");
    LineReader reader(path);
    std::string_view line;
    std::vector<std::string_view> fields;
    while (reader.next(line)) {
        if (line.empty() || line.front() == '#') continue;
        if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
        std::string lower(line.substr(0, 64));
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower.starts_with("place_id\t") || lower.starts_with("place_id,")) return SourceFormat::aliases;
        if ((lower.starts_with("id\t") || lower.starts_with("id,")) && lower.find("name") != std::string::npos)
            return SourceFormat::user_places;
        if (lower.starts_with("country_code,") && lower.find("zipcode") != std::string::npos) return SourceFormat::postal;
        detail::split(line, '\t', fields);
        if (fields.size() == 19 && all_digits(fields[0])) return SourceFormat::geonames;
        if (fields.size() == 4) {
            auto dots = std::count(fields[0].begin(), fields[0].end(), '.');
            if (dots == 1) return SourceFormat::admin1_codes;
            if (dots == 2) return SourceFormat::admin2_codes;
        }
        if (fields.size() == 12 && fields[0].size() == 2) return SourceFormat::postal;
        throw InputError({reader.where(), reader.line_number()},
                         "unknown source format: expected a GeoNames table (19 tab-separated columns), an admin "
                         "code table, a postal code file, a user places table with a header line starting "
                         "'id<TAB>name', an aliases table, or an OGR vector file");
    }
    throw InputError({path.string()}, "source is empty");
}

namespace {
constexpr std::uint64_t kMalformedRowsAtLeast = 100;
}  // namespace

SourceReport read_source(const std::filesystem::path& path, SourceSink& sink) {
    SourceReport report;
    report.path = path.string();
    report.format = detect_source_format(path);
    switch (report.format) {
    case SourceFormat::geonames:
    case SourceFormat::admin1_codes:
    case SourceFormat::admin2_codes:
    case SourceFormat::postal: report.attribution = "GeoNames (geonames.org, CC BY 4.0)"; break;
    default: break;
    }
    switch (report.format) {
    case SourceFormat::geonames: read_geonames(path, sink, report); break;
    case SourceFormat::admin1_codes:
    case SourceFormat::admin2_codes: read_admin_codes(path, sink, report); break;
    case SourceFormat::postal: read_postal(path, sink, report); break;
    case SourceFormat::user_places: read_user_places(path, sink, report); break;
    case SourceFormat::aliases: read_aliases(path, sink, report); break;
    case SourceFormat::ogr: read_ogr_source(path, sink, report); break;
    }
    // A source none of whose rows could be read is the wrong file or a
    // changed format, not a few bad rows: stop before anything is written.
    if (report.rows == 0 && report.skipped > 0) {
        const SourceProblem& first = report.problems.front();
        throw InputError({first.where, first.line ? std::optional<std::uint64_t>(first.line) : std::nullopt},
                         "no row could be read (" + std::to_string(report.skipped) + " skipped; first: " +
                             first.message + ")");
    }
    // Nor is one a tenth of whose rows are malformed, a hundred or more: a
    // file whose columns changed part way, which would leave most of its
    // places out of a gazetteer that then replaces a good one.
    if (report.skipped >= kMalformedRowsAtLeast && report.skipped * 10 > report.rows + report.skipped) {
        const SourceProblem& first = report.problems.front();
        throw InputError({first.where, first.line ? std::optional<std::uint64_t>(first.line) : std::nullopt},
                         std::to_string(report.skipped) + " of " + std::to_string(report.rows + report.skipped) +
                             " rows are malformed (first: " + first.message +
                             "): a changed format or a damaged file; nothing was built from it");
    }
    return report;
}

}  // namespace frontline
