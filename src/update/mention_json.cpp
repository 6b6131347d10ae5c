// Mentions <-> JSON for the update state.
#include "frontline/update/mention_json.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "frontline/error.hpp"
#include "frontline/output/mention_record.hpp"
#include "frontline/time.hpp"

namespace frontline::update {

namespace {

using nlohmann::json;

// The record's fields come from mention_record.hpp; the state also keeps
// what the layer does not show but the events need: the point, the byte
// span and the boilerplate flag.
template <class T>
std::optional<T> get(const json& j, const char* key, bool (json::*is)() const noexcept, const char* what) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!((*it).*is)()) throw Error(std::string("state: mention field '") + key + "' is not " + what);
    return it->get<T>();
}

}  // namespace

json mention_to_json(const Mention& m) {
    json j = record_json(m, false);
    j["byte_start"] = m.byte_start;
    j["byte_end"] = m.byte_end;
    j["resolution_score"] = m.resolution_score;  // kept for unresolved mentions too
    if (m.lat) j["lat"] = *m.lat;
    if (m.lon) j["lon"] = *m.lon;
    if (m.boilerplate) j["boilerplate"] = true;
    return j;
}

Mention mention_from_json(const json& j) {
    if (!j.is_object()) throw Error("state: a stored mention is not a JSON object");
    Mention m;
    try {
        read_record_json(j, m);
    } catch (const Error& e) {
        throw Error(std::string("state: ") + e.what());
    }
    m.byte_start = static_cast<std::size_t>(get<std::int64_t>(j, "byte_start", &json::is_number_integer, "an integer").value_or(0));
    m.byte_end = static_cast<std::size_t>(get<std::int64_t>(j, "byte_end", &json::is_number_integer, "an integer").value_or(0));
    m.lat = get<double>(j, "lat", &json::is_number, "a number");
    m.lon = get<double>(j, "lon", &json::is_number, "a number");
    if (auto it = j.find("boilerplate"); it != j.end() && it->is_boolean()) m.boilerplate = it->get<bool>();
    return m;
}

std::string mentions_to_json(const std::vector<Mention>& mentions) {
    json a = json::array();
    for (const auto& m : mentions) a.push_back(mention_to_json(m));
    return a.dump(-1, ' ', false, json::error_handler_t::replace);
}

namespace {

// mentions_from_json() without a document tree: a run that changes a few
// documents of a large state reads every stored mention (to aggregate events
// and places), and building nlohmann's tree of maps for each was most of
// its time. The values are the ones mention_from_json() reads: record
// fields by mention_fields() (field_value_from_json's types), then the
// state's own fields; unknown keys are skipped, the last of repeated keys
// wins.
class MentionsReader final : public nlohmann::json_sax<json> {
public:
    std::vector<Mention> out;

