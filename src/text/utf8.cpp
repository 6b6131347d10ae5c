#include "frontline/text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace frontline {

namespace {
inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

Decoded decode_next(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return {replacement_character, 0, false};
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
    const std::size_t avail = s.size() - pos;
    const unsigned char c = p[0];
    if (c < 0x80) return {c, 1, true};
    std::size_t need;
    char32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (RFC 3629 table)
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1; cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;        // no overlongs
        if (c == 0xED) hi = 0x9F;        // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;        // <= U+10FFFF
    } else {
        return {replacement_character, 1, false};
    }
    if (avail <= need) {
        // Truncated: still check what is there so the invalid byte is the lead.
        return {replacement_character, 1, false};
    }
    if (p[1] < lo || p[1] > hi) return {replacement_character, 1, false};
    cp = (cp << 6) | (p[1] & 0x3F);
    for (std::size_t i = 2; i <= need; ++i) {
        if (!is_cont(p[i])) return {replacement_character, 1, false};
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    return {cp, need + 1, true};
}

Decoded decode_prev(std::string_view s, std::size_t pos) noexcept {
    if (pos == 0 || s.empty()) return {replacement_character, 0, false};
    pos = std::min(pos, s.size());
    std::size_t start = pos - 1;
    // Walk back over at most three continuation bytes to the lead byte.
    while (start > 0 && pos - start < 4 && is_cont(static_cast<unsigned char>(s[start]))) --start;
    Decoded d = decode_next(s, start);
    if (d.valid && start + d.length == pos) return {d.cp, d.length, true};
    return {replacement_character, 1, false};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = replacement_character;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool is_valid_utf8(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
        Decoded d = decode_next(s, i);
        if (!d.valid) return false;
        i += d.length;
    }
    return true;
}

std::string repair_utf8(std::string_view in, std::vector<ReadIssue>* issues, const Utf8RepairOptions& options) {
    std::string out;
    out.reserve(in.size());
    std::size_t invalid = 0;
    std::size_t i = 0;
    const std::size_t n = in.size();
    while (i < n) {
        // Fast path: copy a run of ASCII bytes other than CR in one go.
        std::size_t j = i;
        while (j < n) {
            const auto c = static_cast<unsigned char>(in[j]);
            if (c >= 0x80 || (c == '\r' && options.translate_newlines)) break;
            ++j;
        }
        out.append(in.data() + i, j - i);
        i = j;
        if (i >= n) break;
        const auto c = static_cast<unsigned char>(in[i]);
        if (c == '\r') {
            out.push_back('\n');
            i += (i + 1 < n && in[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        Decoded d = decode_next(in, i);
        if (d.valid) {
            out.append(in.data() + i, d.length);
        } else {
            append_utf8(out, replacement_character);
            if (issues && invalid < options.max_issues) {
                char buf[64];
                std::snprintf(buf, sizeof buf, "invalid UTF-8 byte 0x%02X replaced by U+FFFD", c);
                issues->push_back({options.base_offset + i, buf});
            }
            ++invalid;
        }
        i += d.length;
    }
    if (issues && invalid > options.max_issues)
        issues->push_back({options.base_offset + n,
                           std::to_string(invalid - options.max_issues) + " more invalid UTF-8 bytes replaced"});
    return out;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
    block_start_.reserve(text.size() / block + 1);
    std::uint64_t count = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t b = 0; b < text.size(); b += block) {
        block_start_.push_back(count);
        const std::size_t e = std::min(text.size(), b + block);
        for (std::size_t i = b; i < e; ++i) count += !is_cont(p[i]);
    }
    total_ = count;
}

std::size_t CodepointIndex::to_codepoint(std::size_t byte_offset) const noexcept {
    if (byte_offset >= text_.size()) return total_;
    const std::size_t b = byte_offset / block;
    std::size_t count = block_start_[b];
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    for (std::size_t i = b * block; i < byte_offset; ++i) count += !is_cont(p[i]);
    return count;
}

std::size_t CodepointIndex::to_byte(std::size_t cp_offset) const noexcept {
    if (cp_offset >= total_) return text_.size();
    // Last block whose first code point index is <= cp_offset.
    auto it = std::upper_bound(block_start_.begin(), block_start_.end(), cp_offset);
    std::size_t b = static_cast<std::size_t>(it - block_start_.begin()) - 1;
    std::size_t count = block_start_[b];
    const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
    std::size_t i = b * block;
    // A block may begin inside a code point: skip its continuation bytes.
    while (i < text_.size() && is_cont(p[i])) ++i;
    for (; i < text_.size(); ++i) {
        if (!is_cont(p[i])) {
            if (count == cp_offset) return i;
            ++count;
        }
    }
    return text_.size();
}

}  // namespace frontline
