#pragma once
// An exclusive advisory lock (flock(2)) on a lock file, held for the life of
// the object. The kernel drops it when the process dies, even by SIGKILL, so
// a killed run never leaves a stale lock behind.
#include <chrono>
#include <filesystem>

namespace frontline::update {

class FileLock {
public:
    /// Creates the lock file if needed and takes the lock, retrying every
    /// 50 ms for up to `timeout` (zero: one try). Throws frontline::Error with
    /// ExitCode::locked when another process keeps it, ExitCode::output when
    /// the lock file cannot be created.
    FileLock(const std::filesystem::path& path, std::chrono::milliseconds timeout);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    int fd_ = -1;
};

}  // namespace frontline::update
