#include "services/gnb/gnbjobs.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/jobcontext.h"
#include "services/jobs/progressreporter.h"
#include "services/jobs/worker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGnbJobs, "md.gnb.jobs")

namespace md::gnb {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("md::gnb", text);
}

Result<CrawlRequest> requestFor(const QJsonObject& payload, const GnbJobOptions& options)
{
    CrawlRequest request;
    const auto mode = GnbJobs::modeFromName(payload.value(u"mode"_s).toString(u"full"_s));
    if (!mode)
        return Error { ErrorCode::Invalid,
            tr("Unknown crawl mode \"%1\" in the job.").arg(payload.value(u"mode"_s).toString()), {} };
    request.mode = *mode;
    request.day = payload.value(u"day"_s).toString();
    if (request.day.isEmpty())
        request.day
            = QDateTime::currentDateTimeUtc().toTimeZone(options.supplierTimeZone).date().toString(u"yyyyMMdd"_s);
    if (!QDate::fromString(request.day, u"yyyyMMdd"_s).isValid())
        return Error { ErrorCode::Invalid, tr("The crawl job's day \"%1\" is not a date.").arg(request.day), {} };
    for (const auto& b : payload.value(u"brands"_s).toArray())
        request.brands << b.toString();
    if (request.mode == CrawlMode::Brands && request.brands.isEmpty())
        return Error { ErrorCode::Invalid, tr("A brand crawl job names no brand."), {} };
    request.columns = options.columns;
    request.batchRows = options.batchRows;
    return request;
}

// The job's error: the crawl's reason, then one line per failed file, as the Crawls page lists them.
Error withFailures(Error error, const CrawlSummary& summary)
{
    if (!summary.failures.isEmpty())
        error.message += u'\n' + summary.failures.join(u'\n');
    return error;
}

void forwardProgress(Crawler* crawler, jobs::JobContext* context)
{
    QObject::connect(crawler->progress(), &jobs::ProgressReporter::progressed, context,
        [context, started = false, step = -1](const jobs::Progress& p) mutable {
            auto* out = context->progress();
            if (!started) {
                out->start(p.total, p.steps);
                started = true;
            }
            if (p.total != out->current().total)
                out->setTotal(p.total);
            if (p.step != step) {
                step = p.step;
                out->setStep(p.step, p.label);
            }
            out->report(p.done);
        });
}

void runCrawlJob(jobs::JobContext* context, const GnbJobOptions& options)
{
    const QJsonObject payload = context->job().payload;
    const bool chain = payload.value(u"chain"_s).toBool();
    const db::Database database = context->database();
    const auto chainNext = [database, chain, interval = options.incrementalInterval] {
        if (!chain)
            return;
        if (auto next = GnbJobs::chainIncremental(database, interval); !next)
            qCWarning(lcGnbJobs).noquote() << "could not queue the next incremental crawl:" << next.error().toString();
    };
    auto request = requestFor(payload, options);
    if (!request) {
        chainNext();
        context->finish(jobs::JobOutcome::failed(request.error(), false));
        return;
    }
    request->queuedJob = CrawlRequest::QueuedJob { context->resultId(), [context] { return context->keepAlive(); } };
    std::unique_ptr<FeedSource> source;
    if (options.sourceFactory) {
        source = options.sourceFactory();
    } else {
        auto created = createFeedSource(options.source);
        if (!created) {
            chainNext();
            context->finish(jobs::JobOutcome::failed(created.error(), false));
            return;
        }
        source = std::move(*created);
    }
    source->setParent(context); // both go with the context, also when the worker abandons the job
    auto* crawler = new Crawler(database, source.release(), *request, context->token(), context);
    forwardProgress(crawler, context);
    const CrawlMode mode = request->mode;
    QObject::connect(crawler, &Crawler::finished, context, [context, chainNext, mode](const CrawlOutcome& o) {
        // Queued before the job settles: if this process dies in between, the job runs again and the dedupe
        // key keeps the chain single.
        chainNext();
        QJsonObject counts = o.summary.toJson();
        counts.remove(u"errors"_s);
        counts.insert(u"mode"_s, GnbJobs::modeName(mode));
        o.removals.addTo(counts);
        if (o.status.ok()) {
            context->finish(jobs::JobOutcome::succeeded(counts));
        } else if (o.status.error().code == ErrorCode::Cancelled) {
            context->finish(jobs::JobOutcome::cancelledWith(counts));
        } else {
            // The chain retries an incremental crawl anyway; a missing brand will not appear by retrying.
            const auto code = o.status.error().code;
            const bool retry = mode != CrawlMode::Incremental && code != ErrorCode::NotFound
                && code != ErrorCode::Config && code != ErrorCode::Auth;
            context->finish(jobs::JobOutcome::failed(withFailures(o.status.error(), o.summary), retry, counts));
        }
    });
    crawler->start();
}
} // namespace

