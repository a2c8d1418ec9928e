#include "ui/crawls/crawlspage.h"

#include "models/crawlhistorymodel.h"
#include "models/crawlrejectsmodel.h"
#include "models/dbworker.h"
#include "services/db/sql.h"
#include "services/gnb/gnbjobs.h"
#include "ui/crawls/crawlcontrols.h"
#include "ui/crawls/crawlrunner.h"
#include "ui/crawls/crawlschedulepanel.h"
#include "ui/crawls/inwindowscheduler.h"
#include "ui/errorbanner.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

using models::CrawlHistoryModel;
using models::CrawlRun;

CrawlsPage::CrawlsPage(db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_tasks(tasks)
    , m_worker(std::make_unique<models::DbWorker>(database, u"md-crawls"_s))
    , m_banner(new ErrorBanner(this))
    , m_controls(new CrawlControls(this))
    , m_schedule(new CrawlSchedulePanel(database, m_worker.get(), this))
    , m_inWindow(new InWindowScheduler(
          database, secrets, [this] { return m_controls->sourceOptions(); }, this))
    , m_history(new CrawlHistoryModel(database, this))
    , m_rejects(new models::CrawlRejectsModel(database, this))
    , m_historyView(new QTableView(this))
    , m_rejectsView(new QTableView(this))
    , m_error(new QPlainTextEdit(this))
    , m_rejectsTitle(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_scheduleTimer(new QTimer(this))
    , m_refreshAction(new QAction(tr("Refres&h"), this))
    , m_runner(new CrawlRunner(database, secrets, this))
{
    setObjectName(u"crawlsPage"_s);
    auto* runBox = new QGroupBox(tr("Run now"), this);
    (new QVBoxLayout(runBox))->addWidget(m_controls);
    auto* scheduleBox = new QGroupBox(tr("Schedule"), this);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_schedule, 1);
    scheduleLayout->addWidget(m_inWindow);
    auto* top = new QHBoxLayout;
    top->addWidget(runBox, 3);
    top->addWidget(scheduleBox, 2);

    m_historyView->setObjectName(u"crawlHistory"_s);
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_historyView->verticalHeader()->setDefaultSectionSize(m_historyView->fontMetrics().height() + 8);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 150, 110, 90, 90, 80, 80, 80, 80, 80, 70, 150, 200 };
    for (int c = 0; c < CrawlHistoryModel::ColumnCount; ++c)
        m_historyView->setColumnWidth(c, widths[c]);

    m_rejectsView->setObjectName(u"crawlRejects"_s);
    m_rejectsView->setModel(m_rejects);
    m_rejectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectsView->setWordWrap(false);
    m_rejectsView->verticalHeader()->hide();
    m_rejectsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_rejectsView->verticalHeader()->setDefaultSectionSize(m_rejectsView->fontMetrics().height() + 8);
    m_rejectsView->horizontalHeader()->setStretchLastSection(true);
    m_rejectsView->setColumnWidth(models::CrawlRejectsModel::File, 160);
    m_rejectsView->setColumnWidth(models::CrawlRejectsModel::Line, 80);
    m_error->setObjectName(u"crawlError"_s);
    m_error->setReadOnly(true);
    m_error->setPlaceholderText(tr("Select a run to see its error and rejected rows."));
    m_error->setMaximumHeight(90);

    auto* historyPane = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyHeader = new QHBoxLayout;
    auto* historyTitle = new QLabel(tr("&History of crawls (every desktop and worker):"), this);
    historyTitle->setBuddy(m_historyView);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setDefaultAction(m_refreshAction);
    historyHeader->addWidget(historyTitle, 1);
    historyHeader->addWidget(refreshButton);
    historyLayout->addLayout(historyHeader);
    historyLayout->addWidget(m_historyView, 1);

    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_error);
    m_rejectsTitle->setText(tr("Rejected rows"));
    m_rejectsTitle->setBuddy(m_rejectsView);
    detailLayout->addWidget(m_rejectsTitle);
    detailLayout->addWidget(m_rejectsView, 1);

    m_splitter->addWidget(historyPane);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_controls->cancelButton(), m_historyView);
    setTabOrder(m_historyView, m_rejectsView);

    connect(m_refreshAction, &QAction::triggered, this, &CrawlsPage::refresh);
    connect(m_controls, &CrawlControls::runRequested, this, &CrawlsPage::runCrawl);
    connect(m_controls, &CrawlControls::cancelRequested, this, &CrawlsPage::cancelCrawl);
    connect(m_controls, &CrawlControls::queueRequested, this, &CrawlsPage::queueCrawl);
    connect(m_runner, &CrawlRunner::progressed, this, [this](const jobs::Progress& p) {
        m_controls->showProgress(p);
        if (m_task)
            m_tasks->progress(m_task, p.done, p.total);
    });
    connect(m_runner, &CrawlRunner::finished, this, &CrawlsPage::onCrawlFinished);
    connect(m_history, &CrawlHistoryModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_rejects, &models::CrawlRejectsModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_schedule, &CrawlSchedulePanel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_history, &CrawlHistoryModel::failedRunAppeared, this, &CrawlsPage::notifyFailure);
    connect(m_history, &CrawlHistoryModel::loaded, this, [this] {
        if (m_selectRun == 0)
            return;
        const int row = m_history->rowOfRun(m_selectRun);
        if (row < 0)
            return;
        m_selectRun = 0;
        m_historyView->selectRow(row);
    });
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CrawlsPage::onRunSelected);
    connect(m_history, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_historyView->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            onRunSelected(); // the selected run finished meanwhile
    });
    connect(m_rejects, &models::CrawlRejectsModel::loaded, this, [this] {
        const int n = m_rejects->rowCount();
        m_rejectsTitle->setText(m_rejects->isTruncated() ? tr("Rejected rows: the first %1").arg(QLocale().toString(n))
                                                         : tr("Rejected rows: %1").arg(QLocale().toString(n)));
    });

    connect(m_inWindow, &InWindowScheduler::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_inWindow, &InWindowScheduler::statusMessage, this, &CrawlsPage::statusMessage);
    connect(m_inWindow, &InWindowScheduler::runningChanged, this, [this](bool running, const QString& holder) {
        if (running)
            m_controls->saveSettings(); // the feed it runs with is the one shown
        m_schedule->setRunsHere(running, holder);
        m_schedule->refresh();
    });
    connect(m_inWindow, &InWindowScheduler::jobStarted, this,
        [this] { QTimer::singleShot(300, m_schedule, &CrawlSchedulePanel::refresh); });
    connect(m_inWindow, &InWindowScheduler::jobFinished, this, &CrawlsPage::refresh);

    m_scheduleTimer->setInterval(30000);
    connect(m_scheduleTimer, &QTimer::timeout, m_schedule, &CrawlSchedulePanel::refresh);
    m_scheduleTimer->start();
    refresh();
    m_inWindow->restore(); // left on when the window last closed
}

