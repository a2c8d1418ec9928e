#include "services/marketplaces/common/orderrepository.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/writetransaction.h"
#include "services/marketplaces/common/orderstatusmap.h"
#include "services/marketplaces/common/rowbatch.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

namespace {
QVariant text(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QVariant money(const std::optional<Cents>& c)
{
    return c ? QVariant(centsToDecimal(*c)) : QVariant(QMetaType::fromType<QString>());
}
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct ExistingLine {
    qint64 id = 0;
    QString status;
    QString data;
};
struct ExistingOrder {
    qint64 id = 0;
    QString status;
    QString data;
    QHash<QString, ExistingLine> lines;
};

const QStringList kOrderColumns { u"status"_s, u"order_date"_s, u"payment_date"_s, u"buyer_name"_s, u"receiver_name"_s,
    u"receiver_phone"_s, u"receiver_address"_s, u"receiver_zip"_s, u"country"_s, u"total_amount"_s, u"currency"_s,
    u"data"_s };
const QStringList kOrderTypes { u"text"_s, u"ts"_s, u"ts"_s, u"text"_s, u"text"_s, u"text"_s, u"text"_s, u"text"_s,
    u"text"_s, u"money"_s, u"text"_s, u"text"_s };
const QStringList kLineColumns { u"status"_s, u"product_ref"_s, u"sku"_s, u"variant_code"_s, u"product_name"_s,
    u"option_text"_s, u"qty"_s, u"unit_price"_s, u"discount"_s, u"total"_s, u"currency"_s, u"data"_s };
const QStringList kLineTypes { u"text"_s, u"text"_s, u"text"_s, u"text"_s, u"text"_s, u"text"_s, u"int"_s, u"money"_s,
    u"money"_s, u"money"_s, u"text"_s, u"text"_s };
} // namespace

UpsertCounts& UpsertCounts::operator+=(const UpsertCounts& o)
{
    orders += o.orders;
    lines += o.lines;
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    linesInserted += o.linesInserted;
    linesUpdated += o.linesUpdated;
    statusChanges += o.statusChanges;
    return *this;
}

QJsonObject UpsertCounts::toJson() const
{
    return { { u"orders"_s, orders }, { u"lines"_s, lines }, { u"inserted"_s, inserted }, { u"updated"_s, updated },
        { u"unchanged"_s, unchanged }, { u"lines_inserted"_s, linesInserted }, { u"lines_updated"_s, linesUpdated },
        { u"status_changes"_s, statusChanges } };
}

OrderRepository::OrderRepository(db::Database database, QString platform, qint64 accountId)
    : m_db(std::move(database))
    , m_platform(std::move(platform))
    , m_accountId(accountId)
{
}

Result<UpsertCounts> OrderRepository::upsert(const QList<Order>& orders)
{
    // Last occurrence of an order number wins, in first-seen order.
    QHash<QString, qsizetype> lastIndex;
    QList<QString> sequence;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        if (!lastIndex.contains(orders[i].orderNo))
            sequence << orders[i].orderNo;
        lastIndex.insert(orders[i].orderNo, i);
    }
    auto db = m_db.connection();
    if (!db)
        return db.error();
    jobs::WriteTransaction tx(*db);
    if (auto s = tx.begin(); !s)
        return s.error();
    UpsertCounts counts;
    QList<const Order*> chunk;
    for (const QString& no : sequence) {
        chunk << &orders[lastIndex.value(no)];
        if (chunk.size() == chunkSize) {
            if (auto s = upsertChunk(*db, chunk, counts); !s)
                return s.error();
            chunk.clear();
        }
    }
    if (!chunk.isEmpty()) {
        if (auto s = upsertChunk(*db, chunk, counts); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return counts;
}

Status OrderRepository::upsertChunk(const QSqlDatabase& db, const QList<const Order*>& orders, UpsertCounts& counts)
{
    const db::Dialect dialect = m_db.dialect();
    auto ts = [dialect](const QDateTime& t) {
        return t.isValid() ? jobs::DbClock::bindValue(dialect, t) : QVariant(QMetaType::fromType<QString>());
    };
    const QString now = jobs::DbClock::now(dialect);

    // 1. What exists: one query for the orders, one for their lines.
    QVariantList keys { m_platform };
    for (const Order* o : orders)
        keys << o->orderNo;
    const QString in = db::placeholders(orders.size());
    QHash<QString, ExistingOrder> existing;
    {
        auto q = db::exec(db,
            u"SELECT id, order_no, status, data FROM orders WHERE platform = ? AND order_no IN ("_s + in + u')', keys);
        if (!q)
            return q.error();
        while (q->next())
            existing.insert(q->value(1).toString(),
                { q->value(0).toLongLong(), q->value(2).toString(), q->value(3).toString(), {} });
    }
    if (!existing.isEmpty()) {
        QHash<qint64, QString> byId;
        for (auto it = existing.cbegin(); it != existing.cend(); ++it)
            byId.insert(it->id, it.key());
        auto q = db::exec(db,
            u"SELECT i.id, i.order_id, i.line_no, i.status, i.data FROM order_items i JOIN orders o ON o.id = "
            u"i.order_id WHERE o.platform = ? AND o.order_no IN ("_s
                + in + u')',
            keys);
        if (!q)
            return q.error();
        while (q->next()) {
            auto& order = existing[byId.value(q->value(1).toLongLong())];
            order.lines.insert(
                q->value(2).toString(), { q->value(0).toLongLong(), q->value(3).toString(), q->value(4).toString() });
        }
    }

    // Statuses as they will be stored: the internal workflow's states survive a platform status that is not further
    // along, and the order's status follows its stored lines.
    QHash<const OrderLine*, QString> lineStatus;
    QHash<const Order*, QString> orderStatus;
    for (const Order* o : orders) {
        const auto found = existing.constFind(o->orderNo);
        QList<QString> statuses;
        for (const OrderLine& l : o->lines) {
            QString status = l.status;
            if (found != existing.cend()) {
                if (const auto oi = found->lines.constFind(l.lineNo); oi != found->lines.cend())
                    status = mergeLineStatus(oi->status, l.status);
            }
            lineStatus.insert(&l, status);
            statuses << status;
        }
        orderStatus.insert(o, o->lines.isEmpty() ? o->status : aggregateOrderStatus(statuses));
    }

    // 2. Orders: insert the new, update the changed.
    auto orderValues = [&](const Order& o) {
        return QVariantList { orderStatus.value(&o), ts(o.orderDate), ts(o.paymentDate), text(o.buyerName),
            text(o.receiverName), text(o.receiverPhone), text(o.receiverAddress), text(o.receiverZip), text(o.country),
            money(o.totalAmount), text(o.currency), json(o.data) };
    };
    QList<QVariantList> inserts;
    QList<QVariantList> updates;
    QHash<QString, qint64> orderIds;
    QSet<QString> changedOrders;
    for (const Order* o : orders) {
        const auto it = existing.constFind(o->orderNo);
        if (it == existing.cend()) {
            inserts << (QVariantList { m_platform,
                            m_accountId > 0 ? QVariant(m_accountId) : QVariant(QMetaType::fromType<qint64>()),
                            o->orderNo }
                + orderValues(*o));
            continue;
        }
        orderIds.insert(o->orderNo, it->id);
        if (it->status != orderStatus.value(o) || it->data != json(o->data)) {
            updates << (QVariantList { it->id } + orderValues(*o));
            changedOrders.insert(o->orderNo);
        }
    }
    RowBatch batch(db, dialect);
    auto inserted
        = batch.insert(u"orders"_s, QStringList { u"platform"_s, u"account_id"_s, u"order_no"_s } + kOrderColumns,
            QStringList { u"text"_s, u"int"_s, u"text"_s } + kOrderTypes, inserts, u"id, order_no"_s,
            [&](const QSqlQuery& q) { orderIds.insert(q.value(1).toString(), q.value(0).toLongLong()); });
    if (!inserted)
        return inserted;
    if (auto s = batch.update(u"orders"_s, kOrderColumns, kOrderTypes, updates,
            u"version = orders.version + 1, updated_at = "_s + now + u", collected_at = "_s + now);
        !s)
        return s;

    // 3. Lines, and a history row for every new line and every status change.
    QList<QVariantList> lineInserts;
    QList<QVariantList> lineUpdates;
    QList<QVariantList> history;
    for (const Order* o : orders) {
        const qint64 orderId = orderIds.value(o->orderNo);
        const auto found = existing.constFind(o->orderNo);
        QHash<QString, const OrderLine*> lines;
        for (const OrderLine& l : o->lines)
            lines.insert(l.lineNo, &l);
        bool changed = changedOrders.contains(o->orderNo);
        for (auto li = lines.cbegin(); li != lines.cend(); ++li) {
            const OrderLine& l = **li;
            const QString status = lineStatus.value(&l);
            const QVariantList values { status, text(l.productRef), text(l.sku), text(l.variantCode),
                text(l.productName), text(l.optionText), l.qty, money(l.unitPrice), money(l.discount), money(l.total),
                text(l.currency), json(l.data) };
            const ExistingLine* old = nullptr;
            if (found != existing.cend()) {
                const auto oi = found->lines.constFind(l.lineNo);
                if (oi != found->lines.cend())
                    old = &*oi;
            }
            if (!old) {
                lineInserts << (QVariantList { orderId, l.lineNo } + values);
                changed = true;
                continue;
            }
            if (old->status != status || old->data != json(l.data)) {
                lineUpdates << (QVariantList { old->id } + values);
                changed = true;
                if (old->status != status)
                    history << QVariantList { old->id, old->status, status, m_platform };
            }
        }
        counts.orders += 1;
        counts.lines += int(lines.size());
        if (found == existing.cend())
            counts.inserted += 1;
        else if (changed)
            counts.updated += 1;
        else
            counts.unchanged += 1;
    }
    if (auto s = batch.insert(u"order_items"_s, QStringList { u"order_id"_s, u"line_no"_s } + kLineColumns,
            QStringList { u"int"_s, u"text"_s } + kLineTypes, lineInserts, u"id, status"_s,
            [&](const QSqlQuery& q) {
                history << QVariantList { q.value(0).toLongLong(), QVariant(QMetaType::fromType<QString>()),
                    q.value(1).toString(), m_platform };
            });
        !s)
        return s;
    if (auto s = batch.update(u"order_items"_s, kLineColumns, kLineTypes, lineUpdates,
            u"version = order_items.version + 1, updated_at = "_s + now);
        !s)
        return s;
    if (auto s
        = batch.insert(u"order_status_history"_s, { u"order_item_id"_s, u"old_status"_s, u"new_status"_s, u"source"_s },
            { u"int"_s, u"text"_s, u"text"_s, u"text"_s }, history, {}, {});
        !s)
        return s;
    counts.linesInserted += int(lineInserts.size());
    counts.linesUpdated += int(lineUpdates.size());
    counts.statusChanges += int(history.size());
    return {};
}

} // namespace md::marketplaces
