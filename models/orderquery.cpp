#include "models/orderquery.h"

#include "models/moneyformat.h"
#include "models/productexport.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
// Every ordering expression is NOT NULL, so that (key, id) is a total order a keyset can continue from.
QString sortExpression(int column)
{
    switch (static_cast<OrderColumn>(column)) {
    case OrderColumn::Platform:
        return u"o.platform"_s;
    case OrderColumn::Account:
        return u"COALESCE(a.name, '')"_s;
    case OrderColumn::OrderNo:
        return u"o.order_no"_s;
    case OrderColumn::Status:
        return u"o.status"_s;
    case OrderColumn::Buyer:
        return u"COALESCE(o.buyer_name, '')"_s;
    case OrderColumn::Receiver:
        return u"COALESCE(o.receiver_name, '')"_s;
    case OrderColumn::Lines:
        return u"(SELECT COUNT(*) FROM order_items li WHERE li.order_id = o.id)"_s;
    case OrderColumn::Total:
        return u"COALESCE(o.total_amount, 0)"_s;
    case OrderColumn::OrderDate:
    case OrderColumn::Count:
        break;
    }
    return u"COALESCE(o.order_date, o.collected_at)"_s;
}

QVariant bindable(db::Dialect dialect, const QVariant& key)
{
    if (key.metaType().id() == QMetaType::QDateTime)
        return jobs::DbClock::bindValue(dialect, key.toDateTime());
    return key;
}

QVariant dayStart(db::Dialect dialect, const QDate& day)
{
    return jobs::DbClock::bindValue(dialect, QDateTime(day, QTime(0, 0), businessTimeZone()).toUTC());
}
} // namespace

QTimeZone businessTimeZone()
{
    static const QTimeZone seoul("Asia/Seoul");
    // Without tz data Korea's offset is fixed anyway (no daylight saving time since 1988).
    return seoul.isValid() ? seoul : QTimeZone(9 * 3600);
}

namespace ordersql {

SqlWithBinds where(db::Dialect dialect, const OrderFilter& filter)
{
    QStringList conditions;
    QVariantList binds;
    if (filter.from.isValid()) {
        conditions << u"COALESCE(o.order_date, o.collected_at) >= ?"_s;
        binds << dayStart(dialect, filter.from);
    }
    if (filter.to.isValid()) {
        conditions << u"COALESCE(o.order_date, o.collected_at) < ?"_s;
        binds << dayStart(dialect, filter.to.addDays(1));
    }
    if (!filter.platform.isEmpty()) {
        conditions << u"o.platform = ?"_s;
        binds << filter.platform;
    }
    if (filter.accountId > 0) {
        conditions << u"o.account_id = ?"_s;
        binds << filter.accountId;
    }
    if (!filter.status.isEmpty()) {
        conditions << u"o.status = ?"_s;
        binds << filter.status;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << u"(LOWER(o.order_no) LIKE ? ESCAPE '\\' OR LOWER(COALESCE(o.buyer_name, '')) LIKE ? ESCAPE '\\' "
                      u"OR LOWER(COALESCE(o.receiver_name, '')) LIKE ? ESCAPE '\\')"_s;
        const QString pattern = productsql::likePattern(text.toLower());
        binds << pattern << pattern << pattern;
    }
    return { conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s), binds };
}

SqlWithBinds page(
    db::Dialect dialect, const OrderQuery& query, const std::optional<KeysetAnchor>& after, qint64 offset, int limit)
{
    const QString key = sortExpression(query.sortColumn);
    const bool desc = query.order == Qt::DescendingOrder;
    SqlWithBinds w = where(dialect, query.filter);
    QString sql = u"SELECT o.id, COALESCE(o.order_date, o.collected_at), o.platform, COALESCE(a.name, ''), o.order_no, "
                  u"o.status, COALESCE(o.buyer_name, ''), COALESCE(o.receiver_name, ''), "
                  u"(SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id), o.total_amount, "
                  u"COALESCE(o.currency, ''), "_s
        + key + u" FROM orders o LEFT JOIN account a ON a.id = o.account_id"_s + w.sql;
    if (after) {
        const QString op = desc ? u"<"_s : u">"_s;
        sql += (w.sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + u'(' + key + u' ' + op + u" ? OR (" + key
            + u" = ? AND o.id " + op + u" ?))";
        const QVariant k = bindable(dialect, after->key);
        w.binds << k << k << after->id;
    }
    const QString dir = desc ? u" DESC"_s : u" ASC"_s;
    sql += u" ORDER BY "_s + key + dir + u", o.id"_s + dir + u" LIMIT ? OFFSET ?"_s;
    w.binds << limit << offset;
    return { sql, w.binds };
}

SqlWithBinds count(db::Dialect dialect, const OrderFilter& filter)
{
    SqlWithBinds w = where(dialect, filter);
    return { u"SELECT COUNT(*) FROM orders o"_s + w.sql, w.binds };
}

} // namespace ordersql

