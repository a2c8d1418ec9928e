#pragma once

#include "services/domain/result.h"
#include "services/net/httprequest.h"
#include "services/net/httpresponse.h"
#include "services/net/retrypolicy.h"
#include "services/net/waithints.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace md::net {

class HttpCall;
class RateLimiter;
class Redactor;

// The one HTTP client of the services. Lives in (and must be used from) the thread of the worker that owns it;
// everything is asynchronous on that thread's event loop — no nested loops, no blocking waits.
// Adds per-attempt timeouts, retries with backoff and jitter, server wait hints, rate limiting per key,
// an optional proxy, cancellation, and redacted logging ("md.net").
class HttpClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse&)>;

    explicit HttpClient(QObject* parent = nullptr);
    // Abandons calls still running without calling their callbacks.
    ~HttpClient() override;

    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    const RetryPolicy& retryPolicy() const { return m_policy; }
    // Transfer timeout for requests that leave HttpRequest::timeoutMs at 0 (default 30 s).
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }

    // Calls with this rate key get at most `ratePerSecond` starts per second, bursts of `burst`; ≤ 0 removes the limit.
    void setRateLimit(const QString& rateKey, double ratePerSecond, int burst);
    // Starts nothing on `rateKey` for `wait` (a platform client that read a quota header elsewhere).
    void pauseRateKey(const QString& rateKey, std::chrono::milliseconds wait);
    // Platform wait hint read from every response (see waithints.h); Retry-After is always honoured as well.
    void setWaitHint(WaitHint hint) { m_waitHint = std::move(hint); }
    // For a response whose status is normally retried (429, 5xx): false means "do not retry it after all", for
    // answers that a few seconds of waiting cannot cure (e.g. a used-up hourly quota). Unset: retried.
    void setRetryFilter(std::function<bool(const HttpResponse&)> filter) { m_retryFilter = std::move(filter); }

    // Sends everything through the HTTP (or SOCKS5) proxy at `proxyUrl`, e.g. http://user@proxy:3128; the password
    // comes from the keychain, not the URL (a URL with a password is refused). An empty URL means a direct
    // connection. Config error on a bad URL.
    md::Status setProxy(const QUrl& proxyUrl, const QString& password = {});
    QNetworkProxy proxy() const;

    // The redactor applied to logs and Error::detail; platform clients register their tokens in it.
    Redactor& redactor() const { return *m_redactor; }
    // Shares one redactor between clients (e.g. all clients of an account).
    void setRedactor(std::shared_ptr<Redactor> redactor);

    // Source of jitter in [0, 1); tests make backoff deterministic with it.
    void setJitterSource(std::function<double()> source) { m_jitter = std::move(source); }

    // Starts a call. It completes exactly once, asynchronously (never inside send), with HttpCall::finished;
    // the HttpCall deletes itself after that signal.
    HttpCall* send(HttpRequest request);
    // As send(request), calling `done` in this thread unless `context` was destroyed first.
    HttpCall* send(HttpRequest request, QObject* context, Callback done);

    // Ends every running or waiting call promptly with ErrorCode::Cancelled. From another thread use
    // QMetaObject::invokeMethod(client, &HttpClient::cancelAll).
    void cancelAll();
    int activeCalls() const { return int(m_calls.size()); }

    QNetworkAccessManager* networkAccessManager() const { return m_nam; }

private:
    friend class HttpCall;

    QNetworkAccessManager* m_nam;
    RateLimiter* m_limiter;
    std::shared_ptr<Redactor> m_redactor;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_defaultTimeout { 30'000 };
    WaitHint m_waitHint;
    std::function<bool(const HttpResponse&)> m_retryFilter;
    std::function<double()> m_jitter;
    QList<QPointer<HttpCall>> m_calls;
};

} // namespace md::net
