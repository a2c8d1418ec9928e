#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/collectorfactory.h"

#include <QJsonObject>
#include <chrono>

namespace md::jobs {
class Worker;
}

namespace md::marketplaces {

// How often a worker syncs each account's products unless the account's options say otherwise
// ("products_interval_minutes"). Listings change far less often than orders, and a Cafe24 scan of 50,000 products
// takes minutes of the mall's shared call budget.
inline constexpr std::chrono::minutes kDefaultProductSyncInterval { 60 };

// Registers kind "products.sync" on a jobs::Worker: payload {"account": NAME}, lease "products.sync:<NAME>" taken by
// the worker (a run whose lease is held elsewhere is skipped), job_results written by the worker with the counts and
// the run's progress reported through the job's ProgressReporter. A run that ends (not cancelled) queues the account's
// next one after its interval. Also seeds, when the worker's thread starts and every minute after, a run for each
// active Cafe24/Naver account that has none queued or running. `env.secrets` must outlive the worker; `env.database`
// is the database to seed (required).
void registerProductSync(
    jobs::Worker& worker, const CollectorEnv& env, std::chrono::minutes interval = kDefaultProductSyncInterval);

// Queues, after `delay`, a product sync for every active account with a product API that has none queued or running
// (so a long scan is not followed at once by another), and returns how many were queued.
Result<int> seedProductSyncs(const db::Database& database, std::chrono::milliseconds delay = {});

// The payload and dedupe key a scheduler enqueues for one account.
QJsonObject productSyncPayload(const Account& account);
QString productSyncDedupeKey(const QString& accountName);
// The account's interval between syncs: its "products_interval_minutes" option, else `fallback`.
std::chrono::minutes productSyncInterval(const Account& account, std::chrono::minutes fallback);

} // namespace md::marketplaces
