// Live-blog bylines: "Tom Watling7 November 2024 12:01" and friends.
#include <array>
#include <cctype>
#include <chrono>

#include "frontline/document/structure.hpp"

namespace frontline {

namespace {

constexpr std::size_t max_byline_bytes = 120;

bool ieq_prefix(std::string_view s, std::size_t pos, std::string_view word) {
    if (pos + word.size() > s.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[pos + i])) != word[i]) return false;
    return true;
}

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads a month name (full or abbreviated, any case) at pos; 1..12 or 0.
unsigned read_month(std::string_view s, std::size_t& pos) {
    static constexpr std::array<std::string_view, 12> full = {"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
    for (unsigned m = 0; m < 12; ++m) {
        for (std::string_view w : {full[m], full[m].substr(0, 3), std::string_view(m == 8 ? "sept" : "")}) {
            if (w.empty()) continue;
            if (ieq_prefix(s, pos, w) && (pos + w.size() == s.size() || !is_alpha(s[pos + w.size()]))) {
                pos += w.size();
                if (pos < s.size() && s[pos] == '.') ++pos;
                return m + 1;
            }
        }
    }
    return 0;
}

bool read_number(std::string_view s, std::size_t& pos, std::size_t min_digits, std::size_t max_digits, int& out) {
    std::size_t n = 0;
    int v = 0;
    while (pos + n < s.size() && is_digit(s[pos + n]) && n < max_digits) v = v * 10 + (s[pos + n++] - '0');
    if (n < min_digits || (pos + n < s.size() && is_digit(s[pos + n]))) return false;
    pos += n;
    out = v;
    return true;
}

bool skip_spaces(std::string_view s, std::size_t& pos, bool required) {
    const std::size_t start = pos;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
    return !required || pos > start;
}

void skip_char(std::string_view s, std::size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) ++pos;
}

// "[,] [at|,] HH:MM[ am|pm][ GMT|UTC]" to the end of s.
bool read_time_to_end(std::string_view s, std::size_t pos, int& hour, int& minute) {
    skip_char(s, pos, ',');
    if (!skip_spaces(s, pos, true)) return false;
    if (ieq_prefix(s, pos, "at ")) {
        pos += 3;
        skip_spaces(s, pos, false);
    }
    if (!read_number(s, pos, 1, 2, hour)) return false;
    if (pos >= s.size() || (s[pos] != ':' && s[pos] != '.')) return false;
    ++pos;
    if (!read_number(s, pos, 2, 2, minute)) return false;
    skip_spaces(s, pos, false);
    for (std::string_view ampm : {"am", "a.m.", "pm", "p.m."}) {
        if (ieq_prefix(s, pos, ampm)) {
            if (hour < 1 || hour > 12) return false;
            hour = hour % 12 + (ampm[0] == 'p' ? 12 : 0);
            pos += ampm.size();
            skip_spaces(s, pos, false);
            break;
        }
    }
    for (std::string_view zone : {"gmt", "utc", "z"}) {
        if (ieq_prefix(s, pos, zone)) {
            pos += zone.size();
            break;
        }
    }
    skip_spaces(s, pos, false);
    return pos == s.size() && hour < 24 && minute < 60;
}

std::optional<Timestamp> make_timestamp(int y, unsigned m, int d, int h, int mi) {
    using namespace std::chrono;
    year_month_day ymd{year{y}, month{m}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok() || y < 1900 || y > 2200) return std::nullopt;
    return sys_days{ymd} + hours{h} + minutes{mi};
}

// Day first: "7 November 2024 12:01" from pos to the end.
std::optional<Timestamp> day_first(std::string_view s, std::size_t pos) {
    int d, y, h, mi;
    if (!read_number(s, pos, 1, 2, d) || !skip_spaces(s, pos, true)) return std::nullopt;
    unsigned m = read_month(s, pos);
    if (!m) return std::nullopt;
    skip_char(s, pos, ',');
    if (!skip_spaces(s, pos, true) || !read_number(s, pos, 4, 4, y)) return std::nullopt;
    if (!read_time_to_end(s, pos, h, mi)) return std::nullopt;
    return make_timestamp(y, m, d, h, mi);
}

