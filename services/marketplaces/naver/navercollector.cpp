#include "services/marketplaces/naver/navercollector.h"

#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/orderstatusmap.h"
#include "services/secrets/secretstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::marketplaces::naver {

namespace {

std::optional<Cents> money(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return decimalToCents(value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString());
}

} // namespace

QString naverOrderStatus(const QString& status)
{
    static const QHash<QString, QString> map {
        { u"PAYMENT_WAITING"_s, QString(orderstatus::New) },
        { u"PAYED"_s, QString(orderstatus::Paid) },
        { u"DELIVERING"_s, QString(orderstatus::Shipped) },
        { u"DELIVERED"_s, QString(orderstatus::Delivered) },
        { u"PURCHASE_DECIDED"_s, QString(orderstatus::Delivered) },
        { u"EXCHANGED"_s, QString(orderstatus::Exchanged) },
        { u"CANCELED"_s, QString(orderstatus::Cancelled) },
        { u"CANCELED_BY_NOPAYMENT"_s, QString(orderstatus::Cancelled) },
        { u"RETURNED"_s, QString(orderstatus::Returned) },
    };
    return map.value(status, QString(orderstatus::Unknown));
}

QList<Order> ordersFromDetails(const QList<QJsonObject>& details)
{
    QList<Order> orders;
    QHash<QString, qsizetype> index;
    for (const QJsonObject& detail : details) {
        const QJsonObject order = detail.value(u"order"_s).toObject();
        const QJsonObject line = detail.value(u"productOrder"_s).toObject();
        const QString orderNo = order.value(u"orderId"_s).toString();
        if (orderNo.isEmpty())
            continue;
        if (!index.contains(orderNo)) {
            Order o;
            o.orderNo = orderNo;
            o.orderDate = QDateTime::fromString(order.value(u"orderDate"_s).toString(), Qt::ISODateWithMs).toUTC();
            o.paymentDate = QDateTime::fromString(order.value(u"paymentDate"_s).toString(), Qt::ISODateWithMs).toUTC();
            o.buyerName = order.value(u"ordererName"_s).toString();
            o.currency = u"KRW"_s;
            o.country = u"KR"_s;
            o.data = order;
            index.insert(orderNo, orders.size());
            orders.append(o);
        }
        Order& o = orders[index.value(orderNo)];
        OrderLine l;
        l.lineNo = line.value(u"productOrderId"_s).toString();
        l.platformStatus = line.value(u"productOrderStatus"_s).toString();
        l.status = naverOrderStatus(l.platformStatus);
        l.productRef = line.value(u"productId"_s).toString();
        l.sku = line.value(u"sellerProductCode"_s).toString();
        l.variantCode = line.value(u"optionManageCode"_s).toString(line.value(u"optionCode"_s).toString());
        l.productName = line.value(u"productName"_s).toString();
        l.optionText = line.value(u"productOption"_s).toString();
        l.qty = line.value(u"quantity"_s).toInt(1);
        l.unitPrice = money(line.value(u"unitPrice"_s));
        l.total = money(line.value(u"totalPaymentAmount"_s));
        l.currency = u"KRW"_s;
        l.data = line;
        o.lines.append(l);
    }
    for (Order& o : orders) {
        QList<QString> statuses;
        Cents total = 0;
        bool hasTotal = false;
        for (const OrderLine& l : o.lines) {
            statuses.append(l.status);
            if (l.total) {
                total += *l.total;
                hasTotal = true;
            }
        }
        o.status = aggregateOrderStatus(statuses);
        if (hasTotal)
            o.totalAmount = total;
    }
    return orders;
}

NaverCollector::NaverCollector(Account account, CollectorEnv env, QObject* parent)
    : OrderCollector(parent)
    , m_account(std::move(account))
    , m_env(env)
{
}

void NaverCollector::withClient(std::function<void(Status)> next)
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
            AccountSecrets::readProxyPassword(
                m_env.secrets, m_account, this, [this, next, id, secret](Result<QString> proxyPassword) {
                    if (!proxyPassword)
                        return next(proxyPassword.error());
                    NaverConfig config;
                    config.account = m_account.name;
                    if (!m_account.baseUrl.isEmpty())
                        config.baseUrl = m_account.baseUrl;
                    config.clientId = *id;
                    config.clientSecret = *secret;
                    config.proxy = m_account.proxyUrl;
                    config.proxyPassword = *proxyPassword;
                    m_client = new NaverClient(config, this);
                    m_client->http().setRetryPolicy(m_env.retry);
                    m_client->http().setDefaultTimeout(m_env.callTimeout);
                    if (!config.proxy.isEmpty()) {
                        if (auto status = m_client->http().setProxy(config.proxy, config.proxyPassword); !status) {
                            m_client->deleteLater(); // never let a later call go out directly instead
                            m_client = nullptr;
                            return next(status);
                        }
                    }
                    next({});
                });
        });
    });
}

void NaverCollector::collect(const CollectWindow& window, BatchFn batch, DoneFn done)
{
    withClient([this, window, batch, done](Status ready) {
        if (!ready)
            return done(ready);
        m_client->fetchChangedOrders(window.from, window.to, [batch, done](Result<QList<QJsonObject>> details) {
            if (!details)
                return done(details.error());
            const QList<Order> orders = ordersFromDetails(*details);
            if (!orders.isEmpty()) {
                if (auto status = batch(orders); !status)
                    return done(status);
            }
            done({});
        });
    });
}

void NaverCollector::testConnection(DoneFn done)
{
    withClient([this, done](Status ready) {
        if (!ready)
            return done(ready);
        m_client->testConnection(done);
    });
}

void NaverCollector::cancel()
{
    if (m_client)
        m_client->http().cancelAll();
}

} // namespace md::marketplaces::naver
