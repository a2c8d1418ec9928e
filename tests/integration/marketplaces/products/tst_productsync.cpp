// ProductSync against the Cafe24 and Naver fakes on SQLite and PostgreSQL: counts, a re-sync that writes nothing,
// merchandiser columns kept, listings gone from the platform hidden after a complete scan only (not after a scan a
// fault broke off, nor a cancelled one), returning listings shown again, the lease, and the worker job.
#include "services/db/sql.h"
#include "services/jobs/lease.h"
#include "services/jobs/progressreporter.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/products/productsync.h"
#include "services/marketplaces/products/productsyncjob.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/cafe24/fakecafe24server.h"
#include "tests/fakes/naver/fakenaverserver.h"
#include "tests/integration/marketplaces/qoo10/qoo10testsupport.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces;

namespace {

const QByteArray c24ClientId = "c24ClientId";
const QByteArray c24ClientSecret = "c24-client-secret-value";
const QByteArray nvClientId = "nvClient";
const QByteArray nvClientSecret = "$2a$04$abcdefghijklmnopqrstuv";

} // namespace

class TestProductSync : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<secrets::MemorySecretStore> m_store;

    QSqlDatabase conn() { return m_db->connection(); }

    qint64 number(const QString& sql, const QVariantList& binds = {})
    {
        auto value = db::scalar(conn(), sql, binds);
        if (!value)
            qWarning() << value.error().toString();
        return value ? value->toLongLong() : -1;
    }

    // Every row version of the account's listings and their variants: equal before and after = nothing written.
    QString rowVersions(const QString& platform)
    {
        const QString column = m_db->database().isPostgres() ? u"xmin::text"_s : u"version || '@' || updated_at"_s;
        QString out;
        for (const QString& table : { u"product p"_s, u"product_stock s JOIN product p ON p.id = s.product_id"_s }) {
            auto q = db::exec(conn(),
                u"SELECT "_s + (table.startsWith(u"product p"_s) ? u"p."_s : u"s."_s) + column + u" FROM "_s + table
                    + u" WHERE p.platform = ? ORDER BY 1"_s,
                { platform });
            if (!q)
                return q.error().toString();
            while (q->next())
                out += q->value(0).toString() + u',';
        }
        return out;
    }

    Account addAccount(const QString& platform, const QString& name, const QString& sellerId, const QUrl& baseUrl,
        const QList<QPair<QString, QByteArray>>& secrets)
    {
        Account a;
        a.platform = platform;
        a.name = name;
        a.sellerId = sellerId;
        a.baseUrl = baseUrl;
        auto id = Accounts(m_db->database()).add(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        a.id = *id;
        for (const auto& [field, value] : secrets) {
            auto written = test::await<Status>(
                [&](auto done) { m_store->write(a.secretKey(field), value, m_store.get(), std::move(done)); });
            if (!written || !written->ok())
                qFatal("cannot store a test secret");
        }
        return a;
    }

    Account cafe24Account(fakes::FakeCafe24Server& fake, const QString& name = u"c24"_s)
    {
        fake.setRefreshToken("seed-refresh-" + name.toUtf8());
        return addAccount(u"cafe24"_s, name, u"fakemall"_s, fake.baseUrl(),
            { { u"client_id"_s, c24ClientId }, { u"client_secret"_s, c24ClientSecret },
                { u"refresh_token"_s, "seed-refresh-" + name.toUtf8() } });
    }

    Account naverAccount(fakes::FakeNaverServer& fake, const QString& name = u"nv"_s)
    {
        fake.addClient(nvClientId, nvClientSecret);
        return addAccount(u"naver"_s, name, u"nv-seller"_s, fake.baseUrl(),
            { { u"client_id"_s, nvClientId }, { u"client_secret"_s, nvClientSecret } });
    }

    // One run to its end; `onProgress` sees every progress signal (page steps come synchronously, between pages).
    ProductSyncOutcome runSync(const QString& account, std::function<void(const jobs::Progress&)> onProgress = {},
        jobs::CancellationToken token = {})
    {
        jobs::ProgressReporter progress;
        if (onProgress)
            connect(&progress, &jobs::ProgressReporter::progressed, &progress, onProgress);
        ProductSyncRequest request;
        request.accountName = account;
        request.pagesPerTransaction = 2;
        ProductSync sync(m_db->database(), test::fastEnv(m_store.get()), request, token, &progress);
        QEventLoop loop;
        connect(&sync, &ProductSync::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
        sync.start();
        loop.exec();
        return sync.outcome();
    }

    qint64 hidden(const QString& platform)
    {
        return number(u"SELECT COUNT(*) FROM product WHERE platform = ? AND hidden_reason = 'not_listed' AND NOT "
                      "feed_visible AND hidden_at IS NOT NULL"_s,
            { platform });
    }

    QJsonObject lastResult(bool* success, QString* error)
    {
        auto q = db::exec(conn(),
            u"SELECT success, counts, error_msg FROM job_results WHERE job_name = 'products.sync' AND NOT skipped "
            "ORDER BY id DESC"_s);
        if (!q || !q->next())
            return {};
        *success = q->value(0).toBool();
        *error = q->value(2).toString();
        return QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    }

    void setMerchandiserColumns(const QString& platform, const QString& productId)
    {
        MD_VERIFY_OK(db::exec(conn(),
            u"UPDATE product SET category = 'Bags', company = 'ACME', product_name = 'Managed name', tags = 'a,b', "
            "sale_name = 'Sale name' WHERE platform = ? AND product_id = ?"_s,
            { platform, productId }));
    }

    void verifyMerchandiserColumns(const QString& platform, const QString& productId)
    {
        auto row = db::exec(conn(),
            u"SELECT category, company, product_name, tags, sale_name FROM product WHERE platform = ? AND "
            "product_id = ?"_s,
            { platform, productId });
        MD_VERIFY_OK(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), u"Bags"_s);
        QCOMPARE(row->value(1).toString(), u"ACME"_s);
        QCOMPARE(row->value(2).toString(), u"Managed name"_s);
        QCOMPARE(row->value(3).toString(), u"a,b"_s);
        QCOMPARE(row->value(4).toString(), u"Sale name"_s);
    }

private Q_SLOTS:
    void init() { m_store = std::make_unique<secrets::MemorySecretStore>(); }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void cafe24_data() { test::addDialectRows(); }
    void cafe24()
    {
        QFETCH(QByteArray, dialect);
        m_db = test::TestDatabase::create(dialect);
        if (!m_db)
            QSKIP("no database of this dialect");
        fakes::FakeCafe24Server fake(c24ClientId, c24ClientSecret);
        QVERIFY(fake.start());
        fake.setProductCount(250);
        cafe24Account(fake);

        int steps = 0;
        ProductSyncOutcome o = runSync(u"c24"_s, [&](const jobs::Progress& p) { steps = std::max(steps, p.step); });
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.listings, 250);
        QCOMPARE(o.counts.inserted, 250);
        QCOMPARE(o.counts.variantsInserted, 500);
        QCOMPARE(o.pages, 3);
        QCOMPARE(steps, 3);
        QVERIFY(o.complete);
        QCOMPARE(o.unlisted, 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM product WHERE platform = 'cafe24' AND seller_id = 'fakemall' AND "
                        "feed_visible"_s),
            250);
        bool success = false;
        QString error;
        QJsonObject counts = lastResult(&success, &error);
        QVERIFY(success);
        QCOMPARE(counts.value(u"inserted"_s).toInt(), 250);
        QCOMPARE(counts.value(u"listings"_s).toInt(), 250);

        // A re-sync of unchanged listings writes nothing, and keeps what merchandisers set.
        setMerchandiserColumns(u"cafe24"_s, u"7"_s);
        const QString before = rowVersions(u"cafe24"_s);
        o = runSync(u"c24"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.counts.inserted, 0);
        QCOMPARE(o.counts.updated, 0);
        QCOMPARE(o.counts.unchanged, 250);
        QCOMPARE(o.unlisted + o.relisted, 0);
        QCOMPARE(rowVersions(u"cafe24"_s), before);
        verifyMerchandiserColumns(u"cafe24"_s, u"7"_s);

        // Ten listings removed from the mall: hidden after the complete scan, merchandisers' columns untouched.
        fake.setProductCount(240);
        o = runSync(u"c24"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.listings, 240);
        QCOMPARE(o.unlisted, 10);
        QCOMPARE(hidden(u"cafe24"_s), 10);
        QCOMPARE(
            number(u"SELECT MIN(CAST(product_id AS INTEGER)) FROM product WHERE hidden_reason = 'not_listed'"_s), 241);
        verifyMerchandiserColumns(u"cafe24"_s, u"7"_s);

        // A scan broken off by a fault after its first page hides nothing, and says why in job_results.
        fake.setProductCount(200);
        bool injected = false;
        o = runSync(u"c24"_s, [&](const jobs::Progress& p) {
            if (p.step == 1 && !injected) {
                injected = true;
                fake.failNext(1, fakes::Cafe24Fault::MalformedJson); // never retried
            }
        });
        QVERIFY(injected);
        QVERIFY(!o.status.ok());
        QVERIFY(!o.complete);
        QCOMPARE(o.unlisted, 0);
        QCOMPARE(hidden(u"cafe24"_s), 10);
        counts = lastResult(&success, &error);
        QVERIFY(!success);
        QVERIFY2(error.contains(u"c24"_s), qPrintable(error));
        QVERIFY(counts.contains(u"error"_s));

        // The listings come back: shown again, nothing hidden.
        fake.setProductCount(250);
        o = runSync(u"c24"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.relisted, 10);
        QCOMPARE(o.unlisted, 0);
        QCOMPARE(hidden(u"cafe24"_s), 0);
        QCOMPARE(number(u"SELECT COUNT(*) FROM product WHERE platform = 'cafe24' AND feed_visible AND hidden_reason IS "
                        "NULL AND hidden_at IS NULL"_s),
            250);

        // Another process holds the account's product lease: skipped, recorded, nothing fetched.
        jobs::Lease other(m_db->database(), productSyncLeaseName(u"c24"_s), u"elsewhere:42"_s);
        auto held = other.tryAcquire(std::chrono::minutes(1));
        MD_VERIFY_OK(held);
        QVERIFY(held->acquired);
        const int callsBefore = fake.apiCalls();
        o = runSync(u"c24"_s);
        QVERIFY(!o.status.ok());
        QCOMPARE(o.status.error().code, ErrorCode::LockHeld);
        QCOMPARE(o.lockHolder, u"elsewhere:42"_s);
        QCOMPARE(fake.apiCalls(), callsBefore);
        QCOMPARE(number(u"SELECT COUNT(*) FROM job_results WHERE job_name = 'products.sync' AND skipped AND "
                        "lock_holder = 'elsewhere:42'"_s),
            1);
        // The order collection lease of the same account does not block a product sync.
        MD_VERIFY_OK(other.release());
        jobs::Lease orders(m_db->database(), u"orders.collect:c24"_s, u"elsewhere:42"_s);
        QVERIFY(orders.tryAcquire(std::chrono::minutes(1))->acquired);
        MD_VERIFY_OK(runSync(u"c24"_s).status);
    }

    void naver_data() { test::addDialectRows(); }
    void naver()
    {
        QFETCH(QByteArray, dialect);
        m_db = test::TestDatabase::create(dialect);
        if (!m_db)
            QSKIP("no database of this dialect");
        fakes::FakeNaverServer fake;
        QVERIFY(fake.start());
        fake.setProductCount(1200);
        naverAccount(fake);

        ProductSyncOutcome o = runSync(u"nv"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.pages, 3);
        QCOMPARE(o.listings, 1200);
        QCOMPARE(o.counts.inserted, 1200);
        QVERIFY(o.complete);
        const QString firstId = QString::number(5000000000LL + 3);
        setMerchandiserColumns(u"naver"_s, firstId);
        const QString before = rowVersions(u"naver"_s);
        o = runSync(u"nv"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.counts.unchanged, 1200);
        QCOMPARE(o.counts.inserted + o.counts.updated, 0);
        QCOMPARE(rowVersions(u"naver"_s), before);

        // Every price changed on Naver: all updated, merchandisers' columns kept.
        fake.setProductRevision(1);
        o = runSync(u"nv"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.counts.updated, 1200);
        verifyMerchandiserColumns(u"naver"_s, firstId);

        fake.setProductCount(1100);
        o = runSync(u"nv"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.unlisted, 100);
        QCOMPARE(hidden(u"naver"_s), 100);

        // A fault after the first page (of 500): the scan fails, nothing more is hidden.
        fake.setProductCount(600);
        bool injected = false;
        o = runSync(u"nv"_s, [&](const jobs::Progress& p) {
            if (p.step == 1 && !injected) {
                injected = true;
                fake.failNext(1, fakes::Fault::MalformedJson);
            }
        });
        QVERIFY(injected);
        QVERIFY(!o.status.ok());
        QVERIFY2(o.status.error().message.contains(u"nv"_s), qPrintable(o.status.error().message));
        QCOMPARE(o.unlisted, 0);
        QCOMPARE(hidden(u"naver"_s), 100);

        fake.setProductCount(1200);
        o = runSync(u"nv"_s);
        MD_VERIFY_OK(o.status);
        QCOMPARE(o.relisted, 100);
        QCOMPARE(hidden(u"naver"_s), 0);
    }

    void cancelledScanHidesNothing_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::newRow("cafe24") << u"cafe24"_s;
        QTest::newRow("naver") << u"naver"_s;
    }
    void cancelledScanHidesNothing()
    {
        QFETCH(QString, platform);
        m_db = test::TestDatabase::sqlite();
        fakes::FakeCafe24Server c24(c24ClientId, c24ClientSecret);
        fakes::FakeNaverServer nv;
        QVERIFY(c24.start() && nv.start());
        const bool isCafe24 = platform == u"cafe24";
        const QString name = isCafe24 ? cafe24Account(c24).name : naverAccount(nv).name;
        c24.setProductCount(300);
        nv.setProductCount(1500);
        MD_VERIFY_OK(runSync(name).status);
        c24.setProductCount(150);
        nv.setProductCount(700);
        jobs::CancellationToken token;
        ProductSyncOutcome o = runSync(
            name,
            [&](const jobs::Progress& p) {
                if (p.step == 1)
                    token.cancel();
            },
            token);
        QVERIFY(!o.status.ok());
        QCOMPARE(o.status.error().code, ErrorCode::Cancelled);
        QCOMPARE(o.pages, 1);
        QCOMPARE(o.unlisted, 0);
        QCOMPARE(hidden(platform), 0);
        bool success = true;
        QString error;
        lastResult(&success, &error);
        QVERIFY(!success);
    }

    void platformWithoutProducts()
    {
        m_db = test::TestDatabase::sqlite();
        addAccount(u"qoo10"_s, u"jp-main"_s, u"S1"_s, QUrl(u"http://127.0.0.1:9"_s), {});
        const ProductSyncOutcome o = runSync(u"jp-main"_s);
        QVERIFY(!o.status.ok());
        QCOMPARE(o.status.error().code, ErrorCode::Config);
        QVERIFY2(o.status.error().message.contains(u"jp-main"_s), qPrintable(o.status.error().message));
        const ProductSyncOutcome missing = runSync(u"nobody"_s);
        QCOMPARE(missing.status.error().code, ErrorCode::NotFound);
        QVERIFY(missing.status.error().message.contains(u"nobody"_s));
    }

    void workerSyncsAndChainsTheNextRun()
    {
        m_db = test::TestDatabase::sqlite();
        fakes::FakeNaverServer fake;
        QVERIFY(fake.start());
        fake.setProductCount(700);
        naverAccount(fake);
        addAccount(u"qoo10"_s, u"jp-main"_s, u"S1"_s, QUrl(u"http://127.0.0.1:9"_s), {}); // no product API: not seeded

        jobs::WorkerOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        jobs::Worker worker(m_db->database(), options);
        CollectorEnv env = test::fastEnv(m_store.get());
        env.database = m_db->database();
        registerProductSync(worker, env, std::chrono::minutes(90));
        QSignalSpy finished(&worker, &jobs::Worker::jobFinished);
        QSignalSpy progressed(&worker, &jobs::Worker::jobProgress);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.first().at(1).toString(), u"products.sync"_s);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(number(u"SELECT COUNT(*) FROM product WHERE platform = 'naver'"_s), 700);
        bool success = false;
        QString error;
        QCOMPARE(lastResult(&success, &error).value(u"inserted"_s).toInt(), 700);
        QVERIFY(success);
        // The next run is queued 90 minutes on; seeding does not add another while one is queued.
        QCOMPARE(number(u"SELECT COUNT(*) FROM jobs WHERE kind = 'products.sync' AND status = 'queued'"_s), 1);
        auto seeded = seedProductSyncs(m_db->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 0);
        const qint64 waitMin = number(m_db->database().isPostgres()
                ? u"SELECT CAST(EXTRACT(EPOCH FROM (run_after - now())) / 60 AS BIGINT) FROM jobs WHERE kind = "
                  "'products.sync' AND status = 'queued'"_s
                : u"SELECT CAST((julianday(run_after) - julianday('now')) * 1440 AS INTEGER) FROM jobs WHERE kind = "
                  "'products.sync' AND status = 'queued'"_s);
        QVERIFY2(waitMin >= 88 && waitMin <= 90, qPrintable(QString::number(waitMin)));
        QSignalSpy stopped(&worker, &jobs::Worker::stopped);
        worker.requestStop();
        QVERIFY(stopped.wait(20'000));
    }
};

QTEST_MAIN(TestProductSync)
#include "tst_productsync.moc"