// Month first: "November 7, 2024 at 12:01" from pos to the end.
std::optional<Timestamp> month_first(std::string_view s, std::size_t pos) {
    int d, y, h, mi;
    unsigned m = read_month(s, pos);
    if (!m || !skip_spaces(s, pos, true) || !read_number(s, pos, 1, 2, d)) return std::nullopt;
    // ordinal suffixes: "November 7th"
    for (std::string_view suf : {"st", "nd", "rd", "th"})
        if (ieq_prefix(s, pos, suf)) pos += suf.size();
    skip_char(s, pos, ',');
    if (!skip_spaces(s, pos, true) || !read_number(s, pos, 4, 4, y)) return std::nullopt;
    if (!read_time_to_end(s, pos, h, mi)) return std::nullopt;
    return make_timestamp(y, m, d, h, mi);
}

std::string_view trim(std::string_view s, std::string_view chars) {
    const auto b = s.find_first_not_of(chars);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(chars) - b + 1);
}

// An author is a short run of capitalised words ("Tom Watling", "Arpan Rai",
// "Mary-Jane O’Neil", "Ludwig van Beethoven"), or empty.
bool plausible_author(std::string_view a) {
    if (a.empty()) return true;
    if (a.size() > 60) return false;
    int words = 0;
    std::size_t pos = 0;
    while (pos < a.size()) {
        while (pos < a.size() && a[pos] == ' ') ++pos;
        if (pos >= a.size()) break;
        std::size_t end = a.find(' ', pos);
        if (end == std::string_view::npos) end = a.size();
        std::string_view w = a.substr(pos, end - pos);
        pos = end;
        if (++words > 6) return false;
        for (char c : w)
            if (is_digit(c) || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"') return false;
        const auto first = static_cast<unsigned char>(w[0]);
        const bool upper = (first >= 'A' && first <= 'Z') || first >= 0x80;  // non-ASCII: give the benefit
        // (A weekday is a stamp's, no author's: "Wed 19 Nov 2025 21.40 GMT".)
        for (std::string_view day : {"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Monday", "Tuesday",
                                     "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Posted", "Updated", "Published"})
            if (w == day) return false;
        const bool particle = w == "and" || w == "de" || w == "van" || w == "von" || w == "der" || w == "al" ||
                              w == "bin" || w == "la" || w == "le" || w == "du" || w == "da" || w == "di";
        if (!upper && !particle) return false;
    }
    return words > 0;
}

std::string clean_author(std::string_view a) {
    a = trim(a, " \t,|-");
    // Dashes and bullets in UTF-8 ("–", "—", "·", "•") around a glued date.
    for (std::string_view sep : {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", "\xE2\x80\xA2"}) {
        while (a.size() >= sep.size() && a.substr(a.size() - sep.size()) == sep) a = trim(a.substr(0, a.size() - sep.size()), " \t");
    }
    if (a.size() > 3 && (a.substr(0, 3) == "By " || a.substr(0, 3) == "by ")) a = a.substr(3);
    return std::string(trim(a, " \t"));
}

}  // namespace

std::optional<Byline> parse_byline(std::string_view p) {
    p = trim(p, " \t\r\n");
    if (p.empty() || p.size() > max_byline_bytes) return std::nullopt;
    // Every byline prints a four-digit year; most paragraphs have none and
    // are turned away before the month and author checks.
    bool year = false;
    for (std::size_t i = 0, run = 0; i <= p.size() && !year; ++i) {
        if (i < p.size() && is_digit(p[i])) ++run;
        else year = run == 4, run = 0;
    }
    if (!year) return std::nullopt;
    for (std::size_t i = 0; i < p.size(); ++i) {
        std::optional<Timestamp> ts;
        if (is_digit(p[i]) && (i == 0 || !is_digit(p[i - 1]))) {
            ts = day_first(p, i);
        } else if (is_alpha(p[i]) && (i == 0 || !is_alpha(p[i - 1]) ||
                                      (std::islower(static_cast<unsigned char>(p[i - 1])) &&
                                       std::isupper(static_cast<unsigned char>(p[i]))))) {
            // A month may be glued to the author too: "Arpan RaiNovember 11, 2024 06:30".
            ts = month_first(p, i);
        }
        if (!ts) continue;
        std::string author = clean_author(p.substr(0, i));
        if (!plausible_author(author)) return std::nullopt;
        return Byline{std::move(author), *ts};
    }
    return std::nullopt;
}

}  // namespace frontline
