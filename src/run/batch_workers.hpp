#pragma once
// Worker threads that process the items of one batch in the background.
// The threads live as long as the pool and wait between batches, so what a
// thread keeps (its folded-word cache, its malloc arena) serves the whole
// run rather than one batch. join() waits for the batch and rethrows the
// first failure; the destructor stops and joins, so an exception in the
// thread that owns the batch never leaves a worker running on freed data.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace frontline::run {

class BatchWorkers {
public:
    BatchWorkers() = default;
    BatchWorkers(const BatchWorkers&) = delete;
    BatchWorkers& operator=(const BatchWorkers&) = delete;
    ~BatchWorkers() {
        {
            std::lock_guard lock(mutex_);
            stopping_ = true;
            next_ = items_;  // the workers take no new item
        }
        wake_.notify_all();
        for (auto& t : threads_) t.join();
    }

    /// Processes items [0, items) on `threads` workers (started on first use).
    /// The previous batch must have been joined.
    void start(std::size_t items, unsigned threads, std::function<void(std::size_t)> process) {
        while (threads_.size() < threads) threads_.emplace_back([this] { work(); });
        {
            std::lock_guard lock(mutex_);
            process_ = std::move(process);
            items_ = items;
            next_ = 0;
            failure_ = nullptr;
            busy_ = threads_.size();
            ++batch_;
        }
        wake_.notify_all();
    }

    /// Waits for the batch started last; rethrows its first failure.
    void join() {
        std::unique_lock lock(mutex_);
        done_.wait(lock, [&] { return busy_ == 0; });
        if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    }

private:
    void work() {
        std::uint64_t seen = 0;
        while (true) {
            {
                std::unique_lock lock(mutex_);
                wake_.wait(lock, [&] { return stopping_ || batch_ != seen; });
                if (stopping_) return;
                seen = batch_;
            }
            for (std::size_t i; (i = next_++) < items_;) {
                try {
                    process_(i);
                } catch (...) {
                    std::lock_guard lock(mutex_);
                    if (!failure_) failure_ = std::current_exception();
                    next_ = items_;
                }
            }
            std::lock_guard lock(mutex_);
            if (--busy_ == 0) done_.notify_all();
        }
    }

    std::vector<std::thread> threads_;
    std::mutex mutex_;
    std::condition_variable wake_, done_;
    std::function<void(std::size_t)> process_;
    std::size_t items_ = 0, busy_ = 0;
    std::uint64_t batch_ = 0;
    bool stopping_ = false;
    std::atomic<std::size_t> next_{0};
    std::exception_ptr failure_;
};

}  // namespace frontline::run
