#include "services/db/sql.h"
#include "services/gnb/categorymappings.h"
#include "services/gnb/folderfeedsource.h"
#include "services/gnb/gnbjobs.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/lease.h"
#include "services/jobs/scheduler.h"
#include "services/jobs/worker.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/gnb/crawltestsupport.h"
#include "tests/integration/jobs/jobstestdb.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;

namespace {
const QTimeZone kRome("Europe/Rome");

QDateTime rome(QDate date, QTime time)
{
    return QDateTime(date, time, kRome).toUTC();
}

// The supplier's today and tomorrow both get the feed, so a test that crosses midnight in Italy still finds it.
feedgen::FeedOptions smallFeed()
{
    feedgen::FeedOptions o;
    o.models = 120;
    o.brands = 3;
    o.seed = 77;
    return o;
}

jobs::WorkerOptions fastWorker(const QString& holder)
{
    jobs::WorkerOptions o;
    o.holder = holder;
    o.pollInterval = 50ms;
    o.heartbeatInterval = 200ms;
    o.claimFor = 5s;
    o.stopGrace = 2s;
    return o;
}

// A worker running G&B jobs from a folder feed in its own thread, as marketdesk-cli worker does.
struct GnbWorker {
    QThread thread;
    jobs::Worker* worker;

    GnbWorker(db::Database database, const QString& feedDir, std::chrono::milliseconds interval,
        std::chrono::milliseconds retryWhenHeld = 300ms)
        : worker(new jobs::Worker(database, fastWorker(u"test-worker:1"_s)))
    {
        gnb::GnbJobOptions options;
        options.incrementalInterval = interval;
        options.retryWhenHeldAfter = retryWhenHeld;
        options.sourceFactory = [feedDir] { return std::make_unique<gnb::FolderFeedSource>(feedDir); };
        gnb::GnbJobs::registerHandlers(*worker, options);
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, worker, &jobs::Worker::start);
        QObject::connect(worker, &jobs::Worker::stopped, &thread, &QThread::quit, Qt::DirectConnection);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        thread.start();
    }
    ~GnbWorker()
    {
        worker->requestStop();
        thread.wait(10000);
    }
};

