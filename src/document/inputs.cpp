// Input discovery: command-line arguments -> the list of inputs to read.
#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <memory>

#include "frontline/document/reader.hpp"

namespace frontline {

namespace fs = std::filesystem;

namespace {

// The last component of a path, as text: no fs::path made per entry (a
// directory of 100,000 reports is listed by every `update` run).
std::string_view file_name(std::string_view path) {
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// ".EXT" of a file name in lower case, as fs::path::extension() finds it
// (none for "name", ".name", "." and ".."), at most 8 characters (longer
// ones are no format's).
std::string lower_extension(std::string_view path) {
    const std::string_view name = file_name(path);
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || name == "..") return {};
    std::string ext(name.substr(dot));
    if (ext.size() > 8) return ext;
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext;
}

// What a directory search reads: .xml is left out (a folder's .xml files are
// seldom feeds), though a .xml named on its own is read as one.
bool readable_extension(std::string_view path) {
    const std::string ext = lower_extension(path);
    // Markdown is text: news archives and wiki mirrors are kept as .md.
    return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" || ext == ".jsonl" ||
           ext == ".ndjson" || ext == ".json" || ext == ".rss" || ext == ".atom";
}

bool hidden(std::string_view path) {
    const std::string_view name = file_name(path);
    return !name.empty() && name[0] == '.';
}

void add_directory(const fs::path& dir, std::vector<InputSpec>& out, std::vector<std::string>* skipped) {
    std::vector<std::string> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    // An unreadable directory is kept as an input so the reader reports it.
    if (ec) {
        out.push_back({dir.string(), InputFormat::text});
        return;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const std::string& p = it->path().native();
        if (hidden(p)) {
            if (it->is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file(ec)) continue;
        if (readable_extension(p)) found.push_back(p);
        else if (skipped) skipped->push_back(p);
    }
    std::sort(found.begin(), found.end());
    for (auto& f : found) {
        const InputFormat format = format_for_path(f);
        out.push_back({std::move(f), format});
    }
}

void add_path(const std::string& arg, std::vector<InputSpec>& out, std::vector<std::string>* skipped) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) add_directory(arg, out, skipped);
    else out.push_back({arg, format_for_path(arg)});
}

struct GlobFree {
    void operator()(glob_t* g) const noexcept { globfree(g); }
};

}  // namespace

InputFormat format_for_path(const std::string& path) {
    if (path == "-") return InputFormat::sniff;
    const std::string ext = lower_extension(path);
    if (ext == ".html" || ext == ".htm") return InputFormat::html;
    if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
    if (ext == ".json") return InputFormat::json;
    if (ext == ".rss" || ext == ".atom" || ext == ".xml") return InputFormat::feed;
    return InputFormat::text;
}

std::vector<InputSpec> expand_inputs(const std::vector<std::string>& args, std::vector<std::string>* skipped) {
    std::vector<InputSpec> out;
    for (const auto& arg : args) {
        if (arg == "-") {
            out.push_back({"-", InputFormat::sniff});
            continue;
        }
        std::error_code ec;
        const bool wildcard = arg.find_first_of("*?[") != std::string::npos;
        if (!wildcard || fs::exists(arg, ec)) {
            add_path(arg, out, skipped);
            continue;
        }
        glob_t g{};
        const int rc = ::glob(arg.c_str(), 0, nullptr, &g);
        std::unique_ptr<glob_t, GlobFree> guard(&g);
        if (rc != 0 || g.gl_pathc == 0) {
            out.push_back({arg, format_for_path(arg)});  // nothing matched: reported as missing
            continue;
        }
        std::vector<std::string> matches(g.gl_pathv, g.gl_pathv + g.gl_pathc);
        std::sort(matches.begin(), matches.end());
        for (const auto& m : matches) add_path(m, out, skipped);
    }
    return out;
}

}  // namespace frontline
