#include "known_documents.hpp"

#include <algorithm>
#include <tuple>

namespace frontline::update {

namespace {

bool before(const StoredDocument& a, const StoredDocument& b) {
    return std::tie(a.source, a.doc_id) < std::tie(b.source, b.doc_id);
}

}  // namespace

KnownDocuments::KnownDocuments(std::vector<StoredDocument> documents) : documents_(std::move(documents)) {
    // The state lists them in this order already (its index); a state
    // without that index pays a sort.
    if (!std::is_sorted(documents_.begin(), documents_.end(), before))
        std::sort(documents_.begin(), documents_.end(), before);
    seen_.assign(documents_.size(), 0);
}

const StoredDocument* KnownDocuments::find(std::string_view source, std::string_view doc_id) const {
    auto it = std::lower_bound(documents_.begin(), documents_.end(), std::pair{source, doc_id},
                               [](const StoredDocument& d, const std::pair<std::string_view, std::string_view>& key) {
                                   return std::pair<std::string_view, std::string_view>{d.source, d.doc_id} < key;
                               });
    if (it == documents_.end() || it->source != source || it->doc_id != doc_id) return nullptr;
    return &*it;
}

std::span<const StoredDocument> KnownDocuments::of_source(std::string_view source) const {
    auto first = std::lower_bound(documents_.begin(), documents_.end(), source,
                                  [](const StoredDocument& d, std::string_view s) { return std::string_view(d.source) < s; });
    auto last = first;
    while (last != documents_.end() && last->source == source) ++last;
    return {documents_.data() + (first - documents_.begin()), static_cast<std::size_t>(last - first)};
}

bool KnownDocuments::see(std::string_view source, std::string_view doc_id) {
    if (const StoredDocument* d = find(source, doc_id)) return see(*d);
    std::string key(source);
    key.push_back('\0');
    key.append(doc_id);
    return seen_new_.insert(std::move(key)).second;
}

bool KnownDocuments::see(const StoredDocument& known) {
    char& flag = seen_[index(known)];
    const bool first = flag == 0;
    flag = 1;
    return first;
}

}  // namespace frontline::update
