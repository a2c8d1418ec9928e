#pragma once

#include "services/db/database.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobcontext.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/lease.h"
#include "services/jobs/progressreporter.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace md::jobs {

struct WorkerOptions {
    QString holder = Lease::defaultHolder(); // written to jobs.locked_by and shedlock.locked_by
    std::chrono::milliseconds pollInterval { 2000 }; // how often an idle worker looks for ready jobs
    std::chrono::milliseconds claimFor { 60'000 }; // a job's claim (and lease) deadline, renewed while it runs
    std::chrono::milliseconds heartbeatInterval { 20'000 }; // renewal period; well under claimFor
    std::chrono::milliseconds stopGrace { 10'000 }; // at stop, how long the current job may take to finish
    std::chrono::milliseconds recoverInterval { 30'000 }; // how often dead claims are given back to the queue
    RetryPolicy retry;
};

// Per kind: an optional single-runner lease taken around each run (name from the job, e.g. per account).
struct HandlerOptions {
    std::function<QString(const Job&)> leaseName; // empty result or unset: no lease
    // When the lease is held elsewhere: false skips the job (status cancelled, a skipped job_results row);
    // true gives it back to the queue to run after `retryWhenHeldAfter` (work that must not be dropped).
    bool requeueWhenHeld = false;
    std::chrono::milliseconds retryWhenHeldAfter { 30'000 };
};

// Runs queued jobs in the thread it lives in: claims ready jobs of the registered kinds one at a time, takes the
// kind's lease if any, starts a job_results row, calls the handler, and settles the job (done, retried with
// backoff, failed, cancelled) when the handler finishes. Generic: handlers come from the features.
// Move it to a QThread and call start() there (e.g. connect QThread::started); requestStop() and cancelCurrent()
// may be called from any thread. All signals are meant for other threads (queued).
class Worker : public QObject {
    Q_OBJECT
public:
    // A synchronous handler: runs the job to the end in the worker's thread (checking the token between batches,
    // calling keepAlive() in long loops) and returns its outcome.
    using Handler = std::function<JobOutcome(JobContext& context)>;
    // An asynchronous handler: starts the job and returns; calls context->finish() later from the worker's thread
    // (network replies, timers). Never runs a nested event loop.
    using AsyncHandler = std::function<void(JobContext* context)>;

    explicit Worker(db::Database database, WorkerOptions options = {}, QObject* parent = nullptr);
    ~Worker() override;

    // Registers the handler of a kind; before start().
    void registerHandler(const QString& kind, Handler handler, HandlerOptions options = {});
    void registerAsyncHandler(const QString& kind, AsyncHandler handler, HandlerOptions options = {});

    const WorkerOptions& options() const { return m_options; }
    // From the worker's thread (other threads watch jobStarted/jobFinished instead).
    bool isRunningJob() const { return m_current != nullptr; }
    // Thread-safe. Whether claiming is paused (see pauseClaiming()).
    bool isClaimingPaused() const { return m_paused; }

public Q_SLOTS:
    // Starts (or, after stopped(), restarts) polling the queue. Call in the worker's thread.
    void start();
    // Thread-safe. Cancels the current job's token and stops claiming; the current job finishes (or is given
    // back to the queue after stopGrace), then stopped() is emitted.
    void requestStop();
    // Thread-safe. Cancels the current job only (a user's "Cancel"); the worker goes on with the next.
    void cancelCurrent();
    // Thread-safe. Stops claiming jobs without stopping the worker: the current job runs to its end, nothing new
    // is claimed until resumeClaiming() (e.g. the control API's worker/stop and worker/start).
    void pauseClaiming();
    void resumeClaiming();

Q_SIGNALS:
    void jobStarted(qint64 jobId, const QString& kind);
    void jobProgress(qint64 jobId, const md::jobs::Progress& progress);
    void jobFinished(qint64 jobId, const QString& kind, bool success, const QString& error);
    void jobSkipped(qint64 jobId, const QString& kind, const QString& heldBy);
    void errorOccurred(const QString& message); // database trouble in the loop itself; the loop goes on
    void stopped();

private:
    friend class JobContext;
    struct Registration {
        Handler handler;
        AsyncHandler asyncHandler;
        HandlerOptions options;
    };

    void poll();
    void recover();
    void runJob(const Job& job, const Registration& registration);
    bool takeLease(const Job& job, const Registration& registration);
    void heartbeat();
    bool keepAlive(JobContext* context, bool force);
    void onJobFinished(JobContext* context, const JobOutcome& outcome);
    void settle(const Job& job, const JobOutcome& outcome);
    void beginStop();
    void abandonCurrent(bool emitStopped);
    void endCurrent();
    void finishStop();
    void report(const Error& error);

    db::Database m_db;
    WorkerOptions m_options;
    JobQueue m_queue;
    JobResults m_results;
    QHash<QString, Registration> m_handlers;
    QTimer m_pollTimer;
    QTimer m_heartbeatTimer;
    QTimer m_graceTimer;
    QElapsedTimer m_sinceRecover;
    QElapsedTimer m_sinceHeartbeat;

    JobContext* m_current = nullptr;
    std::unique_ptr<Lease> m_lease;
    std::optional<JobRun> m_run;

    QMutex m_tokenMutex; // guards m_token, read by requestStop()/cancelCurrent() in other threads
    CancellationToken m_token;
    std::atomic<bool> m_stopping = false;
    std::atomic<bool> m_paused = false;
    bool m_stopped = false;
};

} // namespace md::jobs
