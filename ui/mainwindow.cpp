#include "ui/mainwindow.h"

#include "models/runningjobsmonitor.h"
#include "ui/accounts/accountspage.h"
#include "ui/crawls/crawlspage.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/orders/orderspage.h"
#include "ui/products/productspage.h"
#include "ui/shell/jobindicator.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kPageKey = u"window/page"_s;
const QString kProductsStateKey = u"products/layout"_s;
const QString kCrawlsStateKey = u"crawls/layout"_s;
} // namespace

MainWindow::MainWindow(db::Database database, secrets::SecretStore* secrets, QWidget* parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
    , m_secrets(secrets)
    , m_tasks(new TaskTracker(this))
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_dbLabel(new QLabel(this))
    , m_pageStatus(new QLabel(this))
    , m_jobs(new JobIndicator(m_tasks, this))
    , m_running(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("MarketDesk"));
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(150);
    m_nav->setIconSize(QSize(24, 24));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    statusBar()->addWidget(m_pageStatus, 1);
    statusBar()->addPermanentWidget(m_jobs);
    statusBar()->addPermanentWidget(m_running);
    statusBar()->addPermanentWidget(m_dbLabel);

    buildPages();
    buildMenus();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::databaseText() const
{
    return m_dbLabel->text();
}

QString MainWindow::jobsText() const
{
    return m_running->text();
}

void MainWindow::showRunningJobs()
{
    const auto& running = m_monitor->running();
    QStringList names;
    QStringList details;
    for (const auto& job : running) {
        names << job.name;
        details << (job.holder.isEmpty() ? job.name : tr("%1 on %2").arg(job.name, job.holder));
    }
    m_running->setText(running.isEmpty() ? QString() : tr("Running: %1").arg(names.join(u", "_s)));
    m_running->setToolTip(details.join(u'\n'));
    m_running->setVisible(!running.isEmpty());
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_stack->count())
        m_nav->setCurrentRow(index);
}

void MainWindow::buildPages()
{
    // Only pages that are built appear; more join this list as they are written.
    m_products = new ProductsPage(m_database, m_tasks, m_stack);
    m_stack->addWidget(m_products);
    auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Products"), m_nav);
    item->setToolTip(tr("The catalogue (Ctrl+1)"));
    connect(m_products, &ProductsPage::statusTextChanged, m_pageStatus, &QLabel::setText);
    connect(m_products, &ProductsPage::exportFinished, this,
        [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 8000 : 0); });
    m_pageStatus->setText(m_products->model() ? QString() : QString());

    // Orders (collection monitoring) and the marketplace accounts they are collected with.
    m_orders = new OrdersPage(m_database, m_secrets, m_tasks, m_stack);
    m_stack->addWidget(m_orders);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Orders"), m_nav);
    connect(m_orders, &OrdersPage::exportFinished, this,
        [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 8000 : 0); });
    m_accounts = new AccountsPage(m_database, m_secrets, m_stack);
    m_stack->addWidget(m_accounts);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Accounts"), m_nav);
    connect(m_accounts, &AccountsPage::accountsChanged, m_orders, &OrdersPage::refresh);
    connect(m_accounts, &AccountsPage::operationFinished, this,
        [this](bool ok, const QString& message) { statusBar()->showMessage(message, ok ? 8000 : 0); });

    // G&B crawls for admins: run now with progress and cancel, the schedule, the history with rejects.
    m_crawls = new CrawlsPage(m_database, m_secrets, m_tasks, m_stack);
    m_stack->addWidget(m_crawls);
    auto* crawlsItem = new QListWidgetItem(style()->standardIcon(QStyle::SP_BrowserReload), tr("Crawls"), m_nav);
    crawlsItem->setToolTip(tr("G&B crawls: run, schedule, history (Ctrl+%1)").arg(m_nav->count()));
    connect(m_crawls, &CrawlsPage::statusMessage, this,
        [this](const QString& message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });
    m_nav->setCurrentRow(0);

    // Jobs of every desktop and worker on this database, not only this window's own tasks.
    delete m_monitor;
    m_monitor = new models::RunningJobsMonitor(m_database, 10000, this);
    connect(m_monitor, &models::RunningJobsMonitor::changed, this, &MainWindow::showRunningJobs);
    m_monitor->refresh();
    m_running->hide();

    m_dbLabel->setText(tr("Database: %1").arg(m_database.config().displayUrl()));
    m_dbLabel->setToolTip(m_database.isPostgres() ? tr("Shared PostgreSQL server") : tr("Embedded database file"));
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    auto* connectAction = m_fileMenu->addAction(tr("&Connect to Database…"), this, &MainWindow::showConnectDialog);
    connectAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_fileMenu->addAction(m_products->exportAction());
    m_fileMenu->addAction(m_orders->exportAction());
    m_fileMenu->addSeparator();
    auto* settingsAction = m_fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    auto* quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_products->copyAction());
    m_editMenu->addAction(m_products->findAction());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        auto* go = m_viewMenu->addAction(m_nav->item(i)->text(), this, [this, i] { setCurrentPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_products->refreshAction());
    m_viewMenu->addAction(m_orders->refreshAction());
    m_viewMenu->addAction(m_orders->collectAction());

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* about = m_helpMenu->addAction(tr("&About MarketDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDatabase(db::Database database)
{
    saveWindowState();
    const int page = currentPage();
    m_database = std::move(database);
    m_nav->clear();
    while (m_stack->count() > 0) {
        QWidget* old = m_stack->widget(0);
        m_stack->removeWidget(old);
        delete old; // its workers stop here, before the new database's pages start
    }
    m_products = nullptr;
    m_crawls = nullptr;
    m_orders = nullptr;
    m_accounts = nullptr;
    menuBar()->clear();
    for (QMenu* menu : { m_fileMenu, m_editMenu, m_viewMenu, m_helpMenu })
        delete menu;
    buildPages();
    buildMenus();
    m_products->restoreState(QSettings().value(kProductsStateKey).toByteArray());
    m_crawls->restoreState(QSettings().value(kCrawlsStateKey).toByteArray());
    setCurrentPage(page);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    m_products->restoreState(settings.value(kProductsStateKey).toByteArray());
    m_crawls->restoreState(settings.value(kCrawlsStateKey).toByteArray());
    setCurrentPage(settings.value(kPageKey, 0).toInt());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPage());
    if (m_products)
        settings.setValue(kProductsStateKey, m_products->saveState());
    if (m_crawls)
        settings.setValue(kCrawlsStateKey, m_crawls->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showConnectDialog()
{
    ConnectDialog dialog(m_database.config(), m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const db::DbConfig config = dialog.config();
    setDatabase(db::Database(config));
    Q_EMIT databaseChanged(config);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && dialog.save())
        statusBar()->showMessage(tr("The new language applies the next time MarketDesk starts."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MarketDesk"),
        tr("<b>MarketDesk %1</b><p>Catalogue, orders and margins of a cross-border shop in one place.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace md::ui
