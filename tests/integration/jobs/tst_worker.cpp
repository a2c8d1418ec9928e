#include "services/db/sql.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/lease.h"
#include "services/jobs/worker.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/jobs/jobstestdb.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;
using jobs::JobContext;
using jobs::JobOutcome;
using jobs::Worker;

namespace {
QString statusOf(test::TestDatabase& t, qint64 id)
{
    auto status = db::scalar(t.connection(), u"SELECT status FROM jobs WHERE id = ?"_s, { id });
    return status ? status->toString() : u"(error)"_s;
}

jobs::WorkerOptions fastOptions(const QString& holder)
{
    jobs::WorkerOptions o;
    o.holder = holder;
    o.pollInterval = 50ms;
    o.heartbeatInterval = 100ms;
    o.claimFor = 2s;
    o.stopGrace = 300ms;
    o.retry = jobs::RetryPolicy { 60s, 60s };
    return o;
}

// A worker living in its own thread, as in the application; stopped and joined by the destructor.
struct WorkerThread {
    QThread thread;
    Worker* worker;

    WorkerThread(db::Database database, jobs::WorkerOptions options)
        : worker(new Worker(std::move(database), std::move(options)))
    {
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, worker, &Worker::start);
        // Direct: the test's thread may be blocked in wait() and could not run a queued quit().
        QObject::connect(worker, &Worker::stopped, &thread, &QThread::quit, Qt::DirectConnection);
        QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    }
    void start() { thread.start(); }
    ~WorkerThread()
    {
        if (thread.isRunning()) {
            worker->requestStop();
            thread.wait(5000);
        }
    }
};
} // namespace

class TestWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<md::jobs::Progress>(); }

    void runsRegisteredKinds_data() { test::addDialectRows(); }
    void runsRegisteredKinds()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        jobs::JobQueue queue(t->database());
        auto counted = queue.enqueue(u"count"_s, { { u"n"_s, 500 } });
        auto broken = queue.enqueue(u"broken"_s, {});
        auto later = queue.enqueue(u"async"_s, {});
        auto foreign = queue.enqueue(u"someone-else"_s, {});

        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        w.worker->registerHandler(u"count"_s, [](JobContext& context) {
            const int n = context.job().payload.value(u"n"_s).toInt();
            context.progress()->start(n);
            for (int i = 1; i <= n; ++i)
                context.progress()->report(i);
            context.progress()->finish();
            return JobOutcome::succeeded({ { u"rows"_s, n } });
        });
        w.worker->registerHandler(u"broken"_s, [](JobContext&) {
            return JobOutcome::failed(Error { ErrorCode::Invalid, u"bad payload"_s, {} }, false);
        });
        w.worker->registerAsyncHandler(u"async"_s, [](JobContext* context) {
            QTimer::singleShot(50, context, [context] { context->finish(JobOutcome::succeeded({}, 7)); });
        });
        QSignalSpy finished(w.worker, &Worker::jobFinished);
        QSignalSpy progress(w.worker, &Worker::jobProgress);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 5000);

        QCOMPARE(statusOf(*t, counted->id), u"done"_s);
        QCOMPARE(statusOf(*t, broken->id), u"failed"_s);
        QCOMPARE(statusOf(*t, later->id), u"done"_s);
        QCOMPARE(statusOf(*t, foreign->id), u"queued"_s); // no handler here: left for another worker
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.last().at(1).value<jobs::Progress>().finished);

        auto q = db::exec(t->connection(),
            u"SELECT job_id, job_name, success, counts, orders_count, error_msg, finished_at FROM job_results "
            "ORDER BY job_id"_s);
        MD_VERIFY_OK(q);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toLongLong(), counted->id);
        QCOMPARE(q->value(1).toString(), u"count"_s);
        QVERIFY(q->value(2).toBool());
        QCOMPARE(q->value(3).toString(), u"{\"rows\":500}"_s);
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toLongLong(), broken->id);
        QVERIFY(!q->value(2).toBool());
        QVERIFY(q->value(5).toString().contains(u"bad payload"_s));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toLongLong(), later->id);
        QCOMPARE(q->value(4).toInt(), 7);
        QVERIFY(!q->value(6).isNull());
        QVERIFY(!q->next());
    }

    // A stop cancels the running job's token; a cooperative job ends at its next check and goes back to the queue
    // with its attempt not counted.
    void stopInterruptsAndRequeues_data() { test::addDialectRows(); }
    void stopInterruptsAndRequeues()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        auto id = jobs::JobQueue(t->database()).enqueue(u"long"_s, {});
        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        w.worker->registerHandler(u"long"_s, [](JobContext& context) {
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 10'000) {
                if (context.isCancelled())
                    return JobOutcome::cancelledWith({ { u"rows"_s, 1 } });
                context.keepAlive();
                QThread::msleep(5);
            }
            return JobOutcome::succeeded();
        });
        QSignalSpy started(w.worker, &Worker::jobStarted);
        QSignalSpy stopped(w.worker, &Worker::stopped);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        w.worker->requestStop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 3000);
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(w.thread.wait(2000));

        QCOMPARE(statusOf(*t, id->id), u"queued"_s);
        auto attempts = db::scalar(t->connection(), u"SELECT attempts FROM jobs WHERE id = ?"_s, { id->id });
        QCOMPARE(attempts->toInt(), 0);
        auto result
            = db::exec(t->connection(), u"SELECT success, error_msg FROM job_results WHERE job_id = ?"_s, { id->id });
        MD_VERIFY_OK(result);
        QVERIFY(result->next());
        QVERIFY(!result->value(0).toBool());
        QVERIFY(result->value(1).toString().contains(u"cancel"_s));
    }

    // An asynchronous job that does not finish within the grace period is abandoned: back to the queue, recorded.
    void stopAbandonsAfterGrace_data() { test::addDialectRows(); }
    void stopAbandonsAfterGrace()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        auto id = jobs::JobQueue(t->database()).enqueue(u"stuck"_s, {});
        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        w.worker->registerAsyncHandler(u"stuck"_s, [](JobContext*) { /* never finishes */ });
        QSignalSpy started(w.worker, &Worker::jobStarted);
        QSignalSpy stopped(w.worker, &Worker::stopped);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QElapsedTimer clock;
        clock.start();
        w.worker->requestStop();
        QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, 3000);
        QVERIFY(clock.elapsed() >= 250); // the grace period was granted
        QVERIFY(w.thread.wait(2000));
        QCOMPARE(statusOf(*t, id->id), u"queued"_s);
        auto error = db::scalar(t->connection(), u"SELECT error_msg FROM job_results WHERE job_id = ?"_s, { id->id });
        MD_VERIFY_OK(error);
        QVERIFY(error->toString().contains(u"abandoned"_s));
    }

    // A user's cancel ends the current job as cancelled; the worker goes on with the next one.
    void cancelCurrentJob_data() { test::addDialectRows(); }
    void cancelCurrentJob()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        jobs::JobQueue queue(t->database());
        auto first = queue.enqueue(u"wait"_s, {}, jobs::EnqueueOptions { 1 });
        auto second = queue.enqueue(u"quick"_s, {});
        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        w.worker->registerAsyncHandler(u"wait"_s, [](JobContext* context) {
            auto* timer = new QTimer(context);
            QObject::connect(timer, &QTimer::timeout, context, [context] {
                if (context->isCancelled())
                    context->finish(JobOutcome::cancelledWith());
            });
            timer->start(10);
        });
        w.worker->registerHandler(u"quick"_s, [](JobContext&) { return JobOutcome::succeeded(); });
        QSignalSpy started(w.worker, &Worker::jobStarted);
        QSignalSpy finished(w.worker, &Worker::jobFinished);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QCOMPARE(started.first().at(0).toLongLong(), first->id);
        w.worker->cancelCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
        QCOMPARE(statusOf(*t, first->id), u"cancelled"_s);
        QCOMPARE(statusOf(*t, second->id), u"done"_s);
    }

    // A kind with a lease: when another process holds it, the job is skipped (or waits) and the skip is recorded.
    void leaseHeldElsewhereSkips_data() { test::addDialectRows(); }
    void leaseHeldElsewhereSkips()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        jobs::Lease other(t->database(), u"gnb.crawl"_s, u"desktop-7:999"_s);
        MD_VERIFY_OK(other.tryAcquire(60s));
        auto account = db::scalar(t->connection(),
            u"INSERT INTO account (platform, name, seller_id) VALUES ('naver', 'naver-main', 's1') RETURNING id"_s);
        MD_VERIFY_OK(account);
        const int accountId = account->toInt();
        jobs::JobQueue queue(t->database());
        auto skipped = queue.enqueue(u"crawl"_s, {});
        auto waiting = queue.enqueue(u"partial"_s, {});
        auto free = queue.enqueue(u"collect"_s, { { u"account_id"_s, accountId } });

        int ran = 0;
        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        const jobs::HandlerOptions skip { [](const jobs::Job&) { return u"gnb.crawl"_s; } };
        jobs::HandlerOptions wait { [](const jobs::Job&) { return u"gnb.crawl"_s; }, true, 60s };
        const jobs::HandlerOptions perAccount { [](const jobs::Job& job) {
            return u"orders.collect:%1"_s.arg(job.payload.value(u"account_id"_s).toInt());
        } };
        w.worker->registerHandler(
            u"crawl"_s,
            [&](JobContext&) {
                ++ran;
                return JobOutcome::succeeded();
            },
            skip);
        w.worker->registerHandler(
            u"partial"_s,
            [&](JobContext&) {
                ++ran;
                return JobOutcome::succeeded();
            },
            wait);
        w.worker->registerHandler(
            u"collect"_s,
            [&](JobContext& context) {
                // the lease is held while the job runs
                const QString name = u"orders.collect:%1"_s.arg(context.job().payload.value(u"account_id"_s).toInt());
                jobs::Lease probe(context.database(), name, u"probe:1"_s);
                auto info = probe.tryAcquire(1s);
                ++ran;
                return info && !info->acquired ? JobOutcome::succeeded()
                                               : JobOutcome::failed(Error { ErrorCode::Internal, u"not held"_s, {} });
            },
            perAccount);
        QSignalSpy skips(w.worker, &Worker::jobSkipped);
        QSignalSpy finished(w.worker, &Worker::jobFinished);
        w.start();
        QTRY_VERIFY_WITH_TIMEOUT(skips.count() == 2 && finished.count() == 1, 5000);
        QVERIFY(w.thread.isRunning());
        w.worker->requestStop();
        QVERIFY(w.thread.wait(3000));
        QCOMPARE(ran, 1);
        QVERIFY(finished.first().at(2).toBool());
        QVERIFY(skips.first().at(2).toString().contains(u"desktop-7:999"_s));

        QCOMPARE(statusOf(*t, skipped->id), u"cancelled"_s);
        QCOMPARE(statusOf(*t, waiting->id), u"queued"_s); // comes back after the holder is done
        QCOMPARE(statusOf(*t, free->id), u"done"_s);
        auto rows = db::exec(t->connection(),
            u"SELECT job_id, lock_holder FROM job_results WHERE skipped = ? ORDER BY job_id"_s, { true });
        MD_VERIFY_OK(rows);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), skipped->id);
        QCOMPARE(rows->value(1).toString(), u"desktop-7:999"_s);
        QVERIFY(rows->next());
        QCOMPARE(rows->value(0).toLongLong(), waiting->id);
        QVERIFY(!rows->next());
        auto recordedAccount
            = db::scalar(t->connection(), u"SELECT account_id FROM job_results WHERE job_id = ?"_s, { free->id });
        MD_VERIFY_OK(recordedAccount);
        QCOMPARE(recordedAccount->toInt(), accountId);
        // released after the run
        jobs::Lease after(t->database(), u"orders.collect:%1"_s.arg(accountId), u"later:2"_s);
        auto info = after.tryAcquire(1s);
        MD_VERIFY_OK(info);
        QVERIFY(info->acquired);
    }

    // Jobs of a worker that died (claim expired) are taken back and run by a live one.
    void runsJobsOfDeadWorkers_data() { test::addDialectRows(); }
    void runsJobsOfDeadWorkers()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        jobs::JobQueue queue(t->database());
        auto id = queue.enqueue(u"k"_s, {});
        MD_VERIFY_OK(queue.claim(u"dead:1"_s, 50ms));
        QThread::msleep(100);
        WorkerThread w(t->database(), fastOptions(u"worker:1"_s));
        w.worker->registerHandler(u"k"_s, [](JobContext&) { return JobOutcome::succeeded(); });
        QSignalSpy finished(w.worker, &Worker::jobFinished);
        w.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(statusOf(*t, id->id), u"done"_s);
        auto attempts = db::scalar(t->connection(), u"SELECT attempts FROM jobs WHERE id = ?"_s, { id->id });
        QCOMPARE(attempts->toInt(), 2);
    }

    // Two workers (threads, each with its own connection) share one queue: every job runs exactly once.
    void twoWorkersShareTheQueue_data() { test::addDialectRows(); }
    void twoWorkersShareTheQueue()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        constexpr int kJobs = 30;
        jobs::JobQueue queue(t->database());
        for (int i = 0; i < kJobs; ++i)
            MD_VERIFY_OK(queue.enqueue(u"k"_s, { { u"i"_s, i } }));
        QMutex mutex;
        QMap<int, int> runs;
        const Worker::Handler handler = [&](JobContext& context) {
            QMutexLocker lock(&mutex);
            ++runs[context.job().payload.value(u"i"_s).toInt()];
            return JobOutcome::succeeded();
        };
        WorkerThread a(t->database(), fastOptions(u"worker:a"_s));
        WorkerThread b(t->database(), fastOptions(u"worker:b"_s));
        a.worker->registerHandler(u"k"_s, handler);
        b.worker->registerHandler(u"k"_s, handler);
        QSignalSpy finishedA(a.worker, &Worker::jobFinished);
        QSignalSpy finishedB(b.worker, &Worker::jobFinished);
        a.start();
        b.start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedA.count() + finishedB.count(), kJobs, 10000);
        QCOMPARE(runs.size(), kJobs);
        for (int count : std::as_const(runs))
            QCOMPARE(count, 1);
        auto done = db::scalar(t->connection(), u"SELECT COUNT(*) FROM jobs WHERE status = 'done'"_s);
        QCOMPARE(done->toInt(), kJobs);
        qInfo() << "jobs run by a:" << finishedA.count() << "by b:" << finishedB.count();
    }

    void cleanupTestCase() { m_databases.clear(); }

private:
    test::JobsTestDatabases m_databases;
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
