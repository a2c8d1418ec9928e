#include "services/db/sql.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/orderrepository.h"
#include "services/marketplaces/common/orderstatusmap.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces;
using namespace md::test;

namespace {
QList<Order> makeOrders(int n, int linesPerOrder, const QString& status = QString(marketplaces::orderstatus::Paid))
{
    QList<Order> out;
    for (int i = 0; i < n; ++i) {
        Order o;
        o.orderNo = u"P%1"_s.arg(i);
        o.status = status;
        o.orderDate = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc()).addSecs(i);
        o.buyerName = u"구매자 %1"_s.arg(i);
        o.totalAmount = 1000 * linesPerOrder;
        o.currency = u"JPY"_s;
        o.data = { { u"packNo"_s, o.orderNo } };
        for (int j = 0; j < linesPerOrder; ++j) {
            OrderLine l;
            l.lineNo = u"L%1-%2"_s.arg(i).arg(j);
            l.status = status;
            l.qty = 1;
            l.total = 1000;
            l.unitPrice = 1000;
            l.data = { { u"orderNo"_s, l.lineNo }, { u"status"_s, status } };
            o.lines << l;
        }
        out << o;
    }
    return out;
}

qint64 count(TestDatabase& t, const QString& sql)
{
    auto v = db::scalar(t.connection(), sql);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestOrderRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upsertIsIdempotent_data() { addDialectRows(); }
    void upsertIsIdempotent()
    {
        QFETCH(QByteArray, dialect);
        auto t = TestDatabase::create(dialect);
        Account a;
        a.platform = u"qoo10"_s;
        a.name = u"main"_s;
        a.sellerId = u"s1"_s;
        auto id = Accounts(t->database()).add(a);
        MD_VERIFY_OK(id);
        OrderRepository repo(t->database(), u"qoo10"_s, *id);

        QList<Order> orders = makeOrders(600, 2); // more than two chunks
        orders << orders.first(); // a duplicate in one batch: last wins, no error
        auto first = repo.upsert(orders);
        MD_VERIFY_OK(first);
        QCOMPARE(first->orders, 600);
        QCOMPARE(first->inserted, 600);
        QCOMPARE(first->linesInserted, 1200);
        QCOMPARE(first->statusChanges, 1200); // every new line starts its history
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM orders"_s), 600);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM order_items"_s), 1200);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM orders WHERE account_id IS NULL"_s), 0);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM orders WHERE total_amount = 20"_s), 600); // 2000 cents

        auto again = repo.upsert(orders);
        MD_VERIFY_OK(again);
        QCOMPARE(again->inserted, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 600);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM order_status_history"_s), 1200);
        QCOMPARE(count(*t, u"SELECT MAX(version) FROM orders"_s), 1); // nothing rewritten

        // A status change of one line, and a new line on another order.
        QList<Order> changed = makeOrders(3, 2);
        changed[0].lines[1].status = QString(marketplaces::orderstatus::Shipped);
        changed[0].lines[1].data.insert(u"status"_s, changed[0].lines[1].status);
        changed[0].status = aggregateOrderStatus({ changed[0].lines[0].status, changed[0].lines[1].status });
        OrderLine extra = changed[1].lines[0];
        extra.lineNo = u"L1-9"_s;
        changed[1].lines << extra;
        auto third = repo.upsert(changed);
        MD_VERIFY_OK(third);
        QCOMPARE(third->inserted, 0);
        QCOMPARE(third->updated, 2);
        QCOMPARE(third->unchanged, 1);
        QCOMPARE(third->linesUpdated, 1);
        QCOMPARE(third->linesInserted, 1);
        QCOMPARE(third->statusChanges, 2);
        QCOMPARE(count(*t,
                     u"SELECT COUNT(*) FROM order_status_history h JOIN order_items i ON i.id = h.order_item_id "
                     u"WHERE i.line_no = 'L0-1' AND h.old_status = 'paid' AND h.new_status = 'shipped'"_s),
            1);
        QCOMPARE(count(*t, u"SELECT version FROM order_items WHERE line_no = 'L0-1'"_s), 2);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM order_items"_s), 1201);

        // A line our staff moved to overseas_order_checking keeps it while the platform still says "paid",
        // and follows the platform once it ships.
        MD_VERIFY_OK(db::exec(t->connection(),
            u"UPDATE order_items SET status = 'overseas_order_checking' WHERE line_no IN ('L2-0', 'L2-1')"_s));
        QList<Order> third3 = makeOrders(3, 2);
        third3[2].data.insert(u"note"_s, u"changed"_s);
        auto kept = repo.upsert({ third3[2] });
        MD_VERIFY_OK(kept);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM order_items WHERE status = 'overseas_order_checking'"_s), 2);
        QCOMPARE(
            count(*t, u"SELECT COUNT(*) FROM orders WHERE order_no = 'P2' AND status = 'overseas_order_checking'"_s),
            1);
        QList<Order> shipped = makeOrders(3, 2, QString(marketplaces::orderstatus::Shipped));
        auto moved = repo.upsert({ shipped[2] });
        MD_VERIFY_OK(moved);
        QCOMPARE(moved->statusChanges, 2);
        QCOMPARE(count(*t,
                     u"SELECT COUNT(*) FROM order_status_history WHERE old_status = 'overseas_order_checking' AND "
                     u"new_status = 'shipped'"_s),
            2);
    }

    void tenThousandOrdersInBatches_data() { addDialectRows(); }
    void tenThousandOrdersInBatches()
    {
        QFETCH(QByteArray, dialect);
        auto t = TestDatabase::create(dialect);
        OrderRepository repo(t->database(), u"qoo10"_s, 0);
        const QList<Order> orders = makeOrders(10'000, 2);
        QElapsedTimer timer;
        timer.start();
        auto counts = repo.upsert(orders);
        MD_VERIFY_OK(counts);
        const qint64 firstMs = timer.restart();
        QCOMPARE(counts->inserted, 10'000);
        auto again = repo.upsert(orders);
        MD_VERIFY_OK(again);
        QCOMPARE(again->unchanged, 10'000);
        qInfo("%s: 10,000 orders / 20,000 lines inserted in %lld ms, re-upserted unchanged in %lld ms",
            dialect.constData(), firstMs, timer.elapsed());
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM order_items"_s), 20'000);
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
