#pragma once
// TempFile: an anonymous scratch file for data that outgrows memory (the
// spilled runs of an external sort, long lists of document ids). It lives in
// $TMPDIR (else /tmp), is unlinked as soon as it is created, so nothing is
// left behind however the process ends, and is created only on the first
// append: work that fits in memory never touches the disk.
#include <cstddef>
#include <cstdint>
#include <string>

namespace frontline {

class TempFile {
public:
    TempFile() = default;
    ~TempFile();
    TempFile(TempFile&& other) noexcept;
    TempFile& operator=(TempFile&& other) noexcept;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    /// Appends `size` bytes; returns the offset they start at. Throws
    /// OutputError naming the directory when the file cannot be created or
    /// written (a full disk, say).
    std::uint64_t append(const void* data, std::size_t size);
    /// Reads `size` bytes at `offset`, which must lie within what was appended.
    void read(std::uint64_t offset, void* data, std::size_t size) const;
    /// Bytes appended so far.
    std::uint64_t size() const { return size_; }

    /// The directory scratch files go to: $TMPDIR when set, else /tmp.
    static std::string directory();

private:
    int fd_ = -1;
    std::uint64_t size_ = 0;
};

}  // namespace frontline
