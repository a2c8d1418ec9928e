#include "services/jobs/jobresults.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace md::jobs {

Q_LOGGING_CATEGORY(lcJobResults, "md.jobs.results")

namespace {
QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

Result<qint64> insertReturningId(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = db::exec(db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Error { ErrorCode::Database,
            QCoreApplication::translate("md::jobs", "Recording the job run returned no id."), {} };
    const qint64 id = q->value(0).toLongLong();
    q->finish();
    return id;
}
} // namespace

JobResults::JobResults(db::Database database)
    : m_db(std::move(database))
{
}

Result<qint64> JobResults::start(const RunInfo& run)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString sql = u"INSERT INTO job_results (job_id, job_name, account_id, host, pid, started_at) "
                        "VALUES (?, ?, ?, ?, ?, %1) RETURNING id"_s.arg(DbClock::now(m_db.dialect()));
    return insertReturningId(*conn, sql,
        { optionalId(run.jobId), run.jobName, optionalId(run.accountId), QHostInfo::localHostName(),
            QCoreApplication::applicationPid() });
}

Status JobResults::finish(qint64 resultId, const RunOutcome& outcome)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto dialect = m_db.dialect();
    const QString sql = u"UPDATE job_results SET finished_at = %1, duration_ms = %2, success = ?, counts = ?, "
                        "orders_count = ?, error_msg = ? WHERE id = ?"_s.arg(
                            DbClock::now(dialect), DbClock::msSince(dialect, u"started_at"_s));
    const QVariant counts = outcome.counts.isEmpty()
        ? QVariant(QMetaType::fromType<QString>())
        : QVariant(QString::fromUtf8(QJsonDocument(outcome.counts).toJson(QJsonDocument::Compact)));
    const QVariant orders = outcome.ordersCount ? QVariant(*outcome.ordersCount) : QVariant(QMetaType::fromType<int>());
    const QVariant error = outcome.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome.error);
    auto q = db::exec(*conn, sql, { outcome.success, counts, orders, error, resultId });
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error { ErrorCode::NotFound,
            QCoreApplication::translate("md::jobs", "The job run %1 to finish does not exist.").arg(resultId), {} };
    return {};
}

Result<qint64> JobResults::recordSkipped(const RunInfo& run, const LeaseInfo& holder)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString now = DbClock::now(m_db.dialect());
    const QString sql = u"INSERT INTO job_results (job_id, job_name, account_id, host, pid, started_at, finished_at, "
                        "duration_ms, skipped, lock_holder, error_msg) "
                        "VALUES (?, ?, ?, ?, ?, %1, %1, 0, ?, ?, ?) RETURNING id"_s.arg(now);
    const QString message = QCoreApplication::translate("md::jobs", "skipped: %1").arg(holder.describe());
    return insertReturningId(*conn, sql,
        { optionalId(run.jobId), run.jobName, optionalId(run.accountId), QHostInfo::localHostName(),
            QCoreApplication::applicationPid(), true, holder.holder, message });
}

Result<JobRun> JobRun::begin(db::Database database, const RunInfo& run)
{
    JobResults results(database);
    auto id = results.start(run);
    if (!id)
        return id.error();
    return JobRun(std::move(database), *id);
}

JobRun::JobRun(db::Database database, qint64 id)
    : m_results(std::move(database))
    , m_id(id)
{
}

JobRun::JobRun(JobRun&& other) noexcept
    : m_results(std::move(other.m_results))
    , m_id(other.m_id)
    , m_finished(other.m_finished)
{
    other.m_finished = true; // the moved-from object must not record anything
}

JobRun::~JobRun()
{
    if (m_finished)
        return;
    const RunOutcome interrupted { false, {}, std::nullopt,
        QCoreApplication::translate("md::jobs", "interrupted: the run ended without reporting its outcome") };
    if (auto done = finish(interrupted); !done)
        qCWarning(lcJobResults) << "recording interrupted run" << m_id << "failed:" << done.error().toString();
}

Status JobRun::finish(const RunOutcome& outcome)
{
    auto done = m_results.finish(m_id, outcome);
    if (done)
        m_finished = true;
    return done;
}

} // namespace md::jobs
