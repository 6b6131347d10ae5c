#pragma once
// A document as the pipeline sees it: clean UTF-8 text and its structure
// (live-blog entries with timestamps, paragraphs, sentences). All offsets
// here are byte offsets into `text`; CodepointIndex converts them to the
// Unicode code-point offsets the outputs use.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "frontline/text/read_issue.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// A byte range [begin, end) of Document::text.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t size() const { return end - begin; }
    bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
};

/// A live-blog post (or the whole document when it has no posts).
struct Entry {
    Span span;
    std::optional<Timestamp> timestamp;  ///< from the byline ("Tom Watling7 November 2024 12:01")
    std::string byline;                  ///< author as printed, may be empty
    Span byline_span;                    ///< where the byline sits (empty if none)
    bool timed = false;                  ///< opened by a time of day ("06:10 —", "9:40 a.m. —"): a live blog's timed post
};

struct Paragraph {
    Span span;
    std::size_t entry = 0;        ///< index into Document::entries
    bool boilerplate = false;     ///< donation appeals, subscription prompts, site chrome
    std::uint64_t hash = 0;       ///< of the normalised paragraph text: equal across documents for repeats
};

struct Sentence {
    Span span;
    std::size_t paragraph = 0;    ///< index into Document::paragraphs
    bool boilerplate = false;     ///< copied from its paragraph, so consumers need not look it up
};

struct Document {
    std::string id;               ///< file name, or the JSONL `id`
    std::string source;           ///< path or "-" for standard input
    std::string text;             ///< valid UTF-8: each invalid input byte became U+FFFD
    std::optional<std::string> url;
    std::optional<std::string> title;
    std::optional<Timestamp> published;   ///< from the input (JSONL `published`)
    std::optional<Timestamp> document_date;  ///< published, else the newest entry timestamp
    std::vector<Entry> entries;
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<ReadIssue> issues;

    /// Index of the sentence / paragraph / entry holding a byte offset: the
    /// last one that begins at or before `offset` (so an offset in the gap
    /// between two paragraphs maps to the earlier one; one before the first
    /// maps to 0). O(log n). Returns npos if the vector is empty.
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::size_t sentence_at(std::size_t offset) const;
    std::size_t paragraph_at(std::size_t offset) const;
    std::size_t entry_at(std::size_t offset) const;
};

}  // namespace frontline
