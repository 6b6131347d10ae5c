// Paragraphs, entries and sentences of a document's text.
#include "frontline/document/structure.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "frontline/document/boilerplate.hpp"
#include "frontline/text/place_abbreviations.hpp"
#include "frontline/text/utf8.hpp"

namespace frontline {

namespace {

bool is_hspace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

char32_t cp_at(std::string_view t, std::size_t pos, std::size_t* len = nullptr) {
    Decoded d = decode_next(t, pos);
    if (len) *len = d.length;
    return d.cp;
}

bool is_upper_cp(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower_cp(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

bool is_closing(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x2019 || c == 0x201D || c == 0xBB;
}
bool is_opening(char32_t c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x2018 || c == 0x201C || c == 0xAB;
}
bool is_terminator(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }

// Trims ASCII whitespace, NBSP and a BOM from both ends of [b, e).
Span trim_span(std::string_view t, std::size_t b, std::size_t e) {
    for (;;) {
        if (b < e && is_hspace(t[b])) ++b;
        else if (b + 1 < e && t.compare(b, 2, "\xC2\xA0") == 0) b += 2;
        else if (b + 2 < e && t.compare(b, 3, "\xEF\xBB\xBF") == 0) b += 3;
        else break;
    }
    for (;;) {
        if (e > b && is_hspace(t[e - 1])) --e;
        else if (e >= b + 2 && t.compare(e - 2, 2, "\xC2\xA0") == 0) e -= 2;
        else break;
    }
    return {b, e};
}

// End of the terminator run starting at i (". . ." "?!" ".”"), closing quotes included.
std::size_t after_terminator(std::string_view t, std::size_t i, std::size_t e) {
    std::size_t j = i, len = 0;
    while (j < e && is_terminator(cp_at(t, j, &len))) j += len;
    while (j < e && is_closing(cp_at(t, j, &len))) j += len;
    return j;
}

// A lost paragraph break: "...all the difference.Donald Trump is now". The
// terminator at i follows a lower-case word of 3+ letters that starts a word
// (so "e.g.The", "bbc.Co" and "U.S.Army" are left alone) and the next
// character, after closing quotes, is an upper-case letter.
bool glued_break(std::string_view t, std::size_t i, std::size_t e, std::size_t line_begin, std::size_t& next) {
    std::size_t j = after_terminator(t, i, e);
    if (j >= e) return false;
    if (!is_upper_cp(cp_at(t, j))) return false;
    std::size_t k = i;
    int letters = 0;
    while (k > line_begin) {
        Decoded d = decode_prev(t, k);
        if (!d.valid || !is_lower_cp(d.cp)) break;
        k -= d.length;
        ++letters;
    }
    if (letters < 3) return false;
    if (k > line_begin) {
        Decoded d = decode_prev(t, k);
        if (d.cp == '.' || u_isalnum(static_cast<UChar32>(d.cp)) || d.cp == '/' || d.cp == '@') return false;
    }
    next = j;
    return true;
}

bool is_abbreviation(std::string_view word) {
    static constexpr std::array<std::string_view, 42> list = {
        "Mr",  "Mrs", "Ms",  "Dr",  "St",   "Gen",  "Lt",  "Col",  "Maj", "Sgt", "Capt", "Cpl", "Pte", "Adm",
        "Brig", "Cmdr", "Rev", "Prof", "Sen", "Rep", "Gov", "Pres", "Jr", "Sr",  "No",   "vs",  "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt",  "approx", "Ft", "Ste"};
    if (std::find(list.begin(), list.end(), word) != list.end()) return true;
    if (word.find('.') != std::string_view::npos) return true;                 // U.S. e.g. i.e. н.п.
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') return true;     // an initial
    return place_word_abbreviation(word);  // "с. Безсалівка", "г. Курск"
}

// One to three words in capitals, nothing else: "ПОКРОВСЬК", "ЧАСІВ ЯР".
bool capital_heading(std::string_view t) {
    std::size_t letters = 0, words = 1;
    for (std::size_t i = 0; i < t.size();) {
        std::size_t len = 1;
        const char32_t c = static_cast<unsigned char>(t[i]) < 0x80 ? static_cast<unsigned char>(t[i]) : cp_at(t, i, &len);
        if (c == ' ') ++words;
        else if (is_upper_cp(c)) ++letters;
        else if (c != '\'' && c != '-' && c != U'\u2019' && c != U'\u02bc') return false;
        i += len;
    }
    return letters >= 3 && words <= 3;
}

// Splits [b, e) (one paragraph) into sentence spans.
void split_sentences(const Document& doc, std::size_t para, std::vector<Sentence>& out) {
    std::string_view t = doc.text;
    const Span p = doc.paragraphs[para].span;
    std::size_t start = p.begin;
    std::size_t i = p.begin;
    while (i < p.end) {
        std::size_t len = 1;
        const char32_t c = static_cast<unsigned char>(t[i]) < 0x80 ? static_cast<unsigned char>(t[i]) : cp_at(t, i, &len);
        if (!is_terminator(c)) {
            i += len;
            continue;
        }
        const std::size_t j = after_terminator(t, i, p.end);
        std::size_t k = j;
        for (;;) {
            if (k < p.end && is_hspace(t[k])) ++k;
            else if (k + 1 < p.end && t.compare(k, 2, "\xC2\xA0") == 0) k += 2;
            else break;
        }
        if (k == j || k >= p.end) {  // no space after it, or end of paragraph
            i = j;
            continue;
        }
        std::size_t nlen = 1;
        const char32_t next = cp_at(t, k, &nlen);
        bool starts = is_upper_cp(next) || (next >= '0' && next <= '9') || is_opening(next);
        if (starts && c == '.') {
            // The word before the full stop, with inner dots ("U.S", "e.g", "н.п")
            // (bytes of a multi-byte letter count as letters: "с", "обл").
            std::size_t w = i;
            while (w > start && (std::isalpha(static_cast<unsigned char>(t[w - 1])) || t[w - 1] == '.' || t[w - 1] == '-' ||
                                 static_cast<unsigned char>(t[w - 1]) >= 0x80))
                --w;
            if (is_abbreviation(t.substr(w, i - w))) starts = false;
        }
        // "КУП'ЯНСЬК. Ворог намагається…", "KHARKIV. Explosions…": a heading
        // in capitals opens the sentence it heads, as a colon would.
        if (starts && c == '.' && capital_heading(t.substr(start, i - start))) starts = false;
        if (starts) {
            out.push_back({trim_span(t, start, j), para, doc.paragraphs[para].boilerplate});
            start = k;
        }
        i = j;
    }
    if (start < p.end) {
        Span s = trim_span(t, start, p.end);
        if (s.size()) out.push_back({s, para, doc.paragraphs[para].boilerplate});
    }
}

// "14:05", "7.30": hours and minutes opening `text`.
struct Clock {
    int hour = 0, minute = 0;
    std::size_t end = 0;  ///< just past the minutes
    bool dot = false;     ///< written with a dot ("7.30"), which a number may be too
};
std::optional<Clock> clock_at_start(std::string_view text) {
    Clock c;
    std::size_t i = 0;
    auto digits = [&](std::size_t max, int& value) {
        const std::size_t from = i;
        value = 0;
        while (i < text.size() && i - from < max && text[i] >= '0' && text[i] <= '9') value = value * 10 + (text[i++] - '0');
        return i - from;
    };
    if (digits(2, c.hour) == 0 || i >= text.size() || (text[i] != ':' && text[i] != '.')) return std::nullopt;
    c.dot = text[i] == '.';
    ++i;
    if (digits(2, c.minute) != 2 || c.hour > 23 || c.minute > 59) return std::nullopt;
    c.end = i;
    return c;
}

// A zone or half of the day from `i`: letters only, a few of them ("GMT",
// "EET", "am", "a.m."). Returns where it ends.
std::size_t zone_end(std::string_view text, std::size_t i) {
    const std::size_t from = i;
    while (i < text.size() && i - from < 5 && ((text[i] >= 'A' && text[i] <= 'Z') || (text[i] >= 'a' && text[i] <= 'z') || text[i] == '.'))
        ++i;
    return i;
}

// The hour on a 24-hour clock, given the half of the day written after it.
int with_half_of_day(int hour, std::string_view zone) {
    return (zone.starts_with("pm") || zone.starts_with("p.m") || zone.starts_with("PM")) && hour < 12 ? hour + 12 : hour;
}

// "15:10 GMT — ", "09:40 — ", "12:45 EET - ", "7.30am: ", "06:10 Massive
// attack on Kyiv": a paragraph that opens with a time of day and a dash, a
// colon or a capitalised word before its text. Returns minutes after midnight.
std::optional<int> opens_with_time_of_day(std::string_view text) {
    const std::optional<Clock> clock = clock_at_start(text);
    if (!clock) return std::nullopt;
    int hour = clock->hour;
    std::size_t i = clock->end;
    const std::size_t after_time = i;
    auto skip_spaces = [&] { while (i < text.size() && text[i] == ' ') ++i; };
    skip_spaces();
    // A capitalised word straight after the time: "06:10 Massive Russian missile attack".
    // (Not a number: "12:30 2 killed" is no heading's shape.)
    if (i > after_time && i < text.size() && i + 8 < text.size()) {
        const std::string_view rest = text.substr(i);
        const bool upper_ascii = rest[0] >= 'A' && rest[0] <= 'Z';
        // (Cyrillic capitals: U+0400..U+042F, and Ukrainian Є, І, Ї, Ґ.)
        const unsigned char b0 = static_cast<unsigned char>(rest[0]), b1 = rest.size() > 1 ? static_cast<unsigned char>(rest[1]) : 0;
        const bool upper_cyrillic = (b0 == 0xD0 && b1 >= 0x80 && b1 <= 0xAF) || (b0 == 0xD2 && b1 == 0x90);
        if ((upper_ascii || upper_cyrillic) && !(rest.starts_with("AM") || rest.starts_with("PM") || rest.starts_with("GMT") ||
                                                rest.starts_with("EET") || rest.starts_with("EEST") || rest.starts_with("UTC") ||
                                                rest.starts_with("CET") || rest.starts_with("MSK") || rest.starts_with("BST")))
            return hour * 60 + clock->minute;
    }
    const std::size_t zone = i;
    i = zone_end(text, zone);
    hour = with_half_of_day(hour, text.substr(zone, i - zone));
    skip_spaces();
    const std::string_view rest = text.substr(i);
    const bool dash = rest.starts_with("-") || rest.starts_with("\u2013") || rest.starts_with("\u2014");
    const bool colon = rest.starts_with(":") && i > zone;  // "7.30am:", not a time's own colon
    if (!dash && !colon) return std::nullopt;
    // Text must follow: "14:05 —" alone on a line stamps the paragraph after it.
    if (rest.size() <= 3) return std::nullopt;
    return hour * 60 + clock->minute;
}

// "09:15", "14:05 GMT", "7.30am": a line that is a time of day and nothing
// else, as live pages print each entry's time above it.
std::optional<int> bare_time_of_day(std::string_view text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
    const std::optional<Clock> clock = clock_at_start(text);
    if (!clock) return std::nullopt;
    std::size_t i = clock->end;
    while (i < text.size() && text[i] == ' ') ++i;
    const std::string_view zone = text.substr(i);
    // (A dot alone makes a number of a line, "2.50": a time needs its zone, "9.15am".)
    if (zone_end(text, i) != text.size() || (clock->dot && zone.empty())) return std::nullopt;
    return with_half_of_day(clock->hour, zone) * 60 + clock->minute;
}

}  // namespace

void analyse_structure(Document& doc, const BoilerplateFilter* boilerplate) {
    doc.paragraphs.clear();
    doc.entries.clear();
    doc.sentences.clear();
    const std::string_view t = doc.text;

    // Paragraphs: non-blank lines, split again at lost paragraph breaks.
    std::size_t line = 0;
    while (line <= t.size()) {
        std::size_t nl = t.find('\n', line);
        if (nl == std::string_view::npos) nl = t.size();
        std::size_t b = line;
        for (std::size_t i = line; i < nl; ++i) {
            const char c = t[i];
            if (c != '.' && c != '!' && c != '?') continue;
            std::size_t next;
            if (glued_break(t, i, nl, b, next)) {
                Span s = trim_span(t, b, next);
                if (s.size()) doc.paragraphs.push_back({s});
                b = next;
                i = next - 1;
            }
        }
        Span s = trim_span(t, b, nl);
        if (s.size()) doc.paragraphs.push_back({s});
        line = nl + 1;
    }

    // Hashes, boilerplate, bylines and entries (a byline closes the entry above it).
    // A stamp with no author's name ("Nov 18, 9:00 a.m. ET") closes the entry
    // above it on pages that sign entries at their foot, and heads the entry
    // under it on pages that open with one under the title: the page's first
    // stamp tells which.
    // (Under a title, not a sentence; and a page whose last line is a stamp
    // signs at the foot.)
    bool stamps_head = false;
    auto paragraph_text = [&](std::size_t i) { return t.substr(doc.paragraphs[i].span.begin, doc.paragraphs[i].span.size()); };
    for (std::size_t i = 0; i < doc.paragraphs.size() && i < 64; ++i) {
        const std::string_view text = paragraph_text(i);
        const auto by = parse_byline(text);
        if (!(by && by->author.empty()) && !(!by && parse_day_heading(text, doc.published))) {
            if (by) break;
            continue;
        }
        const bool under_title = i == 0 || (i == 1 && !paragraph_text(0).ends_with('.'));
        stamps_head = under_title && !parse_byline(paragraph_text(doc.paragraphs.size() - 1));
        break;
    }
    std::size_t entry_begin = 0;
    std::size_t paras_in_entry = 0;
    std::optional<Date> day;                // of the last day heading
    std::optional<Timestamp> open_stamp;    // of the entry not yet closed
    bool open_timed = false;                // the entry not yet closed opened with a time of day
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        Paragraph& p = doc.paragraphs[i];
        const std::string_view text = t.substr(p.span.begin, p.span.size());
        // Normalised once for both the repeat hash and the boilerplate test;
        // without a test, or for long paragraphs (never chrome), hashed
        // without a copy.
        if (boilerplate && text.size() <= BoilerplateFilter::max_paragraph_bytes) {
            const std::string norm = normalise_paragraph(text);
            p.hash = hash_normalised(norm);
            p.boilerplate = boilerplate->is_boilerplate_normalised(norm, text.size());
        } else {
            p.hash = paragraph_hash(text);
        }
        // "15:10 GMT — Russia's defence ministry says ...": a live blog whose
        // entries open with their time of day, no byline between them; a
        // day heading above them ("29 December 2023") dates them.
        // (A wire's dateline dates its story as a heading would: "KHARKIV,
        // Nov 18 (Reuters) - ... yesterday" is the 17th whenever it is read.)
        std::optional<Date> heading = parse_day_heading(text, doc.published);
        if (!heading) heading = parse_dateline_day(text, doc.published);
        std::optional<int> time_of_day = heading ? std::nullopt : opens_with_time_of_day(text);
        std::optional<Byline> byline = parse_byline(text);
        // (On a page that signs at the foot, a stamp with its year is the
        // entry's byline, not a day heading that opens another.)
        if (byline && !stamps_head) heading.reset();
        if (stamps_head && byline && byline->author.empty()) {
            // (The stamp heads its entry: its day as a day heading's, its time as a timed entry's.)
            const Date stamped = std::chrono::floor<std::chrono::days>(byline->timestamp);
            if (paras_in_entry > 0) {
                doc.entries.push_back(Entry{{entry_begin, p.span.begin}, open_stamp});
                doc.entries.back().timed = open_timed;
                entry_begin = p.span.begin;
                paras_in_entry = 0;
            }
            day = stamped;
            open_stamp = byline->timestamp;
            open_timed = true;
            heading.reset();
            time_of_day.reset();
            p.entry = doc.entries.size();
            ++paras_in_entry;
            continue;
        }
        // (A time alone on its line opens the entry that the lines under it tell.)
        if (!heading && !time_of_day) time_of_day = bare_time_of_day(text);
        // (A heading under an undated entry dates it and stays in it: a
        // headline above "Monday, 28 October 2024" keeps its lead below.)
        // (The page's title lines above its first timed entry are that entry's
        // headline: "Russia-Ukraine war live: death toll in Dnipro rises" takes
        // the day its first entry tells, as a headline takes its lead's.)
        const bool title_lines = time_of_day && doc.entries.empty() && !open_timed && paras_in_entry > 0 &&
                                 paras_in_entry <= 3 && p.span.begin - entry_begin <= 400;
        if (paras_in_entry > 0 && ((heading && open_stamp) || time_of_day) && !title_lines) {
            doc.entries.push_back(Entry{{entry_begin, p.span.begin}, open_stamp});
            doc.entries.back().timed = open_timed;
            entry_begin = p.span.begin;
            paras_in_entry = 0;
        }
        if (heading) {
            day = heading;
            open_stamp = Timestamp{*day};
        } else if (time_of_day && (paras_in_entry == 0 || title_lines)) {
            open_stamp = day ? std::optional<Timestamp>(Timestamp{*day} + std::chrono::minutes{*time_of_day}) : std::nullopt;
        }
        if (paras_in_entry == 0 || title_lines) open_timed = time_of_day.has_value();
        p.entry = doc.entries.size();
        ++paras_in_entry;
        if (auto& by = byline) {
            Entry e;
            e.span = {entry_begin, p.span.end};
            e.timestamp = by->timestamp;
            e.byline = std::move(by->author);
            e.byline_span = p.span;
            doc.entries.push_back(std::move(e));
            entry_begin = p.span.end;
            paras_in_entry = 0;
            open_stamp.reset();
            open_timed = false;
        }
    }
    if (doc.entries.empty()) {
        // (One entry: a day heading in it dates it, "Incident log — 2 July 2024".)
        doc.entries.push_back(Entry{{0, t.size()}, open_stamp});
        doc.entries.back().timed = open_timed;
    } else if (paras_in_entry > 0) {
        doc.entries.push_back(Entry{{entry_begin, t.size()}, open_stamp});  // after the last byline: undated but for a heading
        doc.entries.back().timed = open_timed;
    } else {
        doc.entries.back().span.end = t.size();  // only blank text follows the last byline
    }

    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) split_sentences(doc, i, doc.sentences);

    doc.document_date = doc.published;
    if (!doc.document_date)
        for (const Entry& e : doc.entries)
            if (e.timestamp && (!doc.document_date || *e.timestamp > *doc.document_date)) doc.document_date = e.timestamp;
}

}  // namespace frontline
