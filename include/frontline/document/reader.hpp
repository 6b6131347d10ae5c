#pragma once
// Reading inputs into Documents, one at a time, in constant memory.
//
//   auto inputs = frontline::expand_inputs({"reports/", "extra/*.jsonl", "-"});
//   frontline::DocumentReader reader(inputs, {}, [](const frontline::InputIssue& i) {
//       std::cerr << i.to_string() << '\n';
//   });
//   while (auto doc = reader.next()) process(*doc);
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/error.hpp"

namespace frontline {

class BoilerplateFilter;

enum class InputFormat {
    text,   ///< .txt and anything unknown
    html,   ///< .html .htm
    jsonl,  ///< .jsonl: one JSON object per line
    json,   ///< .json: one object or an array of objects (read whole)
    feed,   ///< .rss .atom .xml: a saved RSS or Atom feed, one document per item (read whole)
    sniff,  ///< standard input: decided from the first non-blank byte (a feed by its root element)
};

/// One input to read. `path` is "-" for standard input.
struct InputSpec {
    std::string path;
    InputFormat format = InputFormat::text;
    bool is_stdin() const { return path == "-"; }
};

/// The format an input name implies (by extension, case-insensitive).
InputFormat format_for_path(const std::string& path);

/// Expands command-line arguments into inputs, in argument order:
/// - "-" is standard input (format sniffed);
/// - a directory is searched recursively for .txt .html .htm .jsonl .ndjson
///   .json .rss .atom files (hidden entries skipped), sorted by path; the
///   other files are counted in `skipped` when given (to say what was not read);
/// - an argument with * ? or [ that is not an existing file is a glob
///   (glob(3)), its matches sorted; directories among them are expanded;
/// - anything else is taken as a file, even if missing, so that the reader
///   reports it with the other unreadable inputs.
/// A glob matching nothing is kept as given (reported later as missing).
/// Duplicates are kept: the caller asked for them.
std::vector<InputSpec> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped = nullptr);

/// A problem with an input, reported through the reader's issue handler.
struct InputIssue {
    enum class Severity { warning, error };
    Severity severity = Severity::error;
    InputPosition where;   ///< file, 1-based line (JSONL), byte offset where known
    std::string message;
    std::string to_string() const;  ///< "file:line:offset: error: message"
};
using IssueHandler = std::function<void(const InputIssue&)>;

struct ReaderOptions {
    /// Fill paragraphs, entries, sentences and dates (analyse_structure).
    bool structure = true;
    /// Mark boilerplate paragraphs. With no filter given the bundled list
    /// (data_path("lexicon/boilerplate.txt")) is loaded by the constructor.
    bool mark_boilerplate = true;
    std::shared_ptr<const BoilerplateFilter> boilerplate;
    /// Inputs (or JSONL lines) larger than this are skipped with an error.
    std::uint64_t max_document_bytes = std::uint64_t(1) << 32;
};

/// Pulls Documents from a list of inputs, one at a time.
///
/// Contract:
/// - next() returns the next Document, or nullopt when all inputs are done.
/// - A text or HTML file is one Document; a JSONL file yields one Document
///   per non-blank line and is read line by line (never loaded whole); a
///   .json file is loaded whole (an object, or an array of objects); a feed
///   yields one Document per item (document/feed.hpp). A PDF is refused
///   with advice (it is not text, even when it holds no NUL byte).
/// - Problems never stop the reader: an unreadable or missing file, a
///   binary file (NUL bytes), a JSONL line that is not a JSON object with a
///   `text` string are reported as errors through the issue handler (with
///   file, line and byte offset) and skipped. An empty input is a warning
///   and yields no Document. Repairs inside a document (invalid UTF-8 bytes)
///   are recorded in Document::issues, not reported.
/// - Without a handler, issues are collected and available from issues();
///   with one, they are only passed to it.
/// - Memory is bounded by the largest single document, not by the input.
/// - Not thread-safe: use one reader per thread (Documents are independent
///   values and can be handed to other threads).
/// - The constructor throws frontline::Error if the boilerplate list is
///   needed and cannot be loaded; next() throws only std::bad_alloc.
class DocumentReader {
public:
    explicit DocumentReader(std::vector<InputSpec> inputs, ReaderOptions options = {}, IssueHandler on_issue = {});
    ~DocumentReader();
    DocumentReader(DocumentReader&&) noexcept;
    DocumentReader& operator=(DocumentReader&&) noexcept;
    DocumentReader(const DocumentReader&) = delete;
    DocumentReader& operator=(const DocumentReader&) = delete;

    std::optional<Document> next();

    /// Reads standard input from this stream instead of std::cin (tests).
    void set_stdin(std::istream& in);

    const std::vector<InputIssue>& issues() const;
    std::size_t documents_read() const;
    std::size_t errors() const;     ///< count of error-severity issues so far
    std::size_t warnings() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// Convenience: reads everything (for tests and small inputs).
std::vector<Document> read_all(const std::vector<InputSpec>& inputs, ReaderOptions options = {},
                               std::vector<InputIssue>* issues = nullptr);

}  // namespace frontline
