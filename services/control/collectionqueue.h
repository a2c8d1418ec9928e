#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace md::control {

// POST /api/v1/orders/collect: which accounts and which days.
struct CollectionRequest {
    QString account; // empty: every enabled account of a platform with order collection
    // Korean calendar days, inclusive; without them each run collects since its account's last success.
    std::optional<std::pair<QDate, QDate>> days;
};

struct QueuedCollection {
    qint64 jobId = 0;
    QString account;
    bool created = true; // false: the same request was already queued and that job is returned
};

// Queues one "orders.collect" job per account, so that the collections run on the worker's threads under each
// account's lease, after whatever the worker is running. Jobs are deduplicated per (account, days) while queued,
// and go ahead of scheduled work. NotFound for an unknown account, Conflict for a disabled one, Invalid for a
// platform without order collection, Conflict when there is no enabled account at all.
Result<QList<QueuedCollection>> queueCollections(const db::Database& database, const CollectionRequest& request);

// The priority of collections asked for through the API (scheduled jobs have 0).
inline constexpr int kRequestedCollectionPriority = 10;

} // namespace md::control
