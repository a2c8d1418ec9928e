#include "productfixture.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace md::test {

const QStringList& ProductFixture::brands()
{
    static const QStringList list { u"Gucci"_s, u"Prada"_s, u"Moncler"_s, u"Stone Island"_s, u"Valentino"_s, u"Fendi"_s,
        u"Balenciaga"_s, u"Bottega Veneta"_s };
    return list;
}

const QStringList& ProductFixture::categories()
{
    static const QStringList list { u"가방/토트백"_s, u"의류/코트"_s, u"신발/스니커즈"_s, u"액세서리/벨트"_s,
        u"의류/니트"_s };
    return list;
}

bool ProductFixture::insertProducts(const QSqlDatabase& db, int count, int first)
{
    db::Transaction tx(db);
    if (auto s = tx.begin(); !s) {
        qWarning("%s", qPrintable(s.error().toString()));
        return false;
    }
    const QString insertProduct
        = u"INSERT INTO product (platform, seller_id, product_id, sku, brand, supplier_category, "
          "category, sale_name, product_name, price, cost, currency, feed_visible, hidden_reason, "
          "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s;
    for (int i = first; i < first + count; ++i) {
        const bool gnb = i % 10 != 0;
        const QString brand = i % 50 == 49 ? QString() : brands().at(i % brands().size());
        const QString code = u"MD%1"_s.arg(i, 6, 10, QChar(u'0'));
        const bool unmapped = i % 4 == 1;
        auto id = db::scalar(db, insertProduct,
            { gnb ? u"gnb"_s : u"cafe24"_s, gnb ? u"gnb"_s : u"shop1"_s, code, code,
                brand.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(brand), u"Borse"_s,
                unmapped ? QVariant(QMetaType(QMetaType::QString)) : QVariant(categories().at(i % 5)),
                u"%1 상품 %2"_s.arg(brand, QString::number(i)), u"managed %1"_s.arg(i),
                1000.0 * (i % 97) + 0.5 * (i % 2), 800.0 * (i % 97), gnb ? u"EUR"_s : u"KRW"_s, i % 2 == 0,
                unmapped ? QVariant(u"unmapped"_s) : QVariant(QMetaType(QMetaType::QString)),
                u"2026-01-%1T10:00:00Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0')) });
        if (!id) {
            qWarning("%s", qPrintable(id.error().toString()));
            return false;
        }
        if (i % 25 != 0)
            continue;
        for (int v = 1; v <= 3; ++v) {
            auto stockId = db::scalar(db,
                u"INSERT INTO product_stock (product_id, variant_key, colour, colour_code, size, quantity, price, "
                u"cost, "
                "currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                { id->toLongLong(), u"V%1-%2"_s.arg(i, 6, 10, QChar(u'0')).arg(v), u"NERO"_s, u"1000"_s,
                    QString::number(38 + v), v * 2, 100.0 * v, 80.0 * v, u"EUR"_s });
            if (!stockId) {
                qWarning("%s", qPrintable(stockId.error().toString()));
                return false;
            }
            auto gnbRow = db::exec(db,
                u"INSERT INTO product_stock_gnb (product_stock_id, variant_code, list_price, net_price, currency, "
                u"images) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                { stockId->toLongLong(), u"V%1-%2"_s.arg(i, 6, 10, QChar(u'0')).arg(v), 150.0 * v, 90.0 * v, u"EUR"_s,
                    u"https://img.example.invalid/%1/1.jpg http://img.example.invalid/%1/2.jpg"_s.arg(i) });
            if (!gnbRow) {
                qWarning("%s", qPrintable(gnbRow.error().toString()));
                return false;
            }
        }
    }
    if (auto s = tx.commit(); !s) {
        qWarning("%s", qPrintable(s.error().toString()));
        return false;
    }
    return true;
}

bool ProductFixture::insertNastyProduct(const QSqlDatabase& db, const QString& name)
{
    auto r = db::exec(db,
        u"INSERT INTO product (platform, seller_id, product_id, brand, sale_name, product_name, feed_visible) "
        "VALUES ('gnb', 'gnb', 'NASTY-1', 'Nasty', ?, ?, TRUE)"_s,
        { name, name });
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return bool(r);
}

namespace {
bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL"_s;
}

template<typename T> bool ok(const Result<T>& r)
{
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    return bool(r);
}
} // namespace

bool ProductFixture::insertOrderLine(const QSqlDatabase& db, const QString& variantCode, const QString& status, int qty,
    bool linked, const QDateTime& sentAt)
{
    const auto n = db::scalar(db, u"SELECT count(*) + 1 FROM orders"_s);
    if (!ok(n))
        return false;
    const QString orderNo = u"SO-%1"_s.arg(n->toLongLong());
    const auto order = db::scalar(db,
        u"INSERT INTO orders (platform, order_no, status) VALUES ('cafe24', ?, 'paid') RETURNING id"_s, { orderNo });
    if (!ok(order))
        return false;
    QVariant stockId(QMetaType::fromType<qint64>());
    if (linked) {
        const auto id = db::scalar(
            db, u"SELECT product_stock_id FROM product_stock_gnb WHERE variant_code = ?"_s, { variantCode });
        if (!ok(id))
            return false;
        stockId = *id;
    }
    const auto line = db::scalar(db,
        u"INSERT INTO order_items (order_id, line_no, status, variant_code, product_stock_id, qty, product_name) "
        "VALUES (?, '1', ?, ?, ?, ?, 'bag') RETURNING id"_s,
        { *order, status, variantCode, stockId, qty });
    if (!ok(line) || !sentAt.isValid())
        return bool(line);
    const auto dialect = isPostgres(db) ? db::Dialect::Postgres : db::Dialect::Sqlite;
    const auto supplierOrder = db::scalar(db,
        u"INSERT INTO supplier_order (supplier, reference, order_number, status, sent_at) "
        "VALUES ('gnb', ?, ?, 'sent', ?) RETURNING id"_s,
        { orderNo, orderNo, jobs::DbClock::bindValue(dialect, sentAt) });
    if (!ok(supplierOrder))
        return false;
    return ok(db::exec(db,
        u"INSERT INTO supplier_order_line (supplier_order_id, order_item_id, variant_code, qty) VALUES (?, ?, ?, ?)"_s,
        { *supplierOrder, *line, variantCode, qty }));
}

bool ProductFixture::setFeedRow(
    const QSqlDatabase& db, const QString& variantCode, const QDateTime& modified, int quantity)
{
    // The crawl stores UltimaModifica as a timestamp on PostgreSQL and as ISO text on SQLite.
    const QVariant time
        = isPostgres(db) ? QVariant(modified.toUTC()) : QVariant(modified.toUTC().toString(Qt::ISODate));
    if (!ok(db::exec(db, u"UPDATE product_stock_gnb SET supplier_modified_at = ? WHERE variant_code = ?"_s,
            { time, variantCode })))
        return false;
    if (quantity < 0)
        return true;
    return ok(db::exec(db,
        u"UPDATE product_stock SET quantity = ? WHERE id = (SELECT product_stock_id FROM product_stock_gnb "
        "WHERE variant_code = ?)"_s,
        { quantity, variantCode }));
}

} // namespace md::test
