#pragma once
// Reads text lines from a plain, gzip or zip file, streaming, so sources of
// any size are read in constant memory. Lines are returned without the
// trailing "\n" or "\r\n". Not thread-safe; one reader per thread.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace frontline {

class LineReader {
public:
    /// Opens `path`; ".gz" is decompressed; ".zip" reads every member whose
    /// name ends in ".txt" or ".csv" (GeoNames readme files excepted) in turn.
    /// Throws InputError if the file cannot be opened.
    explicit LineReader(const std::filesystem::path& path);
    ~LineReader();
    LineReader(LineReader&&) noexcept;
    LineReader& operator=(LineReader&&) noexcept;

    /// Next line; false at the end. Throws InputError on a read or
    /// decompression failure (a truncated .gz or .zip), naming the line.
    bool next(std::string_view& line);
    /// 1-based number of the line last returned (within the current member).
    std::uint64_t line_number() const;
    /// The file (and zip member) being read, for messages.
    std::string where() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace frontline
