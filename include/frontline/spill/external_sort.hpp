#pragma once
// ExternalSorter: a multiset of fixed-size records visited in sorted order,
// in bounded memory however many records are pushed.
//
// Records collect in a buffer of `run_bytes`; a full buffer is sorted and
// written to a TempFile as one run. Visiting merges the runs and the buffer
// with a heap, reading each run through a small window; with more than
// `max_fan_in` runs, groups of runs are first merged into longer ones, so
// the windows stay bounded too. Input that fits in one buffer never touches
// the disk. Memory: run_bytes + max_fan_in * window_bytes at most.
//
// Visiting reorders the records inside the sorter but never changes the
// multiset, so pushing may continue afterwards.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <queue>
#include <type_traits>
#include <utility>
#include <vector>

#include "frontline/spill/temp_file.hpp"

namespace frontline {

struct ExternalSortLimits {
    std::size_t run_bytes = 4u << 20;     ///< records held in memory before a run is written
    std::size_t window_bytes = 64u << 10; ///< read-ahead per run while merging
    std::size_t max_fan_in = 64;          ///< runs merged at once
};

template <class T, class Less = std::less<T>>
class ExternalSorter {
    static_assert(std::is_trivially_copyable_v<T>, "records are written to disk as bytes");

public:
    explicit ExternalSorter(ExternalSortLimits limits = {}, Less less = {})
        : limits_(limits), less_(less),
          run_records_(std::max<std::size_t>(1, limits.run_bytes / sizeof(T))),
          window_records_(std::max<std::size_t>(1, limits.window_bytes / sizeof(T))) {
        limits_.max_fan_in = std::max<std::size_t>(2, limits_.max_fan_in);
    }

    void push(const T& record) {
        buffer_.push_back(record);
        if (buffer_.size() >= run_records_) write_run();
    }

    /// Records pushed so far.
    std::uint64_t size() const { return on_disk_ + buffer_.size(); }
    /// Runs written to disk so far (0: everything is in memory).
    std::size_t runs() const { return runs_.size(); }

    /// Calls visit(const T&) for every record, smallest first (equal records
    /// in no particular order).
    template <class Visit>
    void for_each_sorted(Visit&& visit) {
        std::sort(buffer_.begin(), buffer_.end(), less_);
        if (runs_.empty()) {
            for (const T& r : buffer_) visit(r);
            return;
        }
        while (runs_.size() + 1 > limits_.max_fan_in) merge_runs_once();
        std::vector<Cursor> cursors;
        cursors.reserve(runs_.size() + 1);
        for (const Run& run : runs_) cursors.emplace_back(&file_, run, window_records_);
        cursors.emplace_back(buffer_);
        merge(cursors, visit);
    }

    /// Calls visit(const T&) for every record in no particular order: the
    /// cheap pass, when order does not matter.
    template <class Visit>
    void for_each(Visit&& visit) const {
        for (const Run& run : runs_) {
            Cursor c(&file_, run, window_records_);
            while (!c.done()) {
                visit(c.front());
                c.pop();
            }
        }
        for (const T& r : buffer_) visit(r);
    }

private:
    struct Run {
        std::uint64_t offset;  ///< bytes
        std::uint64_t count;   ///< records
    };

    /// Reads one sorted run (from the file through a window, or a vector in memory).
    class Cursor {
    public:
        Cursor(const TempFile* file, Run run, std::size_t window)
            : file_(file), next_(run.offset), left_(run.count), window_(window) { refill(); }
        explicit Cursor(const std::vector<T>& memory) : memory_(&memory), left_(0) {}

        bool done() const { return memory_ ? pos_ >= memory_->size() : pos_ >= buf_.size(); }
        const T& front() const { return memory_ ? (*memory_)[pos_] : buf_[pos_]; }
        void pop() {
            ++pos_;
            if (!memory_ && pos_ >= buf_.size()) refill();
        }

    private:
        void refill() {
            const std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(left_, window_));
            buf_.resize(n);
            if (n) file_->read(next_, buf_.data(), n * sizeof(T));
            next_ += n * sizeof(T);
            left_ -= n;
            pos_ = 0;
        }
        const TempFile* file_ = nullptr;
        const std::vector<T>* memory_ = nullptr;
        std::vector<T> buf_;
        std::uint64_t next_ = 0, left_ = 0;
        std::size_t window_ = 0, pos_ = 0;
    };

    template <class Visit>
    void merge(std::vector<Cursor>& cursors, Visit&& visit) const {
        auto greater = [&](std::size_t a, std::size_t b) { return less_(cursors[b].front(), cursors[a].front()); };
        std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(greater)> heap(greater);
        for (std::size_t i = 0; i < cursors.size(); ++i)
            if (!cursors[i].done()) heap.push(i);
        while (!heap.empty()) {
            const std::size_t i = heap.top();
            heap.pop();
            visit(cursors[i].front());
            cursors[i].pop();
            if (!cursors[i].done()) heap.push(i);
        }
    }

    void write_run() {
        if (buffer_.empty()) return;
        std::sort(buffer_.begin(), buffer_.end(), less_);
        const std::uint64_t at = file_.append(buffer_.data(), buffer_.size() * sizeof(T));
        runs_.push_back({at, buffer_.size()});
        on_disk_ += buffer_.size();
        buffer_.clear();
    }

    /// Merges groups of max_fan_in runs into single runs of a new file.
    void merge_runs_once() {
        TempFile merged;
        std::vector<Run> longer;
        std::vector<T> out;
        out.reserve(window_records_);
        auto flush = [&] {
            if (out.empty()) return;
            merged.append(out.data(), out.size() * sizeof(T));
            out.clear();
        };
        for (std::size_t first = 0; first < runs_.size(); first += limits_.max_fan_in) {
            const std::size_t last = std::min(runs_.size(), first + limits_.max_fan_in);
            std::vector<Cursor> cursors;
            cursors.reserve(last - first);
            Run run{merged.size(), 0};  // out was flushed after the previous group
            for (std::size_t i = first; i < last; ++i) {
                cursors.emplace_back(&file_, runs_[i], window_records_);
                run.count += runs_[i].count;
            }
            merge(cursors, [&](const T& r) {
                out.push_back(r);
                if (out.size() >= window_records_) flush();
            });
            flush();
            longer.push_back(run);
        }
        file_ = std::move(merged);
        runs_ = std::move(longer);
    }

    ExternalSortLimits limits_;
    Less less_;
    std::size_t run_records_, window_records_;
    std::vector<T> buffer_;
    TempFile file_;
    std::vector<Run> runs_;
    std::uint64_t on_disk_ = 0;
};

}  // namespace frontline
