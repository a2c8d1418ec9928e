#pragma once

#include "models/productquery.h"
#include "services/db/dbconfig.h"
#include "services/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QVariant>
#include <atomic>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace md::models {

// The Orders page's columns, in display order.
enum class OrderColumn { OrderDate, Platform, Account, OrderNo, Status, Buyer, Receiver, Lines, Total, Count };
constexpr int kOrderColumnCount = static_cast<int>(OrderColumn::Count);

// What the Orders page filters on. Days are Korean calendar days (the seller's business day), inclusive.
struct OrderFilter {
    QDate from; // invalid: no lower bound
    QDate to; // invalid: no upper bound
    QString platform;
    qint64 accountId = 0; // 0: every account
    QString status;
    QString text; // order number, buyer or receiver; matched literally

    bool operator==(const OrderFilter&) const = default;
};

struct OrderQuery {
    OrderFilter filter;
    int sortColumn = int(OrderColumn::OrderDate);
    Qt::SortOrder order = Qt::DescendingOrder;

    bool operator==(const OrderQuery&) const = default;
};

struct OrderRow {
    qint64 id = 0;
    QDateTime orderDate; // UTC; the collection time when the platform gave none
    QString platform;
    QString account;
    QString orderNo;
    QString status;
    QString buyer;
    QString receiver;
    int lines = 0;
    QVariant total; // null when unknown
    QString currency;
    QVariant sortKey; // the ordering expression's value: with id, the keyset anchor of the next page
};

struct OrderFacets {
    QStringList platforms;
    QStringList statuses;
    QList<QPair<qint64, QString>> accounts; // id, name
};

// The business time zone: orders are counted and filtered by Korean days.
QTimeZone businessTimeZone();

// Pure SQL builders: every user value is a bound parameter.
namespace ordersql {
SqlWithBinds where(db::Dialect dialect, const OrderFilter& filter);
// `after` (optional): the previous page's last row; without it the page starts at `offset`.
SqlWithBinds page(
    db::Dialect dialect, const OrderQuery& query, const std::optional<KeysetAnchor>& after, qint64 offset, int limit);
SqlWithBinds count(db::Dialect dialect, const OrderFilter& filter);
} // namespace ordersql

Result<QList<OrderRow>> fetchOrderPage(const QSqlDatabase& db, db::Dialect dialect, const OrderQuery& query,
    const std::optional<KeysetAnchor>& after, qint64 offset, int limit);
Result<qint64> countOrders(const QSqlDatabase& db, db::Dialect dialect, const OrderFilter& filter);
Result<OrderFacets> fetchOrderFacets(const QSqlDatabase& db);

// Streams every order of the query to a CSV file (UTF-8 with BOM, keyset pages, `cancel` checked between pages;
// the file appears only when complete). Returns the row count. For a worker thread.
Result<qint64> exportOrdersCsv(const QSqlDatabase& db, db::Dialect dialect, const OrderQuery& query,
    const QStringList& headers, const QString& path, const std::atomic<bool>& cancel,
    const std::function<void(qint64)>& progress);

// One cell as plain, locale-independent text (ISO times, numbers without grouping), for CSV export.
QString orderCellText(const OrderRow& row, int column);

} // namespace md::models
