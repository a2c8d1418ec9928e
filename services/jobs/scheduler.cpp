#include "services/jobs/scheduler.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/writetransaction.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace md::jobs {

Q_LOGGING_CATEGORY(lcScheduler, "md.jobs.scheduler")

namespace {
QString dateKey(QDate date)
{
    return date.toString(u"yyyyMMdd"_s);
}
} // namespace

Scheduler::Scheduler(db::Database database, QObject* parent)
    : QObject(parent)
    , m_db(std::move(database))
    , m_timer(this)
{
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)fireDue(); });
}

void Scheduler::addDaily(DailyTrigger trigger)
{
    m_daily << std::move(trigger);
}

void Scheduler::addStanding(StandingJob job)
{
    Q_ASSERT(!job.options.dedupeKey.isEmpty());
    m_standing << std::move(job);
}

void Scheduler::start()
{
    m_timer.start();
    (void)fireDue();
}

void Scheduler::stop()
{
    m_timer.stop();
}

Result<QList<qint64>> Scheduler::fireDue(const QDateTime& now)
{
    QList<qint64> queued;
    for (const auto& trigger : std::as_const(m_daily)) {
        const QDateTime local = now.toTimeZone(trigger.timeZone);
        if (local.time() < trigger.at)
            continue;
        auto fired = fire(trigger, local.date());
        if (!fired) {
            qCWarning(lcScheduler).noquote() << trigger.name << fired.error().toString();
            Q_EMIT errorOccurred(fired.error().toString());
            return fired.error();
        }
        if (*fired) {
            queued << **fired;
            qCInfo(lcScheduler).noquote() << trigger.name << "queued job" << **fired << "for" << dateKey(local.date());
            Q_EMIT jobQueued(**fired, trigger.kind, trigger.name);
        }
    }
    for (const auto& job : std::as_const(m_standing)) {
        auto restored = restore(job);
        if (!restored) {
            qCWarning(lcScheduler).noquote() << job.name << restored.error().toString();
            Q_EMIT errorOccurred(restored.error().toString());
            return restored.error();
        }
        if (*restored) {
            queued << **restored;
            qCWarning(lcScheduler).noquote() << job.name << "was neither queued nor running: queued job" << **restored;
            Q_EMIT jobQueued(**restored, job.kind, job.name);
        }
    }
    return queued;
}

Result<std::optional<qint64>> Scheduler::restore(const StandingJob& job)
{
    auto queued = JobQueue(m_db).enqueueUnlessActive(job.kind, job.payload, job.options);
    if (!queued)
        return queued.error();
    return *queued && (*queued)->created ? std::optional<qint64>((*queued)->id) : std::nullopt;
}

Result<std::optional<qint64>> Scheduler::fire(const DailyTrigger& trigger, QDate date)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    WriteTransaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto q = db::exec(
            *conn, u"INSERT INTO schedule_state (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s, { trigger.name });
        !q)
        return q.error();
    // The row lock (PostgreSQL) or the write lock (SQLite) makes exactly one scheduler see the old date.
    auto claimed = db::exec(*conn,
        u"UPDATE schedule_state SET last_fired_on = ?, fired_at = %1 WHERE name = ? "
        "AND (last_fired_on IS NULL OR last_fired_on < ?)"_s.arg(DbClock::now(m_db.dialect())),
        { dateKey(date), trigger.name, dateKey(date) });
    if (!claimed)
        return claimed.error();
    if (claimed->numRowsAffected() != 1)
        return std::optional<qint64>();
    EnqueueOptions options = trigger.options;
    options.dedupeKey = trigger.name + u':' + dateKey(date);
    auto job = JobQueue(m_db).enqueue(trigger.kind, trigger.payload ? trigger.payload(date) : QJsonObject(), options);
    if (!job)
        return job.error();
    if (auto q
        = db::exec(*conn, u"UPDATE schedule_state SET last_job_id = ? WHERE name = ?"_s, { job->id, trigger.name });
        !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return std::optional<qint64>(job->id);
}

QDateTime Scheduler::nextFire(const QString& name, const QDateTime& now) const
{
    for (const auto& trigger : m_daily) {
        if (trigger.name != name)
            continue;
        const QDateTime local = now.toTimeZone(trigger.timeZone);
        QDate date = local.date();
        // Read-only: a day whose time has passed counts as fired (it fires at once if it has not).
        if (local.time() >= trigger.at)
            date = date.addDays(1);
        return QDateTime(date, trigger.at, trigger.timeZone).toUTC();
    }
    return {};
}

} // namespace md::jobs
