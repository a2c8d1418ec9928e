#include "models/orderlinesmodel.h"

#include "models/dbworker.h"
#include "models/moneyformat.h"
#include "models/orderquery.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
QVariant money(const QVariant& v)
{
    return v.isNull() ? QVariant() : QVariant(v.toDouble());
}
} // namespace

Result<OrderDetail> fetchOrderDetail(const QSqlDatabase& db, qint64 orderId)
{
    OrderDetail detail;
    auto lines = db::exec(db,
        u"SELECT i.line_no, i.status, COALESCE(i.product_ref, ''), COALESCE(i.sku, ''), COALESCE(i.variant_code, ''), "
        u"COALESCE(i.product_name, ''), COALESCE(i.option_text, ''), i.qty, i.unit_price, i.total, "
        u"COALESCE(i.currency, o.currency, '') FROM order_items i JOIN orders o ON o.id = i.order_id "
        u"WHERE i.order_id = ? ORDER BY i.line_no, i.id"_s,
        { orderId });
    if (!lines)
        return lines.error();
    while (lines->next()) {
        const QSqlQuery& q = *lines;
        detail.lines.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toInt(), money(q.value(8)), money(q.value(9)), q.value(10).toString() });
    }
    auto history = db::exec(db,
        u"SELECT h.changed_at, i.line_no, COALESCE(h.old_status, ''), h.new_status, h.source "
        u"FROM order_status_history h JOIN order_items i ON i.id = h.order_item_id "
        u"WHERE i.order_id = ? ORDER BY h.changed_at, h.id"_s,
        { orderId });
    if (!history)
        return history.error();
    while (history->next()) {
        const QSqlQuery& q = *history;
        detail.history.append({ jobs::DbClock::toDateTime(q.value(0)), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() });
    }
    return detail;
}

OrderLinesModel::OrderLinesModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<DbWorker>(database, u"md-order-lines"_s))
{
}

OrderLinesModel::~OrderLinesModel() = default;

int OrderLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_detail.lines.size());
}

int OrderLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineNo:
        return tr("Line");
    case Status:
        return tr("Status");
    case Product:
        return tr("Product");
    case Option:
        return tr("Option");
    case Sku:
        return tr("SKU / variant");
    case Qty:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

QVariant OrderLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLine& line = m_detail.lines.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            index.column() >= Qty ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Product && !line.productRef.isEmpty())
        return tr("Product reference: %1").arg(line.productRef);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineNo:
        return line.lineNo;
    case Status:
        return line.status;
    case Product:
        return line.productName;
    case Option:
        return line.optionText;
    case Sku:
        return line.variantCode.isEmpty() ? line.sku : line.sku + u" / "_s + line.variantCode;
    case Qty:
        return QLocale().toString(line.qty);
    case UnitPrice:
        return formatMoney(line.unitPrice, line.currency);
    case Total:
        return formatMoney(line.total, line.currency);
    default:
        return {};
    }
}

void OrderLinesModel::setOrderId(qint64 orderId)
{
    const quint64 generation = ++m_generation;
    m_orderId = orderId;
    if (orderId <= 0) {
        apply(generation, 0, OrderDetail {});
        return;
    }
    m_worker->post([this, generation, orderId](const Result<QSqlDatabase>& db) {
        Result<OrderDetail> detail = db ? fetchOrderDetail(*db, orderId) : Result<OrderDetail>(db.error());
        QMetaObject::invokeMethod(
            this, [this, generation, orderId, detail] { apply(generation, orderId, detail); }, Qt::QueuedConnection);
    });
}

void OrderLinesModel::apply(quint64 generation, qint64 orderId, const Result<OrderDetail>& detail)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_detail = detail ? *detail : OrderDetail {};
    endResetModel();
    if (!detail)
        Q_EMIT errorOccurred(detail.error());
    Q_EMIT loaded(orderId);
}

OrderHistoryModel::OrderHistoryModel(OrderLinesModel* lines, QObject* parent)
    : QAbstractTableModel(parent)
    , m_lines(lines)
{
    connect(lines, &OrderLinesModel::loaded, this, [this] {
        beginResetModel();
        m_history = m_lines->history();
        endResetModel();
    });
}

int OrderHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int OrderHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangedAt:
        return tr("Changed");
    case LineNo:
        return tr("Line");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

QVariant OrderHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const OrderHistoryEntry& e = m_history.at(index.row());
    switch (index.column()) {
    case ChangedAt:
        return QLocale().toString(e.changedAt.toTimeZone(businessTimeZone()), QLocale::ShortFormat);
    case LineNo:
        return e.lineNo;
    case From:
        return e.oldStatus;
    case To:
        return e.newStatus;
    case Source:
        return e.source;
    default:
        return {};
    }
}

} // namespace md::models
