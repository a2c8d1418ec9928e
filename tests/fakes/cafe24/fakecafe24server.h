#pragma once

#include "tests/fakes/common/fakehttpserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

namespace md::fakes {

// Faults the Cafe24 fake injects on API calls (not on the token endpoint).
enum class Cafe24Fault { ServerError, Timeout, MalformedJson, RateLimited };

// Cafe24 Admin API as reference/marketplace-apis.md describes it, for one mall: authorize (answers at once with the
// redirect, as if the user consented), token endpoint with Basic client authentication, codes valid one minute and
// once, refresh tokens that ROTATE (each refresh invalidates the previous one; a revoked one is refused and counted),
// bearer tokens that expire (401), scopes (403), a leaky bucket of 40 calls draining 2/s with X-Api-Call-Limit and
// 429, products by since_product_no (limit ≤ 100, offset ≤ 5000, not combinable), orders (≤ 3 months, limit ≤ 1000,
// offset ≤ 15000, embed=items), a multi-variant update answering 207 on partial success, 422
// {"error":{code,message,more_info}} on bad parameters, injectable faults.
class FakeCafe24Server {
public:
    FakeCafe24Server(const QByteArray& clientId, const QByteArray& clientSecret);
    bool start();
    QUrl baseUrl() const { return m_http.baseUrl(); }

    // Makes `token` the one valid refresh token (as if the mall had been authorized before).
    void setRefreshToken(const QByteArray& token);
    QByteArray currentRefreshToken() const;
    void setProductCount(int count);
    void setOrders(int count, const QDateTime& from, const QDateTime& to);
    void setScopes(const QStringList& scopes);
    // Leaky bucket: `capacity` calls, draining `perSecond`.
    void setBucket(int capacity, double perSecond);
    void setAccessTokenLifetime(int seconds);
    void expireAccessTokens();
    void failNext(int count, Cafe24Fault fault);
    void setHangMs(int ms) { m_hangMs = ms; }
    // Token answers leave this much later (the token is rotated at once): widens the window of a refresh race.
    void setTokenDelayMs(int ms) { m_tokenDelayMs = ms; }

    // Quantities written by PUT /products/{no}/variants (variant code → quantity), which needs mall.write_product.
    // That call updates several variants at once: unknown variant codes are refused one by one and the answer is
    // 207 Multi-Status when some were refused, each entry of "variants" carrying its own status (and message).
    QHash<QString, int> variantQuantities() const;

    int refreshCount() const; // successful refreshes
    int revokedRefreshUses() const; // refreshes attempted with an old (rotated) token
    int rateLimitedCount() const;
    int apiCalls() const;
    QByteArray lastApiVersion() const;
    int maxObservedCallLimit() const; // the fullest the bucket has been

private:
    FakeHttpResponse handle(const FakeHttpRequest& request);
    FakeHttpResponse authorize(const FakeHttpRequest& request);
    FakeHttpResponse token(const FakeHttpRequest& request);
    FakeHttpResponse products(const QUrlQuery& query);
    FakeHttpResponse orders(const QUrlQuery& query);
    FakeHttpResponse updateVariants(int productNo, const QByteArray& body);
    FakeHttpResponse issueTokens();
    QJsonObject productJson(int index, bool variants) const;
    QDateTime orderDate(int index) const;

    mutable QMutex m_mutex;
    FakeHttpServer m_http;
    QByteArray m_clientId;
    QByteArray m_clientSecret;
    QHash<QByteArray, QPair<QDateTime, QString>> m_codes; // code → (expiry, redirect_uri)
    QByteArray m_refreshToken;
    QHash<QByteArray, QDateTime> m_accessTokens;
    int m_accessLifetime = 7200;
    QStringList m_scopes { QStringLiteral("mall.read_product"), QStringLiteral("mall.read_order") };
    int m_productCount = 0;
    int m_orderCount = 0;
    QDateTime m_ordersFrom;
    QDateTime m_ordersTo;
    int m_capacity = 40;
    double m_drain = 2.0;
    double m_level = 0;
    qint64 m_levelMs = 0;
    QElapsedTimer m_clock;
    QList<Cafe24Fault> m_faults;
    int m_hangMs = 5000;
    int m_tokenDelayMs = 0;
    int m_refreshes = 0;
    int m_revokedUses = 0;
    int m_rateLimited = 0;
    int m_apiCalls = 0;
    int m_maxLevel = 0;
    QByteArray m_lastVersion;
    quint64 m_serial = 0;
    QHash<QString, int> m_variantQuantities;
};

} // namespace md::fakes
