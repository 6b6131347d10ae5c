// Day headings of live blogs and digests: a paragraph that is a date and
// nothing else ("29 December 2023", "Saturday, December 30", "30 грудня",
// "2023-12-29") dates the entries under it.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <string>

#include "frontline/document/structure.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {

bool ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// A word at pos: ASCII letters, or the bytes of a non-ASCII (Cyrillic) word.
std::string_view word_at(std::string_view s, std::size_t pos) {
    std::size_t e = pos;
    while (e < s.size() && (ascii_alpha(s[e]) || static_cast<unsigned char>(s[e]) >= 0x80)) ++e;
    return s.substr(pos, e - pos);
}

std::string ascii_lower(std::string_view w) {
    std::string out(w);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// 1..12 for an English month (full or three letters) or a Ukrainian or
// Russian month in the genitive a date writes ("30 грудня", "30 декабря").
unsigned month_of(std::string_view w) {
    static constexpr std::array<std::string_view, 12> english = {"january", "february", "march",     "april",   "may",      "june",
                                                                "july",    "august",   "september", "october", "november", "december"};
    static constexpr std::array<std::array<std::string_view, 2>, 12> cyrillic = {{
        {"січня", "января"}, {"лютого", "февраля"}, {"березня", "марта"},  {"квітня", "апреля"},
        {"травня", "мая"},   {"червня", "июня"},    {"липня", "июля"},     {"серпня", "августа"},
        {"вересня", "сентября"}, {"жовтня", "октября"}, {"листопада", "ноября"}, {"грудня", "декабря"},
    }};
    const std::string l = ascii_lower(w);
    for (unsigned m = 0; m < 12; ++m) {
        if (l == english[m] || (l.size() >= 3 && l == english[m].substr(0, 3)) || (m == 8 && l == "sept")) return m + 1;
        // (and shortened in an agency's dateline: "БЕЛГОРОД, 19 ноя — РИА Новости", "19 лист.")
        for (std::string_view c : cyrillic[m])
            if (w == c || (w.size() >= 6 && c.starts_with(w))) return m + 1;
    }
    return 0;
}

bool weekday(std::string_view w) {
    static constexpr std::string_view english[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                                   "mon",    "tue",     "tues",      "wed",      "thu",    "thur",     "thurs",
                                                   "fri",    "sat",     "sun"};
    // (As a heading capitalises them, and in lower case.)
    static constexpr std::string_view cyrillic[] = {
        "понеділок", "вівторок", "середа",  "четвер",  "пʼятниця", "п'ятниця",   "субота",  "неділя",
        "Понеділок", "Вівторок", "Середа",  "Четвер",  "Пʼятниця", "П'ятниця",   "Субота",  "Неділя",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"};
    const std::string l = ascii_lower(w);
    for (std::string_view e : english)
        if (l == e) return true;
    for (std::string_view c : cyrillic)
        if (w == c) return true;
    return false;
}

bool read_number(std::string_view s, std::size_t& pos, std::size_t max_digits, int& out) {
    std::size_t n = 0;
    int v = 0;
    while (pos + n < s.size() && ascii_digit(s[pos + n]) && n < max_digits) v = v * 10 + (s[pos + n++] - '0');
    if (n == 0 || (pos + n < s.size() && ascii_digit(s[pos + n]))) return false;
    pos += n;
    out = v;
    return true;
}

void skip(std::string_view s, std::size_t& pos, std::string_view chars) {
    while (pos < s.size() && chars.find(s[pos]) != std::string_view::npos) ++pos;
}

std::optional<Date> parse_date_only(std::string_view p, std::optional<Timestamp> published) {
    // (A heading is short: a long paragraph is never one.)
    if (p.size() > 48) return std::nullopt;
    while (!p.empty() && (p.back() == ':' || p.back() == '.' || p.back() == ' ' || p.back() == '*' || p.back() == '#')) p.remove_suffix(1);
    std::size_t pos = 0;
    skip(p, pos, "#* ");
    if (const auto iso = parse_iso_timestamp(p.substr(pos)); iso && p.size() - pos == 10)
        return std::chrono::floor<std::chrono::days>(*iso);
    if (const std::string_view w = word_at(p, pos); !w.empty() && weekday(w)) {
        pos += w.size();
        skip(p, pos, ", ");
    }
    int d = 0, y = 0;
    unsigned m = 0;
    // "26.01.2026", "26.01.2026 р.": the day, month and year in figures.
    if (std::size_t at = pos; read_number(p, at, 2, d) && at < p.size() && p[at] == '.') {
        int mm = 0;
        ++at;
        if (read_number(p, at, 2, mm) && at < p.size() && p[at] == '.' && mm >= 1 && mm <= 12) {
            ++at;
            if (!read_number(p, at, 4, y) || y < 1900) return std::nullopt;
            skip(p, at, " ");
            const std::string_view w = word_at(p, at);
            if (w == "року" || w == "р" || w == "года" || w == "г") at += w.size();
            skip(p, at, ". ");
            if (at != p.size()) return std::nullopt;
            const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(mm)},
                                                  std::chrono::day{static_cast<unsigned>(d)}};
            if (!ymd.ok()) return std::nullopt;
            return std::chrono::sys_days{ymd};
        }
        return std::nullopt;
    }
    if (read_number(p, pos, 2, d)) {  // "29 December 2023", "30 грудня"
        skip(p, pos, " ");
        const std::string_view w = word_at(p, pos);
        if (!(m = month_of(w))) return std::nullopt;
        pos += w.size();
        skip(p, pos, ". ");
    } else {  // "December 29, 2023"
        const std::string_view w = word_at(p, pos);
        if (!(m = month_of(w))) return std::nullopt;
        pos += w.size();
        skip(p, pos, ". ");
        if (!read_number(p, pos, 2, d)) return std::nullopt;
        for (std::string_view suffix : {"st", "nd", "rd", "th"})
            if (p.substr(pos).starts_with(suffix)) pos += suffix.size();
        skip(p, pos, ", ");
    }
    if (pos < p.size()) {
        if (!read_number(p, pos, 4, y) || y < 1900) return std::nullopt;
        skip(p, pos, " ");
        // ("30 грудня 2023 року", "30 декабря 2023 г")
        const std::string_view w = word_at(p, pos);
        if (w == "року" || w == "р" || w == "года" || w == "г") pos += w.size();
        skip(p, pos, ". ");
        if (pos != p.size()) return std::nullopt;
    }
    using namespace std::chrono;
    if (y == 0) {
        // A heading without its year is of the report's year, or of the year
        // before where that day is still to come.
        if (!published) return std::nullopt;
        const year_month_day pub{floor<days>(*published)};
        y = static_cast<int>(pub.year());
        const year_month_day guess{year{y}, month{m}, day{static_cast<unsigned>(d)}};
        if (guess.ok() && sys_days{guess} > sys_days{pub} + days{1}) --y;
    }
    const year_month_day ymd{year{y}, month{m}, day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return sys_days{ymd};
}

// "Russia-Ukraine war live: Tuesday, 12 March 2024", "LIVE: Russia's war
// against Ukraine – Wednesday, 5 November 2025": a live page's title line
// that ends with the full date of its day, after a colon, dash or bar.
std::optional<Date> titled_day(std::string_view p) {
    if (p.size() > 160 || p.find('\n') != std::string_view::npos) return std::nullopt;
    for (std::string_view sep : {": ", " – ", " — ", " | ", " - "}) {
        const std::size_t at = p.rfind(sep);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view tail = p.substr(at + sep.size());
        // (Its year written out: a title is no place to guess one, so no report date is given.)
        if (auto d = parse_date_only(tail, std::nullopt)) return d;
    }
    // "General Staff 18:00 summary, 3 March 2023 — Lyman direction": a
    // title's full date between its comma and its dash.
    // (Not a sentence: one ends in a stop.)
    if (!p.ends_with('.'))
        for (std::string_view dash : {" — ", " – ", " - ", " | "}) {
            const std::size_t at = p.find(dash);
            const std::size_t comma = at == std::string_view::npos ? at : p.rfind(", ", at);
            if (comma == std::string_view::npos) continue;
            if (auto d = parse_date_only(p.substr(comma + 2, at - comma - 2), std::nullopt)) return d;
        }
    // "Sumy OVA | daily summary for 26.01.2026", "Зведення за 26.01.2026":
    // a title that ends with the day it covers. (Not a sentence: "... on 4
    // May 2024." dates its own event, not the paragraphs after it.)
    if (p.ends_with('.')) return std::nullopt;
    for (std::string_view word : {" for ", " за "}) {
        const std::size_t at = p.rfind(word);
        if (at == std::string_view::npos) continue;
        if (auto d = parse_date_only(p.substr(at + word.size()), std::nullopt)) return d;
    }
    return std::nullopt;
}

// "Nov 18, 9:00 a.m. ET", "19 November 2025, 22:10 GMT", "Wed 19 Nov 2025
// 21.40 GMT", "Posted Nov. 19, 2025 at 9:40 p.m.", "22:15 19.11.2025": a live
// page's stamp, a date with its time of day, alone on its line. Returns the
// line without its time (and the words that join it), for the date alone.
std::optional<std::string> without_time_of_day(std::string_view p) {
    if (p.size() > 64) return std::nullopt;
    for (std::size_t at = 0; at < p.size(); ++at) {
        if (!ascii_digit(p[at]) || (at > 0 && (ascii_digit(p[at - 1]) || p[at - 1] == '.' || p[at - 1] == ':'))) continue;
        std::size_t pos = at;
        int hour = 0, minute = 0;
        if (!read_number(p, pos, 2, hour) || pos >= p.size() || (p[pos] != ':' && p[pos] != '.')) continue;
        ++pos;
        if (!read_number(p, pos, 2, minute) || hour > 23 || minute > 59 || pos - at < 4) continue;
        // ("19.11.2025" is a date's figures, not a time.)
        if (pos < p.size() && (p[pos] == '.' || p[pos] == ':') && pos + 1 < p.size() && ascii_digit(p[pos + 1])) continue;
        // The half of the day and a zone: "a.m. ET", "GMT", "pm", "EET".
        for (int words = 0; words < 2; ++words) {
            std::size_t q = pos;
            skip(p, q, " ");
            std::size_t e = q;
            while (e < p.size() && e - q < 5 && (ascii_alpha(p[e]) || p[e] == '.')) ++e;
            const std::string_view w = p.substr(q, e - q);
            const bool zone = !w.empty() && (w == "a.m." || w == "p.m." || w == "am" || w == "pm" || w == "AM" || w == "PM" ||
                                             std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
            if (!zone || (e < p.size() && ascii_alpha(p[e]))) break;
            pos = e;
        }
        const std::string rest = std::string(p.substr(0, at)) + " " + std::string(p.substr(pos));
        // The words that join a time to its date: "at", bars and dashes
        // (commas and spaces the date's reader skips).
        std::string out;
        for (std::size_t k = 0; k < rest.size();) {
            if (rest.compare(k, 4, " at ") == 0 && k + 4 <= rest.size()) { out += ' '; k += 4; continue; }
            if (rest[k] == '|') { out += ' '; ++k; continue; }
            if (rest.compare(k, 3, "\xe2\x80\x94") == 0 || rest.compare(k, 3, "\xe2\x80\x93") == 0) { out += ' '; k += 3; continue; }
            out += rest[k++];
        }
        // "Posted", "Updated", "Published" before it.
        std::size_t b = out.find_first_not_of(" ");
        for (std::string_view label : {"Posted", "Updated", "Published", "Last updated"})
            if (b != std::string::npos && out.compare(b, label.size(), label) == 0) b += label.size();
        if (b == std::string::npos) return std::nullopt;
        std::size_t e = out.find_last_not_of(" ,-:");
        if (e == std::string::npos || e < b) return std::nullopt;
        std::string date = out.substr(b, e + 1 - b);
        while (!date.empty() && (date.front() == ' ' || date.front() == ',' || date.front() == ':')) date.erase(date.begin());
        if (date.empty()) return std::nullopt;
        return date;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Date> parse_day_heading(std::string_view p, std::optional<Timestamp> published) {
    if (auto d = parse_date_only(p, published)) return d;
    if (auto date = without_time_of_day(p))
        if (auto d = parse_date_only(*date, published)) return d;
    return titled_day(p);
}

std::optional<Date> parse_dateline_day(std::string_view p, std::optional<Timestamp> published) {
    p = p.substr(0, std::min<std::size_t>(p.size(), 100));
    // The place: a capitalised word or a few, no sentence ("KYIV", "New
    // Delhi", "ХАРКІВ"); then a country or region or two before the date.
    std::size_t comma = p.find(", ");
    if (comma == std::string_view::npos || comma == 0 || comma > 32) return std::nullopt;
    const unsigned char first = static_cast<unsigned char>(p[0]);
    if (first < 0x80 && !std::isupper(first)) return std::nullopt;
    for (char c : p.substr(0, comma))
        if (static_cast<unsigned char>(c) < 0x80 && !ascii_alpha(c) && c != ' ' && c != '-' && c != '.' && c != '\'')
            return std::nullopt;
    // (A place in capitals, "KHARKIV", "ХАРКІВ"; else an agency in brackets
    // or slashes must follow the date: "Нагадаємо, 17 листопада – ..." is a
    // sentence. Cyrillic lower case is U+0430-U+045F, and ґ.)
    bool capitals = true;
    const std::string_view place = p.substr(0, comma);
    for (std::size_t k = 0; k < place.size() && capitals;) {
        const char32_t c = decode_utf8(place, k);
        capitals = !(c < 0x80 ? std::islower(static_cast<int>(c)) != 0 : (c >= 0x430 && c <= 0x45F) || c == 0x491);
    }
    for (int part = 0; part < 3 && comma != std::string_view::npos; ++part) {
        const std::size_t from = comma + 2;
        // The date runs to the agency or the dash after it.
        std::size_t to = p.size();
        bool agency = false;  // the nearest mark is an agency's bracket or slash
        for (std::string_view mark : {" (", " /", "/", " - ", " — ", " – ", " -- "})
            if (const std::size_t at = p.find(mark, from); at < to) {
                to = at;
                agency = mark.find_first_of("(/") != std::string_view::npos;
            }
        if (to < p.size() && (capitals || agency))
            if (auto d = parse_date_only(p.substr(from, to - from), published)) return d;
        comma = p.find(", ", from);
        if (comma != std::string_view::npos && comma - from > 24) return std::nullopt;  // a sentence, not a place's parts
    }
    return std::nullopt;
}

}  // namespace frontline
