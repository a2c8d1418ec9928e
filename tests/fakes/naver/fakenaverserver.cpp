#include "tests/fakes/naver/fakenaverserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>
#include <crypt.h>

using namespace Qt::StringLiterals;

namespace md::fakes {

namespace {

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString kst(const QDateTime& time)
{
    return time.toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+09:00"_s;
}

// Form and query values: '+' is a space on the wire, as on the real servers.
QString formValue(const QUrlQuery& query, const QString& key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QUrlQuery parseForm(const QByteArray& body);

QUrlQuery queryOf(const FakeHttpRequest& request)
{
    const QByteArray& target = request.target;
    const qsizetype q = target.indexOf('?');
    return parseForm(q < 0 ? QByteArray() : target.mid(q + 1));
}

QUrlQuery parseForm(const QByteArray& body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(text));
}

} // namespace

FakeHttpResponse naverError(int status, const QString& code, const QString& message, const QString& invalidName)
{
    QJsonObject body { { u"code"_s, code }, { u"message"_s, message },
        { u"timestamp"_s, kst(QDateTime::currentDateTimeUtc()) },
        { u"traceId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) } };
    if (!invalidName.isEmpty())
        body.insert(u"invalidInputs"_s,
            QJsonArray {
                QJsonObject { { u"name"_s, invalidName }, { u"type"_s, u"Invalid"_s }, { u"message"_s, message } } });
    return FakeHttpResponse::json(compact(body), status);
}

FakeNaverServer::FakeNaverServer()
    : m_http([this](const FakeHttpRequest& request) { return handle(request); })
{
    m_clock.start();
}

bool FakeNaverServer::start()
{
    return m_http.listen();
}

void FakeNaverServer::addClient(const QByteArray& clientId, const QByteArray& clientSecret)
{
    QMutexLocker lock(&m_mutex);
    m_clients.insert(clientId, clientSecret);
}

void FakeNaverServer::setProductCount(int count)
{
    QMutexLocker lock(&m_mutex);
    m_productCount = count;
}
void FakeNaverServer::setProductRevision(int revision)
{
    QMutexLocker lock(&m_mutex);
    m_revision = revision;
}
void FakeNaverServer::setTokenLifetime(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_tokenLifetime = seconds;
}
void FakeNaverServer::setIpAllowed(bool allowed)
{
    QMutexLocker lock(&m_mutex);
    m_ipAllowed = allowed;
}

void FakeNaverServer::setOrders(int count, const QDateTime& from, const QDateTime& to)
{
    QMutexLocker lock(&m_mutex);
    m_orderCount = count;
    m_ordersFrom = from;
    m_ordersTo = to;
}

void FakeNaverServer::setRateLimit(double rate, int burst)
{
    QMutexLocker lock(&m_mutex);
    m_rate = rate;
    m_burst = std::max(1, burst);
    m_buckets.clear();
}

void FakeNaverServer::expireTokens()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = QDateTime::currentDateTimeUtc().addSecs(-1);
}

void FakeNaverServer::failNext(int count, Fault fault)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < count; ++i)
        m_faults.append(fault);
}

void FakeNaverServer::setFaultRate(double rate, quint32 seed)
{
    QMutexLocker lock(&m_mutex);
    m_faultRate = rate;
    m_random.seed(seed);
}

int FakeNaverServer::tokensIssued() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokensIssued;
}
int FakeNaverServer::rateLimitedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_rateLimited;
}
int FakeNaverServer::callCount(const QByteArray& path) const
{
    QMutexLocker lock(&m_mutex);
    return m_calls.value(path);
}
int FakeNaverServer::maxIdsPerQuery() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxIds;
}
QByteArray FakeNaverServer::lastAuthorization() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastAuthorization;
}

QList<QPair<QDateTime, QDateTime>> FakeNaverServer::windowsAsked() const
{
    QMutexLocker lock(&m_mutex);
    return m_windows;
}

