#pragma once
// The rows of a lexicon table (data/lexicon/claims/*.tsv): tab-separated,
// '#' comments and blank lines skipped, a CR before the newline dropped, and
// every row checked for its number of columns, an error naming file and line.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace frontline {

/// Calls `row` with each row's columns and line number; throws Error when the
/// file cannot be read, InputError for a row of another number of columns
/// (and whatever `row` throws).
void for_each_lexicon_row(const std::filesystem::path& path, std::size_t columns,
                          const std::function<void(const std::vector<std::string>& cols, std::uint64_t line)>& row);

}  // namespace frontline
