#include "services/control/orderlisting.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
QJsonValue timeOrNull(const QVariant& value)
{
    const QDateTime t = jobs::DbClock::toDateTime(value);
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}

QJsonValue numberOrNull(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toDouble());
}

struct Where {
    QString sql;
    QVariantList binds;
};

Where whereOf(db::Dialect dialect, const OrderListFilter& filter)
{
    QStringList conditions;
    Where w;
    if (filter.from.isValid()) {
        conditions << u"COALESCE(o.order_date, o.collected_at) >= ?"_s;
        w.binds << jobs::DbClock::bindValue(dialect, koreanDayStart(filter.from));
    }
    if (filter.to.isValid()) {
        conditions << u"COALESCE(o.order_date, o.collected_at) < ?"_s;
        w.binds << jobs::DbClock::bindValue(dialect, koreanDayStart(filter.to.addDays(1)));
    }
    if (!filter.statuses.isEmpty()) {
        conditions << u"o.status IN ("_s + db::placeholders(filter.statuses.size()) + u')';
        for (const QString& s : filter.statuses)
            w.binds << s;
    }
    if (!filter.account.isEmpty()) {
        conditions << u"a.name = ?"_s;
        w.binds << filter.account;
    }
    if (!filter.platform.isEmpty()) {
        conditions << u"o.platform = ?"_s;
        w.binds << filter.platform;
    }
    if (!conditions.isEmpty())
        w.sql = u" WHERE "_s + conditions.join(u" AND "_s);
    return w;
}

// The lines of the page's orders, keyed by order id.
Result<QHash<qint64, QJsonArray>> linesOf(const QSqlDatabase& db, const QList<qint64>& orderIds)
{
    QHash<qint64, QJsonArray> lines;
    if (orderIds.isEmpty())
        return lines;
    QVariantList binds;
    for (const qint64 id : orderIds)
        binds << id;
    auto q = db::exec(db,
        u"SELECT order_id, line_no, status, product_ref, sku, variant_code, product_name, option_text, qty, "
        u"unit_price, discount, total, currency FROM order_items WHERE order_id IN ("_s
            + db::placeholders(orderIds.size()) + u") ORDER BY order_id, id"_s,
        binds);
    if (!q)
        return q.error();
    while (q->next()) {
        lines[q->value(0).toLongLong()].append(QJsonObject {
            { u"line_no"_s, q->value(1).toString() },
            { u"status"_s, q->value(2).toString() },
            { u"product_ref"_s, textOrNull(q->value(3)) },
            { u"sku"_s, textOrNull(q->value(4)) },
            { u"variant_code"_s, textOrNull(q->value(5)) },
            { u"product_name"_s, textOrNull(q->value(6)) },
            { u"option_text"_s, textOrNull(q->value(7)) },
            { u"qty"_s, q->value(8).toInt() },
            { u"unit_price"_s, numberOrNull(q->value(9)) },
            { u"discount"_s, numberOrNull(q->value(10)) },
            { u"total"_s, numberOrNull(q->value(11)) },
            { u"currency"_s, textOrNull(q->value(12)) },
        });
    }
    return lines;
}
} // namespace

QDateTime koreanDayStart(QDate day)
{
    static const QTimeZone seoul("Asia/Seoul");
    // Without tz data Korea's offset is fixed anyway (no daylight saving time since 1988).
    return QDateTime(day, QTime(0, 0), seoul.isValid() ? seoul : QTimeZone(9 * 3600)).toUTC();
}

Result<QJsonObject> listOrders(const db::Database& database, const OrderListFilter& filter)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    const Where w = whereOf(database.dialect(), filter);
    const QString from = u" FROM orders o LEFT JOIN account a ON a.id = o.account_id"_s;
    auto total = db::scalar(*conn, u"SELECT COUNT(*)"_s + from + w.sql, w.binds);
    if (!total)
        return total.error();

    QVariantList binds = w.binds;
    binds << filter.limit << filter.offset;
    auto q = db::exec(*conn,
        u"SELECT o.id, o.platform, a.name, o.order_no, o.status, o.order_date, o.payment_date, o.buyer_name, "
        u"o.receiver_name, o.receiver_phone, o.receiver_address, o.receiver_zip, o.country, o.total_amount, "
        u"o.currency, o.collected_at, o.updated_at"_s
            + from + w.sql + u" ORDER BY COALESCE(o.order_date, o.collected_at) DESC, o.id DESC LIMIT ? OFFSET ?"_s,
        binds);
    if (!q)
        return q.error();
    QList<QJsonObject> orders;
    QList<qint64> ids;
    while (q->next()) {
        ids << q->value(0).toLongLong();
        orders << QJsonObject {
            { u"id"_s, q->value(0).toLongLong() },
            { u"platform"_s, q->value(1).toString() },
            { u"account"_s, textOrNull(q->value(2)) },
            { u"order_no"_s, q->value(3).toString() },
            { u"status"_s, q->value(4).toString() },
            { u"order_date"_s, timeOrNull(q->value(5)) },
            { u"payment_date"_s, timeOrNull(q->value(6)) },
            { u"buyer_name"_s, textOrNull(q->value(7)) },
            { u"receiver_name"_s, textOrNull(q->value(8)) },
            { u"receiver_phone"_s, textOrNull(q->value(9)) },
            { u"receiver_address"_s, textOrNull(q->value(10)) },
            { u"receiver_zip"_s, textOrNull(q->value(11)) },
            { u"country"_s, textOrNull(q->value(12)) },
            { u"total_amount"_s, numberOrNull(q->value(13)) },
            { u"currency"_s, textOrNull(q->value(14)) },
            { u"collected_at"_s, timeOrNull(q->value(15)) },
            { u"updated_at"_s, timeOrNull(q->value(16)) },
        };
    }
    auto lines = linesOf(*conn, ids);
    if (!lines)
        return lines.error();
    QJsonArray array;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        QJsonObject order = orders[i];
        order.insert(u"lines"_s, lines->value(ids[i]));
        array.append(order);
    }
    return QJsonObject { { u"orders"_s, array }, { u"total"_s, total->toLongLong() }, { u"limit"_s, filter.limit },
        { u"offset"_s, filter.offset } };
}

} // namespace md::control