void FakeNaverServer::setQuota(int limit, const QByteArray& period)
{
    QMutexLocker lock(&m_mutex);
    m_quotaLimit = limit;
    m_quotaPeriod = period;
    m_quotaUsed = 0;
}

void FakeNaverServer::resetQuota()
{
    QMutexLocker lock(&m_mutex);
    m_quotaUsed = 0;
}

int FakeNaverServer::quotaLimitedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_quotaLimited;
}

QByteArray FakeNaverServer::productOrderId(int index)
{
    return "2026" + QByteArray::number(index).rightJustified(12, '0');
}

std::optional<FakeHttpResponse> FakeNaverServer::injectedFault()
{
    std::optional<Fault> fault;
    if (!m_faults.isEmpty())
        fault = m_faults.takeFirst();
    else if (m_faultRate > 0 && m_random.generateDouble() < m_faultRate)
        fault = Fault(m_random.bounded(4));
    if (!fault)
        return std::nullopt;
    switch (*fault) {
    case Fault::ServerError:
        return naverError(500, u"GW.INTERNAL_SERVER_ERROR"_s, u"Internal server error"_s);
    case Fault::Timeout: {
        FakeHttpResponse response;
        response.delay = std::chrono::milliseconds(m_hangMs); // longer than the client's timeout
        return response;
    }
    case Fault::MalformedJson:
        return FakeHttpResponse::json("{\"data\":{\"lastChangeStatuses\":[{\"productOrderId\":");
    case Fault::RateLimited: {
        FakeHttpResponse response = naverError(429, u"GW.RATE_LIMIT"_s, u"Rate limit exceeded"_s);
        response.headers.append({ QByteArrayLiteral("GNCP-GW-RateLimit-Replenish-Rate"), QByteArray("50") });
        response.headers.append({ QByteArrayLiteral("GNCP-GW-RateLimit-Burst-Capacity"), QByteArray("50") });
        response.headers.append({ QByteArrayLiteral("GNCP-GW-RateLimit-Remaining"), QByteArray("0") });
        return response;
    }
    }
    return std::nullopt;
}

bool FakeNaverServer::takeToken(const QByteArray& api, FakeHttpResponse& limited)
{
    if (m_rate <= 0)
        return true;
    Bucket& bucket = m_buckets[api];
    const qint64 nowMs = m_clock.elapsed();
    if (bucket.lastMs == 0 && bucket.tokens == 0)
        bucket.tokens = m_burst;
    else
        bucket.tokens = std::min<double>(m_burst, bucket.tokens + (nowMs - bucket.lastMs) * m_rate / 1000.0);
    bucket.lastMs = nowMs;
    const bool ok = bucket.tokens >= 1.0;
    if (ok)
        bucket.tokens -= 1.0;
    else
        ++m_rateLimited;
    limited = ok ? FakeHttpResponse {} : naverError(429, u"GW.RATE_LIMIT"_s, u"요청이 많아 처리할 수 없습니다"_s);
    limited.headers.append({ QByteArrayLiteral("GNCP-GW-RateLimit-Replenish-Rate"), QByteArray::number(m_rate) });
    limited.headers.append({ QByteArrayLiteral("GNCP-GW-RateLimit-Burst-Capacity"), QByteArray::number(m_burst) });
    limited.headers.append(
        { QByteArrayLiteral("GNCP-GW-RateLimit-Remaining"), QByteArray::number(int(bucket.tokens)) });
    return ok;
}

