#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>
#include <deque>

class QTcpSocket;

namespace md::net::test {

// What the server does with one request.
struct ScriptedReply {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0; // wait before answering
    bool silent = false; // never answer (the client must time out)
    qsizetype truncateAt = -1; // announce the whole body but close after this many bytes
};

struct ReceivedRequest {
    QByteArray method;
    QByteArray target; // as on the request line: a path, or an absolute URL when we act as a proxy
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // on the server's clock, when the request was complete

    QByteArray header(QByteArrayView name) const;
};

// A tiny HTTP/1.1 server on 127.0.0.1 (port 0) that answers requests with a script, in order, and records them.
// One request per connection (it answers "Connection: close"), which is all a client test needs.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    explicit ScriptedServer(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& pathAndQuery) const;

    void enqueue(const ScriptedReply& reply) { m_script.push_back(reply); }
    void enqueue(int status, const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});
    // Used once the script is exhausted.
    void setFallback(const ScriptedReply& reply) { m_fallback = reply; }

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    // Milliseconds between the arrival of request i and request i+1.
    QList<qint64> gaps() const;

signals:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const ScriptedReply& reply);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    std::deque<ScriptedReply> m_script;
    ScriptedReply m_fallback;
    QList<ReceivedRequest> m_requests;
};

} // namespace md::net::test
