// DocumentReader: inputs -> Documents, one at a time, errors reported and skipped.
#include "frontline/document/reader.hpp"

#include <cctype>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "frontline/document/boilerplate.hpp"
#include "frontline/document/formats.hpp"
#include "frontline/document/feed.hpp"
#include "frontline/document/structure.hpp"

namespace frontline {

namespace fs = std::filesystem;

std::string InputIssue::to_string() const {
    return where.to_string() + (severity == Severity::error ? ": error: " : ": warning: ") + message;
}

namespace {
constexpr std::size_t max_errors_per_file = 1000;  // then the rest of the file is skipped
constexpr std::size_t binary_probe_bytes = 8192;

std::string display_name(const std::string& path) {
    if (path == "-") return "stdin";
    std::string name = fs::path(path).filename().string();
    return name.empty() ? path : name;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos; }
}  // namespace

struct DocumentReader::State {
    std::vector<InputSpec> inputs;
    std::size_t next_input = 0;
    ReaderOptions options;
    IssueHandler handler;
    std::vector<InputIssue> issues;
    std::size_t documents = 0, n_errors = 0, n_warnings = 0;
    std::istream* stdin_stream = &std::cin;

    // The JSONL input being streamed, if any.
    std::unique_ptr<std::ifstream> jsonl_file;
    std::istream* jsonl = nullptr;
    InputSpec jsonl_spec;
    std::uint64_t jsonl_line = 0, jsonl_offset = 0;
    std::size_t jsonl_docs = 0, jsonl_errors = 0;
    std::string line;  // reused buffer: one line at a time, never the file

    std::deque<Document> pending;  // from a .json array

    void report(InputIssue::Severity sev, InputPosition where, std::string message) {
        InputIssue issue{sev, std::move(where), std::move(message)};
        (sev == InputIssue::Severity::error ? n_errors : n_warnings)++;
        if (handler) handler(issue);
        else issues.push_back(std::move(issue));
    }
    void error(const std::string& file, std::string msg, std::optional<std::uint64_t> line = {},
               std::optional<std::uint64_t> offset = {}) {
        report(InputIssue::Severity::error, InputPosition{file, line, offset}, std::move(msg));
    }
    void warning(const std::string& file, std::string msg) {
        report(InputIssue::Severity::warning, InputPosition{file, {}, {}}, std::move(msg));
    }

    Document finish(Document doc) {
        if (options.structure)
            analyse_structure(doc, options.mark_boilerplate ? options.boilerplate.get() : nullptr);
        ++documents;
        return doc;
    }

    // Reads a whole file; reports and returns false on failure.
    bool slurp(const InputSpec& in, std::string& out) {
        if (in.is_stdin()) {
            out.assign(std::istreambuf_iterator<char>(*stdin_stream), std::istreambuf_iterator<char>());
            return true;
        }
        std::error_code ec;
        if (fs::is_directory(in.path, ec)) {
            error(in.path, "is a directory that could not be listed");
            return false;
        }
        // A pipe or a device ("/dev/stdin", "<(zcat reports.gz)") has no size:
        // read it to its end, within the limit.
        if (fs::exists(in.path, ec) && !fs::is_regular_file(in.path, ec)) return slurp_stream(in.path, out);
        const auto size = fs::file_size(in.path, ec);
        if (ec) {
            error(in.path, "cannot read: " + ec.message());
            return false;
        }
        if (size > options.max_document_bytes) {
            error(in.path, "larger than the " + std::to_string(options.max_document_bytes) + "-byte limit; skipped");
            return false;
        }
        std::ifstream f(in.path, std::ios::binary);
        if (!f) {
            error(in.path, std::string("cannot open: ") + std::strerror(errno));
            return false;
        }
        out.resize(size);
        f.read(out.data(), static_cast<std::streamsize>(size));
        out.resize(static_cast<std::size_t>(f.gcount()));
        if (f.bad()) {
            error(in.path, "read error");
            return false;
        }
        return true;
    }

    bool slurp_stream(const std::string& path, std::string& out) {
        std::ifstream f(path, std::ios::binary);
        if (!f) {
            error(path, std::string("cannot open: ") + std::strerror(errno));
            return false;
        }
        out.clear();
        char buffer[1 << 16];
        while (f.read(buffer, sizeof buffer) || f.gcount() > 0) {
            out.append(buffer, static_cast<std::size_t>(f.gcount()));
            if (out.size() > options.max_document_bytes) {
                error(path, "larger than the " + std::to_string(options.max_document_bytes) + "-byte limit; skipped");
                return false;
            }
        }
        if (f.bad()) {
            error(path, "read error");
            return false;
        }
        return true;
    }

