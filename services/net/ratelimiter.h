#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>

namespace md::net {

// Token buckets per key ("account + API"). A caller asks for a token and is called back when it gets one —
// at once when the bucket has a token, otherwise from a timer; nothing sleeps. Waiters of one key are served
// in order. Lives in the thread of its owner (HttpClient). Keys with no configured limit are not limited.
class RateLimiter : public QObject {
    Q_OBJECT
public:
    using Ticket = quint64;

    explicit RateLimiter(QObject* parent = nullptr);

    // Limits `key` to `ratePerSecond` tokens per second with bursts of `burst` (≥ 1); ratePerSecond ≤ 0 removes the
    // limit.
    void setLimit(const QString& key, double ratePerSecond, int burst);
    // Hands out no token for `key` during `wait` (a server asked us to back off); a shorter wait never shortens it.
    void pause(const QString& key, std::chrono::milliseconds wait);

    // Calls `granted` once a token for `key` is available (before returning when one is free now). The returned
    // ticket cancels the request while it waits; cancelling after the grant does nothing.
    Ticket acquire(const QString& key, std::function<void()> granted);
    // Forgets a waiting request; its callback is never called. Unknown tickets are ignored.
    void cancel(Ticket ticket);
    int waiting(const QString& key) const;

private:
    struct Waiter {
        Ticket ticket;
        std::function<void()> granted;
    };
    struct Bucket {
        double rate = 0;
        double burst = 1;
        double tokens = 1;
        qint64 refilledAt = 0; // ms on m_clock
        qint64 pausedUntil = 0; // ms on m_clock
        std::deque<Waiter> waiters;
        QTimer* timer = nullptr;
    };

    void refill(Bucket& bucket) const;
    void serve(const QString& key);

    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    Ticket m_nextTicket = 1;
};

} // namespace md::net
