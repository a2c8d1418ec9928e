#include "ui/products/productspage.h"

#include "models/productexport.h"
#include "models/productsmodel.h"
#include "models/variantsmodel.h"
#include "ui/errorbanner.h"
#include "ui/products/imagecache.h"
#include "ui/products/productdetailpane.h"
#include "ui/products/productfilterbar.h"
#include "ui/shell/csvexporter.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <iterator>

using namespace Qt::StringLiterals;

namespace md::ui {

using models::ProductColumn;
using models::ProductsModel;

ProductsPage::ProductsPage(db::Database database, TaskTracker* tasks, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_tasks(tasks)
    , m_model(new ProductsModel(database, this))
    , m_images(new ImageCache(this))
    , m_banner(new ErrorBanner(this))
    , m_filterBar(new ProductFilterBar(this))
    , m_table(new QTableView(this))
    , m_detail(new ProductDetailPane(database, m_images, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_status(new QLabel(this))
    , m_detailDelay(new QTimer(this))
    , m_exporter(new CsvExporter(m_database, m_tasks, u"md-export"_s, this))
{
    setObjectName(u"productsPage"_s);
    m_table->setObjectName(u"productsTable"_s);
    m_table->setModel(m_model);
    // Insertion order until the user picks a column: set before enabling sorting, which sorts at once.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fixed row heights and preset column widths: measuring content would read every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const int widths[] = { 100, 130, 140, 220, 160, 70, 64, 64, 72, 100, 100, 76, 130 };
    static_assert(std::size(widths) == models::kProductColumnCount);
    for (int c = 0; c < models::kProductColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    // A click on a column the model cannot sort by (see ProductsModel::SortableRole) leaves the order as it was.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int section, Qt::SortOrder order) {
            if (section < 0 || models::isSortableProductColumn(section)) {
                m_sortSection = section;
                m_sortOrder = order;
                return;
            }
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        });

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 900, 380 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    // The count is shown in the window's status bar (statusTextChanged); the label serves a page used alone.
    m_status->hide();
    setTabOrder(m_filterBar->visibilityBox(), m_table);
    setTabOrder(m_table, m_detail->variantsView());

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &ProductFilterBar::focusSearch);
    m_copyAction = new QAction(tr("&Copy rows"), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ProductsPage::copySelection);
    m_exportAction = new QAction(tr("&Export view to CSV…"), this);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_exportAction, &QAction::triggered, this, &ProductsPage::askExportPath);
    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_banner->clear();
        m_model->refresh();
        m_model->requestFacets();
    });
    m_table->addActions({ m_copyAction, m_exportAction });
    addAction(m_copyAction);

    connect(m_filterBar, &ProductFilterBar::filterChanged, this, [this](const models::ProductFilter& filter) {
        m_banner->clear();
        m_model->setFilter(filter);
    });
    connect(m_model, &ProductsModel::facetsLoaded, m_filterBar, &ProductFilterBar::setFacets);
    connect(m_model, &ProductsModel::errorOccurred, m_banner, &ErrorBanner::showError);
    connect(m_model, &ProductsModel::countChanged, this, &ProductsPage::updateStatus);
    connect(m_model, &ProductsModel::loadingChanged, this, &ProductsPage::updateStatus);
    connect(m_model, &ProductsModel::modelReset, this, [this] {
        m_detail->showProduct(std::nullopt);
        updateStatus();
    });
    connect(m_detail->variantsModel(), &models::VariantsModel::errorOccurred, m_banner, &ErrorBanner::showError);

    // Walking the table with the arrow keys should not query variants for every row passed.
    m_detailDelay->setSingleShot(true);
    m_detailDelay->setInterval(120);
    connect(m_detailDelay, &QTimer::timeout, this, &ProductsPage::onCurrentRowChanged);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_detailDelay, qOverload<>(&QTimer::start));

    m_model->requestFacets();
    updateStatus();
}

ProductsPage::~ProductsPage() = default;

void ProductsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const auto row = current.isValid() ? m_model->cachedRow(current.row()) : std::nullopt;
    if (!row) {
        m_detail->showProduct(std::nullopt);
        return;
    }
    if (row->id != m_detail->productId())
        m_detail->showProduct(row);
}

void ProductsPage::updateStatus()
{
    const qint64 count = m_model->totalCount();
    const QString text
        = count < 0 ? tr("Counting products…") : tr("%n product(s)", nullptr, int(std::min<qint64>(count, INT_MAX)));
    m_status->setText(text);
    Q_EMIT statusTextChanged(text);
}

QString ProductsPage::selectedRowsText() const
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const auto& index : selected)
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList header;
    for (int c = 0; c < models::kProductColumnCount; ++c)
        header << ProductsModel::columnTitle(c);
    lines << header.join(u'\t');
    for (int r : rows) {
        const auto row = m_model->cachedRow(r);
        if (!row)
            continue; // only rows on screen can be selected, and those are loaded
        QStringList fields;
        for (int c = 0; c < models::kProductColumnCount; ++c)
            fields << models::productCellText(*row, c).replace(u'\t', u' ').replace(u'\n', u' ');
        lines << fields.join(u'\t');
    }
    return lines.size() > 1 ? lines.join(u'\n') + u'\n' : QString();
}

void ProductsPage::copySelection()
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ProductsPage::askExportPath()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("products") + u".csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export products"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void ProductsPage::exportCsv(const QString& path)
{
    if (m_exporter->isRunning()) {
        m_banner->showWarning(tr("An export is already running."));
        return;
    }
    QStringList headers;
    for (int c = 0; c < models::kProductColumnCount; ++c)
        headers << ProductsModel::columnTitle(c);
    const auto query = m_model->query();
    const auto dialect = m_database.dialect();
    m_exporter->start(
        tr("Exporting products"), m_model->totalCount(),
        [query, dialect, headers, path](
            const QSqlDatabase& db, const std::atomic<bool>& cancel, const std::function<void(qint64)>& progress) {
            return models::exportProductsCsv(db, dialect, query, headers, path, cancel, progress);
        },
        [this, path](const Result<qint64>& result) {
            if (result) {
                Q_EMIT exportFinished(true, tr("Exported %n product(s) to %1.", nullptr, int(*result)).arg(path));
            } else {
                if (result.error().code != ErrorCode::Cancelled)
                    m_banner->showError(result.error());
                Q_EMIT exportFinished(false, result.error().message);
            }
        });
}

QByteArray ProductsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_table->horizontalHeader()->saveState() << m_splitter->saveState() << qint32(models::kProductColumnCount);
    return state;
}

void ProductsPage::restoreState(const QByteArray& state)
{
    QDataStream in(state);
    QByteArray header, splitter;
    in >> header >> splitter;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    // A layout saved with other columns (older versions had no Sellable) would put widths and the sort on the
    // wrong sections: keep the defaults then.
    qint32 columns = 0;
    in >> columns;
    if (in.status() != QDataStream::Ok || columns != models::kProductColumnCount)
        return;
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace md::ui
