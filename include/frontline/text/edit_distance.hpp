#pragma once
// Levenshtein distance between two byte strings (insertions, deletions,
// substitutions, each costing one): how far apart two spellings are.
#include <cstddef>
#include <string_view>

namespace frontline {

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace frontline
