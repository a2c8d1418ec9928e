#include "services/marketplaces/naver/naverclient.h"

#include "services/marketplaces/naver/naversign.h"
#include "services/net/redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces::naver {

namespace {

constexpr qint64 tokenMarginSecs = 300; // renew 5 minutes before expiry: a call must not start with a dying token
constexpr qint64 windowSecs = 24 * 3600; // last-changed-statuses refuses longer windows

QString tr(const char* text)
{
    return QCoreApplication::translate("md::naver", text);
}

QJsonObject parseObject(const QByteArray& body, bool* ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

} // namespace

QDateTime naverQuotaReset(const QByteArray& period, const QDateTime& now)
{
    const QDateTime kst = now.toTimeZone(QTimeZone(9 * 3600));
    const QDate day = kst.date();
    const QTime time = kst.time();
    const QByteArray p = period.trimmed().toUpper();
    QDateTime reset;
    if (p == "SECONDS" || p == "SECOND")
        reset = QDateTime(day, QTime(time.hour(), time.minute(), time.second()), kst.timeZone()).addSecs(1);
    else if (p == "MINUTES" || p == "MINUTE")
        reset = QDateTime(day, QTime(time.hour(), time.minute()), kst.timeZone()).addSecs(60);
    else if (p == "HOURS" || p == "HOUR")
        reset = QDateTime(day, QTime(time.hour(), 0), kst.timeZone()).addSecs(3600);
    else if (p == "DAYS" || p == "DAY")
        reset = QDateTime(day.addDays(1), QTime(0, 0), kst.timeZone());
    return reset;
}

QString naverTimestamp(const QDateTime& time)
{
    return time.toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+09:00"_s;
}

struct NaverClient::OrderRun {
    QDateTime windowStart;
    QDateTime end;
    QString moreFrom; // continuation inside the current window
    QString moreSequence;
    QStringList ids;
    QSet<QString> seen;
    qsizetype queried = 0;
    QList<QJsonObject> details;
    OrdersCallback done;
};

NaverClient::NaverClient(NaverConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new net::HttpClient(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_http->setWaitHint(&net::waithints::naver);
    // A used-up quota lasts until its period ends (up to a day): retrying within seconds only burns more calls.
    m_http->setRetryFilter([](const net::HttpResponse& response) {
        bool ok = false;
        return !(response.status == 429
            && parseObject(response.body, &ok).value(u"code"_s).toString() == u"GW.QUOTA_LIMIT"_s);
    });
    m_http->redactor().addSecret(m_config.clientSecret);
    m_http->redactor().addSensitiveParameter(u"client_secret_sign"_s);
    m_http->redactor().addSensitiveParameter(u"access_token"_s);
    if (!m_config.proxy.isEmpty())
        (void)m_http->setProxy(m_config.proxy, m_config.proxyPassword); // checked by testConnection's first call
}

NaverClient::~NaverClient() = default;

QUrl NaverClient::url(const QString& path) const
{
    QUrl base = m_config.baseUrl;
    base.setPath(base.path() + path);
    return base;
}

QString NaverClient::rateKey(const QString& api) const
{
    return u"naver:"_s + m_config.account + u':' + api;
}

void NaverClient::testConnection(StatusCallback done)
{
    if (!m_config.proxy.isEmpty()) {
        if (auto status = m_http->setProxy(m_config.proxy, m_config.proxyPassword); !status) {
            QTimer::singleShot(0, this, [done, status] { done(status); });
            return;
        }
    }
    m_token.clear();
    withToken([done](Result<QByteArray> token) { done(token ? Status {} : Status { token.error() }); });
}

void NaverClient::withToken(TokenCallback done)
{
    if (!m_token.isEmpty() && m_clock().secsTo(m_tokenExpiry) > tokenMarginSecs) {
        QTimer::singleShot(0, this, [this, done] { done(m_token); });
        return;
    }
    m_tokenWaiters.append(std::move(done));
    if (!m_tokenPending)
        requestToken();
}

void NaverClient::requestToken()
{
    m_tokenPending = true;
    const qint64 timestamp = m_clock().toMSecsSinceEpoch();
    auto finish = [this](Result<QByteArray> result) {
        m_tokenPending = false;
        const auto waiters = std::exchange(m_tokenWaiters, {});
        for (const auto& waiter : waiters)
            waiter(result);
    };
    auto sign = clientSecretSign(m_config.clientId, m_config.clientSecret, timestamp);
    if (!sign) {
        QTimer::singleShot(0, this, [finish, sign] { finish(sign.error()); });
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, QString::fromUtf8(m_config.clientId));
    form.addQueryItem(u"timestamp"_s, QString::number(timestamp));
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_secret_sign"_s, QString::fromLatin1(*sign));
    form.addQueryItem(u"type"_s, m_config.type);
    if (m_config.type == u"SELLER"_s)
        form.addQueryItem(u"account_id"_s, m_config.accountId);
    net::HttpRequest request;
    request.method = "POST";
    request.url = url(u"/v1/oauth2/token"_s);
    request.headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
    // base64 has '+', '/' and '=': encode every value fully so the form survives the trip.
    QByteArray body;
    for (const auto& [key, value] : form.queryItems(QUrl::FullyDecoded))
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    request.body = body;
    request.idempotent = true; // asking for a token twice is harmless
    request.rateKey = rateKey(u"token"_s);
    ++m_calls;
    m_http->send(request, this, [this, finish](const net::HttpResponse& response) {
        if (!response.ok())
            return finish(errorFor(response, tr("getting a Naver access token")));
        bool ok = false;
        const QJsonObject object = parseObject(response.body, &ok);
        const QByteArray token = object.value(u"access_token"_s).toString().toUtf8();
        if (!ok || token.isEmpty())
            return finish(Error { ErrorCode::Network, tr("Naver answered the token request with an unreadable body."),
                m_http->redactor().redact(response.body.left(200)) });
        m_http->redactor().addSecret(token);
        m_token = token;
        m_tokenExpiry = m_clock().addSecs(object.value(u"expires_in"_s).toInteger(10800));
        finish(token);
    });
}

void NaverClient::call(net::HttpRequest request, JsonCallback done, bool retriedAuth)
{
    withToken([this, request, done, retriedAuth](Result<QByteArray> token) mutable {
        if (!token)
            return done(token.error());
        net::HttpRequest authed = request;
        authed.headers.append({ QByteArray("Authorization"), QByteArray("Bearer ") + *token });
        if (!authed.body.isEmpty())
            authed.headers.append({ QByteArray("Content-Type"), QByteArray("application/json") });
        const QString key = request.rateKey;
        ++m_calls;
        m_http->send(authed, this, [this, request, done, retriedAuth, key](const net::HttpResponse& response) {
            adoptRateLimit(response, key);
            if (response.status == 401 && !retriedAuth) {
                bool ok = false;
                if (parseObject(response.body, &ok).value(u"code"_s).toString() == u"GW.AUTHN"_s || !ok) {
                    m_token.clear(); // expired or revoked: one new token, one more try
                    return call(request, done, true);
                }
            }
            if (!response.ok())
                return done(errorFor(response, QString::fromLatin1(request.method) + u' ' + request.url.path()));
            bool ok = false;
            const QJsonObject object = parseObject(response.body, &ok);
            if (!ok)
                return done(Error { ErrorCode::Network,
                    tr("Naver account %1: the answer to %2 is not valid JSON; try again later.")
                        .arg(m_config.account, request.url.path()),
                    m_http->redactor().redact(response.body.left(200)) });
            done(object);
        });
    });
}

void NaverClient::adoptRateLimit(const net::HttpResponse& response, const QString& rateKey)
{
    // The numbers are not published: follow what the gateway announces for this API.
    const double rate = response.header("GNCP-GW-RateLimit-Replenish-Rate").toDouble();
    const int burst = response.header("GNCP-GW-RateLimit-Burst-Capacity").toInt();
    if (rate <= 0 || rateKey.isEmpty())
        return;
    const QPair<double, int> limit { rate, std::max(1, burst) };
    if (m_rateLimits.value(rateKey) == limit)
        return;
    m_rateLimits.insert(rateKey, limit);
    m_http->setRateLimit(rateKey, limit.first, limit.second);
}

Error NaverClient::errorFor(const net::HttpResponse& response, const QString& what) const
{
    bool ok = false;
    const QJsonObject body = parseObject(response.body, &ok);
    const QString code = body.value(u"code"_s).toString();
    const QString detail = m_http->redactor().redact(
        u"%1: HTTP %2 %3 %4"_s.arg(what).arg(response.status).arg(code, body.value(u"message"_s).toString()));
    const QString account = m_config.account;
    if (code == u"GW.IP_NOT_ALLOWED"_s)
        return { ErrorCode::Auth,
            tr("Naver account %1: IP not allowed: run collection from the fixed-IP worker or set a proxy.")
                .arg(account),
            detail };
    if (body.value(u"message"_s).toString().contains(u"timestamp"_s, Qt::CaseInsensitive))
        return { ErrorCode::Auth,
            tr("Naver account %1: the token request was refused for its timestamp: set this computer's clock right "
               "(clock skew).")
                .arg(account),
            detail };
    if (code == u"GW.QUOTA_LIMIT"_s) {
        const QByteArray period = response.header("GNCP-GW-Quota-Period").trimmed().toUpper();
        QString unit = QString::fromLatin1(period).toLower();
        if (period.startsWith("SECOND"))
            unit = tr("second");
        else if (period.startsWith("MINUTE"))
            unit = tr("minute");
        else if (period.startsWith("HOUR"))
            unit = tr("hour");
        else if (period.startsWith("DAY"))
            unit = tr("day");
        const QDateTime now = m_clock();
        QDateTime reset = naverQuotaReset(period, now);
        if (const auto wait = net::parseRetryAfter(response.header("Retry-After"), now))
            reset = now.addMSecs(wait->count());
        const QString when = reset.isValid()
            ? reset.toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" KST"_s
            : tr("an unknown time (Naver sent no quota period)");
        const QString limit = QString::fromLatin1(response.header("GNCP-GW-Quota-Limit").trimmed());
        return { ErrorCode::RateLimited,
            tr("Naver account %1: the API call quota (%2 calls per %3) is used up; Naver resets it around %4. "
               "Collection resumes with the first scheduled run after that; calling sooner only fails again.")
                .arg(account, limit.isEmpty() ? u"?"_s : limit, unit, when),
            detail };
    }
    if (code == u"GW.RATE_LIMIT"_s || response.status == 429)
        return { ErrorCode::RateLimited,
            tr("Naver account %1: the API call limit was reached and retries ran out; the next run continues.")
                .arg(account),
            detail };
    if (code == u"GW.AUTHN"_s || response.status == 401 || response.status == 403) {
        return { ErrorCode::Auth,
            tr("Naver account %1: the client ID or secret was refused: copy both again from the Naver Commerce API "
               "center.")
                .arg(account),
            detail };
    }
    if (response.status == 400) {
        QStringList inputs;
        for (const auto& input : body.value(u"invalidInputs"_s).toArray())
            inputs << input.toObject().value(u"name"_s).toString() + u": "_s
                    + input.toObject().value(u"message"_s).toString();
        return { ErrorCode::Invalid, tr("Naver account %1 refused a request (%2).").arg(account, inputs.join(u"; "_s)),
            detail };
    }
    if (response.error)
        return { response.error->code, tr("Naver account %1: %2").arg(account, response.error->message), detail };
    return { ErrorCode::Network, tr("Naver account %1: the call failed; try again later.").arg(account), detail };
}

void NaverClient::fetchProducts(PageCallback onPage, StatusCallback done, int pageSize)
{
    productsPage(1, std::clamp(pageSize, 1, maxProductPageSize), std::move(onPage), std::move(done));
}

void NaverClient::productsPage(int page, int pageSize, PageCallback onPage, StatusCallback done)
{
    net::HttpRequest request;
    request.method = "POST";
    request.url = url(u"/v1/products/search"_s);
    request.body
        = QJsonDocument(QJsonObject { { u"page"_s, page }, { u"size"_s, pageSize }, { u"orderType"_s, u"NO"_s } })
              .toJson(QJsonDocument::Compact);
    request.idempotent = true; // a search sent as POST
    request.rateKey = rateKey(u"products"_s);
    call(request, [this, page, pageSize, onPage, done](Result<QJsonObject> result) {
        if (!result)
            return done(result.error());
        const QJsonArray contents = result->value(u"contents"_s).toArray();
        onPage(contents);
        const bool last
            = result->value(u"last"_s).toBool(contents.isEmpty()) || page >= result->value(u"totalPages"_s).toInt(page);
        if (last || contents.isEmpty())
            return done({});
        productsPage(page + 1, pageSize, onPage, done);
    });
}

void NaverClient::fetchChangedOrders(const QDateTime& from, const QDateTime& to, OrdersCallback done)
{
    auto run = std::make_shared<OrderRun>();
    run->windowStart = from;
    run->end = to;
    run->done = std::move(done);
    if (!from.isValid() || !to.isValid() || from >= to) {
        QTimer::singleShot(0, this, [this, run] {
            run->done(Error { ErrorCode::Invalid,
                tr("Naver account %1: the collection window is empty or invalid.").arg(m_config.account), {} });
        });
        return;
    }
    changedStatuses(run);
}

void NaverClient::changedStatuses(std::shared_ptr<OrderRun> run)
{
    if (run->windowStart >= run->end)
        return queryDetails(run);
    const QDateTime windowEnd = std::min(run->windowStart.addSecs(windowSecs), run->end);
    // Percent-encode every value ourselves: a literal '+' of "+09:00" would arrive as a space.
    QString query = u"lastChangedFrom="_s
        + QString::fromLatin1(
            QUrl::toPercentEncoding(run->moreFrom.isEmpty() ? naverTimestamp(run->windowStart) : run->moreFrom))
        + u"&lastChangedTo="_s + QString::fromLatin1(QUrl::toPercentEncoding(naverTimestamp(windowEnd)))
        + u"&limitCount=300"_s;
    if (!run->moreSequence.isEmpty())
        query += u"&moreSequence="_s + QString::fromLatin1(QUrl::toPercentEncoding(run->moreSequence));
    net::HttpRequest request;
    request.url = url(u"/v1/pay-order/seller/product-orders/last-changed-statuses"_s);
    request.url.setQuery(query, QUrl::StrictMode);
    request.rateKey = rateKey(u"orders.changed"_s);
    call(request, [this, run, windowEnd](Result<QJsonObject> result) {
        if (!result)
            return run->done(result.error());
        const QJsonObject data = result->value(u"data"_s).toObject();
        for (const auto& value : data.value(u"lastChangeStatuses"_s).toArray()) {
            const QString id = value.toObject().value(u"productOrderId"_s).toString();
            if (!id.isEmpty() && !run->seen.contains(id)) {
                run->seen.insert(id);
                run->ids.append(id);
            }
        }
        const QJsonObject more = data.value(u"more"_s).toObject();
        if (!more.isEmpty()) {
            run->moreFrom = more.value(u"moreFrom"_s).toString();
            run->moreSequence = more.value(u"moreSequence"_s).toString();
        } else {
            run->moreFrom.clear();
            run->moreSequence.clear();
            run->windowStart = windowEnd;
        }
        changedStatuses(run);
    });
}

void NaverClient::queryDetails(std::shared_ptr<OrderRun> run)
{
    if (run->queried >= run->ids.size())
        return run->done(std::move(run->details));
    const QStringList batch = run->ids.mid(run->queried, maxQueryBatch);
    net::HttpRequest request;
    request.method = "POST";
    request.url = url(u"/v1/pay-order/seller/product-orders/query"_s);
    request.body = QJsonDocument(QJsonObject { { u"productOrderIds"_s, QJsonArray::fromStringList(batch) } })
                       .toJson(QJsonDocument::Compact);
    request.idempotent = true; // a read sent as POST
    request.rateKey = rateKey(u"orders.query"_s);
    call(request, [this, run, count = batch.size()](Result<QJsonObject> result) {
        if (!result)
            return run->done(result.error());
        for (const auto& value : result->value(u"data"_s).toArray())
            run->details.append(value.toObject());
        run->queried += count;
        queryDetails(run);
    });
}

} // namespace md::marketplaces::naver
