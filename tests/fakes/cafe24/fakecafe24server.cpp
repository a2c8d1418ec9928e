#include "tests/fakes/cafe24/fakecafe24server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::fakes {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Query values as a real server reads them: '+' is a space (so an unencoded "+09:00" breaks the date).
QUrlQuery queryOf(const FakeHttpRequest& request)
{
    const qsizetype q = request.target.indexOf('?');
    QByteArray text = q < 0 ? QByteArray() : request.target.mid(q + 1);
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

QString value(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString kst(const QDateTime& time, bool offset = true)
{
    return time.toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset ? u"+09:00"_s : QString());
}

FakeHttpResponse apiError(int status, const QString& message)
{
    return FakeHttpResponse::json(
        compact({ { u"error"_s,
            QJsonObject { { u"code"_s, status }, { u"message"_s, message }, { u"more_info"_s, QJsonObject {} } } } }),
        status);
}

FakeHttpResponse oauthError(int status, const QString& error, const QString& description)
{
    return FakeHttpResponse::json(compact({ { u"error"_s, error }, { u"error_description"_s, description } }), status);
}

} // namespace

FakeCafe24Server::FakeCafe24Server(const QByteArray& clientId, const QByteArray& clientSecret)
    : m_http([this](const FakeHttpRequest& request) { return handle(request); })
    , m_clientId(clientId)
    , m_clientSecret(clientSecret)
{
    m_clock.start();
}

bool FakeCafe24Server::start()
{
    return m_http.listen();
}

void FakeCafe24Server::setRefreshToken(const QByteArray& token)
{
    QMutexLocker lock(&m_mutex);
    m_refreshToken = token;
}
QByteArray FakeCafe24Server::currentRefreshToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshToken;
}
void FakeCafe24Server::setProductCount(int count)
{
    QMutexLocker lock(&m_mutex);
    m_productCount = count;
}
void FakeCafe24Server::setScopes(const QStringList& scopes)
{
    QMutexLocker lock(&m_mutex);
    m_scopes = scopes;
}
void FakeCafe24Server::setAccessTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_accessLifetime = seconds;
}
int FakeCafe24Server::refreshCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_refreshes;
}
int FakeCafe24Server::revokedRefreshUses() const
{
    QMutexLocker lock(&m_mutex);
    return m_revokedUses;
}
int FakeCafe24Server::rateLimitedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rateLimited;
}
int FakeCafe24Server::apiCalls() const
{
    QMutexLocker lock(&m_mutex);
    return m_apiCalls;
}
QByteArray FakeCafe24Server::lastApiVersion() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastVersion;
}
int FakeCafe24Server::maxObservedCallLimit() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxLevel;
}

void FakeCafe24Server::setOrders(int count, const QDateTime& from, const QDateTime& to)
{
    QMutexLocker lock(&m_mutex);
    m_orderCount = count;
    m_ordersFrom = from;
    m_ordersTo = to;
}

void FakeCafe24Server::setBucket(int capacity, double perSecond)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = capacity;
    m_drain = perSecond;
    m_level = 0;
}

void FakeCafe24Server::expireAccessTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = QDateTime::currentDateTimeUtc().addSecs(-1);
}

void FakeCafe24Server::failNext(int count, Cafe24Fault fault)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

