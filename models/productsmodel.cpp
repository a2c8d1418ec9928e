#include "models/productsmodel.h"

#include "models/dbworker.h"
#include "models/moneyformat.h"
#include "models/reservedstock.h"

#include <QFont>
#include <QLocale>
#include <QThread>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
constexpr int kMaxWantedPages = 6; // what a fast scroll leaves behind is not worth fetching

bool isNumeric(int column)
{
    switch (static_cast<ProductColumn>(column)) {
    case ProductColumn::Variants:
    case ProductColumn::Stock:
    case ProductColumn::Sellable:
    case ProductColumn::Price:
    case ProductColumn::Cost:
        return true;
    default:
        return false;
    }
}
} // namespace

ProductsModel::ProductsModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_pageWorker(std::make_unique<DbWorker>(database, u"md-products-pages"_s))
    , m_countWorker(std::make_unique<DbWorker>(database, u"md-products-count"_s))
{
    restart();
}

ProductsModel::~ProductsModel()
{
    // Skip whatever is still queued, then stop the threads (unique_ptr members go first).
    m_current->store(0);
}

int ProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int ProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kProductColumnCount;
}

QString ProductsModel::columnTitle(int column)
{
    switch (static_cast<ProductColumn>(column)) {
    case ProductColumn::Code:
        return tr("Code");
    case ProductColumn::Brand:
        return tr("Brand");
    case ProductColumn::Category:
        return tr("Category");
    case ProductColumn::SaleName:
        return tr("Sale name");
    case ProductColumn::ProductName:
        return tr("Managed name");
    case ProductColumn::Platform:
        return tr("Platform");
    case ProductColumn::Variants:
        return tr("Variants");
    case ProductColumn::Stock:
        return tr("Stock");
    case ProductColumn::Sellable:
        return tr("Sellable");
    case ProductColumn::Price:
        return tr("Price");
    case ProductColumn::Cost:
        return tr("Cost");
    case ProductColumn::Visible:
        return tr("Visible");
    case ProductColumn::Updated:
        return tr("Updated");
    case ProductColumn::Count:
        break;
    }
    return {};
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kProductColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == int(ProductColumn::Sellable))
        return tr("Stock minus what open orders at G&B hold that the feed does not show yet. "
                  "Worked out for the rows shown, so the table cannot be sorted by it.");
    if (role == Qt::FontRole && !isSortableProductColumn(section)) {
        QFont font; // italic: a column that does not sort when clicked
        font.setItalic(true);
        return font;
    }
    if (role == SortableRole)
        return isSortableProductColumn(section);
    return {};
}

QVariant ProductsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductRow* cached = m_cache.row(index.row());
    if (!cached) {
        if (!m_cache.hasPage(index.row() / kPageSize))
            requestPage(index.row() / kPageSize);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    const ProductRow& row = *cached;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<ProductColumn>(column)) {
        case ProductColumn::Variants:
            return QLocale().toString(row.variants);
        case ProductColumn::Stock:
            return QLocale().toString(row.stock);
        case ProductColumn::Sellable:
            return QLocale().toString(row.sellable);
        case ProductColumn::Price:
            return formatMoney(row.price, row.currency);
        case ProductColumn::Cost:
            return formatMoney(row.cost, row.currency);
        case ProductColumn::Visible:
            if (row.visible)
                return tr("Visible");
            return row.hiddenReason == u"unmapped"_s ? tr("Unmapped") : tr("Hidden");
        case ProductColumn::Updated:
            return QLocale().toString(row.updated.toLocalTime(), QLocale::ShortFormat);
        default:
            return productCellText(row, column);
        }
    case Qt::ToolTipRole:
        if ((column == int(ProductColumn::Sellable) || column == int(ProductColumn::Stock)) && row.sellable < row.stock)
            return tr("%n reserved by open orders", nullptr, int(std::min<qint64>(row.stock - row.sellable, INT_MAX)));
        if (column == int(ProductColumn::Visible) && !row.visible && !row.hiddenReason.isEmpty())
            return tr("Hidden: %1").arg(row.hiddenReason);
        if (column == int(ProductColumn::Category) && !row.supplierCategory.isEmpty())
            return tr("Supplier category: %1").arg(row.supplierCategory);
        return {};
    case Qt::BackgroundRole:
        if (row.sellable < row.stock)
            return reservedStockBrush();
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    case LoadedRole:
        return true;
    case CurrencyRole:
        return row.currency;
    case HiddenReasonRole:
        return row.hiddenReason;
    default:
        return {};
    }
}