Result<QList<OrderRow>> fetchOrderPage(const QSqlDatabase& db, db::Dialect dialect, const OrderQuery& query,
    const std::optional<KeysetAnchor>& after, qint64 offset, int limit)
{
    const SqlWithBinds s = ordersql::page(dialect, query, after, offset, limit);
    auto q = db::exec(db, s.sql, s.binds);
    if (!q)
        return q.error();
    QList<OrderRow> rows;
    while (q->next()) {
        OrderRow r;
        r.id = q->value(0).toLongLong();
        r.orderDate = jobs::DbClock::toDateTime(q->value(1));
        r.platform = q->value(2).toString();
        r.account = q->value(3).toString();
        r.orderNo = q->value(4).toString();
        r.status = q->value(5).toString();
        r.buyer = q->value(6).toString();
        r.receiver = q->value(7).toString();
        r.lines = q->value(8).toInt();
        r.total = q->value(9).isNull() ? QVariant() : QVariant(q->value(9).toDouble());
        r.currency = q->value(10).toString();
        r.sortKey = q->value(11);
        rows.append(r);
    }
    return rows;
}

Result<qint64> countOrders(const QSqlDatabase& db, db::Dialect dialect, const OrderFilter& filter)
{
    const SqlWithBinds s = ordersql::count(dialect, filter);
    auto v = db::scalar(db, s.sql, s.binds);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<OrderFacets> fetchOrderFacets(const QSqlDatabase& db)
{
    OrderFacets facets;
    auto platforms = db::exec(
        db, u"SELECT platform FROM orders UNION SELECT platform FROM account WHERE platform <> 'gnb' ORDER BY 1"_s);
    if (!platforms)
        return platforms.error();
    while (platforms->next())
        facets.platforms << platforms->value(0).toString();
    auto statuses = db::exec(db, u"SELECT DISTINCT status FROM orders ORDER BY 1"_s);
    if (!statuses)
        return statuses.error();
    while (statuses->next())
        facets.statuses << statuses->value(0).toString();
    auto accounts = db::exec(db, u"SELECT id, name FROM account WHERE platform <> 'gnb' ORDER BY name"_s);
    if (!accounts)
        return accounts.error();
    while (accounts->next())
        facets.accounts.append({ accounts->value(0).toLongLong(), accounts->value(1).toString() });
    return facets;
}

Result<qint64> exportOrdersCsv(const QSqlDatabase& db, db::Dialect dialect, const OrderQuery& query,
    const QStringList& headers, const QString& path, const std::atomic<bool>& cancel,
    const std::function<void(qint64)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    auto writeLine = [&file](const QStringList& fields) {
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    writeLine(headers);
    qint64 written = 0;
    std::optional<KeysetAnchor> after;
    constexpr int kChunk = 1000;
    for (;;) {
        if (cancel.load())
            return Error { ErrorCode::Cancelled, QCoreApplication::translate("md::models", "Export cancelled."), {} };
        auto rows = fetchOrderPage(db, dialect, query, after, 0, kChunk);
        if (!rows)
            return rows.error();
        for (const OrderRow& row : *rows) {
            QStringList fields;
            for (int c = 0; c < kOrderColumnCount; ++c)
                fields << orderCellText(row, c);
            fields << row.currency;
            writeLine(fields);
        }
        written += rows->size();
        if (progress)
            progress(written);
        if (rows->size() < kChunk)
            break;
        after = KeysetAnchor { rows->constLast().sortKey, rows->constLast().id };
    }
    if (!file.commit())
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    return written;
}

QString orderCellText(const OrderRow& row, int column)
{
    switch (static_cast<OrderColumn>(column)) {
    case OrderColumn::OrderDate:
        return row.orderDate.isValid() ? row.orderDate.toTimeZone(businessTimeZone()).toString(Qt::ISODate) : QString();
    case OrderColumn::Platform:
        return row.platform;
    case OrderColumn::Account:
        return row.account;
    case OrderColumn::OrderNo:
        return row.orderNo;
    case OrderColumn::Status:
        return row.status;
    case OrderColumn::Buyer:
        return row.buyer;
    case OrderColumn::Receiver:
        return row.receiver;
    case OrderColumn::Lines:
        return QString::number(row.lines);
    case OrderColumn::Total:
        return row.total.isNull() ? QString()
                                  : QString::number(row.total.toDouble(), 'f', currencyDecimals(row.currency));
    case OrderColumn::Count:
        break;
    }
    return {};
}

} // namespace md::models
