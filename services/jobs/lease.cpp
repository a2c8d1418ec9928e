#include "services/jobs/lease.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace md::jobs {

Q_LOGGING_CATEGORY(lcLease, "md.jobs.lease")

QString LeaseInfo::describe() const
{
    return QCoreApplication::translate("md::jobs", "held by %1 until %2")
        .arg(holder, lockUntil.toString(Qt::ISODateWithMs));
}

Lease::Lease(db::Database database, QString name, QString holder)
    : m_db(std::move(database))
    , m_name(std::move(name))
    , m_holder(std::move(holder))
{
}

Lease::~Lease()
{
    if (!m_held)
        return;
    if (auto released = release(); !released)
        qCWarning(lcLease) << "releasing lease" << m_name << "failed:" << released.error().toString();
}

QString Lease::defaultHolder()
{
    return QHostInfo::localHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

Result<LeaseInfo> Lease::tryAcquire(std::chrono::milliseconds duration)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto dialect = m_db.dialect();
    const QString now = DbClock::now(dialect);
    const QString until = DbClock::nowPlusMs(dialect);
    // One statement on both dialects: the insert wins for a new name; on conflict the row is locked and the
    // expiry re-checked on its latest version, so of several racing callers at most one takes it over.
    // RETURNING yields a row only when we inserted or took over.
    const QString sql = u"INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, %1, %2, ?) "
                        "ON CONFLICT (name) DO UPDATE SET lock_until = excluded.lock_until, "
                        "locked_at = excluded.locked_at, locked_by = excluded.locked_by "
                        "WHERE shedlock.lock_until <= %2 "
                        "RETURNING lock_until"_s.arg(until, now);
    QDateTime lockUntil;
    {
        auto q = db::exec(*conn, sql, { m_name, DbClock::ms(duration), m_holder });
        if (!q)
            return q.error();
        if (q->next())
            lockUntil = DbClock::toDateTime(q->value(0));
        // Ends the statement now: on SQLite an unfinished statement keeps the write transaction open.
        q->finish();
    }
    if (lockUntil.isValid()) {
        m_held = true;
        m_lockUntil = lockUntil;
        return LeaseInfo { true, m_holder, lockUntil };
    }
    m_held = false;
    return currentHolder(*conn);
}

Result<LeaseInfo> Lease::currentHolder(const QSqlDatabase& db) const
{
    auto q = db::exec(db, u"SELECT locked_by, lock_until FROM shedlock WHERE name = ?"_s, { m_name });
    if (!q)
        return q.error();
    LeaseInfo info;
    if (q->next()) {
        info.holder = q->value(0).toString();
        info.lockUntil = DbClock::toDateTime(q->value(1));
    }
    return info;
}

Status Lease::extend(std::chrono::milliseconds duration)
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const auto dialect = m_db.dialect();
    // Only the holder, and only while the lease is still valid: once it expired someone else may own it.
    const QString sql = u"UPDATE shedlock SET lock_until = %1 WHERE name = ? AND locked_by = ? AND lock_until > %2 "
                        "RETURNING lock_until"_s.arg(DbClock::nowPlusMs(dialect), DbClock::now(dialect));
    QDateTime lockUntil;
    {
        auto q = db::exec(*conn, sql, { DbClock::ms(duration), m_name, m_holder });
        if (!q)
            return q.error();
        if (q->next())
            lockUntil = DbClock::toDateTime(q->value(0));
        q->finish();
    }
    if (!lockUntil.isValid()) {
        m_held = false;
        return Error { ErrorCode::LockHeld,
            QCoreApplication::translate("md::jobs", "The lease %1 is no longer held by %2.").arg(m_name, m_holder),
            {} };
    }
    m_lockUntil = lockUntil;
    m_held = true;
    return {};
}

Status Lease::release()
{
    auto conn = m_db.connection();
    if (!conn)
        return conn.error();
    const QString now = DbClock::now(m_db.dialect());
    // Like ShedLock, the row stays and only expires now; a lease already taken over by others is left alone.
    auto q = db::exec(*conn,
        u"UPDATE shedlock SET lock_until = %1 WHERE name = ? AND locked_by = ? AND lock_until > %1"_s.arg(now),
        { m_name, m_holder });
    m_held = false;
    if (!q)
        return q.error();
    return {};
}

} // namespace md::jobs
