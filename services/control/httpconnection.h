#pragma once

#include "services/control/httprequestparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace md::control {

// One client connection of HttpServer: reads requests one at a time (the next is parsed only after the previous
// one was answered, so answers keep their order), writes the answers, keeps the connection open for HTTP/1.1
// clients, and closes it after `idleTimeout` without a request.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket* socket, std::chrono::milliseconds idleTimeout, QObject* parent = nullptr);

    // Writes the answer to the request last announced by requestReceived().
    void respond(const HttpResponse& response);
    // Answers at once and closes (e.g. too many connections).
    void refuse(const HttpResponse& response);

Q_SIGNALS:
    void requestReceived(const md::control::HttpRequest& request);
    void served(const QByteArray& method, const QString& path, int status, qint64 elapsedMs);

private:
    void read();
    void closeAfterWrite();

    QTcpSocket* m_socket;
    QByteArray m_buffer;
    QTimer m_idle;
    QElapsedTimer m_elapsed;
    QByteArray m_method;
    QString m_path;
    bool m_busy = false; // a request is being handled
    bool m_keepAlive = false;
    bool m_continueSent = false;
    bool m_closing = false;
};

} // namespace md::control
