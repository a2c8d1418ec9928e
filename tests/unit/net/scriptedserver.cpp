#include "scriptedserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::net::test {

QByteArray ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedServer::ScriptedServer(QObject* parent)
    : QObject(parent)
{
    m_fallback.body = "fallback";
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedServer::onConnection);
}

bool ScriptedServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::url(const QString& pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(pathAndQuery));
}

void ScriptedServer::enqueue(int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    ScriptedReply r;
    r.status = status;
    r.body = body;
    r.headers = headers;
    m_script.push_back(r);
}

QList<qint64> ScriptedServer::gaps() const
{
    QList<qint64> out;
    for (qsizetype i = 1; i < m_requests.size(); ++i)
        out << m_requests[i].atMs - m_requests[i - 1].atMs;
    return out;
}

void ScriptedServer::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        socket->setProperty("buffer", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ScriptedServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || socket->property("answered").toBool())
        return;
    ReceivedRequest req;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    req.method = requestLine.value(0);
    req.target = requestLine.value(1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        req.headers.append({ name, value });
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength)
        return; // body not complete yet
    req.body = buffer.mid(headerEnd + 4, contentLength);
    req.atMs = m_clock.elapsed();
    socket->setProperty("answered", true);
    m_requests.append(req);

    ScriptedReply reply = m_fallback;
    if (!m_script.empty()) {
        reply = m_script.front();
        m_script.pop_front();
    }
    emit requestReceived();
    if (reply.silent)
        return;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delayMs, this, [this, guard, reply] {
        if (guard)
            answer(guard, reply);
    });
}

void ScriptedServer::answer(QTcpSocket* socket, const ScriptedReply& reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += reply.truncateAt >= 0 ? reply.body.left(reply.truncateAt) : reply.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace md::net::test
