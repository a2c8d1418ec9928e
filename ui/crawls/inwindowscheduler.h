#pragma once

#include "services/db/database.h"
#include "services/domain/error.h"
#include "services/gnb/feedsources.h"
#include "services/jobs/worker.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace md::gnb {
class GnbWorkerHost;
}

namespace md::secrets {
class SecretStore;
}

namespace md::ui {

// "Run the schedule in this window": the G&B scheduler and a worker (gnb::GnbWorkerHost) in a thread of this
// process, like marketdesk-cli worker. The choice is remembered (crawls/runScheduleHere); the daily time, its zone
// and the incremental interval come from crawls/scheduleTime, crawls/scheduleZone and crawls/intervalMinutes, the
// feed from the Crawls page's controls. Shows the job this window runs with its progress, and Stop (the job goes
// back to the queue). Destroying it stops the worker and waits for it (at most the worker's stop grace).
class InWindowScheduler : public QWidget {
    Q_OBJECT
public:
    using SourceProvider = std::function<gnb::FeedSourceOptions()>;

    // secrets: as CrawlRunner's (the worker's thread reaches it through a forwarding store); may be null.
    InWindowScheduler(
        db::Database database, secrets::SecretStore* secrets, SourceProvider source, QWidget* parent = nullptr);
    ~InWindowScheduler() override;

    QAction* runAction() const { return m_action; }
    QPushButton* stopButton() const { return m_stop; }
    QString statusText() const;
    bool isRunning() const; // started and not yet stopped
    QString holder() const { return m_workerOptions.holder; }
    // Tests: a faster worker. Applies from the next start.
    void setWorkerOptions(const jobs::WorkerOptions& options) { m_workerOptions = options; }

    // Starts the schedule when it was left on (call once the page's signals are connected).
    void restore();

Q_SIGNALS:
    void errorOccurred(const md::Error& error);
    void runningChanged(bool running, const QString& holder);
    void jobStarted(qint64 jobId, const QString& kind);
    void jobFinished(qint64 jobId, const QString& kind, bool success, const QString& error);
    void statusMessage(const QString& text, int timeoutMs);

private:
    void onToggled(bool on);
    void start();
    void stop();
    void onStopped();
    void showIdle();

    db::Database m_database;
    secrets::SecretStore* m_secrets;
    SourceProvider m_source;
    jobs::WorkerOptions m_workerOptions;
    gnb::GnbWorkerHost* m_host = nullptr;
    QAction* m_action;
    QToolButton* m_toggle;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_stop;
};

} // namespace md::ui
