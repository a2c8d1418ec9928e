#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QDateTime>
#include <QString>
#include <chrono>

namespace md::jobs {

// The outcome of Lease::tryAcquire(): held by us, or by whom and until when (database time).
struct LeaseInfo {
    bool acquired = false;
    QString holder; // who holds it now (us when acquired)
    QDateTime lockUntil; // UTC
    // "held by host:pid until 2026-11-20T22:15:00.000Z", for skip messages and job_results.
    QString describe() const;
};

// A single-runner lease with ShedLock semantics on the `shedlock` table: a name is held by one holder until
// lock_until; taking it means inserting the row or taking it over once lock_until has passed, judged by the
// database's clock in one atomic statement. Never waits: when someone else holds it, the caller skips the run.
// A holder that dies simply stops extending, and the lease becomes free when it expires.
// Not thread-safe; each thread uses its own connection from `database`.
class Lease {
public:
    Lease(db::Database database, QString name, QString holder = defaultHolder());
    // Releases the lease if still held (best effort; errors are only logged).
    ~Lease();
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    // "host:pid" of this process: the holder string every process writes into shedlock.locked_by.
    static QString defaultHolder();

    // Takes the lease for `duration` if it is free or expired; otherwise reports the current holder.
    Result<LeaseInfo> tryAcquire(std::chrono::milliseconds duration);
    // Moves lock_until to now + `duration`; only while we still hold it (else ErrorCode::LockHeld).
    Status extend(std::chrono::milliseconds duration);
    // Ends the lease now (lock_until = database now); a no-op when we no longer hold it.
    Status release();

    bool isHeld() const { return m_held; }
    const QString& name() const { return m_name; }
    const QString& holder() const { return m_holder; }
    // lock_until as of the last successful acquire/extend.
    const QDateTime& lockUntil() const { return m_lockUntil; }

private:
    Result<LeaseInfo> currentHolder(const QSqlDatabase& db) const;

    db::Database m_db;
    QString m_name;
    QString m_holder;
    QDateTime m_lockUntil;
    bool m_held = false;
};

} // namespace md::jobs