CrawlsPage::~CrawlsPage()
{
    delete m_inWindow; // stops the schedule run here: its job goes back to the queue
    delete m_runner; // cancels a crawl still running and waits for its thread
    if (m_task)
        m_tasks->finish(m_task);
}

bool CrawlsPage::isCrawling() const
{
    return m_runner->isRunning();
}

QString CrawlsPage::errorText() const
{
    return m_error->toPlainText();
}

void CrawlsPage::refresh()
{
    m_history->refresh();
    m_schedule->refresh();
    loadBrands();
}

void CrawlsPage::loadBrands()
{
    QPointer<CrawlsPage> self(this);
    m_worker->post([self](const Result<QSqlDatabase>& db) {
        Result<QStringList> brands = QStringList {};
        if (!db) {
            brands = db.error();
        } else if (auto q = db::exec(*db,
                       u"SELECT brand FROM feed_file WHERE supplier = 'gnb' AND brand IS NOT NULL AND brand <> '' "
                       "UNION SELECT supplier_brand FROM category_mapping WHERE supplier = 'gnb' ORDER BY 1"_s);
                   !q) {
            brands = q.error();
        } else {
            while (q->next())
                brands->append(q->value(0).toString());
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, brands] {
                if (!self)
                    return;
                if (brands)
                    self->m_controls->setBrands(*brands);
                else
                    self->m_banner->showError(brands.error());
            },
            Qt::QueuedConnection);
    });
}

void CrawlsPage::runCrawl()
{
    if (m_runner->isRunning())
        return;
    m_banner->clear();
    m_controls->saveSettings();
    const auto request = m_controls->request();
    m_lastMode = request.mode;
    if (auto started = m_runner->start(m_controls->sourceOptions(), request); !started) {
        m_banner->showError(started.error());
        return;
    }
    m_controls->setRunning(true);
    m_task = m_tasks->begin(tr("G&B crawl"), -1, [runner = QPointer(m_runner)] {
        if (runner)
            runner->cancel();
    });
    // The lease is taken at once; show it in the schedule's "running now".
    QTimer::singleShot(500, m_schedule, &CrawlSchedulePanel::refresh);
}

void CrawlsPage::cancelCrawl()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    m_controls->setRunning(true, true);
}

