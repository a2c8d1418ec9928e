#pragma once

#include "tests/fakes/feedfault.h"

#include <QThread>
#include <QUrl>
#include <memory>

namespace md::fakes {

class FeedState;
class FeedListener;

// A local G&B feed server for tests (reference/gnb-feed.md): serves <feedRoot>/<day>/<file> at
// http://127.0.0.1:<port>/<day>/<file> with ETag (quoted sha256), Last-Modified (index.csv's `modified`),
// If-None-Match / If-Modified-Since → 304, optional Basic auth or X-Api-Key (401 otherwise), injectable faults
// per path and a log of every request.
//
// It answers from its own thread, so a test may block (QProcess::waitForFinished on a crawler process)
// while it serves. All methods are thread-safe and take effect for the next request.
class FakeGnbServer {
public:
    explicit FakeGnbServer(const QString& feedRoot);
    ~FakeGnbServer();
    FakeGnbServer(const FakeGnbServer&) = delete;
    FakeGnbServer& operator=(const FakeGnbServer&) = delete;

    // Listens on 127.0.0.1 on a free port; false when that fails.
    bool listen();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>/
    QUrl url(const QString& path) const; // url(u"20261120/index.csv") → http://127.0.0.1:<port>/20261120/index.csv

    // Requires "Authorization: Basic base64(user:password)" (an empty user turns it off); with setApiKey too,
    // either one is accepted.
    void setBasicAuth(const QString& user, const QString& password);
    // Requires "X-Api-Key: key"; an empty key (and no Basic auth) serves everybody.
    void setApiKey(const QByteArray& key);

    // Adds a fault for requests of path ("/20261120/GUCCI.csv", or "*" for every path). Faults of a path are
    // used in the order added, each for as many requests as its times(n) says (all, by default).
    void injectFault(const QString& path, const FeedFault& fault);
    void clearFaults();

    QList<FeedRequest> requests() const;
    QList<FeedRequest> requests(const QString& path) const;
    void clearRequests();

private:
    std::unique_ptr<FeedState> m_state;
    QThread m_thread;
    FeedListener* m_listener = nullptr; // lives in m_thread
    quint16 m_port = 0;
};

} // namespace md::fakes
