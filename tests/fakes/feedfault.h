#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <utility>

namespace md::fakes {

// One misbehaviour of the fake G&B feed server for requests of one path. Build with the factories;
// by default a fault applies to every matching request, times(n) limits it to the next n requests.
struct FeedFault {
    enum class Kind {
        Status, // answer `status` (e.g. 500, 503, 429) with a short text body and optional Retry-After
        Delay, // wait `delay` before answering normally: longer than the client's timeout, it is a hang
        Truncate, // Content-Length of the whole body, then only half of it is sent and the connection closed
        CorruptBody, // a complete, well-formed response whose bytes differ from the file (sha256 ≠ index.csv)
        NotFound, // 404 even though the file exists (an index listing a missing file)
    };

    Kind kind = Kind::Status;
    int status = 500;
    int retryAfterSeconds = -1; // Status only; < 0: no Retry-After header
    std::chrono::milliseconds delay { 0 };
    int remaining = -1; // requests left to affect; -1: all of them

    static FeedFault withStatus(int status, int retryAfterSeconds = -1)
    {
        FeedFault f;
        f.kind = Kind::Status;
        f.status = status;
        f.retryAfterSeconds = retryAfterSeconds;
        return f;
    }
    static FeedFault delayed(std::chrono::milliseconds delay)
    {
        FeedFault f;
        f.kind = Kind::Delay;
        f.delay = delay;
        return f;
    }
    static FeedFault truncated() { return ofKind(Kind::Truncate); }
    static FeedFault corruptBody() { return ofKind(Kind::CorruptBody); }
    static FeedFault notFound() { return ofKind(Kind::NotFound); }

    FeedFault times(int n) const
    {
        FeedFault f = *this;
        f.remaining = n;
        return f;
    }

private:
    static FeedFault ofKind(Kind kind)
    {
        FeedFault f;
        f.kind = kind;
        return f;
    }
};

// A request as the fake server received it, and what it answered.
struct FeedRequest {
    QByteArray method;
    QString path; // decoded URL path without the query, e.g. /20261120/GUCCI.csv
    QList<std::pair<QByteArray, QByteArray>> headers; // as sent, names in the client's spelling
    int status = 0; // the status line sent back (for Truncate: 200 with a short body)
    QDateTime receivedAt;

    // The value of a header, names compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(const QByteArray& name) const
    {
        for (const auto& h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};

} // namespace md::fakes
