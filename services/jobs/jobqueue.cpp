#include "services/jobs/jobqueue.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace md::jobs {

namespace {
QString toJsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

Error conflict(qint64 jobId, const QString& holder)
{
    return Error { ErrorCode::Conflict,
        QCoreApplication::translate("md::jobs", "The job %1 is no longer claimed by %2.").arg(jobId).arg(holder), {} };
}

// The row of a running job as needed to settle it.
struct Claimed {
    qint64 id = 0;
    int attempts = 0;
    int maxAttempts = 0;
    QString dedupeKey;
    QString lockedBy;
};

Result<std::vector<Claimed>> readClaimed(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = db::exec(db, sql, binds);
    if (!q)
        return q.error();
    std::vector<Claimed> rows;
    while (q->next())
        rows.push_back({ q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toInt(), q->value(3).toString(),
            q->value(4).toString() });
    q->finish();
    return rows;
}

constexpr auto kClaimedColumns = "id, attempts, max_attempts, dedupe_key, locked_by";
} // namespace

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt) const
{
    auto delay = base;
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

JobQueue::JobQueue(db::Database database, RetryPolicy retry)
    : m_db(std::move(database))
    , m_retry(retry)
{
}

Result<EnqueueResult> JobQueue::enqueue(const QString& kind, const QJsonObject& payload, const EnqueueOptions& options)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto dialect = m_db.dialect();
    const QString runAfter = options.runAt ? u"?"_s : DbClock::nowPlusMs(dialect);
    const QVariant runAfterValue
        = options.runAt ? DbClock::bindValue(dialect, *options.runAt) : QVariant(DbClock::ms(options.delay));
    // The conflict target names the partial unique index (dedupe_key WHERE status = 'queued').
    const QString insert = u"INSERT INTO jobs (kind, payload, dedupe_key, priority, run_after, max_attempts) "
                           "VALUES (?, ?, ?, ?, %1, ?) "
                           "ON CONFLICT (dedupe_key) WHERE status = 'queued' DO NOTHING RETURNING id"_s.arg(runAfter);
    const QVariantList binds { kind, toJsonText(payload), nullableText(options.dedupeKey), options.priority,
        runAfterValue, std::max(1, options.maxAttempts) };

    // The queued twin may be claimed between our insert and our look-up; then inserting again succeeds.
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            auto q = db::exec(*conn, insert, binds);
            if (!q)
                return q.error();
            if (q->next()) {
                const qint64 id = q->value(0).toLongLong();
                q->finish();
                return EnqueueResult { id, true };
            }
        }
        auto existing = db::scalar(
            *conn, u"SELECT id FROM jobs WHERE dedupe_key = ? AND status = 'queued'"_s, { options.dedupeKey });
        if (!existing)
            return existing.error();
        if (!existing->isNull())
            return EnqueueResult { existing->toLongLong(), false };
    }
    return Error { ErrorCode::Conflict,
        QCoreApplication::translate("md::jobs", "Could not queue the job %1: its dedupe key kept changing hands.")
            .arg(options.dedupeKey),
        {} };
}

Result<std::optional<EnqueueResult>> JobQueue::enqueueUnlessActive(
    const QString& kind, const QJsonObject& payload, const EnqueueOptions& options)
{
    Q_ASSERT(!options.dedupeKey.isEmpty());
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto active = db::scalar(*conn,
        u"SELECT COUNT(*) FROM jobs WHERE dedupe_key = ? AND status IN ('queued', 'running')"_s, { options.dedupeKey });
    if (!active)
        return active.error();
    if (active->toInt() > 0)
        return std::optional<EnqueueResult>();
    // Two seeders seeing none at once still queue one job: the dedupe key admits a single queued job.
    auto queued = enqueue(kind, payload, options);
    if (!queued)
        return queued.error();
    return std::optional<EnqueueResult>(*queued);
}

