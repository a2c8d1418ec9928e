#include "models/runningjobsmonitor.h"

#include "models/dbworker.h"
#include "services/db/sql.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::models {

RunningJobsMonitor::RunningJobsMonitor(db::Database database, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_worker(std::make_unique<DbWorker>(std::move(database), u"md-jobs-monitor"_s))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &RunningJobsMonitor::refresh);
    m_timer->start();
}

RunningJobsMonitor::~RunningJobsMonitor() = default;

void RunningJobsMonitor::refresh()
{
    if (m_busy) // a slow server must not pile up polls
        return;
    m_busy = true;
    // The time goes in as ISO-8601 UTC text: PostgreSQL reads it as timestamptz, SQLite compares it as text.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_worker->post([this, now](const Result<QSqlDatabase>& db) {
        QList<Running> running;
        bool ok = false;
        if (db) {
            auto q = db::exec(*db,
                u"SELECT kind, COALESCE(locked_by, '') FROM jobs WHERE status = 'running' "
                "UNION ALL SELECT name, locked_by FROM shedlock WHERE lock_until > ? ORDER BY 1"_s,
                { now });
            if (q) {
                ok = true;
                while (q->next())
                    running << Running { q->value(0).toString(), q->value(1).toString() };
            }
        }
        QMetaObject::invokeMethod(
            this,
            [this, running, ok] {
                m_busy = false;
                if (!ok || running == m_running)
                    return; // a failed poll keeps the last answer; the page shows database errors itself
                m_running = running;
                Q_EMIT changed(m_running);
            },
            Qt::QueuedConnection);
    });
}

} // namespace md::models
