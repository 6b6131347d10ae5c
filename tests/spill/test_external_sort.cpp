#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "frontline/error.hpp"
#include "frontline/spill/external_sort.hpp"
#include "frontline/spill/string_log.hpp"

using namespace frontline;

namespace {

struct Record {
    std::uint32_t key;
    std::uint32_t tag;
    std::uint64_t payload;
};
struct ByKeyTag {
    bool operator()(const Record& a, const Record& b) const { return std::tie(a.key, a.tag) < std::tie(b.key, b.tag); }
};

std::vector<Record> random_records(std::size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<Record> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = {static_cast<std::uint32_t>(rng() % 1000), static_cast<std::uint32_t>(i), rng()};
    return out;
}

std::vector<Record> sorted_by_sorter(ExternalSorter<Record, ByKeyTag>& sorter) {
    std::vector<Record> out;
    sorter.for_each_sorted([&](const Record& r) { out.push_back(r); });
    return out;
}

bool same(const std::vector<Record>& a, const std::vector<Record>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const Record& x, const Record& y) {
               return x.key == y.key && x.tag == y.tag && x.payload == y.payload;
           });
}

}  // namespace

TEST_CASE("ExternalSorter sorts what fits in memory without a file", "[spill]") {
    auto records = random_records(500, 1);
    ExternalSorter<Record, ByKeyTag> sorter;
    for (const Record& r : records) sorter.push(r);
    CHECK(sorter.runs() == 0);
    std::sort(records.begin(), records.end(), ByKeyTag{});
    CHECK(same(sorted_by_sorter(sorter), records));
}

TEST_CASE("ExternalSorter merges runs spilled to disk, in several passes when there are many", "[spill]") {
    auto records = random_records(10'000, 2);
    // Runs of 16 records and a fan-in of 3: hundreds of runs, several merge passes.
    ExternalSorter<Record, ByKeyTag> sorter({16 * sizeof(Record), 4 * sizeof(Record), 3});
    for (const Record& r : records) sorter.push(r);
    CHECK(sorter.runs() > 100);
    CHECK(sorter.size() == records.size());

    std::uint64_t seen = 0, sum = 0, expected_sum = 0;
    sorter.for_each([&](const Record& r) { ++seen, sum += r.payload; });
    for (const Record& r : records) expected_sum += r.payload;
    CHECK(seen == records.size());
    CHECK(sum == expected_sum);

    auto expected = records;
    std::sort(expected.begin(), expected.end(), ByKeyTag{});
    CHECK(same(sorted_by_sorter(sorter), expected));
    CHECK(sorter.runs() < 3);  // merged into fewer, longer runs

    SECTION("pushing goes on after a visit") {
        const auto more = random_records(100, 3);
        for (Record r : more) {
            r.tag += 1'000'000;  // distinct from the first batch
            sorter.push(r);
            expected.push_back(r);
        }
        std::sort(expected.begin(), expected.end(), ByKeyTag{});
        CHECK(same(sorted_by_sorter(sorter), expected));
    }
}

TEST_CASE("StringLog reads back strings held in memory and strings spilled to disk", "[spill]") {
    StringLog log(64);  // a tiny memory bound: most strings go to the file
    std::vector<std::pair<std::uint64_t, std::string>> stored;
    for (int i = 0; i < 200; ++i) {
        std::string s = "doc-" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 7), 'x');
        if (i == 13) s.clear();
        if (i == 14) s = "Вугледар\n\"quoted\"";
        if (i == 15) s = std::string(252, 'z');  // length and bytes fill one 256-byte read exactly
        if (i == 16) s = std::string(300, 'y');  // longer: a second read
        stored.emplace_back(log.append(s), s);
    }
    for (const auto& [ref, s] : stored) CHECK(log.read(ref) == s);

    // A log appended to another keeps its strings, shifted by one offset,
    // also when its file part is longer than the copying chunks (64 KB) and
    // the receiving log's memory bound (100 KB).
    for (int i = 200; i < 9000; ++i)
        stored.emplace_back(log.append("document number " + std::to_string(i)), "document number " + std::to_string(i));
    REQUIRE(log.size() > (200u << 10));
    StringLog other(100u << 10);
    const std::uint64_t first = other.append("already here");
    const std::uint64_t offset = other.append_log(log);
    CHECK(other.read(first) == "already here");
    for (const auto& [ref, s] : stored) CHECK(other.read(ref + offset) == s);
}

TEST_CASE("TempFile names the directory it cannot write to", "[spill]") {
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old ? old : "";
    ::setenv("TMPDIR", "/nonexistent/frontline-scratch", 1);
    TempFile f;
    const int x = 1;
    CHECK_THROWS_WITH(f.append(&x, sizeof x), Catch::Contains("/nonexistent/frontline-scratch") &&
                                                  Catch::Contains("TMPDIR"));
    if (old) ::setenv("TMPDIR", saved.c_str(), 1);
    else ::unsetenv("TMPDIR");
}
