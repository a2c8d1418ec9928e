#include "tests/fakes/feedconnection.h"

#include <QDateTime>
#include <QTimer>

namespace md::fakes {

namespace {

constexpr qsizetype maxHeaderBytes = qsizetype(64) * 1024;

std::optional<HttpRequest> parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return std::nullopt;
    HttpRequest request { requestLine[0], requestLine[1], requestLine[2], {} };
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return request;
}

QByteArray header(const HttpRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

FeedConnection::FeedConnection(QTcpSocket* socket, FeedState& state, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_state(state)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &FeedConnection::readRequests);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void FeedConnection::readRequests()
{
    if (!m_socket)
        return;
    m_buffer.append(m_socket->readAll());
    while (!m_busy && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > maxHeaderBytes)
                m_socket->abort();
            return;
        }
        const std::optional<HttpRequest> request = parseHead(m_buffer.left(end));
        if (!request) {
            PlannedResponse bad;
            bad.status = 400;
            bad.closeAfter = true;
            send(bad, false);
            return;
        }
        const qint64 bodyLength = header(*request, "Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + bodyLength)
            return; // the request body has not all arrived yet; it is read and ignored
        m_buffer.remove(0, end + 4 + bodyLength);

        const QByteArray connection = header(*request, "Connection").toLower();
        const bool keepAlive
            = request->version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
        const PlannedResponse response = m_state.respond(*request);
        if (response.delay.count() > 0) {
            m_busy = true;
            QTimer::singleShot(response.delay, this, [this, response, keepAlive] {
                m_busy = false;
                send(response, keepAlive);
                readRequests();
            });
            return;
        }
        send(response, keepAlive);
    }
}

void FeedConnection::send(const PlannedResponse& response, bool keepAlive)
{
    // The client may have given up (its timeout) while a delayed answer was pending.
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = response.closeAfter || !keepAlive;
    const qint64 length = response.contentLength >= 0 ? response.contentLength : response.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Server: fake-gnb\r\n";
    for (const auto& [name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 304) // a 304 has no body, and QNetworkAccessManager must not wait for one
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    m_socket->write(head);
    if (response.bytesToSend >= 0)
        m_socket->write(response.body.left(response.bytesToSend));
    else
        m_socket->write(response.body);
    if (close)
        m_socket->disconnectFromHost(); // after the buffered bytes are written
}

} // namespace md::fakes
