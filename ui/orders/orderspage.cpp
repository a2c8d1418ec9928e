#include "ui/orders/orderspage.h"

#include "models/accountsmodel.h"
#include "models/orderlinesmodel.h"
#include "models/ordersmodel.h"
#include "models/ordersperday.h"
#include "ui/errorbanner.h"
#include "ui/orders/collectionpanel.h"
#include "ui/orders/orderfilterbar.h"
#include "ui/orders/orderschart.h"
#include "ui/shell/csvexporter.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

using models::OrdersModel;

namespace {
QTableView* detailTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}
} // namespace

OrdersPage::OrdersPage(db::Database database, secrets::SecretStore* secrets, TaskTracker* tasks, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_tasks(tasks)
    , m_model(new OrdersModel(database, this))
    , m_lines(new models::OrderLinesModel(database, this))
    , m_history(new models::OrderHistoryModel(m_lines, this))
    , m_perDay(new models::OrdersPerDay(database, this))
    , m_banner(new ErrorBanner(this))
    , m_collection(new CollectionPanel(database, secrets, tasks, this))
    , m_filterBar(new OrderFilterBar(this))
    , m_table(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_chart(new OrdersChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_exporter(new CsvExporter(m_database, m_tasks, u"md-orders-export"_s, this))
{
    setObjectName(u"ordersPage"_s);
    m_table->setObjectName(u"ordersTable"_s);
    m_table->setModel(m_model);
    // Indicator first: enabling sorting then asks the model for the order it already has (no second query).
    m_table->horizontalHeader()->setSortIndicator(int(models::OrderColumn::OrderDate), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_tabs->addTab(detailTable(m_lines, u"orderLinesTable"_s, this), tr("&Lines"));
    m_tabs->addTab(detailTable(m_history, u"orderHistoryTable"_s, this), tr("Status &history"));
    m_tabs->addTab(m_chart, tr("Orders per &day"));

    m_splitter->addWidget(m_collection);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);

    m_exportAction = new QAction(tr("E&xport Orders to CSV…"), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, &OrdersPage::askExportPath);
    m_refreshAction = new QAction(tr("Refresh &Orders"), this);
    connect(m_refreshAction, &QAction::triggered, this, &OrdersPage::refresh);
    addActions({ m_exportAction, m_refreshAction, collectAction() });

    connect(m_filterBar, &OrderFilterBar::filterChanged, this, &OrdersPage::applyFilter);
    connect(m_model, &OrdersModel::facetsLoaded, m_filterBar, &OrderFilterBar::setFacets);
    connect(m_model, &OrdersModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_model, &OrdersModel::countChanged, this, &OrdersPage::updateStatus);
    connect(m_model, &OrdersModel::loadingChanged, this, &OrdersPage::updateStatus);
    connect(m_model, &OrdersModel::modelReset, this, [this] {
        m_lines->setOrderId(0);
        updateStatus();
    });
    connect(m_lines, &models::OrderLinesModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_perDay, &models::OrdersPerDay::loaded, m_chart, &OrdersChart::setCounts);
    connect(m_perDay, &models::OrdersPerDay::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::onCurrentRowChanged);
    // The lines of a page that arrives under the cursor.
    connect(m_model, &OrdersModel::pageLoaded, this, [this] {
        if (m_lines->orderId() == 0 && m_table->currentIndex().isValid())
            onCurrentRowChanged();
    });
    connect(m_collection, &CollectionPanel::collectFinished, this, [this](const marketplaces::CollectOutcome& outcome) {
        if (outcome.status) {
            Q_EMIT statusTextChanged(
                tr("%1: %n order(s) collected.", nullptr, outcome.counts.orders).arg(outcome.accountName));
            refresh();
        } else if (outcome.status.error().code != ErrorCode::Cancelled) {
            m_banner->showError(outcome.status.error());
        }
    });

    m_model->setFilter(m_filterBar->filter());
    m_perDay->request(m_filterBar->filter());
    m_model->requestFacets();
    updateStatus();
}

OrdersPage::~OrdersPage() = default;

QAction* OrdersPage::collectAction() const
{
    return m_collection->collectAction();
}

void OrdersPage::applyFilter()
{
    m_banner->clear();
    const models::OrderFilter filter = m_filterBar->filter();
    m_model->setFilter(filter);
    m_perDay->request(filter);
}

void OrdersPage::refresh()
{
    m_banner->clear();
    m_model->refresh();
    m_model->requestFacets();
    m_perDay->request(m_filterBar->filter());
    m_collection->model()->refresh();
}

void OrdersPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const auto row = current.isValid() ? m_model->cachedRow(current.row()) : std::nullopt;
    m_lines->setOrderId(row ? row->id : 0);
}

void OrdersPage::updateStatus()
{
    const qint64 count = m_model->totalCount();
    QString text;
    if (count < 0)
        text = tr("Counting orders…");
    else
        text = tr("%1 order(s)").arg(QLocale().toString(count));
    m_status->setText(text);
    Q_EMIT statusTextChanged(text);
}

void OrdersPage::askExportPath()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("orders") + u".csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export orders"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void OrdersPage::exportCsv(const QString& path)
{
    if (m_exporter->isRunning()) {
        m_banner->showWarning(tr("An export is already running."));
        return;
    }
    QStringList headers;
    for (int c = 0; c < models::kOrderColumnCount; ++c)
        headers << OrdersModel::columnTitle(c);
    headers << tr("Currency");
    const auto query = m_model->query();
    const auto dialect = m_database.dialect();
    m_exporter->start(
        tr("Exporting orders"), m_model->totalCount(),
        [query, dialect, headers, path](
            const QSqlDatabase& db, const std::atomic<bool>& cancel, const std::function<void(qint64)>& progress) {
            return models::exportOrdersCsv(db, dialect, query, headers, path, cancel, progress);
        },
        [this, path](const Result<qint64>& result) {
            if (result) {
                Q_EMIT exportFinished(true, tr("Exported %n order(s) to %1.", nullptr, int(*result)).arg(path));
            } else {
                if (result.error().code != ErrorCode::Cancelled)
                    m_banner->showError(result.error());
                Q_EMIT exportFinished(false, result.error().message);
            }
        });
}

} // namespace md::ui
