#pragma once
// Worker threads that process the items of one batch in the background.
// join() waits and rethrows the first failure; the destructor stops and
// joins, so an exception in the thread that owns the batch never leaves a
// worker running on freed data.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace frontline::cli {

class BatchWorkers {
public:
    BatchWorkers() = default;
    BatchWorkers(const BatchWorkers&) = delete;
    BatchWorkers& operator=(const BatchWorkers&) = delete;
    ~BatchWorkers() {
        next_ = items_;  // the workers take no new item
        for (auto& t : threads_) t.join();
    }

    void start(std::size_t items, unsigned threads, std::function<void(std::size_t)> process) {
        process_ = std::move(process);
        items_ = items;
        next_ = 0;
        failure_ = nullptr;
        for (unsigned t = 0; t < std::min<std::size_t>(threads, items); ++t)
            threads_.emplace_back([this] {
                for (std::size_t i; (i = next_++) < items_;) {
                    try {
                        process_(i);
                    } catch (...) {
                        std::lock_guard lock(failure_mutex_);
                        if (!failure_) failure_ = std::current_exception();
                        next_ = items_;
                    }
                }
            });
    }

    void join() {
        for (auto& t : threads_) t.join();
        threads_.clear();
        if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
    }

private:
    std::vector<std::thread> threads_;
    std::function<void(std::size_t)> process_;
    std::size_t items_ = 0;
    std::atomic<std::size_t> next_{0};
    std::exception_ptr failure_;
    std::mutex failure_mutex_;
};

}  // namespace frontline::cli
