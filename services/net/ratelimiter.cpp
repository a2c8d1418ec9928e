#include "services/net/ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace md::net {

RateLimiter::RateLimiter(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

void RateLimiter::setLimit(const QString& key, double ratePerSecond, int burst)
{
    Bucket& b = m_buckets[key];
    refill(b);
    b.rate = std::max(0.0, ratePerSecond);
    b.burst = std::max(1, burst);
    // A new key starts with a full burst; a changed one keeps what it has left.
    b.tokens = b.timer ? std::min(b.tokens, b.burst) : b.burst;
    if (!b.timer) {
        b.timer = new QTimer(this);
        b.timer->setSingleShot(true);
        // Coarse timers may fire up to 5 % early, which would break the promised spacing.
        b.timer->setTimerType(Qt::PreciseTimer);
        connect(b.timer, &QTimer::timeout, this, [this, key] { serve(key); });
    }
    serve(key);
}

void RateLimiter::pause(const QString& key, std::chrono::milliseconds wait)
{
    if (key.isEmpty() || wait.count() <= 0)
        return;
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        setLimit(key, 0, 1); // creates the bucket and its timer; unlimited apart from the pause
        it = m_buckets.find(key);
    }
    it->pausedUntil = std::max(it->pausedUntil, m_clock.elapsed() + qint64(wait.count()));
}

void RateLimiter::refill(Bucket& b) const
{
    const qint64 now = m_clock.elapsed();
    if (b.rate > 0)
        b.tokens = std::min(b.burst, b.tokens + double(now - b.refilledAt) * b.rate / 1000.0);
    else
        b.tokens = b.burst;
    b.refilledAt = now;
}

RateLimiter::Ticket RateLimiter::acquire(const QString& key, std::function<void()> granted)
{
    auto it = key.isEmpty() ? m_buckets.end() : m_buckets.find(key);
    if (it == m_buckets.end()) {
        granted();
        return 0;
    }
    const Ticket ticket = m_nextTicket++;
    it->waiters.push_back({ ticket, std::move(granted) });
    serve(key);
    return ticket;
}

void RateLimiter::cancel(Ticket ticket)
{
    if (ticket == 0)
        return;
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        auto& w = it->waiters;
        const auto found = std::find_if(w.begin(), w.end(), [ticket](const Waiter& x) { return x.ticket == ticket; });
        if (found != w.end()) {
            w.erase(found);
            return;
        }
    }
}

int RateLimiter::waiting(const QString& key) const
{
    const auto it = m_buckets.constFind(key);
    return it == m_buckets.cend() ? 0 : int(it->waiters.size());
}

void RateLimiter::serve(const QString& key)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        return;
    while (!it->waiters.empty()) {
        refill(*it);
        const qint64 now = m_clock.elapsed();
        if (it->pausedUntil > now) {
            it->timer->start(int(it->pausedUntil - now));
            return;
        }
        if (it->tokens < 1.0) {
            const double missingMs = (1.0 - it->tokens) * 1000.0 / it->rate;
            it->timer->start(std::max(1, int(std::ceil(missingMs))));
            return;
        }
        it->tokens -= 1.0;
        auto cb = std::move(it->waiters.front().granted);
        it->waiters.pop_front();
        cb(); // may acquire again or cancel; `it` is re-looked-up below because the hash may have changed
        it = m_buckets.find(key);
        if (it == m_buckets.end())
            return;
    }
}

} // namespace md::net