void CrawlsPage::queueCrawl()
{
    m_banner->clear();
    const auto request = m_controls->request();
    const db::Database database = m_database;
    QPointer<CrawlsPage> self(this);
    m_worker->post([self, database, request](const Result<QSqlDatabase>& db) {
        Result<jobs::EnqueueResult> queued = db
            ? gnb::GnbJobs::enqueueCrawl(database, request.mode, request.brands, request.day)
            : Result<jobs::EnqueueResult>(db.error());
        QMetaObject::invokeMethod(
            qApp,
            [self, queued] {
                if (!self)
                    return;
                if (!queued) {
                    self->m_banner->showError(queued.error());
                    return;
                }
                Q_EMIT self->statusMessage(queued->created
                        ? tr("The crawl was queued; a worker runs it when it is free.")
                        : tr("The same crawl is already queued."),
                    8000);
                self->m_schedule->refresh();
            },
            Qt::QueuedConnection);
    });
}

void CrawlsPage::onCrawlFinished(const gnb::CrawlOutcome& outcome)
{
    if (m_task) {
        m_tasks->finish(m_task);
        m_task = 0;
    }
    m_controls->setRunning(false);
    const auto& s = outcome.summary;
    const QLocale locale;
    if (outcome.status) {
        Q_EMIT statusMessage(tr("Crawl finished: %1 file(s), %2 rows, %3 inserted, %4 updated, %5 rejected.")
                                 .arg(locale.toString(s.files), locale.toString(s.rows), locale.toString(s.inserted),
                                     locale.toString(s.updated), locale.toString(s.rejected)),
            10000);
    } else if (outcome.status.error().code == ErrorCode::Cancelled) {
        m_banner->showWarning(tr("The crawl was cancelled. Files applied before the cancel stay; the file in "
                                 "progress was rolled back."));
    } else if (outcome.status.error().code == ErrorCode::LockHeld) {
        m_banner->showWarning(outcome.status.error().message);
    } else {
        Error error = outcome.status.error();
        if (!s.failures.isEmpty())
            error.detail = s.failures.join(u'\n');
        m_banner->showError(error);
    }
    m_selectRun = s.jobResultId;
    Q_EMIT crawlFinished(outcome);
    if (s.jobResultId > 0 && outcome.status.error().code != ErrorCode::LockHeld)
        recordMode(s.jobResultId, outcome);
    else
        refresh();
}

void CrawlsPage::recordMode(qint64 runId, const gnb::CrawlOutcome& outcome)
{
    // The crawler's counts do not say how it was started; queued crawls add the mode, so hand runs do too.
    QJsonObject counts = outcome.summary.toJson();
    counts.remove(u"errors"_s);
    counts.insert(u"mode"_s, gnb::GnbJobs::modeName(m_lastMode));
    outcome.removals.addTo(counts);
    const QString json = QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
    QPointer<CrawlsPage> self(this);
    m_worker->post([self, runId, json](const Result<QSqlDatabase>& db) {
        Status status;
        if (!db)
            status = db.error();
        else if (auto q = db::exec(*db, u"UPDATE job_results SET counts = ? WHERE id = ?"_s, { json, runId }); !q)
            status = q.error();
        QMetaObject::invokeMethod(
            qApp,
            [self, status] {
                if (!self)
                    return;
                if (!status)
                    self->m_banner->showError(status.error());
                self->refresh();
            },
            Qt::QueuedConnection);
    });
}

void CrawlsPage::onRunSelected()
{
    const CrawlRun* run = m_history->run(m_historyView->currentIndex().row());
    if (!run) {
        m_error->clear();
        m_rejects->setRunId(0);
        m_rejectsTitle->setText(tr("Rejected rows"));
        return;
    }
    QString text = run->error;
    if (run->state == CrawlRun::State::Skipped && !run->lockHolder.isEmpty())
        text = tr("Skipped: the crawl's lease was held by %1.").arg(run->lockHolder)
            + (run->error.isEmpty() ? QString() : u'\n' + run->error);
    if (text.isEmpty())
        text = run->state == CrawlRun::State::Running ? tr("Still running.") : tr("No error.");
    m_error->setPlainText(text);
    if (m_rejects->runId() != run->id || run->state == CrawlRun::State::Running)
        m_rejects->setRunId(run->id);
}

void CrawlsPage::notifyFailure(const CrawlRun& run)
{
    const QString started = QLocale().toString(run.started.toLocalTime(), QLocale::ShortFormat);
    const QString reason = run.error.section(u'\n', 0, 0);
    const QString message = tr("The G&B crawl started %1 on %2 failed: %3").arg(started, run.host, reason);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(tr("MarketDesk"));
        }
        m_tray->show();
        m_tray->showMessage(tr("G&B crawl failed"), message, QSystemTrayIcon::Critical, 15000);
    } else {
        Q_EMIT statusMessage(message, 0);
    }
    Q_EMIT crawlFailedElsewhere(message);
}

QByteArray CrawlsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_historyView->horizontalHeader()->saveState() << m_splitter->saveState();
    return state;
}

void CrawlsPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    QByteArray header, splitter;
    in >> header >> splitter;
    if (in.status() != QDataStream::Ok)
        return;
    m_historyView->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(splitter);
}

} // namespace md::ui
