#pragma once

#include "services/db/database.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace md::models {
class DbWorker;
}

namespace md::ui {

// The schedule of G&B crawls as the database knows it: what runs now (a claimed job or the held lease), the
// crawls queued for the workers with when and why (daily full crawl, the 15-minute chain, a mapping change, by
// hand), and the daily full crawl's time. Read on the page's worker thread; refreshed by the page.
class CrawlSchedulePanel : public QWidget {
    Q_OBJECT
public:
    struct Queued {
        qint64 id = 0;
        QString mode;
        QStringList brands;
        QDateTime runAfter; // UTC
        QString reason;
    };
    struct Snapshot {
        QString runningHolder; // empty: none
        QString runningMode;
        QList<Queued> queued;
        QString lastFiredOn; // schedule_state of the daily trigger, yyyyMMdd
    };

    CrawlSchedulePanel(db::Database database, models::DbWorker* worker, QWidget* parent = nullptr);

    void refresh();
    // Whether this window runs the schedule (InWindowScheduler), and as which holder.
    void setRunsHere(bool runs, const QString& holder);
    QString nextRunText() const;
    QString runsHereText() const;
    QString runningText() const;
    QTreeWidget* queuedView() const { return m_queued; }

Q_SIGNALS:
    void refreshed();
    void errorOccurred(const md::Error& error);

private:
    void show(const Snapshot& snapshot);
    static QString modeText(const QString& mode, const QStringList& brands);

    db::Database m_database;
    models::DbWorker* m_worker;
    QLabel* m_here;
    QLabel* m_running;
    QLabel* m_next;
    QLabel* m_daily;
    QTreeWidget* m_queued;
    bool m_busy = false;
};

} // namespace md::ui
