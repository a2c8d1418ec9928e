#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/lease.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace md::jobs {

// What a run is: the job's name ("gnb.crawl", "orders.collect"), and optionally the queue job and the account.
struct RunInfo {
    QString jobName;
    std::optional<qint64> jobId;
    std::optional<qint64> accountId;
};

// How a run ended. counts is stored as compact JSON text (files, rows, inserted, …).
struct RunOutcome {
    bool success = false;
    QJsonObject counts;
    std::optional<int> ordersCount;
    QString error; // empty on success
};

// Writes `job_results`: every run leaves a row, started when the run starts (so a crashed run is visible as
// started and never finished), finished with its outcome, or recorded as skipped when a lease was held.
// Times and durations come from the database's clock. The row also records this process's host and pid.
class JobResults {
public:
    explicit JobResults(db::Database database);

    // Inserts the row of a run that starts now; returns its id.
    Result<qint64> start(const RunInfo& run);
    // Sets finished_at, duration_ms (from started_at), success, counts, orders_count and error_msg.
    Status finish(qint64 resultId, const RunOutcome& outcome);
    // Inserts the row of a run that did not happen because `holder` held the lease; returns its id.
    Result<qint64> recordSkipped(const RunInfo& run, const LeaseInfo& holder);

private:
    db::Database m_db;
};

// A run in progress as a scoped object: started by begin(), finished by finish(); if it goes out of scope
// unfinished (an early return, an exception) it is recorded as failed with "interrupted", so that no run is
// left looking like it is still going.
class JobRun {
public:
    static Result<JobRun> begin(db::Database database, const RunInfo& run);
    JobRun(JobRun&& other) noexcept;
    JobRun& operator=(JobRun&&) = delete;
    JobRun(const JobRun&) = delete;
    ~JobRun();

    qint64 resultId() const { return m_id; }
    bool isFinished() const { return m_finished; }
    Status finish(const RunOutcome& outcome);

private:
    JobRun(db::Database database, qint64 id);

    JobResults m_results;
    qint64 m_id = 0;
    bool m_finished = false;
};

} // namespace md::jobs
