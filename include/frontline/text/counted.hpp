#pragma once
// A count with its noun in the right number, for messages people read:
// "1 document", "3 documents", never "3 document(s)".
#include <cstddef>
#include <string>
#include <string_view>

namespace frontline {

/// "1 document", "3 documents"; `plural` for irregular nouns ("1 entry", "2 entries").
std::string counted(std::size_t n, std::string_view singular, std::string_view plural = {});

}  // namespace frontline