FakeHttpResponse FakeNaverServer::handle(const FakeHttpRequest& request)
{
    QMutexLocker lock(&m_mutex);
    m_calls[request.path()] += 1;
    if (!m_ipAllowed)
        return naverError(403, u"GW.IP_NOT_ALLOWED"_s, u"허용되지 않은 IP입니다"_s);
    if (request.path() == "/v1/oauth2/token" && request.method == "POST")
        return token(request);
    m_lastAuthorization = request.header("authorization");
    const QByteArray bearer = m_lastAuthorization.startsWith("Bearer ") ? m_lastAuthorization.mid(7) : QByteArray();
    if (!m_tokens.contains(bearer) || m_tokens.value(bearer) <= QDateTime::currentDateTimeUtc())
        return naverError(401, u"GW.AUTHN"_s, u"인증에 실패했습니다 (expired or unknown token)"_s);
    QList<QPair<QByteArray, QByteArray>> quotaHeaders;
    if (m_quotaLimit >= 0) {
        const bool exhausted = m_quotaUsed >= m_quotaLimit;
        if (!exhausted)
            ++m_quotaUsed;
        quotaHeaders
            = { { "GNCP-GW-Quota-Limit", QByteArray::number(m_quotaLimit) }, { "GNCP-GW-Quota-Period", m_quotaPeriod },
                  { "GNCP-GW-Quota-Remaining", QByteArray::number(m_quotaLimit - m_quotaUsed) } };
        if (exhausted) {
            ++m_quotaLimited;
            FakeHttpResponse limited = naverError(429, u"GW.QUOTA_LIMIT"_s, u"할당된 요청량을 초과하였습니다."_s);
            limited.headers = quotaHeaders;
            return limited;
        }
    }
    FakeHttpResponse pacing;
    if (!takeToken(request.path(), pacing))
        return pacing;
    if (auto fault = injectedFault())
        return *fault;
    FakeHttpResponse response = naverError(404, u"NOT_FOUND"_s, u"No such API"_s);
    if (request.path() == "/v1/products/search" && request.method == "POST")
        response = products(request);
    else if (request.path() == "/v1/pay-order/seller/product-orders/last-changed-statuses" && request.method == "GET")
        response = changedStatuses(request);
    else if (request.path() == "/v1/pay-order/seller/product-orders/query" && request.method == "POST")
        response = queryOrders(request);
    response.headers.append(pacing.headers);
    response.headers.append(quotaHeaders);
    return response;
}

FakeHttpResponse FakeNaverServer::token(const FakeHttpRequest& request)
{
    const QUrlQuery form = parseForm(request.body);
    const QByteArray clientId = formValue(form, u"client_id"_s).toUtf8();
    const QString timestampText = formValue(form, u"timestamp"_s);
    if (formValue(form, u"grant_type"_s) != u"client_credentials"_s)
        return naverError(400, u"BadRequest"_s, u"grant_type must be client_credentials"_s, u"grant_type"_s);
    if (formValue(form, u"type"_s) != u"SELF"_s && formValue(form, u"type"_s) != u"SELLER"_s)
        return naverError(400, u"BadRequest"_s, u"type must be SELF or SELLER"_s, u"type"_s);
    if (!m_clients.contains(clientId))
        return naverError(401, u"GW.AUTHN"_s, u"Unknown client_id"_s);
    bool ok = false;
    const qint64 timestamp = timestampText.toLongLong(&ok);
    const qint64 skew = std::abs(QDateTime::currentMSecsSinceEpoch() - timestamp);
    if (!ok || skew > 5 * 60 * 1000)
        return naverError(
            400, u"BadRequest"_s, u"Invalid timestamp: it must be within 5 minutes of now"_s, u"timestamp"_s);
    // Verify exactly as Naver does: bcrypt(client_id_timestamp, secret as salt), base64.
    crypt_data data {};
    const QByteArray password = clientId + '_' + timestampText.toLatin1();
    const char* hash = crypt_rn(password.constData(), m_clients.value(clientId).constData(), &data, sizeof data);
    const QByteArray expected = hash ? QByteArray(hash).toBase64() : QByteArray();
    if (expected.isEmpty() || formValue(form, u"client_secret_sign"_s).toLatin1() != expected)
        return naverError(401, u"GW.AUTHN"_s, u"client_secret_sign is invalid"_s);
    const QByteArray accessToken = "nv" + QUuid::createUuid().toByteArray(QUuid::Id128);
    m_tokens.insert(accessToken, QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime));
    ++m_tokensIssued;
    return FakeHttpResponse::json(compact({ { u"access_token"_s, QString::fromLatin1(accessToken) },
        { u"expires_in"_s, m_tokenLifetime }, { u"token_type"_s, u"Bearer"_s } }));
}

