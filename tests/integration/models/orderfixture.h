#pragma once

#include "services/db/dbconfig.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace md::test {

// Deterministic accounts and orders for the order model and page tests, written with plain INSERTs.
// insertAccounts(): "cafe-main" (cafe24), "naver-main" (naver), "qoo-main" (qoo10).
// Order i (0-based): platform kPlatforms[i % 3] with that account, order_no "ORD-%05d", status kStatuses[i % 4],
// order_date base() + (i % 10) days + i minutes, buyer "buyer %d", total 1000 * (i + 1) (KRW, JPY for qoo10),
// two lines ("1", "2") with one history row each (NULL → status).
struct OrderFixture {
    static const QStringList& platforms();
    static const QStringList& statuses();
    static QDateTime base(); // 2026-11-01T03:00:00Z (12:00 in Korea)
    static bool insertAccounts(const QSqlDatabase& db, db::Dialect dialect);
    static qint64 accountId(const QSqlDatabase& db, const QString& name);
    static bool insertOrders(const QSqlDatabase& db, db::Dialect dialect, int count, int first = 0);
    // One order with the given buyer (quotes, wildcards, SQL) and time, on cafe24.
    static qint64 insertOrder(const QSqlDatabase& db, db::Dialect dialect, const QString& orderNo,
        const QString& platform, const QString& buyer, const QDateTime& orderDate,
        const QString& status = QStringLiteral("paid"));
};

} // namespace md::test