    bool reject_binary(const std::string& path, std::string_view bytes) {
        const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
        if (!nul) return false;
        const auto at = static_cast<std::uint64_t>(static_cast<const char*>(nul) - bytes.data());
        error(path, "binary file (NUL byte); skipped", std::nullopt, at);
        return true;
    }

    std::optional<Document> whole_document(const InputSpec& in, InputFormat format, std::string bytes) {
        if (bytes.empty() || blank(bytes)) {
            warning(in.path, bytes.empty() ? "empty file; no document" : "no text (only whitespace); no document");
            return std::nullopt;
        }
        if (reject_binary(in.path, bytes)) return std::nullopt;
        if (format == InputFormat::text && bytes.starts_with("%PDF-")) {
            error(in.path, "a PDF file, not text; skipped (convert it first: pdftotext FILE.pdf FILE.txt)");
            return std::nullopt;
        }
        Document doc = format == InputFormat::html ? parse_html(bytes, display_name(in.path), in.path)
                                                   : parse_text(std::move(bytes), display_name(in.path), in.path);
        if (format == InputFormat::html && blank(doc.text)) {
            warning(in.path, "no text in the HTML body; no document");
            return std::nullopt;
        }
        return finish(std::move(doc));
    }

    void start_jsonl(const InputSpec& in, std::istream* stream, std::uint64_t line, std::uint64_t offset) {
        jsonl = stream;
        jsonl_spec = in;
        jsonl_line = line;
        jsonl_offset = offset;
        jsonl_docs = jsonl_errors = 0;
    }

    void open_jsonl(const InputSpec& in) {
        std::error_code ec;
        if (fs::is_directory(in.path, ec)) {
            error(in.path, "is a directory that could not be listed");
            return;
        }
        auto f = std::make_unique<std::ifstream>(in.path, std::ios::binary);
        if (!*f) {
            error(in.path, std::string("cannot open: ") + std::strerror(errno));
            return;
        }
        // Probe the start for NUL bytes: a binary file would otherwise give an error per "line".
        std::string probe(binary_probe_bytes, '\0');
        f->read(probe.data(), static_cast<std::streamsize>(probe.size()));
        probe.resize(static_cast<std::size_t>(f->gcount()));
        if (reject_binary(in.path, probe)) return;
        if (probe.empty()) {
            warning(in.path, "empty file; no document");
            return;
        }
        f->clear();
        f->seekg(0);
        jsonl_file = std::move(f);
        start_jsonl(in, jsonl_file.get(), 0, 0);
    }

    void close_jsonl() {
        if (jsonl_docs == 0 && jsonl_errors == 0) warning(jsonl_spec.path, "no documents (only blank lines)");
        jsonl = nullptr;
        jsonl_file.reset();
    }

    // Next document of the JSONL stream, or nullopt at its end.
    std::optional<Document> next_jsonl() {
        while (jsonl) {
            if (!std::getline(*jsonl, line)) {
                close_jsonl();
                return std::nullopt;
            }
            ++jsonl_line;
            const std::uint64_t offset = jsonl_offset;
            jsonl_offset += line.size() + 1;
            if (blank(line)) continue;
            if (jsonl_errors >= max_errors_per_file) continue;
            const std::string name = display_name(jsonl_spec.path);
            if (line.size() > options.max_document_bytes) {
                error(jsonl_spec.path, "line longer than the document size limit; skipped", jsonl_line, offset);
                ++jsonl_errors;
                continue;
            }
            try {
                auto doc = parse_jsonl_line(line, InputPosition{jsonl_spec.path, jsonl_line, offset},
                                            name + ":" + std::to_string(jsonl_line), jsonl_spec.path);
                if (!doc) continue;
                ++jsonl_docs;
                return finish(std::move(*doc));
            } catch (const InputError& e) {
                report(InputIssue::Severity::error, e.where(), e.detail());
                if (++jsonl_errors == max_errors_per_file)
                    error(jsonl_spec.path, "too many errors; the rest of this file is skipped", jsonl_line);
            }
        }
        return std::nullopt;
    }

    void load_json(const InputSpec& in) {
        std::string bytes;
        if (!slurp(in, bytes)) return;
        if (blank(bytes)) {
            warning(in.path, "empty file; no document");
            return;
        }
        if (reject_binary(in.path, bytes)) return;
        nlohmann::json root;
        try {
            root = nlohmann::json::parse(bytes);
        } catch (const nlohmann::json::exception&) {
            // Many ".json" files are really JSON Lines: stream it as such.
            if (!in.is_stdin()) open_jsonl(in);
            return;
        }
        const std::string name = display_name(in.path);
        auto add = [&](const nlohmann::json& obj, std::size_t index) {
            try {
                Document d = document_from_json(obj, InputPosition{in.path, {}, {}}, name + ":" + std::to_string(index),
                                                in.path);
                pending.push_back(std::move(d));
            } catch (const InputError& e) {
                report(InputIssue::Severity::error, e.where(), "element " + std::to_string(index) + ": " + e.detail());
            }
        };
        if (root.is_array()) {
            for (std::size_t i = 0; i < root.size(); ++i) add(root[i], i + 1);
            if (root.empty()) warning(in.path, "empty array; no document");
        } else {
            add(root, 1);
        }
    }

