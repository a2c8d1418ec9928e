#include "services/jobs/jobcontext.h"

#include "services/jobs/progressreporter.h"
#include "services/jobs/worker.h"

#include <QCoreApplication>

namespace md::jobs {

JobOutcome JobOutcome::succeeded(QJsonObject counts, std::optional<int> ordersCount)
{
    return JobOutcome { RunOutcome { true, std::move(counts), ordersCount, {} }, false, false };
}

JobOutcome JobOutcome::failed(const Error& error, bool retry, QJsonObject counts)
{
    return JobOutcome { RunOutcome { false, std::move(counts), std::nullopt, error.toString() }, retry,
        error.code == ErrorCode::Cancelled };
}

JobOutcome JobOutcome::cancelledWith(QJsonObject counts)
{
    return JobOutcome { RunOutcome { false, std::move(counts), std::nullopt,
                            QCoreApplication::translate("md::jobs", "cancelled") },
        false, true };
}

JobContext::JobContext(Worker* worker, db::Database database, Job job, CancellationToken token, qint64 resultId)
    : QObject(worker)
    , m_worker(worker)
    , m_db(std::move(database))
    , m_job(std::move(job))
    , m_token(std::move(token))
    , m_progress(new ProgressReporter(this))
    , m_resultId(resultId)
{
}

bool JobContext::keepAlive()
{
    if (m_finished || !m_worker)
        return false;
    return m_worker->keepAlive(this, false);
}

void JobContext::finish(const JobOutcome& outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_worker)
        m_worker->onJobFinished(this, outcome);
}

} // namespace md::jobs