Result<std::optional<Job>> JobQueue::claim(
    const QString& holder, std::chrono::milliseconds claimFor, const QStringList& kinds)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto dialect = m_db.dialect();
    const QString now = DbClock::now(dialect);

    QVariantList binds { holder, DbClock::ms(claimFor) };
    QString kindFilter;
    if (!kinds.isEmpty()) {
        for (const auto& kind : kinds)
            binds << kind;
        kindFilter = u" AND kind IN (%1)"_s.arg(db::placeholders(kinds.size()));
    }
    // SKIP LOCKED: concurrent claimers pass over a row another one is taking instead of waiting for it.
    const QString pick = u"SELECT id FROM jobs WHERE status = 'queued' AND run_after <= %1%2 "
                         "ORDER BY priority DESC, run_after, id LIMIT 1%3"_s.arg(
                             now, kindFilter, m_db.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString());
    const QString sql = u"UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ?, locked_at = %1, "
                        "started_at = %1, claim_until = %2, error = NULL WHERE id = (%3) "
                        "RETURNING id, kind, payload, dedupe_key, priority, attempts, max_attempts, claim_until"_s.arg(
                            now, DbClock::nowPlusMs(dialect), pick);

    // On SQLite the write lock is taken before the pick is read, so two claimers cannot pick the same row.
    // On PostgreSQL the one statement is atomic by itself (the row lock is held until it commits).
    WriteTransaction tx(*conn);
    if (!m_db.isPostgres()) {
        if (auto begun = tx.begin(); !begun)
            return begun.error();
    }
    std::optional<Job> job;
    {
        auto q = db::exec(*conn, sql, binds);
        if (!q)
            return q.error();
        if (q->next()) {
            Job j;
            j.id = q->value(0).toLongLong();
            j.kind = q->value(1).toString();
            j.payload = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
            j.dedupeKey = q->value(3).toString();
            j.priority = q->value(4).toInt();
            j.attempts = q->value(5).toInt();
            j.maxAttempts = q->value(6).toInt();
            j.claimUntil = DbClock::toDateTime(q->value(7));
            job = std::move(j);
        }
        q->finish();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return job;
}

Status JobQueue::heartbeat(qint64 jobId, const QString& holder, std::chrono::milliseconds claimFor)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"UPDATE jobs SET claim_until = %1 WHERE id = ? AND status = 'running' AND locked_by = ?"_s.arg(
            DbClock::nowPlusMs(m_db.dialect())),
        { DbClock::ms(claimFor), jobId, holder });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return conflict(jobId, holder);
    return {};
}

Status JobQueue::complete(qint64 jobId, const QString& holder)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"UPDATE jobs SET status = 'done', finished_at = %1, claim_until = NULL, error = NULL "
        "WHERE id = ? AND status = 'running' AND locked_by = ?"_s.arg(DbClock::now(m_db.dialect())),
        { jobId, holder });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return conflict(jobId, holder);
    return {};
}

// Puts a running job back in the queue after `delayMs`, unless a queued job with the same dedupe key exists:
// that one will do the same work, so this one is closed as cancelled (requeueing it would also break the
// unique index). Returns whether the job was requeued. Runs inside the caller's write transaction.
static Result<bool> requeue(const db::Database& database, const QSqlDatabase& db, const Claimed& job, qint64 delayMs,
    const QString& reason, bool undoAttempt)
{
    const auto dialect = database.dialect();
    if (!job.dedupeKey.isEmpty()) {
        auto twin = db::scalar(db, u"SELECT id FROM jobs WHERE dedupe_key = ? AND status = 'queued' AND id <> ?"_s,
            { job.dedupeKey, job.id });
        if (!twin)
            return twin.error();
        if (!twin->isNull()) {
            const QString why = QCoreApplication::translate("md::jobs", "superseded by queued job %1: %2")
                                    .arg(twin->toLongLong())
                                    .arg(reason);
            auto q = db::exec(db,
                u"UPDATE jobs SET status = 'cancelled', finished_at = %1, claim_until = NULL, error = ? WHERE id = ?"_s
                    .arg(DbClock::now(dialect)),
                { why, job.id });
            if (!q)
                return q.error();
            return false;
        }
    }
    auto q = db::exec(db,
        u"UPDATE jobs SET status = 'queued', run_after = %1, locked_by = NULL, claim_until = NULL, error = ?, "
        "attempts = attempts - ? WHERE id = ?"_s.arg(DbClock::nowPlusMs(dialect)),
        { delayMs, reason, undoAttempt ? 1 : 0, job.id });
    if (!q)
        return q.error();
    return true;
}