    // A feed: one document per item, read whole.
    void load_feed(const InputSpec& in, std::string bytes) {
        if (blank(bytes)) {
            warning(in.path, "empty file; no document");
            return;
        }
        if (reject_binary(in.path, bytes)) return;
        std::vector<FeedItem> items;
        try {
            items = parse_feed(bytes, in.path);
        } catch (const InputError& e) {
            report(InputIssue::Severity::error, e.where(), e.detail() + "; skipped");
            return;
        }
        if (items.empty()) warning(in.path, "a feed without items; no document");
        for (const FeedItem& item : items) pending.push_back(item_document(item, in.path));
    }

    // Standard input: JSONL is streamed, anything else read whole. Leading
    // whitespace is kept for text so offsets stay those of the input.
    std::optional<Document> open_stdin(const InputSpec& in) {
        std::string prefix;
        int c;
        while ((c = stdin_stream->peek()) != std::char_traits<char>::eof() && std::isspace(c)) prefix.push_back(static_cast<char>(stdin_stream->get()));
        if (c == '{') {
            std::uint64_t lines = 0;
            for (char ch : prefix) lines += ch == '\n';
            // Lines and offsets count the whitespace already consumed.
            start_jsonl(in, stdin_stream, lines, prefix.size());
            return next_jsonl();
        }
        std::string rest;
        slurp(in, rest);
        if (c == '<' && looks_like_feed(rest)) {
            load_feed(in, std::move(rest));
            return std::nullopt;
        }
        return whole_document(in, c == '<' ? InputFormat::html : InputFormat::text, prefix + rest);
    }

    std::optional<Document> next() {
        for (;;) {
            if (!pending.empty()) {
                Document d = std::move(pending.front());
                pending.pop_front();
                return finish(std::move(d));
            }
            if (jsonl) {
                if (auto d = next_jsonl()) return d;
                continue;
            }
            if (next_input >= inputs.size()) return std::nullopt;
            const InputSpec in = inputs[next_input++];
            switch (in.format) {
                case InputFormat::sniff:
                    if (in.is_stdin()) {
                        if (auto d = open_stdin(in)) return d;
                        break;
                    }
                    [[fallthrough]];
                case InputFormat::text:
                case InputFormat::html: {
                    std::string bytes;
                    if (!slurp(in, bytes)) break;
                    if (auto d = whole_document(in, in.format == InputFormat::html ? InputFormat::html : InputFormat::text,
                                                std::move(bytes)))
                        return d;
                    break;
                }
                case InputFormat::jsonl:
                    if (in.is_stdin()) start_jsonl(in, stdin_stream, 0, 0);
                    else open_jsonl(in);
                    break;
                case InputFormat::json:
                    load_json(in);
                    break;
                case InputFormat::feed: {
                    std::string bytes;
                    if (slurp(in, bytes)) load_feed(in, std::move(bytes));
                    break;
                }
            }
        }
    }
};

DocumentReader::DocumentReader(std::vector<InputSpec> inputs, ReaderOptions options, IssueHandler on_issue)
    : state_(std::make_unique<State>()) {
    if (options.structure && options.mark_boilerplate && !options.boilerplate)
        options.boilerplate = std::make_shared<const BoilerplateFilter>(BoilerplateFilter::load_default());
    state_->inputs = std::move(inputs);
    state_->options = std::move(options);
    state_->handler = std::move(on_issue);
}

DocumentReader::~DocumentReader() = default;
DocumentReader::DocumentReader(DocumentReader&&) noexcept = default;
DocumentReader& DocumentReader::operator=(DocumentReader&&) noexcept = default;

std::optional<Document> DocumentReader::next() { return state_->next(); }
void DocumentReader::set_stdin(std::istream& in) { state_->stdin_stream = &in; }
const std::vector<InputIssue>& DocumentReader::issues() const { return state_->issues; }
std::size_t DocumentReader::documents_read() const { return state_->documents; }
std::size_t DocumentReader::errors() const { return state_->n_errors; }
std::size_t DocumentReader::warnings() const { return state_->n_warnings; }

std::vector<Document> read_all(const std::vector<InputSpec>& inputs, ReaderOptions options,
                               std::vector<InputIssue>* issues) {
    DocumentReader reader(inputs, std::move(options));
    std::vector<Document> docs;
    while (auto d = reader.next()) docs.push_back(std::move(*d));
    if (issues) *issues = reader.issues();
    return docs;
}

}  // namespace frontline
