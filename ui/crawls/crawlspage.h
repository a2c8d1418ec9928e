#pragma once

#include "services/db/database.h"
#include "services/gnb/crawler.h"

#include <QWidget>
#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace md::models {
class CrawlHistoryModel;
class CrawlRejectsModel;
class DbWorker;
struct CrawlRun;
} // namespace md::models

namespace md::secrets {
class SecretStore;
}

namespace md::ui {

class CrawlControls;
class CrawlRunner;
class CrawlSchedulePanel;
class ErrorBanner;
class InWindowScheduler;
class TaskTracker;

// For admins: run a G&B crawl now (full, incremental, chosen brands) with live progress and Cancel; the schedule
// and the next run, optionally run by this window (InWindowScheduler); the history of crawls from every desktop and
// worker, with the selected run's error and its rejected rows per file. A scheduled crawl that fails raises a desktop
// notification (or a status-bar message).
class CrawlsPage : public QWidget {
    Q_OBJECT
public:
    // secrets: the window's keychain store for the feed's password or API key (may be null: the crawl's own thread
    // reads the keychain).
    CrawlsPage(db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent = nullptr);
    ~CrawlsPage() override;

    CrawlControls* controls() const { return m_controls; }
    CrawlSchedulePanel* schedule() const { return m_schedule; }
    InWindowScheduler* inWindowScheduler() const { return m_inWindow; }
    models::CrawlHistoryModel* history() const { return m_history; }
    models::CrawlRejectsModel* rejects() const { return m_rejects; }
    QTableView* historyView() const { return m_historyView; }
    QTableView* rejectsView() const { return m_rejectsView; }
    ErrorBanner* banner() const { return m_banner; }
    QString errorText() const;
    QAction* refreshAction() const { return m_refreshAction; }
    bool isCrawling() const;

    // Starts the crawl chosen in the controls; problems show in the banner.
    void runCrawl();
    void cancelCrawl();
    // Queues the chosen crawl for the workers (deduplicated: the same crawl is queued once).
    void queueCrawl();
    void refresh();
    QByteArray saveState() const;
    void restoreState(const QByteArray& state);

Q_SIGNALS:
    void statusMessage(const QString& text, int timeoutMs);
    // A failed run that this window did not start (the schedule, a worker, another desktop).
    void crawlFailedElsewhere(const QString& message);
    void crawlFinished(const md::gnb::CrawlOutcome& outcome);

private:
    void onCrawlFinished(const gnb::CrawlOutcome& outcome);
    void onRunSelected();
    void notifyFailure(const models::CrawlRun& run);
    void loadBrands();
    void recordMode(qint64 runId, const gnb::CrawlOutcome& outcome);

    db::Database m_database;
    TaskTracker* m_tasks;
    std::unique_ptr<models::DbWorker> m_worker;
    ErrorBanner* m_banner;
    CrawlControls* m_controls;
    CrawlSchedulePanel* m_schedule;
    InWindowScheduler* m_inWindow;
    models::CrawlHistoryModel* m_history;
    models::CrawlRejectsModel* m_rejects;
    QTableView* m_historyView;
    QTableView* m_rejectsView;
    QPlainTextEdit* m_error;
    QLabel* m_rejectsTitle;
    QSplitter* m_splitter;
    QTimer* m_scheduleTimer;
    QAction* m_refreshAction;
    CrawlRunner* m_runner;
    QSystemTrayIcon* m_tray = nullptr;
    int m_task = 0;
    gnb::CrawlMode m_lastMode = gnb::CrawlMode::Full;
    qint64 m_selectRun = 0; // the run to select once the history shows it
};

} // namespace md::ui
