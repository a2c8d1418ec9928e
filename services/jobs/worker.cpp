#include "services/jobs/worker.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <exception>

using namespace Qt::StringLiterals;

namespace md::jobs {

Q_LOGGING_CATEGORY(lcWorker, "md.jobs.worker")

namespace {
RunInfo runInfoOf(const Job& job)
{
    // Jobs about one account (order collection) carry it in the payload; job_results keeps it for the GUI.
    const QJsonValue account = job.payload.value(u"account_id"_s);
    std::optional<qint64> accountId;
    if (account.isDouble())
        accountId = static_cast<qint64>(account.toDouble());
    return RunInfo { job.kind, job.id, accountId };
}
} // namespace

Worker::Worker(db::Database database, WorkerOptions options, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_options(std::move(options))
    , m_queue(m_db, m_options.retry)
    , m_results(m_db)
    , m_pollTimer(this)
    , m_heartbeatTimer(this)
    , m_graceTimer(this)
{
    qRegisterMetaType<md::jobs::Progress>();
    m_graceTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &Worker::poll);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Worker::heartbeat);
    connect(&m_graceTimer, &QTimer::timeout, this, [this] { abandonCurrent(true); });
}

Worker::~Worker()
{
    // Deleted with a job still running (the thread ended without a stop): give the job back rather than leave it
    // claimed until its claim expires.
    if (m_current)
        abandonCurrent(false);
}

void Worker::registerHandler(const QString& kind, Handler handler, HandlerOptions options)
{
    m_handlers.insert(kind, Registration { std::move(handler), {}, std::move(options) });
}

void Worker::registerAsyncHandler(const QString& kind, AsyncHandler handler, HandlerOptions options)
{
    m_handlers.insert(kind, Registration { {}, std::move(handler), std::move(options) });
}

void Worker::start()
{
    m_stopping = false;
    m_stopped = false;
    m_pollTimer.start(m_options.pollInterval);
    m_heartbeatTimer.start(m_options.heartbeatInterval);
    recover();
    poll();
}

void Worker::requestStop()
{
    m_stopping = true;
    {
        QMutexLocker lock(&m_tokenMutex);
        m_token.cancel();
    }
    // Runs once the worker's thread is free: at once when idle or in an asynchronous job, after the handler
    // returns when a synchronous one is running.
    QMetaObject::invokeMethod(this, &Worker::beginStop, Qt::QueuedConnection);
}

void Worker::cancelCurrent()
{
    QMutexLocker lock(&m_tokenMutex);
    m_token.cancel();
}

void Worker::pauseClaiming()
{
    m_paused = true;
}

void Worker::resumeClaiming()
{
    m_paused = false;
    QMetaObject::invokeMethod(this, &Worker::poll, Qt::QueuedConnection); // look at once, not at the next tick
}

void Worker::report(const Error& error)
{
    qCWarning(lcWorker) << error.toString();
    Q_EMIT errorOccurred(error.toString());
}

void Worker::recover()
{
    m_sinceRecover.start();
    auto recovered = m_queue.recoverExpired();
    if (!recovered)
        report(recovered.error());
    else if (*recovered > 0)
        qCInfo(lcWorker) << "gave" << *recovered << "jobs of dead workers back to the queue";
}

void Worker::poll()
{
    if (m_current || m_stopping || m_paused || m_handlers.isEmpty()) // no kinds: claim() would take jobs of every kind
        return;
    if (m_sinceRecover.isValid() && m_sinceRecover.elapsed() >= m_options.recoverInterval.count())
        recover();
    auto claimed = m_queue.claim(m_options.holder, m_options.claimFor, m_handlers.keys());
    if (!claimed) {
        report(claimed.error());
        return;
    }
    if (!claimed->has_value())
        return;
    const Job job = std::move(**claimed);
    runJob(job, m_handlers.value(job.kind));
}

bool Worker::takeLease(const Job& job, const Registration& registration)
{
    const QString name = registration.options.leaseName ? registration.options.leaseName(job) : QString();
    if (name.isEmpty())
        return true;
    m_lease = std::make_unique<Lease>(m_db, name, m_options.holder);
    auto info = m_lease->tryAcquire(m_options.claimFor);
    if (info && info->acquired)
        return true;
    m_lease.reset();
    if (!info) {
        report(info.error());
        if (auto failed = m_queue.fail(job.id, m_options.holder, info.error().toString()); !failed)
            report(failed.error());
        return false;
    }
    // Held by another process: leave a row saying so, then skip or wait for the holder to finish.
    if (auto skipped = m_results.recordSkipped(runInfoOf(job), *info); !skipped)
        report(skipped.error());
    const QString why = tr("skipped: %1").arg(info->describe());
    const Status settled = registration.options.requeueWhenHeld
        ? m_queue.abandon(job.id, m_options.holder, registration.options.retryWhenHeldAfter, why)
        : m_queue.cancelRunning(job.id, m_options.holder, why);
    if (!settled)
        report(settled.error());
    Q_EMIT jobSkipped(job.id, job.kind, info->describe());
    return false;
}

