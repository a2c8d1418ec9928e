#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QThread>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

namespace md::fakes {

// One request as a fake server received it.
struct FakeHttpRequest {
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // first header of that name (case-insensitive), or null
    QByteArray path() const; // target without the query
    // application/x-www-form-urlencoded fields of the body, decoded (UTF-8).
    QList<QPair<QString, QString>> form() const;
    QString formValue(const QString& key) const;
};

// What the fake answers. `delay` holds the answer back (longer than the client's timeout = a timeout);
// `drop` closes the connection without any answer.
struct FakeHttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds delay { 0 };
    bool drop = false;

    static FakeHttpResponse json(const QByteArray& body, int status = 200);
};

class FakeHttpListener;

// A raw HTTP/1.1 server on 127.0.0.1 for platform fakes (byte-level control of answers, keep-alive, delays), serving
// from its own thread so a test may block (e.g. waiting for a CLI process) while it answers. The handler runs in
// that thread and must be thread-safe with respect to the test's own calls.
class FakeHttpServer {
public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest&)>;

    explicit FakeHttpServer(Handler handler);
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer&) = delete;
    FakeHttpServer& operator=(const FakeHttpServer&) = delete;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>

private:
    Handler m_handler;
    QThread m_thread;
    FakeHttpListener* m_listener = nullptr;
    quint16 m_port = 0;
};

} // namespace md::fakes
