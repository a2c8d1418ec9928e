#include "services/net/httpcall.h"

#include "services/net/httpclient.h"
#include "services/net/netlog.h"
#include "services/net/ratelimiter.h"
#include "services/net/redactor.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileDevice>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <algorithm>

using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

namespace md::net {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024; // error bodies of streamed downloads are kept for messages only
constexpr qsizetype kDetailBody = 500; // how much of a body goes into Error::detail

} // namespace

HttpCall::HttpCall(HttpClient* client, HttpRequest request)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &HttpCall::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpCall::acquireToken);
    m_elapsed.start();
}

QString HttpCall::loggableUrl() const
{
    return m_client->redactor().redact(m_request.url.toString());
}

QString HttpCall::redactedPrefix(const QByteArray& body) const
{
    // Redact before cutting, so that a secret straddling the cut cannot leave a readable half behind.
    return m_client->redactor().redact(body.left(4 * kDetailBody)).left(kDetailBody);
}

QString HttpCall::describe() const
{
    return QString::fromLatin1(m_request.method) + u' ' + loggableUrl();
}

void HttpCall::start()
{
    if (m_state != State::Created)
        return;
    if (!m_request.url.isValid() || m_request.url.scheme().isEmpty()) {
        complete(md::Error { md::ErrorCode::Invalid, tr("The address to call is not a valid URL."), loggableUrl() });
        return;
    }
    acquireToken();
}

void HttpCall::acquireToken()
{
    m_state = State::WaitingToken;
    QPointer<HttpCall> self(this);
    const quint64 ticket = m_client->m_limiter->acquire(m_request.rateKey, [self] {
        if (self && self->m_state == State::WaitingToken) {
            self->m_ticket = 0;
            self->startAttempt();
        }
    });
    if (self && m_state == State::WaitingToken)
        m_ticket = ticket; // not granted yet (a synchronous grant has already moved on)
}

void HttpCall::startAttempt()
{
    if (m_response.attempts > 0 && m_sinkBytes > 0) {
        if (!rewindSink()) {
            complete(
                md::Error { md::ErrorCode::Io, tr("Could not restart the download into its file."), loggableUrl() });
            return;
        }
        m_sinkBytes = 0;
    }
    m_state = State::InFlight;
    ++m_response.attempts;
    m_response.status = 0;
    m_response.headers.clear();
    m_response.body.clear();
    m_response.bytesReceived = 0;
    m_hash.reset();

    QNetworkRequest req(m_request.url);
    bool hasAgent = false;
    QStringList logged;
    for (const auto& [name, value] : std::as_const(m_request.headers)) {
        req.setRawHeader(name, value);
        hasAgent = hasAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
        logged << QString::fromLatin1(name) + u": "_s + m_client->redactor().redactHeader(name, value);
    }
    if (!hasAgent)
        req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("MarketDesk"));
    qCDebug(lcNet).noquote() << m_request.method << loggableUrl() << "attempt" << m_response.attempts
                             << "headers:" << logged.join(u", "_s) << "body:" << redactedPrefix(m_request.body);

    m_reply = m_client->m_nam->sendCustomRequest(req, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onReplyFinished);
    // The timeout measures silence, so any movement restarts it.
    connect(m_reply, &QNetworkReply::uploadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::downloadProgress, &m_timeout, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::metaDataChanged, &m_timeout, qOverload<>(&QTimer::start));
    const milliseconds timeout
        = m_request.timeoutMs > 0 ? milliseconds(m_request.timeoutMs) : m_client->m_defaultTimeout;
    m_timeout.start(int(std::max<qint64>(1, timeout.count())));
}