FakeHttpResponse FakeCafe24Server::handle(const FakeHttpRequest& request)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray path = request.path();
    if (path == "/api/v2/oauth/authorize")
        return authorize(request);
    if (path == "/api/v2/oauth/token")
        return token(request);
    if (!path.startsWith("/api/v2/admin/"))
        return apiError(404, u"Not found"_s);
    ++m_apiCalls;
    m_lastVersion = request.header("X-Cafe24-Api-Version");
    // Leaky bucket per mall: +1 per call, draining m_drain per second.
    const qint64 nowMs = m_clock.elapsed();
    m_level = std::max(0.0, m_level - (nowMs - m_levelMs) * m_drain / 1000.0);
    m_levelMs = nowMs;
    if (m_level + 1 > m_capacity) {
        ++m_rateLimited;
        FakeHttpResponse limited = apiError(429, u"Too Many Requests"_s);
        limited.headers.append(
            { QByteArray("X-Api-Call-Limit"), QByteArray::number(m_capacity) + '/' + QByteArray::number(m_capacity) });
        return limited;
    }
    m_level += 1;
    m_maxLevel = std::max(m_maxLevel, int(std::ceil(m_level)));
    const QByteArray callLimit = QByteArray::number(int(std::ceil(m_level))) + '/' + QByteArray::number(m_capacity);
    const QByteArray auth = request.header("Authorization");
    const QByteArray bearer = auth.startsWith("Bearer ") ? auth.mid(7) : QByteArray();
    FakeHttpResponse response;
    if (!m_accessTokens.contains(bearer) || m_accessTokens.value(bearer) <= QDateTime::currentDateTimeUtc()) {
        response = apiError(401, u"Invalid access_token"_s);
    } else if (!m_faults.isEmpty()) {
        switch (m_faults.takeFirst()) {
        case Cafe24Fault::ServerError:
            response = apiError(503, u"Service unavailable"_s);
            break;
        case Cafe24Fault::Timeout:
            response.delay = std::chrono::milliseconds(m_hangMs);
            break;
        case Cafe24Fault::MalformedJson:
            response = FakeHttpResponse::json("{\"products\":[{\"product_no\":");
            break;
        case Cafe24Fault::RateLimited:
            response = apiError(429, u"Too Many Requests"_s);
            response.headers.append({ QByteArray("X-Cafe24-Call-Remain"), QByteArray("1") });
            break;
        }
    } else if (path == "/api/v2/admin/products") {
        response = m_scopes.contains(u"mall.read_product"_s)
            ? products(queryOf(request))
            : apiError(403, u"Insufficient scope: mall.read_product"_s);
    } else if (path == "/api/v2/admin/orders") {
        response = m_scopes.contains(u"mall.read_order"_s) ? orders(queryOf(request))
                                                           : apiError(403, u"Insufficient scope: mall.read_order"_s);
    } else if (path.startsWith("/api/v2/admin/products/") && path.endsWith("/variants") && request.method == "PUT") {
        const QByteArray no = path.mid(qsizetype(strlen("/api/v2/admin/products/")));
        response = m_scopes.contains(u"mall.write_product"_s)
            ? updateVariants(no.left(no.indexOf('/')).toInt(), request.body)
            : apiError(403, u"Insufficient scope: mall.write_product"_s);
    } else {
        response = apiError(404, u"Not found"_s);
    }
    response.headers.append({ QByteArray("X-Api-Call-Limit"), callLimit });
    response.headers.append({ QByteArray("X-Cafe24-Call-Usage"), QByteArray::number(int(100 * m_level / m_capacity)) });
    return response;
}

FakeHttpResponse FakeCafe24Server::authorize(const FakeHttpRequest& request)
{
    const QUrlQuery query = queryOf(request);
    if (value(query, u"response_type"_s) != u"code"_s || value(query, u"client_id"_s).toUtf8() != m_clientId)
        return oauthError(400, u"invalid_request"_s, u"response_type or client_id is invalid"_s);
    const QString redirect = value(query, u"redirect_uri"_s);
    const QByteArray code = "code" + QByteArray::number(++m_serial) + QByteArray::number(m_clock.elapsed());
    m_codes.insert(code, { QDateTime::currentDateTimeUtc().addSecs(60), redirect });
    QUrl target(redirect);
    QUrlQuery back;
    back.addQueryItem(u"code"_s, QString::fromLatin1(code));
    back.addQueryItem(u"state"_s, value(query, u"state"_s));
    target.setQuery(back);
    FakeHttpResponse response;
    response.status = 302;
    response.headers.append({ QByteArray("Location"), target.toEncoded() });
    return response;
}

FakeHttpResponse FakeCafe24Server::issueTokens()
{
    const QByteArray access = "c24a" + QByteArray::number(++m_serial) + 'x' + QByteArray::number(m_clock.elapsed());
    m_refreshToken = "c24r" + QByteArray::number(++m_serial) + 'x' + QByteArray::number(m_clock.elapsed());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_accessTokens.insert(access, now.addSecs(m_accessLifetime));
    // Cafe24 writes these times in Korean time without an offset.
    return FakeHttpResponse::json(compact({ { u"access_token"_s, QString::fromLatin1(access) },
        { u"expires_at"_s, QString(kst(now.addSecs(m_accessLifetime), false) + u".000"_s) },
        { u"refresh_token"_s, QString::fromLatin1(m_refreshToken) },
        { u"refresh_token_expires_at"_s, QString(kst(now.addDays(14), false) + u".000"_s) },
        { u"client_id"_s, QString::fromLatin1(m_clientId) }, { u"mall_id"_s, u"fakemall"_s },
        { u"user_id"_s, u"fakeadmin"_s }, { u"scopes"_s, QJsonArray::fromStringList(m_scopes) },
        { u"issued_at"_s, QString(kst(now, false) + u".000"_s) } }));
}

