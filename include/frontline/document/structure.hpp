#pragma once
// The structure of a document's text: paragraphs, live-blog entries (closed
// by bylines such as "Tom Watling7 November 2024 12:01"), sentences, and the
// boilerplate flag and repeat hash of each paragraph.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "frontline/document/document.hpp"

namespace frontline {

class BoilerplateFilter;

/// A byline with its timestamp, as parsed from one paragraph.
struct Byline {
    std::string author;    ///< may be empty when the line is just a date
    Timestamp timestamp;   ///< as printed, taken as UTC
};

/// Parses a paragraph that is a byline: "Tom Watling7 November 2024 12:01",
/// "Arpan Rai 11 November 2024 06:30", "7 November 2024 12:01",
/// "November 7, 2024 at 12:01", "Nov 7, 2024, 3:05 pm". The whole paragraph
/// must be the byline (a sentence that ends in a date is not one).
std::optional<Byline> parse_byline(std::string_view paragraph);

/// Parses a paragraph that is a day heading and nothing else: "29 December
/// 2023", "Saturday, December 30", "30 грудня 2023 року", "2023-12-29". A
/// heading without its year takes the report's (`published`), or the year
/// before where that day is still to come; without `published` it is none.
/// So is a live page's title line ending with the full date after a colon,
/// dash or bar: "Russia-Ukraine war live: Tuesday, 12 March 2024".
std::optional<Date> parse_day_heading(std::string_view paragraph, std::optional<Timestamp> published);

/// The day of a wire's dateline that opens a paragraph: "KHARKIV, Nov 18
/// (Reuters) -", "KYIV, Ukraine, November 14 (AP) —", "ХАРКІВ, 17 листопада
/// /Укрінформ/.", "БЕЛГОРОД, 17 ноября. /ТАСС/.": a place, a date and an
/// agency in brackets or slashes, or a dash. The story was filed that day.
std::optional<Date> parse_dateline_day(std::string_view paragraph, std::optional<Timestamp> published);

/// Normalised form used for repeat detection and boilerplate matching:
/// lower case, whitespace runs -> one space, trimmed, curly quotes and
/// apostrophes -> straight ones, "…" -> "...", dashes -> "-".
std::string normalise_paragraph(std::string_view text);

/// 64-bit FNV-1a of normalise_paragraph(text): equal for repeats of a
/// paragraph across documents.
std::uint64_t paragraph_hash(std::string_view text);
/// The same hash of text already normalised with normalise_paragraph().
std::uint64_t hash_normalised(std::string_view normalised);

/// Fills doc.paragraphs, doc.entries, doc.sentences and doc.document_date
/// from doc.text (replacing what was there). Paragraphs are the non-blank
/// lines, trimmed; a line is also split where a paragraph break was lost
/// ("...all the difference.Donald Trump is..."). Entries cover the whole text
/// without gaps; each byline closes the entry above it, and the paragraphs
/// after the last byline form an entry without timestamp. A day heading
/// ("29 December 2023") opens an entry dated that day, and each entry under
/// it that opens with a time of day ("06:10 —") is dated that day at that
/// time, until the next heading or byline. A document
/// without bylines is one entry. `boilerplate` may be null (nothing is
/// marked). Never throws except std::bad_alloc.
void analyse_structure(Document& doc, const BoilerplateFilter* boilerplate);

}  // namespace frontline
