#pragma once
// A one-pass reader for the JSON object of one JSONL report: it checks the
// whole line against the JSON grammar (RFC 8259) and keeps only the fields a
// Document is made of, without building a DOM. Reading a report this way is
// several times cheaper than a general parser, and JSONL reading sits on the
// one thread that feeds all the workers.
//
// It answers only what it is sure of. Anything it does not take (not JSON,
// not an object, a byte-order mark, an `id` number that is not a plain
// integer, a `text` that is missing or not a string) returns nullopt, and the
// caller parses the line with nlohmann::json, which gives the exact error or
// the same fields. Precondition: `json` is valid UTF-8.
#include <optional>
#include <string>
#include <string_view>

namespace frontline {

/// The fields of a report object that a Document is made of. A field of
/// another JSON type than the one named is absent.
struct ReportFields {
    std::string text;                      ///< required
    std::optional<std::string> id;         ///< a string, or an integer's digits
    std::optional<std::string> url;
    std::optional<std::string> title;
    std::optional<std::string> published;

    bool operator==(const ReportFields&) const = default;
};

/// The fields of `json` if it is exactly one JSON object (surrounding
/// whitespace allowed) with a string `text`; nullopt otherwise or when in
/// doubt. Where a key repeats, the last value counts (as in nlohmann::json).
std::optional<ReportFields> scan_report_object(std::string_view json);

}  // namespace frontline
