#pragma once

#include "services/db/database.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace md::secrets {
class SecretStore;
}
namespace md::models {
class RunningJobsMonitor;
}

namespace md::ui {

class AccountsPage;
class CrawlsPage;
class JobIndicator;
class OrdersPage;
class ProductsPage;
class TaskTracker;

// The shell: navigation between the pages that exist, menus with shortcuts, and a status bar with the
// database in use and the running background tasks. Window geometry, layout and the last page come back
// on the next start (QSettings; never secrets).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(db::Database database, secrets::SecretStore* secrets, QWidget* parent = nullptr);
    ~MainWindow() override;

    const db::Database& database() const { return m_database; }
    // Rebuilds the pages on another database (after "Connect to database…").
    void setDatabase(db::Database database);

    ProductsPage* productsPage() const { return m_products; }
    CrawlsPage* crawlsPage() const { return m_crawls; }
    OrdersPage* ordersPage() const { return m_orders; }
    AccountsPage* accountsPage() const { return m_accounts; }
    TaskTracker* tasks() const { return m_tasks; }
    JobIndicator* jobIndicator() const { return m_jobs; }
    QString databaseText() const;
    QString jobsText() const;
    int currentPage() const;
    void setCurrentPage(int index);

Q_SIGNALS:
    // The user connected to another database; the application remembers it for the next start.
    void databaseChanged(const md::db::DbConfig& config);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    void buildMenus();
    void restoreWindowState();
    void saveWindowState();
    void showConnectDialog();
    void showSettings();
    void showAbout();
    void showRunningJobs();

    db::Database m_database;
    secrets::SecretStore* m_secrets;
    TaskTracker* m_tasks;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    ProductsPage* m_products = nullptr;
    CrawlsPage* m_crawls = nullptr;
    OrdersPage* m_orders = nullptr;
    AccountsPage* m_accounts = nullptr;
    QLabel* m_dbLabel;
    QLabel* m_pageStatus;
    JobIndicator* m_jobs;
    QLabel* m_running;
    models::RunningJobsMonitor* m_monitor = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
};

} // namespace md::ui