void HttpCall::onReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool toSink = m_request.sink && status >= 200 && status < 300;
    const QByteArray chunk = m_reply->readAll();
    m_response.bytesReceived += chunk.size();
    if (toSink) {
        if (m_request.sha256)
            m_hash.addData(chunk);
        if (m_request.sink->write(chunk) != chunk.size()) {
            detachReply();
            complete(md::Error {
                md::ErrorCode::Io, tr("Could not write the downloaded data."), m_request.sink->errorString() });
            return;
        }
        m_sinkBytes += chunk.size();
    } else if (!m_request.sink || m_response.body.size() < kMaxErrorBody) {
        if (m_request.sha256 && !m_request.sink && status >= 200 && status < 300)
            m_hash.addData(chunk);
        m_response.body += chunk;
    }
}

void HttpCall::onTimeout()
{
    if (m_state != State::InFlight)
        return;
    detachReply();
    const milliseconds timeout
        = m_request.timeoutMs > 0 ? milliseconds(m_request.timeoutMs) : m_client->m_defaultTimeout;
    failAttempt(
        md::Error { md::ErrorCode::Timeout,
            tr("%1 did not answer within %2 s.").arg(m_request.url.host()).arg(double(timeout.count()) / 1000.0),
            describe() },
        true);
}

void HttpCall::detachReply()
{
    m_timeout.stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->disconnect(&m_timeout);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_state != State::InFlight)
        return;
    m_timeout.stop();
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_state != State::InFlight)
        return; // the sink failed
    m_response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.headers = reply->rawHeaderPairs();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    const int status = m_response.status;
    qCDebug(lcNet).noquote() << describe() << "->" << status << "in" << m_elapsed.elapsed() << "ms";
    const bool success = status >= 200 && status < 300;
    // A 2xx whose body broke off (Qt reports e.g. RemoteHostClosedError with the status set) is a failed transfer.
    if (netError == QNetworkReply::ProxyAuthenticationRequiredError) {
        m_response.status = 407; // Qt may end a refused proxy login without the proxy's status
        failAttempt(statusError(), false);
        return;
    }
    if (status == 0 || (success && netError != QNetworkReply::NoError)) {
        const QString reason = m_client->redactor().redact(netErrorText);
        failAttempt(md::Error { md::ErrorCode::Network,
                        status == 0 ? tr("Could not reach %1: %2").arg(m_request.url.host(), reason)
                                    : tr("The transfer from %1 broke off: %2").arg(m_request.url.host(), reason),
                        describe() },
            isRetryableNetworkError(netError));
        return;
    }
    if (success && isTruncated()) {
        failAttempt(md::Error { md::ErrorCode::Network,
                        tr("The connection to %1 closed before the whole answer arrived.").arg(m_request.url.host()),
                        describe()
                            + u" -> received %1 of %2 bytes"_s.arg(m_response.bytesReceived)
                                  .arg(QString::fromLatin1(m_response.header("Content-Length"))) },
            true);
        return;
    }
    if (success) {
        if (m_request.sha256)
            m_response.sha256 = m_hash.hexResult();
        complete(std::nullopt);
        return;
    }
    failAttempt(statusError(), isRetryableStatus(status));
}

bool HttpCall::isTruncated() const
{
    // Qt accepts a body cut short by the server closing the connection; a half feed file must not pass as whole.
    // With a Content-Encoding, Qt has decompressed the body and the lengths cannot be compared.
    const QByteArray encoding = m_response.header("Content-Encoding");
    if (m_request.method.compare("HEAD", Qt::CaseInsensitive) == 0 || (!encoding.isEmpty() && encoding != "identity"))
        return false;
    bool ok = false;
    const qint64 expected = m_response.header("Content-Length").trimmed().toLongLong(&ok);
    return ok && m_response.bytesReceived < expected;
}

