#include "services/marketplaces/cafe24/cafe24client.h"

#include "services/net/redactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces::cafe24 {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("md::cafe24", text);
}

// Cafe24's bucket holds 40 calls and drains 2 per second, shared by every app and process using the mall: keep our
// own burst well under it and slow down early when X-Api-Call-Limit shows the bucket filling.
constexpr double callsPerSecond = 2.0;
constexpr int ownBurst = 10;
constexpr int slowDownAbove = 30;

QString encodedQuery(const QUrlQuery& query)
{
    QStringList parts;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key)) + u'='
                + QString::fromLatin1(QUrl::toPercentEncoding(value, ",")); // '+' must arrive as '+', not a space
    return parts.join(u'&');
}

} // namespace

QString cafe24Timestamp(const QDateTime& time)
{
    return time.toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u"+09:00"_s;
}

struct Cafe24Client::OrderRun {
    QDateTime windowStart;
    QDateTime end;
    int offset = 0;
    QSet<QString> seen;
    QDateTime lastOrderDate;
    PageCallback onPage;
    StatusCallback done;
};

Cafe24Client::Cafe24Client(Cafe24Config config, db::Database database, secrets::SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new net::HttpClient(this))
    , m_tokens(new Cafe24Tokens(m_config, std::move(database), store, m_http, this))
    , m_rateKey(u"cafe24:"_s + m_config.mallId)
{
    m_http->setWaitHint(&net::waithints::cafe24);
    m_http->setRateLimit(m_rateKey, callsPerSecond, ownBurst);
}

void Cafe24Client::get(const QString& path, const QUrlQuery& query, JsonCallback done)
{
    send("GET", path, query, {},
        [done](Result<QPair<int, QJsonObject>> r) {
            if (!r)
                return done(r.error());
            done(r->second);
        },
        {});
}

void Cafe24Client::write(const QByteArray& method, const QString& path, const QJsonObject& body, WriteCallback done)
{
    send(method, path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this, done](Result<QPair<int, QJsonObject>> r) {
            if (!r)
                return done(r.error());
            WriteResult result;
            result.status = r->first;
            result.body = r->second;
            for (auto it = result.body.constBegin(); it != result.body.constEnd(); ++it) {
                if (it.value().isArray()) {
                    result.items = it.value().toArray();
                    break;
                }
            }
            if (result.isPartial()) {
                for (qsizetype i = 0; i < result.items.size(); ++i) {
                    const QJsonObject item = result.items.at(i).toObject();
                    const QJsonObject error = item.value(u"error"_s).toObject();
                    const int status = item.value(u"status"_s).toInt(error.value(u"code"_s).toInt());
                    if (status < 300 && error.isEmpty())
                        continue;
                    const QString message = item.value(u"message"_s).toString(error.value(u"message"_s).toString());
                    result.failures.append({ int(i), status, m_http->redactor().redact(message), item });
                }
            }
            done(result);
        },
        {});
}

void Cafe24Client::send(const QByteArray& method, const QString& path, const QUrlQuery& query, const QByteArray& body,
    StatusJsonCallback done, const QByteArray& rejected)
{
    m_tokens->accessToken(
        [this, method, path, query, body, done, rejected](Result<QByteArray> token) {
            if (!token)
                return done(token.error());
            net::HttpRequest request;
            request.method = method;
            request.url = m_config.apiBase();
            request.url.setPath(u"/api/v2/admin/"_s + path);
            if (!query.isEmpty())
                request.url.setQuery(encodedQuery(query), QUrl::StrictMode);
            request.body = body;
            request.headers = { { QByteArray("Authorization"), QByteArray("Bearer ") + *token },
                { QByteArray("Content-Type"), QByteArray("application/json") },
                { QByteArray("X-Cafe24-Api-Version"), m_config.apiVersion } };
            request.rateKey = m_rateKey;
            ++m_calls;
            const QByteArray used = *token;
            m_http->send(request, this,
                [this, method, path, query, body, done, rejected, used](const net::HttpResponse& response) {
                    paceFromHeaders(response);
                    if (response.status == 401 && rejected.isEmpty())
                        return send(method, path, query, body, done, used); // expired: renew once and repeat
                    if (!response.ok())
                        return done(errorFor(response, path));
                    QJsonParseError parseError;
                    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
                    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                        return done(Error { ErrorCode::Network,
                            tr("Cafe24 account %1: the answer to %2 is not valid JSON; try again later.")
                                .arg(m_config.account, path),
                            m_http->redactor().redact(response.body.left(200)) });
                    done(QPair<int, QJsonObject>(response.status, doc.object()));
                });
        },
        rejected);
}

void Cafe24Client::paceFromHeaders(const net::HttpResponse& response)
{
    const QList<QByteArray> limit = response.header("X-Api-Call-Limit").split('/');
    const int used = limit.value(0).toInt();
    if (limit.size() == 2 && used > slowDownAbove) // let the bucket drain before it overflows into 429s
        m_http->pauseRateKey(m_rateKey, std::chrono::milliseconds(int((used - slowDownAbove) * 1000 / callsPerSecond)));
}

