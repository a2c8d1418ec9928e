#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/order.h"

#include <QJsonObject>
#include <QList>

namespace md::marketplaces {

// What an upsert did. Orders count as updated when the order row or any of its lines changed.
struct UpsertCounts {
    int orders = 0; // distinct orders given
    int lines = 0; // distinct lines given
    int inserted = 0; // orders new to the database
    int updated = 0; // existing orders with a change
    int unchanged = 0;
    int linesInserted = 0;
    int linesUpdated = 0;
    int statusChanges = 0; // order_status_history rows written (new lines included)

    UpsertCounts& operator+=(const UpsertCounts& other);
    QJsonObject toJson() const;
};

// Idempotent upsert of collected orders into `orders`, `order_items` and `order_status_history`, keyed by
// (platform, order_no) and (order, line_no). Set-based: per chunk of orders one SELECT of what exists, then
// multi-row INSERT/UPDATE statements for what is new or changed, all inside one transaction per call — a batch
// lands whole or not at all. Unchanged rows are not written. Duplicate orders or lines in one call: last wins.
// A status change of a line (and every new line) writes a history row with `source` = the platform.
// Uses the calling thread's connection.
class OrderRepository {
public:
    OrderRepository(db::Database database, QString platform, qint64 accountId);

    Result<UpsertCounts> upsert(const QList<Order>& orders);

    // Orders per chunk: bounds bind-parameter counts on both dialects.
    static constexpr int chunkSize = 250;

private:
    struct Chunk;
    Status upsertChunk(const QSqlDatabase& db, const QList<const Order*>& orders, UpsertCounts& counts);

    db::Database m_db;
    QString m_platform;
    qint64 m_accountId;
};

} // namespace md::marketplaces
