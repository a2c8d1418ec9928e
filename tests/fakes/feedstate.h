#pragma once

#include "tests/fakes/feedfault.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <optional>

namespace md::fakes {

// A parsed HTTP request line and headers.
struct HttpRequest {
    QByteArray method;
    QByteArray target; // as on the request line: /20261120/GUCCI.csv?x=1
    QByteArray version; // HTTP/1.1
    QList<std::pair<QByteArray, QByteArray>> headers;
};

// The bytes to send for one request; the connection only does the I/O.
struct PlannedResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body; // empty for HEAD and 304
    qint64 contentLength = -1; // Content-Length to announce; -1: body.size()
    qint64 bytesToSend = -1; // of body; -1: all, fewer for a truncated body
    bool closeAfter = false;
    std::chrono::milliseconds delay { 0 };
};

// Configuration, faults and the request log of the fake G&B server, shared between the test's thread and
// the server's thread (hence the mutex); decides the response to each request.
class FeedState {
public:
    explicit FeedState(const QString& feedRoot);

    void setBasicAuth(const QString& user, const QString& password);
    void setApiKey(const QByteArray& key);
    void addFault(const QString& path, const FeedFault& fault);
    void clearFaults();
    QList<FeedRequest> requests() const;
    void clearRequests();

    // Thread-safe: logs the request, consumes a matching fault and plans the answer.
    PlannedResponse respond(const HttpRequest& request);

private:
    struct CachedFile {
        qint64 size = -1;
        QDateTime mtime;
        QByteArray sha256;
    };

    bool authorised(const HttpRequest& request) const;
    std::optional<FeedFault> takeFault(const QString& path);
    PlannedResponse serveFile(const HttpRequest& request, const QString& path, const std::optional<FeedFault>& fault);
    QByteArray sha256Of(const QString& file, const QByteArray& bytes);
    QDateTime lastModified(const QString& dayDir, const QString& fileName, const QDateTime& fallback);

    mutable QMutex m_mutex;
    QString m_root;
    QByteArray m_basicCredentials; // base64(user:password), empty when Basic auth is off
    QByteArray m_apiKey;
    QHash<QString, QList<FeedFault>> m_faults;
    QList<FeedRequest> m_requests;
    QHash<QString, CachedFile> m_shaCache;
};

QByteArray httpDate(const QDateTime& time);
QByteArray reasonPhrase(int status);

} // namespace md::fakes
