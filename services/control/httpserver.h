#pragma once

#include "services/control/bearerauth.h"
#include "services/control/httpmessage.h"
#include "services/domain/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <chrono>

namespace md::control {

class HttpConnection;

// A small HTTP/1.1 server for the control API (QtHttpServer 6.4 cannot answer a request later from another
// thread, which every database-backed route needs). Lives in one thread; checks the bearer token of every request
// before the handler sees it; hands the rest to `handler`, which may answer from any thread through the Responder.
// Answers still pending when the server is destroyed are dropped: destroy it only after every thread that may
// still answer has ended.
class HttpServer : public QObject {
    Q_OBJECT
public:
    static constexpr int maxConnections = 32;
    static constexpr std::chrono::milliseconds idleTimeout { 30'000 };

    HttpServer(BearerAuth auth, Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    // Listens on address:port (0: any free port). Config error naming the address when that fails.
    Status listen(const QHostAddress& address, quint16 port);
    void close();
    quint16 port() const { return m_tcp.serverPort(); }
    QHostAddress address() const { return m_tcp.serverAddress(); }

Q_SIGNALS:
    // One line per answered request, for the log (never headers or bodies).
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs);

private:
    void accept();
    void deliver(quint64 connectionId, const HttpResponse& response);

    BearerAuth m_auth;
    Handler m_handler;
    QTcpServer m_tcp;
    QHash<quint64, QPointer<HttpConnection>> m_connections;
    quint64 m_nextId = 0;
};

} // namespace md::control
