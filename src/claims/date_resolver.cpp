#include "frontline/claims/date_resolver.hpp"

#include <array>
#include <charconv>

namespace frontline {

namespace {

using namespace std::chrono;

constexpr std::array<std::string_view, 12> month_names = {"january", "february", "march",     "april",   "may",      "june",
                                                          "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> weekday_names = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

int month_of(std::string_view w) {
    for (std::size_t i = 0; i < month_names.size(); ++i)
        if (w == month_names[i] || (w.size() == 3 && month_names[i].starts_with(w) && w != "may")) return static_cast<int>(i) + 1;
    if (w == "sept") return 9;
    return 0;
}

int weekday_of(std::string_view w) {
    for (std::size_t i = 0; i < weekday_names.size(); ++i)
        if (w == weekday_names[i]) return static_cast<int>(i);
    return -1;
}

int day_number(std::string_view w) {
    // "4", "04", "4th", "21st"
    int v = 0;
    auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc() || v < 1 || v > 31) return 0;
    std::string_view rest(p, w.data() + w.size() - p);
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    return v;
}

// The latest date with this month and day not after the reference.
Date date_before(Date ref, int month, int day) {
    year_month_day r{ref};
    year_month_day d{r.year(), std::chrono::month(static_cast<unsigned>(month)), std::chrono::day(static_cast<unsigned>(day))};
    if (!d.ok()) return ref;
    if (sys_days{d} > ref + days{1}) d = year_month_day{r.year() - years{1}, d.month(), d.day()};
    return sys_days{d};
}

}  // namespace

EventDate resolve_event_date(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                             std::optional<Timestamp> reference) {
    if (!reference) return {std::nullopt, "unknown", "no report date"};
    Date ref = floor<days>(*reference);
    auto key = [&](std::size_t i) -> std::string_view { return i < end ? std::string_view(tokens[i].key) : std::string_view(); };
    for (std::size_t i = begin; i < end; ++i) {
        std::string_view w = tokens[i].key;
        if (w == "yesterday") return {ref - days{1}, "day", "yesterday"};
        if (w == "today" || (w == "this" && (key(i + 1) == "morning" || key(i + 1) == "afternoon" || key(i + 1) == "evening")))
            return {ref, "day", std::string(w)};
        if (w == "tonight") return {ref, "day", "tonight"};
        if (w == "last" && key(i + 1) == "night") return {ref - days{1}, "day", "last night"};
        if (w == "overnight") return {ref, "day", "overnight"};
        if (int d = day_number(w)) {  // "4 November"
            if (int m = month_of(key(i + 1))) return {date_before(ref, m, d), "day", std::string(w) + " " + std::string(key(i + 1))};
        }
        if (int m = month_of(w); m && w != "may") {  // "November 4", else "in August"
            if (int d = day_number(key(i + 1))) return {date_before(ref, m, d), "day", std::string(w) + " " + std::string(key(i + 1))};
            bool in = i > begin && (tokens[i - 1].key == "in" || tokens[i - 1].key == "since" || tokens[i - 1].key == "early" ||
                                    tokens[i - 1].key == "late" || tokens[i - 1].key == "mid");
            if (in && tokens[i].capitalised) {
                Date first = date_before(ref, m, 1);
                return {first, "month", std::string(tokens[i - 1].key) + " " + std::string(w)};
            }
        }
        if (int wd = weekday_of(w); wd >= 0 && tokens[i].capitalised) {
            int ref_wd = static_cast<int>(weekday{ref}.c_encoding());
            int back = (ref_wd - wd + 7) % 7;
            return {ref - days{back}, "day", "on " + std::string(w)};
        }
        if (w == "last" && key(i + 1) == "week") return {ref - days{7}, "week", "last week"};
        if ((w == "last" || w == "past") && (key(i + 1) == "month" || key(i + 1) == "months")) {
            year_month_day r{ref};
            year_month_day prev = year_month_day{r.year(), r.month(), std::chrono::day{1}} - months{1};
            return {sys_days{prev}, "month", "last month"};
        }
    }
    return {ref, "report_day", "the report's day"};
}

}  // namespace frontline
