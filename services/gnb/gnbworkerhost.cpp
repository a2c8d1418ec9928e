#include "services/gnb/gnbworkerhost.h"

#include "services/gnb/feedsources.h"
#include "services/jobs/scheduler.h"

#include <QCoreApplication>
#include <QThread>

using namespace Qt::StringLiterals;

namespace md::gnb {

GnbWorkerHost::GnbWorkerHost(db::Database database, GnbWorkerHostOptions options, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_options(std::move(options))
    , m_thread(new QThread(this))
    , m_worker(new jobs::Worker(m_database, m_options.worker))
{
    m_thread->setObjectName(u"md-jobs"_s);
    if (m_options.crawls)
        GnbJobs::registerHandlers(*m_worker, m_options.jobs);
    if (m_options.crawls && m_options.schedule) {
        m_scheduler = new jobs::Scheduler(m_database, m_worker); // same thread, same lifetime
        m_scheduler->addDaily(GnbJobs::dailyFullCrawl(m_options.dailyAt, m_options.timeZone));
        m_scheduler->addStanding(GnbJobs::incrementalChain(m_options.jobs.incrementalInterval));
        connect(m_scheduler, &jobs::Scheduler::jobQueued, this, &GnbWorkerHost::jobQueued);
        connect(m_scheduler, &jobs::Scheduler::errorOccurred, this, &GnbWorkerHost::errorOccurred);
    }
    // Queued to this thread: the worker emits from its own.
    connect(m_worker, &jobs::Worker::jobStarted, this, [this](qint64 id, const QString& kind) {
        m_current = CurrentJob { id, kind, {} };
        Q_EMIT jobStarted(id, kind);
    });
    connect(m_worker, &jobs::Worker::jobProgress, this, [this](qint64 id, const jobs::Progress& progress) {
        if (m_current && m_current->id == id)
            m_current->progress = progress;
        Q_EMIT jobProgress(id, progress);
    });
    connect(m_worker, &jobs::Worker::jobFinished, this,
        [this](qint64 id, const QString& kind, bool success, const QString& error) {
            if (m_current && m_current->id == id)
                m_current.reset();
            Q_EMIT jobFinished(id, kind, success, error);
        });
    connect(m_worker, &jobs::Worker::jobSkipped, this, &GnbWorkerHost::jobSkipped);
    connect(m_worker, &jobs::Worker::errorOccurred, this, &GnbWorkerHost::errorOccurred);
    // Direct: the thread ends even while this thread waits for it (stopAndWait, the destructor).
    connect(m_worker, &jobs::Worker::stopped, m_thread, &QThread::quit, Qt::DirectConnection);
    // In the worker's thread as it ends, before its database connection closes (connected later, when opened): the
    // worker, the scheduler and their timers go with the thread that used them.
    connect(
        m_thread, &QThread::finished, m_thread, [worker = m_worker] { delete worker; }, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, this, &GnbWorkerHost::onThreadFinished, Qt::QueuedConnection);
}

GnbWorkerHost::~GnbWorkerHost()
{
    blockSignals(true); // receivers may be going away with this host's owner
    if (!m_started) {
        delete m_worker; // never left this thread
        return;
    }
    if (!m_finished) {
        if (!m_stopping)
            m_worker->requestStop(); // once stopping, the worker may already be gone with its thread
        m_thread->wait(); // bounded by the worker's stopGrace: the job is given back to the queue then
    }
}

Status GnbWorkerHost::start()
{
    if (m_started)
        return Error { ErrorCode::Conflict,
            QCoreApplication::translate("md::gnb", "The scheduler of this window was already started."), {} };
    // Configuration errors now, not once per job: a feed folder that does not exist, a URL with a password.
    if (m_options.crawls && !m_options.jobs.sourceFactory) {
        if (m_options.jobs.source.location.trimmed().isEmpty())
            return Error { ErrorCode::Config,
                QCoreApplication::translate(
                    "md::gnb", "No G&B feed location is set: give the feed folder or its http(s):// address first."),
                {} };
        if (auto source = createFeedSource(m_options.jobs.source); !source)
            return source.error();
    }
    m_started = true;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &jobs::Worker::start);
    if (m_scheduler)
        connect(m_thread, &QThread::started, m_scheduler, &jobs::Scheduler::start);
    m_thread->start();
    return {};
}

void GnbWorkerHost::stop()
{
    if (!m_started || m_finished || m_stopping)
        return;
    m_stopping = true;
    if (m_scheduler)
        QMetaObject::invokeMethod(m_scheduler, &jobs::Scheduler::stop, Qt::QueuedConnection);
    m_worker->requestStop(); // thread-safe; the worker is alive until its thread ends
}

bool GnbWorkerHost::stopAndWait(std::chrono::milliseconds timeout)
{
    if (!m_started || m_finished)
        return true;
    stop();
    if (!m_thread->wait(QDeadlineTimer(timeout)))
        return false;
    onThreadFinished();
    return true;
}

void GnbWorkerHost::onThreadFinished()
{
    if (m_finished)
        return;
    m_thread->wait();
    m_finished = true;
    m_current.reset();
    Q_EMIT stopped();
}

} // namespace md::gnb
