#pragma once
// Resolves when a reported event happened from the words of its sentence and
// the time the report was made: explicit dates ("on 4 November", "24 October",
// "November 4, 2024"), relative days ("yesterday", "earlier on Monday", "last
// night"), and vaguer spans ("last week", "last month", "in August", "since
// August").
//
// A date phrase dates the clause it stands in. One inside an appositive
// clause hung on another place ("Maksymivka, north of Vuhledar, captured by
// Russian forces last month, and Antonivka") dates that place only. A
// sentence without a date phrase of its own takes the day named in a nearby
// sentence of the same entry (a headline takes its lead's "said yesterday"),
// which the caller looks up with day_phrase(); failing that, the report's day.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frontline/claim_vocabulary.hpp"
#include "frontline/recognize/token.hpp"
#include "frontline/time.hpp"

namespace frontline {

struct EventDate {
    std::optional<Date> date;       ///< first day of the span for week/month
    DatePrecision precision = DatePrecision::unknown;
    std::string basis;              ///< the words that decided, for explain
    bool borrowed = false;          ///< from another sentence: a neighbour, or the line opening a list
    /// A stretch counted back from the report ("за добу", "past 24 hours"):
    /// the summary's span, which a day the report names for the event refines.
    bool span = false;
    /// A year alone ("in 1942", "у 2023 році"): the year, though the day is unknown.
    int year = 0;
};

/// A date phrase of a sentence: tokens [first, last) and its resolved date.
struct DatePhrase {
    std::size_t first = 0;
    std::size_t last = 0;
    EventDate date;
    /// Stands in a clause hung on the place name ending at token `host_end`
    /// ("Vuhledar, captured ... last month"): it dates that place alone.
    std::optional<std::size_t> host_end;
    /// The hosting clause opens with a relative word ("Kursk, where Ukraine
    /// launched its incursion in August"): it tells of another event there,
    /// so it dates the place only when the claim's own trigger stands in it.
    bool relative = false;
    /// The day evidence was posted ("footage published on December 1"): it
    /// dates its own sentence's event only where nothing else does, and no
    /// neighbour's.
    bool publication = false;
    /// "since July", "з учорашнього ранку", "со вчерашнего вечера": the point
    /// an event is measured from, not when it happened; it dates its own
    /// claim only where nothing else does, and no neighbour's.
    bool since = false;
    /// "the previous day", "a day earlier": the day before the report's, or
    /// before a day the sentence named first (then that day, when it was
    /// said, is marked `publication`).
    bool day_before = false;
    /// "the next day", "наступного дня": the day after a day the sentence
    /// named before it ("On 10 September ... recapturing Snagost the next
    /// day"); with none before, no phrase (the next sentence's is inherited).
    bool day_after = false;
    /// A time of day alone ("at night", "overnight", "вночі", "this
    /// morning"): the report's day unless the sentence names the day
    /// ("3 April, Kharkiv: drones struck residential areas at night").
    bool time_of_day = false;
    /// "today", "тепер", "сейчас": the report's own day, which a sentence
    /// ending in it leaves to the sentence after.
    bool present = false;
    /// "nine days after", "two weeks after": the days the event told after it
    /// lies before the sentence's own (the report's day, or a day the
    /// sentence names before the phrase: "on Tuesday, two weeks after").
    int days_before_main = 0;
};

/// A place name of the sentence as tokens [first, last).
struct NameTokens {
    std::size_t first = 0;
    std::size_t last = 0;
};

/// What a date phrase is resolved against.
struct DateContext {
    Date reference;                 ///< the entry's timestamp or the report's date
    /// In a narrative (a history, an encyclopedic article), the latest date
    /// written with its year before the sentence: "On 25 June" after
    /// "24 June 2022" is 2022's, whenever the page was published.
    std::optional<Date> narrative;
    /// The years the narrative writes out anywhere, sorted: an undated day is
    /// carried past its anchor into a year the text never names only when it
    /// follows the anchor closely ("On 20 December 2022 ... On 5 January").
    std::span<const int> narrative_years;
    std::string_view text;          ///< the document text, for numeric dates ("24.02.2022")
    /// The narrative's years are written only after the sentence: its
    /// anchor is a guess from a later date.
    bool narrative_only_later = false;
    /// The report heads itself as of a morning hour ("Operational update as
    /// of 08:00", "станом на 08:00"): its "past day" ("over the past day",
    /// "за добу", "за сутки") is the day before.
    bool morning_bulletin = false;
    /// The report is written from Ukraine's side ("окупанти", "ВСУ отбили"):
    /// its Russian "за минувшие сутки", like the General Staff's "минулої
    /// доби", is the day before; a Russian source's is the day it is posted.
    bool ukrainian_voice = false;
};

/// Whether `head` (a report's first lines) states the morning hour it is
/// as of: "as of 06:00", "as of 8 a.m.", "станом на 08:00", "по состоянию на 8:00".
bool heads_morning_bulletin(std::string_view head);

/// Every date phrase of tokens [begin, end), in text order, resolved
/// against `context`. `names` are the sentence's place names, used to find
/// appositive clauses.
std::vector<DatePhrase> find_date_phrases(const std::vector<Token>& tokens, std::size_t begin, std::size_t end,
                                          const DateContext& context, const std::vector<NameTokens>& names);

/// A date written with its year ("24 June 2022", "24.02.2022"), at the token of its year.
struct YearAnchor {
    std::size_t token = 0;
    Date date;
    /// Said as where a state began ("since 24 February 2022", "з 2014
    /// року"): background to a report, no time a story is told at.
    bool since = false;
};
/// Every such date of a text, in text order.
std::vector<YearAnchor> find_year_anchors(const std::vector<Token>& tokens, std::string_view text);

/// The phrase that dates the name [name.first, name.last) whose claim rests
/// on the trigger word at token `trigger`: one in the name's own clause or
/// the trigger's, else one hung on the name, else the first phrase not hung
/// on a name. nullptr if none applies.
const DatePhrase* phrase_for(const std::vector<DatePhrase>& phrases, const std::vector<Token>& tokens,
                             std::size_t begin, NameTokens name, std::size_t trigger);

/// A year written in four figures, 1900 to 2100 ("2022"); else 0.
int year_number(std::string_view word);

/// 1..12 for a month's name, English (full or short) or Cyrillic in any case; else 0.
int month_number(std::string_view word);

/// "two days later", "the next day", "наступного дня", "через тиждень":
/// how many days after the day the story last named the sentence tells of;
/// negative before it ("the day before", "the previous evening").
std::optional<int> days_later(const std::vector<Token>& tokens, std::size_t begin, std::size_t end);

/// The first day-precise phrase of a sentence that is not hung on a place:
/// what a neighbouring sentence without a date of its own inherits. A day an
/// ongoing event is measured from ("since Tuesday") only with `since_too`.
const DatePhrase* day_phrase(const std::vector<DatePhrase>& phrases, bool since_too = false);
/// The last such phrase.
const DatePhrase* last_day_phrase(const std::vector<DatePhrase>& phrases, bool since_too = false);

}  // namespace frontline
