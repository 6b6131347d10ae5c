#include "frontline/spill/temp_file.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

#include "frontline/error.hpp"

namespace frontline {

namespace {

// Scratch space is part of producing the output: failing to get it is an
// output failure (exit 4), and the previous output is kept.
[[noreturn]] void fail(const std::string& what, int err) {
    throw OutputError(what + " a temporary file in " + TempFile::directory() + ": " + std::strerror(err) +
                      " (set TMPDIR to a directory with more room)");
}

}  // namespace

std::string TempFile::directory() {
    const char* dir = std::getenv("TMPDIR");
    return dir && *dir ? dir : "/tmp";
}

TempFile::~TempFile() {
    if (fd_ >= 0) ::close(fd_);
}

TempFile::TempFile(TempFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), size_(std::exchange(other.size_, 0)) {}

TempFile& TempFile::operator=(TempFile&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

std::uint64_t TempFile::append(const void* data, std::size_t size) {
    if (fd_ < 0) {
        std::string path = directory() + "/frontline-spill-XXXXXX";
        std::vector<char> name(path.begin(), path.end());
        name.push_back('\0');
        fd_ = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd_ < 0) fail("cannot create", errno);
        ::unlink(name.data());  // anonymous from now on: the kernel frees it with the descriptor
    }
    const std::uint64_t at = size_;
    const char* p = static_cast<const char*>(data);
    std::size_t left = size;
    while (left > 0) {
        const ssize_t n = ::pwrite(fd_, p, left, static_cast<off_t>(size_));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("cannot write to", n < 0 ? errno : ENOSPC);
        p += n;
        left -= static_cast<std::size_t>(n);
        size_ += static_cast<std::uint64_t>(n);
    }
    return at;
}

void TempFile::read(std::uint64_t offset, void* data, std::size_t size) const {
    if (offset + size > size_) throw Error("internal error: read past the end of a temporary file");
    char* p = static_cast<char*>(data);
    while (size > 0) {
        const ssize_t n = ::pread(fd_, p, size, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail("cannot read back", n < 0 ? errno : EIO);
        p += n;
        size -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
}

}  // namespace frontline
