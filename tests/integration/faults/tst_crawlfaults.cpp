#include "services/db/sql.h"
#include "services/gnb/gnbjobs.h"
#include "services/gnb/httpfeedsource.h"
#include "services/net/httpclient.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/fakegnbserver.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;
using namespace md::test;

namespace {
struct Finished {
    int exitCode = -1;
    QJsonObject json;
    QString err;
};

QStringList crawlArgs(const QString& db, const QString& feed, const QStringList& extra = {})
{
    return QStringList { u"--db"_s, db, u"gnb"_s, u"crawl"_s, u"--feed"_s, feed, u"--day"_s, kDay, u"--json"_s }
    + extra;
}

std::unique_ptr<QProcess> start(const QStringList& args)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(MD_CLI_PATH), args);
    if (!p->waitForStarted(10000))
        qFatal("marketdesk-cli did not start");
    return p;
}

Finished wait(QProcess& p, int ms = 60000)
{
    if (!p.waitForFinished(ms))
        qFatal("marketdesk-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object(),
        QString::fromUtf8(p.readAllStandardError()) };
}

Finished run(const QStringList& args)
{
    return wait(*start(args));
}

qint64 number(TestDatabase& t, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(t.connection(), sql, binds);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

// Runs the crawl again until the dead holder's lease has expired (exit 3 until then).
Finished runAfterLeaseExpiry(const QStringList& args)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        auto r = run(args);
        if (r.exitCode != 3 || clock.elapsed() > 40000)
            return r;
        QThread::msleep(150);
    }
}

void clearCatalogue(TestDatabase& t)
{
    MD_VERIFY_OK(db::exec(t.connection(),
        u"TRUNCATE product, feed_file, feed_reject, job_results, shedlock, jobs, category_mapping, gnb_feed_day, "
        "gnb_unseen CASCADE"_s));
}

std::unique_ptr<gnb::HttpFeedSource> httpSource(const fakes::FakeGnbServer& server)
{
    auto source = std::make_unique<gnb::HttpFeedSource>(server.baseUrl(), gnb::FeedAuth::None, QString(), nullptr);
    source->client()->setRetryPolicy({ 2, 20ms, 100ms, 200ms });
    source->client()->setDefaultTimeout(400ms);
    return source;
}

QString path(const feedgen::FeedSummary& feed, int i)
{
    return u"/"_s + kDay + u'/' + feed.files.at(i).file;
}
} // namespace

