#include "frontline/claims/date_resolver.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "frontline/claims/sentence_reading.hpp"  // clause_break

namespace frontline {


int year_number(std::string_view w) {
    int v = 0;
    if (w.size() != 4) return 0;
    const auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc() || p != w.data() + w.size()) return 0;
    return v >= 1900 && v <= 2100 ? v : 0;
}

namespace {

// "since", "з", "із", "зі", "від", "с", "со": the word before a day an
// ongoing event is measured from.
bool since_word(std::string_view w) {
    static constexpr std::string_view words[] = {"since", "з", "із", "зі", "від", "с", "со"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

using namespace std::chrono;

constexpr std::array<std::string_view, 12> month_names = {"january", "february", "march",     "april",   "may",      "june",
                                                          "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> weekday_names = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

// Ukrainian and Russian month names in the cases dates use: nominative,
// genitive ("4 листопада", "4 ноября") and locative ("у листопаді", "в ноябре").
constexpr std::array<std::array<std::string_view, 6>, 12> cyrillic_months = {{
    {"січень", "січня", "січні", "январь", "января", "январе"},
    {"лютий", "лютого", "лютому", "февраль", "февраля", "феврале"},
    {"березень", "березня", "березні", "март", "марта", "марте"},
    {"квітень", "квітня", "квітні", "апрель", "апреля", "апреле"},
    {"травень", "травня", "травні", "май", "мая", "мае"},
    {"червень", "червня", "червні", "июнь", "июня", "июне"},
    {"липень", "липня", "липні", "июль", "июля", "июле"},
    {"серпень", "серпня", "серпні", "август", "августа", "августе"},
    {"вересень", "вересня", "вересні", "сентябрь", "сентября", "сентябре"},
    {"жовтень", "жовтня", "жовтні", "октябрь", "октября", "октябре"},
    {"листопад", "листопада", "листопаді", "ноябрь", "ноября", "ноябре"},
    {"грудень", "грудня", "грудні", "декабрь", "декабря", "декабре"},
}};

// (Most words a report holds are no Cyrillic word: one byte tells.)
bool cyrillic_word(std::string_view w) { return !w.empty() && static_cast<unsigned char>(w.front()) >= 0x80; }

int cyrillic_month_of(std::string_view w) {
    if (!cyrillic_word(w)) return 0;
    for (std::size_t i = 0; i < cyrillic_months.size(); ++i)
        for (std::string_view m : cyrillic_months[i])
            if (w == m) return static_cast<int>(i) + 1;
    return 0;
}

// Weekdays as "on Monday" writes them: "у понеділок", "в понедельник", "в среду".
int cyrillic_weekday_of(std::string_view w) {
    if (!cyrillic_word(w)) return -1;
    // (and their genitives: "минулої суботи", "в ночь со вторника на среду")
    static constexpr std::array<std::array<std::string_view, 5>, 7> names = {{
        {"неділю", "неділя", "воскресенье", "неділі", "воскресенья"},
        {"понеділок", "понедельник", "понеділка", "понедельника", ""},
        {"вівторок", "вторник", "вівторка", "вторника", ""},
        {"середу", "среду", "середа", "середи", "среды"},
        {"четвер", "четверг", "четверга", "", ""},
        {"пятницю", "пятницу", "пятниця", "пятниці", "пятницы"},
        {"суботу", "субботу", "субота", "суботи", "субботы"},
    }};
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::string_view n : names[i])
            if (!n.empty() && w == n) return static_cast<int>(i);
    return -1;
}

int month_of(std::string_view w) {
    if (int m = cyrillic_month_of(w)) return m;
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

int number(std::string_view w, std::string_view* rest = nullptr) {
    int v = 0;
    auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
    if (ec != std::errc()) return -1;
    if (rest) *rest = std::string_view(p, w.data() + w.size() - p);
    else if (p != w.data() + w.size()) return -1;
    return v;
}

int day_number(std::string_view w) {
    // "4", "04", "4th", "21st"
    std::string_view rest;
    int v = number(w, &rest);
    if (v < 1 || v > 31) return 0;
    if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
    return v;
}

// "3", "three" (up to ten): a count of days.
int count_of(std::string_view w) {
    static constexpr std::array<std::string_view, 10> words = {"one", "two", "three", "four", "five",
                                                               "six", "seven", "eight", "nine", "ten"};
    for (std::size_t i = 0; i < words.size(); ++i)
        if (w == words[i]) return static_cast<int>(i) + 1;
    const int v = number(w);
    return v >= 1 && v <= 31 ? v : 0;
}

// ... and in Ukrainian and Russian words ("два", "три"), beside the digits.
// (Keys are folded without apostrophes: "п'ять" is "пять".)
int any_count_of(std::string_view w) {
    static constexpr std::pair<std::string_view, int> words[] = {{"один", 1}, {"одна", 1}, {"два", 2}, {"дві", 2},
                                                                  {"три", 3}, {"чотири", 4}, {"четыре", 4}, {"пять", 5}};
    for (auto [word, n] : words)
        if (w == word) return n;
    return count_of(w);
}


// The date with this month and day: in `year` when printed; in a narrative
// (an anchor date earlier in the text), the first one from two months before
// the anchor on (stories move forward); else the latest one not after the
// day following the reference (reports look back), unless it is at most two
// weeks ahead (a plan or a forecast).
Date date_of(const DateContext& context, int year, int month, int day) {
    const Date ref = context.reference;
    // ("said on April 5" in a report of April 5 that recalls "May 20, 2023"
    // only later: a day of the report's own week, before any year the text
    // writes, is the report's.)
    if (!year && context.narrative && context.narrative_only_later) {
        const year_month_day r{ref};
        const year_month_day own{r.year(), std::chrono::month(static_cast<unsigned>(month)), std::chrono::day(static_cast<unsigned>(day))};
        if (own.ok() && sys_days{own} <= ref + days{1} && sys_days{own} + days{7} >= ref) return sys_days{own};
    }
    if (!year && context.narrative) {
        year_month_day a{*context.narrative};
        year_month_day d{a.year(), std::chrono::month(static_cast<unsigned>(month)), std::chrono::day(static_cast<unsigned>(day))};
        if (!d.ok()) return ref;
        if (sys_days{d} < *context.narrative - days{60}) {
            // A history's sections go back in time ("Background" after a lead
            // that told the end): the next year is taken only where the text
            // names it or the day follows the anchor within three months.
            const year_month_day next{a.year() + years{1}, d.month(), d.day()};
            const int y = static_cast<int>(next.year());
            if (std::binary_search(context.narrative_years.begin(), context.narrative_years.end(), y) ||
                sys_days{next} <= *context.narrative + days{90})
                d = next;
        }
        if (sys_days{d} <= ref + days{1}) return sys_days{d};
    }
    year_month_day r{ref};
    std::chrono::year y = year ? std::chrono::year{year} : r.year();
    year_month_day d{y, std::chrono::month(static_cast<unsigned>(month)), std::chrono::day(static_cast<unsigned>(day))};
    if (!d.ok()) return ref;
    // (A day a week or two ahead is one the report looks forward to: "on 25
    // May the units will start to leave", said on 21 May; not last year's.)
    if (!year && sys_days{d} > ref + days{14}) d = year_month_day{r.year() - years{1}, d.month(), d.day()};
    return sys_days{d};
}

bool relative_word(std::string_view w) {
    return w == "which" || w == "where" || w == "who" || w == "whose" || w == "that" || w == "when";
}

// First token of the clause holding token i (clauses end at commas and
// sentence punctuation).
std::size_t clause_begin(const std::vector<Token>& tokens, std::size_t begin, std::size_t i) {
    while (i > begin && !clause_break(tokens[i])) --i;
    return i;
}

// One phrase starting at token i, or nullopt.
// The characters between token k-1 and token k.
std::string_view gap_before(const std::vector<Token>& tokens, std::string_view text, std::size_t k) {
    if (text.empty() || k == 0 || k >= tokens.size()) return {};
    return text.substr(tokens[k - 1].full_end, tokens[k].begin - tokens[k - 1].full_end);
}

// A number of one or two digits in [1, limit].
int small_number(std::string_view w, int limit) {
    if (w.empty() || w.size() > 2) return 0;
    const int v = number(w);
    return v >= 1 && v <= limit ? v : 0;
}

std::optional<DatePhrase> phrase_at(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, std::size_t i,
                                    const DateContext& context) {
    const Date ref = context.reference;
    auto key = [&](std::size_t k) -> std::string_view { return k < end ? std::string_view(tokens[k].key) : std::string_view(); };
    auto make = [&](std::size_t last, std::optional<Date> d, DatePrecision precision, std::string basis) {
        return DatePhrase{i, last, EventDate{d, precision, std::move(basis)}, std::nullopt};
    };
    auto time_of_day = [](DatePhrase p) {
        p.time_of_day = true;
        return p;
    };
    std::string_view w = tokens[i].key;
    // The day phrase at token k, said from token i on ("overnight into
    // Saturday", "утром 11 ноября"): the day named, not the report's.
    auto named_day = [&](std::size_t k, const std::string& said) -> std::optional<DatePhrase> {
        if (k >= end) return std::nullopt;
        auto day = phrase_at(tokens, begin, end, k, context);
        // ("утром в среду", "вранці у вівторок": the weekday after its preposition.)
        if (!day && k + 1 < end && (tokens[k].key == "в" || tokens[k].key == "у" || tokens[k].key == "во"))
            day = phrase_at(tokens, begin, end, k + 1, context);
        if (!day || day->date.precision != DatePrecision::day) return std::nullopt;
        const std::string& named = day->date.basis;
        day->first = i;
        day->date.basis = said + " " + (named.starts_with("on ") ? named.substr(3) : named);
        return day;
    };
    // Whether the date at token k is said of a night: "the night of", "overnight
    // on", "overnight between", "ночь с", "ніч з".
    auto night_before = [&](std::size_t k) {
        if (k < begin + 1) return false;
        const std::string_view link = tokens[k - 1].key;
        const bool linked = link == "of" || link == "on" || link == "between" || link == "from" || link == "с" || link == "з";
        const std::string_view night = linked ? (k >= begin + 2 ? std::string_view(tokens[k - 2].key) : std::string_view()) : link;
        return night == "overnight" || (linked && (night == "night" || night == "ночь" || night == "ніч"));
    };
    // The latest day of weekday `wd` (0 = Sunday) up to the reference, and the
    // Monday of the reference's week.
    auto latest = [&](int wd) { return ref - days{(static_cast<int>(weekday{ref}.c_encoding()) - wd + 7) % 7}; };
    auto monday = [&] { return ref - days{weekday{ref}.iso_encoding() - 1}; };
    if (w == "day" && key(i + 1) == "before" && key(i + 2) == "yesterday") {
        DatePhrase p = make(i + 3, ref - days{2}, DatePrecision::day, "the day before yesterday");
        if (i > begin && tokens[i - 1].key == "the") p.first = i - 1;
        return p;
    }
    if (w == "yesterday") return make(i + 1, ref - days{1}, DatePrecision::day, "yesterday");
    // "the previous day", "a day earlier": the day before the report's, or
    // before the day the sentence names first (find_date_phrases).
    if ((w == "previous" && key(i + 1) == "day") || (w == "day" && key(i + 1) == "earlier" && i > begin && tokens[i - 1].key == "a")) {
        DatePhrase p = make(i + 2, ref - days{1}, DatePrecision::day, w == "previous" ? "the previous day" : "a day earlier");
        if (i > begin && (tokens[i - 1].key == "the" || tokens[i - 1].key == "a")) p.first = i - 1;
        p.day_before = true;
        return p;
    }
    // "the next day", "the following day", "наступного дня", "на следующий
    // день": the day after one the sentence named first (find_date_phrases).
    if (((w == "next" || w == "following") && key(i + 1) == "day" && i > begin && tokens[i - 1].key == "the") ||
        ((w.starts_with("наступн") || w.starts_with("следующ")) && (key(i + 1) == "дня" || key(i + 1) == "день"))) {
        DatePhrase p = make(i + 2, ref + days{1}, DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
        if (i > begin && tokens[i - 1].key == "the") p.first = i - 1;
        p.day_after = true;
        return p;
    }
    // Days of the calendar named as holidays: "on Christmas Day", "on New
    // Year's Eve", "у новорічну ніч" (the night that opens 1 January).
    if (w == "christmas" && (key(i + 1) == "eve" || key(i + 1) == "day"))
        return make(i + 2, date_of(context, 0, 12, key(i + 1) == "eve" ? 24 : 25), DatePrecision::day,
                    "christmas " + std::string(key(i + 1)));
    if (w == "new" && (key(i + 1) == "year" || key(i + 1) == "years") && (key(i + 2) == "eve" || key(i + 2) == "day")) {
        const bool eve = key(i + 2) == "eve";
        return make(i + 3, date_of(context, 0, eve ? 12 : 1, eve ? 31 : 1), DatePrecision::day,
                    eve ? "new year's eve" : "new year's day");
    }
    if ((w == "новорічну" || w == "новогоднюю") && (key(i + 1) == "ніч" || key(i + 1) == "ночь"))
        return make(i + 2, date_of(context, 0, 1, 1), DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
    // "today", "тепер", "сейчас": the report's day, not the day before
    // told a clause earlier ("Ще вчора захопили X, звідки тепер тиснуть на Y").
    static constexpr std::string_view present[] = {"today", "currently", "сьогодні", "сегодня", "нині", "ныне", "тепер",
                                                   "теперь", "зараз", "сейчас", "наразі"};
    if (std::find(std::begin(present), std::end(present), w) != std::end(present)) {
        DatePhrase p = make(i + 1, ref, DatePrecision::day, std::string(w));
        p.present = true;
        return p;
    }
    if (w == "this" && (key(i + 1) == "morning" || key(i + 1) == "afternoon" || key(i + 1) == "evening"))
        return time_of_day(make(i + 2, ref, DatePrecision::day, "this " + std::string(key(i + 1))));
    if (w == "tonight") return time_of_day(make(i + 1, ref, DatePrecision::day, "tonight"));
    // A night ends on the morning that reports it: "last night" is the
    // report's day, as bulletins date what happened "over the past day".
    if (w == "last" && key(i + 1) == "night") return make(i + 2, ref, DatePrecision::day, "last night");
    // "overnight into Saturday", "overnight on November 12": the night ends
    // on the day named.
    if (w == "overnight" && (key(i + 1) == "into" || key(i + 1) == "on" || key(i + 1) == "to"))
        if (auto day = named_day(i + 2, "overnight " + std::string(key(i + 1)))) return day;
    // ("overnight November 11-12", "overnight Saturday": the day right after it.)
    if (w == "overnight")
        if (auto day = named_day(i + 1, "overnight")) return day;
    if (w == "overnight") return time_of_day(make(i + 1, ref, DatePrecision::day, "overnight"));
    if ((w == "during" || w == "in") && key(i + 1) == "the" && key(i + 2) == "night")
        return time_of_day(make(i + 3, ref, DatePrecision::day, std::string(w) + " the night"));
    if (w == "at" && key(i + 1) == "night") return time_of_day(make(i + 2, ref, DatePrecision::day, "at night"));
    if ((w == "past" || w == "last") && key(i + 1) == "24" && key(i + 2) == "hours") {
        DatePhrase p = make(i + 3, ref, DatePrecision::day, std::string(w) + " 24 hours");
        p.date.span = true;
        return p;
    }
    // ("Over the past day" stays the report's day: the Russian defence
    // ministry's afternoon summary says it of that day, the General Staff's
    // morning one of the day before; the two read alike in English.)
    if ((w == "past" || w == "last") && key(i + 1) == "day" && i > begin && (tokens[i - 1].key == "the")) {
        DatePhrase p = make(i + 2, context.morning_bulletin ? ref - days{1} : ref, DatePrecision::day,
                            "the " + std::string(w) + " day" + (context.morning_bulletin ? " (of a morning bulletin)" : ""));
        p.first = i - 1;
        p.date.span = true;
        return p;
    }
    // Ukrainian and Russian relative days.
    // ("напередодні" is no day where a noun follows: "напередодні важливих днів"
    // is the eve of them; "напередодні ввечері", "напередодні, 2 жовтня" are
    // the day before.)
    // A part of the day: "ввечері", "утром".
    static constexpr std::string_view day_parts[] = {"утром", "вечером", "днем", "днём", "ночью", "вранці", "уранці", "зранку",
                                                     "ввечері", "увечері", "вдень", "удень", "вночі", "уночі"};
    auto day_part_at = [&](std::size_t k) { return std::find(std::begin(day_parts), std::end(day_parts), key(k)) != std::end(day_parts); };
    // ("Накануне удара, в субботу": the eve of another event, no day of its own.)
    static constexpr std::string_view eve_of[] = {"удар", "визит", "переговор", "выбор", "саммит", "встреч", "праздник",
                                                   "годовщин", "наступлен", "атак", "обстрел", "нападени"};
    if (w == "накануне" && i + 1 < end && tokens[i + 1].before == Separator::space &&
        std::any_of(std::begin(eve_of), std::end(eve_of), [&](std::string_view e) { return key(i + 1).starts_with(e); }))
        return std::nullopt;
    if (w == "вчора" || w == "вчера" || w == "учора" || w == "накануне") {
        // ("накануне утром", "вчора ввечері": the time of day is that day's, not today's.)
        const bool part = day_part_at(i + 1);
        DatePhrase p = make(i + (part ? 2 : 1), ref - days{1}, DatePrecision::day, std::string(w) + (part ? " " + std::string(key(i + 1)) : ""));
        // ("17 ноября ВСУ атаковали Белгород. А накануне ...": the eve of a day told before.)
        p.day_before = w == "накануне";
        return p;
    }
    // "днём ранее", "днем раньше", "за день до этого": the day before the one told before.
    if ((w == "днём" || w == "днем") && (key(i + 1) == "ранее" || key(i + 1) == "раньше")) {
        DatePhrase p = make(i + 2, ref - days{1}, DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
        p.day_before = true;
        return p;
    }
    if (w == "за" && key(i + 1) == "день" && key(i + 2) == "до" && (key(i + 3) == "этого" || key(i + 3) == "того" || key(i + 3) == "цього")) {
        DatePhrase p = make(i + 4, ref - days{1}, DatePrecision::day, "за день до " + std::string(key(i + 3)));
        p.day_before = true;
        return p;
    }
    if (w == "напередодні") {
        // (or the subject of the day's event: "Напередодні росіяни обстріляли X")
        static constexpr std::string_view subjects[] = {"росіяни", "окупанти", "ворог", "агресор", "противник",
                                                        "рашисти", "зсу",      "сили",  "військові"};
        // (a preposition opens the clause's own phrase: "Напередодні під
        // ударами опинилися X і Y", "напередодні в Харкові")
        static constexpr std::string_view prepositions[] = {"під", "у", "в", "на", "по", "з", "із", "біля", "поблизу", "над"};
        const bool alone = i + 1 >= end || tokens[i + 1].before == Separator::comma || tokens[i + 1].before == Separator::other ||
                           std::find(std::begin(prepositions), std::end(prepositions), key(i + 1)) != std::end(prepositions);
        if (alone || day_part_at(i + 1) || std::find(std::begin(subjects), std::end(subjects), key(i + 1)) != std::end(subjects)) {
            DatePhrase p = make(i + 1, ref - days{1}, DatePrecision::day, std::string(w));
            p.day_before = true;
            return p;
        }
    }
    if (w == "позавчора" || w == "позавчера") return make(i + 1, ref - days{2}, DatePrecision::day, std::string(w));
    // "по итогам вчерашнего дня", "протягом вчорашнього дня": yesterday's.
    if ((w.starts_with("вчерашн") || w.starts_with("вчорашн") || w.starts_with("учорашн")) &&
        (key(i + 1) == "дня" || key(i + 1) == "день" || key(i + 1) == "суток" || key(i + 1) == "доби"))
        return make(i + 2, ref - days{1}, DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
    // "внаслідок вчорашнього удару", "при вчерашнем обстреле": the event of
    // that day.
    if (w.starts_with("вчерашн") || w.starts_with("вчорашн") || w.starts_with("учорашн"))
        return make(i + 1, ref - days{1}, DatePrecision::day, std::string(w));
    if (w.starts_with("позавчорашн") || w.starts_with("позавчерашн")) return make(i + 1, ref - days{2}, DatePrecision::day, std::string(w));
    // "в течение ночи", "протягом ночі", "упродовж ночі": the night that ends on the report's day.
    if ((w == "ночи" || w == "ночі") && i > begin &&
        (tokens[i - 1].key == "течение" || tokens[i - 1].key == "протягом" || tokens[i - 1].key == "впродовж" ||
         tokens[i - 1].key == "упродовж")) {
        DatePhrase p = make(i + 1, ref, DatePrecision::day, std::string(tokens[i - 1].key) + " " + std::string(w));
        p.first = i - 1;
        return p;
    }
    // "за ніч", "за ночь": the night that ends on the report's day.
    if ((w == "ніч" || w == "ночь") && i > begin && tokens[i - 1].key == "за") {
        DatePhrase p = make(i + 1, ref, DatePrecision::day, "за " + std::string(w));
        p.first = i - 1;
        return p;
    }
    // "за минулу ніч", "за прошедшую ночь", "за минувшую ночь": the same night.
    if ((w == "ніч" || w == "ночь") && i > begin + 1 && tokens[i - 2].key == "за") {
        static constexpr std::string_view past[] = {"минулу", "прошедшую", "минувшую", "прошлую", "цю", "эту"};
        if (std::find(std::begin(past), std::end(past), tokens[i - 1].key) != std::end(past)) {
            DatePhrase p = make(i + 1, ref, DatePrecision::day, "за " + std::string(tokens[i - 1].key) + " " + std::string(w));
            p.first = i - 2;
            return p;
        }
    }
    if (w == "вночі" || w == "уночі" || w == "ночью" || w == "вранці" || w == "зранку" || w == "утром") {
        // ("утром 11 ноября", "вранці 11 листопада": the day named.)
        if (auto day = named_day(i + 1, std::string(w))) return day;
        return time_of_day(make(i + 1, ref, DatePrecision::day, std::string(w)));
    }
    // "минулої доби", "за минулу добу", "за прошедшие сутки": the morning
    // summary's previous day (an oblast head's 8 a.m. post, the General
    // Staff's morning report); "за добу", "цієї доби": the report's own day.
    const auto past_day = [&](std::size_t at) {
        static constexpr std::string_view past[] = {"минулої", "минулу", "минула", "прошедшие", "прошедших",
                                                    "минувшие", "минувших", "прошлые", "прошлых"};
        return at > begin && std::find(std::begin(past), std::end(past), tokens[at - 1].key) != std::end(past);
    };
    if ((w == "минулої" || w == "цієї" || w == "этой" || w == "прошлой" || w == "сегодняшней") &&
        (key(i + 1) == "ночі" || key(i + 1) == "ночью" || key(i + 1) == "доби")) {
        DatePhrase p = make(i + 2, w == "минулої" && key(i + 1) == "доби" ? ref - days{1} : ref, DatePrecision::day,
                            std::string(w) + " " + std::string(key(i + 1)));
        p.date.span = key(i + 1) == "доби";
        return p;
    }
    if (w == "добу" || w == "доби" || w == "сутки" || w == "суток") {
        // ("за прошедшие сутки": a Russian source's summary is of the day it is
        // posted, as the ministry's "over the past day" is in English.)
        const bool past = past_day(i) && (w == "добу" || w == "доби" || context.ukrainian_voice);
        DatePhrase p = make(i + 1, past || context.morning_bulletin ? ref - days{1} : ref, DatePrecision::day,
                            std::string(w) + (context.morning_bulletin && !past ? " (of a morning bulletin)" : ""));
        p.date.span = true;
        return p;
    }
    // ("за вівторок Сили оборони відбили 20 атак": a summary for that day.)
    if (int wd = cyrillic_weekday_of(w); wd >= 0 && i > begin &&
        (tokens[i - 1].key == "у" || tokens[i - 1].key == "в" || tokens[i - 1].key == "во" || tokens[i - 1].key == "за")) {
        DatePhrase p = make(i + 1, latest(wd), DatePrecision::day, std::string(tokens[i - 1].key) + " " + std::string(w));
        p.first = i - 1;
        return p;
    }
    // "минулої суботи", "у минулу п'ятницю", "в прошлую субботу", "в минувший
    // вторник": the last such day before the report's (a week back on that day).
    static constexpr std::string_view last_words[] = {"минулої", "минулого", "минулу", "минулий", "прошлую", "прошлый",
                                                      "прошлое", "прошлой", "минувшую", "минувший", "минувшее", "минувшей"};
    if (std::find(std::begin(last_words), std::end(last_words), w) != std::end(last_words))
        if (int wd = cyrillic_weekday_of(key(i + 1)); wd >= 0) {
            const Date day = latest(wd) == ref ? ref - days{7} : latest(wd);
            DatePhrase p = make(i + 2, day, DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
            if (i > begin && (tokens[i - 1].key == "у" || tokens[i - 1].key == "в" || tokens[i - 1].key == "во")) p.first = i - 1;
            return p;
        }
    // "цього понеділка", "цієї п'ятниці", "в этот вторник": this week's day, the latest such.
    static constexpr std::string_view this_words[] = {"цього", "цієї", "цю", "цей", "этот", "эту", "это", "этого", "этой"};
    if (std::find(std::begin(this_words), std::end(this_words), w) != std::end(this_words))
        if (int wd = cyrillic_weekday_of(key(i + 1)); wd >= 0) {
            DatePhrase p = make(i + 2, latest(wd), DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
            if (i > begin && (tokens[i - 1].key == "у" || tokens[i - 1].key == "в" || tokens[i - 1].key == "во")) p.first = i - 1;
            return p;
        }
    // "в ночь со вторника на среду", "у ніч з вівторка на середу": the night
    // ends on the second day.
    if ((w == "ночь" || w == "ніч") && (key(i + 1) == "с" || key(i + 1) == "со" || key(i + 1) == "з" || key(i + 1) == "із") &&
        cyrillic_weekday_of(key(i + 2)) >= 0 && key(i + 3) == "на")
        if (int wd = cyrillic_weekday_of(key(i + 4)); wd >= 0)
            return make(i + 5, latest(wd), DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)) + " " +
                                                                   std::string(key(i + 2)) + " на " + std::string(key(i + 4)));
    // "тиждень тому", "неделю назад": as "a week ago".
    if ((w == "тиждень" || w == "неделю") && (key(i + 1) == "тому" || key(i + 1) == "назад") && i + 1 < end &&
        tokens[i + 1].before == Separator::space)
        return make(i + 2, ref - days{7}, DatePrecision::week, std::string(w) + " " + std::string(key(i + 1)));
    // "в ночь на субботу", "у ніч на неділю": the night ends on that day.
    if ((w == "ночь" || w == "ніч") && key(i + 1) == "на")
        if (int wd = cyrillic_weekday_of(key(i + 2)); wd >= 0)
            return make(i + 3, latest(wd), DatePrecision::day, std::string(w) + " на " + std::string(key(i + 2)));
    // "в ночь на 5 марта", "у ніч на 5 березня": the night ends on that day.
    if ((w == "ночь" || w == "ніч") && key(i + 1) == "на")
        if (int d = day_number(key(i + 2)))
            if (int m = month_of(key(i + 3)))
                return make(i + 4, date_of(context, 0, m, d), DatePrecision::day, std::string(w) + " на " + std::string(key(i + 2)));
    // "Вечером 18-го", "в ночь на 19-е", "у ніч на 19-те": a day of the
    // month said alone, with its ordinal ending, is of the report's month (or
    // the month before, for a day still to come).
    if (int d = day_number(w); d && i + 1 < end && tokens[i + 1].before == Separator::hyphen && !tokens[i + 1].spaced &&
                               month_of(key(i + 2)) == 0) {
        static constexpr std::string_view endings[] = {"го", "е", "те", "ге", "ого", "ое"};
        // (Only where a time of day, a night or "числа" says it is a day:
        // "7-го корпуса" is a corps.)
        static constexpr std::string_view times[] = {"вечером", "утром", "днем", "днём", "ночью", "ввечері", "вранці", "вдень",
                                                     "вночі", "уночі", "увечері"};
        const bool night_to = i >= begin + 2 && key(i - 1) == "на" && (key(i - 2) == "ночь" || key(i - 2) == "ніч");
        const bool said_of_a_day = (i > begin && std::find(std::begin(times), std::end(times), key(i - 1)) != std::end(times)) ||
                                   night_to || key(i + 2) == "числа";
        if (said_of_a_day && std::find(std::begin(endings), std::end(endings), key(i + 1)) != std::end(endings)) {
            const year_month_day r{ref};
            year_month_day day{r.year(), r.month(), std::chrono::day(static_cast<unsigned>(d))};
            if (!day.ok() || sys_days{day} > ref) {
                const year_month_day before{sys_days{year_month_day{r.year(), r.month(), std::chrono::day{1}}} - days{1}};
                day = year_month_day{before.year(), before.month(), std::chrono::day(static_cast<unsigned>(d))};
            }
            if (day.ok()) {
                DatePhrase p = make(i + 2, sys_days{day}, DatePrecision::day, std::string(w) + "-" + std::string(key(i + 1)));
                // ("в ночь на 19-е": the night ends on that day.)
                if (i >= begin + 2 && key(i - 1) == "на" && (tokens[i - 2].key == "ночь" || tokens[i - 2].key == "ніч")) p.first = i - 2;
                return p;
            }
        }
    }
    // Numeric dates: "24/02/2022", "24.02.2022", "24.02", "2022-02-24".
    if (int y = year_number(w); y && key(i + 1).size() == 2 && key(i + 2).size() == 2 &&
        tokens[i + 1].before == Separator::hyphen && i + 2 < end && tokens[i + 2].before == Separator::hyphen)
        if (int m = small_number(key(i + 1), 12))
            if (int d = small_number(key(i + 2), 31))
                return make(i + 3, date_of(context, y, m, d), DatePrecision::day, std::string(w) + "-" + std::string(key(i + 1)) + "-" + std::string(key(i + 2)));
    if (int d = small_number(w, 31); d && i + 1 < end) {
        const std::string_view sep = gap_before(tokens, context.text, i + 1);
        if (sep == "/" || sep == ".")
            if (int m = small_number(key(i + 1), 12)) {
                int y = i + 2 < end && gap_before(tokens, context.text, i + 2) == sep ? year_number(key(i + 2)) : 0;
                // ("14.05 GMT:", "09.12 BST": a live blog's time of day, not 14 May.)
                static constexpr std::string_view zones[] = {"gmt", "bst", "utc", "cet", "cest", "eet", "eest", "msk", "est",
                                                             "edt", "et", "pt", "pst", "pdt", "am", "pm", "h"};
                const bool time_of_day =
                    !y && i + 2 < end && tokens[i + 2].before == Separator::space &&
                    std::find(std::begin(zones), std::end(zones), key(i + 2)) != std::end(zones);
                // ("up to 1.5 kilometres", "2.3 million": a decimal, not 1 May;
                // a dotted day without a year writes its month with two digits.)
                static constexpr std::string_view units[] = {"km", "kilometers", "kilometres", "miles", "mile", "metres", "meters",
                                                             "m", "million", "billion", "per", "percent", "км", "тис", "млн",
                                                             "млрд", "тыс", "кілометра", "километра"};
                const bool decimal = !y && (key(i + 1).size() != 2 ||
                                            (i + 2 < end && std::find(std::begin(units), std::end(units), key(i + 2)) != std::end(units)));
                if ((y || sep == ".") && !time_of_day && !decimal)
                    return make(i + (y ? 3 : 2), date_of(context, y, m, d), DatePrecision::day,
                                std::string(w) + std::string(sep) + std::string(key(i + 1)) + (y ? std::string(sep) + std::string(key(i + 2)) : ""));
            }
    }
    if (int d = day_number(w)) {  // "4 November", "4 November 2024", "4 листопада"
        // "13–14 July", "between 16 and 19 July", "з 3 по 5 березня": a span
        // dates from its first day, when the events began.
        // A night, though, ends on its second day ("the night of 12 to 13
        // November", "ночь с 12 на 13 ноября"), as "overnight" does.
        const bool night = night_before(i);
        if (i + 2 < end && small_number(key(i + 2), 31) && month_of(key(i + 3))) {
            const std::string_view link = key(i + 1);
            if (link == "and" || link == "to" || link == "through" || link == "і" || link == "та" || link == "и" ||
                link == "по" || link == "до" || (night && link == "на")) {
                int y = year_number(key(i + 4));
                return make(i + (y ? 5 : 4), date_of(context, y, month_of(key(i + 3)), night ? small_number(key(i + 2), 31) : d),
                            DatePrecision::day,
                            std::string(w) + " " + std::string(link) + " " + std::string(key(i + 2)) + " " + std::string(key(i + 3)));
            }
        }
        if (i + 1 < end && small_number(key(i + 1), 31) && month_of(key(i + 2))) {
            const std::string_view gap = gap_before(tokens, context.text, i + 1);
            if (gap == "-" || gap == "–" || gap == "—") {
                int y = year_number(key(i + 3));
                return make(i + (y ? 4 : 3), date_of(context, y, month_of(key(i + 2)), night ? small_number(key(i + 1), 31) : d),
                            DatePrecision::day,
                            std::string(w) + "-" + std::string(key(i + 1)) + " " + std::string(key(i + 2)));
            }
        }
        if (int m = month_of(key(i + 1))) {
            int y = year_number(key(i + 2));
            // ("6 августа прошлого года", "24 лютого минулого року", "4 May last year": the year before the report's.)
            const std::string_view a = key(i + 2), b = key(i + 3);
            const bool last_year = !y && (((a == "прошлого" || a == "минулого") && (b.starts_with("год") || b.starts_with("рок"))) ||
                                          ((a == "last" || a == "past") && b == "year"));
            // ("On 14 February this year", "5 березня цього року": the report's year,
            // whatever year a history told before.)
            const bool this_year = !y && (((a == "цього" || a == "этого" || a == "сього") && (b.starts_with("год") || b.starts_with("рок"))) ||
                                          (a == "this" && b == "year"));
            if (last_year || this_year) {
                y = static_cast<int>(year_month_day{context.reference}.year()) - (last_year ? 1 : 0);
                return make(i + 4, date_of(context, y, m, d), DatePrecision::day,
                            std::string(w) + " " + std::string(key(i + 1)) + " " + std::string(a) + " " + std::string(b));
            }
            return make(i + (y ? 3 : 2), date_of(context, y, m, d), DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
        }
        // "20-го ноября", "5-го березня": the ordinal's ending after a hyphen.
        if (i + 2 < end && tokens[i + 1].before == Separator::hyphen && (key(i + 1) == "го" || key(i + 1) == "е"))
            if (int m = month_of(key(i + 2))) {
                int y = year_number(key(i + 3));
                return make(i + (y ? 4 : 3), date_of(context, y, m, d), DatePrecision::day, std::string(w) + "-" + std::string(key(i + 1)) + " " + std::string(key(i + 2)));
            }
    }
    // ("In January and February 2023", "у січні–лютому 2023 року": the year
    // after a second month is the first's too.)
    auto year_after_pair = [&](std::size_t at) {
        if (int y = year_number(key(at + 1))) return y;
        const std::string_view joint = key(at + 1);
        const bool joined = joint == "and" || joint == "or" || joint == "to" || joint == "та" || joint == "і" || joint == "и";
        const std::size_t second = joined ? at + 2 : at + 1;
        if (second < end && (month_of(key(second)) || cyrillic_month_of(key(second))) &&
            (joined || tokens[second].before == Separator::hyphen))
            return year_number(key(second + 1));
        return 0;
    };
    // "у березні", "в марте 2022": the month.
    if (int m = cyrillic_month_of(w); m && i > begin && (tokens[i - 1].key == "у" || tokens[i - 1].key == "в")) {
        int y = year_after_pair(i);
        DatePhrase p = make(i + (y ? 2 : 1), date_of(context, y, m, 1), DatePrecision::month, std::string(tokens[i - 1].key) + " " + std::string(w));
        p.first = i - 1;
        return p;
    }
    if (int m = month_of(w)) {  // "November 4", "November 4, 2024", else "in August (2022)"
        // (A comma with no space is a field's end, not a date's: "Feb -
        // June,24/02/2022" in a CSV row.)
        const bool field_end = i + 1 < end && tokens[i + 1].before == Separator::comma && gap_before(tokens, context.text, i + 1) == ",";
        if (int d = day_number(key(i + 1)); d && (w != "may" || tokens[i].capitalised) && !field_end) {
            // "the night of November 12-13", "overnight on November 12 to
            // 13": the night ends on its second day.
            if (night_before(i) && i + 2 < end) {
                const std::string_view gap = gap_before(tokens, context.text, i + 2);
                const bool dash = gap == "-" || gap == "–" || gap == "—";
                const bool linked = i + 3 < end && (key(i + 2) == "to" || key(i + 2) == "and" || key(i + 2) == "into");
                if (int second = small_number(key(linked ? i + 3 : i + 2), 31); second && (dash || linked)) {
                    const std::size_t after = linked ? i + 4 : i + 3;
                    int y = year_number(key(after));
                    return make(after + (y ? 1 : 0), date_of(context, y, m, second), DatePrecision::day,
                                std::string(w) + " " + std::string(key(i + 1)) + "-" + std::to_string(second));
                }
            }
            int y = year_number(key(i + 2));
            return make(i + (y ? 3 : 2), date_of(context, y, m, d), DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)));
        }
        std::string_view prev = i > begin ? std::string_view(tokens[i - 1].key) : std::string_view();
        bool in = prev == "in" || prev == "since" || prev == "early" || prev == "late" || prev == "mid";
        // ("In early May": a capitalised May after such a word is the month,
        // unless it opens the sentence: "May they ...".)
        if (in && tokens[i].capitalised && (w != "may" || year_number(key(i + 1)) || !tokens[i].sentence_start)) {
            int y = year_after_pair(i);
            DatePhrase p = make(i + (y ? 2 : 1), date_of(context, y, m, 1), DatePrecision::month, std::string(prev) + " " + std::string(w));
            p.first = i - 1;
            return p;
        }
    }
    // "Your Monday Briefing", "the Sunday Times": a weekday naming a title or a
    // paper, not a day ("Monday Morning" in a headline is still a day).
    static constexpr std::string_view times_of_day[] = {"morning", "night", "evening", "afternoon", "overnight", "noon"};
    // ("Wednesday's Russian attack": a possessive day is the attack's.)
    // ("On Sunday Russian forces repelled ...": after a preposition it is the day.)
    static constexpr std::string_view day_prepositions[] = {"on", "early", "late", "by", "since", "until", "till", "last", "from", "through"};
    const bool after_preposition =
        i > begin && std::find(std::begin(day_prepositions), std::end(day_prepositions), tokens[i - 1].key) != std::end(day_prepositions);
    const bool names_title = !tokens[i].possessive && !after_preposition && i + 1 < end && tokens[i + 1].capitalised && tokens[i + 1].before == Separator::space &&
                             month_of(key(i + 1)) == 0 &&
                             std::find(std::begin(times_of_day), std::end(times_of_day), key(i + 1)) == std::end(times_of_day);
    if (int wd = weekday_of(w); wd >= 0 && tokens[i].capitalised && !names_title) {
        // "on Monday, 1 December", "Tuesday, November 4, 2025": the date
        // written out after the weekday is the day, whatever week it falls in.
        if (i + 2 < end) {
            int d = day_number(key(i + 1)), m = month_of(key(i + 2));
            std::size_t after = i + 3;
            if (!(d && m)) {
                m = month_of(key(i + 1));
                d = day_number(key(i + 2));
            }
            if (d && m && (tokens[i + 1].capitalised || month_of(key(i + 2)))) {
                int y = year_number(key(after));
                return make(after + (y ? 1 : 0), date_of(context, y, m, d), DatePrecision::day,
                            std::string(w) + " " + std::string(key(i + 1)) + " " + std::string(key(i + 2)));
            }
        }
        // ("the night of Tuesday to Wednesday", "overnight from Tuesday into
        // Wednesday": a night ends on its second day.)
        if (night_before(i) && (key(i + 1) == "to" || key(i + 1) == "into" || key(i + 1) == "and"))
            if (int second = weekday_of(key(i + 2)); second >= 0)
                return make(i + 3, latest(second), DatePrecision::day,
                            "the night of " + std::string(w) + " " + std::string(key(i + 1)) + " " + std::string(key(i + 2)));
        // ("Last Friday", said on a Friday: a week ago, not today.)
        if (i > begin && tokens[i - 1].key == "last" && latest(wd) == ref)
            return make(i + 1, ref - days{7}, DatePrecision::day, "last " + std::string(w));
        return make(i + 1, latest(wd), DatePrecision::day, "on " + std::string(w));
    }
    if (w == "last" && key(i + 1) == "week") return make(i + 2, ref - days{7}, DatePrecision::week, "last week");
    // "минулого тижня", "на минулому тижні", "на прошлой неделе": as "last week".
    if ((w == "минулого" || w == "минулому" || w == "прошлой" || w == "минувшей") &&
        (key(i + 1).starts_with("тижн") || key(i + 1) == "неделе"))
        return make(i + 2, ref - days{7}, DatePrecision::week, std::string(w) + " " + std::string(key(i + 1)));
    // "цього тижня", "на этой неделе": as "this week".
    if ((w == "цього" || w == "цьому" || w == "этой") && (key(i + 1).starts_with("тижн") || key(i + 1) == "неделе"))
        return make(i + 2, monday(), DatePrecision::week, std::string(w) + " " + std::string(key(i + 1)));
    // "на початку листопада", "у середині жовтня", "в конце октября": the month.
    static constexpr std::string_view month_parts[] = {"початку", "середині", "кінці", "наприкінці", "начале", "середине", "конце"};
    if (cyrillic_word(w) && std::find(std::begin(month_parts), std::end(month_parts), w) != std::end(month_parts))
        if (int m = cyrillic_month_of(key(i + 1))) {
            int y = year_number(key(i + 2));
            DatePhrase p = make(i + (y ? 3 : 2), date_of(context, y, m, 1), DatePrecision::month, std::string(w) + " " + std::string(key(i + 1)));
            if (i > begin && (tokens[i - 1].key == "на" || tokens[i - 1].key == "у" || tokens[i - 1].key == "в")) p.first = i - 1;
            return p;
        }
    // "in the first week of February", "by the end of May", "at the
    // beginning of March": a part of a month, as the month.
    static constexpr std::string_view ordinals[] = {"first", "second", "third", "fourth", "last", "final"};
    if (w == "week" && i > begin && key(i + 1) == "of" &&
        std::find(std::begin(ordinals), std::end(ordinals), tokens[i - 1].key) != std::end(ordinals))
        if (int m = month_of(key(i + 2)); m && tokens[i + 2].capitalised) {
            int y = year_number(key(i + 3));
            DatePhrase p = make(i + (y ? 4 : 3), date_of(context, y, m, 1), DatePrecision::month,
                                std::string(tokens[i - 1].key) + " week of " + std::string(key(i + 2)));
            p.first = i - 1;
            return p;
        }
    if ((w == "end" || w == "beginning" || w == "start" || w == "middle") && key(i + 1) == "of")
        if (int m = month_of(key(i + 2)); m && i + 2 < end && tokens[i + 2].capitalised) {
            int y = year_number(key(i + 3));
            return make(i + (y ? 4 : 3), date_of(context, y, m, 1), DatePrecision::month,
                        std::string(w) + " of " + std::string(key(i + 2)));
        }
    // ("hit the refinery for the second time this month", "the third time this
    // week": a count of events, not when this one happened.)
    if (w == "this" && i > begin && tokens[i - 1].key == "time") return std::nullopt;
    // ("its 17th air attack this month", "the third settlement it claims there
    // this month": an ordinal a few words before counts, as "time" does.)
    if (w == "this" && (key(i + 1) == "month" || key(i + 1) == "week" || key(i + 1) == "year"))
        for (std::size_t q = i; q > begin && q + 7 > i; --q) {
            const std::string& o = tokens[q - 1].key;
            static constexpr std::string_view ordinals[] = {"second", "third", "fourth", "fifth", "sixth", "seventh",
                                                            "eighth", "ninth", "tenth", "latest"};
            const bool numbered = o.size() >= 3 && o.front() >= '0' && o.front() <= '9' &&
                                  (o.ends_with("th") || o.ends_with("st") || o.ends_with("nd") || o.ends_with("rd"));
            if (numbered || std::find(std::begin(ordinals), std::end(ordinals), o) != std::end(ordinals)) return std::nullopt;
            if (clause_break(tokens[q - 1]) || tokens[q - 1].before == Separator::other) break;
        }
    // "this week", "earlier this week": the week of the report, from its Monday.
    if (w == "this" && key(i + 1) == "week")
        return make(i + 2, monday(), DatePrecision::week, "this week");
    // "three days ago", "2 days ago", "a week ago", "two weeks ago".
    if (key(i + 2) == "ago") {
        if (int n = count_of(w); n && (key(i + 1) == "days" || (n == 1 && key(i + 1) == "day")))
            return make(i + 3, ref - days{n}, DatePrecision::day, std::string(w) + " days ago");
        if ((w == "a" || w == "one") && key(i + 1) == "week") return make(i + 3, ref - days{7}, DatePrecision::week, "a week ago");
        if (int n = count_of(w); n > 1 && n <= 4 && key(i + 1) == "weeks")
            return make(i + 3, ref - days{7 * n}, DatePrecision::week, std::string(w) + " weeks ago");
    }
    // "The strike came nine days after a missile attack on a shipyard in
    // Sevastopol", "two weeks after": what follows happened that long before
    // the event the sentence reports, which is of the report's day.
    if (key(i + 2) == "after" && i + 3 < end) {
        // ("a day after the Engels attack", "a week after": one; "less than a
        // day after" says no day.)
        const bool approximate = i >= begin + 2 && (tokens[i - 1].key == "than" || tokens[i - 1].key == "within");
        const int n = w == "a" ? (approximate ? 0 : 1) : count_of(w);
        const std::string_view unit = key(i + 1);
        const bool in_days = unit == "days" || (n == 1 && unit == "day");
        const bool in_weeks = n <= 4 && (unit == "weeks" || (n == 1 && unit == "week"));
        if (n && (in_days || in_weeks)) {
            const int back = in_days ? n : 7 * n;
            DatePhrase p = make(i + 3, ref - days{back}, in_days ? DatePrecision::day : DatePrecision::week,
                                std::string(w) + " " + std::string(unit) + " after");
            p.days_before_main = back;
            return p;
        }
    }
    // "Два роки тому ЗСУ звільнили Роботине", "two years ago", "exactly a
    // year ago", "рівно рік тому": an anniversary, the report's day so many
    // years back.
    {
        auto year_word = [](std::string_view y) {
            return y == "year" || y == "years" || y == "рік" || y == "роки" || y == "років" || y == "год" || y == "года" ||
                   y == "лет";
        };
        const std::size_t count = w == "exactly" || w == "рівно" || w == "ровно" ? i + 1 : i;
        const std::string_view c = key(count);
        const bool one = c == "a" || c == "рік" || c == "год";
        const std::size_t unit = c == "рік" || c == "год" ? count : count + 1;
        const int n = one ? 1 : any_count_of(c);
        const std::string_view ago = key(unit + 1);
        if (n > 0 && n <= 10 && year_word(key(unit)) && (ago == "ago" || ago == "тому" || ago == "назад")) {
            const year_month_day r{ref};
            year_month_day back{r.year() - years{n}, r.month(), r.day()};
            if (!back.ok()) back = year_month_day{back.year(), back.month(), std::chrono::day{28}};
            std::string basis(w);
            for (std::size_t q = i + 1; q < unit + 2; ++q) basis += " " + std::string(key(q));
            return make(unit + 2, sys_days{back}, DatePrecision::day, std::move(basis));
        }
    }
    // "три дні тому", "3 дня назад": days counted back.
    if ((key(i + 2) == "тому" || key(i + 2) == "назад") && (key(i + 1).starts_with("дн") || key(i + 1) == "день"))
        if (const int n = any_count_of(w); n > 0)
            return make(i + 3, ref - days{n}, DatePrecision::day, std::string(w) + " " + std::string(key(i + 1)) + " " + std::string(key(i + 2)));
    // "на минулих вихідних", "в минувшие выходные", "на прошлых выходных": last weekend.
    if ((w.starts_with("минул") && key(i + 1).starts_with("вихідн")) ||
        ((w.starts_with("минувш") || w.starts_with("прошл")) && key(i + 1).starts_with("выходн")))
        return make(i + 2, latest(6), DatePrecision::week, std::string(w) + " " + std::string(key(i + 1)));
    // "on the 19th": a day of the reference's month, or of the month before
    // when that day is still to come.
    // (Only after "on" or "by", and with no noun after it: "the 13th GRAU
    // arsenal", "the 3rd day of the war" are no dates.)
    auto ordinal_alone = [&] {
        return i + 2 >= end || tokens[i + 2].before != Separator::space || key(i + 2) == "at" || key(i + 2) == "and" ||
               key(i + 2) == "when";
    };
    if (w == "the" && i > begin && (tokens[i - 1].key == "on" || tokens[i - 1].key == "by") && i + 1 < end &&
        key(i + 1).size() >= 3 && day_number(key(i + 1)) && !std::isdigit(static_cast<unsigned char>(key(i + 1).back())) &&
        ordinal_alone()) {
        const int d = day_number(key(i + 1));
        year_month_day r{ref};
        year_month_day day{r.year(), r.month(), std::chrono::day(static_cast<unsigned>(d))};
        if (!day.ok() || sys_days{day} > ref + days{1}) {
            const year_month_day before = year_month_day{r.year(), r.month(), std::chrono::day{1}} - months{1};
            day = year_month_day{before.year(), before.month(), std::chrono::day(static_cast<unsigned>(d))};
        }
        if (day.ok()) return make(i + 2, sys_days{day}, DatePrecision::day, "the " + std::string(key(i + 1)));
    }
    // "over the weekend", "at the weekend", "last weekend": the latest
    // Saturday up to the report, as a week-long span.
    if (w == "weekend" && i > begin) {
        std::string_view prev = tokens[i - 1].key;
        if (prev == "the" || prev == "last" || prev == "this") {
            DatePhrase p = make(i + 1, latest(6), DatePrecision::week, std::string(prev) + " weekend");
            p.first = i - 1;
            return p;
        }
    }
    // "last month", "минулого місяця", "в прошлом месяце"
    auto month_word = [&] { return key(i + 1) == "month" || key(i + 1).starts_with("місяц") || key(i + 1).starts_with("месяц"); };
    // (Both month phrases below need a month word or "months" next: one
    // cheap look at its first letter spares the comparisons for most words.)
    const std::string_view next_word = key(i + 1);
    const bool maybe_month = next_word.starts_with("m") || next_word.starts_with("м");
    if (maybe_month && (w == "last" || w == "past" || w == "минулого" || w == "минулому" || w == "прошлого" || w == "прошлом") &&
        (month_word() || key(i + 1) == "months")) {
        year_month_day r{ref};
        year_month_day prev = year_month_day{r.year(), r.month(), std::chrono::day{1}} - months{1};
        return make(i + 2, sys_days{prev}, DatePrecision::month, "last month");
    }
    // "earlier this month", "цього місяця", "в этом месяце": the report's month.
    if (maybe_month && (w == "this" || w == "цього" || w == "цьому" || w == "этого" || w == "этом") && month_word()) {
        year_month_day r{ref};
        return make(i + 2, sys_days{year_month_day{r.year(), r.month(), std::chrono::day{1}}}, DatePrecision::month, "this month");
    }
    // "last year", "минулого року", "торік", "в прошлом году": a year only, not the report's day.
    if (((w == "last" || w == "past") && key(i + 1) == "year") ||
        ((w == "минулого" || w == "минулому" || w == "прошлого" || w == "прошлом") &&
         (key(i + 1).starts_with("рок") || key(i + 1).starts_with("год"))))
        return make(i + 2, std::nullopt, DatePrecision::unknown, std::string(w) + " year: a year only");
    if (w == "торік" || w == "торiк") return make(i + 1, std::nullopt, DatePrecision::unknown, "торік: a year only");
    // "in 2022", "during 2023", "in early 2024", "у 2022 році", "в 2023 году":
    // a year alone; the day is unknown, and not the report's.
    // (Asked only where a four-digit number follows within two words.)
    auto four_digits = [&](std::size_t k) { return key(k).size() == 4 && std::isdigit(static_cast<unsigned char>(key(k)[0])); };
    if ((four_digits(i + 1) || four_digits(i + 2) || four_digits(i + 4)) &&
        (w == "in" || w == "during" || w == "throughout" || w == "у" || w == "в" || w == "протягом" || w == "впродовж")) {
        std::size_t k = i + 1;
        if (key(k) == "early" || key(k) == "late" || key(k) == "mid" || key(k) == "summer" || key(k) == "spring" ||
            key(k) == "autumn" || key(k) == "fall" || key(k) == "winter")
            ++k;
        // ("in the summer of 2024", "in the spring of 2023")
        else if (key(k) == "the" && (key(k + 1) == "summer" || key(k + 1) == "spring" || key(k + 1) == "autumn" ||
                                     key(k + 1) == "fall" || key(k + 1) == "winter") &&
                 key(k + 2) == "of")
            k += 3;
        if (k < end && year_number(key(k)) && tokens[k].before == Separator::space && !month_of(key(k + 1)) &&
            !day_number(key(k + 1))) {
            std::size_t last = k + 1;
            if (key(last).starts_with("рок") || key(last).starts_with("год")) ++last;
            DatePhrase year = make(last, std::nullopt, DatePrecision::unknown, std::string(w) + " " + std::string(key(k)) + ": a year only");
            year.date.year = year_number(key(k));
            return year;
        }
    }
    return std::nullopt;
}

// "Russian forces shelled Kherson overnight, the governor said on Tuesday",
// "captured Pishchane yesterday, the ministry said on Monday": a day counted
// from "now" is counted from the day it was said, where the sentence names
// that day. The day said then dates the event only where nothing else does.
void reanchor_on_day_said(const std::vector<Token>& tokens, std::size_t begin, std::size_t end, const DateContext& context,
                          std::vector<DatePhrase>& phrases) {
    if (phrases.size() < 2) return;
    static constexpr std::string_view saying[] = {
        "said", "says", "told", "reported", "announced", "stated", "wrote", "claimed", "added", "confirmed", "posted",
        "заявив", "заявила", "заявили", "заявило", "повідомив", "повідомила", "повідомили", "повідомило", "написав", "написала",
        "заявил", "сообщил", "сообщила", "сообщили", "сообщило", "написал"};
    auto said_at = [&](const DatePhrase& p) {
        // ("officials said, a day after Russia launched its largest air
        // attack": a count of days after a comma is no day of saying.)
        if (p.days_before_main) return false;
        std::size_t q = p.first;
        if (q > begin && (tokens[q - 1].key == "on" || tokens[q - 1].key == "у" || tokens[q - 1].key == "в" ||
                          tokens[q - 1].key == "во"))
            --q;
        // ("entered Kherson on Friday after ..., a pullout Moscow had announced
        // on Wednesday": a perfect tells of another thing said earlier, in a
        // clause of its own; the report's own source says it in the past.)
        // (Only that shape, a noun and a named subject before "had": "The
        // governor had said on Sunday" is still the source saying it.)
        if (q > begin + 3 && (tokens[q - 2].key == "had" || tokens[q - 2].key == "has" || tokens[q - 2].key == "have") &&
            tokens[q - 3].capitalised && !tokens[q - 3].sentence_start && tokens[q - 3].before == Separator::space &&
            !tokens[q - 4].capitalised && tokens[q - 4].key != "the" && tokens[q - 4].key != "a" && tokens[q - 4].key != "that" &&
            tokens[q - 4].key != "and" && tokens[q - 4].key != "but")
            return false;
        return q > begin && std::find(std::begin(saying), std::end(saying), tokens[q - 1].key) != std::end(saying);
    };
    // ("Earlier on Monday, the General Staff said its units had repelled
    // assaults near X on Sunday": a day opening the sentence before the
    // source and its verb of saying, with no comma between, is when it said.)
    auto opens_saying = [&](const DatePhrase& p) {
        if (p.first > begin + 2 || p.last >= end || tokens[p.last].before != Separator::comma) return false;
        for (std::size_t q = p.last + 1; q < end && q < p.last + 12; ++q) {
            if (tokens[q].before == Separator::comma || tokens[q].before == Separator::other) return false;
            if (std::find(std::begin(saying), std::end(saying), tokens[q].key) != std::end(saying)) return true;
        }
        return false;
    };
    DatePhrase* said = nullptr;
    DatePhrase* opening = nullptr;
    for (DatePhrase& p : phrases)
        if (p.date.date && p.date.precision == DatePrecision::day && !p.host_end) {
            if (said_at(p)) said = &p;
            else if (!opening && opens_saying(p)) opening = &p;
        }
    // (Then another day of the sentence is the event's.)
    if (!said && opening && std::any_of(phrases.begin(), phrases.end(), [&](const DatePhrase& p) {
            // (A day counted from it, "the next day", makes it a day of events.)
            return &p != opening && p.first > opening->last && p.date.date && p.date.precision == DatePrecision::day &&
                   !p.day_after;
        }))
        opening->publication = true;
    // ("said on Thursday its forces had struck an airfield on Wednesday
    // night": the day said yields to the day the statement tells the event on.)
    // (Not to a day of another clause joined after a comma: "said on Monday its
    // forces had taken Kurakhove, while Ukrainian troops attacked ... on Sunday".)
    auto joined_clause_between = [&](std::size_t from, std::size_t to) {
        static constexpr std::string_view joints[] = {"while", "whereas", "as", "and", "but", "а", "тоді", "тогда", "але", "но"};
        for (std::size_t q = from; q < to; ++q)
            if (tokens[q].before == Separator::comma &&
                std::find(std::begin(joints), std::end(joints), tokens[q].key) != std::end(joints))
                return true;
        return false;
    };
    if (said && std::any_of(phrases.begin(), phrases.end(), [&](const DatePhrase& p) {
            return p.first >= said->last && p.date.date && p.date.precision == DatePrecision::day && !p.publication && !p.host_end &&
                   !p.time_of_day && !p.present && !joined_clause_between(said->last, p.first);
        }))
        said->publication = true;
    if (!said || *said->date.date >= context.reference) return;
    DateContext then = context;
    then.reference = *said->date.date;
    const Date speech = *said->date.date;
    const std::size_t said_first = said->first;
    std::vector<DatePhrase> again;
    for (std::size_t i = begin; i < end; ++i)
        if (auto p = phrase_at(tokens, begin, end, i, then)) {
            i = p->last - 1;
            again.push_back(std::move(*p));
        }
    bool moved = false;
    for (DatePhrase& p : phrases) {
        if (p.first == said_first || p.publication) continue;
        for (const DatePhrase& a : again)
            if (a.first == p.first && a.last == p.last && a.date.date && p.date.date && *a.date.date != *p.date.date &&
                *a.date.date <= speech) {
                p.date.date = a.date.date;
                p.date.basis += " (counted from the day it was said)";
                moved = true;
            }
    }
    if (moved)
        for (DatePhrase& p : phrases)
            if (p.first == said_first) p.publication = true;
}

}  // namespace

int month_number(std::string_view word) { return month_of(word); }

std::vector<DatePhrase> find_date_phrases(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                                          const DateContext& context, const std::vector<NameTokens>& names) {
    std::vector<DatePhrase> out;
    // In a history, a date written with its year anchors the dates after it
    // in the same sentence too ("began on 6 September 2022 ... liberated on
    // 8 September").
    DateContext local = context;
    for (std::size_t i = begin; i < end; ++i) {
        auto p = phrase_at(tokens, begin, end, i, local);
        if (!p) continue;
        // ("since July"; "з учорашнього ранку намагається прорвати", "со
        // вчерашнего вечера": the same in Ukrainian and Russian.)
        p->since = since_word(tokens[p->first].key) || (p->first > begin && since_word(tokens[p->first - 1].key));
        // ("renewed pressure in the summer of 2024, capturing Vodiane on 19
        // August": a year alone does too, one of the full-scale war.)
        // (Only forward: "Having gained more ground in 2024 than in any year
        // ..., captured Kurakhove on 6 January" after a day of November 2024
        // told before stays in 2025.)
        if (local.narrative && !p->date.date && p->date.year >= 2022 && p->date.year <= 2100) {
            const Date opening = sys_days{year_month_day{std::chrono::year{p->date.year}, std::chrono::month{1}, std::chrono::day{1}}};
            if (opening > *local.narrative) {
                local.narrative = opening;
                local.narrative_only_later = false;
            }
        }
        if (local.narrative && p->date.date &&
            (p->date.precision == DatePrecision::day || p->date.precision == DatePrecision::month))
            for (std::size_t q = p->first; q < p->last; ++q)
                if (year_number(tokens[q].key)) {
                    local.narrative = *p->date.date;
                    local.narrative_only_later = false;
                    // ("Two years after Russian columns rolled towards Kyiv on
                    // February 24th 2022, ... the fall of Avdiivka on February
                    // 17th": the sentence's now is that many years later.)
                    for (std::size_t b = p->first; b > begin && b + 10 > p->first; --b)
                        if (tokens[b - 1].key == "years" && b + 1 < end && (tokens[b].key == "after" || tokens[b].key == "since") &&
                            b >= begin + 2)
                            if (int n = count_of(tokens[b - 2].key); n > 0 && n <= 10) {
                                const year_month_day d{*local.narrative};
                                local.narrative = sys_days{year_month_day{d.year() + years{n}, d.month(), day{1}}};
                                break;
                            }
                    break;
                }
        // An appositive clause ("Vuhledar, captured by Russian forces last
        // month,") opens with a participle or relative word right after a name.
        std::size_t c = clause_begin(tokens, begin, p->first);
        if (c > begin && tokens[c].before == Separator::comma && !tokens[c].capitalised) {
            std::string_view opener = tokens[c].key;
            bool participle = opener.size() > 4 && opener.ends_with("ed");
            if (participle || relative_word(opener))
                for (const NameTokens& n : names)
                    if (n.last == c) {
                        p->host_end = n.last;
                        p->relative = !participle;
                    }
        }
        // ("Geolocated footage published on December 1 indicates that ...")
        // ("Footage filmed on Sunday and geolocated today": the day it was placed.)
        static constexpr std::string_view posted[] = {"published", "posted", "released", "uploaded", "dated", "geolocated",
                                                      "опубліковане", "опубліковані", "опубліковано", "оприлюднене",
                                                      "оприлюднені", "опубликованное", "опубликованные", "опубликовано"};
        for (std::size_t q = p->first; q > begin && q + 3 > p->first; --q)
            if (std::find(std::begin(posted), std::end(posted), tokens[q - 1].key) != std::end(posted)) {
                p->publication = true;
                break;
            }
        // "KYIV, Nov 11 (Reuters) -", "МОСКВА, 21 мая. /ТАСС/.", "New Delhi,
        // June 2:": a wire's dateline gives the day the story was filed, not
        // the day of what it tells.
        if (p->first > begin && p->first <= begin + 4 && tokens[p->first].before == Separator::comma && p->last < end &&
            (tokens[p->last].before == Separator::other || tokens[p->last].before == Separator::hyphen) &&
            std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(begin), tokens.begin() + static_cast<std::ptrdiff_t>(p->first),
                        [](const Token& t) { return t.capitalised; }))
            p->publication = true;
        // ("said on Friday that a drone hit X the previous day": the day before
        // Friday, which is when it was said.)
        // (Only English says it so; "1 октября город перешёл ...; группировка
        // накануне отступила" tells two days.)
        if (p->day_before && !tokens[p->first].cyrillic)
            for (DatePhrase& said : out)
                if (said.date.date && said.date.precision == DatePrecision::day && !said.publication) {
                    p->date.date = *said.date.date - std::chrono::days{1};
                    said.publication = true;
                }
        // ("shot down a drone over Sevastopol on Tuesday, two weeks after
        // explosions destroyed ... at Saki": counted from the day the
        // sentence names before it.)
        if (p->days_before_main) {
            const DatePhrase* main = nullptr;  // the last day named before it
            for (const DatePhrase& o : out)
                if (o.date.date && o.date.precision == DatePrecision::day && !o.publication && !o.days_before_main) main = &o;
            if (main) {
                p->date.date = *main->date.date - std::chrono::days{p->days_before_main};
                p->date.basis += " " + main->date.basis;
            }
        }
        i = p->last - 1;
        if (p->day_after) {
            const DatePhrase* before = nullptr;
            for (const DatePhrase& o : out)
                if (o.date.date && o.date.precision == DatePrecision::day && !o.publication) before = &o;
            if (!before) continue;
            p->date.date = *before->date.date + std::chrono::days{1};
            p->date.basis += " after " + before->date.basis;
        }
        out.push_back(std::move(*p));
    }
    // "У ніч на 25 грудня (з 18:00 24 грудня) противник атакував ...": a day
    // in brackets after the sentence's own day only says when it began.
    // (The phrases come in text order: one pass counts the brackets open.)
    if (!context.text.empty() && out.size() > 1 && begin < tokens.size()) {
        std::vector<DatePhrase> kept;
        kept.reserve(out.size());
        std::size_t at = tokens[begin].begin;
        long open = 0;
        bool own_day_before = false;
        for (DatePhrase& p : out) {
            for (const std::size_t to = std::max(at, tokens[p.first].begin); at < to; ++at)
                open += context.text[at] == '(' ? 1 : context.text[at] == ')' ? -1 : 0;
            const bool bracketed = open > 0;
            if (bracketed && own_day_before) continue;
            own_day_before = own_day_before || (!bracketed && p.date.date && p.date.precision == DatePrecision::day);
            kept.push_back(std::move(p));
        }
        out = std::move(kept);
    }
    reanchor_on_day_said(tokens, begin, end, context, out);
    return out;
}

const DatePhrase* phrase_for(const std::vector<DatePhrase>& phrases, const std::vector<Token>& tokens,
                             std::size_t begin, NameTokens name, std::size_t trigger) {
    const std::size_t own = clause_begin(tokens, begin, name.first);
    const std::size_t trigger_clause = clause_begin(tokens, begin, trigger);
    auto clause_of = [&](const DatePhrase& p) { return clause_begin(tokens, begin, p.first); };
    auto hung_elsewhere = [&](const DatePhrase& p) { return p.host_end && *p.host_end != name.last; };
    // "for the first time since July": a point the event is measured from,
    // not when it happened; it dates a claim only where nothing else does.
    auto since = [](const DatePhrase& p) { return p.since; };
    // (A year alone, "in 2022", has no day: in the name's clause it says the
    // day is unknown, elsewhere in the sentence it is not this claim's.)
    // ("Fuel Tank Ablaze a Day After Engels Attack": the count dates what
    // follows it, never the place of the main clause before it.)
    auto counted_after = [&](const DatePhrase& p) { return p.days_before_main && name.last <= p.first; };
    auto in_clause = [&](const DatePhrase& p) {
        return (clause_of(p) == own || clause_of(p) == trigger_clause) && !hung_elsewhere(p) && !since(p) && !p.publication &&
               !counted_after(p);
    };
    // (Of two dates in the clause the one nearer the event word is its:
    // "Сьогодні в Кривому Розі — день жалоби за загиблими від удару 4 квітня".)
    // ("capturing Lastochkyne on 26 February and Sieverne on 27 February":
    // a day written right after the name is that name's own.)
    for (const DatePhrase& p : phrases)
        if (p.date.date && in_clause(p) && p.date.precision == DatePrecision::day &&
            (p.first == name.last || (p.first == name.last + 1 && tokens[name.last].key == "on")))
            return &p;
    // ("у четвер прапор піднято над Балаклією, у суботу — над Куп'янськом",
    // "8 сентября вошли в Балаклею, а 10 сентября — в Купянск": a clause that
    // shares the event word of the clause before and names a day of its own
    // is dated by that day.)
    if (own != trigger_clause && trigger < name.first) {
        const DatePhrase* own_day = nullptr;
        for (const DatePhrase& p : phrases)
            if (p.date.date && p.date.precision == DatePrecision::day && p.first > trigger && clause_of(p) != trigger_clause &&
                p.last <= name.first && !hung_elsewhere(p) && !since(p) && !p.publication)
                own_day = &p;
        if (own_day) return own_day;
    }
    const DatePhrase* nearest = nullptr;
    auto distance = [&](const DatePhrase& p) { return p.first > trigger ? p.first - trigger : trigger - p.first; };
    // (A day outranks a month or a week: "spoke on Wednesday ... in January".)
    auto finer = [](const DatePhrase& a, const DatePhrase& b) {
        return a.date.precision == DatePrecision::day && b.date.precision != DatePrecision::day;
    };
    for (const DatePhrase& p : phrases)
        if (p.date.date && in_clause(p) &&
            (!nearest || finer(p, *nearest) || (!finer(*nearest, p) && distance(p) < distance(*nearest))))
            nearest = &p;
    // ("• 3 April, Kharkiv: drones struck residential areas at night": a time
    // of day alone is of the day the sentence names, not the report's.)
    // ("four days after drones hit the Saratov refinery on Sunday": the day
    // the clause after the count names is its event's own.)
    if (nearest && nearest->days_before_main)
        for (const DatePhrase& p : phrases)
            if (&p != nearest && p.first > nearest->last && p.date.date && p.date.precision == DatePrecision::day && in_clause(p) &&
                !p.days_before_main)
                return &p;
    if (nearest && nearest->time_of_day)
        for (const DatePhrase& p : phrases)
            if (&p != nearest && p.date.date && !p.time_of_day && p.date.precision == DatePrecision::day && !hung_elsewhere(p) &&
                !since(p) && !p.publication && !p.day_before)
                return &p;
    if (nearest) return nearest;
    for (const DatePhrase& p : phrases)
        if (!p.date.date && in_clause(p)) return &p;
    for (const DatePhrase& p : phrases)
        if (p.date.date && p.host_end && *p.host_end == name.last && !p.relative && !since(p) && !p.publication) return &p;
    // Else the sentence's date told last before the name ("в субботу дроны
    // атаковали Харьков, а в ночь на понедельник, по данным Воздушных сил,
    // беспилотники атаковали Львов": Lviv's is Monday's; a day, not the
    // month of a range), or its first.
    auto last_before_or_first = [&](auto&& usable) -> const DatePhrase* {
        const DatePhrase* first = nullptr;
        const DatePhrase* before = nullptr;
        for (const DatePhrase& p : phrases) {
            if (!usable(p)) continue;
            if (!first) first = &p;
            if (p.last <= name.first && p.date.precision == DatePrecision::day) before = &p;
        }
        return before ? before : first;
    };
    if (auto p = last_before_or_first(
            [&](const DatePhrase& p) { return p.date.date && !p.host_end && !since(p) && !p.publication && !counted_after(p); }))
        return p;
    return last_before_or_first([&](const DatePhrase& p) { return p.date.date && !p.host_end && !counted_after(p); });
}

std::vector<YearAnchor> find_year_anchors(const std::vector<Token>& tokens, std::string_view text) {
    std::vector<YearAnchor> out;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!year_number(tokens[i].key)) continue;
        // The phrase holding the year starts a few words before it.
        for (std::size_t back = std::min<std::size_t>(i, 3); back > 0; --back) {
            const std::size_t start = i - back;
            DateContext context{Date{sys_days{year_month_day{year{std::stoi(tokens[i].key)}, month{12}, day{31}}}}, std::nullopt, {}, text};
            // (The word before the phrase is visible: "in May 2022".)
            auto p = phrase_at(tokens, start > 0 ? start - 1 : 0, std::min(tokens.size(), i + 1), start, context);
            if (p && p->last == i + 1 && p->date.date &&
                (p->date.precision == DatePrecision::day || p->date.precision == DatePrecision::month)) {
                // ("since the full-scale invasion began in February 2022": the
                // word may stand a few words before the date; "от" too, "from".)
                bool background = false;
                for (std::size_t k = p->first; k + 7 > p->first && !background; --k) {
                    background = since_word(tokens[k].key) || tokens[k].key == "от";
                    if (k == 0 || tokens[k].before == Separator::comma || tokens[k].before == Separator::other) break;
                }
                // ("Нагадаємо, що наступ на Авдіївку почався 10 жовтня 2023
                // року": the reminder closing a news item is background too.)
                std::size_t opener = p->first;
                while (opener > 0 && !tokens[opener].sentence_start) --opener;
                static constexpr std::string_view reminders[] = {"нагадаємо", "нагадаем", "напомним", "напомню", "нагадаю", "recall"};
                if (std::find(std::begin(reminders), std::end(reminders), tokens[opener].key) != std::end(reminders) ||
                    (tokens[opener].key == "as" && opener + 2 < tokens.size() && tokens[opener + 2].key == "reminder"))
                    background = true;
                out.push_back({i, *p->date.date, background});
                break;
            }
        }
        if (!out.empty() && out.back().token == i) continue;
        // "Battle of Sievierodonetsk (2022)", "the 2022 Kharkiv counteroffensive":
        // an encyclopedic title's year is the year its undated days fall in.
        const Token& t = tokens[i];
        const bool bracketed = t.begin > 0 && t.end < text.size() && text[t.begin - 1] == '(' && text[t.end] == ')';
        static constexpr std::string_view campaigns[] = {"battle", "siege", "offensive", "counteroffensive", "campaign",
                                                         "invasion", "attack", "attacks", "strikes", "bombing"};
        bool titled = false;
        if (i > 0 && tokens[i - 1].key == "the")
            for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3 && !titled; ++k)
                titled = std::find(std::begin(campaigns), std::end(campaigns), tokens[k].key) != std::end(campaigns);
        // ("The Kharkiv counteroffensive of 2022": so is the year a campaign is of.)
        if (!titled && i >= 2 && tokens[i - 1].key == "of")
            titled = std::find(std::begin(campaigns), std::end(campaigns), tokens[i - 2].key) != std::end(campaigns);
        // ("In 2023, Ukraine launched its counteroffensive. On 8 June ...",
        // "У 2023 році ..."): a year opening a sentence of a history sets the
        // year of the days it tells next.
        std::size_t opener = i;
        if (opener > 0 && (tokens[opener - 1].key == "early" || tokens[opener - 1].key == "late" || tokens[opener - 1].key == "mid"))
            --opener;
        static constexpr std::string_view in_words[] = {"in", "у", "в", "во"};
        // (Only a year of the full-scale war: "In 2014, Russia annexed
        // Crimea" is background to a report, not the year it tells.)
        const bool opens = opener > 0 && tokens[opener - 1].sentence_start && std::stoi(t.key) >= 2022 &&
                           std::find(std::begin(in_words), std::end(in_words), tokens[opener - 1].key) != std::end(in_words);
        if (bracketed || titled || opens)
            out.push_back({i, Date{sys_days{year_month_day{year{std::stoi(t.key)}, month{1}, day{1}}}}, false});
    }
    return out;
}

namespace {
// A day-precise phrase of the sentence's own (not hung on a place, not when
// evidence was posted): what a neighbouring sentence may inherit.
bool inheritable_day(const DatePhrase& p, bool since_too) {
    return !p.host_end && !p.publication && (since_too || !p.since) && p.date.precision == DatePrecision::day;
}
}  // namespace

const DatePhrase* day_phrase(const std::vector<DatePhrase>& phrases, bool since_too) {
    auto it = std::find_if(phrases.begin(), phrases.end(), [&](const DatePhrase& p) { return inheritable_day(p, since_too); });
    return it == phrases.end() ? nullptr : &*it;
}

const DatePhrase* last_day_phrase(const std::vector<DatePhrase>& phrases, bool since_too) {
    auto it = std::find_if(phrases.rbegin(), phrases.rend(), [&](const DatePhrase& p) { return inheritable_day(p, since_too); });
    return it == phrases.rend() ? nullptr : &*it;
}

std::optional<int> days_later(const std::vector<Token>& tokens, std::size_t begin, std::size_t end) {
    auto key = [&](std::size_t q) -> std::string_view { return q < end ? std::string_view(tokens[q].key) : std::string_view(); };
    auto unit = [](std::string_view w) {
        if (w == "day" || w == "days" || w.starts_with("дн") || w == "день" || w == "доби" || w == "суток") return 1;
        if (w == "week" || w == "weeks" || w.starts_with("тижн") || w == "тиждень" || w.starts_with("недел")) return 7;
        return 0;
    };
    for (std::size_t q = begin; q < end; ++q) {
        const std::string_view w = key(q);
        // "the next day", "the following day", "a day later", "the day after"
        if ((w == "next" || w == "following") && key(q + 1) == "day") return 1;
        if (w == "day" && key(q + 1) == "after" && (q + 2 >= end || tokens[q + 2].before != Separator::space)) return 1;
        // "the next morning", "the following night", "the morning after"; "the
        // day before", "the night before", "the previous evening": the day
        // after or before the one the sentences before named.
        static constexpr std::string_view parts[] = {"morning", "evening", "night", "afternoon"};
        const bool part = std::find(std::begin(parts), std::end(parts), key(q + 1)) != std::end(parts);
        // ("Following night attacks on Odesa": no article, no day told.)
        if ((w == "next" || w == "following") && part && q > begin && tokens[q - 1].key == "the") return 1;
        const bool ends_phrase = q + 2 >= end || tokens[q + 2].before != Separator::space;
        if ((w == "day" || std::find(std::begin(parts), std::end(parts), w) != std::end(parts)) && q > begin &&
            tokens[q - 1].key == "the" && ends_phrase) {
            if (key(q + 1) == "after") return 1;
            if (key(q + 1) == "before") return -1;
        }
        if (w == "previous" && part && q > begin && tokens[q - 1].key == "the") return -1;
        // "наступного дня", "на наступний день", "на следующий день", "следующим утром"
        if ((w.starts_with("наступн") || w.starts_with("следующ")) && (key(q + 1).starts_with("дн") || key(q + 1) == "день"))
            return 1;
        // "the same day", "later that day", "that evening", "того ж дня",
        // "в тот же день": the day the sentences before named.
        if ((w == "same" && key(q + 1) == "day") || (w == "that" && (key(q + 1) == "day" || key(q + 1) == "evening" ||
                                                                    key(q + 1) == "night" || key(q + 1) == "afternoon")))
            return 0;
        // ("Того ж вечора", "той же ночью", "тем же утром": the part of that day.)
        static constexpr std::string_view parts_of_day[] = {"дня", "вечора", "вечера", "ранку", "утра", "ночі", "ночи"};
        if ((w == "того" && (key(q + 1) == "ж" || key(q + 1) == "же") &&
             std::find(std::begin(parts_of_day), std::end(parts_of_day), key(q + 2)) != std::end(parts_of_day)) ||
            ((w == "тієї" || w == "той" || w == "тем") && (key(q + 1) == "ж" || key(q + 1) == "же") &&
             (key(q + 2) == "ночі" || key(q + 2) == "ночью" || key(q + 2) == "утром" || key(q + 2) == "вечером")) ||
            (w == "тот" && key(q + 1) == "же" && key(q + 2) == "день") || (w == "той" && key(q + 1) == "же" && key(q + 2) == "день"))
            return 0;
        // "two days later", "a week later"
        if (key(q + 2) == "later" || key(q + 2) == "afterwards") {
            const int n = w == "a" || w == "one" ? 1 : any_count_of(w);
            if (n > 0 && unit(key(q + 1)) > 0) return n * unit(key(q + 1));
        }
        // "через два дні", "спустя два дня", "через тиждень"
        if (w == "через" || w == "спустя") {
            if (int u = unit(key(q + 1)); u > 0) return u;
            const int n = any_count_of(key(q + 1));
            if (n > 0 && unit(key(q + 2)) > 0) return n * unit(key(q + 2));
        }
    }
    return std::nullopt;
}

// The hour a report is "as of", where its first lines state one before noon.
bool heads_morning_bulletin(std::string_view head) {
    static constexpr std::string_view leads[] = {"as of ", "As of ", "станом на ", "Станом на ", "по состоянию на ",
                                                 "По состоянию на "};
    for (std::string_view lead : leads)
        for (std::size_t at = head.find(lead); at != std::string_view::npos; at = head.find(lead, at + 1)) {
            std::string_view rest = head.substr(at + lead.size());
            int hour = 0;
            std::size_t digits = 0;
            for (; digits < rest.size() && digits < 2 && rest[digits] >= '0' && rest[digits] <= '9'; ++digits)
                hour = hour * 10 + (rest[digits] - '0');
            if (digits == 0) continue;
            rest.remove_prefix(digits);
            const bool clock = rest.starts_with(":") || rest.starts_with(".") || rest.starts_with(" a.m.") || rest.starts_with(" am") ||
                               rest.starts_with("am");
            if (clock && hour < 12) return true;
        }
    return false;
}

}  // namespace frontline
