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

namespace {

std::uint64_t stored_hash(std::uint64_t hash) { return hash ? hash : 1; }

}  // namespace

std::size_t SnapshotDates::probe(std::uint64_t stored) const {
    std::size_t i = stored & (slots_.size() - 1);
    while (slots_[i].hash != stored && slots_[i].hash != 0) i = (i + 1) & (slots_.size() - 1);
    return i;
}

void SnapshotDates::learn(const ParagraphDates& dated) {
    for (const auto& [paragraph, when] : dated.paragraphs) {
        if (!when) continue;
        const std::uint64_t hash = stored_hash(paragraph);
        const std::int64_t seconds = when->time_since_epoch().count();
        if (!slots_.empty()) {
            Slot& slot = slots_[probe(hash)];
            if (slot.hash == hash) {
                slot.newest = std::max(slot.newest, seconds);
                continue;
            }
        }
        if (used_ >= capacity_) continue;
        if ((used_ + 1) * 2 > slots_.size()) {  // grow: rehash into twice the slots
            std::vector<Slot> old(slots_.empty() ? 1024 : slots_.size() * 2);
            old.swap(slots_);
            for (const Slot& s : old)
                if (s.hash) slots_[probe(s.hash)] = s;
        }
        slots_[probe(hash)] = Slot{hash, seconds};
        ++used_;
    }
}

std::optional<Timestamp> SnapshotDates::date_for(const ParagraphDates& undated) const {
    std::vector<std::uint64_t> shared;  // distinct: a paragraph repeated in the copy counts once
    std::optional<Timestamp> newest;
    for (const auto& [hash, when] : undated.paragraphs) {
        if (slots_.empty()) break;
        const Slot& slot = slots_[probe(stored_hash(hash))];
        if (slot.hash != stored_hash(hash)) continue;
        shared.push_back(hash);
        const Timestamp at{std::chrono::seconds{slot.newest}};
        if (!newest || at > *newest) newest = at;
    }
    std::sort(shared.begin(), shared.end());
    if (static_cast<std::size_t>(std::unique(shared.begin(), shared.end()) - shared.begin()) < min_shared) return std::nullopt;
    return newest;
}

}  // namespace frontline
