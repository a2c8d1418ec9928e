#include "tests/fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace md::fakes {

QByteArray FakeHttpRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray FakeHttpRequest::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QList<QPair<QString, QString>> FakeHttpRequest::form() const
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode
            = [](QByteArray s) { return QString::fromUtf8(QByteArray::fromPercentEncoding(s.replace('+', ' '))); };
        out.append({ decode(pair.left(eq < 0 ? pair.size() : eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1)) });
    }
    return out;
}

QString FakeHttpRequest::formValue(const QString& key) const
{
    for (const auto& [k, v] : form()) {
        if (k == key)
            return v;
    }
    return {};
}

FakeHttpResponse FakeHttpResponse::json(const QByteArray& body, int status)
{
    FakeHttpResponse r;
    r.status = status;
    r.headers = { { "Content-Type", "application/json; charset=utf-8" } };
    r.body = body;
    return r;
}

// One client connection: parses requests (head and Content-Length body) and answers them in order.
class FakeHttpConnection : public QObject {
public:
    FakeHttpConnection(QTcpSocket* socket, const FakeHttpServer::Handler& handler, QObject* parent)
        : QObject(parent)
        , m_socket(socket)
        , m_handler(handler)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::read);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

private:
    void read()
    {
        m_buffer.append(m_socket->readAll());
        while (!m_busy && m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeHttpRequest request;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            if (first.size() != 3) {
                m_socket->abort();
                return;
            }
            request.method = first[0];
            request.target = first[1];
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            }
            const qint64 length = request.header("Content-Length").toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            request.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            const FakeHttpResponse response = m_handler(request);
            if (response.drop) {
                m_socket->abort();
                return;
            }
            if (response.delay.count() > 0) {
                m_busy = true;
                QTimer::singleShot(response.delay, this, [this, response] {
                    m_busy = false;
                    send(response);
                    read();
                });
                return;
            }
            send(response);
        }
    }

    void send(const FakeHttpResponse& r)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray date
            = QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss").toLatin1() + " GMT";
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\n";
        bool hasDate = false;
        for (const auto& h : r.headers)
            hasDate = hasDate || h.first.compare("Date", Qt::CaseInsensitive) == 0;
        if (!hasDate) // a handler may send its own (a server whose clock is off)
            head += "Date: " + date + "\r\n";
        for (const auto& [name, value] : r.headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        m_socket->write(head + r.body);
    }

    QPointer<QTcpSocket> m_socket;
    const FakeHttpServer::Handler& m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
};

class FakeHttpListener : public QTcpServer {
public:
    explicit FakeHttpListener(const FakeHttpServer::Handler& handler)
        : m_handler(handler)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        new FakeHttpConnection(socket, m_handler, this);
    }

private:
    const FakeHttpServer::Handler& m_handler;
};

FakeHttpServer::FakeHttpServer(Handler handler)
    : m_handler(std::move(handler))
{
    m_thread.setObjectName(QStringLiteral("fake-http"));
}

FakeHttpServer::~FakeHttpServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool FakeHttpServer::listen()
{
    m_thread.start();
    m_listener = new FakeHttpListener(m_handler);
    m_listener->moveToThread(&m_thread);
    // Its connections (children) go with it when the thread ends.
    QObject::connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        m_listener,
        [this] {
            if (m_listener->listen(QHostAddress::LocalHost, 0))
                m_port = m_listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return m_port != 0;
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace md::fakes
