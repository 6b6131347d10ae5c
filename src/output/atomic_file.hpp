#pragma once
// A file written under a hidden temporary name beside its destination and
// renamed over it when complete: rename(2) within one directory is atomic,
// so a reader sees the old file or the new one, never a part. Private to
// the output stage.
#include <filesystem>
#include <string>

namespace frontline::output_detail {

/// The file that writing `destination` replaces: the destination itself, or
/// for a symlink the file at the end of its chain, relative links taken from
/// the link's own directory. A dangling link names the file to create, so
/// the link stays a link instead of becoming a regular file.
std::filesystem::path file_behind(const std::filesystem::path& destination);

struct AtomicFile {
    std::filesystem::path final_path;
    std::filesystem::path temp_path;
    /// Every file written for it (GDAL's sidecars, our .qml) starts with this.
    std::string temp_prefix;

    /// ".<stem>.tmp-<pid><ext>" beside `final_path`: the same file system,
    /// hidden from file browsers and globs, the pid keeping concurrent
    /// writers apart. Leftovers of a killed run with the same pid are removed.
    static AtomicFile beside(const std::filesystem::path& final_path);

    /// Renames the sidecars, then the temporary itself, over the destination
    /// (a reader that sees the new main file sees its new sidecars too).
    /// `sqlite`: stale -wal/-shm files of the old destination are removed
    /// first, so SQLite never replays them against the new file. Throws
    /// OutputError prefixed with `context`.
    void swap_in(bool sqlite, const std::string& context) const;

    /// Removes every temporary file written for it. Never throws.
    void discard() const noexcept;
};

}  // namespace frontline::output_detail
