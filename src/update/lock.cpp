#include "frontline/update/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

#include "frontline/error.hpp"

namespace frontline::update {

FileLock::FileLock(const std::filesystem::path& path, std::chrono::milliseconds timeout) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw Error("cannot create lock file '" + path.string() + "': " + std::strerror(errno), ExitCode::output);
    auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) break;
        int err = errno;
        if (err != EWOULDBLOCK && err != EINTR) {
            ::close(fd_);
            throw Error("cannot lock '" + path.string() + "': " + std::strerror(err), ExitCode::output);
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            ::close(fd_);
            fd_ = -1;
            throw Error("another frontline update holds the lock '" + path.string() + "' (waited " +
                            std::to_string(timeout.count() / 1000.0).substr(0, 5) + " s; see --lock-timeout)",
                        ExitCode::locked);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // The holder's pid, for people looking at the file (not used for locking).
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) == 0) {
        ssize_t n = ::pwrite(fd_, pid.data(), pid.size(), 0);
        (void)n;
    }
}

FileLock::~FileLock() {
    if (fd_ >= 0) {
        ::flock(fd_, LOCK_UN);
        ::close(fd_);
    }
}

}  // namespace frontline::update
