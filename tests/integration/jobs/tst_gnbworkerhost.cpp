#include "services/db/sql.h"
#include "services/gnb/folderfeedsource.h"
#include "services/gnb/gnbworkerhost.h"
#include "services/jobs/dbclock.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;

namespace {
const QTimeZone kRome("Europe/Rome");

gnb::GnbWorkerHostOptions hostOptions(const QString& feedDir, const QString& holder)
{
    gnb::GnbWorkerHostOptions o;
    o.jobs.sourceFactory = [feedDir] { return std::make_unique<gnb::FolderFeedSource>(feedDir); };
    o.jobs.incrementalInterval = 10min; // the chain's next crawl is queued, not run, during a test
    o.worker.holder = holder;
    o.worker.pollInterval = 50ms;
    o.worker.heartbeatInterval = 200ms;
    o.worker.claimFor = 5s;
    o.worker.stopGrace = 3s;
    return o;
}

qint64 number(test::TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(t.connection(), sql, binds);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestGnbWorkerHost : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<md::jobs::Progress>();
        QLoggingCategory::setFilterRules(u"md.gnb.crawl.debug=false"_s);
    }

    // The host's scheduler queues the day's full crawl (its time has passed), the host's worker runs it from the
    // folder feed, and the crawl queues the next incremental one `interval` after it ended; stop() ends the thread.
    void runsTheDailyFullCrawlAndChains_data() { test::addDialectRows(); }
    void runsTheDailyFullCrawlAndChains()
    {
        QFETCH(QByteArray, dialect);
        auto created = test::TestDatabase::create(dialect);
        auto& t = *created;
        QTemporaryDir dir;
        feedgen::FeedOptions feed;
        feed.models = 150;
        feed.brands = 3;
        feed.seed = 21;
        const auto summary = test::generateAroundToday(dir.path(), feed);

        auto options = hostOptions(dir.path(), u"desktop-a:1"_s);
        options.dailyAt = QTime(0, 0); // already past today
        options.timeZone = kRome;
        gnb::GnbWorkerHost host(t.database(), options);
        QVERIFY(host.worker());
        QVERIFY(host.scheduler());
        QSignalSpy queued(&host, &gnb::GnbWorkerHost::jobQueued);
        QSignalSpy started(&host, &gnb::GnbWorkerHost::jobStarted);
        QSignalSpy progressed(&host, &gnb::GnbWorkerHost::jobProgress);
        QSignalSpy finished(&host, &gnb::GnbWorkerHost::jobFinished);
        QSignalSpy stopped(&host, &gnb::GnbWorkerHost::stopped);
        MD_VERIFY_OK(host.start());
        QVERIFY(host.isRunning());
        QVERIFY(!host.start()); // one run per host

        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 1, 30000);
        QVERIFY(std::any_of(queued.cbegin(), queued.cend(), [](const QList<QVariant>& args) {
            return args.at(2).toString() == QString::fromLatin1(gnb::GnbJobs::kFullTrigger);
        }));
        QCOMPARE(started.size(), 1);
        const qint64 fullJob = started.first().at(0).toLongLong();
        QCOMPARE(finished.first().at(0).toLongLong(), fullJob);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QVERIFY(!progressed.isEmpty());
        QVERIFY(!host.currentJob());

        QCOMPARE(number(t, u"SELECT COUNT(*) FROM product_stock_gnb"_s), qint64(summary.variants));
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'done'"_s, { fullJob }), 1);
        auto counts
            = db::scalar(t.connection(), u"SELECT counts FROM job_results WHERE job_id = ? AND success"_s, { fullJob });
        MD_VERIFY_OK(counts);
        const auto json = QJsonDocument::fromJson(counts->toString().toUtf8()).object();
        QCOMPARE(json.value(u"mode"_s).toString(), u"full"_s);
        QCOMPARE(json.value(u"files"_s).toInt(), feed.brands);
        // The chain: exactly one incremental crawl waits, due about `interval` after the full crawl ended.
        const QString key = QString::fromLatin1(gnb::GnbJobs::kIncrementalKey);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued'"_s), 1);
        QCOMPARE(number(t,
                     u"SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND dedupe_key = ? AND run_after > %1"_s.arg(
                         jobs::DbClock::nowPlusMs(t.database().dialect())),
                     { key, 9 * 60 * 1000 }),
            1);

