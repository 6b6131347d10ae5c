#include "frontline/document/snapshot_dates.hpp"

#include <algorithm>

namespace frontline {

ParagraphDates paragraph_dates(const Document& doc) {
    ParagraphDates out;
    for (const Paragraph& p : doc.paragraphs) {
        if (p.boilerplate || p.span.size() < SnapshotDates::min_paragraph_bytes) continue;
        std::optional<Timestamp> when = doc.document_date;
        if (p.entry < doc.entries.size() && doc.entries[p.entry].timestamp) when = doc.entries[p.entry].timestamp;
        out.paragraphs.emplace_back(p.hash, when);
    }
    return out;
}

void SnapshotDates::learn(const ParagraphDates& dated) {
    for (const auto& [hash, when] : dated.paragraphs) {
        if (!when) continue;
        auto it = newest_.find(hash);
        if (it != newest_.end()) {
            if (*when > it->second) it->second = *when;
        } else if (newest_.size() < capacity_) {
            newest_.emplace(hash, *when);
        }
    }
}

std::optional<Timestamp> SnapshotDates::date_for(const ParagraphDates& undated) const {
    std::vector<std::uint64_t> shared;  // distinct: a paragraph repeated in the copy counts once
    std::optional<Timestamp> newest;
    for (const auto& [hash, when] : undated.paragraphs) {
        auto it = newest_.find(hash);
        if (it == newest_.end()) continue;
        shared.push_back(hash);
        if (!newest || it->second > *newest) newest = it->second;
    }
    std::sort(shared.begin(), shared.end());
    if (static_cast<std::size_t>(std::unique(shared.begin(), shared.end()) - shared.begin()) < min_shared) return std::nullopt;
    return newest;
}

}  // namespace frontline
