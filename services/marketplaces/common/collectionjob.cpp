#include "services/marketplaces/common/collectionjob.h"

#include "services/jobs/jobcontext.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/progressreporter.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/ordercollection.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCollectJob, "md.collect.job")

using namespace Qt::StringLiterals;

namespace md::marketplaces {

QJsonObject collectPayload(const Account& account)
{
    // The id too, so that the run's job_results row names the account (the Orders page's last run per account).
    return { { u"account"_s, account.name }, { u"account_id"_s, account.id } };
}

QString collectDedupeKey(const QString& accountName)
{
    return collectLeaseName(accountName);
}

namespace {
// Queues the next scheduled run of an active account after its interval.
void chainNext(const db::Database& database, const QString& accountName)
{
    auto account = Accounts(database).get(accountName);
    if (!account || !account->active)
        return;
    jobs::EnqueueOptions options;
    options.dedupeKey = collectDedupeKey(accountName);
    options.delay = std::chrono::seconds(std::max(30, account->collectIntervalS));
    if (auto queued = jobs::JobQueue(database).enqueue(QString(kCollectJobKind), collectPayload(*account), options);
        !queued)
        qCWarning(lcCollectJob) << queued.error().toString();
}
} // namespace

Result<int> seedCollections(const db::Database& database, std::chrono::milliseconds delay)
{
    auto accounts = Accounts(database).list();
    if (!accounts)
        return accounts.error();
    int queued = 0;
    for (const Account& a : *accounts) {
        if (!a.active || !hasCollector(a.platform))
            continue;
        jobs::EnqueueOptions options;
        options.dedupeKey = collectDedupeKey(a.name);
        options.delay = delay;
        // A run in progress queues the next itself as it ends.
        auto r = jobs::JobQueue(database).enqueueUnlessActive(QString(kCollectJobKind), collectPayload(a), options);
        if (!r)
            return r.error();
        queued += *r && (*r)->created ? 1 : 0;
    }
    return queued;
}

void registerOrderCollection(jobs::Worker& worker, const CollectorEnv& env)
{
    jobs::HandlerOptions options;
    options.leaseName
        = [](const jobs::Job& job) { return collectLeaseName(job.payload.value(u"account"_s).toString()); };
    options.requeueWhenHeld = false; // the next 5-minute run collects the same window anyway
    worker.registerAsyncHandler(
        QString(kCollectJobKind),
        [env](jobs::JobContext* context) {
            CollectRequest request;
            request.accountName = context->job().payload.value(u"account"_s).toString();
            request.ownLeaseAndResult = false;
            const QJsonObject p = context->job().payload;
            if (p.contains(u"from"_s) && p.contains(u"to"_s)) {
                request.window = CollectWindow { QDateTime::fromString(p.value(u"from"_s).toString(), Qt::ISODate),
                    QDateTime::fromString(p.value(u"to"_s).toString(), Qt::ISODate) };
            }
            if (!request.window) {
                // Disabled after this run was queued (possibly on another desktop): not collected, and no next run.
                auto account = Accounts(context->database()).get(request.accountName);
                if (account && !account->active) {
                    jobs::JobOutcome skipped;
                    skipped.run.counts = { { u"account"_s, request.accountName }, { u"skipped"_s, u"disabled"_s } };
                    skipped.run.error = QCoreApplication::translate("md::marketplaces::Accounts",
                        "%1 is disabled: automatic collection skipped. Enable it on the Accounts page or with "
                        "`marketdesk-cli accounts edit %2 --enable`.")
                                            .arg(account->label(), account->name);
                    skipped.retry = false;
                    skipped.cancelled = true;
                    return context->finish(skipped);
                }
            }
            // Parented to the context: abandoned with it if the worker stops mid-run.
            auto* run = new OrderCollection(context->database(), env, request, context->token(), context);
            // The worker shows the job's progress (Worker::jobProgress): orders so far, batches as steps.
            QObject::connect(run->progress(), &jobs::ProgressReporter::progressed, context,
                [context, started = false, step = 0](const jobs::Progress& p) mutable {
                    auto* out = context->progress();
                    if (!started) {
                        out->start(p.total, p.steps);
                        started = true;
                    }
                    if (p.step != step) {
                        step = p.step;
                        out->setStep(p.step, p.label);
                    }
                    out->report(p.done);
                    if (p.finished)
                        out->finish(); // the final count, whatever the throttle says
                });
            const bool scheduled = !request.window.has_value();
            QObject::connect(run, &OrderCollection::finished, context, [context, scheduled](const CollectOutcome& o) {
                if (scheduled && (o.status.ok() || o.status.error().code != ErrorCode::Cancelled))
                    chainNext(context->database(), o.accountName);
                if (o.status)
                    return context->finish(jobs::JobOutcome::succeeded(o.toJson(), o.counts.orders));
                if (o.status.error().code == ErrorCode::Cancelled)
                    return context->finish(jobs::JobOutcome::cancelledWith(o.toJson()));
                // A wrong secret or a refused IP does not cure itself: do not retry those. Nor a used-up call limit
                // or quota (the client already waited what the platform asked): the next scheduled run continues.
                const ErrorCode code = o.status.error().code;
                const bool retry = code != ErrorCode::Auth && code != ErrorCode::Config && code != ErrorCode::NotFound
                    && code != ErrorCode::RateLimited;
                context->finish(jobs::JobOutcome::failed(o.status.error(), retry, o.toJson()));
            });
            run->start();
        },
        options);
}

} // namespace md::marketplaces
