#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/collectorfactory.h"

#include <QJsonObject>

namespace md::jobs {
class Worker;
}

namespace md::marketplaces {

// Registers kind "orders.collect" on a jobs::Worker: payload {"account": NAME} (optionally "from"/"to" as
// ISO-8601 UTC), lease "orders.collect:<NAME>" taken by the worker (a run whose lease is held elsewhere is skipped),
// job_results written by the worker with orders_count and the counts. When a scheduled run (no explicit window) of an
// active account ends, the handler queues the account's next run after its collect_interval_s (300 s by default):
// the chain keeps every account on its own 5-minute cycle. `env.secrets` must outlive the worker.
void registerOrderCollection(jobs::Worker& worker, const CollectorEnv& env);

// Queues, after `delay`, a collection for every active account of a platform with a collector that has none queued
// or running
// (dedupe key per account), and returns how many were queued. Idempotent: call it when a worker starts and every
// minute or so, to start chains and restart any that broke (a skipped run, a job failed for good).
Result<int> seedCollections(const db::Database& database, std::chrono::milliseconds delay = {});

// The payload and dedupe key a scheduler enqueues for one account (dedupe: at most one queued run per account).
QJsonObject collectPayload(const Account& account);
QString collectDedupeKey(const QString& accountName);

} // namespace md::marketplaces