void Worker::runJob(const Job& job, const Registration& registration)
{
    if (!takeLease(job, registration)) {
        QTimer::singleShot(0, this, &Worker::poll);
        return;
    }
    auto run = JobRun::begin(m_db, runInfoOf(job));
    if (!run) {
        report(run.error());
        if (auto failed = m_queue.fail(job.id, m_options.holder, run.error().toString()); !failed)
            report(failed.error());
        m_lease.reset();
        return;
    }
    const qint64 resultId = run->resultId();
    m_run.emplace(std::move(*run));

    CancellationToken token;
    {
        QMutexLocker lock(&m_tokenMutex);
        m_token = token;
    }
    if (m_stopping) // a stop requested between the claim and here
        token.cancel();
    m_current = new JobContext(this, m_db, job, token, resultId);
    connect(m_current->progress(), &ProgressReporter::progressed, this,
        [this, id = job.id](const Progress& progress) { Q_EMIT jobProgress(id, progress); });
    m_sinceHeartbeat.start();
    Q_EMIT jobStarted(job.id, job.kind);

    JobContext* context = m_current;
    try {
        if (registration.handler)
            context->finish(registration.handler(*context));
        else
            registration.asyncHandler(context);
    } catch (const std::exception& e) {
        context->finish(JobOutcome::failed(
            Error { ErrorCode::Internal, tr("The job failed unexpectedly."), QString::fromUtf8(e.what()) }));
    }
}

void Worker::heartbeat()
{
    if (m_current)
        keepAlive(m_current, true);
}

bool Worker::keepAlive(JobContext* context, bool force)
{
    if (context != m_current)
        return false;
    if (!force && m_sinceHeartbeat.elapsed() < m_options.heartbeatInterval.count())
        return true;
    m_sinceHeartbeat.restart();
    Status alive = m_queue.heartbeat(context->job().id, m_options.holder, m_options.claimFor);
    if (alive && m_lease)
        alive = m_lease->extend(m_options.claimFor);
    if (alive)
        return true;
    // The claim or the lease expired (this thread was stalled for longer than claimFor): someone else may be
    // running the job now, so this run must stop.
    report(alive.error());
    context->m_token.cancel();
    return false;
}

void Worker::onJobFinished(JobContext* context, const JobOutcome& outcome)
{
    if (context != m_current)
        return; // already abandoned at stop
    settle(context->job(), outcome);
    const Job job = context->job();
    endCurrent();
    Q_EMIT jobFinished(job.id, job.kind, outcome.run.success, outcome.run.error);
    if (m_stopping)
        finishStop();
    else
        QTimer::singleShot(0, this, &Worker::poll);
}

void Worker::settle(const Job& job, const JobOutcome& outcome)
{
    Status settled;
    if (outcome.run.success) {
        settled = m_queue.complete(job.id, m_options.holder);
    } else if (outcome.cancelled && m_stopping) {
        // Stopped by the worker, not by a person: the job goes back to the queue for the next worker.
        settled = m_queue.abandon(job.id, m_options.holder, {}, tr("interrupted: the worker stopped"));
    } else if (outcome.cancelled) {
        settled = m_queue.cancelRunning(job.id, m_options.holder, outcome.run.error);
    } else {
        auto failed = m_queue.fail(job.id, m_options.holder, outcome.run.error, outcome.retry);
        if (!failed)
            settled = failed.error();
    }
    if (!settled)
        report(settled.error());
    if (m_run) {
        if (auto recorded = m_run->finish(outcome.run); !recorded)
            report(recorded.error());
    }
}

void Worker::beginStop()
{
    if (m_stopped)
        return;
    m_pollTimer.stop();
    if (!m_current) {
        finishStop();
        return;
    }
    m_graceTimer.start(m_options.stopGrace);
}

void Worker::abandonCurrent(bool emitStopped)
{
    if (!m_current)
        return;
    const Job job = m_current->job();
    m_current->m_finished = true; // a late finish() from the handler is ignored
    const QString why = tr("abandoned: the worker stopped before the job finished");
    if (auto given = m_queue.abandon(job.id, m_options.holder, {}, why); !given)
        report(given.error());
    if (m_run) {
        if (auto recorded = m_run->finish(RunOutcome { false, {}, std::nullopt, why }); !recorded)
            report(recorded.error());
    }
    endCurrent();
    Q_EMIT jobFinished(job.id, job.kind, false, why);
    if (emitStopped)
        finishStop();
}

void Worker::endCurrent()
{
    if (m_lease) {
        if (auto released = m_lease->release(); !released)
            report(released.error());
        m_lease.reset();
    }
    m_run.reset();
    if (m_current) {
        m_current->disconnect(this);
        m_current->progress()->disconnect(this);
        m_current->deleteLater();
        m_current = nullptr;
    }
}

void Worker::finishStop()
{
    m_graceTimer.stop();
    m_pollTimer.stop();
    m_heartbeatTimer.stop();
    if (m_stopped)
        return;
    m_stopped = true;
    Q_EMIT stopped();
}

} // namespace md::jobs