    bool null() override { return scalar(std::monostate{}); }
    bool boolean(bool v) override {
        if (depth_ == 2 && key_ == extra_boilerplate) out.back().boilerplate = v;
        else if (depth_ == 2 && field_) wrong();
        return check_top();
    }
    bool number_integer(number_integer_t v) override { return integer(static_cast<std::int64_t>(v)); }
    bool number_unsigned(number_unsigned_t v) override { return integer(static_cast<std::int64_t>(v)); }
    bool number_float(number_float_t v, const string_t&) override {
        if (depth_ != 2) return check_top();
        if (field_) {
            if (field_->type != FieldType::real) wrong();
            return set(v);
        }
        if (key_ == extra_lat) out.back().lat = v;
        else if (key_ == extra_lon) out.back().lon = v;
        else if (key_ == extra_byte_start || key_ == extra_byte_end) wrong_extra();
        return true;
    }
    bool string(string_t& v) override {
        if (depth_ != 2) return check_top();
        if (!field_) {
            if (key_ != extra_none && key_ != extra_boilerplate) wrong_extra();
            return true;
        }
        switch (field_->type) {
            case FieldType::string: return set(std::move(v));
            case FieldType::date:
            case FieldType::datetime: {
                const auto t = parse_iso_timestamp(v);
                if (!t) wrong();
                if (field_->type == FieldType::date) return set(Date{std::chrono::floor<std::chrono::days>(*t)});
                return set(*t);
            }
            default: wrong();
        }
        return true;
    }
    bool binary(binary_t&) override {
        if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        return check_top();
    }
    bool start_object(std::size_t) override {
        if (depth_ == 0) throw Error("state: stored mentions are not a JSON array");
        if (depth_ == 1) out.emplace_back();
        else if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        ++depth_;
        return true;
    }
    bool key(string_t& k) override {
        if (depth_ != 2) return true;
        field_ = nullptr;
        key_ = extra_none;
        for (const MentionField& f : mention_fields())
            if (f.name == k) {
                field_ = &f;
                return true;
            }
        if (k == "byte_start") key_ = extra_byte_start;
        else if (k == "byte_end") key_ = extra_byte_end;
        else if (k == "lat") key_ = extra_lat;
        else if (k == "lon") key_ = extra_lon;
        else if (k == "boilerplate") key_ = extra_boilerplate;
        return true;
    }
    bool end_object() override {
        --depth_;
        if (depth_ == 2) field_ = nullptr, key_ = extra_none;  // a nested value ended
        return true;
    }
    bool start_array(std::size_t) override {
        if (depth_ == 1) throw Error("state: a stored mention is not a JSON object");
        if (depth_ == 2 && (field_ || key_ != extra_none)) wrong();
        ++depth_;
        return true;
    }
    bool end_array() override {
        --depth_;
        if (depth_ == 2) field_ = nullptr, key_ = extra_none;
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        throw Error("state: stored mentions are not a JSON array");
    }

private:
    enum Extra { extra_none, extra_byte_start, extra_byte_end, extra_lat, extra_lon, extra_boilerplate };
    int depth_ = 0;
    const MentionField* field_ = nullptr;
    Extra key_ = extra_none;

    const char* extra_name() const {
        switch (key_) {
            case extra_byte_start: return "byte_start";
            case extra_byte_end: return "byte_end";
            case extra_lat: return "lat";
            case extra_lon: return "lon";
            default: return "boilerplate";
        }
    }
    [[noreturn]] void wrong_extra() const {
        const bool integral = key_ == extra_byte_start || key_ == extra_byte_end;
        throw Error(std::string("state: mention field '") + extra_name() + "' is not " + (integral ? "an integer" : "a number"));
    }
    bool check_top() const {
        if (depth_ == 0) throw Error("state: stored mentions are not a JSON array");
        if (depth_ == 1) throw Error("state: a stored mention is not a JSON object");
        return true;
    }
    [[noreturn]] void wrong() const {
        const char* what = "a string";
        switch (field_ ? field_->type : FieldType::string) {
            case FieldType::string: what = "a string"; break;
            case FieldType::integer:
            case FieldType::integer64: what = "an integer"; break;
            case FieldType::real: what = "a number"; break;
            case FieldType::date: what = "a date"; break;
            case FieldType::datetime: what = "a timestamp"; break;
        }
        throw Error(std::string("state: mention field '") + std::string(field_ ? field_->name : extra_name()) + "' is not " + what);
    }
    bool set(FieldValue v) {
        try {
            field_->set(out.back(), v);
        } catch (const Error& e) {
            throw Error(std::string("state: mention field '") + std::string(field_->name) + "': " + e.what());
        }
        return true;
    }
    bool scalar(FieldValue v) {
        if (depth_ != 2) return check_top();
        if (field_) return set(std::move(v));
        Mention& m = out.back();
        if (key_ == extra_byte_start) m.byte_start = 0;
        else if (key_ == extra_byte_end) m.byte_end = 0;
        else if (key_ == extra_lat) m.lat.reset();
        else if (key_ == extra_lon) m.lon.reset();
        return true;
    }
    bool integer(std::int64_t v) {
        if (depth_ != 2) return check_top();
        if (field_) {
            if (field_->type == FieldType::real) return set(static_cast<double>(v));
            if (field_->type != FieldType::integer && field_->type != FieldType::integer64) wrong();
            return set(v);
        }
        Mention& m = out.back();
        if (key_ == extra_byte_start) m.byte_start = static_cast<std::size_t>(v);
        else if (key_ == extra_byte_end) m.byte_end = static_cast<std::size_t>(v);
        else if (key_ == extra_lat) m.lat = static_cast<double>(v);
        else if (key_ == extra_lon) m.lon = static_cast<double>(v);
        return true;
    }
};

// The JSON the state holds, read fast: mentions_to_json() writes compact
// JSON with few escapes, and nlohmann's lexer, which takes it a character at
// a time, was most of a patching run's time. This reader scans strings in
// runs, parses numbers with the same strtoll/strtoull/strtod on the same
// text, and calls the same handler. It refuses (false) whatever it does not
// take, before or during the parse: invalid UTF-8, a control character, a
// number out of range, deep nesting, any syntax error; then nlohmann's
// parser reads the text again and names the error. Errors the handler
// raises (a value of the wrong type) are the ones it raises under nlohmann.
class FastMentionsJson {
public:
    FastMentionsJson(std::string_view text, MentionsReader& handler)
        : p_(text.data()), end_(text.data() + text.size()), text_(text), h_(handler) {}

