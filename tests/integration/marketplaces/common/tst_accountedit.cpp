// Editing accounts (Accounts::update), the refusal of proxy URLs with passwords, disabled accounts in the worker,
// and the progress an order collection reports.
#include "services/db/sql.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/ordercollection.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/marketplaces/qoo10/qoo10testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces;
using namespace md::test;

namespace {
qint64 count(TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(t.connection(), sql, binds);
    return v ? v->toLongLong() : -1;
}

Account naverAccount()
{
    Account a;
    a.platform = u"naver"_s;
    a.name = u"naver-kr"_s;
    a.sellerId = u"kr-1"_s;
    a.displayName = u"Naver KR"_s;
    return a;
}

QDate todayJst()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}
} // namespace

class TestAccountEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void updateChangesTheEditableFields_data() { addDialectRows(); }
    void updateChangesTheEditableFields()
    {
        QFETCH(QByteArray, dialect);
        auto t = TestDatabase::create(dialect);
        Accounts accounts(t->database());
        auto id = accounts.add(naverAccount());
        MD_VERIFY_OK(id);
        auto before = accounts.get(u"naver-kr"_s);
        MD_VERIFY_OK(before);
        QCOMPARE(before->version, 1);

        AccountChanges changes;
        changes.displayName = u"네이버 본점"_s;
        changes.baseUrl = QUrl(u"http://127.0.0.1:8081/external"_s);
        changes.proxyUrl = QUrl(u"http://worker@10.0.0.5:3128"_s);
        changes.collectIntervalS = 600;
        changes.active = false;
        auto updated = accounts.update(u"naver-kr"_s, changes, before->version);
        MD_VERIFY_OK(updated);
        QCOMPARE(updated->id, *id);
        QCOMPARE(updated->name, u"naver-kr"_s);
        QCOMPARE(updated->platform, u"naver"_s);
        QCOMPARE(updated->sellerId, u"kr-1"_s);
        QCOMPARE(updated->displayName, u"네이버 본점"_s);
        QCOMPARE(updated->baseUrl, QUrl(u"http://127.0.0.1:8081/external"_s));
        QCOMPARE(updated->proxyUrl, QUrl(u"http://worker@10.0.0.5:3128"_s));
        QCOMPARE(updated->collectIntervalS, 600);
        QVERIFY(!updated->active);
        QCOMPARE(updated->version, 2);

        // Unset fields keep their value; empty URLs mean "the platform's" and "direct"; an empty display name is the
        // account's name.
        AccountChanges some;
        some.baseUrl = QUrl();
        some.proxyUrl = QUrl();
        some.displayName = u"  "_s;
        updated = accounts.update(u"naver-kr"_s, some);
        MD_VERIFY_OK(updated);
        QVERIFY(updated->baseUrl.isEmpty());
        QVERIFY(updated->proxyUrl.isEmpty());
        QCOMPARE(updated->displayName, u"naver-kr"_s);
        QCOMPARE(updated->collectIntervalS, 600);
        QVERIFY(!updated->active);
        QCOMPARE(updated->version, 3);
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM account WHERE base_url IS NULL AND proxy_url IS NULL"_s), 1);

        // Optimistic concurrency: a stale version is a conflict and changes nothing.
        AccountChanges enable;
        enable.active = true;
        auto stale = accounts.update(u"naver-kr"_s, enable, 2);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Conflict);
        QVERIFY(stale.error().message.contains(u"naver-kr"_s));
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM account WHERE active = ?"_s, { false }), 1);

        // Out-of-range intervals and unknown accounts say what is wrong.
        AccountChanges tooOften;
        tooOften.collectIntervalS = 10;
        auto refused = accounts.update(u"naver-kr"_s, tooOften);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(refused.error().message.contains(u"interval"_s));
        auto missing = accounts.update(u"nobody"_s, enable);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(count(*t, u"SELECT version FROM account"_s), 3);
    }

    void proxyPasswordIsNeverStoredInTheDatabase_data() { addDialectRows(); }
    void proxyPasswordIsNeverStoredInTheDatabase()
    {
        QFETCH(QByteArray, dialect);
        auto t = TestDatabase::create(dialect);
        Accounts accounts(t->database());
        const QString password = u"PrOxY-s3cret-4711"_s;
        const QUrl withPassword(u"http://worker:"_s + password + u"@127.0.0.1:3128"_s);

        Account a = naverAccount();
        a.proxyUrl = withPassword;
        auto added = accounts.add(a);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Invalid);
        QVERIFY(added.error().message.contains(u"proxy_password"_s)); // says where the password goes instead
        QVERIFY(!added.error().toString().contains(password));
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM account"_s), 0);

        a.proxyUrl = QUrl(u"http://worker@127.0.0.1:3128"_s);
        MD_VERIFY_OK(accounts.add(a));
        AccountChanges changes;
        changes.proxyUrl = withPassword;
        auto updated = accounts.update(a.name, changes);
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Invalid);
        QVERIFY(!updated.error().toString().contains(password));
        QCOMPARE(
            count(*t, u"SELECT COUNT(*) FROM account WHERE proxy_url LIKE ?"_s, { QString(u'%' + password + u'%') }),
            0);

        changes.proxyUrl = QUrl(u"ftp://proxy:21"_s);
        updated = accounts.update(a.name, changes);
        QVERIFY(!updated);
        QVERIFY(updated.error().message.contains(u"socks5"_s));
        changes.proxyUrl = QUrl(u"socks5://worker@127.0.0.1:1080"_s);
        MD_VERIFY_OK(accounts.update(a.name, changes));

        // The password is an optional secret field of every platform, checked like the required ones.
        QJsonObject secrets { { u"client_id"_s, u"id"_s }, { u"client_secret"_s, u"secret"_s },
            { u"proxy_password"_s, password } };
        MD_VERIFY_OK(AccountSecrets::validate(u"naver"_s, secrets));
        secrets.insert(u"proxy_password"_s, QString());
        QVERIFY(!AccountSecrets::validate(u"naver"_s, secrets));
    }

    void disabledAccountIsNotCollectedByTheWorker()
    {
        auto t = TestDatabase::sqlite();
        fakes::FakeQoo10Server fake;
        QVERIFY(fake.listen());
        fake.generateOrders(20, todayJst(), 10, 3);
        secrets::MemorySecretStore store;
        Account account = qoo10Account(fake);
        MD_VERIFY_OK(Accounts(t->database()).add(account));
        storeQoo10Secrets(store, account);

        // Queued while enabled, disabled before the worker gets to it (e.g. from another desktop).
        auto seeded = seedCollections(t->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 1);
        AccountChanges disable;
        disable.active = false;
        MD_VERIFY_OK(Accounts(t->database()).update(account.name, disable));

        jobs::WorkerOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        jobs::Worker worker(t->database(), options);
        registerOrderCollection(worker, fastEnv(&store));
        QSignalSpy finished(&worker, &jobs::Worker::jobFinished);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30'000);
        worker.requestStop();
        QVERIFY(!finished.first().at(2).toBool());
        QVERIFY(finished.first().at(3).toString().contains(u"disabled"_s));
        QCOMPARE(fake.calls().size(), 0); // not a single call to the platform
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM orders"_s), 0);
        // No next run is chained, and seeding leaves it alone until it is enabled again.
        QCOMPARE(count(*t, u"SELECT COUNT(*) FROM jobs WHERE kind = 'orders.collect' AND status = 'queued'"_s), 0);
        seeded = seedCollections(t->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 0);
        AccountChanges enable;
        enable.active = true;
        MD_VERIFY_OK(Accounts(t->database()).update(account.name, enable));
        seeded = seedCollections(t->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 1);
        // A run in progress queues its successor as it ends: seeding adds none beside it.
        QVERIFY(db::exec(t->connection(),
            u"UPDATE jobs SET status = 'running' WHERE kind = 'orders.collect' AND status = 'queued'"_s)
                    .ok());
        seeded = seedCollections(t->database());
        MD_VERIFY_OK(seeded);
        QCOMPARE(*seeded, 0);
    }

    void collectionReportsProgress()
    {
        auto t = TestDatabase::sqlite();
        fakes::FakeQoo10Server fake;
        QVERIFY(fake.listen());
        fake.generateOrders(600, todayJst(), 200, 5); // over 200 days: three 90-day windows, one batch each
        secrets::MemorySecretStore store;
        Account account = qoo10Account(fake);
        account.options = { { u"initial_days"_s, 250 } };
        MD_VERIFY_OK(Accounts(t->database()).add(account));
        storeQoo10Secrets(store, account);

        CollectRequest request;
        request.accountName = account.name;
        OrderCollection run(t->database(), fastEnv(&store), request);
        QList<jobs::Progress> progress;
        connect(run.progress(), &jobs::ProgressReporter::progressed, this,
            [&](const jobs::Progress& p) { progress.append(p); });
        QSignalSpy finished(&run, &OrderCollection::finished);
        run.start();
        QVERIFY(finished.wait(60'000));
        const auto outcome = finished.first().first().value<CollectOutcome>();
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.fetchedOrders, 600);
        QCOMPARE(outcome.batches, 3);
        QCOMPARE(outcome.toJson().value(u"batches"_s).toInt(), 3);

        QVERIFY(progress.size() >= 4); // a step per batch, then the final state
        QList<int> steps;
        qint64 done = 0;
        for (const jobs::Progress& p : std::as_const(progress)) {
            QVERIFY(p.done >= done); // orders so far never go back
            done = p.done;
            QCOMPARE(p.total, -1); // unknown until the platform has been read
            if (p.step > 0 && (steps.isEmpty() || steps.last() != p.step))
                steps.append(p.step);
        }
        QCOMPARE(steps, (QList<int> { 1, 2, 3 }));
        const jobs::Progress& last = progress.last();
        QVERIFY(last.finished);
        QCOMPARE(last.done, qint64(600));
        QCOMPARE(last.step, 3);
        QVERIFY(last.label.contains(account.name));
        QVERIFY(last.label.contains(u"600"_s));
        // Each batch's step carries the orders saved up to it.
        for (const jobs::Progress& p : std::as_const(progress)) {
            if (p.step > 0 && !p.finished)
                QVERIFY(p.label.contains(QString::number(p.done)));
        }

        // Inside a worker the same progress reaches Worker::jobProgress (everything again: no last window).
        QVERIFY(db::exec(t->connection(), u"UPDATE account SET last_collected_to = NULL"_s).ok());
        auto queued = seedCollections(t->database());
        MD_VERIFY_OK(queued);
        QCOMPARE(*queued, 1);
        jobs::WorkerOptions options;
        options.pollInterval = std::chrono::milliseconds(50);
        jobs::Worker worker(t->database(), options);
        registerOrderCollection(worker, fastEnv(&store));
        QSignalSpy jobProgress(&worker, &jobs::Worker::jobProgress);
        QSignalSpy jobFinished(&worker, &jobs::Worker::jobFinished);
        worker.start();
        QTRY_COMPARE_WITH_TIMEOUT(jobFinished.size(), 1, 30'000);
        worker.requestStop();
        QVERIFY2(jobFinished.first().at(2).toBool(), qPrintable(jobFinished.first().at(3).toString()));
        QVERIFY(!jobProgress.isEmpty());
        QCOMPARE(jobProgress.last().at(1).value<jobs::Progress>().step, 3);
        QCOMPARE(jobProgress.last().at(1).value<jobs::Progress>().done, qint64(600));
    }
};

QTEST_GUILESS_MAIN(TestAccountEdit)
#include "tst_accountedit.moc"
