#include "frontline/recognize/token.hpp"

#include <algorithm>
#include <unicode/uchar.h>

#include <unordered_map>

#include "frontline/text/fold.hpp"
#include "frontline/text/homoglyphs.hpp"
#include "frontline/text/place_abbreviations.hpp"

namespace frontline {

namespace {

// Folds a word, with a per-thread cache for words with non-ASCII letters.
void fold_cached(std::string_view word, bool ascii, std::string& out) {
    if (ascii) {
        out.resize(word.size());
        std::size_t n = 0;
        for (char c : word)
            if (c != '\'' && c != '`') out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        out.resize(n);
        return;
    }
    thread_local std::unordered_map<std::string, std::string> cache;
    if (cache.size() > 200000) cache.clear();  // bounded memory on huge, varied inputs
    auto it = cache.find(std::string(word));
    if (it == cache.end()) {
        std::string folded;
        fold_word(word, folded);
        it = cache.emplace(std::string(word), std::move(folded)).first;
    }
    out = it->second;
}

bool has_latin_letter(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

// ICU's classes, answered without a call for ASCII (where only A-Z and
// a-z are letters): most words of English reports are ASCII.
bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(static_cast<UChar32>(c)); }
bool is_alpha(char32_t c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') : u_isalpha(static_cast<UChar32>(c));
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    tokens.reserve(text.size() / 6);
    Separator pending = Separator::none;
    bool gap_space = false;  // the gap since the last word holds a space
    bool sentence_start = true;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t c = decode_utf8(text, pos);
        // A word starts with a letter or digit: a lone mark (the variation
        // selector of an emoji, "▪️") is punctuation.
        const bool starts_word = is_word_char(c) && (c < 0x80 || u_isalnum(static_cast<UChar32>(c)));
        if (!starts_word) {
            // Classify the gap; the strongest separator wins.
            Separator s = Separator::other;
            if (c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F || c == '\n') gap_space = true;
            if (c == ' ' || c == '\t' || c == 0xA0 || c == 0x202F) s = Separator::space;
            else if (is_hyphen(c)) s = Separator::hyphen;
            else if (c == ',') s = Separator::comma;
            else if (is_apostrophe(c) || c == U'"' || c == U'“' || c == U'”' || c == U'«' || c == U'»') s = Separator::other;
            // "50,000 troops": a comma grouping a number's digits separates no
            // clauses or list items; it is read as the space of "50 000".
            if (c == ',' && !tokens.empty() && tokens.back().full_end == start && pos < text.size() &&
                text[pos] >= '0' && text[pos] <= '9' && text[start - 1] >= '0' && text[start - 1] <= '9')
                s = Separator::space;
            // ("с. Безсалівка", "н.п. Малинівка": the stop of a place word's
            // abbreviation is a space; it starts no sentence.)
            if (c == '.' && !tokens.empty() && tokens.back().full_end == start && tokens.back().cyrillic &&
                place_word_abbreviation(tokens.back().key)) {
                if (pending == Separator::none) pending = Separator::space;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') sentence_start = true;
            // A comma after the stop: it ended an abbreviation ("(Запорізька обл.), Степового").
            else if (c == ',') sentence_start = false;
            if (pending == Separator::none && tokens.empty()) continue;
            if (static_cast<int>(s) > static_cast<int>(pending) || pending == Separator::none) pending = s;
            continue;
        }
        // A word: letters, digits, marks, and apostrophes between letters.
        Token t;
        t.begin = start;
        bool ascii = c < 0x80;
        bool first_upper = is_upper(c);
        int letters = is_alpha(c) ? 1 : 0;
        int uppers = first_upper ? 1 : 0;
        t.cyrillic = c >= 0x0400 && c <= 0x052F;
        std::size_t end = pos;
        bool dotted = false;  // "U.S.", "W.Va.": an abbreviation written with stops
        std::size_t segment = start;  // where the word's current dotted segment starts
        while (pos < text.size()) {
            // "U.S.", "U.K.", "W.Va.", "D.C.": capital-led segments of one or two
            // letters joined by stops make one word.
            if (text[pos] == '.' && pos + 1 < text.size() && pos - segment <= 2 && text[segment] >= 'A' && text[segment] <= 'Z' &&
                text[pos + 1] >= 'A' && text[pos + 1] <= 'Z' &&
                (pos + 2 >= text.size() || text[pos + 2] == '.' ||
                 (text[pos + 2] >= 'a' && text[pos + 2] <= 'z' && pos + 3 < text.size() && text[pos + 3] == '.'))) {
                dotted = true;
                segment = ++pos;
                continue;
            }
            // Letters and digits of ASCII words without a call or a decode.
            if (const auto b = static_cast<unsigned char>(text[pos]); b < 0x80 && b != '\'' && b != '`') {
                const bool upper_letter = b >= 'A' && b <= 'Z';
                const bool lower_letter = b >= 'a' && b <= 'z';
                if (!upper_letter && !lower_letter && !(b >= '0' && b <= '9')) break;
                letters += upper_letter || lower_letter;
                uppers += upper_letter;
                end = ++pos;
                continue;
            }
            std::size_t before = pos;
            char32_t d = decode_utf8(text, pos);
            if (is_word_char(d)) {
                if (d >= 0x80) ascii = false;
                if (is_alpha(d)) {
                    ++letters;
                    if (is_upper(d)) ++uppers;
                }
                end = pos;
                continue;
            }
            if (is_apostrophe(d) && pos < text.size()) {
                std::size_t look = pos;
                char32_t e = decode_utf8(text, look);
                if (is_word_char(e)) {  // apostrophe inside a word
                    if (d >= 0x80) ascii = false;
                    end = pos;
                    continue;
                }
            }
            pos = before;
            break;
        }
        // The abbreviation's closing stop is its own ("the U.S. said").
        if (dotted && end < text.size() && text[end] == '.') pos = ++end;
        t.end = t.full_end = end;
        // "B.C.'s minister": the possessive after the closing stop.
        if (dotted && text[end - 1] == '.')
            for (std::string_view suffix : {"'s", "’s", "'S", "’S"}) {
                if (!text.substr(end).starts_with(suffix)) continue;
                std::size_t look = end + suffix.size();
                if (look < text.size() && is_word_char(decode_utf8(text, look))) break;
                t.possessive = true;
                t.full_end = pos = end + suffix.size();
                break;
            }
        std::string_view word = text.substr(t.begin, end - t.begin);
        // "Moscow&#039;s": feed summaries that keep the HTML escape of the apostrophe.
        if (end < text.size() && text[end] == '&')
            for (std::string_view escaped : {"&#039;", "&#39;", "&#x27;", "&apos;", "&rsquo;", "&#8217;"}) {
                const std::size_t s_at = end + escaped.size();
                if (!text.substr(end).starts_with(escaped) || s_at >= text.size() || (text[s_at] != 's' && text[s_at] != 'S'))
                    continue;
                std::size_t look = s_at + 1;
                if (look < text.size() && is_word_char(decode_utf8(text, look))) continue;
                t.possessive = true;
                t.full_end = pos = s_at + 1;
                break;
            }
        // Possessive: "Ukraine's", "Kursk’s" -> key without "'s".
        const bool ends_in_s = !word.empty() && (word.back() == 's' || word.back() == 'S');
        for (std::string_view suffix : {"'s", "’s", "‘s", "`s", "'S", "’S", "ʼs"}) {
            if (!ends_in_s) break;
            if (word.size() > suffix.size() + 1 && word.ends_with(suffix)) {
                t.possessive = true;
                t.end = end - suffix.size();
                if (suffix.back() == 's') --letters;  // "UK's" is upper case
                word = word.substr(0, word.size() - suffix.size());
                break;
            }
        }
        // ("Khаrkiv" with a Cyrillic "а": the key in the word's own script.)
        if (std::string one_script = (ascii || (t.cyrillic && !has_latin_letter(word))) ? std::string() : single_script(word);
            !one_script.empty()) {
            fold_word(one_script, t.key);
            std::size_t at = 0;
            const char32_t first = decode_utf8(one_script, at);
            t.cyrillic = first >= 0x0400 && first <= 0x052F;
        } else {
            fold_cached(word, ascii, t.key);
        }
        if (dotted) std::erase(t.key, '.');
        t.capitalised = first_upper;
        t.upper = letters >= 2 && uppers == letters;
        if (first_upper && !t.upper && uppers >= 2 && word.size() > 1) {
            std::size_t q = 0;
            decode_utf8(word, q);
            t.inflected_acronym = q < word.size() && is_upper(decode_utf8(word, q));
        }
        t.before = tokens.empty() ? Separator::none : (pending == Separator::none ? Separator::space : pending);
        t.sentence_start = sentence_start;
        // ("08:18 В Киеве прогремели взрывы", "14:05 — In Kyiv ...": a live
        // entry's clock time opens its sentence; the word after it does too.)
        const bool clock_minutes = sentence_start && tokens.size() >= 1 && end - t.begin == 2 &&
                                   std::all_of(word.begin(), word.end(), [](char d) { return d >= '0' && d <= '9'; }) &&
                                   t.begin >= 1 && (text[t.begin - 1] == ':' || text[t.begin - 1] == '.') &&
                                   tokens.back().full_end + 1 == t.begin;
        sentence_start = clock_minutes;
        t.spaced = gap_space;
        pending = Separator::none;
        gap_space = false;
        tokens.push_back(std::move(t));
    }
    return tokens;
}

}  // namespace frontline
