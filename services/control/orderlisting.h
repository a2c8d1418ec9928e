#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace md::control {

// GET /api/v1/orders: which orders, newest first. Days are Korean calendar days (the seller's business day),
// inclusive, applied to the order date (the collection time when the platform gave none).
struct OrderListFilter {
    QDate from; // invalid: no lower bound
    QDate to; // invalid: no upper bound
    QStringList statuses; // order status, any of; empty: all
    QString account; // account name; empty: all
    QString platform;
    int limit = 100;
    int offset = 0;
};

// The page as JSON: {"orders": [{…, "lines": [{…}]}], "total", "limit", "offset"}. Two statements for the page and
// its lines (never one per order) and one count; on the calling thread's connection.
Result<QJsonObject> listOrders(const db::Database& database, const OrderListFilter& filter);

// The start of a Korean calendar day in UTC.
QDateTime koreanDayStart(QDate day);

} // namespace md::control
