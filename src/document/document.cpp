#include "frontline/document/document.hpp"

#include <algorithm>

namespace frontline {

namespace {
// Last element whose span begins at or before `offset`; spans are sorted.
template <class T>
std::size_t index_at(const std::vector<T>& items, std::size_t offset) {
    if (items.empty()) return Document::npos;
    auto it = std::upper_bound(items.begin(), items.end(), offset,
                               [](std::size_t off, const T& item) { return off < item.span.begin; });
    return it == items.begin() ? 0 : static_cast<std::size_t>(it - items.begin()) - 1;
}
}  // namespace

std::size_t Document::sentence_at(std::size_t offset) const { return index_at(sentences, offset); }
std::size_t Document::paragraph_at(std::size_t offset) const { return index_at(paragraphs, offset); }
std::size_t Document::entry_at(std::size_t offset) const { return index_at(entries, offset); }

}  // namespace frontline