void ProductsModel::sort(int column, Qt::SortOrder order)
{
    if (column >= kProductColumnCount || !isSortableProductColumn(column))
        return;
    if (m_query.sortColumn == column && m_query.order == order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    restart();
}

void ProductsModel::setFilter(const ProductFilter& filter)
{
    if (m_query.filter == filter)
        return;
    m_query.filter = filter;
    restart();
}

void ProductsModel::refresh()
{
    restart();
}

std::optional<ProductRow> ProductsModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_shownRows)
        return std::nullopt;
    const ProductRow* cached = m_cache.peek(row);
    return cached ? std::optional<ProductRow>(*cached) : std::nullopt;
}

void ProductsModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_current->store(m_generation);
    m_cache.clear();
    m_wanted.clear();
    m_count = -1;
    m_shownRows = 0;
    m_failed = false;
    m_inFlight = false; // a fetch of the old generation may still run; its result will be dropped
    endResetModel();

    const quint64 generation = m_generation;
    const ProductQuery query = m_query;
    auto current = m_current;
    auto delay = m_testDelay;
    m_countWorker->post([this, generation, query, current, delay](const Result<QSqlDatabase>& db) {
        if (current->load() != generation) {
            QMetaObject::invokeMethod(
                this, [this] { ++m_dropped; }, Qt::QueuedConnection);
            return;
        }
        if (const int ms = delay->load())
            QThread::msleep(ms);
        if (!db) {
            QMetaObject::invokeMethod(
                this, [this, generation, e = db.error()] { onCount(generation, e); }, Qt::QueuedConnection);
            return;
        }
        const auto dialect = m_database.dialect();
        auto count = countProducts(*db, dialect, query.filter);
        QMetaObject::invokeMethod(
            this, [this, generation, count] { onCount(generation, count); }, Qt::QueuedConnection);
        // Bookmarks make a jump into the middle of a long result a short keyset step instead of a long OFFSET.
        // A text filter's matches are collected anew for every page anyway, so there they would gain nothing.
        if (!count || *count <= 2 * kBookmarkEvery || current->load() != generation
            || !query.filter.text.trimmed().isEmpty())
            return;
        auto marks = fetchBookmarks(*db, dialect, query, kBookmarkEvery);
        if (marks)
            QMetaObject::invokeMethod(
                this, [this, generation, m = *marks] { onBookmarks(generation, m); }, Qt::QueuedConnection);
    });
    requestPage(0);
    updateLoading();
}

void ProductsModel::requestPage(int page) const
{
    m_wanted.removeAll(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWantedPages)
        m_wanted.removeFirst();
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    // data() is const and may be called while the view paints: start the fetch from the event loop instead.
    auto* self = const_cast<ProductsModel*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->pump(); }, Qt::QueuedConnection);
}

