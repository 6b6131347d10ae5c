// Input discovery: command-line arguments -> the list of inputs to read.
#include <dirent.h>
#include <glob.h>
#include <sys/stat.h>

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

// Lists `dir` with readdir(3) and the entry types it gives, statting only
// entries of unknown type and symbolic links (followed to a file, never into
// a directory, as std::filesystem's recursive iterator does by default): an
// `update` run lists its inbox every time, and an iterator that made a path
// object per entry cost a fifth of a run that changed nothing at 100,000
// files. Hidden entries are skipped, unreadable subdirectories too. False
// when `dir` itself cannot be read.
bool list_directory(const std::string& dir, std::vector<std::string>& found, std::vector<std::string>* skipped) {
    DIR* d = ::opendir(dir.c_str());
    if (!d) return false;
    std::unique_ptr<DIR, int (*)(DIR*)> guard(d, ::closedir);
    std::vector<std::string> subdirectories;
    const std::string prefix = dir.ends_with('/') ? dir : dir + '/';
    while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name.empty() || name[0] == '.') continue;  // hidden, "." and ".."
        std::string path = prefix;
        path.append(name);
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            struct stat st {};
            if (::stat(path.c_str(), &st) != 0) continue;
            const bool link = type == DT_LNK;
            type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? (link ? DT_UNKNOWN : DT_DIR) : DT_UNKNOWN;
        }
        if (type == DT_DIR) subdirectories.push_back(std::move(path));
        else if (type != DT_REG) continue;
        else if (readable_extension(path)) found.push_back(std::move(path));
        else if (skipped) skipped->push_back(std::move(path));
    }
    guard.reset();
    for (const std::string& sub : subdirectories) list_directory(sub, found, skipped);
    return true;
}

void add_directory(const fs::path& dir, std::vector<InputSpec>& out, std::vector<std::string>* skipped) {
    std::vector<std::string> found;
    // An unreadable directory is kept as an input so the reader reports it.
    if (!list_directory(dir.string(), found, skipped)) {
        out.push_back({dir.string(), InputFormat::text});
        return;
    }
    std::sort(found.begin(), found.end());
    out.reserve(out.size() + found.size());
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
