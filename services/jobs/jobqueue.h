#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>

namespace md::jobs {

// A job as claimed from the queue.
struct Job {
    qint64 id = 0;
    QString kind;
    QJsonObject payload;
    QString dedupeKey;
    int priority = 0;
    int attempts = 0; // including the current one
    int maxAttempts = 0;
    QDateTime claimUntil; // UTC, database time
};

struct EnqueueOptions {
    int priority = 0; // higher runs first
    QString dedupeKey; // when set, at most one queued job has it
    std::optional<QDateTime> runAt; // absolute time; when empty, database now + delay
    std::chrono::milliseconds delay { 0 };
    int maxAttempts = 3;
};

struct EnqueueResult {
    qint64 id = 0;
    bool created = false; // false: an already queued job with the same dedupe key was returned
};

// Backoff after a failed attempt n (1-based): min(base * 2^(n-1), cap).
struct RetryPolicy {
    std::chrono::milliseconds base { 30'000 };
    std::chrono::milliseconds cap { 3'600'000 };
    std::chrono::milliseconds delayAfter(int attempt) const;
};

// The `jobs` table as a queue shared by every process on the database. Claiming is safe under concurrency:
// PostgreSQL picks with FOR UPDATE SKIP LOCKED (claimers never block each other), SQLite claims inside a
// BEGIN IMMEDIATE transaction (claimers take turns). A claim has a deadline (claim_until, database time) that a
// live claimer extends with heartbeat(); recoverExpired() gives the jobs of dead claimers back to the queue.
// Each call uses the calling thread's connection.
class JobQueue {
public:
    explicit JobQueue(db::Database database, RetryPolicy retry = {});

    // Queues a job, or returns the queued job that already has options.dedupeKey.
    Result<EnqueueResult> enqueue(const QString& kind, const QJsonObject& payload, const EnqueueOptions& options = {});
    // Queues a job unless one with options.dedupeKey (required) is queued or running: for work that chains itself
    // (each run queues the next as it ends), which a seeder must start without doubling a run in progress. Empty
    // when one was there.
    Result<std::optional<EnqueueResult>> enqueueUnlessActive(
        const QString& kind, const QJsonObject& payload, const EnqueueOptions& options);
    // Claims the next ready job (run_after <= now) of one of `kinds` (all kinds when empty) for `holder`, by
    // priority (highest first), then run_after, then id; status becomes running. Empty when none is ready.
    Result<std::optional<Job>> claim(
        const QString& holder, std::chrono::milliseconds claimFor, const QStringList& kinds = {});
    // Extends the claim of a running job; ErrorCode::Conflict when `holder` no longer owns it.
    Status heartbeat(qint64 jobId, const QString& holder, std::chrono::milliseconds claimFor);
    // Marks a running job done; ErrorCode::Conflict when `holder` no longer owns it.
    Status complete(qint64 jobId, const QString& holder);
    // Records a failed attempt: requeued after the retry policy's backoff while attempts remain and `retry`
    // is true, failed for good otherwise. Returns true when it was requeued.
    Result<bool> fail(qint64 jobId, const QString& holder, const QString& error, bool retry = true);
    // Gives a running job back to the queue without counting the attempt (a worker stopping cleanly, a lease
    // held elsewhere), ready again after `delay`.
    Status abandon(
        qint64 jobId, const QString& holder, std::chrono::milliseconds delay = {}, const QString& reason = {});
    // Ends a running job as cancelled (by a user, or skipped); ErrorCode::Conflict when `holder` no longer owns it.
    Status cancelRunning(qint64 jobId, const QString& holder, const QString& reason);
    // Cancels a job that is still queued; false when it is not queued any more.
    Result<bool> cancel(qint64 jobId);
    // Requeues (or fails, when attempts are spent) running jobs whose claim expired; returns how many.
    Result<int> recoverExpired();

    // Number of queued jobs (ready or not), for status displays.
    Result<qint64> queuedCount();

private:
    db::Database m_db;
    RetryPolicy m_retry;
};

} // namespace md::jobs