        QElapsedTimer clock;
        clock.start();
        host.stop();
        QVERIFY(stopped.wait(5000));
        QVERIFY(clock.elapsed() < 2000); // idle: at once
        QVERIFY(!host.isRunning());
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'running'"_s), 0);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'queued'"_s), 1); // the chain outlives it
    }

    // Stopping while a crawl runs: the crawl is cancelled at its next check, the job goes back to the queue (not
    // failed, not cancelled), its run is recorded as interrupted, the lease is free and only whole files were
    // applied. Another host then runs the same job to the end, once.
    void stopWhileCrawlingRequeues_data() { test::addDialectRows(); }
    void stopWhileCrawlingRequeues()
    {
        QFETCH(QByteArray, dialect);
        auto created = test::TestDatabase::create(dialect);
        auto& t = *created;
        QTemporaryDir dir;
        feedgen::FeedOptions feed;
        feed.models = 16000;
        feed.brands = 4;
        feed.seed = 5;
        const auto summary = test::generateAroundToday(dir.path(), feed);
        auto queuedJob = gnb::GnbJobs::enqueueCrawl(t.database(), gnb::CrawlMode::Full);
        MD_VERIFY_OK(queuedJob);
        const qint64 jobId = queuedJob->id;

        auto options = hostOptions(dir.path(), u"desktop-b:2"_s);
        options.schedule = false;
        {
            gnb::GnbWorkerHost host(t.database(), options);
            QVERIFY(!host.scheduler());
            QSignalSpy progressed(&host, &gnb::GnbWorkerHost::jobProgress);
            QSignalSpy finished(&host, &gnb::GnbWorkerHost::jobFinished);
            QSignalSpy stopped(&host, &gnb::GnbWorkerHost::stopped);
            MD_VERIFY_OK(host.start());
            // In the middle of the second file.
            QTRY_VERIFY_WITH_TIMEOUT(host.currentJob() && host.currentJob()->progress.step >= 2, 60000);
            QCOMPARE(host.currentJob()->id, jobId);
            QElapsedTimer clock;
            clock.start();
            host.stop();
            QVERIFY(host.isStopping());
            QVERIFY(stopped.wait(10000));
            qInfo("stopped %lld ms after stop()", clock.elapsed());
            QVERIFY(clock.elapsed() < 3000); // the crawl stopped at its check, before the stop grace ran out
            QCOMPARE(finished.size(), 1);
            QCOMPARE(finished.first().at(2).toBool(), false);
            QVERIFY(!host.isRunning());
        }
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'queued'"_s, { jobId }), 1);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE status = 'running'"_s), 0);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM job_results WHERE job_id = ? AND NOT success"_s, { jobId }), 1);
        QCOMPARE(
            number(t, u"SELECT COUNT(*) FROM job_results WHERE job_id = ? AND finished_at IS NULL"_s, { jobId }), 0);
        QCOMPARE(number(t,
                     u"SELECT COUNT(*) FROM shedlock WHERE name = 'gnb.crawl' AND lock_until > %1"_s.arg(
                         jobs::DbClock::now(t.database().dialect()))),
            0);
        // Consistent: the variants in the catalogue are exactly those of the files applied before the stop.
        QStringList applied;
        auto files = db::exec(t.connection(), u"SELECT name FROM feed_file WHERE status = 'applied'"_s);
        MD_VERIFY_OK(files);
        while (files->next())
            applied << files->value(0).toString();
        QVERIFY(applied.size() < feed.brands);
        qint64 expected = 0;
        for (const auto& file : summary.files) {
            if (applied.contains(file.file))
                expected += file.validRows;
        }
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM product_stock_gnb"_s), expected);

        // The job given back runs again on the next host, to the end.
        auto nextOptions = hostOptions(dir.path(), u"desktop-c:3"_s);
        nextOptions.schedule = false;
        gnb::GnbWorkerHost next(t.database(), nextOptions);
        QSignalSpy finished(&next, &gnb::GnbWorkerHost::jobFinished);
        MD_VERIFY_OK(next.start());
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(finished.cbegin(), finished.cend(),
                                     [jobId](const QList<QVariant>& args) {
                                         return args.at(0).toLongLong() == jobId && args.at(2).toBool();
                                     }),
            60000);
        QVERIFY(next.stopAndWait(10s));
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'done'"_s, { jobId }), 1);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM job_results WHERE job_id = ? AND success"_s, { jobId }), 1);
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM product_stock_gnb"_s), qint64(summary.variants));
        QCOMPARE(number(t, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied' AND day = ?"_s,
                     { test::supplierToday().toString(u"yyyyMMdd"_s) }),
            qint64(feed.brands));
    }

    // A configuration that cannot work is refused before any thread starts, with a reason naming it.
    void refusesAMissingFeed()
    {
        auto created = test::TestDatabase::sqlite();
        auto& t = *created;
        gnb::GnbWorkerHostOptions options;
        options.jobs.source.location = u"/nonexistent/feed"_s;
        gnb::GnbWorkerHost host(t.database(), options);
        auto started = host.start();
        QVERIFY(!started);
        QCOMPARE(started.error().code, ErrorCode::Config);
        QVERIFY(started.error().message.contains(u"/nonexistent/feed"_s));
        QVERIFY(!host.isRunning());

        gnb::GnbWorkerHost empty(t.database(), gnb::GnbWorkerHostOptions {});
        auto none = empty.start();
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::Config);
    }
};

QTEST_GUILESS_MAIN(TestGnbWorkerHost)
#include "tst_gnbworkerhost.moc"
