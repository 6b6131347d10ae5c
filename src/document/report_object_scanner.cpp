#include "frontline/document/report_object_scanner.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <vector>

#include "frontline/text/json_string.hpp"

namespace frontline {

namespace {

class Scanner {
public:
    explicit Scanner(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

    std::optional<ReportFields> object() {
        skip_space();
        if (!consume('{')) return std::nullopt;
        ReportFields fields;
        bool has_text = false;
        skip_space();
        if (!consume('}')) {
            std::string key;
            while (true) {
                skip_space();
                if (!consume('"') || !string_body(key)) return std::nullopt;
                skip_space();
                if (!consume(':')) return std::nullopt;
                skip_space();
                if (!field(key, fields, has_text)) return std::nullopt;
                skip_space();
                if (consume(',')) continue;
                if (consume('}')) break;
                return std::nullopt;
            }
        }
        skip_space();
        if (p_ != end_ || !has_text) return std::nullopt;
        return fields;
    }

private:
    // One member's value: kept if it is a field of a report, else checked and skipped.
    bool field(const std::string& key, ReportFields& f, bool& has_text) {
        std::optional<std::string>* target = nullptr;
        if (key == "text") {
            has_text = peek() == '"';
            if (!has_text) return skip_value();
            ++p_;
            return string_body(f.text);
        }
        if (key == "id") {
            if (peek() == '"') {
                ++p_;
                return string_body(f.id.emplace());
            }
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                const char* start = p_;
                if (!number()) return false;
                std::string_view digits(start, static_cast<std::size_t>(p_ - start));
                // nlohmann prints an integer id as written; other numbers it
                // re-formats, so those lines go its way.
                if (!plain_integer(digits)) return false;
                f.id = std::string(digits);
                return true;
            }
            f.id.reset();
            return skip_value();
        }
        if (key == "url") target = &f.url;
        else if (key == "title") target = &f.title;
        else if (key == "published") target = &f.published;
        if (!target) return skip_value();
        if (peek() == '"') {
            ++p_;
            return string_body(target->emplace());
        }
        target->reset();
        return skip_value();
    }

    static bool plain_integer(std::string_view d) {
        if (d == "0") return true;
        std::size_t i = d.front() == '-' ? 1 : 0;
        if (d.size() - i > 18 || d.size() == i || d[i] == '0') return false;
        for (; i < d.size(); ++i)
            if (d[i] < '0' || d[i] > '9') return false;
        return true;
    }

    // Any JSON value, validated and skipped; containers without recursion.
    bool skip_value() {
        std::vector<char> open;  // the containers we are inside: '{' or '['
        std::string scratch;
        while (true) {
            // A value.
            char c = peek();
            if (c == '{' || c == '[') {
                ++p_;
                skip_space();
                if (consume(c == '{' ? '}' : ']')) {
                    // empty container: a complete value
                } else {
                    open.push_back(c);
                    if (c == '{') {
                        if (!member_key(scratch)) return false;
                    }
                    continue;
                }
            } else if (c == '"') {
                ++p_;
                if (!string_body(scratch)) return false;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!number()) return false;
            } else if (!literal("true") && !literal("false") && !literal("null")) {
                return false;
            }
            // After a value: close containers or go on to the next element.
            while (true) {
                if (open.empty()) return true;
                skip_space();
                if (consume(',')) {
                    skip_space();
                    if (open.back() == '{' && !member_key(scratch)) return false;
                    break;
                }
                if (!consume(open.back() == '{' ? '}' : ']')) return false;
                open.pop_back();
            }
        }
    }

    // `"key" :` inside an object being skipped, leaving p_ at the value.
    bool member_key(std::string& scratch) {
        if (!consume('"') || !string_body(scratch)) return false;
        skip_space();
        if (!consume(':')) return false;
        skip_space();
        return true;
    }

    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::memcmp(p_, word.data(), word.size()) != 0)
            return false;
        p_ += word.size();
        return true;
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, and representable as
    // a double (nlohmann refuses numbers that overflow one).
    bool number() {
        const char* start = p_;
        consume('-');
        if (consume('0')) {
        } else if (digit()) {
            while (digit()) {
            }
        } else {
            return false;
        }
        if (consume('.')) {
            if (!digit()) return false;
            while (digit()) {
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            ++p_;
            if (!consume('+')) consume('-');
            if (!digit()) return false;
            while (digit()) {
            }
        }
        double value = 0;
        auto [ptr, ec] = std::from_chars(start, p_, value);
        return ec == std::errc() && ptr == p_;
    }

    bool digit() {
        if (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
            ++p_;
            return true;
        }
        return false;
    }

    // The rest of a string after its opening quote, unescaped into `out`.
    bool string_body(std::string& out) {
        out.clear();
        while (true) {
            const char* run = p_;
            while (end_ - p_ >= 8 && !json_special_in_word(p_)) p_ += 8;
            while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) ++p_;
            out.append(run, static_cast<std::size_t>(p_ - run));
            if (p_ == end_) return false;
            const char c = *p_++;
            if (c == '"') return true;
            if (c != '\\') return false;  // a raw control character
            if (p_ == end_) return false;
            switch (*p_++) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t low = 0;
                        if (!consume('\\') || !consume('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: return false;
            }
        }
    }

    bool hex4(std::uint32_t& out) {
        if (end_ - p_ < 4) return false;
        for (int i = 0; i < 4; ++i) {
            const char c = *p_++;
            std::uint32_t v;
            if (c >= '0' && c <= '9') v = static_cast<std::uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') v = static_cast<std::uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v = static_cast<std::uint32_t>(c - 'A' + 10);
            else return false;
            out = out * 16 + v;
        }
        return true;
    }

    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    void skip_space() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
    }
    char peek() const { return p_ < end_ ? *p_ : '\0'; }
    bool consume(char c) {
        if (p_ < end_ && *p_ == c) {
            ++p_;
            return true;
        }
        return false;
    }

    const char* p_;
    const char* end_;
};

}  // namespace

std::optional<ReportFields> scan_report_object(std::string_view json) { return Scanner(json).object(); }

}  // namespace frontline