QJsonObject FakeNaverServer::productJson(int index) const
{
    const qint64 origin = 5000000000LL + index;
    const int price = 10000 + (index % 500) * 100 + m_revision * 10;
    const QJsonObject channel { { u"channelProductNo"_s, origin + 1000000000LL },
        { u"channelServiceType"_s, u"STOREFARM"_s }, { u"name"_s, u"상품 %1"_s.arg(index) },
        { u"sellerManagementCode"_s, u"NV-%1"_s.arg(index) }, { u"statusType"_s, u"SALE"_s }, { u"salePrice"_s, price },
        { u"discountedPrice"_s, price - 1000 }, { u"stockQuantity"_s, index % 37 },
        { u"regDate"_s, u"2026-01-01T10:00:00.000+09:00"_s },
        { u"modifiedDate"_s, u"2026-11-01T10:00:00.000+09:00"_s } };
    return { { u"originProductNo"_s, origin }, { u"channelProducts"_s, QJsonArray { channel } } };
}

FakeHttpResponse FakeNaverServer::products(const FakeHttpRequest& request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const int page = body.value(u"page"_s).toInt(1);
    const int size = body.value(u"size"_s).toInt(50);
    if (size < 1 || size > 500)
        return naverError(400, u"BadRequest"_s, u"size must be between 1 and 500"_s, u"size"_s);
    if (page < 1)
        return naverError(400, u"BadRequest"_s, u"page must be at least 1"_s, u"page"_s);
    const int totalPages = (m_productCount + size - 1) / size;
    QJsonArray contents;
    for (int i = (page - 1) * size; i < std::min(m_productCount, page * size); ++i)
        contents.append(productJson(i));
    return FakeHttpResponse::json(compact(
        { { u"contents"_s, contents }, { u"page"_s, page }, { u"size"_s, size }, { u"totalElements"_s, m_productCount },
            { u"totalPages"_s, totalPages }, { u"first"_s, page == 1 }, { u"last"_s, page >= totalPages } }));
}

QDateTime FakeNaverServer::orderChangedAt(int index) const
{
    const qint64 span = m_ordersFrom.msecsTo(m_ordersTo);
    return m_ordersFrom.addMSecs(span * index / std::max(1, m_orderCount));
}

