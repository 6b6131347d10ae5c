#pragma once
// The key of an event and what is derived from it: the hashes behind
// event_id and report identity, the date window a mention falls in, and the
// interned form of the key (EventKeyId). Private to EventBuilder.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "frontline/mention.hpp"
#include "frontline/time.hpp"

namespace frontline::events_detail {

// ---- hashing ---------------------------------------------------------------

inline std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 0xcbf29ce484222325ULL) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

inline std::uint64_t splitmix_final(std::uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/// Hash of a sentence with whitespace runs folded and ends trimmed, so a
/// paragraph re-flowed by an update still counts as the same report text.
inline std::uint64_t sentence_hash(std::string_view s) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    bool pending_space = false, any = false;
    for (unsigned char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            pending_space = any;
            continue;
        }
        if (pending_space) {
            h ^= ' ';
            h *= 0x100000001b3ULL;
            pending_space = false;
        }
        h ^= c;
        h *= 0x100000001b3ULL;
        any = true;
    }
    return splitmix_final(h);
}

// ---- dates -----------------------------------------------------------------

// The event windows are the spans of the date precisions (claim_vocabulary.hpp).
using Window = DateSpan;

struct DateWindow {
    Window kind = Window::none;
    std::optional<Date> date;  ///< the window's representative date
};

inline DateWindow window_of(const Mention& m) {
    using namespace std::chrono;
    DateWindow w;
    if (!m.event_date) return w;
    // A date without a precision counts as a day.
    w.kind = info(m.date_precision.value_or(DatePrecision::day)).span;
    const Date d = *m.event_date;
    switch (w.kind) {
        case Window::month: {
            const year_month_day ymd{d};
            w.date = sys_days{ymd.year() / ymd.month() / 1};
            break;
        }
        case Window::week: {
            const unsigned iso = weekday{d}.iso_encoding();  // 1 = Monday .. 7 = Sunday
            w.date = d - days{iso - 1};
            break;
        }
        case Window::day: w.date = d; break;
        case Window::none: break;
    }
    return w;
}

/// "2024-11-07" (day), "2024-W45" (ISO week), "2024-11" (month), "unknown".
inline std::string window_label(Window kind, Date d) {
    using namespace std::chrono;
    char buf[32];
    switch (kind) {
        case Window::day: return format_date(d);
        case Window::week: {
            const Date thursday = d + days{3};  // d is the Monday
            const year iso_year = year_month_day{thursday}.year();
            const Date jan1 = sys_days{iso_year / January / 1};
            const int week = int((thursday - jan1).count() / 7) + 1;
            std::snprintf(buf, sizeof buf, "%04d-W%02d", int(iso_year), week);
            return buf;
        }
        case Window::month: {
            const year_month_day ymd{d};
            std::snprintf(buf, sizeof buf, "%04d-%02u", int(ymd.year()), unsigned(ymd.month()));
            return buf;
        }
        case Window::none: break;
    }
    return "unknown";
}

struct EventKey {
    std::string place_id;
    ClaimType claim;
    std::string actor_side;  ///< "" when missing
    std::string window;      ///< label
};

/// EventKey as pool indexes and the window as kind + day number.
struct EventKeyId {
    std::uint32_t place;
    ClaimType claim;
    std::uint32_t side;                // pool index of "" when missing
    Window window;
    std::int32_t window_day;           // days since 1970 of the window's date; 0 for unknown

    bool operator==(const EventKeyId&) const = default;
};

/// A total order over keys (any order would do: it only brings equal keys together).
inline auto key_order(const EventKeyId& k) {
    return std::tuple(k.place, k.claim, k.side, static_cast<std::uint8_t>(k.window), k.window_day);
}

struct EventKeyIdHash {
    std::size_t operator()(const EventKeyId& k) const noexcept {
        std::uint64_t h = k.place;
        h = h * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(k.claim);
        h = h * 0x9e3779b97f4a7c15ULL + k.side;
        h = h * 0x9e3779b97f4a7c15ULL + static_cast<std::uint64_t>(k.window);
        h = h * 0x9e3779b97f4a7c15ULL + static_cast<std::uint32_t>(k.window_day);
        return static_cast<std::size_t>(splitmix_final(h));
    }
};

/// The number an event_id spells; ids are fixed-width hex, so they sort as these numbers do.
inline std::uint64_t event_number(std::string_view place_id, std::string_view claim, std::string_view actor_side,
                                  std::string_view window) {
    std::uint64_t h = fnv1a(place_id);
    h = fnv1a("|", h);
    h = fnv1a(claim, h);
    h = fnv1a("|", h);
    h = fnv1a(actor_side, h);
    h = fnv1a("|", h);
    h = fnv1a(window, h);
    return splitmix_final(h);
}

inline std::string event_id_text(std::uint64_t h) {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

}  // namespace frontline::events_detail