FakeHttpResponse FakeCafe24Server::token(const FakeHttpRequest& request)
{
    if (request.method != "POST")
        return oauthError(405, u"invalid_request"_s, u"POST only"_s);
    if (request.header("Authorization") != "Basic " + QByteArray(m_clientId + ':' + m_clientSecret).toBase64())
        return oauthError(401, u"invalid_client"_s, u"Client authentication failed"_s);
    const QString grant = request.formValue(u"grant_type"_s);
    if (grant == u"authorization_code"_s) {
        const QByteArray code = request.formValue(u"code"_s).toUtf8();
        const auto entry = m_codes.take(code); // a code is used once
        if (entry.first.isNull() || entry.first < QDateTime::currentDateTimeUtc())
            return oauthError(400, u"invalid_grant"_s, u"Validation error: code is invalid or expired"_s);
        if (entry.second != request.formValue(u"redirect_uri"_s))
            return oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match"_s);
        return issueTokens();
    }
    if (grant == u"refresh_token"_s) {
        const QByteArray refresh = request.formValue(u"refresh_token"_s).toUtf8();
        if (refresh.isEmpty() || refresh != m_refreshToken) {
            ++m_revokedUses;
            return oauthError(400, u"invalid_grant"_s, u"Validation error: refresh_token is invalid"_s);
        }
        ++m_refreshes;
        FakeHttpResponse response = issueTokens(); // rotates: the token just used is dead from now on
        response.delay = std::chrono::milliseconds(m_tokenDelayMs);
        return response;
    }
    return oauthError(400, u"unsupported_grant_type"_s, u"grant_type is not supported"_s);
}

QJsonObject FakeCafe24Server::productJson(int index, bool variants) const
{
    const int no = index + 1;
    QJsonObject product { { u"product_no"_s, no }, { u"product_code"_s, u"P%1"_s.arg(no, 7, 10, QChar(u'0')) },
        { u"custom_product_code"_s, u"GB-%1"_s.arg(no) }, { u"product_name"_s, u"카페24 상품 %1"_s.arg(no) },
        { u"price"_s, u"%1.00"_s.arg(20000 + no % 300 * 100) }, { u"retail_price"_s, u"0.00"_s },
        { u"supply_price"_s, u"0.00"_s }, { u"display"_s, u"T"_s }, { u"selling"_s, u"T"_s }, { u"sold_out"_s, u"F"_s },
        { u"created_date"_s, u"2026-01-01T10:00:00+09:00"_s }, { u"updated_date"_s, u"2026-11-01T10:00:00+09:00"_s } };
    if (variants) {
        QJsonArray list;
        for (const QString& colour : { u"Black"_s, u"Ivory"_s })
            list.append(QJsonObject {
                { u"variant_code"_s, u"P%1%2"_s.arg(no, 7, 10, QChar(u'0')).arg(colour.left(3).toUpper()) },
                { u"options"_s, QJsonArray { QJsonObject { { u"name"_s, u"Color"_s }, { u"value"_s, colour } } } },
                { u"quantity"_s, (no + int(colour.size())) % 9 }, { u"additional_amount"_s, u"0.00"_s } });
        product.insert(u"variants"_s, list);
    }
    return product;
}

FakeHttpResponse FakeCafe24Server::products(const QUrlQuery& query)
{
    const int limit = value(query, u"limit"_s).isEmpty() ? 10 : value(query, u"limit"_s).toInt();
    if (limit < 1 || limit > 100)
        return apiError(422, u"limit must be between 1 and 100"_s);
    const bool hasSince = query.hasQueryItem(u"since_product_no"_s);
    const int offset = value(query, u"offset"_s).toInt();
    if (hasSince && (query.hasQueryItem(u"offset"_s) || query.hasQueryItem(u"sort"_s)))
        return apiError(422, u"since_product_no cannot be used with offset or sort"_s);
    if (offset < 0 || offset > 5000)
        return apiError(422, u"offset must be 5000 or less"_s);
    const int first = hasSince ? value(query, u"since_product_no"_s).toInt() : offset; // product_no = index + 1
    const bool variants = value(query, u"embed"_s).split(u',').contains(u"variants"_s);
    QJsonArray list;
    for (int i = std::max(0, first); i < std::min(m_productCount, first + limit); ++i)
        list.append(productJson(i, variants));
    return FakeHttpResponse::json(compact({ { u"products"_s, list } }));
}

