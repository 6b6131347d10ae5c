#pragma once
// Turning the bytes of one input format into Documents. These are the
// building blocks of DocumentReader; they do no file I/O and do not fill
// in structure (see analyse_structure).
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "frontline/document/document.hpp"
#include "frontline/document/report_object_scanner.hpp"
#include "frontline/error.hpp"

namespace frontline {

/// Plain text: the bytes as given, with invalid UTF-8 bytes replaced by
/// U+FFFD (each reported in doc.issues) and newlines translated as Python's
/// text mode does ("\r\n", "\r" -> "\n") so code-point offsets agree with
/// `open(f, encoding='utf-8').read()`. A BOM is kept as U+FEFF.
/// Precondition: no NUL bytes (the caller rejects binaries).
Document parse_text(std::string bytes, std::string id, std::string source);

/// HTML via libxml2's recovering parser: script, style, nav, header, footer,
/// aside, noscript, form (and the head) are dropped; block elements become
/// "\n"; whitespace runs collapse to one space. Title from <title> (or
/// og:title), published from meta article:published_time, url from the
/// canonical link or og:url. Without a declared charset the input is taken as
/// UTF-8 and repaired first. Never throws on malformed markup.
Document parse_html(std::string_view bytes, std::string id, std::string source);

/// One JSONL line: an object with `text` (required, string) and optional
/// `id` (string or number), `url`, `title`, `published` (ISO 8601). The text
/// is used as given (the title is not prepended). Invalid UTF-8 is repaired
/// before parsing (reported with offsets relative to `where.offset`).
/// `fallback_id` is used when `id` is missing. Returns nullopt for a blank
/// line. Throws InputError at `where` (offset moved to the bad byte where
/// known) if the line is not a JSON object with a string `text`.
std::optional<Document> parse_jsonl_line(std::string_view line, const InputPosition& where,
                                         std::string fallback_id, std::string source);

/// A report's fields as read from an already parsed JSON object: what the
/// one-pass scanner (report_object_scanner.hpp) must agree with.
/// Precondition: `obj` is an object whose `text` is a string.
ReportFields report_fields_from_json(const nlohmann::json& obj);

/// Fills a Document from an already parsed JSON object (shared by JSONL and
/// .json arrays). Throws InputError at `where` if `text` is missing.
Document document_from_json(const nlohmann::json& obj, const InputPosition& where, std::string fallback_id,
                            std::string source);

}  // namespace frontline
