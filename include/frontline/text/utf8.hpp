#pragma once
// UTF-8 at the input boundary: validation and repair of raw bytes, decoding
// helpers, and the byte -> code-point offset conversion the outputs need
// (char_start/char_end are Unicode code-point offsets, as Python's str
// indexing of `open(f, encoding='utf-8').read()`).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/text/read_issue.hpp"

namespace frontline {

inline constexpr char32_t replacement_character = 0xFFFD;

/// One decoded code point. `length` is the number of bytes consumed (>= 1
/// whenever pos < size); an invalid byte yields {U+FFFD, 1, false}.
struct Decoded {
    char32_t cp = replacement_character;
    std::size_t length = 0;
    bool valid = false;
};

/// Decodes the code point starting at byte `pos`. Rejects overlongs,
/// surrogates and values above U+10FFFF (as Python's strict decoder does).
/// pos >= s.size() returns {U+FFFD, 0, false}. Never reads out of bounds.
Decoded decode_next(std::string_view s, std::size_t pos) noexcept;

/// Decodes the code point that ends just before byte `pos` (pos > 0) of valid
/// UTF-8; `length` is how far back it starts. pos == 0 returns length 0.
Decoded decode_prev(std::string_view s, std::size_t pos) noexcept;

/// Decodes the code point at `pos` and moves `pos` past it: one byte for an
/// invalid byte, which decodes as U+FFFD. Precondition: pos < s.size().
inline char32_t decode_utf8(std::string_view s, std::size_t& pos) noexcept {
    if (const auto c = static_cast<unsigned char>(s[pos]); c < 0x80) {  // most text: no call
        ++pos;
        return c;
    }
    Decoded d = decode_next(s, pos);
    pos += d.length ? d.length : 1;
    return d.cp;
}

/// The longest prefix of `s` of at most `max_bytes` that ends between code
/// points: a shortened sentence for a person stays valid UTF-8.
inline std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) noexcept {
    if (s.size() <= max_bytes) return s;
    std::size_t end = max_bytes;
    // back over continuation bytes (10xxxxxx) to the start of a code point
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

/// Appends the UTF-8 encoding of `cp` (U+FFFD for invalid values).
void append_utf8(std::string& out, char32_t cp);

/// True if `s` is entirely well-formed UTF-8.
bool is_valid_utf8(std::string_view s) noexcept;

/// Options for repair_utf8.
struct Utf8RepairOptions {
    /// Turn "\r\n" and lone "\r" into "\n", as Python's text mode does, so
    /// code-point offsets agree with Python's `open(f).read()`.
    bool translate_newlines = false;
    /// Added to every reported offset (e.g. where a JSONL line starts).
    std::size_t base_offset = 0;
    /// At most this many ReadIssues are recorded; the rest are counted in one
    /// final issue, so a binary-ish input cannot flood memory.
    std::size_t max_issues = 100;
};

/// Returns `in` as valid UTF-8: each invalid byte becomes U+FFFD and is
/// reported (byte offset into `in` + base_offset) in `issues` if non-null.
/// A BOM is kept as U+FEFF. Linear time; never throws except std::bad_alloc.
std::string repair_utf8(std::string_view in, std::vector<ReadIssue>* issues = nullptr,
                        const Utf8RepairOptions& options = {});

/// Converts byte offsets of one valid UTF-8 string into code-point offsets
/// and back. Built in O(n); each query is O(1) (a table lookup plus a scan of
/// at most one 64-byte block). Keeps a view of the text: the text must outlive
/// the index and stay unchanged. Immutable after construction, so const calls
/// are safe from many threads.
class CodepointIndex {
public:
    CodepointIndex() = default;
    explicit CodepointIndex(std::string_view text);

    /// Number of code points that start before byte `byte_offset` (clamped to
    /// the text size). For an offset on a code-point boundary this is exactly
    /// Python's index; inside a multi-byte sequence it counts that code point.
    std::size_t to_codepoint(std::size_t byte_offset) const noexcept;
    /// Byte offset where code point `cp_offset` starts (text size if past end).
    std::size_t to_byte(std::size_t cp_offset) const noexcept;

    std::size_t size_bytes() const noexcept { return text_.size(); }
    std::size_t size_codepoints() const noexcept { return total_; }

private:
    static constexpr std::size_t block = 64;
    std::string_view text_;
    std::vector<std::uint64_t> block_start_;  ///< code points before each block
    std::size_t total_ = 0;
};

}  // namespace frontline
