#pragma once

#include <atomic>
#include <memory>

namespace md::jobs {

// A cancellation flag shared by whoever may cancel (GUI, signal handler, worker stop) and the long work that
// checks it between batches. Copies share one flag; checking is one relaxed atomic load. Thread-safe.
class CancellationToken {
public:
    CancellationToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    {
    }

    // Asks the work to stop at its next check. Idempotent.
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }

    // The flag itself, for code that must not allocate (e.g. a POSIX signal handler may only store to it).
    std::atomic<bool>* flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace md::jobs
