#include "atomic_file.hpp"

#include <unistd.h>

#include <vector>

#include "frontline/error.hpp"

namespace fs = std::filesystem;

namespace frontline::output_detail {

namespace {

fs::path directory_of(const fs::path& p) { return p.parent_path().empty() ? fs::path(".") : p.parent_path(); }

void remove_with_prefix(const fs::path& dir, const std::string& prefix) noexcept {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().filename().string().rfind(prefix + ".", 0) == 0) fs::remove_all(entry.path(), ec);
}

}  // namespace

fs::path file_behind(const fs::path& destination) {
    fs::path at = destination;
    std::error_code ec;
    // 40 hops, as the kernel allows (ELOOP): a cycle ends here, and the
    // write then fails on the last name with the system's own message.
    for (int hop = 0; hop < 40 && fs::is_symlink(at, ec); ++hop) {
        const fs::path to = fs::read_symlink(at, ec);
        if (ec) break;
        at = to.is_absolute() ? to : at.parent_path() / to;
    }
    return at.lexically_normal();
}

AtomicFile AtomicFile::beside(const fs::path& final_path) {
    AtomicFile f;
    f.final_path = final_path;
    f.temp_prefix = "." + final_path.stem().string() + ".tmp-" + std::to_string(::getpid());
    f.temp_path = final_path.parent_path() / (f.temp_prefix + final_path.extension().string());
    // Leftovers of a run killed with the same pid would make Create() fail.
    remove_with_prefix(directory_of(final_path), f.temp_prefix);
    return f;
}

void AtomicFile::swap_in(bool sqlite, const std::string& context) const {
    const fs::path dir = directory_of(final_path);
    std::error_code ec;
    if (sqlite) {
        fs::remove(fs::path(final_path.string() + "-wal"), ec);
        fs::remove(fs::path(final_path.string() + "-shm"), ec);
    }
    std::vector<fs::path> sidecars;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        // By name: the iterator yields "./x" where temp_path may be plain "x".
        if (name.rfind(temp_prefix + ".", 0) == 0 && name != temp_path.filename().string()) sidecars.push_back(entry.path());
    }
    for (const auto& from : sidecars) {
        const std::string suffix = from.filename().string().substr(temp_prefix.size());
        fs::rename(from, dir / (final_path.stem().string() + suffix), ec);
        if (ec) throw OutputError(context + ": cannot rename '" + from.string() + "': " + ec.message());
    }
    fs::rename(temp_path, final_path, ec);
    if (ec)
        throw OutputError(context + ": cannot rename '" + temp_path.string() + "' to '" + final_path.string() +
                          "': " + ec.message());
}

void AtomicFile::discard() const noexcept {
    if (temp_prefix.empty()) return;
    remove_with_prefix(directory_of(temp_path), temp_prefix);
}

}  // namespace frontline::output_detail
