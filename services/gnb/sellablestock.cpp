#include "services/gnb/sellablestock.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
constexpr qsizetype kChunk = 500;

Status readInto(
    QHash<qint64, SellableQuantity>& out, const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    auto q = db::exec(db, sql, binds);
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toLongLong(),
            SellableQuantity { q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong() });
    return {};
}
} // namespace

SellableStock::SellableStock(db::Database database)
    : m_database(std::move(database))
{
}

Result<QHash<qint64, SellableQuantity>> SellableStock::forProducts(const QList<qint64>& productIds) const
{
    QHash<qint64, SellableQuantity> out;
    if (productIds.isEmpty())
        return out;
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    for (qsizetype i = 0; i < productIds.size(); i += kChunk) {
        const auto chunk = productIds.mid(i, kChunk);
        QVariantList binds;
        for (const qint64 id : chunk)
            binds << id;
        if (auto s = readInto(out, *conn,
                u"SELECT product_id, SUM(feed_quantity), SUM(reserved), SUM(sellable) FROM sellable_stock "
                "WHERE product_id IN (%1) GROUP BY product_id"_s.arg(db::placeholders(chunk.size())),
                binds);
            !s)
            return s.error();
    }
    return out;
}

Result<QHash<qint64, SellableQuantity>> SellableStock::forVariantsOf(qint64 productId) const
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    QHash<qint64, SellableQuantity> out;
    if (auto s = readInto(out, *conn,
            u"SELECT product_stock_id, feed_quantity, reserved, sellable FROM sellable_stock WHERE product_id = ?"_s,
            { productId });
        !s)
        return s.error();
    return out;
}

} // namespace md::gnb
