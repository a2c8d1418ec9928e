#pragma once

#include "services/domain/result.h"
#include "services/marketplaces/common/order.h"

#include <QDateTime>
#include <QObject>
#include <functional>

namespace md::marketplaces {

// A time window to collect, in UTC; `to` is exclusive (platforms with day granularity widen it to whole days in
// their own time zone — re-reading is harmless because saving is idempotent).
struct CollectWindow {
    QDateTime from;
    QDateTime to;
};

// The per-platform half of order collection: fetches one account's orders in a window and hands them over in
// batches, already mapped to domain orders. Lives in (and is used from) one thread; everything is asynchronous on
// its event loop. Implementations use one HttpClient per account (timeouts, retries, pacing, proxy, redaction).
class OrderCollector : public QObject {
    Q_OBJECT
public:
    // Called with each batch, in order; a non-ok Status stops the collection, which then ends with that error.
    using BatchFn = std::function<Status(const QList<Order>& orders)>;
    using DoneFn = std::function<void(Status)>;

    using QObject::QObject;

    // Fetches every order of the account that was created or changed in the window. Calls `batch` zero or more
    // times, then `done` exactly once (asynchronously, never inside collect()). One collection at a time.
    virtual void collect(const CollectWindow& window, BatchFn batch, DoneFn done) = 0;
    // Checks the credentials and reachability with a cheap call; the Error says exactly what is wrong and what to do
    // (bad secret, IP not allowed, clock skew, unreachable). Calls `done` once, asynchronously.
    virtual void testConnection(DoneFn done) = 0;
    // Stops a running collect()/testConnection(): `done` comes promptly with ErrorCode::Cancelled.
    virtual void cancel() = 0;

    // Platform calls made so far (for job counts and benchmarks).
    virtual int callCount() const = 0;
};

} // namespace md::marketplaces
