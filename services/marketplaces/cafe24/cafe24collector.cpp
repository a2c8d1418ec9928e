#include "services/marketplaces/cafe24/cafe24collector.h"

#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/orderstatusmap.h"
#include "services/secrets/secretstore.h"

#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces::cafe24 {

QString cafe24OrderStatus(const QString& status)
{
    if (status == u"N00"_s)
        return QString(orderstatus::New);
    if (status == u"N10"_s)
        return QString(orderstatus::Paid);
    if (status == u"N20"_s || status == u"N21"_s || status == u"N22"_s)
        return QString(orderstatus::Confirmed);
    if (status == u"N30"_s)
        return QString(orderstatus::Shipped);
    if (status == u"N40"_s)
        return QString(orderstatus::Delivered);
    if (status.startsWith(u'C'))
        return QString(orderstatus::Cancelled);
    if (status.startsWith(u'R'))
        return QString(orderstatus::Returned);
    if (status.startsWith(u'E'))
        return QString(orderstatus::Exchanged);
    return QString(orderstatus::Unknown);
}

QList<Order> ordersFromPage(const QJsonArray& page)
{
    QList<Order> orders;
    orders.reserve(page.size());
    for (const auto& value : page) {
        QJsonObject raw = value.toObject();
        Order order;
        order.orderNo = raw.value(u"order_id"_s).toString();
        order.orderDate = parseCafe24Time(raw.value(u"order_date"_s).toString());
        order.paymentDate = parseCafe24Time(raw.value(u"payment_date"_s).toString());
        order.totalAmount = decimalToCents(raw.value(u"payment_amount"_s).toString());
        order.currency = u"KRW"_s;
        order.country = u"KR"_s;
        QList<QString> statuses;
        for (const auto& itemValue : raw.value(u"items"_s).toArray()) {
            const QJsonObject item = itemValue.toObject();
            OrderLine line;
            line.lineNo = item.value(u"order_item_code"_s).toString();
            line.platformStatus = item.value(u"order_status"_s).toString();
            line.status = cafe24OrderStatus(line.platformStatus);
            line.productRef = QString::number(item.value(u"product_no"_s).toInteger());
            line.variantCode = item.value(u"variant_code"_s).toString();
            line.productName = item.value(u"product_name"_s).toString();
            line.optionText = item.value(u"option_value"_s).toString();
            line.qty = item.value(u"quantity"_s).toInt(1);
            line.unitPrice = decimalToCents(item.value(u"product_price"_s).toString());
            if (line.unitPrice)
                line.total = *line.unitPrice * line.qty;
            line.currency = u"KRW"_s;
            line.data = item;
            statuses.append(line.status);
            order.lines.append(line);
        }
        order.status = aggregateOrderStatus(statuses);
        raw.remove(u"items"_s); // kept per line
        order.data = raw;
        orders.append(order);
    }
    return orders;
}

Cafe24Collector::Cafe24Collector(Account account, CollectorEnv env, db::Database database, QObject* parent)
    : OrderCollector(parent)
    , m_account(std::move(account))
    , m_env(env)
    , m_db(std::move(database))
{
}

void Cafe24Collector::withClient(std::function<void(Status)> next)
{
    if (m_client) {
        QTimer::singleShot(0, this, [next] { next({}); });
        return;
    }
    m_env.secrets->read(m_account.secretKey(u"client_id"_s), this, [this, next](Result<QByteArray> id) {
        if (!id)
            return next(id.error());
        m_env.secrets->read(m_account.secretKey(u"client_secret"_s), this, [this, next, id](Result<QByteArray> secret) {
            if (!secret)
                return next(secret.error());
            Cafe24Config config;
            config.account = m_account.name;
            config.mallId = m_account.sellerId;
            config.baseUrl = m_account.baseUrl;
            config.clientId = *id;
            config.clientSecret = *secret;
            config.refreshTokenKey = m_account.secretKey(u"refresh_token"_s);
            config.accessTokenKey = m_account.secretKey(u"access_token"_s);
            m_client = new Cafe24Client(config, m_db, m_env.secrets, this);
            m_client->http().setRetryPolicy(m_env.retry);
            m_client->http().setDefaultTimeout(m_env.callTimeout);
            AccountSecrets::applyProxy(m_env.secrets, m_account, &m_client->http(), this, [this, next](Status proxied) {
                if (!proxied) { // never let a later call go out directly instead of through the proxy
                    m_client->deleteLater();
                    m_client = nullptr;
                }
                next(proxied);
            });
        });
    });
}

void Cafe24Collector::collect(const CollectWindow& window, BatchFn batch, DoneFn done)
{
    withClient([this, window, batch, done](Status ready) {
        if (!ready)
            return done(ready);
        m_client->fetchOrders(
            window.from, window.to,
            [batch](const QJsonArray& page) {
                const QList<Order> orders = ordersFromPage(page);
                return orders.isEmpty() ? Status {} : batch(orders);
            },
            done);
    });
}

void Cafe24Collector::testConnection(DoneFn done)
{
    withClient([this, done](Status ready) {
        if (!ready)
            return done(ready);
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"1"_s);
        m_client->get(u"products"_s, query,
            [done](Result<QJsonObject> result) { done(result ? Status {} : Status { result.error() }); });
    });
}

void Cafe24Collector::cancel()
{
    if (m_client)
        m_client->cancel();
}

} // namespace md::marketplaces::cafe24