Error Cafe24Client::errorFor(const net::HttpResponse& response, const QString& what) const
{
    const QString detail = m_http->redactor().redact(
        u"%1: HTTP %2 %3"_s.arg(what).arg(response.status).arg(cafe24ErrorText(response.body)));
    const QString text = m_http->redactor().redact(cafe24ErrorText(response.body));
    const QString account = m_config.account;
    switch (response.status) {
    case 401:
        return { ErrorCode::Auth,
            tr("Cafe24 account %1: the access token was refused even after renewal; authorize the app again.")
                .arg(account),
            detail };
    case 403:
        return { ErrorCode::Auth,
            tr("Cafe24 account %1: permission refused (%2): add the scope to the app in the Cafe24 developer center "
               "and authorize again.")
                .arg(account, text),
            detail };
    case 422:
    case 400:
        return { ErrorCode::Invalid, tr("Cafe24 account %1 refused a request: %2").arg(account, text), detail };
    case 429:
        return { ErrorCode::RateLimited,
            tr("Cafe24 account %1: the mall's API call limit was reached and retries ran out; the next run "
               "continues.")
                .arg(account),
            detail };
    default:
        break;
    }
    if (response.error)
        return { response.error->code, tr("Cafe24 account %1: %2").arg(account, response.error->message), detail };
    return { ErrorCode::Network, tr("Cafe24 account %1: the call failed; try again later.").arg(account), detail };
}

void Cafe24Client::fetchProducts(PageCallback onPage, StatusCallback done)
{
    productsFrom(0, std::move(onPage), std::move(done));
}

void Cafe24Client::productsFrom(qint64 since, PageCallback onPage, StatusCallback done)
{
    QUrlQuery query;
    query.addQueryItem(u"since_product_no"_s, QString::number(since));
    query.addQueryItem(u"limit"_s, QString::number(productPageSize));
    query.addQueryItem(u"embed"_s, u"variants"_s);
    get(u"products"_s, query, [this, onPage, done](Result<QJsonObject> result) {
        if (!result)
            return done(result.error());
        const QJsonArray products = result->value(u"products"_s).toArray();
        if (auto status = onPage(products); !status)
            return done(status);
        if (products.size() < productPageSize)
            return done({});
        productsFrom(products.last().toObject().value(u"product_no"_s).toInteger(), onPage, done);
    });
}

void Cafe24Client::fetchOrders(const QDateTime& from, const QDateTime& to, PageCallback onPage, StatusCallback done)
{
    auto run = std::make_shared<OrderRun>();
    run->windowStart = from;
    run->end = to;
    run->onPage = std::move(onPage);
    run->done = std::move(done);
    ordersPage(run);
}

void Cafe24Client::ordersPage(std::shared_ptr<OrderRun> run)
{
    if (run->windowStart >= run->end)
        return run->done({});
    // ≤ 3 months per call; end_date is inclusive, so stop a second before the next window starts.
    const QDateTime windowEnd = std::min(run->windowStart.addMonths(3), run->end);
    QUrlQuery query;
    query.addQueryItem(u"start_date"_s, cafe24Timestamp(run->windowStart));
    query.addQueryItem(u"end_date"_s, cafe24Timestamp(windowEnd.addSecs(-1)));
    query.addQueryItem(u"date_type"_s, u"order_date"_s);
    query.addQueryItem(u"embed"_s, u"items"_s);
    query.addQueryItem(u"limit"_s, QString::number(orderPageSize));
    query.addQueryItem(u"offset"_s, QString::number(run->offset));
    get(u"orders"_s, query, [this, run, windowEnd](Result<QJsonObject> result) {
        if (!result)
            return run->done(result.error());
        const QJsonArray orders = result->value(u"orders"_s).toArray();
        QJsonArray fresh;
        for (const auto& value : orders) {
            const QJsonObject order = value.toObject();
            const QString id = order.value(u"order_id"_s).toString();
            const QDateTime date = parseCafe24Time(order.value(u"order_date"_s).toString());
            if (date.isValid() && (!run->lastOrderDate.isValid() || date > run->lastOrderDate))
                run->lastOrderDate = date;
            if (!run->seen.contains(id)) {
                run->seen.insert(id);
                fresh.append(order);
            }
        }
        if (!fresh.isEmpty()) {
            if (auto status = run->onPage(fresh); !status)
                return run->done(status);
        }
        if (orders.size() < orderPageSize) { // window done
            run->windowStart = windowEnd;
            run->offset = 0;
        } else if (run->offset + orderPageSize <= maxOffset) {
            run->offset += orderPageSize;
        } else {
            // The offset cap: continue the window from the last order date seen (its orders are de-duplicated).
            if (!run->lastOrderDate.isValid() || run->lastOrderDate <= run->windowStart)
                return run->done(Error { ErrorCode::Invalid,
                    tr("Cafe24 account %1: more than %2 orders share one timestamp; cannot page past them.")
                        .arg(m_config.account)
                        .arg(maxOffset),
                    {} });
            run->windowStart = run->lastOrderDate;
            run->offset = 0;
        }
        ordersPage(run);
    });
}

} // namespace md::marketplaces::cafe24
