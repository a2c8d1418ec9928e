#include "ui/orders/collectionpanel.h"

#include "models/accountsmodel.h"
#include "ui/accounts/collectorrunner.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

CollectionPanel::CollectionPanel(
    db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_model(new models::AccountsModel(database, this))
    , m_table(new QTableView(this))
    , m_queue(new QLabel(this))
    , m_collect(new QAction(tr("&Collect Now"), this))
    , m_refresh(new QTimer(this))
    , m_runner(new CollectorRunner(database, secrets, this))
{
    setObjectName(u"collectionPanel"_s);
    m_table->setObjectName(u"collectionTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    using M = models::AccountsModel;
    for (int c : { M::SellerId, M::DisplayName, M::BaseUrl, M::Proxy, M::Active, M::Interval })
        m_table->hideColumn(c);
    m_queue->setObjectName(u"collectionQueue"_s);

    m_collect->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_collect->setToolTip(tr("Collect the selected account's orders now (Ctrl+Shift+R)"));
    connect(m_collect, &QAction::triggered, this, &CollectionPanel::collectSelected);
    auto* collectButton = new QToolButton(this);
    collectButton->setDefaultAction(m_collect);
    collectButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("<b>Collection</b>"), this));
    bar->addWidget(m_queue, 1);
    bar->addWidget(collectButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_model, &M::loaded, this, &CollectionPanel::updateQueue);
    connect(m_model, &M::loaded, this, &CollectionPanel::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CollectionPanel::updateActions);
    connect(m_runner, &CollectorRunner::collectFinished, this,
        [this](const QString& name, const marketplaces::CollectOutcome& outcome) {
            if (const int id = m_taskIds.take(name); id && m_tasks)
                m_tasks->finish(id);
            m_model->refresh();
            updateActions();
            Q_EMIT collectFinished(outcome);
        });
    connect(
        m_runner, &CollectorRunner::collectProgress, this, [this](const QString& name, const jobs::Progress& progress) {
            if (const int id = m_taskIds.value(name); id && m_tasks)
                m_tasks->progress(id, progress.done);
        });
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, m_model, &M::refresh);
    m_refresh->start();
    updateActions();
}

CollectionPanel::~CollectionPanel()
{
    for (auto it = m_taskIds.cbegin(); it != m_taskIds.cend(); ++it) {
        if (m_tasks)
            m_tasks->finish(it.value());
    }
}

QString CollectionPanel::queueText() const
{
    return m_queue->text();
}

QString CollectionPanel::selectedAccountName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(models::AccountsModel::NameRole).toString();
}

void CollectionPanel::updateQueue()
{
    const auto& s = m_model->snapshot();
    m_queue->setText(tr("Queue: %1 collection(s) waiting, %2 job(s) in all, %3 running")
                         .arg(QLocale().toString(s.queuedCollections), QLocale().toString(s.queuedJobs),
                             QLocale().toString(s.runningJobs)));
}

void CollectionPanel::updateActions()
{
    const QString name = selectedAccountName();
    m_collect->setEnabled(!name.isEmpty() && !m_runner->isCollecting(name));
}

void CollectionPanel::collectSelected()
{
    const QString name = selectedAccountName();
    if (!name.isEmpty())
        collectNow(name);
}

bool CollectionPanel::collectNow(const QString& accountName)
{
    if (!m_tasks || !m_runner->collectNow(accountName))
        return false;
    // The indicator counts the orders saved so far (the total is unknown until the platform has been read) and
    // cancels.
    m_taskIds.insert(accountName, m_tasks->begin(tr("Collecting orders: %1").arg(accountName), -1, [this, accountName] {
        m_runner->cancelCollect(accountName);
    }));
    updateActions();
    return true;
}

} // namespace md::ui