md::Error HttpCall::statusError() const
{
    const int status = m_response.status;
    md::ErrorCode code = md::ErrorCode::Invalid;
    if (status == 401 || status == 403 || status == 407)
        code = md::ErrorCode::Auth;
    else if (status == 404)
        code = md::ErrorCode::NotFound;
    else if (status == 429)
        code = md::ErrorCode::RateLimited;
    else if (status == 408)
        code = md::ErrorCode::Timeout;
    else if (status >= 500 || status < 200)
        code = md::ErrorCode::Network;
    QString detail = describe() + u" -> HTTP "_s + QString::number(status);
    if (!m_response.body.isEmpty())
        detail += u": "_s + redactedPrefix(m_response.body);
    if (status == 407) {
        const QNetworkProxy proxy = m_client->proxy();
        return md::Error { code,
            tr("The proxy %1 refused the credentials for user \"%2\": check the proxy user in the account's proxy "
               "URL and the proxy password in the keychain.")
                .arg(proxy.hostName(), proxy.user()),
            detail };
    }
    return md::Error { code, tr("%1 answered HTTP %2.").arg(m_request.url.host()).arg(status), detail };
}

void HttpCall::failAttempt(md::Error error, bool retryable)
{
    if (retryable && m_response.status != 0 && m_client->m_retryFilter && !m_client->m_retryFilter(m_response))
        retryable = false;
    // Server-requested waits: Retry-After on 429/503, and the platform's own hint on any response.
    std::optional<milliseconds> serverWait;
    if (m_response.status == 429 || m_response.status == 503)
        serverWait = parseRetryAfter(m_response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (m_client->m_waitHint && m_response.status != 0) {
        if (const auto hint = m_client->m_waitHint(m_response))
            serverWait = std::max(serverWait.value_or(milliseconds(0)), *hint);
    }
    const RetryPolicy& policy = m_client->m_policy;
    if (serverWait) {
        serverWait = std::min(*serverWait, policy.serverWaitCap);
        m_client->m_limiter->pause(m_request.rateKey, *serverWait);
    }

    const bool sinkOk
        = m_sinkBytes == 0 || qobject_cast<QFileDevice*>(m_request.sink) || qobject_cast<QBuffer*>(m_request.sink);
    if (!retryable || !m_request.isIdempotent() || !sinkOk || m_response.attempts >= policy.maxAttempts) {
        qCWarning(lcNet).noquote() << m_request.method << loggableUrl() << "failed after" << m_response.attempts
                                   << "attempt(s):" << error.message << "|" << error.detail;
        complete(std::move(error));
        return;
    }
    milliseconds delay = policy.backoff(m_response.attempts, m_client->m_jitter());
    if (serverWait)
        delay = std::max(delay, *serverWait);
    qCInfo(lcNet).noquote() << "retrying" << m_request.method << loggableUrl() << "in" << delay.count()
                            << "ms after:" << error.detail;
    m_state = State::WaitingRetry;
    m_retryTimer.start(int(delay.count()));
}

bool HttpCall::rewindSink()
{
    if (auto* file = qobject_cast<QFileDevice*>(m_request.sink))
        return file->seek(0) && file->resize(0);
    if (auto* buffer = qobject_cast<QBuffer*>(m_request.sink)) {
        buffer->buffer().clear();
        return buffer->seek(0);
    }
    return false;
}

void HttpCall::cancel()
{
    if (m_state == State::Done)
        return;
    m_client->m_limiter->cancel(m_ticket);
    m_ticket = 0;
    m_retryTimer.stop();
    detachReply();
    m_response.status = 0;
    complete(md::Error { md::ErrorCode::Cancelled, tr("The request was cancelled."), describe() });
}

void HttpCall::complete(std::optional<md::Error> error)
{
    if (m_state == State::Done)
        return;
    m_state = State::Done;
    m_retryTimer.stop();
    m_timeout.stop();
    m_response.error = std::move(error);
    m_response.elapsed = milliseconds(m_elapsed.elapsed());
    m_client->m_calls.removeAll(this);
    // Keep the object alive until the handlers are done, whatever they do with the client.
    deleteLater();
    emit finished(m_response);
    if (m_callback && (!m_hasContext || m_context))
        m_callback(m_response);
    m_callback = nullptr;
}

} // namespace md::net
