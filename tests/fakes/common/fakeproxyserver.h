#pragma once

#include "tests/fakes/common/fakehttpserver.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QUrl>

namespace md::fakes {

// A forwarding HTTP proxy on 127.0.0.1 that requires `Proxy-Authorization: Basic base64(user:password)`: without
// it (or with a wrong one) it answers 407 with `Proxy-Authenticate: Basic`; with it, it forwards the absolute-form
// request to its origin, which must be on 127.0.0.1 too (another fake), and relays the answer. Plain HTTP only
// (no CONNECT), which is what the marketplace fakes speak.
class FakeProxyServer {
public:
    FakeProxyServer(QByteArray user, QByteArray password);
    bool listen();
    QUrl url() const; // http://<user>@127.0.0.1:<port>: the account's proxy URL, without the password
    quint16 port() const { return m_http.port(); }

    int forwardedCount() const; // requests relayed to an origin
    int refusedCount() const; // 407 answers (missing or wrong credentials)
    QList<QByteArray> forwardedTargets() const; // absolute URLs relayed, in order

private:
    FakeHttpResponse handle(const FakeHttpRequest& request);
    static FakeHttpResponse forward(const FakeHttpRequest& request);

    mutable QMutex m_mutex;
    FakeHttpServer m_http;
    QByteArray m_user;
    QByteArray m_expected; // "Basic base64(user:password)"
    int m_forwarded = 0;
    int m_refused = 0;
    QList<QByteArray> m_targets;
};

} // namespace md::fakes
