#include "services/control/schedulerstatus.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::control {

namespace {
using jobs::DbClock;

QJsonValue timeOrNull(const QVariant& value)
{
    const QDateTime t = DbClock::toDateTime(value);
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QVariant& value)
{
    return value.isNull() || value.toString().isEmpty() ? QJsonValue() : QJsonValue(value.toString());
}

// The account a job is about (order collection names it in the payload), or null.
QJsonValue accountOf(const QVariant& payload)
{
    const QJsonValue account = QJsonDocument::fromJson(payload.toString().toUtf8()).object().value(u"account"_s);
    return account.isString() ? account : QJsonValue();
}

// The payload's "account" member in SQL. Payloads are JSON objects written by JobQueue.
QString payloadAccount(db::Dialect dialect, const QString& column)
{
    return dialect == db::Dialect::Postgres ? u"(CAST("_s + column + u" AS json) ->> 'account')"_s
                                            : u"json_extract("_s + column + u", '$.account')"_s;
}

Result<QJsonArray> runningJobs(const QSqlDatabase& db)
{
    auto q = db::exec(db,
        u"SELECT id, kind, payload, locked_by, locked_at, attempts FROM jobs WHERE status = 'running' "
        u"ORDER BY locked_at, id"_s);
    if (!q)
        return q.error();
    QJsonArray running;
    while (q->next()) {
        running.append(QJsonObject { { u"id"_s, q->value(0).toLongLong() }, { u"kind"_s, q->value(1).toString() },
            { u"account"_s, accountOf(q->value(2)) }, { u"locked_by"_s, textOrNull(q->value(3)) },
            { u"locked_at"_s, timeOrNull(q->value(4)) }, { u"attempts"_s, q->value(5).toInt() } });
    }
    return running;
}

Result<QJsonObject> queue(const QSqlDatabase& db, db::Dialect dialect)
{
    const QString now = DbClock::now(dialect);
    auto counts = db::exec(db,
        u"SELECT COUNT(*), COUNT(CASE WHEN run_after <= "_s + now
            + u" THEN 1 END) FROM jobs WHERE status = 'queued'"_s);
    if (!counts)
        return counts.error();
    QJsonObject out { { u"length"_s, 0 }, { u"ready"_s, 0 } };
    if (counts->next())
        out = { { u"length"_s, counts->value(0).toLongLong() }, { u"ready"_s, counts->value(1).toLongLong() } };
    auto next = db::exec(db,
        u"SELECT id, kind, payload, run_after, priority FROM jobs WHERE status = 'queued' "
        u"ORDER BY run_after, priority DESC, id LIMIT 50"_s);
    if (!next)
        return next.error();
    QJsonArray jobs;
    while (next->next()) {
        jobs.append(QJsonObject { { u"id"_s, next->value(0).toLongLong() }, { u"kind"_s, next->value(1).toString() },
            { u"account"_s, accountOf(next->value(2)) }, { u"run_after"_s, timeOrNull(next->value(3)) },
            { u"priority"_s, next->value(4).toInt() } });
    }
    out.insert(u"next"_s, jobs);
    return out;
}

// The newest run per (job name, account). Runs of the worker name their account in the job's payload, runs of
// `orders collect` in job_results.account_id: both count.
Result<QJsonArray> lastExecutions(const QSqlDatabase& db, db::Dialect dialect)
{
    const QString account2 = u"COALESCE(a2.name, "_s + payloadAccount(dialect, u"j2.payload"_s) + u')';
    const QString account = u"COALESCE(a.name, "_s + payloadAccount(dialect, u"j.payload"_s) + u')';
    auto q = db::exec(db,
        u"SELECT r.job_name, "_s + account
            + u", r.started_at, r.finished_at, r.duration_ms, r.success, r.skipped, r.orders_count, r.error_msg, "
              u"r.lock_holder, r.host, r.job_id FROM job_results r "
              u"JOIN (SELECT MAX(r2.id) AS id FROM job_results r2 LEFT JOIN jobs j2 ON j2.id = r2.job_id "
              u"LEFT JOIN account a2 ON a2.id = r2.account_id GROUP BY r2.job_name, "_s
            + account2
            + u") latest ON latest.id = r.id LEFT JOIN jobs j ON j.id = r.job_id "
              u"LEFT JOIN account a ON a.id = r.account_id ORDER BY r.job_name, 2"_s);
    if (!q)
        return q.error();
    QJsonArray rows;
    while (q->next()) {
        const bool finished = !q->value(3).isNull();
        rows.append(QJsonObject {
            { u"job"_s, q->value(0).toString() },
            { u"account"_s, textOrNull(q->value(1)) },
            { u"started_at"_s, timeOrNull(q->value(2)) },
            { u"finished_at"_s, timeOrNull(q->value(3)) },
            { u"duration_ms"_s, q->value(4).isNull() ? QJsonValue() : QJsonValue(q->value(4).toLongLong()) },
            { u"success"_s, finished && !q->value(5).isNull() ? QJsonValue(q->value(5).toBool()) : QJsonValue() },
            { u"skipped"_s, q->value(6).toBool() },
            { u"orders_count"_s, q->value(7).isNull() ? QJsonValue() : QJsonValue(q->value(7).toInt()) },
            { u"error"_s, textOrNull(q->value(8)) },
            { u"lock_holder"_s, textOrNull(q->value(9)) },
            { u"host"_s, textOrNull(q->value(10)) },
            { u"job_id"_s, q->value(11).isNull() ? QJsonValue() : QJsonValue(q->value(11).toLongLong()) },
        });
    }
    return rows;
}

Result<QJsonArray> liveLeases(const QSqlDatabase& db, db::Dialect dialect)
{
    auto q = db::exec(db,
        u"SELECT name, locked_by, lock_until FROM shedlock WHERE lock_until > "_s + DbClock::now(dialect)
            + u" ORDER BY name"_s);
    if (!q)
        return q.error();
    QJsonArray leases;
    while (q->next()) {
        leases.append(QJsonObject { { u"name"_s, q->value(0).toString() }, { u"holder"_s, q->value(1).toString() },
            { u"until"_s, timeOrNull(q->value(2)) } });
    }
    return leases;
}

// This worker first, then every other process seen running a job or holding a lease.
QJsonArray workersOf(const WorkerState& self, const QJsonArray& running, const QJsonArray& leases)
{
    QMap<QString, QJsonObject> others;
    QJsonArray selfJobs;
    QJsonArray selfLeases;
    auto other = [&](const QString& holder) -> QJsonObject& {
        auto it = others.find(holder);
        if (it == others.end())
            it = others.insert(holder,
                QJsonObject { { u"holder"_s, holder }, { u"self"_s, false }, { u"running_jobs"_s, QJsonArray() },
                    { u"leases"_s, QJsonArray() } });
        return *it;
    };
    auto append = [](QJsonObject& object, const QString& key, const QJsonValue& value) {
        QJsonArray array = object.value(key).toArray();
        array.append(value);
        object.insert(key, array);
    };
    for (const QJsonValue& job : running) {
        const QString holder = job[u"locked_by"_s].toString();
        if (holder == self.holder)
            selfJobs.append(job[u"id"_s]);
        else
            append(other(holder), u"running_jobs"_s, job[u"id"_s]);
    }
    for (const QJsonValue& lease : leases) {
        const QString holder = lease[u"holder"_s].toString();
        if (holder == self.holder)
            selfLeases.append(lease[u"name"_s]);
        else
            append(other(holder), u"leases"_s, lease[u"name"_s]);
    }
    QJsonArray workers { QJsonObject { { u"holder"_s, self.holder }, { u"self"_s, true },
        { u"claiming"_s, self.claiming }, { u"running_jobs"_s, selfJobs }, { u"leases"_s, selfLeases } } };
    for (const QJsonObject& o : std::as_const(others))
        workers.append(o);
    return workers;
}
} // namespace

Result<QJsonObject> schedulerStatus(const db::Database& database, const WorkerState& self)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    auto running = runningJobs(*conn);
    if (!running)
        return running.error();
    auto queued = queue(*conn, database.dialect());
    if (!queued)
        return queued.error();
    auto last = lastExecutions(*conn, database.dialect());
    if (!last)
        return last.error();
    auto leases = liveLeases(*conn, database.dialect());
    if (!leases)
        return leases.error();
    return QJsonObject {
        { u"worker"_s, QJsonObject { { u"holder"_s, self.holder }, { u"claiming"_s, self.claiming } } },
        { u"workers"_s, workersOf(self, *running, *leases) },
        { u"running"_s, *running },
        { u"queue"_s, *queued },
        { u"last_execution"_s, *last },
    };
}

} // namespace md::control
