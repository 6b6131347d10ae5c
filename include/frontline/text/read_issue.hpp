#pragma once
// A problem found while reading text (an invalid UTF-8 byte replaced), kept
// with the document and reported. Text-level, so that the text helpers that
// find such problems need nothing of the document model.
#include <cstddef>
#include <string>

namespace frontline {

struct ReadIssue {
    std::size_t offset = 0;       ///< byte offset in the input as given
    std::string message;
};

}  // namespace frontline
