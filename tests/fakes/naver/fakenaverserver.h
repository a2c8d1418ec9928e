#pragma once

#include "tests/fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <memory>

namespace md::fakes {

// Faults the fakes inject: HTTP 5xx, a response that never comes, a 2xx with a broken JSON body, a 429.
enum class Fault { ServerError, Timeout, MalformedJson, RateLimited };

// Naver Commerce API as reference/marketplace-apis.md describes it: bcrypt-signed token requests (verified with
// real bcrypt, timestamp valid 5 minutes), bearer tokens that expire (401 GW.AUTHN), products search pages
// (size ≤ 500), last-changed-statuses (≤ 24 h, ≤ 300 per call, `more` continuation) and product-orders/query
// (≤ 300 ids), a token bucket per API with GNCP-GW-RateLimit-* headers and 429 GW.RATE_LIMIT, a call quota with
// GNCP-GW-Quota-* headers and 429 GW.QUOTA_LIMIT, GW.IP_NOT_ALLOWED, and injectable faults. Data is generated
// deterministically from counts, so any size costs no memory.
class FakeNaverServer {
public:
    FakeNaverServer();
    bool start();
    QUrl baseUrl() const { return m_http.baseUrl(); }

    void addClient(const QByteArray& clientId, const QByteArray& clientSecret);
    void setProductCount(int count);
    // A new revision changes every product's price (a re-sync must update them all).
    void setProductRevision(int revision);
    // `count` product orders whose last change is spread evenly over [from, to); two lines per order.
    void setOrders(int count, const QDateTime& from, const QDateTime& to);
    // Token bucket per API: `rate` tokens per second, `burst` capacity; rate ≤ 0 turns limiting off.
    void setRateLimit(double rate, int burst);
    void setTokenLifetime(int seconds);
    void expireTokens(); // every issued token answers 401 GW.AUTHN from now on
    void setIpAllowed(bool allowed);
    // How long a Timeout fault holds its answer back (longer than the client timeout under test).
    void setHangMs(int ms) { m_hangMs = ms; }
    // The next `count` API calls (not token calls) fail with `fault`.
    void failNext(int count, Fault fault);
    // Each API call fails with probability `rate` (a fault kind chosen at random), reproducibly from `seed`.
    void setFaultRate(double rate, quint32 seed = 1);
    // A quota of `limit` API calls (token calls excluded) per `period` ("SECONDS", "MINUTES", "HOURS", "DAYS"), as
    // Naver imposes on some applications: once used up, every API call answers 429 GW.QUOTA_LIMIT with
    // GNCP-GW-Quota-Limit / -Period / -Remaining headers until resetQuota(). limit < 0 turns the quota off.
    void setQuota(int limit, const QByteArray& period);
    void resetQuota();
    int quotaLimitedCount() const; // 429 GW.QUOTA_LIMIT answers sent

    int tokensIssued() const;
    int rateLimitedCount() const; // 429s sent because a bucket was empty
    int callCount(const QByteArray& path) const;
    int maxIdsPerQuery() const;
    QList<QPair<QDateTime, QDateTime>> windowsAsked() const;
    QByteArray lastAuthorization() const;

    static QByteArray productOrderId(int index);

private:
    FakeHttpResponse handle(const FakeHttpRequest& request);
    FakeHttpResponse token(const FakeHttpRequest& request);
    FakeHttpResponse products(const FakeHttpRequest& request);
    FakeHttpResponse changedStatuses(const FakeHttpRequest& request);
    FakeHttpResponse queryOrders(const FakeHttpRequest& request);
    std::optional<FakeHttpResponse> injectedFault();
    bool takeToken(const QByteArray& api, FakeHttpResponse& limited);
    QDateTime orderChangedAt(int index) const;
    QJsonObject productJson(int index) const;

    struct Bucket {
        double tokens = 0;
        qint64 lastMs = 0;
    };

    mutable QMutex m_mutex;
    FakeHttpServer m_http;
    QHash<QByteArray, QByteArray> m_clients;
    QHash<QByteArray, QDateTime> m_tokens;
    int m_tokenLifetime = 10800;
    int m_tokensIssued = 0;
    int m_productCount = 0;
    int m_revision = 0;
    int m_orderCount = 0;
    QDateTime m_ordersFrom;
    QDateTime m_ordersTo;
    double m_rate = 0;
    int m_burst = 1;
    QHash<QByteArray, Bucket> m_buckets;
    QElapsedTimer m_clock;
    int m_rateLimited = 0;
    bool m_ipAllowed = true;
    int m_hangMs = 5000;
    QList<Fault> m_faults;
    double m_faultRate = 0;
    QRandomGenerator m_random;
    QHash<QByteArray, int> m_calls;
    int m_maxIds = 0;
    QList<QPair<QDateTime, QDateTime>> m_windows;
    QByteArray m_lastAuthorization;
    int m_quotaLimit = -1;
    QByteArray m_quotaPeriod;
    int m_quotaUsed = 0;
    int m_quotaLimited = 0;
};

// A JSON error body as Naver sends it: {"code","message","invalidInputs","timestamp","traceId"}.
FakeHttpResponse naverError(int status, const QString& code, const QString& message, const QString& invalidName = {});

} // namespace md::fakes