FakeHttpResponse FakeNaverServer::changedStatuses(const FakeHttpRequest& request)
{
    const QString fromText = formValue(queryOf(request), u"lastChangedFrom"_s);
    const QString toText = formValue(queryOf(request), u"lastChangedTo"_s);
    const QDateTime from = QDateTime::fromString(fromText, Qt::ISODateWithMs);
    if (!from.isValid())
        return naverError(
            400, u"BadRequest"_s, u"lastChangedFrom is not an ISO-8601 date-time"_s, u"lastChangedFrom"_s);
    const QDateTime to = toText.isEmpty() ? from.addSecs(24 * 3600) : QDateTime::fromString(toText, Qt::ISODateWithMs);
    if (!to.isValid() || to < from)
        return naverError(400, u"BadRequest"_s, u"lastChangedTo is invalid"_s, u"lastChangedTo"_s);
    if (from.secsTo(to) > 24 * 3600)
        return naverError(400, u"BadRequest"_s, u"The search window must not exceed 24 hours"_s, u"lastChangedTo"_s);
    const int limit = formValue(queryOf(request), u"limitCount"_s).isEmpty()
        ? 300
        : formValue(queryOf(request), u"limitCount"_s).toInt();
    if (limit < 1 || limit > 300)
        return naverError(400, u"BadRequest"_s, u"limitCount must be between 1 and 300"_s, u"limitCount"_s);
    m_windows.append({ from, to });
    const QString sequenceText = formValue(queryOf(request), u"moreSequence"_s);
    const int after = sequenceText.isEmpty() ? -1 : sequenceText.toInt();
    // First index whose change time is ≥ from (the data is sorted by time, then index).
    int lo = 0;
    int hi = m_orderCount;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (orderChangedAt(mid) < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    QJsonArray statuses;
    int index = std::max(lo, after + 1);
    for (; index < m_orderCount && statuses.size() < limit && orderChangedAt(index) <= to; ++index) {
        statuses.append(QJsonObject { { u"productOrderId"_s, QString::fromLatin1(productOrderId(index)) },
            { u"orderId"_s, u"2026%1"_s.arg(index / 2, 12, 10, QChar(u'0')) }, { u"lastChangedType"_s, u"PAYED"_s },
            { u"lastChangedDate"_s, kst(orderChangedAt(index)) }, { u"productOrderStatus"_s, u"PAYED"_s } });
    }
    QJsonObject data { { u"lastChangeStatuses"_s, statuses }, { u"count"_s, statuses.size() } };
    if (index < m_orderCount && orderChangedAt(index) <= to && !statuses.isEmpty())
        data.insert(u"more"_s,
            QJsonObject {
                { u"moreFrom"_s, kst(orderChangedAt(index - 1)) }, { u"moreSequence"_s, QString::number(index - 1) } });
    return FakeHttpResponse::json(
        compact({ { u"timestamp"_s, kst(QDateTime::currentDateTimeUtc()) }, { u"data"_s, data } }));
}

FakeHttpResponse FakeNaverServer::queryOrders(const FakeHttpRequest& request)
{
    const QJsonArray ids = QJsonDocument::fromJson(request.body).object().value(u"productOrderIds"_s).toArray();
    if (ids.isEmpty() || ids.size() > 300)
        return naverError(400, u"BadRequest"_s, u"productOrderIds must hold 1 to 300 ids"_s, u"productOrderIds"_s);
    m_maxIds = std::max(m_maxIds, int(ids.size()));
    QJsonArray data;
    for (const auto& id : ids) {
        const int index = int(id.toString().mid(4).toLongLong());
        if (!id.toString().startsWith(u"2026"_s) || index < 0 || index >= m_orderCount)
            continue;
        const QString changed = kst(orderChangedAt(index));
        const QJsonObject order { { u"orderId"_s, u"2026%1"_s.arg(index / 2, 12, 10, QChar(u'0')) },
            { u"orderDate"_s, changed }, { u"paymentDate"_s, changed }, { u"ordererName"_s, u"김민수"_s } };
        const QJsonObject line { { u"productOrderId"_s, id.toString() }, { u"productOrderStatus"_s, u"PAYED"_s },
            { u"productName"_s, u"상품 %1"_s.arg(index % 997) },
            { u"productId"_s, QString::number(5000000000LL + index % 997) }, { u"quantity"_s, 1 + index % 3 },
            { u"unitPrice"_s, 15000 + index % 10 * 1000 },
            { u"totalPaymentAmount"_s, (1 + index % 3) * (15000 + index % 10 * 1000) },
            { u"optionCode"_s, u"OPT-%1"_s.arg(index % 5) }, { u"productOption"_s, u"색상: 블랙"_s } };
        data.append(QJsonObject { { u"order"_s, order }, { u"productOrder"_s, line } });
    }
    return FakeHttpResponse::json(
        compact({ { u"timestamp"_s, kst(QDateTime::currentDateTimeUtc()) }, { u"data"_s, data } }));
}

} // namespace md::fakes