FakeHttpResponse FakeCafe24Server::updateVariants(int productNo, const QByteArray& body)
{
    if (productNo < 1 || productNo > m_productCount)
        return apiError(404, u"Product %1 not found"_s.arg(productNo));
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QJsonArray requests = request.value(u"requests"_s).toArray();
    if (requests.isEmpty())
        return apiError(422, u"requests is required"_s);
    QSet<QString> known;
    for (const auto& v : productJson(productNo - 1, true).value(u"variants"_s).toArray())
        known.insert(v.toObject().value(u"variant_code"_s).toString());
    QJsonArray results;
    int refused = 0;
    for (const auto& value : requests) {
        const QJsonObject item = value.toObject();
        const QString code = item.value(u"variant_code"_s).toString();
        if (!known.contains(code)) {
            ++refused;
            results.append(QJsonObject { { u"variant_code"_s, code }, { u"status"_s, 404 },
                { u"message"_s, u"Variant %1 not found"_s.arg(code) } });
        } else if (!item.value(u"quantity"_s).isDouble() || item.value(u"quantity"_s).toInt() < 0) {
            ++refused;
            results.append(QJsonObject {
                { u"variant_code"_s, code }, { u"status"_s, 422 }, { u"message"_s, u"quantity must be 0 or more"_s } });
        } else {
            m_variantQuantities.insert(code, item.value(u"quantity"_s).toInt());
            results.append(QJsonObject { { u"shop_no"_s, 1 }, { u"variant_code"_s, code },
                { u"quantity"_s, item.value(u"quantity"_s).toInt() }, { u"status"_s, 200 } });
        }
    }
    return FakeHttpResponse::json(compact({ { u"variants"_s, results } }), refused > 0 ? 207 : 200);
}

QHash<QString, int> FakeCafe24Server::variantQuantities() const
{
    QMutexLocker lock(&m_mutex);
    return m_variantQuantities;
}

QDateTime FakeCafe24Server::orderDate(int index) const
{
    return m_ordersFrom.addMSecs(m_ordersFrom.msecsTo(m_ordersTo) * index / std::max(1, m_orderCount));
}

FakeHttpResponse FakeCafe24Server::orders(const QUrlQuery& query)
{
    const QDateTime start = QDateTime::fromString(value(query, u"start_date"_s), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(value(query, u"end_date"_s), Qt::ISODate);
    if (!start.isValid() || !end.isValid() || end < start)
        return apiError(422, u"start_date and end_date must be valid dates (YYYY-MM-DDThh:mm:ss+09:00)"_s);
    if (end > start.addMonths(3))
        return apiError(422, u"The search period cannot exceed 3 months"_s);
    const int limit = value(query, u"limit"_s).isEmpty() ? 10 : value(query, u"limit"_s).toInt();
    const int offset = value(query, u"offset"_s).toInt();
    if (limit < 1 || limit > 1000)
        return apiError(422, u"limit must be between 1 and 1000"_s);
    if (offset < 0 || offset > 15000)
        return apiError(422, u"offset must be 15000 or less"_s);
    const bool items = value(query, u"embed"_s).split(u',').contains(u"items"_s);
    int lo = 0;
    int hi = m_orderCount;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (orderDate(mid) < start)
            lo = mid + 1;
        else
            hi = mid;
    }
    QJsonArray list;
    for (int i = lo + offset; i < m_orderCount && list.size() < limit && orderDate(i) <= end; ++i) {
        const QString id = u"20261101-%1"_s.arg(i, 7, 10, QChar(u'0'));
        QJsonObject order { { u"order_id"_s, id }, { u"order_date"_s, kst(orderDate(i)) },
            { u"payment_date"_s, kst(orderDate(i)) }, { u"paid"_s, u"T"_s }, { u"canceled"_s, u"F"_s },
            { u"payment_amount"_s, u"%1.00"_s.arg(30000 + i % 50 * 1000) }, { u"shipping_status"_s, u"F"_s } };
        if (items)
            order.insert(u"items"_s,
                QJsonArray { QJsonObject { { u"order_item_code"_s, QString(id + u"-01"_s) },
                    { u"product_no"_s, 1 + i % 500 },
                    { u"variant_code"_s, u"P%1BLA"_s.arg(1 + i % 500, 7, 10, QChar(u'0')) },
                    { u"product_name"_s, u"카페24 상품 %1"_s.arg(1 + i % 500) },
                    { u"option_value"_s, u"Color=Black"_s }, { u"quantity"_s, 1 },
                    { u"product_price"_s, u"%1.00"_s.arg(30000 + i % 50 * 1000) }, { u"order_status"_s, u"N10"_s } } });
        list.append(order);
    }
    return FakeHttpResponse::json(compact({ { u"orders"_s, list } }));
}

} // namespace md::fakes
