#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/gnb/gnbjobs.h"
#include "services/jobs/progressreporter.h"
#include "services/jobs/worker.h"

#include <QObject>
#include <QTime>
#include <QTimeZone>
#include <optional>

class QThread;

namespace md::jobs {
class Scheduler;
}

namespace md::gnb {

struct GnbWorkerHostOptions {
    GnbJobOptions jobs; // feed source (secrets stay in the keychain), columns, incremental interval
    jobs::WorkerOptions worker;
    bool crawls = true; // register the "gnb.crawl" handler (false: a worker for other kinds only)
    bool schedule = true; // queue the day's first full crawl at `dailyAt` and keep the incremental chain standing
    QTime dailyAt { 6, 0 };
    QTimeZone timeZone = QTimeZone("Europe/Rome");
};

// Runs a jobs::Worker with the G&B crawl handler, and a jobs::Scheduler with the day's full crawl and the
// incremental chain, in a thread of their own: what `marketdesk-cli worker` runs headless and what a desktop runs
// in-process. Any number of hosts may share a database; each job still runs once at a time (claims and leases).
// Lives in the thread that creates it; one run per host (create another to run again).
// Before start(), worker() and thread() let the caller register more handlers (order collection) and create
// objects that live with the worker (connect to thread()->started). stop() returns at once: the current job is
// cancelled and given back to the queue (or finishes within the worker's stopGrace), then stopped() is emitted
// once the thread has ended. Destroying a running host stops it and waits for that.
class GnbWorkerHost : public QObject {
    Q_OBJECT
public:
    struct CurrentJob {
        qint64 id = 0;
        QString kind;
        jobs::Progress progress;
    };

    explicit GnbWorkerHost(db::Database database, GnbWorkerHostOptions options = {}, QObject* parent = nullptr);
    ~GnbWorkerHost() override;

    // Before start() (null afterwards for the scheduler when options.schedule is false). The worker belongs to the
    // host's thread after start(): use only its thread-safe members then.
    jobs::Worker* worker() const { return m_worker; }
    jobs::Scheduler* scheduler() const { return m_scheduler; }
    QThread* thread() const { return m_thread; }
    const GnbWorkerHostOptions& options() const { return m_options; }

    // Checks the configuration (the feed location) and starts the thread; errors name what to fix.
    Status start();
    // Asks the worker to stop; returns at once. stopped() follows.
    void stop();
    // stop(), then waits at most `timeout` for the thread (the worker's stopGrace bounds it); true when it ended.
    bool stopAndWait(std::chrono::milliseconds timeout);

    bool isRunning() const { return m_started && !m_finished; }
    bool isStopping() const { return m_stopping && !m_finished; }
    // The job this host runs now, as its signals told (none when idle).
    std::optional<CurrentJob> currentJob() const { return m_current; }

Q_SIGNALS:
    void jobQueued(qint64 jobId, const QString& kind, const QString& trigger);
    void jobStarted(qint64 jobId, const QString& kind);
    void jobProgress(qint64 jobId, const md::jobs::Progress& progress);
    void jobFinished(qint64 jobId, const QString& kind, bool success, const QString& error);
    void jobSkipped(qint64 jobId, const QString& kind, const QString& heldBy);
    void errorOccurred(const QString& message);
    void stopped();

private:
    void onThreadFinished();

    db::Database m_database;
    GnbWorkerHostOptions m_options;
    QThread* m_thread;
    jobs::Worker* m_worker; // deleted in its thread as that ends
    jobs::Scheduler* m_scheduler = nullptr; // a child of the worker
    std::optional<CurrentJob> m_current;
    bool m_started = false;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace md::gnb
