#include "models/ordersmodel.h"

#include "models/dbworker.h"
#include "models/moneyformat.h"

#include <QLocale>
#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
constexpr int kMaxWantedPages = 6;

bool isNumeric(int column)
{
    return column == int(OrderColumn::Lines) || column == int(OrderColumn::Total);
}
} // namespace

OrdersModel::OrdersModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_pageWorker(std::make_unique<DbWorker>(database, u"md-orders-pages"_s))
    , m_countWorker(std::make_unique<DbWorker>(database, u"md-orders-count"_s))
{
    qRegisterMetaType<OrderFacets>();
    restart();
}

OrdersModel::~OrdersModel()
{
    m_current->store(0);
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shownRows;
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kOrderColumnCount;
}

QString OrdersModel::columnTitle(int column)
{
    switch (static_cast<OrderColumn>(column)) {
    case OrderColumn::OrderDate:
        return tr("Ordered");
    case OrderColumn::Platform:
        return tr("Platform");
    case OrderColumn::Account:
        return tr("Account");
    case OrderColumn::OrderNo:
        return tr("Order no.");
    case OrderColumn::Status:
        return tr("Status");
    case OrderColumn::Buyer:
        return tr("Buyer");
    case OrderColumn::Receiver:
        return tr("Receiver");
    case OrderColumn::Lines:
        return tr("Lines");
    case OrderColumn::Total:
        return tr("Total");
    case OrderColumn::Count:
        break;
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kOrderColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int page = index.row() / kPageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.cend() || index.row() - page * kPageSize >= it->size()) {
        if (it == m_pages.cend())
            requestPage(page);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    const OrderRow& row = it->at(index.row() - page * kPageSize);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<OrderColumn>(column)) {
        case OrderColumn::OrderDate:
            return QLocale().toString(row.orderDate.toTimeZone(businessTimeZone()), QLocale::ShortFormat);
        case OrderColumn::Lines:
            return QLocale().toString(row.lines);
        case OrderColumn::Total:
            return formatMoney(row.total, row.currency);
        default:
            return orderCellText(row, column);
        }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    case LoadedRole:
        return true;
    case PlatformRole:
        return row.platform;
    case StatusRole:
        return row.status;
    default:
        return {};
    }
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= kOrderColumnCount)
        return;
    if (m_query.sortColumn == column && m_query.order == order)
        return;
    m_query.sortColumn = column;
    m_query.order = order;
    restart();
}

void OrdersModel::setFilter(const OrderFilter& filter)
{
    if (m_query.filter == filter)
        return;
    m_query.filter = filter;
    restart();
}

void OrdersModel::refresh()
{
    restart();
}

std::optional<OrderRow> OrdersModel::cachedRow(int row) const
{
    if (row < 0 || row >= m_shownRows)
        return std::nullopt;
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.cend() || row % kPageSize >= it->size())
        return std::nullopt;
    return it->at(row % kPageSize);
}

void OrdersModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_current->store(m_generation);
    m_pages.clear();
    m_wanted.clear();
    m_count = -1;
    m_shownRows = 0;
    m_failed = false;
    m_inFlight = false; // a fetch of the old generation may still run; its answer is dropped
    endResetModel();

    const quint64 generation = m_generation;
    const OrderFilter filter = m_query.filter;
    auto current = m_current;
    auto delay = m_testDelay;
    const auto dialect = m_database.dialect();
    m_countWorker->post([this, generation, filter, current, delay, dialect](const Result<QSqlDatabase>& db) {
        Result<qint64> count = qint64(0);
        if (current->load() != generation) {
            count = Error { ErrorCode::Cancelled, {}, {} };
        } else {
            if (const int ms = delay->load())
                QThread::msleep(ms);
            count = db ? countOrders(*db, dialect, filter) : Result<qint64>(db.error());
        }
        QMetaObject::invokeMethod(
            this, [this, generation, count] { onCount(generation, count); }, Qt::QueuedConnection);
    });
    requestPage(0);
    updateLoading();
}

void OrdersModel::requestPage(int page) const
{
    m_wanted.removeAll(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWantedPages)
        m_wanted.removeFirst();
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    // data() is const and runs while the view paints: start fetching from the event loop instead.
    auto* self = const_cast<OrdersModel*>(this);
    QMetaObject::invokeMethod(
        self, [self] { self->pump(); }, Qt::QueuedConnection);
}

void OrdersModel::pump()
{
    m_pumpQueued = false;
    if (m_inFlight || m_failed)
        return;
    while (!m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_pages.contains(page))
            continue;
        if (page > 0 && page * qint64(kPageSize) >= (m_count < 0 ? m_shownRows : m_count))
            continue;
        std::optional<KeysetAnchor> after;
        qint64 offset = qint64(page) * kPageSize;
        if (const auto prev = m_pages.constFind(page - 1); prev != m_pages.cend() && !prev->isEmpty()) {
            after = KeysetAnchor { prev->constLast().sortKey, prev->constLast().id };
            offset = 0;
        }
        m_inFlight = true;
        const quint64 generation = m_generation;
        const OrderQuery query = m_query;
        auto current = m_current;
        auto delay = m_testDelay;
        const auto dialect = m_database.dialect();
        m_pageWorker->post(
            [this, generation, page, query, after, offset, current, delay, dialect](const Result<QSqlDatabase>& db) {
                Result<QList<OrderRow>> rows = QList<OrderRow>();
                if (current->load() != generation) {
                    rows = Error { ErrorCode::Cancelled, {}, {} };
                } else {
                    if (const int ms = delay->load())
                        QThread::msleep(ms);
                    rows = db ? fetchOrderPage(*db, dialect, query, after, offset, kPageSize)
                              : Result<QList<OrderRow>>(db.error());
                }
                QMetaObject::invokeMethod(
                    this, [this, generation, page, rows] { onPage(generation, page, rows); }, Qt::QueuedConnection);
            });
        break;
    }
    updateLoading();
}

void OrdersModel::onPage(quint64 generation, int page, const Result<QList<OrderRow>>& rows)
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
    evictAround(page);
    m_pages.insert(page, *rows);
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
        Q_EMIT dataChanged(index(first, 0), index(last, kOrderColumnCount - 1));
        Q_EMIT pageLoaded(first, last);
    }
    pump();
}

void OrdersModel::evictAround(int page)
{
    while (m_pages.size() >= kMaxCachedPages) {
        // The page farthest from the one arriving goes first: the view is near the new one.
        const QList<int> keys = m_pages.keys();
        const int far = *std::max_element(
            keys.cbegin(), keys.cend(), [page](int a, int b) { return std::abs(a - page) < std::abs(b - page); });
        m_pages.remove(far);
    }
}

void OrdersModel::onCount(quint64 generation, const Result<qint64>& count)
{
    if (generation != m_generation) {
        ++m_dropped;
        return;
    }
    if (!count) {
        if (count.error().code == ErrorCode::Cancelled)
            return;
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

void OrdersModel::setShownRows(qint64 rows)
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

void OrdersModel::updateLoading()
{
    const bool loading = !m_failed && (m_inFlight || m_count < 0);
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void OrdersModel::requestFacets()
{
    m_countWorker->post([this](const Result<QSqlDatabase>& db) {
        Result<OrderFacets> facets = db ? fetchOrderFacets(*db) : Result<OrderFacets>(db.error());
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