    bool parse() {
        if (!valid_utf8(text_)) return false;
        if (!value(0)) return false;
        skip_ws();
        return p_ == end_;
    }

private:
    const char* p_;
    const char* end_;
    std::string_view text_;
    MentionsReader& h_;
    std::string buf_, number_;

    static bool valid_utf8(std::string_view s) {
        const auto* u = reinterpret_cast<const unsigned char*>(s.data());
        const std::size_t n = s.size();
        std::size_t i = 0;
        while (i < n) {
            if (u[i] < 0x80) {
                ++i;
                continue;
            }
            int len = 0;
            std::uint32_t cp = 0;
            if ((u[i] & 0xE0) == 0xC0) len = 2, cp = u[i] & 0x1F;
            else if ((u[i] & 0xF0) == 0xE0) len = 3, cp = u[i] & 0x0F;
            else if ((u[i] & 0xF8) == 0xF0) len = 4, cp = u[i] & 0x07;
            else return false;
            if (i + static_cast<std::size_t>(len) > n) return false;
            for (int k = 1; k < len; ++k) {
                if ((u[i + k] & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (u[i + k] & 0x3F);
            }
            if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
                (cp >= 0xD800 && cp <= 0xDFFF))
                return false;
            i += static_cast<std::size_t>(len);
        }
        return true;
    }

    void skip_ws() {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
    }

    bool value(int depth) {
        skip_ws();
        if (p_ >= end_) return false;
        switch (*p_) {
            case '{': return object(depth);
            case '[': return array(depth);
            case '"': return string_token() && h_.string(buf_);
            case 't': return literal("true") && h_.boolean(true);
            case 'f': return literal("false") && h_.boolean(false);
            case 'n': return literal("null") && h_.null();
            default: return number();
        }
    }

    bool literal(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word) return false;
        p_ += word.size();
        return true;
    }

    bool object(int depth) {
        if (depth > 32) return false;
        ++p_;
        h_.start_object(static_cast<std::size_t>(-1));
        skip_ws();
        if (p_ < end_ && *p_ == '}') {
            ++p_;
            return h_.end_object();
        }
        for (;;) {
            skip_ws();
            if (p_ >= end_ || *p_ != '"' || !string_token()) return false;
            h_.key(buf_);
            skip_ws();
            if (p_ >= end_ || *p_ != ':') return false;
            ++p_;
            if (!value(depth + 1)) return false;
            skip_ws();
            if (p_ >= end_) return false;
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            if (*p_ != '}') return false;
            ++p_;
            return h_.end_object();
        }
    }

