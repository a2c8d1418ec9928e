#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <chrono>
#include <optional>

namespace md::net {

// When and how long to retry. Defaults suit the marketplaces; tests shrink the delays.
struct RetryPolicy {
    int maxAttempts = 3; // including the first attempt
    std::chrono::milliseconds baseDelay { 500 }; // backoff ceiling of the first retry
    std::chrono::milliseconds maxDelay { 30'000 }; // backoff ceiling never grows past this
    std::chrono::milliseconds serverWaitCap { 60'000 }; // Retry-After and platform wait hints are capped to this

    // "Full jitter" backoff before retry number `retry` (1 = first retry): uniform in [0, min(maxDelay,
    // base·2^(retry−1))). `unit` is a random number in [0, 1).
    std::chrono::milliseconds backoff(int retry, double unit) const;
};

// Retried: 408, 429 and every 5xx. Never any other 4xx.
bool isRetryableStatus(int status);
// Retried: failures to connect or transfer (refused, reset, DNS, proxy, Qt's own timeout); never TLS or auth failures.
bool isRetryableNetworkError(QNetworkReply::NetworkError error);
// Retry-After as delay-seconds or an HTTP-date relative to `now`; nullopt when absent or unparseable; never negative.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value, const QDateTime& now);

} // namespace md::net
