#pragma once
// The documents the state held when a run began, for change detection
// (update.cpp): one vector sorted by (source, doc_id), found by binary
// search, with a flag per document for "seen in this run". A run that adds
// one report to 100,000 touches every entry (each unchanged file's documents
// are seen); hash maps of copied keys for that cost it a second of CPU, most
// of it allocating and freeing strings (issue #17).
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "frontline/update/state.hpp"

namespace frontline::update {

class KnownDocuments {
public:
    KnownDocuments() = default;
    explicit KnownDocuments(std::vector<StoredDocument> documents);

    /// The document, or null.
    const StoredDocument* find(std::string_view source, std::string_view doc_id) const;
    /// The documents of one source (file path or feed URL).
    std::span<const StoredDocument> of_source(std::string_view source) const;
    const std::vector<StoredDocument>& all() const { return documents_; }

    /// Marks a document, known or not, as seen in this run: true the first time.
    bool see(std::string_view source, std::string_view doc_id);
    /// Marks a known document as seen: true the first time.
    bool see(const StoredDocument& known);
    bool seen(const StoredDocument& known) const { return seen_[index(known)] != 0; }

private:
    std::size_t index(const StoredDocument& d) const { return static_cast<std::size_t>(&d - documents_.data()); }
    std::vector<StoredDocument> documents_;
    std::vector<char> seen_;                       // per document
    std::unordered_set<std::string> seen_new_;     // "source\0doc_id" of documents not in the state
};

}  // namespace frontline::update