    bool array(int depth) {
        if (depth > 32) return false;
        ++p_;
        h_.start_array(static_cast<std::size_t>(-1));
        skip_ws();
        if (p_ < end_ && *p_ == ']') {
            ++p_;
            return h_.end_array();
        }
        for (;;) {
            if (!value(depth + 1)) return false;
            skip_ws();
            if (p_ >= end_) return false;
            if (*p_ == ',') {
                ++p_;
                continue;
            }
            if (*p_ != ']') return false;
            ++p_;
            return h_.end_array();
        }
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool hex4(std::uint32_t& out) {
        if (end_ - p_ < 4) return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hex(p_[i]);
            if (d < 0) return false;
            out = (out << 4) | static_cast<std::uint32_t>(d);
        }
        p_ += 4;
        return true;
    }
    void append_utf8(std::uint32_t cp) {
        if (cp < 0x80) {
            buf_ += static_cast<char>(cp);
        } else if (cp < 0x800) {
            buf_ += static_cast<char>(0xC0 | (cp >> 6));
            buf_ += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            buf_ += static_cast<char>(0xE0 | (cp >> 12));
            buf_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            buf_ += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            buf_ += static_cast<char>(0xF0 | (cp >> 18));
            buf_ += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            buf_ += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            buf_ += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // At the opening quote; the decoded text into buf_.
    bool string_token() {
        ++p_;
        buf_.clear();
        for (;;) {
            const char* q = p_;
            while (q < end_ && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20) ++q;
            buf_.append(p_, q);
            p_ = q;
            if (p_ >= end_ || static_cast<unsigned char>(*p_) < 0x20) return false;
            if (*p_ == '"') {
                ++p_;
                return true;
            }
            if (++p_ >= end_) return false;
            switch (*p_++) {
                case '"': buf_ += '"'; break;
                case '\\': buf_ += '\\'; break;
                case '/': buf_ += '/'; break;
                case 'b': buf_ += '\b'; break;
                case 'f': buf_ += '\f'; break;
                case 'n': buf_ += '\n'; break;
                case 'r': buf_ += '\r'; break;
                case 't': buf_ += '\t'; break;
                case 'u': {
                    std::uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        std::uint32_t low = 0;
                        if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
                        p_ += 2;
                        if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        return false;
                    }
                    append_utf8(cp);
                    break;
                }
                default: return false;
            }
        }
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, as nlohmann reads it.
    bool number() {
        const char* q = p_;
        auto digits = [&] {
            const char* from = q;
            while (q < end_ && *q >= '0' && *q <= '9') ++q;
            return q > from;
        };
        const bool negative = q < end_ && *q == '-';
        if (negative) ++q;
        if (q >= end_) return false;
        if (*q == '0') ++q;
        else if (!digits()) return false;
        bool is_float = false;
        if (q < end_ && *q == '.') {
            ++q;
            if (!digits()) return false;
            is_float = true;
        }
        if (q < end_ && (*q == 'e' || *q == 'E')) {
            ++q;
            if (q < end_ && (*q == '+' || *q == '-')) ++q;
            if (!digits()) return false;
            is_float = true;
        }
        number_.assign(p_, q);
        p_ = q;
        char* stop = nullptr;
        errno = 0;
        if (!is_float && negative) {
            const long long v = std::strtoll(number_.c_str(), &stop, 10);
            if (errno == ERANGE || stop != number_.c_str() + number_.size()) return false;
            return h_.number_integer(v);
        }
        if (!is_float) {
            const unsigned long long v = std::strtoull(number_.c_str(), &stop, 10);
            if (errno == ERANGE || stop != number_.c_str() + number_.size()) return false;
            return h_.number_unsigned(v);
        }
        const double v = std::strtod(number_.c_str(), &stop);
        if (stop != number_.c_str() + number_.size() || !std::isfinite(v)) return false;
        return h_.number_float(v, number_);
    }
};

}  // namespace

std::vector<Mention> mentions_from_json(std::string_view text) {
    {
        MentionsReader fast_reader;
        if (FastMentionsJson(text, fast_reader).parse()) return std::move(fast_reader.out);
    }
    // What the fast reader does not take: nlohmann's parser decides, and names the error.
    MentionsReader reader;
    bool ok = false;
    try {
        ok = json::sax_parse(text.begin(), text.end(), &reader);
    } catch (const json::exception&) {
        ok = false;
    }
    if (!ok) throw Error("state: stored mentions are not a JSON array");
    return std::move(reader.out);
}

}  // namespace frontline::update
