#include "services/control/httpserver.h"

#include "services/control/controltr.h"
#include "services/control/httpconnection.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace md::control {

HttpServer::HttpServer(BearerAuth auth, Handler handler, QObject* parent)
    : QObject(parent)
    , m_auth(std::move(auth))
    , m_handler(std::move(handler))
    , m_tcp(this)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::accept);
}

HttpServer::~HttpServer()
{
    close();
}

Status HttpServer::listen(const QHostAddress& address, quint16 port)
{
    if (Status allowed = BearerAuth::checkBind(address, m_auth.isEnabled()); !allowed)
        return allowed;
    if (!m_tcp.listen(address, port))
        return Error { ErrorCode::Config,
            tr("Cannot serve the control API on %1 port %2: %3. Choose another port or stop the program using it.")
                .arg(address.toString())
                .arg(port)
                .arg(m_tcp.errorString()),
            {} };
    return {};
}

void HttpServer::close()
{
    m_tcp.close();
    for (const auto& connection : std::as_const(m_connections)) {
        if (connection)
            delete connection.data();
    }
    m_connections.clear();
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, idleTimeout, this);
        // Forget connections that went away (also those closed by their idle timer).
        for (auto it = m_connections.begin(); it != m_connections.end();)
            it = it.value() ? std::next(it) : m_connections.erase(it);
        if (m_connections.size() >= maxConnections) {
            connection->refuse(HttpResponse::error(503, u"busy"_s, tr("Too many open connections; try again.")));
            continue;
        }
        const quint64 id = ++m_nextId;
        m_connections.insert(id, connection);
        connect(connection, &HttpConnection::served, this, &HttpServer::served);
        connect(connection, &HttpConnection::requestReceived, this, [this, id, connection](const HttpRequest& request) {
            if (!m_auth.accepts(request))
                return connection->respond(BearerAuth::unauthorized());
            if (!m_auth.isEnabled() && !BearerAuth::isFromLocalProgram(request))
                return connection->respond(BearerAuth::forbiddenBrowser());
            m_handler(request, [this, id](HttpResponse response) {
                QMetaObject::invokeMethod(
                    this, [this, id, response = std::move(response)] { deliver(id, response); }, Qt::QueuedConnection);
            });
        });
    }
}

void HttpServer::deliver(quint64 connectionId, const HttpResponse& response)
{
    if (HttpConnection* connection = m_connections.value(connectionId))
        connection->respond(response);
}

} // namespace md::control
