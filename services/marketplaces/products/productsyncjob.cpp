#include "services/marketplaces/products/productsyncjob.h"

#include "services/db/sql.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/products/listingsource.h"
#include "services/marketplaces/products/productsync.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcProductJob, "md.products.job")

using namespace Qt::StringLiterals;

namespace md::marketplaces {

QJsonObject productSyncPayload(const Account& account)
{
    return { { u"account"_s, account.name }, { u"account_id"_s, account.id } }; // the id names the run's account
}

QString productSyncDedupeKey(const QString& accountName)
{
    return productSyncLeaseName(accountName);
}

std::chrono::minutes productSyncInterval(const Account& account, std::chrono::minutes fallback)
{
    const qint64 minutes = account.options.value(u"products_interval_minutes"_s).toInteger(fallback.count());
    return std::chrono::minutes(std::max<qint64>(5, minutes));
}

namespace {

// Queues the next scheduled run of an active account after its interval.
void chainNext(const db::Database& database, const QString& accountName, std::chrono::minutes interval)
{
    auto account = Accounts(database).get(accountName);
    if (!account || !account->active)
        return;
    jobs::EnqueueOptions options;
    options.dedupeKey = productSyncDedupeKey(accountName);
    options.delay = productSyncInterval(*account, interval);
    if (auto queued
        = jobs::JobQueue(database).enqueue(QString(kProductSyncJobKind), productSyncPayload(*account), options);
        !queued)
        qCWarning(lcProductJob) << queued.error().toString();
}

} // namespace

Result<int> seedProductSyncs(const db::Database& database, std::chrono::milliseconds delay)
{
    auto accounts = Accounts(database).list();
    if (!accounts)
        return accounts.error();
    int queued = 0;
    for (const Account& a : *accounts) {
        if (!a.active || !hasListingSource(a.platform))
            continue;
        jobs::EnqueueOptions options;
        options.dedupeKey = productSyncDedupeKey(a.name);
        options.delay = delay;
        // A run in progress queues the next itself as it ends.
        auto r = jobs::JobQueue(database).enqueueUnlessActive(
            QString(kProductSyncJobKind), productSyncPayload(a), options);
        if (!r)
            return r.error();
        queued += *r && (*r)->created ? 1 : 0;
    }
    return queued;
}

void registerProductSync(jobs::Worker& worker, const CollectorEnv& env, std::chrono::minutes interval)
{
    jobs::HandlerOptions options;
    options.leaseName
        = [](const jobs::Job& job) { return productSyncLeaseName(job.payload.value(u"account"_s).toString()); };
    options.requeueWhenHeld = false; // the holder is syncing the same listings right now
    worker.registerAsyncHandler(
        QString(kProductSyncJobKind),
        [env, interval](jobs::JobContext* context) {
            ProductSyncRequest request;
            request.accountName = context->job().payload.value(u"account"_s).toString();
            request.ownLeaseAndResult = false;
            // Parented to the context: abandoned with it if the worker stops mid-run.
            auto* run
                = new ProductSync(context->database(), env, request, context->token(), context->progress(), context);
            QObject::connect(run, &ProductSync::finished, context, [context, interval](const ProductSyncOutcome& o) {
                if (o.status.ok() || o.status.error().code != ErrorCode::Cancelled)
                    chainNext(context->database(), o.accountName, interval);
                if (o.status)
                    return context->finish(jobs::JobOutcome::succeeded(o.toJson()));
                if (o.status.error().code == ErrorCode::Cancelled)
                    return context->finish(jobs::JobOutcome::cancelledWith(o.toJson()));
                // A wrong secret, a missing scope or a platform without products does not cure itself.
                const bool retry = o.status.error().code != ErrorCode::Auth
                    && o.status.error().code != ErrorCode::Config && o.status.error().code != ErrorCode::NotFound;
                context->finish(jobs::JobOutcome::failed(o.status.error(), retry, o.toJson()));
            });
            run->start();
        },
        options);

    if (!env.database) {
        qCWarning(lcProductJob) << "registerProductSync without CollectorEnv::database: no product syncs are seeded";
        return;
    }
    // Seeding lives in the worker's thread: the timer is the worker's child (it moves with it), started by a queued
    // call that runs once that thread's event loop does.
    auto* seeding = new QTimer(&worker);
    seeding->setInterval(std::chrono::minutes(1));
    const auto seed = [db = *env.database] {
        if (auto seeded = seedProductSyncs(db); !seeded)
            qCWarning(lcProductJob) << seeded.error().toString();
    };
    QObject::connect(seeding, &QTimer::timeout, seeding, seed);
    QMetaObject::invokeMethod(
        seeding,
        [seeding, seed] {
            seed();
            seeding->start();
        },
        Qt::QueuedConnection);
}

} // namespace md::marketplaces
