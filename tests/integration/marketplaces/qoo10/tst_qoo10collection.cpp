#include "services/db/sql.h"
#include "services/jobs/lease.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/ordercollection.h"
#include "services/notify/webhooks.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/marketplaces/qoo10/qoo10testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::fakes;
using namespace md::marketplaces;
using namespace md::test;

namespace {
QDate todayJst()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

qint64 count(TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(t.connection(), sql, binds);
    return v ? v->toLongLong() : -1;
}

CollectOutcome collect(db::Database& database, const CollectorEnv& env, const QString& account = u"main"_s)
{
    CollectRequest request;
    request.accountName = account;
    OrderCollection run(database, env, request);
    std::optional<CollectOutcome> outcome;
    QEventLoop loop;
    QObject::connect(&run, &OrderCollection::finished, &loop, [&](const CollectOutcome& o) {
        outcome = o;
        loop.quit();
    });
    run.start();
    loop.exec();
    return *outcome;
}
} // namespace

class TestQoo10Collection : public QObject {
    Q_OBJECT
private:
    struct Setup {
        std::unique_ptr<TestDatabase> db;
        std::unique_ptr<FakeQoo10Server> fake;
        std::unique_ptr<secrets::MemorySecretStore> store;
        Account account;
    };
    Setup setUp(const QByteArray& dialect, int orders)
    {
        Setup s;
        s.db = TestDatabase::create(dialect);
        s.fake = std::make_unique<FakeQoo10Server>();
        if (!s.fake->listen())
            qFatal("fake Qoo10 server did not start");
        s.fake->generateOrders(orders, todayJst(), 60, 42);
        s.store = std::make_unique<secrets::MemorySecretStore>();
        s.account = qoo10Account(*s.fake);
        s.account.options = { { u"initial_days"_s, 90 } };
        auto id = Accounts(s.db->database()).add(s.account);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        s.account.id = *id;
        storeQoo10Secrets(*s.store, s.account);
        notify::Webhook hook { 0, u"ops"_s, u"slack"_s, {}, true };
        if (!notify::Webhooks(s.db->database()).add(hook))
            qFatal("webhook");
        return s;
    }

private Q_SLOTS:
    void tenThousandOrdersUnderFaultsExactlyOnce_data() { addDialectRows(); }
    void tenThousandOrdersUnderFaultsExactlyOnce()
    {
        QFETCH(QByteArray, dialect);
        Setup s = setUp(dialect, 10'000);
        s.fake->setTimeoutDelay(std::chrono::milliseconds(900));
        s.fake->setRandomFaults(0.30,
            { Qoo10Fault::Http429, Qoo10Fault::Http500, Qoo10Fault::Http503, Qoo10Fault::Timeout, Qoo10Fault::Drop,
                Qoo10Fault::Malformed, Qoo10Fault::ResultError, Qoo10Fault::NotSellerKey },
            2026);
        const CollectorEnv env = fastEnv(s.store.get());
        // As the scheduler would: a failed run is simply run again; the faults never duplicate or lose an order.
        CollectOutcome outcome;
        int runs = 0;
        do {
            outcome = collect(s.db->database(), env);
            ++runs;
        } while (!outcome.status && runs < 6);
        MD_VERIFY_OK(outcome.status);
        qInfo("%s: %d run(s), %d fault(s) injected over %d call(s)", dialect.constData(), runs,
            s.fake->faultsInjected(), int(s.fake->calls().size()));
        QVERIFY(s.fake->faultsInjected() > 10);
        QCOMPARE(s.fake->orderCount(), 10'000);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM orders"_s), 10'000);
        QCOMPARE(count(*s.db, u"SELECT COUNT(DISTINCT order_no) FROM orders WHERE platform = 'qoo10'"_s), 10'000);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM order_items"_s), s.fake->lineCount());
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM orders WHERE account_id = ?"_s, { s.account.id }), 10'000);
        QVERIFY(count(*s.db, u"SELECT COUNT(*) FROM order_items WHERE status = 'cancelled'"_s) > 0);
        QCOMPARE(count(*s.db,
                     u"SELECT orders_count FROM job_results WHERE job_name = 'orders.collect' AND success "
                     u"ORDER BY id DESC LIMIT 1"_s),
            outcome.counts.orders);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM job_results WHERE job_name = 'orders.collect'"_s), runs);
        QVERIFY(count(*s.db, u"SELECT COUNT(*) FROM account WHERE last_collected_to IS NOT NULL"_s) == 1);

        // Re-collecting (window since the last success, with overlap) inserts and rewrites nothing.
        s.fake->setRandomFaults(0, {});
        const QStringList packs = s.fake->packNumbers();
        const CollectOutcome again = collect(s.db->database(), env);
        MD_VERIFY_OK(again.status);
        QCOMPARE(again.counts.inserted, 0);
        QCOMPARE(again.counts.updated, 0);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM orders"_s), 10'000);
        QCOMPARE(count(*s.db, u"SELECT MAX(version) FROM order_items"_s), 1);

        // A status change on the platform: one order updated, its lines' history extended.
        auto picked = db::scalar(
            s.db->connection(), u"SELECT MIN(order_no) FROM orders WHERE status IN ('paid', 'confirmed')"_s);
        MD_VERIFY_OK(picked);
        const QString pack = picked->toString();
        QVERIFY(packs.contains(pack));
        s.fake->setPackStatus(pack, 5, todayJst());
        const qint64 before = count(*s.db, u"SELECT COUNT(*) FROM order_status_history"_s);
        const CollectOutcome changed = collect(s.db->database(), env);
        MD_VERIFY_OK(changed.status);
        const qint64 lines = count(*s.db,
            u"SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.order_no = ?"_s, { pack });
        QCOMPARE(
            count(*s.db, u"SELECT COUNT(*) FROM orders WHERE order_no = ? AND status = 'delivered'"_s, { pack }), 1);
        QCOMPARE(changed.counts.inserted, 0);
        QCOMPARE(changed.counts.updated, 1);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM order_status_history"_s) - before, lines);

        // Notifications were queued for the webhook, never sent inline: start and "N/M saved" per run.
        QVERIFY(count(*s.db, u"SELECT COUNT(*) FROM notify_outbox WHERE event = 'start'"_s) >= 3);
        auto text = db::scalar(
            s.db->connection(), u"SELECT payload FROM notify_outbox WHERE event = 'success' ORDER BY id LIMIT 1"_s);
        MD_VERIFY_OK(text);
        QVERIFY2(text->toString().contains(u"주문 수집 완료: 10000/10000건 저장"_s), qPrintable(text->toString()));
    }

    void heldLeaseSkipsTheRun_data() { addDialectRows(); }
    void heldLeaseSkipsTheRun()
    {
        QFETCH(QByteArray, dialect);
        Setup s = setUp(dialect, 10);
        jobs::Lease other(s.db->database(), collectLeaseName(u"main"_s), u"otherhost:1"_s);
        auto held = other.tryAcquire(std::chrono::minutes(5));
        MD_VERIFY_OK(held);
        QVERIFY(held->acquired);
        const CollectOutcome skipped = collect(s.db->database(), fastEnv(s.store.get()));
        QVERIFY(!skipped.status);
        QCOMPARE(skipped.status.error().code, ErrorCode::LockHeld);
        QCOMPARE(skipped.lockHolder, u"otherhost:1"_s);
        QVERIFY(s.fake->calls().isEmpty());
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM job_results WHERE skipped"_s), 1);
        MD_VERIFY_OK(other.release());
        MD_VERIFY_OK(collect(s.db->database(), fastEnv(s.store.get())).status);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM orders"_s), 10);
    }

    void workerRunsQueuedCollectionsAndChainsTheNext()
    {
        Setup s = setUp("sqlite", 25);
        auto seeded = seedCollections(s.db->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 1);
        auto again = seedCollections(s.db->database());
        MD_VERIFY_OK(again);
        QCOMPARE(*again, 0); // one queued run per account at most

        jobs::WorkerOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        jobs::Worker worker(s.db->database(), options);
        registerOrderCollection(worker, fastEnv(s.store.get()));
        QSignalSpy finished(&worker, &jobs::Worker::jobFinished);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        worker.requestStop();
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM orders"_s), 25);
        QCOMPARE(
            count(*s.db, u"SELECT orders_count FROM job_results WHERE job_name = 'orders.collect' AND success"_s), 25);
        // The run names its account (the Orders page shows the last run per account from it).
        QCOMPARE(count(*s.db,
                     u"SELECT COUNT(*) FROM job_results r JOIN account a ON a.id = r.account_id "
                     "WHERE r.job_name = 'orders.collect' AND a.name = 'main'"_s),
            1);
        // The next run of the account is queued, about collect_interval_s (300 s) later.
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM jobs WHERE kind = 'orders.collect' AND status = 'queued'"_s), 1);
    }

    void failureIsRecordedAndAnnounced_data() { addDialectRows(); }
    void failureIsRecordedAndAnnounced()
    {
        QFETCH(QByteArray, dialect);
        Setup s = setUp(dialect, 10);
        s.fake->queueFault(Qoo10Fault::IpNotAllowed, 1);
        const CollectOutcome failed = collect(s.db->database(), fastEnv(s.store.get()));
        QVERIFY(!failed.status);
        QCOMPARE(
            count(*s.db, u"SELECT COUNT(*) FROM job_results WHERE success = FALSE AND error_msg LIKE '%IP%'"_s), 1);
        QCOMPARE(count(*s.db, u"SELECT COUNT(*) FROM account WHERE last_collected_to IS NULL"_s), 1);
        auto text = db::scalar(s.db->connection(), u"SELECT payload FROM notify_outbox WHERE event = 'failure'"_s);
        MD_VERIFY_OK(text);
        QVERIFY(text->toString().contains(u"main 주문 수집 실패"_s));
        QVERIFY(text->toString().contains(u"IP address"_s));
    }
};

QTEST_GUILESS_MAIN(TestQoo10Collection)
#include "tst_qoo10collection.moc"
