#pragma once
// KeyIndex: the position of a key in a vector of keys the caller owns, by
// open addressing over 4-byte slots. It replaces an unordered_map<Key,
// uint32_t> where there is one entry per event: a node and a bucket per key
// (about 60 bytes) become two to four slots (8 to 16 bytes).
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace frontline {

template <class Key, class Hash>
class KeyIndex {
public:
    /// The position of `key` in `keys`; appended first when absent (then
    /// `second` is true).
    std::pair<std::uint32_t, bool> find_or_add(const Key& key, std::vector<Key>& keys) {
        if ((keys.size() + 1) * 2 > slots_.size()) rehash(keys);
        std::size_t i = slot_of(key);
        while (slots_[i] != empty) {
            if (keys[slots_[i]] == key) return {slots_[i], false};
            i = (i + 1) & (slots_.size() - 1);
        }
        slots_[i] = static_cast<std::uint32_t>(keys.size());
        keys.push_back(key);
        return {slots_[i], true};
    }

private:
    static constexpr std::uint32_t empty = static_cast<std::uint32_t>(-1);

    std::size_t slot_of(const Key& key) const { return Hash{}(key) & (slots_.size() - 1); }

    void rehash(const std::vector<Key>& keys) {
        slots_.assign(slots_.empty() ? 64 : slots_.size() * 2, empty);
        for (std::uint32_t k = 0; k < keys.size(); ++k) {
            std::size_t i = slot_of(keys[k]);
            while (slots_[i] != empty) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = k;
        }
    }

    std::vector<std::uint32_t> slots_;  // key positions; `empty` when free; size a power of two
};

}  // namespace frontline
