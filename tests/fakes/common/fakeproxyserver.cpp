#include "tests/fakes/common/fakeproxyserver.h"

#include <QTcpSocket>

namespace md::fakes {

namespace {
constexpr int kUpstreamTimeoutMs = 30'000;

FakeHttpResponse badGateway(const QByteArray& why)
{
    FakeHttpResponse r;
    r.status = 502;
    r.headers = { { "Content-Type", "text/plain" } };
    r.body = "fake proxy: " + why;
    return r;
}
} // namespace

FakeProxyServer::FakeProxyServer(QByteArray user, QByteArray password)
    : m_http([this](const FakeHttpRequest& request) { return handle(request); })
    , m_user(std::move(user))
    , m_expected("Basic " + QByteArray(m_user + ':' + password).toBase64())
{
}

bool FakeProxyServer::listen()
{
    return m_http.listen();
}

QUrl FakeProxyServer::url() const
{
    return QUrl(QStringLiteral("http://%1@127.0.0.1:%2").arg(QString::fromUtf8(m_user)).arg(m_http.port()));
}

int FakeProxyServer::forwardedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_forwarded;
}

int FakeProxyServer::refusedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_refused;
}

QList<QByteArray> FakeProxyServer::forwardedTargets() const
{
    QMutexLocker lock(&m_mutex);
    return m_targets;
}

FakeHttpResponse FakeProxyServer::handle(const FakeHttpRequest& request)
{
    {
        QMutexLocker lock(&m_mutex);
        if (request.header("Proxy-Authorization") != m_expected) {
            ++m_refused;
            FakeHttpResponse refused;
            refused.status = 407;
            refused.headers
                = { { "Proxy-Authenticate", "Basic realm=\"fake-proxy\"" }, { "Content-Type", "text/plain" } };
            refused.body = "proxy authentication required";
            return refused;
        }
        ++m_forwarded;
        m_targets.append(request.target);
    }
    return forward(request);
}

FakeHttpResponse FakeProxyServer::forward(const FakeHttpRequest& request)
{
    const QUrl target(QString::fromLatin1(request.target));
    if (!target.isValid() || target.scheme() != u"http" || target.host() != u"127.0.0.1")
        return badGateway("only absolute http://127.0.0.1 targets are forwarded");
    QTcpSocket upstream;
    upstream.connectToHost(target.host(), quint16(target.port(80)));
    if (!upstream.waitForConnected(kUpstreamTimeoutMs))
        return badGateway("cannot reach the origin");
    QByteArray head
        = request.method + ' ' + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n";
    for (const auto& [name, value] : request.headers) {
        if (name.startsWith("Proxy-") || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue; // hop-by-hop: the credentials end here
        head += name + ": " + value + "\r\n";
    }
    upstream.write(head + "\r\n" + request.body);
    QByteArray raw;
    qsizetype headEnd = -1;
    qint64 length = -1;
    while (headEnd < 0 || raw.size() < headEnd + 4 + length) {
        if (!upstream.waitForReadyRead(kUpstreamTimeoutMs))
            return badGateway("the origin did not answer in full");
        raw += upstream.readAll();
        if (headEnd < 0 && (headEnd = raw.indexOf("\r\n\r\n")) >= 0) {
            length = 0;
            for (const QByteArray& line : raw.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
            }
        }
    }
    FakeHttpResponse response;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    response.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).trimmed();
        if (colon <= 0 || name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue; // set again by the proxy's own server
        response.headers.append({ name, line.mid(colon + 1).trimmed() });
    }
    response.body = raw.mid(headEnd + 4, length);
    return response;
}

} // namespace md::fakes
