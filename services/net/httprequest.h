#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <optional>

class QIODevice;

namespace md::net {

// One HTTP call as the caller wants it; retries, pacing and timeouts are handled by HttpClient.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // sent as given; Authorization etc. are redacted in logs
    QByteArray body;
    // Longest time without any byte moving in either direction before the attempt is abandoned (0: client default).
    int timeoutMs = 0;
    // Unset: GET/HEAD/PUT/DELETE/OPTIONS are retried, POST/PATCH are not. Set true only when a repeat is harmless
    // (e.g. a search sent as POST, or an order carrying a unique reference the server de-duplicates).
    std::optional<bool> idempotent;
    // Calls sharing a key share one token bucket (e.g. "naver:<account>:orders"); empty: not rate limited.
    QString rateKey;
    // Streaming download: a 2xx body is written to sink as it arrives instead of being kept in memory.
    // The sink is not owned and must outlive the call. It is rewound before a retry when it is a QFileDevice
    // or a QBuffer; with any other device a call that already wrote bytes is not retried.
    QIODevice* sink = nullptr;
    bool sha256 = false; // compute the SHA-256 of the 2xx body on the fly (HttpResponse::sha256)
    // HttpClient::cancelAll() leaves the call to finish (its own timeout still applies): for a call whose answer
    // must not be lost once sent, e.g. renewing a rotating refresh token that the server retires on receipt.
    bool outlivesCancel = false;

    bool isIdempotent() const;
};

} // namespace md::net
