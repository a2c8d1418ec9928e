#pragma once

#include "services/domain/result.h"
#include "services/net/httpclient.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace md::marketplaces::naver {

// What a Naver Commerce client needs for one account. clientSecret comes from the keychain, never from settings.
struct NaverConfig {
    QString account; // display name, used in messages
    QUrl baseUrl { QStringLiteral("https://api.commerce.naver.com/external") };
    QByteArray clientId;
    QByteArray clientSecret; // bcrypt salt issued by the API center
    QString type = QStringLiteral("SELF"); // or SELLER with accountId
    QString accountId;
    QUrl proxy; // optional HTTP proxy (Naver only accepts registered IPs)
    QString proxyPassword;
};

// Naver Commerce API client for one account (apicenter.commerce.naver.com): token with client_secret_sign, reused
// until 5 minutes before expiry; one new token on 401 GW.AUTHN; pacing from the GNCP-GW-RateLimit-* headers; a 429
// GW.QUOTA_LIMIT (used-up quota, GNCP-GW-Quota-* headers) is not retried but reported with its expected reset time.
// Lives in its worker's thread; every operation completes once, asynchronously, in that thread.
class NaverClient : public QObject {
    Q_OBJECT
public:
    using StatusCallback = std::function<void(md::Status)>;
    using PageCallback = std::function<void(const QJsonArray& contents)>;
    using OrdersCallback = std::function<void(md::Result<QList<QJsonObject>>)>;

    explicit NaverClient(NaverConfig config, QObject* parent = nullptr);
    ~NaverClient() override;

    net::HttpClient& http() { return *m_http; }
    const NaverConfig& config() const { return m_config; }
    int callCount() const { return m_calls; } // API and token calls started so far
    // Source of "now" for token timestamps (tests shift it to provoke clock-skew errors).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Gets a token: proves the secret, the IP registration and the clock. Config/Auth errors say what to fix.
    void testConnection(StatusCallback done);
    // Every product through POST /v1/products/search, `pageSize` ≤ 500 per page; onPage gets each page's `contents`
    // in order (the next page is requested only after onPage returned, so memory stays at one page).
    void fetchProducts(PageCallback onPage, StatusCallback done, int pageSize = 500);
    // Product orders changed in [from, to): last-changed-statuses in ≤ 24 h windows with `more` paging, then the
    // details through product-orders/query in batches of ≤ 300. Each element is one {"order","productOrder"} object.
    void fetchChangedOrders(const QDateTime& from, const QDateTime& to, OrdersCallback done);

    static constexpr int maxProductPageSize = 500;
    static constexpr int maxQueryBatch = 300;

private:
    using TokenCallback = std::function<void(md::Result<QByteArray>)>;
    using JsonCallback = std::function<void(md::Result<QJsonObject>)>;

    void withToken(TokenCallback done);
    void requestToken();
    // Sends an authorized JSON call; on 401 GW.AUTHN drops the token and repeats once with a new one.
    void call(net::HttpRequest request, JsonCallback done, bool retriedAuth = false);
    md::Error errorFor(const net::HttpResponse& response, const QString& what) const;
    void adoptRateLimit(const net::HttpResponse& response, const QString& rateKey);
    QUrl url(const QString& path) const;
    QString rateKey(const QString& api) const;

    void productsPage(int page, int pageSize, PageCallback onPage, StatusCallback done);
    struct OrderRun;
    void changedStatuses(std::shared_ptr<OrderRun> run);
    void queryDetails(std::shared_ptr<OrderRun> run);

    NaverConfig m_config;
    net::HttpClient* m_http;
    std::function<QDateTime()> m_clock;
    QByteArray m_token;
    QDateTime m_tokenExpiry;
    bool m_tokenPending = false;
    int m_calls = 0;
    QList<TokenCallback> m_tokenWaiters;
    QHash<QString, QPair<double, int>> m_rateLimits; // rate key → (replenish rate, burst) last applied
};

// When a used-up Naver call quota of `period` ("SECONDS", "MINUTES", "HOURS", "DAYS", from GNCP-GW-Quota-Period) is
// expected back, seen at `now`: the start of the next such period in Korean time (Naver publishes no reset time; its
// quota periods are calendar units). Invalid for an unknown period.
QDateTime naverQuotaReset(const QByteArray& period, const QDateTime& now);

// "2026-11-20T10:00:00.000+09:00": the timestamp form the Naver API expects.
QString naverTimestamp(const QDateTime& time);

} // namespace md::marketplaces::naver
