#pragma once
// Dates an undated copy of a live blog from a dated copy of the same blog.
// Analysts often save a page as text without its timestamps; if the same run
// also reads a dated copy (with bylines, or a `published` field), the
// paragraphs they share say when the undated copy was taken: no earlier than
// the newest entry it shares. Only substantial paragraphs that are not
// boilerplate count (site chrome is shared by every page of a site), and
// at least two must be shared.
//
// Memory is bounded: at most `capacity` paragraphs are remembered (the
// first ones seen), in an open-addressed table of 16-byte slots, so a huge
// corpus keeps a fixed table (2 MB with the default capacity).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "frontline/document/document.hpp"
#include "frontline/time.hpp"

namespace frontline {

/// The paragraphs of a document that can link copies: (hash, the timestamp
/// of the entry holding it, else the document date).
struct ParagraphDates {
    std::vector<std::pair<std::uint64_t, std::optional<Timestamp>>> paragraphs;
};

/// The linking paragraphs of an analysed document (analyse_structure).
ParagraphDates paragraph_dates(const Document& doc);

class SnapshotDates {
public:
    explicit SnapshotDates(std::size_t capacity = 65536) : capacity_(capacity) {}

    /// Remembers the dated paragraphs of a document.
    void learn(const ParagraphDates& dated);
    /// The date of an undated document from the dated ones learnt so far.
    std::optional<Timestamp> date_for(const ParagraphDates& undated) const;

    static constexpr std::size_t min_shared = 2;        ///< paragraphs in common
    static constexpr std::size_t min_paragraph_bytes = 80;

private:
    struct Slot {
        std::uint64_t hash = 0;  ///< 0: free (a paragraph hashing to 0 is stored as 1)
        std::int64_t newest = 0; ///< seconds of the newest entry holding the paragraph
    };
    /// The slot holding `stored`, else the free slot where it would go.
    std::size_t probe(std::uint64_t stored) const;

    std::size_t capacity_;
    std::size_t used_ = 0;
    std::vector<Slot> slots_;  // a power of two, at least twice used_
};

}  // namespace frontline
