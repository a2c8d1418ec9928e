#pragma once

#include "services/domain/error.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <chrono>
#include <optional>

namespace md::net {

// The outcome of a call after all its attempts. error is set iff the call did not end with a 2xx response;
// status, headers and body are still those of the last response so callers can read e.g. a 409 body.
struct HttpResponse {
    int status = 0; // 0 when no HTTP response was received (timeout, connection error, cancel)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for a 2xx streamed into HttpRequest::sink
    std::optional<md::Error> error;
    int attempts = 0;
    std::chrono::milliseconds elapsed { 0 }; // from send() to completion, waits included
    qint64 bytesReceived = 0; // body bytes of the last attempt (also when streamed)
    QByteArray sha256; // lower-case hex, when HttpRequest::sha256 was set and the call succeeded

    bool ok() const { return !error.has_value(); }
    // The value of the first header with this name (case-insensitive), or a null QByteArray.
    QByteArray header(QByteArrayView name) const;
};

} // namespace md::net
