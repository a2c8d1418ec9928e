#include "services/net/httpclient.h"

#include "services/net/httpcall.h"
#include "services/net/ratelimiter.h"
#include "services/net/redactor.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace md::net {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_limiter(new RateLimiter(this))
    , m_redactor(std::make_shared<Redactor>())
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
}

HttpClient::~HttpClient()
{
    // Calls are children and die with us; make sure none reports back into a half-destroyed client.
    for (const QPointer<HttpCall>& call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect();
            call->m_callback = nullptr;
            call->detachReply();
        }
    }
}

void HttpClient::setRateLimit(const QString& rateKey, double ratePerSecond, int burst)
{
    m_limiter->setLimit(rateKey, ratePerSecond, burst);
}

void HttpClient::pauseRateKey(const QString& rateKey, std::chrono::milliseconds wait)
{
    m_limiter->pause(rateKey, wait);
}

md::Status HttpClient::setProxy(const QUrl& proxyUrl, const QString& password)
{
    if (proxyUrl.isEmpty()) {
        m_nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return {};
    }
    const QString scheme = proxyUrl.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    if (scheme == u"socks5")
        type = QNetworkProxy::Socks5Proxy;
    else if (scheme != u"http")
        return md::Error { md::ErrorCode::Config, tr("The proxy address must start with http:// or socks5://."),
            m_redactor->redact(proxyUrl.toString()) };
    // Like --db URLs: a password in a URL ends up in settings, logs and process lists, so it is refused.
    if (!proxyUrl.password().isEmpty())
        return md::Error { md::ErrorCode::Config,
            tr("The proxy address contains a password; give it without one (http://user@host:port) and keep the "
               "password in the keychain."),
            m_redactor->redact(proxyUrl.toString(QUrl::RemovePassword)) };
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return md::Error { md::ErrorCode::Config, tr("The proxy address is not a valid URL."),
            m_redactor->redact(proxyUrl.toString()) };
    const QString secret = password;
    if (!secret.isEmpty())
        m_redactor->addSecret(secret);
    m_nam->setProxy(QNetworkProxy(type, proxyUrl.host(),
        quint16(proxyUrl.port(type == QNetworkProxy::HttpProxy ? 3128 : 1080)), proxyUrl.userName(), secret));
    return {};
}

QNetworkProxy HttpClient::proxy() const
{
    return m_nam->proxy();
}

void HttpClient::setRedactor(std::shared_ptr<Redactor> redactor)
{
    if (redactor)
        m_redactor = std::move(redactor);
}

HttpCall* HttpClient::send(HttpRequest request)
{
    auto* call = new HttpCall(this, std::move(request));
    m_calls.append(call);
    // Queued so that the caller can connect to the call before anything can happen.
    QMetaObject::invokeMethod(call, &HttpCall::start, Qt::QueuedConnection);
    return call;
}

HttpCall* HttpClient::send(HttpRequest request, QObject* context, Callback done)
{
    HttpCall* call = send(std::move(request));
    call->m_callback = std::move(done);
    call->m_context = context;
    call->m_hasContext = context != nullptr;
    return call;
}

void HttpClient::cancelAll()
{
    const auto calls = m_calls; // cancel() removes entries and callbacks may send new calls
    for (const QPointer<HttpCall>& call : calls) {
        if (call && !call->request().outlivesCancel)
            call->cancel();
    }
}

} // namespace md::net
