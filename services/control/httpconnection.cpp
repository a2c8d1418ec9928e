#include "services/control/httpconnection.h"

#include <QTcpSocket>

namespace md::control {

HttpConnection::HttpConnection(QTcpSocket* socket, std::chrono::milliseconds idleTimeout, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeout);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::read);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_idle.start();
}

void HttpConnection::read()
{
    m_buffer.append(m_socket->readAll());
    if (m_busy || m_closing) {
        // A client that keeps sending while its request is handled cannot make the buffer grow without bound.
        if (m_buffer.size() > ParseLimits().maxHead + ParseLimits().maxBody)
            m_socket->abort();
        return;
    }
    ParseResult parsed = parseRequest(m_buffer);
    switch (parsed.kind) {
    case ParseResult::Incomplete:
        if (parsed.wantsContinue && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case ParseResult::Failed:
        refuse(parsed.failure);
        return;
    case ParseResult::Complete:
        break;
    }
    m_busy = true;
    m_continueSent = false;
    m_keepAlive = parsed.keepAlive;
    m_method = parsed.request.method;
    m_path = parsed.request.path;
    m_idle.stop();
    m_elapsed.start();
    parsed.request.peer = m_socket->peerAddress();
    Q_EMIT requestReceived(parsed.request);
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_busy)
        return;
    m_busy = false;
    Q_EMIT served(m_method, m_path, response.status, m_elapsed.elapsed());
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(response.serialize(m_keepAlive));
    if (!m_keepAlive)
        return closeAfterWrite();
    m_idle.start();
    if (!m_buffer.isEmpty()) // a pipelined request already arrived
        read();
}

void HttpConnection::refuse(const HttpResponse& response)
{
    m_busy = false;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(response.serialize(false));
    closeAfterWrite();
}

void HttpConnection::closeAfterWrite()
{
    m_closing = true;
    m_buffer.clear();
    m_socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace md::control