// Faults of real crawler processes on PostgreSQL: kills, races for the lease, a feed server that misbehaves,
// cancellation. Feeds are small so that the whole suite stays well under a minute.
class TestCrawlFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // SIGKILL at random points of a crawl: every brand file is either entirely applied or not at all, and the next
    // run completes with exact counts.
    void killedMidFileLeavesNoPartialFile()
    {
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 2400;
        options.brands = 4;
        options.seed = 31;
        const auto feed = generateFeed(dir.path(), options);
        auto t = TestDatabase::postgres();
        const QStringList args = crawlArgs(t->url(), dir.path(), { u"--lease-seconds"_s, u"2"_s });

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(run(args).exitCode, 0);
        const qint64 fullMs = clock.elapsed();
        auto* random = QRandomGenerator::global();
        int midCrawl = 0;
        int kills = 0;
        constexpr int kRepeats = 10;
        // Until 10 processes were really killed: under load a crawl may also end before its kill time.
        for (int i = 0; kills < kRepeats && i < 2 * kRepeats; ++i) {
            clearCatalogue(*t);
            auto p = start(args);
            const qint64 pid = p->processId();
            QThread::msleep(random->bounded(qint64(fullMs / 20), qint64(fullMs * 7 / 10)));
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(5000));
            kills += p->exitStatus() == QProcess::CrashExit;

            int applied = 0;
            qint64 appliedVariants = 0;
            for (const auto& f : feed.files) {
                const qint64 variants = number(*t,
                    u"SELECT COUNT(*) FROM product_stock ps JOIN product p ON p.id = ps.product_id "
                    "WHERE p.source_file = ?"_s,
                    { f.file });
                const qint64 recorded = number(*t,
                    u"SELECT COUNT(*) FROM feed_file WHERE name = ? AND status = 'applied' AND sha256 = ?"_s,
                    { f.file, QString::fromLatin1(f.sha256) });
                QVERIFY2(variants == 0 || variants == f.validRows,
                    qPrintable(u"%1: %2 of %3 variants"_s.arg(f.file).arg(variants).arg(f.validRows)));
                QCOMPARE(recorded, variants > 0 ? 1 : 0);
                applied += variants > 0;
                appliedVariants += variants;
            }
            midCrawl += applied > 0 && applied < feed.files.size();

            const auto next = runAfterLeaseExpiry(args);
            QVERIFY2(next.exitCode == 0,
                qPrintable(u"killed pid %1; lease %2; %3"_s.arg(pid).arg(
                    db::scalar(
                        t->connection(), u"SELECT locked_by || ' ' || lock_until || ' now ' || now() FROM shedlock"_s)
                        ->toString(),
                    next.err)));
            QCOMPARE(next.json.value(u"variants"_s).toInt(), feed.variants);
            QCOMPARE(next.json.value(u"inserted"_s).toInt(), feed.variants - appliedVariants);
            QCOMPARE(next.json.value(u"unchanged"_s).toInt(), appliedVariants);
            QCOMPARE(next.json.value(u"updated"_s).toInt(), 0);
            QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product_stock"_s), feed.variants);
            QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product"_s), feed.models);
        }
        qInfo(
            "%d of %d kills landed between the first and the last file (full crawl %lld ms)", midCrawl, kills, fullMs);
        QCOMPARE(kills, kRepeats);
        QVERIFY(midCrawl > 0);
    }

    // Four crawlers started together: one crawls, three exit 3 and leave a skipped job_results row naming it.
    void fourCrawlersStartedTogetherOneRuns()
    {
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 150;
        options.brands = 2;
        const auto feed = generateFeed(dir.path(), options);
        fakes::FakeGnbServer server(dir.path());
        QVERIFY(server.listen());
        server.injectFault(u"/"_s + kDay + u"/index.csv"_s, fakes::FeedFault::delayed(1500ms).times(1));
        auto t = TestDatabase::postgres();
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i)
            processes.push_back(start(crawlArgs(t->url(), server.baseUrl().toString())));
        QList<int> codes;
        QString winner;
        for (auto& p : processes) {
            const auto r = wait(*p);
            codes << r.exitCode;
            if (r.exitCode == 0)
                QCOMPARE(r.json.value(u"variants"_s).toInt(), feed.variants);
            else
                winner = r.json.value(u"lock_holder"_s).toString();
        }
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int> { 0, 3, 3, 3 }));
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM job_results WHERE skipped AND lock_holder = ?"_s, { winner }), 3);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM job_results WHERE NOT skipped AND success"_s), 1);
        QCOMPARE(server.requests(u"/"_s + kDay + u"/index.csv"_s).size(), 1);
    }

    // A holder killed while it waits for the feed: others skip until its lease expires, then one takes over.
    void killedHolderIsTakenOverAfterTheLeaseExpires()
    {
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 150;
        options.brands = 2;
        const auto feed = generateFeed(dir.path(), options);
        fakes::FakeGnbServer server(dir.path());
        QVERIFY(server.listen());
        server.injectFault(path(feed, 1), fakes::FeedFault::delayed(20s));
        auto t = TestDatabase::postgres();
        const auto args = crawlArgs(t->url(), server.baseUrl().toString(), { u"--lease-seconds"_s, u"2"_s });
        auto holder = start(args);
        QTRY_COMPARE_WITH_TIMEOUT(number(*t, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), 1, 10000);
        const qint64 holderPid = holder->processId();
        const QString holderName = u":"_s + QString::number(holderPid);
        holder->kill();
        holder->waitForFinished(5000);
        server.clearFaults();

        const auto skipped = run(args);
        QCOMPARE(skipped.exitCode, 3);
        QVERIFY(skipped.json.value(u"lock_holder"_s).toString().endsWith(holderName));
        const auto next = runAfterLeaseExpiry(args);
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
        QCOMPARE(next.json.value(u"variants"_s).toInt(), feed.variants);
        QCOMPARE(next.json.value(u"unchanged"_s).toInt(), feed.files.at(0).validRows);
        // The dead run stays visible as started and never finished.
        QCOMPARE(
            number(*t, u"SELECT COUNT(*) FROM job_results WHERE finished_at IS NULL AND pid = ?"_s, { holderPid }), 1);
    }

    // Each fault of the feed server fails its file with a recorded reason; the previous data stays, and the next
    // incremental crawl retries exactly that file.
    void feedFaultsEndInARecordedError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("timeout") << int(fakes::FeedFault::Kind::Delay) << u"did not answer"_s;
        QTest::newRow("5xx") << int(fakes::FeedFault::Kind::Status) << u"503"_s;
        QTest::newRow("truncated") << int(fakes::FeedFault::Kind::Truncate) << QString();
        QTest::newRow("sha256") << int(fakes::FeedFault::Kind::CorruptBody) << u"sha256"_s;
        QTest::newRow("missing") << int(fakes::FeedFault::Kind::NotFound) << u"404"_s;
    }
    void feedFaultsEndInARecordedError()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 150;
        options.brands = 3;
        const auto feed = generateFeed(dir.path(), options);
        fakes::FakeGnbServer server(dir.path());
        QVERIFY(server.listen());
        auto t = TestDatabase::postgres();
        auto source = httpSource(server);
        MD_VERIFY_OK(runCrawl(t->database(), source.get(), { kDay }).status);
        const auto before = catalogueSnapshot(t->connection(), true);

        fakes::FeedFault fault;
        switch (fakes::FeedFault::Kind(kind)) {
        case fakes::FeedFault::Kind::Delay:
            fault = fakes::FeedFault::delayed(3s);
            break;
        case fakes::FeedFault::Kind::Status:
            fault = fakes::FeedFault::withStatus(503);
            break;
        case fakes::FeedFault::Kind::Truncate:
            fault = fakes::FeedFault::truncated();
            break;
        case fakes::FeedFault::Kind::CorruptBody:
            fault = fakes::FeedFault::corruptBody();
            break;
        case fakes::FeedFault::Kind::NotFound:
            fault = fakes::FeedFault::notFound();
            break;
        }
        const QString file = feed.files.at(1).file;
        server.injectFault(path(feed, 1), fault);
        const auto failed = runCrawl(t->database(), source.get(), { kDay });
        QVERIFY(!failed.status.ok());
        QCOMPARE(failed.summary.filesFailed, 1);
        QCOMPARE(failed.summary.files, feed.files.size() - 1);

        const auto error = db::scalar(t->connection(),
            u"SELECT error_msg FROM job_results WHERE id = ? AND NOT success"_s, { failed.summary.jobResultId });
        MD_VERIFY_OK(error);
        const QString message = error->toString();
        QVERIFY2(message.contains(file) && message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM feed_reject WHERE job_result_id = ? AND file = ? AND line = 0"_s,
                     { failed.summary.jobResultId, file }),
            1);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM feed_file WHERE name = ? AND status = 'failed' AND sha256 = ?"_s,
                     { file, QString::fromLatin1(feed.files.at(1).sha256) }),
            1);
        QCOMPARE(catalogueSnapshot(t->connection(), true), before);

        server.clearFaults();
        const auto retried = runCrawl(t->database(), source.get(), { kDay, gnb::CrawlMode::Incremental });
        MD_VERIFY_OK(retried.status);
        QCOMPARE(retried.summary.files, 1);
        QCOMPARE(retried.summary.updated, 0);
        QCOMPARE(catalogueSnapshot(t->connection(), true), before);
    }

    // SIGINT while the crawler waits for a slow file: it stops within 2 s, the files before stay applied whole and
    // the run is recorded as cancelled.
    void cancelStopsWithinTwoSeconds()
    {
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 300;
        options.brands = 3;
        const auto feed = generateFeed(dir.path(), options);
        fakes::FakeGnbServer server(dir.path());
        QVERIFY(server.listen());
        server.injectFault(path(feed, 1), fakes::FeedFault::delayed(20s));
        auto t = TestDatabase::postgres();
        auto p = start(crawlArgs(t->url(), server.baseUrl().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(number(*t, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), 1, 10000);
        QElapsedTimer clock;
        clock.start();
        ::kill(pid_t(p->processId()), SIGINT);
        const auto r = wait(*p, 10000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product_stock"_s), feed.files.at(0).validRows);
        QCOMPARE(number(*t,
                     u"SELECT COUNT(*) FROM job_results WHERE NOT success AND finished_at IS NOT NULL "
                     "AND error_msg LIKE '%cancel%'"_s),
            1);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM shedlock WHERE lock_until > now()"_s), 0); // released
    }

    // The headless worker stops on SIGTERM within 2 s, gives the interrupted crawl back to the queue, and a new
    // worker finishes it.
    void workerStopsCleanlyAndTheJobIsResumed()
    {
        QTemporaryDir dir;
        feedgen::FeedOptions options;
        options.models = 300;
        options.brands = 3;
        const auto feed = generateFeed(dir.path(), options);
        fakes::FakeGnbServer server(dir.path());
        QVERIFY(server.listen());
        server.injectFault(path(feed, 1), fakes::FeedFault::delayed(20s).times(1));
        auto t = TestDatabase::postgres();
        auto job = gnb::GnbJobs::enqueueCrawl(t->database(), gnb::CrawlMode::Full, {}, kDay);
        MD_VERIFY_OK(job);
        const QStringList args { u"--db"_s, t->url(), u"worker"_s, u"--feed"_s, server.baseUrl().toString(),
            u"--no-schedule"_s, u"--poll-ms"_s, u"100"_s };
        auto worker = start(args);
        QTRY_COMPARE_WITH_TIMEOUT(number(*t, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), 1, 10000);
        QElapsedTimer clock;
        clock.start();
        worker->terminate(); // SIGTERM
        const auto stopped = wait(*worker, 10000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QCOMPARE(
            number(*t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'queued' AND attempts = 0"_s, { job->id }),
            1);
        QCOMPARE(number(*t,
                     u"SELECT COUNT(*) FROM job_results WHERE job_id = ? AND NOT success "
                     "AND finished_at IS NOT NULL"_s,
                     { job->id }),
            1);

        auto again = start(args);
        QTRY_COMPARE_WITH_TIMEOUT(
            number(*t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'done'"_s, { job->id }), 1, 20000);
        again->terminate();
        const auto second = wait(*again, 10000);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product_stock"_s), feed.variants);
    }
};

QTEST_GUILESS_MAIN(TestCrawlFaults)
#include "tst_crawlfaults.moc"
