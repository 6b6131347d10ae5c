#pragma once
// Hands serialised features to LayerSetWriter::write_text on a thread of its
// own. With several workers, a run's main thread is the pipeline's
// critical path (reading, writing, aggregating events); copying a gigabyte
// of GeoJSONSeq into the page cache is the largest part of it and needs
// nothing else from that thread. Texts are written in the order submitted;
// the queue is bounded in bytes, so memory stays bounded too.
//
// While the thread runs, nothing else may use the writer: finish() joins
// it (and rethrows its failure) before the caller touches the writer again.
// The destructor stops the thread without finishing (on an error path).
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "frontline/output/layer_set_writer.hpp"

namespace frontline::run {

class TextWriterThread {
public:
    TextWriterThread(LayerSetWriter& writer, std::size_t max_queued_bytes)
        : writer_(writer), max_queued_bytes_(max_queued_bytes), thread_([this] { run(); }) {}
    TextWriterThread(const TextWriterThread&) = delete;
    TextWriterThread& operator=(const TextWriterThread&) = delete;
    ~TextWriterThread() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            queue_.clear();
        }
        changed_.notify_all();
        if (thread_.joinable()) thread_.join();
    }

    /// Queues `text` (`features` features); waits while the queue is full.
    /// Rethrows a failure of an earlier write.
    void submit(std::string text, std::uint64_t features) {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return failure_ || queued_bytes_ < max_queued_bytes_; });
        if (failure_) std::rethrow_exception(failure_);
        queued_bytes_ += text.size();
        queue_.emplace_back(std::move(text), features);
        changed_.notify_all();
    }

    /// Writes what is queued, stops the thread, rethrows its failure.
    void finish() {
        {
            std::lock_guard lock(mutex_);
            finishing_ = true;
        }
        changed_.notify_all();
        thread_.join();
        if (failure_) std::rethrow_exception(failure_);
    }

private:
    void run() {
        while (true) {
            std::pair<std::string, std::uint64_t> item;
            {
                std::unique_lock lock(mutex_);
                changed_.wait(lock, [&] { return stopping_ || finishing_ || !queue_.empty(); });
                if (stopping_ || queue_.empty()) return;  // finishing with nothing left
                item = std::move(queue_.front());
                queue_.pop_front();
            }
            try {
                writer_.write_text(item.first, item.second);
            } catch (...) {
                std::lock_guard lock(mutex_);
                failure_ = std::current_exception();
                queue_.clear();
                queued_bytes_ = 0;
                changed_.notify_all();
                return;
            }
            std::lock_guard lock(mutex_);
            queued_bytes_ -= item.first.size();
            changed_.notify_all();
        }
    }

    LayerSetWriter& writer_;
    const std::size_t max_queued_bytes_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::pair<std::string, std::uint64_t>> queue_;
    std::size_t queued_bytes_ = 0;
    bool stopping_ = false, finishing_ = false;
    std::exception_ptr failure_;
    std::thread thread_;  // last: started once the members above exist
};

}  // namespace frontline::run
