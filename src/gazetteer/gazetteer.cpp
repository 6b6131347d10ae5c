#include "frontline/gazetteer/gazetteer.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include "frontline/error.hpp"
#include "frontline/text/cyrillic_inflection.hpp"
#include "frontline/text/fold.hpp"
#include "frontline/text/transliterate.hpp"

namespace frontline {

struct Gazetteer::Mapping {
    std::filesystem::path path;
    const char* base = nullptr;
    std::size_t size = 0;
    const format::Header* header = nullptr;
    const format::PlaceRecord* places = nullptr;
    const format::NameRecord* names = nullptr;
    const format::KeySlot* slots = nullptr;
    const format::Posting* postings = nullptr;
    const char* strings = nullptr;
    const format::Outline* outlines = nullptr;
    const unsigned char* outline_bytes = nullptr;
    std::uint64_t slot_mask = 0;

    ~Mapping() {
        if (base) munmap(const_cast<char*>(base), size);
    }
};

Gazetteer::Gazetteer() : map_(std::make_unique<Mapping>()) {}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Gazetteer Gazetteer::open(const std::filesystem::path& path, Access access) {
    Gazetteer g;
    Mapping& m = *g.map_;
    m.path = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw GazetteerError("cannot open gazetteer '" + path.string() + "': " + std::strerror(errno));
    struct stat st {};
    if (fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(sizeof(format::Header))) {
        ::close(fd);
        throw GazetteerError("'" + path.string() + "' is not a frontline gazetteer (too small)");
    }
    m.size = static_cast<std::size_t>(st.st_size);
    void* p = mmap(nullptr, m.size, PROT_READ, MAP_PRIVATE | (access == Access::whole ? MAP_POPULATE : 0), fd, 0);
    ::close(fd);
    if (p == MAP_FAILED) throw GazetteerError("cannot map gazetteer '" + path.string() + "': " + std::strerror(errno));
    m.base = static_cast<const char*>(p);
    m.header = reinterpret_cast<const format::Header*>(m.base);
    const format::Header& h = *m.header;
    auto corrupt = [&](const std::string& why) {
        return GazetteerError("gazetteer '" + path.string() + "' is corrupt: " + why +
                              " (rebuild it with `frontline gazetteer build`)");
    };
    if (std::memcmp(h.magic, format::magic, sizeof h.magic) != 0)
        throw GazetteerError("'" + path.string() + "' is not a frontline gazetteer");
    if (h.version != format::format_version)
        throw GazetteerError("gazetteer '" + path.string() + "' has format version " + std::to_string(h.version) +
                             ", this frontline reads version " + std::to_string(format::format_version) +
                             ": rebuild it with `frontline gazetteer build`");
    if (h.file_size != m.size) throw corrupt("size is " + std::to_string(m.size) + " bytes, header says " + std::to_string(h.file_size));
    auto check = [&](const format::Section& s, std::size_t elem, const char* what) {
        if (s.offset % 8 != 0 || s.offset > m.size || s.count > (m.size - s.offset) / elem)
            throw corrupt(std::string(what) + " section out of bounds");
    };
    check(h.places, sizeof(format::PlaceRecord), "places");
    check(h.names, sizeof(format::NameRecord), "names");
    check(h.slots, sizeof(format::KeySlot), "key index");
    check(h.postings, sizeof(format::Posting), "postings");
    check(h.strings, 1, "strings");
    check(h.outlines, sizeof(format::Outline), "outlines");
    if (h.outline_bytes.offset > m.size || h.outline_bytes.count > m.size - h.outline_bytes.offset)
        throw corrupt("outline bytes section out of bounds");
    if (h.slots.count == 0 || (h.slots.count & (h.slots.count - 1)) != 0) throw corrupt("key index size");
    if (h.strings.count == 0 || m.base[h.strings.offset + h.strings.count - 1] != '\0') throw corrupt("string pool");
    m.places = reinterpret_cast<const format::PlaceRecord*>(m.base + h.places.offset);
    m.names = reinterpret_cast<const format::NameRecord*>(m.base + h.names.offset);
    m.slots = reinterpret_cast<const format::KeySlot*>(m.base + h.slots.offset);
    m.postings = reinterpret_cast<const format::Posting*>(m.base + h.postings.offset);
    m.strings = m.base + h.strings.offset;
    m.outlines = reinterpret_cast<const format::Outline*>(m.base + h.outlines.offset);
    m.outline_bytes = reinterpret_cast<const unsigned char*>(m.base + h.outline_bytes.offset);
    m.slot_mask = h.slots.count - 1;
    return g;
}

std::size_t Gazetteer::size() const { return map_->header->places.count; }
const std::filesystem::path& Gazetteer::path() const { return map_->path; }
const format::PlaceRecord& Gazetteer::record(std::uint32_t i) const { return map_->places[i]; }
const format::NameRecord* Gazetteer::name_records() const { return map_->names; }

std::string_view Gazetteer::string_at(std::uint32_t offset) const {
    if (offset >= map_->header->strings.count) return {};
    return std::string_view(map_->strings + offset);
}

std::size_t Gazetteer::outline_count() const { return map_->header->outlines.count; }

std::span<const unsigned char> Gazetteer::outline_wkb(std::uint32_t index) const {
    const Mapping& m = *map_;
    if (index >= size() || !(m.places[index].flags & format::place_has_outline)) return {};
    const format::Outline* begin = m.outlines;
    const format::Outline* end = begin + m.header->outlines.count;
    const format::Outline* it = std::lower_bound(
        begin, end, index, [](const format::Outline& o, std::uint32_t place) { return o.place < place; });
    if (it == end || it->place != index) return {};
    // Checked here rather than at open: a corrupt record costs one outline, not the file.
    if (it->offset > m.header->outline_bytes.count || it->size > m.header->outline_bytes.count - it->offset) return {};
    return {m.outline_bytes + it->offset, it->size};
}

std::string_view Gazetteer::metadata() const { return string_at(map_->header->metadata); }

std::optional<std::uint32_t> Gazetteer::find_id(std::string_view id) const {
    const auto* begin = map_->places;
    const auto* end = begin + size();
    const auto* it = std::lower_bound(begin, end, id, [&](const format::PlaceRecord& r, std::string_view v) {
        return string_at(r.id) < v;
    });
    if (it == end || string_at(it->id) != id) return std::nullopt;
    return static_cast<std::uint32_t>(it - begin);
}

Gazetteer::KeyProbe Gazetteer::probe(std::string_view key) const {
    const Mapping& m = *map_;
    std::uint64_t h = format::hash_key(key.data(), key.size());
    for (std::uint64_t i = h & m.slot_mask;; i = (i + 1) & m.slot_mask) {
        const format::KeySlot& s = m.slots[i];
        if (s.hash == 0) return {};
        if (s.hash == h && string_at(s.key) == key) {
            KeyProbe p;
            p.exact = s.flags & format::key_exact;
            p.prefix = s.flags & format::key_prefix;
            if (s.postings_begin <= m.header->postings.count &&
                s.postings_count <= m.header->postings.count - s.postings_begin)
                p.postings = {m.postings + s.postings_begin, s.postings_count};
            return p;
        }
    }
}

std::vector<NameMatch> Gazetteer::lookup(std::string_view name) const {
    std::string folded = fold(name);
    std::vector<std::string> keys{folded};
    if (has_cyrillic(name)) {
        // Inflected input ("Белгороде-Днестровском"): every combination of
        // the words' dictionary forms, the exact spelling first.
        std::vector<std::vector<std::string>> forms;
        for (std::size_t start = 0; start <= folded.size();) {
            std::size_t sp = std::min(folded.find(' ', start), folded.size());
            std::string word = folded.substr(start, sp - start);
            forms.push_back({word});
            for (auto& f : cyrillic_base_forms(word)) forms.back().push_back(std::move(f));
            start = sp + 1;
        }
        std::vector<std::string> combos{""};
        for (const auto& fs : forms) {
            std::vector<std::string> next;
            for (const auto& c : combos)
                for (const auto& f : fs)
                    if (next.size() < 256) next.push_back(c.empty() ? f : c + " " + f);
            combos.swap(next);
        }
        for (auto& c : combos)
            if (c != folded) keys.push_back(std::move(c));
    }
    std::vector<NameMatch> out;
    for (const std::string& key : keys) {
        auto p = probe(key);
        for (const auto& posting : p.postings) {
            if (std::any_of(out.begin(), out.end(), [&](const NameMatch& m) { return m.place == posting.place; }))
                continue;
            out.push_back({posting.place, static_cast<NameOrigin>(posting.origin),
                           (posting.flags & format::posting_upper_case) != 0});
        }
        if (!out.empty()) break;  // the exact spelling wins over guessed base forms
    }
    // Best origin first (a place's own name before a historic or derived
    // one), then larger places first.
    auto rank = [](NameOrigin o) {
        switch (o) {
        case NameOrigin::preferred: case NameOrigin::ascii: case NameOrigin::alternate: case NameOrigin::alias: return 0;
        case NameOrigin::transliterated: return 1;
        case NameOrigin::historic: case NameOrigin::former: return 2;
        case NameOrigin::admin_core: return 3;
        case NameOrigin::direction: return 4;
        }
        return 5;
    };
    std::stable_sort(out.begin(), out.end(), [&](const NameMatch& a, const NameMatch& b) {
        if (rank(a.origin) != rank(b.origin)) return rank(a.origin) < rank(b.origin);
        return record(a.place).population > record(b.place).population;
    });
    return out;
}

PlaceView::PlaceView(const Gazetteer& g, std::uint32_t index) : g_(&g), index_(index), rec_(&g.record(index)) {}
std::string_view PlaceView::id() const { return g_->string_at(rec_->id); }
std::string_view PlaceView::name() const { return g_->string_at(rec_->name); }
std::string_view PlaceView::admin1() const { return g_->string_at(rec_->admin1_name); }
std::string_view PlaceView::admin2() const { return g_->string_at(rec_->admin2_name); }
std::string_view PlaceView::country() const {
    return std::string_view(rec_->country, rec_->country[1] ? 2 : (rec_->country[0] ? 1 : 0));
}
std::string_view PlaceView::feature_code() const {
    return std::string_view(rec_->feature_code, strnlen(rec_->feature_code, sizeof rec_->feature_code));
}
std::optional<std::uint32_t> PlaceView::admin1_place() const {
    if (rec_->admin1_place == format::no_place) return std::nullopt;
    return rec_->admin1_place;
}
std::span<const unsigned char> PlaceView::outline_wkb() const { return g_->outline_wkb(index_); }

std::vector<NameView> PlaceView::names() const {
    std::vector<NameView> out;
    const format::NameRecord* n = g_->name_records() + rec_->names_begin;
    for (std::uint32_t i = 0; i < rec_->names_count; ++i)
        out.push_back({g_->string_at(n[i].text), std::string_view(n[i].lang, strnlen(n[i].lang, 3)),
                       static_cast<NameOrigin>(n[i].origin)});
    return out;
}

}  // namespace frontline
