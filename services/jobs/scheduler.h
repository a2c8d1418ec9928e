#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/jobqueue.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTime>
#include <QTimeZone>
#include <QTimer>
#include <chrono>
#include <functional>

namespace md::jobs {

// A job queued once per calendar day at a time of day, e.g. the day's first full G&B crawl at 06:00.
struct DailyTrigger {
    QString name; // unique; the key of its schedule_state row, e.g. "gnb.full-crawl"
    QTime at; // time of day in timeZone
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QString kind; // the job kind queued
    std::function<QJsonObject(QDate)> payload; // the job's payload for the local date it fires for
    EnqueueOptions options; // priority, attempts; the dedupe key becomes "<name>:<yyyyMMdd>"
};

// A job that must always be queued or running, e.g. the chain of incremental G&B crawls that each crawl queues again
// as it ends. Should a run die for good without queuing the next (its worker killed on every attempt), the scheduler
// queues it again, `options.delay` from then. options.dedupeKey identifies it and is required.
struct StandingJob {
    QString name;
    QString kind;
    QJsonObject payload;
    EnqueueOptions options;
};

// Queues jobs when they are due, so that workers (any number, anywhere) run them. Generic: features add their
// triggers. A daily trigger fires once per local date as soon as its time has passed (also when the scheduler
// starts later in the day): the date is claimed in schedule_state and the job queued in one transaction, so any
// number of schedulers on the database fire it once. Work chained to a finished job (the next incremental crawl
// 15 minutes after the previous one ended) is queued by the job's handler with a delay, not here: the scheduler
// never guesses how long a job takes. Lives in one thread; uses that thread's connection.
class Scheduler : public QObject {
    Q_OBJECT
public:
    explicit Scheduler(db::Database database, QObject* parent = nullptr);

    void addDaily(DailyTrigger trigger);
    void addStanding(StandingJob job);
    void setCheckInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Fires what is due at `now` and returns the ids of the jobs queued by this call.
    Result<QList<qint64>> fireDue(const QDateTime& now = QDateTime::currentDateTimeUtc());
    // When a trigger fires next, as seen from `now` (for the GUI's schedule display); invalid for unknown names.
    QDateTime nextFire(const QString& name, const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    const QList<DailyTrigger>& dailyTriggers() const { return m_daily; }

public Q_SLOTS:
    void start(); // fires what is due now, then checks every interval (30 s by default)
    void stop();

Q_SIGNALS:
    void jobQueued(qint64 jobId, const QString& kind, const QString& trigger);
    void errorOccurred(const QString& message);

private:
    Result<std::optional<qint64>> fire(const DailyTrigger& trigger, QDate date);
    Result<std::optional<qint64>> restore(const StandingJob& job);

    db::Database m_db;
    QList<DailyTrigger> m_daily;
    QList<StandingJob> m_standing;
    QTimer m_timer;
};

} // namespace md::jobs
