#include "frontline/spill/string_log.hpp"

#include <algorithm>
#include <cstring>

#include "frontline/error.hpp"

namespace frontline {

// Each string is stored as its length (4 bytes, host order) and its bytes.

std::uint64_t StringLog::append(std::string_view s) {
    if (s.size() > UINT32_MAX) throw Error("internal error: a string of more than 4 GB in a StringLog");
    const std::uint64_t ref = size();
    const auto n = static_cast<std::uint32_t>(s.size());
    pending_.append(reinterpret_cast<const char*>(&n), sizeof n);
    pending_.append(s);
    if (pending_.size() >= memory_bytes_) {
        file_.append(pending_.data(), pending_.size());
        pending_.clear();
    }
    return ref;
}

std::uint64_t StringLog::append_log(const StringLog& other) {
    // A string never straddles the file and the memory part: ours go to the
    // file first, then the other's file part, then its memory part.
    if (!pending_.empty()) {
        file_.append(pending_.data(), pending_.size());
        pending_.clear();
    }
    const std::uint64_t offset = size();
    std::string chunk;
    for (std::uint64_t at = 0; at < other.file_.size(); at += chunk.size()) {
        chunk.resize(static_cast<std::size_t>(std::min<std::uint64_t>(other.file_.size() - at, 1u << 16)));
        other.file_.read(at, chunk.data(), chunk.size());
        file_.append(chunk.data(), chunk.size());
    }
    pending_ = other.pending_;
    return offset;
}

std::string StringLog::read(std::uint64_t ref) const {
    std::uint32_t n = 0;
    if (ref >= file_.size()) {
        const std::size_t at = static_cast<std::size_t>(ref - file_.size());
        if (at + sizeof n > pending_.size()) throw Error("internal error: a bad StringLog reference");
        std::memcpy(&n, pending_.data() + at, sizeof n);
        return pending_.substr(at + sizeof n, n);
    }
    // One read for the length and, for most strings, the bytes too.
    char head[256];
    const auto got = static_cast<std::size_t>(std::min<std::uint64_t>(sizeof head, file_.size() - ref));
    if (got < sizeof n) throw Error("internal error: a bad StringLog reference");
    file_.read(ref, head, got);
    std::memcpy(&n, head, sizeof n);
    if (sizeof n + n <= got) return std::string(head + sizeof n, n);
    std::string s(n, '\0');
    file_.read(ref + sizeof n, s.data(), n);
    return s;
}

}  // namespace frontline