qint64 number(test::TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(t.connection(), sql, binds);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<md::jobs::Progress>(); }
    void cleanupTestCase() { m_databases.clear(); }

    // Two schedulers (two desktops, a worker) on one database: the day's full crawl is queued once per day, as soon
    // as its time has passed, also by a scheduler that starts late.
    void dailyTriggerFiresOncePerDay_data() { test::addDialectRows(); }
    void dailyTriggerFiresOncePerDay()
    {
        QFETCH(QByteArray, dialect);
        auto& t = fresh(dialect);
        jobs::Scheduler a(t.database());
        jobs::Scheduler b(t.database());
        a.addDaily(gnb::GnbJobs::dailyFullCrawl(QTime(6, 0), kRome));
        b.addDaily(gnb::GnbJobs::dailyFullCrawl(QTime(6, 0), kRome));
        const QDate day(2026, 11, 20);

        auto early = a.fireDue(rome(day, QTime(5, 59)));
        MD_VERIFY_OK(early);
        QVERIFY(early->isEmpty());
        QCOMPARE(a.nextFire(QString::fromLatin1(gnb::GnbJobs::kFullTrigger), rome(day, QTime(5, 59))),
            rome(day, QTime(6, 0)));

        auto fired = a.fireDue(rome(day, QTime(6, 0, 30)));
        MD_VERIFY_OK(fired);
        QCOMPARE(fired->size(), 1);
        for (auto* s : { &b, &a }) {
            auto again = s->fireDue(rome(day, QTime(6, 1)));
            MD_VERIFY_OK(again);
            QVERIFY(again->isEmpty());
        }
        // The next day, a scheduler started in the afternoon still queues that day's crawl, once.
        auto late = b.fireDue(rome(day.addDays(1), QTime(14, 0)));
        MD_VERIFY_OK(late);
        QCOMPARE(late->size(), 1);
        QVERIFY(late->constFirst() != fired->constFirst());
        MD_VERIFY_OK(a.fireDue(rome(day.addDays(1), QTime(15, 0))));

        auto q = db::exec(t.connection(), u"SELECT kind, payload, dedupe_key, priority FROM jobs ORDER BY id"_s);
        MD_VERIFY_OK(q);
        QStringList keys;
        while (q->next()) {
            QCOMPARE(q->value(0).toString(), u"gnb.crawl"_s);
            const auto payload = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
            QCOMPARE(payload.value(u"mode"_s).toString(), u"full"_s);
            QVERIFY(payload.value(u"chain"_s).toBool());
            QCOMPARE(q->value(3).toInt(), gnb::GnbJobs::kFullPriority);
            keys << q->value(2).toString();
        }
        QCOMPARE(keys, (QStringList { u"gnb.full-crawl:20261120"_s, u"gnb.full-crawl:20261121"_s }));
    }

    // The full crawl queues an incremental one `interval` after it ENDS; each incremental queues the next the same
    // way: never two queued, never overlapping, no clock guess.
    void incrementalChainsFromTheEndOfEachCrawl_data() { test::addDialectRows(); }
    void incrementalChainsFromTheEndOfEachCrawl()
    {
        QFETCH(QByteArray, dialect);
        auto& t = fresh(dialect);
        QTemporaryDir dir;
        test::generateAroundToday(dir.path(), smallFeed());
        MD_VERIFY_OK(
            jobs::JobQueue(t.database()).enqueue(u"gnb.crawl"_s, { { u"mode"_s, u"full"_s }, { u"chain"_s, true } }));
        constexpr auto interval = 1500ms;
        {
            GnbWorker w(t.database(), dir.path(), interval);
            QTRY_VERIFY_WITH_TIMEOUT(
                number(t, u"SELECT COUNT(*) FROM job_results WHERE job_name = 'gnb.crawl' AND success"_s) >= 3, 20000);
            // Only ever one next crawl waiting.
            QVERIFY(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued'"_s) <= 1);
        }
        auto q = db::exec(t.connection(),
            u"SELECT counts, %1, %2 FROM job_results WHERE job_name = 'gnb.crawl' AND success ORDER BY id"_s.arg(
                jobs::DbClock::msSince(t.database().dialect(), u"started_at"_s),
                jobs::DbClock::msSince(t.database().dialect(), u"finished_at"_s)));
        MD_VERIFY_OK(q);
        QStringList modes;
        qint64 previousFinishedAgo = -1;
        while (q->next()) {
            const auto counts = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
            modes << counts.value(u"mode"_s).toString();
            const qint64 startedAgo = q->value(1).toLongLong();
            if (previousFinishedAgo >= 0) // started at least `interval` after the previous one finished
                QVERIFY2(previousFinishedAgo - startedAgo >= interval.count() - 100,
                    qPrintable(u"gap %1 ms"_s.arg(previousFinishedAgo - startedAgo)));
            previousFinishedAgo = q->value(2).toLongLong();
            if (modes.size() > 1) // nothing changed: the incremental crawls read no file
                QCOMPARE(counts.value(u"files"_s).toInt(), 0);
        }
        QVERIFY(modes.size() >= 3);
        QCOMPARE(modes.at(0), u"full"_s);
        QCOMPARE(modes.at(1), u"incremental"_s);
        QCOMPARE(modes.at(2), u"incremental"_s);
        // The chain survives the worker: the next crawl is still queued for whoever runs next.
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND dedupe_key = ?"_s,
                     { QString::fromLatin1(gnb::GnbJobs::kIncrementalKey) }),
            1);
    }

    // A chained crawl that died for good (its worker killed on every attempt) queued no successor: the scheduler
    // finds the chain gone and queues it again, once, `delay` from then; while one is queued or running, nothing.
    void standingChainIsRestoredOnce_data() { test::addDialectRows(); }
    void standingChainIsRestoredOnce()
    {
        QFETCH(QByteArray, dialect);
        auto& t = fresh(dialect);
        jobs::Scheduler a(t.database());
        jobs::Scheduler b(t.database());
        for (auto* s : { &a, &b })
            s->addStanding(gnb::GnbJobs::incrementalChain(std::chrono::minutes(15)));
        const QString key = QString::fromLatin1(gnb::GnbJobs::kIncrementalKey);

        // The chain's last job failed for good: neither queued nor running.
        MD_VERIFY_OK(db::exec(t.connection(),
            u"INSERT INTO jobs (kind, payload, dedupe_key, status, attempts, max_attempts) "
            "VALUES ('gnb.crawl', '{\"mode\":\"incremental\",\"chain\":true}', ?, 'failed', 3, 3)"_s,
            { key }));
        auto restored = a.fireDue();
        MD_VERIFY_OK(restored);
        QCOMPARE(restored->size(), 1);
        auto again = b.fireDue();
        MD_VERIFY_OK(again);
        QVERIFY(again->isEmpty());
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND dedupe_key = ?"_s, { key }), 1);
        // Due in 15 minutes, not now.
        QCOMPARE(number(t,
                     u"SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND dedupe_key = ? AND run_after > %1"_s.arg(
                         jobs::DbClock::nowPlusMs(t.database().dialect())),
                     { key, 14 * 60 * 1000 }),
            1);
        const auto payload = QJsonDocument::fromJson(
            db::scalar(t.connection(), u"SELECT payload FROM jobs WHERE status = 'queued'"_s)->toString().toUtf8())
                                 .object();
        QCOMPARE(payload.value(u"mode"_s).toString(), u"incremental"_s);
        QVERIFY(payload.value(u"chain"_s).toBool());

        // Running counts as present too.
        MD_VERIFY_OK(db::exec(t.connection(), u"UPDATE jobs SET status = 'running' WHERE status = 'queued'"_s));
        auto whileRunning = a.fireDue();
        MD_VERIFY_OK(whileRunning);
        QVERIFY(whileRunning->isEmpty());
    }

    // A mapping saved while another process crawls queues one partial crawl per brand; it waits for the lease
    // (requeued, never dropped) and runs once the crawl in progress is over.
    void mappingQueuesOnePartialCrawlPerBrand_data() { test::addDialectRows(); }
    void mappingQueuesOnePartialCrawlPerBrand()
    {
        QFETCH(QByteArray, dialect);
        auto& t = fresh(dialect);
        QTemporaryDir dir;
        test::generateAroundToday(dir.path(), smallFeed());
        const QString day = test::supplierToday().toString(u"yyyyMMdd"_s);
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(test::runCrawl(t.database(), &source, { day }).status);
        auto pairs = gnb::CategoryMappings(t.database()).list();
        MD_VERIFY_OK(pairs);
        QVERIFY(pairs->size() >= 3);
        const auto first = pairs->at(0);
        const auto sameBrand = std::find_if(
            pairs->cbegin() + 1, pairs->cend(), [&](const gnb::CategoryPair& p) { return p.brand == first.brand; });
        QVERIFY(sameBrand != pairs->cend());
        const auto otherBrand = std::find_if(
            pairs->cbegin(), pairs->cend(), [&](const gnb::CategoryPair& p) { return p.brand != first.brand; });
        QVERIFY(otherBrand != pairs->cend());

        jobs::Lease crawlInProgress(t.database(), QString::fromLatin1(gnb::Crawler::kLeaseName), u"other-host:42"_s);
        MD_VERIFY_OK(crawlInProgress.tryAcquire(60s));
        gnb::CategoryMappings mappings(t.database());
        auto m1 = mappings.map(first.brand, first.category, u"가방/숄더백"_s, u"kim"_s, u"test"_s);
        MD_VERIFY_OK(m1);
        auto m2 = mappings.map(sameBrand->brand, sameBrand->category, u"가방/토트백"_s, u"kim"_s, u"test"_s);
        MD_VERIFY_OK(m2);
        auto m3 = mappings.map(otherBrand->brand, otherBrand->category, u"신발"_s, u"lee"_s, u"test"_s);
        MD_VERIFY_OK(m3);
        QVERIFY(m1->crawlJobId > 0);
        QCOMPARE(m2->crawlJobId, m1->crawlJobId); // the same brand twice: one crawl
        QVERIFY(m3->crawlJobId != m1->crawlJobId);

        GnbWorker w(t.database(), dir.path(), 15min, 200ms);
        QTRY_VERIFY_WITH_TIMEOUT(
            number(t, u"SELECT COUNT(*) FROM job_results WHERE skipped AND job_id = ?"_s, { m1->crawlJobId }) >= 1,
            5000);
        // Waiting, not dropped: back in the queue (or being claimed again to look at the lease).
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running') AND id IN (?, ?)"_s,
                     { m1->crawlJobId, m3->crawlJobId }),
            2);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM job_results WHERE success AND job_id IN (?, ?)"_s,
                     { m1->crawlJobId, m3->crawlJobId }),
            0);
        MD_VERIFY_OK(crawlInProgress.release());
        QTRY_COMPARE_WITH_TIMEOUT(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'done' AND id IN (?, ?)"_s,
                                      { m1->crawlJobId, m3->crawlJobId }),
            2, 10000);
        auto counts = db::scalar(
            t.connection(), u"SELECT counts FROM job_results WHERE job_id = ? AND success"_s, { m1->crawlJobId });
        MD_VERIFY_OK(counts);
        const auto json = QJsonDocument::fromJson(counts->toString().toUtf8()).object();
        QCOMPARE(json.value(u"mode"_s).toString(), u"brands"_s);
        QCOMPARE(json.value(u"files"_s).toInt(), 1);
        // Each ran exactly once.
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM job_results WHERE job_id IN (?, ?) AND success"_s,
                     { m1->crawlJobId, m3->crawlJobId }),
            2);
    }

private:
    test::TestDatabase& fresh(const QByteArray& dialect)
    {
        auto& t = m_databases.fresh(dialect);
        for (const char* table :
            { "schedule_state", "gnb_feed_day", "feed_reject", "feed_file", "product", "category_mapping", "log" }) {
            if (auto q = db::exec(t.connection(), u"DELETE FROM "_s + QLatin1StringView(table)); !q)
                qFatal("%s", qPrintable(q.error().toString()));
        }
        return t;
    }

    test::JobsTestDatabases m_databases;
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