void ProductsModel::pump()
{
    m_pumpQueued = false;
    if (m_inFlight || m_failed) // after an error, wait for refresh() rather than retrying on every paint
        return;
    while (!m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_cache.hasPage(page))
            continue;
        if (page > 0 && (m_count < 0 ? page * kPageSize >= m_shownRows : page * qint64(kPageSize) >= m_count))
            continue;
        m_inFlight = true;
        const quint64 generation = m_generation;
        const ProductQuery query = m_query;
        const PagePlan plan = m_cache.plan(page, m_count);
        auto current = m_current;
        auto delay = m_testDelay;
        m_pageWorker->post([this, generation, page, query, plan, current, delay](const Result<QSqlDatabase>& db) {
            Result<QList<ProductRow>> rows = QList<ProductRow>();
            if (current->load() != generation) {
                rows = Error { ErrorCode::Cancelled, {}, {} };
            } else {
                if (const int ms = delay->load())
                    QThread::msleep(ms);
                if (db)
                    rows = fetchProductPage(*db, m_database.dialect(), query, plan);
                else
                    rows = db.error();
            }
            QMetaObject::invokeMethod(
                this, [this, generation, page, rows] { onPage(generation, page, rows); }, Qt::QueuedConnection);
        });
        break;
    }
    updateLoading();
}

void ProductsModel::onPage(quint64 generation, int page, const Result<QList<ProductRow>>& rows)
{
    if (generation != m_generation) {
        ++m_dropped;
        return;
    }
    m_inFlight = false;
    if (!rows) {
        if (rows.error().code != ErrorCode::Cancelled) {
            m_failed = true;
            Q_EMIT errorOccurred(rows.error());
        }
        updateLoading();
        return;
    }
    m_cache.insert(page, *rows);
    if (m_count < 0 && page == 0) {
        // Show the first page before the count arrives; a short first page is the whole result.
        if (rows->size() < kPageSize) {
            m_count = rows->size();
            setShownRows(m_count);
            Q_EMIT countChanged(m_count);
        } else {
            setShownRows(std::max<qint64>(m_shownRows, rows->size()));
        }
    }
    const int first = page * kPageSize;
    const int last = std::min(first + int(rows->size()), m_shownRows) - 1;
    if (last >= first) {
        Q_EMIT dataChanged(index(first, 0), index(last, kProductColumnCount - 1));
        Q_EMIT pageLoaded(first, last);
    }
    pump();
}

void ProductsModel::onCount(quint64 generation, const Result<qint64>& count)
{
    if (generation != m_generation) {
        ++m_dropped;
        return;
    }
    if (!count) {
        m_failed = true;
        Q_EMIT errorOccurred(count.error());
        updateLoading();
        return;
    }
    m_count = *count;
    setShownRows(m_count);
    Q_EMIT countChanged(m_count);
    updateLoading();
}

void ProductsModel::onBookmarks(quint64 generation, QList<Bookmark> bookmarks)
{
    if (generation != m_generation) {
        ++m_dropped;
        return;
    }
    m_cache.setBookmarks(std::move(bookmarks));
}

void ProductsModel::setShownRows(qint64 rows)
{
    const int target = int(std::min<qint64>(rows, std::numeric_limits<int>::max()));
    if (target > m_shownRows) {
        beginInsertRows({}, m_shownRows, target - 1);
        m_shownRows = target;
        endInsertRows();
    } else if (target < m_shownRows) {
        beginRemoveRows({}, target, m_shownRows - 1);
        m_shownRows = target;
        endRemoveRows();
    }
}

void ProductsModel::updateLoading()
{
    const bool loading = !m_failed && (m_inFlight || m_count < 0);
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ProductsModel::requestFacets()
{
    m_countWorker->post([this](const Result<QSqlDatabase>& db) {
        if (!db) {
            QMetaObject::invokeMethod(
                this, [this, e = db.error()] { Q_EMIT errorOccurred(e); }, Qt::QueuedConnection);
            return;
        }
        auto facets = fetchProductFacets(*db);
        QMetaObject::invokeMethod(
            this,
            [this, facets] {
                if (facets)
                    Q_EMIT facetsLoaded(*facets);
                else
                    Q_EMIT errorOccurred(facets.error());
            },
            Qt::QueuedConnection);
    });
}

} // namespace md::models