static Status markFailed(const db::Database& database, const QSqlDatabase& db, qint64 jobId, const QString& reason)
{
    auto q = db::exec(db,
        u"UPDATE jobs SET status = 'failed', finished_at = %1, claim_until = NULL, error = ? WHERE id = ?"_s.arg(
            DbClock::now(database.dialect())),
        { reason, jobId });
    if (!q)
        return q.error();
    return {};
}

Result<bool> JobQueue::fail(qint64 jobId, const QString& holder, const QString& error, bool retry)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    WriteTransaction tx(*conn);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto rows = readClaimed(*conn,
        u"SELECT %1 FROM jobs WHERE id = ? AND status = 'running' AND locked_by = ?%2"_s.arg(
            QLatin1StringView(kClaimedColumns), m_db.isPostgres() ? u" FOR UPDATE"_s : QString()),
        { jobId, holder });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return conflict(jobId, holder);
    const Claimed& job = rows->front();
    bool requeued = false;
    if (retry && job.attempts < job.maxAttempts) {
        auto done = requeue(m_db, *conn, job, DbClock::ms(m_retry.delayAfter(job.attempts)), error, false);
        if (!done)
            return done.error();
        requeued = *done;
    } else if (auto failed = markFailed(m_db, *conn, jobId, error); !failed) {
        return failed.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return requeued;
}

Status JobQueue::abandon(qint64 jobId, const QString& holder, std::chrono::milliseconds delay, const QString& reason)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    WriteTransaction tx(*conn);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto rows = readClaimed(*conn,
        u"SELECT %1 FROM jobs WHERE id = ? AND status = 'running' AND locked_by = ?%2"_s.arg(
            QLatin1StringView(kClaimedColumns), m_db.isPostgres() ? u" FOR UPDATE"_s : QString()),
        { jobId, holder });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return conflict(jobId, holder);
    const QString why
        = reason.isEmpty() ? QCoreApplication::translate("md::jobs", "abandoned by %1 (stopping)").arg(holder) : reason;
    if (auto done = requeue(m_db, *conn, rows->front(), DbClock::ms(delay), why, true); !done)
        return done.error();
    return tx.commit();
}

Status JobQueue::cancelRunning(qint64 jobId, const QString& holder, const QString& reason)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"UPDATE jobs SET status = 'cancelled', finished_at = %1, claim_until = NULL, error = ? "
        "WHERE id = ? AND status = 'running' AND locked_by = ?"_s.arg(DbClock::now(m_db.dialect())),
        { reason, jobId, holder });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return conflict(jobId, holder);
    return {};
}

Result<bool> JobQueue::cancel(qint64 jobId)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto q = db::exec(*conn,
        u"UPDATE jobs SET status = 'cancelled', finished_at = %1 WHERE id = ? AND status = 'queued'"_s.arg(
            DbClock::now(m_db.dialect())),
        { jobId });
    if (!q)
        return q.error();
    return q->numRowsAffected() == 1;
}

Result<int> JobQueue::recoverExpired()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    WriteTransaction tx(*conn);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    // Row by row, because two expired jobs may share a dedupe key and only one of them may go back in the queue.
    auto rows = readClaimed(*conn,
        u"SELECT %1 FROM jobs WHERE status = 'running' AND claim_until < %2 ORDER BY id LIMIT 100%3"_s.arg(
            QLatin1StringView(kClaimedColumns), DbClock::now(m_db.dialect()),
            m_db.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString()),
        {});
    if (!rows)
        return rows.error();
    for (const auto& job : *rows) {
        // The dead claim counts as an attempt: a job that kills its worker every time must not loop forever.
        const QString reason
            = QCoreApplication::translate("md::jobs", "claim by %1 expired (the worker stopped responding)")
                  .arg(job.lockedBy);
        if (job.attempts < job.maxAttempts) {
            if (auto done = requeue(m_db, *conn, job, 0, reason, false); !done)
                return done.error();
        } else if (auto failed = markFailed(m_db, *conn, job.id, reason); !failed) {
            return failed.error();
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return static_cast<int>(rows->size());
}

Result<qint64> JobQueue::queuedCount()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    auto count = db::scalar(*conn, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued'"_s);
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace md::jobs
