#pragma once
// StringLog: strings appended once and read back by the reference append()
// returned, kept in memory up to a bound and in a TempFile beyond it. For
// values that grow with the input (every document id of a long run) which
// are needed again only at the end.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "frontline/spill/temp_file.hpp"

namespace frontline {

class StringLog {
public:
    explicit StringLog(std::size_t memory_bytes = 1u << 20) : memory_bytes_(memory_bytes) {}

    /// Stores `s`; the returned reference reads it back.
    std::uint64_t append(std::string_view s);
    std::string read(std::uint64_t ref) const;
    /// Appends every string of `other`; a reference r of `other` reads the
    /// same string here as r + the returned offset.
    std::uint64_t append_log(const StringLog& other);
    /// Bytes stored, in memory and on disk.
    std::uint64_t size() const { return file_.size() + pending_.size(); }

private:
    std::size_t memory_bytes_;
    std::string pending_;  ///< the newest strings, not yet on disk
    TempFile file_;
};

}  // namespace frontline
