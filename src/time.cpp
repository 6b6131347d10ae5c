#include "frontline/time.hpp"

#include <cstdio>

namespace frontline {

std::string format_date(Date d) {
    std::chrono::year_month_day ymd{d};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

std::string format_timestamp(Timestamp t) {
    auto day = std::chrono::floor<std::chrono::days>(t);
    std::chrono::hh_mm_ss hms{t - day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02dZ", format_date(day).c_str(), int(hms.hours().count()),
                  int(hms.minutes().count()), int(hms.seconds().count()));
    return buf;
}

namespace {
bool digits(std::string_view s, size_t pos, size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}
}  // namespace

std::optional<Timestamp> parse_iso_timestamp(std::string_view s) {
    int y, mo, d, h = 0, mi = 0, se = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d))
        return std::nullopt;
    std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{unsigned(mo)}, std::chrono::day{unsigned(d)}};
    if (!ymd.ok()) return std::nullopt;
    size_t p = 10;
    int offset_minutes = 0;
    if (p < s.size() && (s[p] == 'T' || s[p] == ' ')) {
        if (!digits(s, p + 1, 2, h) || p + 3 >= s.size() || s[p + 3] != ':' || !digits(s, p + 4, 2, mi))
            return std::nullopt;
        p += 6;
        if (p < s.size() && s[p] == ':') {
            if (!digits(s, p + 1, 2, se)) return std::nullopt;
            p += 3;
            if (p < s.size() && s[p] == '.')
                for (++p; p < s.size() && s[p] >= '0' && s[p] <= '9'; ++p) {}
        }
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) {
            int oh, om = 0;
            if (!digits(s, p + 1, 2, oh)) return std::nullopt;
            size_t q = p + 3;
            if (q < s.size() && s[q] == ':') ++q;
            digits(s, q, 2, om);
            offset_minutes = (oh * 60 + om) * (s[p] == '-' ? -1 : 1);
        }
        if (h > 23 || mi > 59 || se > 60) return std::nullopt;
    }
    return std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi - offset_minutes} +
           std::chrono::seconds{se};
}

}  // namespace frontline
