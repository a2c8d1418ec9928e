#pragma once

#include "services/db/database.h"
#include "services/domain/error.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/jobresults.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace md::jobs {

class ProgressReporter;
class Worker;

// How a handler ended a job: the job_results outcome plus what the queue should do with the job.
struct JobOutcome {
    RunOutcome run;
    bool retry = true; // on failure: the queue may try again after its backoff
    bool cancelled = false; // stopped early because the cancellation token was set

    static JobOutcome succeeded(QJsonObject counts = {}, std::optional<int> ordersCount = {});
    static JobOutcome failed(const Error& error, bool retry = true, QJsonObject counts = {});
    static JobOutcome cancelledWith(QJsonObject counts = {});
};

// One job being run by a Worker, handed to its handler. Lives in the worker's thread until finish() is
// called, then is deleted: an asynchronous handler parents its own objects (network replies, timers) to it so they
// go with it, also when the worker abandons the job at stop.
class JobContext : public QObject {
    Q_OBJECT
public:
    const Job& job() const { return m_job; }
    const db::Database& database() const { return m_db; }
    // Set when the worker stops or the user cancels: check between batches, then finish with cancelledWith().
    const CancellationToken& token() const { return m_token; }
    bool isCancelled() const { return m_token.isCancelled(); }
    // Throttled progress; the worker forwards it as Worker::jobProgress.
    ProgressReporter* progress() const { return m_progress; }
    // The job_results row of this run.
    qint64 resultId() const { return m_resultId; }

    // For handlers that block the worker's thread: extends the job's claim (and lease) when due, so a long
    // synchronous batch is not taken for a dead worker. Cheap when not due. Returns false if the claim was lost.
    bool keepAlive();

    // Ends the job (once; later calls are ignored). From the worker's thread, during or after the handler call.
    void finish(const JobOutcome& outcome);
    bool isFinished() const { return m_finished; }

private:
    friend class Worker;
    JobContext(Worker* worker, db::Database database, Job job, CancellationToken token, qint64 resultId);

    QPointer<Worker> m_worker;
    db::Database m_db;
    Job m_job;
    CancellationToken m_token;
    ProgressReporter* m_progress = nullptr;
    qint64 m_resultId = 0;
    bool m_finished = false;
};

} // namespace md::jobs
