#include "frontline/update/file_stamps.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <string_view>
#include <thread>

namespace frontline::update {

namespace {

// Stats files relative to their directory, whose descriptor is kept for the
// next file of the same directory (inputs come sorted by path).
class FileStamper {
public:
    FileStamper() = default;
    FileStamper(const FileStamper&) = delete;
    FileStamper& operator=(const FileStamper&) = delete;
    ~FileStamper() {
        if (dir_fd_ >= 0) ::close(dir_fd_);
    }

    std::optional<FileStamp> operator()(const std::string& path) {
        if (path == "-") return std::nullopt;
        struct stat st {};
        const auto slash = path.rfind('/');
        int rc = -1;
        if (slash == std::string::npos || slash == 0) {
            rc = ::stat(path.c_str(), &st);
        } else {
            const std::string_view dir(path.data(), slash);
            if (dir_fd_ < 0 || dir != dir_) {
                if (dir_fd_ >= 0) ::close(dir_fd_);
                dir_.assign(dir);
                dir_fd_ = ::open(dir_.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
            }
            rc = dir_fd_ >= 0 ? ::fstatat(dir_fd_, path.c_str() + slash + 1, &st, 0) : ::stat(path.c_str(), &st);
        }
        if (rc != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
        return FileStamp{static_cast<std::int64_t>(st.st_size),
                         static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
    }

private:
    std::string dir_;
    int dir_fd_ = -1;
};

// Below this many files a thread costs more than it saves.
constexpr std::size_t files_per_thread = 4096;

}  // namespace

std::vector<std::optional<FileStamp>> stamp_files(const std::vector<std::string>& paths, unsigned threads) {
    std::vector<std::optional<FileStamp>> stamps(paths.size());
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t wanted = std::min<std::size_t>(threads ? threads : cores, paths.size() / files_per_thread + 1);
    auto stamp_range = [&](std::size_t begin, std::size_t end) {
        FileStamper stamp;
        for (std::size_t i = begin; i < end; ++i) stamps[i] = stamp(paths[i]);
    };
    if (wanted <= 1) {
        stamp_range(0, paths.size());
        return stamps;
    }
    // Contiguous shares, so that each thread keeps its directory open.
    std::vector<std::thread> helpers;
    const std::size_t share = (paths.size() + wanted - 1) / wanted;
    try {
        for (std::size_t begin = share; begin < paths.size(); begin += share)
            helpers.emplace_back(stamp_range, begin, std::min(paths.size(), begin + share));
    } catch (const std::system_error&) {
        // No more threads to be had: this one stats what they would have.
        for (std::thread& t : helpers) t.join();
        stamp_range(share, paths.size());
        helpers.clear();
    }
    stamp_range(0, std::min(share, paths.size()));
    for (std::thread& t : helpers) t.join();
    return stamps;
}

}  // namespace frontline::update