QString GnbJobs::modeName(CrawlMode mode)
{
    switch (mode) {
    case CrawlMode::Full:
        return u"full"_s;
    case CrawlMode::Incremental:
        return u"incremental"_s;
    case CrawlMode::Brands:
        return u"brands"_s;
    }
    return {};
}

std::optional<CrawlMode> GnbJobs::modeFromName(const QString& name)
{
    for (const auto mode : { CrawlMode::Full, CrawlMode::Incremental, CrawlMode::Brands }) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

void GnbJobs::registerHandlers(jobs::Worker& worker, GnbJobOptions options)
{
    jobs::HandlerOptions handler;
    handler.leaseName = [](const jobs::Job&) { return QString::fromLatin1(Crawler::kLeaseName); };
    handler.requeueWhenHeld = true;
    handler.retryWhenHeldAfter = options.retryWhenHeldAfter;
    worker.registerAsyncHandler(
        QString::fromLatin1(kCrawlKind),
        [options = std::move(options)](jobs::JobContext* context) { runCrawlJob(context, options); }, handler);
}

jobs::DailyTrigger GnbJobs::dailyFullCrawl(QTime at, QTimeZone timeZone)
{
    jobs::DailyTrigger trigger;
    trigger.name = QString::fromLatin1(kFullTrigger);
    trigger.at = at;
    trigger.timeZone = std::move(timeZone);
    trigger.kind = QString::fromLatin1(kCrawlKind);
    // The day folder is the supplier's date when the job runs, whatever the schedule's zone.
    trigger.payload = [](QDate) { return QJsonObject { { u"mode"_s, u"full"_s }, { u"chain"_s, true } }; };
    trigger.options.priority = kFullPriority;
    trigger.options.maxAttempts = 3;
    return trigger;
}

Result<jobs::EnqueueResult> GnbJobs::enqueueBrandCrawl(const db::Database& database, const QString& brand)
{
    jobs::EnqueueOptions options;
    options.priority = kBrandPriority;
    options.dedupeKey = u"gnb.crawl.brand:"_s + brand.trimmed().toLower();
    options.maxAttempts = 5;
    return jobs::JobQueue(database).enqueue(QString::fromLatin1(kCrawlKind),
        QJsonObject { { u"mode"_s, u"brands"_s }, { u"brands"_s, QJsonArray { brand.trimmed() } } }, options);
}

jobs::StandingJob GnbJobs::incrementalChain(std::chrono::milliseconds delay)
{
    jobs::StandingJob job;
    job.name = QString::fromLatin1(kIncrementalKey);
    job.kind = QString::fromLatin1(kCrawlKind);
    job.payload = QJsonObject { { u"mode"_s, u"incremental"_s }, { u"chain"_s, true } };
    job.options.dedupeKey = QString::fromLatin1(kIncrementalKey);
    job.options.delay = delay;
    job.options.maxAttempts = 3; // a failed crawl is not retried (the chain is), but a dead worker's claim is
    return job;
}

Result<jobs::EnqueueResult> GnbJobs::chainIncremental(const db::Database& database, std::chrono::milliseconds delay)
{
    const jobs::StandingJob chain = incrementalChain(delay);
    auto queued = jobs::JobQueue(database).enqueue(chain.kind, chain.payload, chain.options);
    if (!queued || queued->created)
        return queued;
    // Already queued (e.g. by the crawl before a full one): it must still wait `delay` after this crawl ended.
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    const QString later = jobs::DbClock::nowPlusMs(database.dialect());
    if (auto q = db::exec(*conn,
            u"UPDATE jobs SET run_after = %1 WHERE id = ? AND status = 'queued' AND run_after < %1"_s.arg(later),
            { jobs::DbClock::ms(delay), queued->id, jobs::DbClock::ms(delay) });
        !q)
        return q.error();
    return queued;
}

Result<jobs::EnqueueResult> GnbJobs::enqueueCrawl(
    const db::Database& database, CrawlMode mode, const QStringList& brands, const QString& day)
{
    QJsonObject payload { { u"mode"_s, modeName(mode) } };
    if (!day.isEmpty())
        payload.insert(u"day"_s, day);
    if (mode == CrawlMode::Brands)
        payload.insert(u"brands"_s, QJsonArray::fromStringList(brands));
    jobs::EnqueueOptions options;
    options.priority = mode == CrawlMode::Brands ? kBrandPriority : kFullPriority;
    QStringList sorted = brands;
    for (auto& b : sorted)
        b = b.trimmed().toLower();
    sorted.sort();
    options.dedupeKey = u"gnb.crawl.manual:"_s + modeName(mode) + u':' + day + u':' + sorted.join(u',');
    return jobs::JobQueue(database).enqueue(QString::fromLatin1(kCrawlKind), payload, options);
}

} // namespace md::gnb
