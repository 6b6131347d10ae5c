#include "frontline/document/formats.hpp"
#include "frontline/text/utf8.hpp"
#include "frontline/time.hpp"

namespace frontline {

namespace {
std::optional<std::string> string_field(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

// The one place a Document is made from a report's fields, however they were read.
Document document_from_fields(ReportFields fields, const InputPosition& where, std::string fallback_id,
                              std::string source) {
    Document doc;
    doc.source = std::move(source);
    doc.text = std::move(fields.text);
    doc.id = fields.id ? std::move(*fields.id) : std::move(fallback_id);
    doc.url = std::move(fields.url);
    doc.title = std::move(fields.title);
    if (fields.published) {
        doc.published = parse_iso_timestamp(*fields.published);
        if (!doc.published)
            doc.issues.push_back({where.offset.value_or(0), "unparseable \"published\": " + *fields.published});
    }
    return doc;
}

}  // namespace

Document document_from_json(const nlohmann::json& obj, const InputPosition& where, std::string fallback_id,
                            std::string source) {
    if (!obj.is_object()) throw InputError(where, std::string("expected a JSON object, got ") + obj.type_name());
    auto text = obj.find("text");
    if (text == obj.end()) throw InputError(where, "object has no \"text\" field");
    if (!text->is_string()) throw InputError(where, "\"text\" is not a string");

    return document_from_fields(report_fields_from_json(obj), where, std::move(fallback_id), std::move(source));
}

ReportFields report_fields_from_json(const nlohmann::json& obj) {
    ReportFields fields;
    fields.text = obj.at("text").get<std::string>();
    if (auto id = obj.find("id"); id != obj.end()) {
        if (id->is_string()) fields.id = id->get<std::string>();
        else if (id->is_number()) fields.id = id->dump();
    }
    fields.url = string_field(obj, "url");
    fields.title = string_field(obj, "title");
    fields.published = string_field(obj, "published");
    return fields;
}

std::optional<Document> parse_jsonl_line(std::string_view line, const InputPosition& where, std::string fallback_id,
                                         std::string source) {
    if (line.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::nullopt;
    // nlohmann rejects ill-formed UTF-8 in strings; repair first so one bad
    // byte costs a U+FFFD, not the whole document.
    std::vector<ReadIssue> repairs;
    Utf8RepairOptions opt;
    opt.base_offset = where.offset.value_or(0);
    std::string fixed;
    const bool valid = is_valid_utf8(line);
    if (!valid) fixed = repair_utf8(line, &repairs, opt);
    std::string_view input = valid ? line : std::string_view(fixed);

    // Most lines are plain report objects: read them in one pass; anything
    // else (and every error) goes through nlohmann's parser.
    if (auto fields = scan_report_object(input)) {
        Document doc = document_from_fields(std::move(*fields), where, std::move(fallback_id), std::move(source));
        doc.issues.insert(doc.issues.begin(), repairs.begin(), repairs.end());
        return doc;
    }
    nlohmann::json obj;
    try {
        obj = nlohmann::json::parse(input.begin(), input.end());
    } catch (const nlohmann::json::parse_error& e) {
        InputPosition at = where;
        // e.byte is 1-based and counts the repaired line; close enough to point at the bad spot.
        if (at.offset && e.byte > 0) at.offset = *at.offset + std::min<std::size_t>(e.byte - 1, line.size());
        throw InputError(at, std::string("not valid JSON: ") + e.what());
    } catch (const nlohmann::json::exception& e) {
        throw InputError(where, std::string("not valid JSON: ") + e.what());
    }
    Document doc = document_from_json(obj, where, std::move(fallback_id), std::move(source));
    doc.issues.insert(doc.issues.begin(), repairs.begin(), repairs.end());
    return doc;
}

}  // namespace frontline
