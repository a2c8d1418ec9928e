#include "models/accountsmodel.h"
#include "models/moneyformat.h"
#include "models/orderlinesmodel.h"
#include "models/ordersmodel.h"
#include "models/ordersperday.h"
#include "orderfixture.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using md::models::OrderColumn;
using md::models::OrderFilter;
using md::models::OrderRow;
using md::models::OrdersModel;
using md::test::OrderFixture;

namespace {
// Waits until the model has counted, then pulls every page through data() (as a view would) and returns the rows.
QList<OrderRow> loadAll(OrdersModel& model)
{
    QList<OrderRow> rows;
    if (!QTest::qWaitFor([&] { return model.totalCount() >= 0 && !model.isLoading(); }, 10000))
        return rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.cachedRow(r)) {
            (void)model.index(r, 0).data();
            if (!QTest::qWaitFor([&] { return model.cachedRow(r).has_value(); }, 10000))
                return rows;
        }
        rows.append(*model.cachedRow(r));
    }
    return rows;
}

bool waitSettled(OrdersModel& model)
{
    return QTest::qWaitFor([&] { return model.totalCount() >= 0 && !model.isLoading(); }, 10000);
}
} // namespace

class TestOrdersModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesAndSorts_data() { md::test::addDialectRows(); }
    void pagesAndSorts()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        QVERIFY(OrderFixture::insertOrders(t->connection(), d, 300));
        OrdersModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QList<OrderRow> rows = loadAll(model);
        QCOMPARE(model.totalCount(), 300);
        QCOMPARE(rows.size(), 300);
        QSet<qint64> ids;
        for (int i = 0; i < rows.size(); ++i) {
            ids.insert(rows.at(i).id);
            if (i > 0) // newest first, ties by id
                QVERIFY(rows.at(i - 1).orderDate >= rows.at(i).orderDate);
        }
        QCOMPARE(ids.size(), 300); // the keyset pages neither skip nor repeat a row
        QCOMPARE(rows.constFirst().lines, 2);
        QCOMPARE(model.index(0, int(OrderColumn::Lines)).data().toString(), QLocale().toString(2));

        model.sort(int(OrderColumn::OrderNo), Qt::AscendingOrder);
        rows = loadAll(model);
        QCOMPARE(rows.size(), 300);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).orderNo, u"ORD-%1"_s.arg(i, 5, 10, QChar(u'0')));

        model.sort(int(OrderColumn::Total), Qt::DescendingOrder);
        rows = loadAll(model);
        QCOMPARE(rows.size(), 300);
        QCOMPARE(rows.constFirst().total.toDouble(), 300000.0);
        QCOMPARE(rows.constLast().total.toDouble(), 1000.0);
        // Money as people read it: order 299 is a qoo10 order in JPY, shown without decimals.
        QCOMPARE(rows.constFirst().platform, u"qoo10"_s);
        QCOMPARE(
            model.index(0, int(OrderColumn::Total)).data().toString(), md::models::formatMoney(300000.0, u"JPY"_s));
        QVERIFY(!model.index(0, int(OrderColumn::Total)).data().toString().contains(QLocale().decimalPoint()));
    }

    void filtersBindValues_data() { md::test::addDialectRows(); }
    void filtersBindValues()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        QVERIFY(OrderFixture::insertOrders(t->connection(), d, 120));
        const QString nasty = u"O'Brien \"%_\\ '); DROP TABLE orders; --"_s;
        QVERIFY(OrderFixture::insertOrder(
                    t->connection(), d, u"NASTY-1"_s, u"cafe24"_s, nasty, OrderFixture::base().addDays(3))
            > 0);
        OrdersModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(waitSettled(model));
        QCOMPARE(model.totalCount(), 121);

        OrderFilter f;
        f.platform = u"naver"_s;
        model.setFilter(f);
        QList<OrderRow> rows = loadAll(model);
        QCOMPARE(rows.size(), 40);
        for (const auto& r : rows)
            QCOMPARE(r.platform, u"naver"_s);

        f.status = u"cancelled"_s; // i % 3 == 1 and i % 4 == 3: i = 7, 19, … (one in 12)
        model.setFilter(f);
        rows = loadAll(model);
        QCOMPARE(rows.size(), 10);
        for (const auto& r : rows)
            QCOMPARE(r.status, u"cancelled"_s);

        f = {};
        f.accountId = OrderFixture::accountId(t->connection(), u"qoo-main"_s);
        model.setFilter(f);
        QVERIFY(waitSettled(model));
        QCOMPARE(model.totalCount(), 40);

        // Korean days: base is 12:00 in Korea, order i on day i % 10 (+ i minutes, < 2 h for 120 orders).
        f = {};
        f.from = QDate(2026, 11, 2);
        f.to = QDate(2026, 11, 3);
        model.setFilter(f);
        QVERIFY(waitSettled(model));
        QCOMPARE(model.totalCount(), 24); // 12 per day; the nasty one is on 11-04
    }

    void quotesAreLiteral_data() { md::test::addDialectRows(); }
    void quotesAreLiteral()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        QVERIFY(OrderFixture::insertOrders(t->connection(), d, 20));
        const QString nasty = u"O'Brien \"%_\\ '); DROP TABLE orders; --"_s;
        QVERIFY(OrderFixture::insertOrder(
                    t->connection(), d, u"NASTY-1"_s, u"cafe24"_s, nasty, OrderFixture::base().addDays(3))
            > 0);
        OrdersModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        OrderFilter f;
        f.text = nasty;
        model.setFilter(f);
        QList<OrderRow> rows = loadAll(model);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().buyer, nasty);
        f.text = u"%"_s; // a wildcard typed by the user matches only a literal percent sign
        model.setFilter(f);
        rows = loadAll(model);
        QCOMPARE(rows.size(), 1);
        f.text = u"'"_s;
        model.setFilter(f);
        rows = loadAll(model);
        QCOMPARE(rows.size(), 1);
        auto still = md::db::scalar(t->connection(), u"SELECT COUNT(*) FROM orders"_s);
        MD_VERIFY_OK(still);
        QCOMPARE(still->toInt(), 21);
    }

    void ordersPerDay_data() { md::test::addDialectRows(); }
    void ordersPerDay()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        QVERIFY(OrderFixture::insertOrders(t->connection(), d, 60));
        // 2026-11-09T16:30Z is already 2026-11-10 in Korea.
        QVERIFY(OrderFixture::insertOrder(t->connection(), d, u"LATE-1"_s, u"naver"_s, u"late"_s,
                    QDateTime(QDate(2026, 11, 9), QTime(16, 30), Qt::UTC))
            > 0);
        md::models::OrdersPerDay perDay(t->database());
        QSignalSpy loaded(&perDay, &md::models::OrdersPerDay::loaded);
        OrderFilter f;
        perDay.request(f);
        QVERIFY(loaded.wait(10000));
        const auto counts = perDay.counts();
        // 10 days × 3 platforms (60 orders: order i on day i % 10, platform i % 3 — every pair twice) + Nov 10 naver.
        QCOMPARE(counts.size(), 30);
        int total = 0;
        for (const auto& c : counts) {
            total += c.orders;
            QVERIFY(c.day.isValid());
            QCOMPARE(c.orders, c.day == QDate(2026, 11, 10) && c.platform == u"naver" ? 3 : 2);
        }
        QCOMPARE(total, 61);

        f.platform = u"cafe24"_s;
        f.from = QDate(2026, 11, 1);
        f.to = QDate(2026, 11, 5);
        perDay.request(f);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(perDay.counts().size(), 5);
        QCOMPARE(perDay.counts().constFirst(), (md::models::DayCount { QDate(2026, 11, 1), u"cafe24"_s, 2 }));
    }

    void linesAndHistory_data() { md::test::addDialectRows(); }
    void linesAndHistory()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        const qint64 id = OrderFixture::insertOrder(
            t->connection(), d, u"L-1"_s, u"qoo10"_s, u"buyer"_s, OrderFixture::base(), u"shipping"_s);
        QVERIFY(id > 0);
        md::models::OrderLinesModel lines(t->database());
        md::models::OrderHistoryModel history(&lines);
        QAbstractItemModelTester tester(&lines, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&lines, &md::models::OrderLinesModel::loaded);
        lines.setOrderId(id);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(lines.rowCount(), 2);
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(lines.index(1, md::models::OrderLinesModel::Total).data().toString(),
            md::models::formatMoney(2000.0, u"JPY"_s));
        QCOMPARE(lines.index(0, md::models::OrderLinesModel::Product).data().toString(), u"가방 1"_s);
        QCOMPARE(history.index(0, md::models::OrderHistoryModel::To).data().toString(), u"shipping"_s);
        lines.setOrderId(0); // no order: cleared at once, nothing to query
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(lines.rowCount(), 0);
        QCOMPARE(history.rowCount(), 0);
    }

    void accountsModel_data() { md::test::addDialectRows(); }
    void accountsModel()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        const qint64 cafe = OrderFixture::accountId(t->connection(), u"cafe-main"_s);
        const qint64 naver = OrderFixture::accountId(t->connection(), u"naver-main"_s);
        const QDateTime t0(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        auto bind = [d](const QDateTime& x) { return md::jobs::DbClock::bindValue(d, x); };
        const QString insertRun = u"INSERT INTO job_results (job_name, account_id, started_at, finished_at, "
                                  u"duration_ms, success, skipped, orders_count, error_msg) "
                                  u"VALUES ('orders.collect', ?, ?, ?, 1000, ?, FALSE, ?, ?)"_s;
        MD_VERIFY_OK(md::db::exec(t->connection(), insertRun,
            { cafe, bind(t0), bind(t0.addSecs(1)), true, 12, QVariant(QMetaType(QMetaType::QString)) }));
        MD_VERIFY_OK(md::db::exec(t->connection(), insertRun,
            { cafe, bind(t0.addSecs(300)), bind(t0.addSecs(301)), false, 0, u"IP not allowed"_s }));
        MD_VERIFY_OK(md::db::exec(t->connection(), insertRun,
            { naver, bind(t0), bind(t0.addSecs(2)), true, 5, QVariant(QMetaType(QMetaType::QString)) }));
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"INSERT INTO jobs (kind, payload, dedupe_key, status, run_after) VALUES "
            u"('orders.collect', '{\"account\":\"cafe-main\"}', 'orders.collect:cafe-main', 'queued', ?), "
            u"('gnb.crawl', '{}', NULL, 'queued', ?)"_s,
            { bind(t0.addSecs(900)), bind(t0) }));

        md::models::AccountsModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &md::models::AccountsModel::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        const auto* c = model.statusAt(model.rowOf(u"cafe-main"_s));
        QVERIFY(c && c->lastRun);
        QCOMPARE(c->lastRun->success, false); // the newest run, not the first
        QCOMPARE(c->lastRun->error, u"IP not allowed"_s);
        QVERIFY(c->nextRunQueued);
        QCOMPARE(c->nextRun, t0.addSecs(900));
        const auto* n = model.statusAt(model.rowOf(u"naver-main"_s));
        QVERIFY(n && n->lastRun && n->lastRun->success);
        QCOMPARE(n->lastRun->ordersCount, 5);
        QVERIFY(!n->nextRunQueued);
        QCOMPARE(n->nextRun, t0.addSecs(300)); // last start + interval
        const auto* q = model.statusAt(model.rowOf(u"qoo-main"_s));
        QVERIFY(q && !q->lastRun && !q->nextRun.isValid());
        QCOMPARE(model.snapshot().queuedCollections, 1);
        QCOMPARE(model.snapshot().queuedJobs, 2);
        QCOMPARE(model.index(model.rowOf(u"cafe-main"_s), md::models::AccountsModel::LastResult).data().toString(),
            md::models::AccountsModel::tr("Failed"));
    }
};

QTEST_GUILESS_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
