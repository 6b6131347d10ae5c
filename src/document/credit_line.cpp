// Credit lines: which bytes of a line name the people who wrote or edited it.
#include "frontline/document/credit_line.hpp"

#include <array>
#include <cctype>
#include <string>

namespace frontline {

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The end of the names after a "by" at `from`: a ";", the line's end, or
// " in " (the place the writer is, which stays a place).
std::size_t names_end(std::string_view line, std::size_t from) {
    std::size_t end = line.size();
    if (const std::size_t semi = line.find(';', from); semi != std::string_view::npos) end = semi;
    if (const std::size_t in = line.find(" in ", from); in != std::string_view::npos && in < end) end = in;
    return end;
}

// "By Charlotte Edwards, Sydney Ember and Florence Lo": a short line whose
// words after "By" are all capitalised but for "and" (not "By late June,
// Russian troops ...", nor "By Sunday ...").
bool byline(std::string_view line) {
    if (line.size() > 160 || !(line.starts_with("By ") || line.starts_with("BY "))) return false;
    static constexpr std::array<std::string_view, 17> not_names = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march",  "april",   "june",      "july",     "august", "september", "october", "november"};
    std::size_t words = 0;
    std::size_t at = 3;
    while (at < line.size()) {
        while (at < line.size() && (line[at] == ' ' || line[at] == ',' || line[at] == '.')) ++at;
        std::size_t e = at;
        while (e < line.size() && line[e] != ' ' && line[e] != ',') ++e;
        if (e == at) break;
        const std::string_view w = line.substr(at, e - at);
        const std::string l = lower(w);
        if (l == "and" || l == "in") {
            at = e;
            if (l == "in") break;
            continue;
        }
        if (!std::isupper(static_cast<unsigned char>(w[0])) && static_cast<unsigned char>(w[0]) < 0x80) return false;
        if (words == 0)
            for (std::string_view n : not_names)
                if (l == n || l == "the" || l == "late" || l == "early" || l == "mid") return false;
        ++words;
        at = e;
    }
    return words >= 2;
}

}  // namespace

bool in_credit_names(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return false;
    // (A credit line is short: no more than 300 bytes are searched either side.)
    constexpr std::size_t longest = 300;
    const std::size_t from = pos > longest ? pos - longest : 0;
    const std::size_t nl_before = text.substr(from, pos - from).rfind('\n');
    if (nl_before == std::string_view::npos && from > 0) return false;
    const std::size_t begin = nl_before == std::string_view::npos ? 0 : from + nl_before + 1;
    const std::size_t nl_after = text.substr(pos, longest).find('\n');
    if (nl_after == std::string_view::npos && pos + longest < text.size()) return false;
    const std::size_t e = nl_after == std::string_view::npos ? std::string_view::npos : pos + nl_after;
    std::string_view line = text.substr(begin, (e == std::string_view::npos ? text.size() : e) - begin);
    std::size_t lead = 0;
    while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '*' || line[lead] == '_')) ++lead;
    line.remove_prefix(lead);
    // (A credit line is short and holds "by": most lines are neither, and a
    // bulletin's one long line of names is asked once per name.)
    if (pos < begin + lead || line.size() > 300 || (line.find("by ") == std::string_view::npos && !line.starts_with("BY ") && !line.starts_with("By ")))
        return false;
    const std::size_t at = pos - begin - lead;
    if (byline(line) && at >= 3 && at < names_end(line, 3)) return true;
    // "Reporting by Max Hunder; Editing by Alex Richardson", "(Writing by ...)".
    const std::string l = lower(line);
    for (std::string_view credit : {"reporting by ", "editing by ", "writing by ", "edited by ", "compiled by ", "reported by ",
                                    "written by ", "translated by ", "graphics by ", "photos by ", "photo by "}) {
        for (std::size_t from = l.find(credit); from != std::string::npos; from = l.find(credit, from + 1)) {
            // (Where a credit stands: at the line's start or after "(" or ";",
            // with a capitalised name after it; "explosions were reported by
            // residents of Kharkiv" credits no one.)
            std::size_t lead_in = from;
            while (lead_in > 0 && line[lead_in - 1] == ' ') --lead_in;
            const bool opens = lead_in == 0 || line[lead_in - 1] == '(' || line[lead_in - 1] == ';';
            const std::size_t names = from + credit.size();
            if (!opens || names >= line.size() || !std::isupper(static_cast<unsigned char>(line[names]))) continue;
            if (at >= names && at < names_end(line, names)) return true;
        }
    }
    return false;
}

}  // namespace frontline
