#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/jobqueue.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/jobs/jobstestdb.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <atomic>
#include <barrier>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;
using jobs::EnqueueOptions;
using jobs::JobQueue;

namespace {
QString statusOf(test::TestDatabase& t, qint64 id)
{
    auto status = db::scalar(t.connection(), u"SELECT status FROM jobs WHERE id = ?"_s, { id });
    return status ? status->toString() : u"(error)"_s;
}

int attemptsOf(test::TestDatabase& t, qint64 id)
{
    auto attempts = db::scalar(t.connection(), u"SELECT attempts FROM jobs WHERE id = ?"_s, { id });
    return attempts ? attempts->toInt() : -1;
}

EnqueueOptions at(const QDateTime& when, int priority = 0)
{
    EnqueueOptions o;
    o.runAt = when;
    o.priority = priority;
    return o;
}
} // namespace

class TestJobQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dedupeKeepsOneQueued_data() { test::addDialectRows(); }
    void dedupeKeepsOneQueued()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        EnqueueOptions keyed;
        keyed.dedupeKey = u"gnb.partial:GUCCI"_s;
        auto first = queue.enqueue(u"gnb.partial"_s, { { u"brands"_s, u"GUCCI"_s } }, keyed);
        MD_VERIFY_OK(first);
        QVERIFY(first->created);
        auto second = queue.enqueue(u"gnb.partial"_s, { { u"brands"_s, u"GUCCI"_s } }, keyed);
        MD_VERIFY_OK(second);
        QVERIFY(!second->created);
        QCOMPARE(second->id, first->id);

        auto unkeyed1 = queue.enqueue(u"gnb.partial"_s, {});
        auto unkeyed2 = queue.enqueue(u"gnb.partial"_s, {});
        MD_VERIFY_OK(unkeyed1);
        MD_VERIFY_OK(unkeyed2);
        QVERIFY(unkeyed1->created && unkeyed2->created);
        QVERIFY(unkeyed1->id != unkeyed2->id);
        auto count = queue.queuedCount();
        MD_VERIFY_OK(count);
        QCOMPARE(*count, 3);

        // once the keyed job runs, the same key may be queued again: a change made during a run is not dropped
        auto claimed = queue.claim(u"w:1"_s, 60s, { u"gnb.partial"_s });
        MD_VERIFY_OK(claimed);
        QVERIFY(claimed->has_value());
        QCOMPARE((*claimed)->id, first->id);
        QCOMPARE((*claimed)->dedupeKey, keyed.dedupeKey);
        QCOMPARE((*claimed)->payload.value(u"brands"_s).toString(), u"GUCCI"_s);
        auto third = queue.enqueue(u"gnb.partial"_s, {}, keyed);
        MD_VERIFY_OK(third);
        QVERIFY(third->created);
        QVERIFY(third->id != first->id);
    }

    void claimOrder_data() { test::addDialectRows(); }
    void claimOrder()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto low = queue.enqueue(u"k"_s, {}, at(now.addSecs(-60), 0));
        auto highLater = queue.enqueue(u"k"_s, {}, at(now.addSecs(-5), 5));
        auto highEarlier = queue.enqueue(u"k"_s, {}, at(now.addSecs(-10), 5));
        EnqueueOptions notYet;
        notYet.priority = 9;
        notYet.delay = 60s;
        auto future = queue.enqueue(u"k"_s, {}, notYet);
        auto otherKind = queue.enqueue(u"other"_s, {}, at(now.addSecs(-100), 99));
        for (const auto* r : { &low, &highLater, &highEarlier, &future, &otherKind })
            MD_VERIFY_OK(*r);

        QList<qint64> order;
        for (;;) {
            auto job = queue.claim(u"w:1"_s, 60s, { u"k"_s });
            MD_VERIFY_OK(job);
            if (!job->has_value())
                break;
            QCOMPARE((*job)->kind, u"k"_s);
            order << (*job)->id;
        }
        QCOMPARE(order, (QList<qint64> { highEarlier->id, highLater->id, low->id }));
        QCOMPARE(statusOf(*t, future->id), u"queued"_s);

        auto any = queue.claim(u"w:1"_s, 60s); // no kind filter
        MD_VERIFY_OK(any);
        QVERIFY(any->has_value());
        QCOMPARE((*any)->id, otherKind->id);
    }

    void claimMarksRunning_data() { test::addDialectRows(); }
    void claimMarksRunning()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        auto id = queue.enqueue(u"k"_s, { { u"n"_s, 1 } });
        MD_VERIFY_OK(id);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        auto job = queue.claim(u"w:1"_s, 30s);
        MD_VERIFY_OK(job);
        QVERIFY(job->has_value());
        QCOMPARE((*job)->attempts, 1);
        QCOMPARE((*job)->maxAttempts, 3);
        QCOMPARE((*job)->payload.value(u"n"_s).toInt(), 1);
        const qint64 ahead = before.msecsTo((*job)->claimUntil);
        QVERIFY2(ahead > 25'000 && ahead < 40'000, qPrintable(QString::number(ahead)));
        QCOMPARE(statusOf(*t, id->id), u"running"_s);
        auto lockedBy = db::scalar(t->connection(), u"SELECT locked_by FROM jobs WHERE id = ?"_s, { id->id });
        MD_VERIFY_OK(lockedBy);
        QCOMPARE(lockedBy->toString(), u"w:1"_s);
        auto none = queue.claim(u"w:2"_s, 30s);
        MD_VERIFY_OK(none);
        QVERIFY(!none->has_value());
    }

    void completeOnlyByClaimer_data() { test::addDialectRows(); }
    void completeOnlyByClaimer()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        MD_VERIFY_OK(queue.enqueue(u"k"_s, {}));
        auto job = queue.claim(u"w:1"_s, 30s);
        MD_VERIFY_OK(job);
        const qint64 id = (*job)->id;
        auto stranger = queue.complete(id, u"w:2"_s);
        QVERIFY(!stranger.ok());
        QCOMPARE(stranger.error().code, ErrorCode::Conflict);
        MD_VERIFY_OK(queue.complete(id, u"w:1"_s));
        QCOMPARE(statusOf(*t, id), u"done"_s);
        auto twice = queue.complete(id, u"w:1"_s);
        QVERIFY(!twice.ok());
        auto finished = db::scalar(t->connection(), u"SELECT finished_at FROM jobs WHERE id = ?"_s, { id });
        MD_VERIFY_OK(finished);
        QVERIFY(jobs::DbClock::toDateTime(*finished).isValid());
    }

    void failRetriesWithBackoff_data() { test::addDialectRows(); }
    void failRetriesWithBackoff()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database(), jobs::RetryPolicy { 300ms, 10s });
        EnqueueOptions twice;
        twice.maxAttempts = 2;
        auto id = queue.enqueue(u"k"_s, {}, twice);
        MD_VERIFY_OK(id);

        auto first = queue.claim(u"w:1"_s, 30s);
        MD_VERIFY_OK(first);
        QVERIFY(first->has_value());
        QElapsedTimer clock;
        clock.start();
        auto requeued = queue.fail(id->id, u"w:1"_s, u"timeout"_s);
        MD_VERIFY_OK(requeued);
        QVERIFY(*requeued);
        QCOMPARE(statusOf(*t, id->id), u"queued"_s);
        auto error = db::scalar(t->connection(), u"SELECT error FROM jobs WHERE id = ?"_s, { id->id });
        QCOMPARE(error->toString(), u"timeout"_s);

        // not ready before the backoff has passed
        auto tooSoon = queue.claim(u"w:1"_s, 30s);
        MD_VERIFY_OK(tooSoon);
        QVERIFY(!tooSoon->has_value() || clock.elapsed() >= 300);
        std::optional<jobs::Job> second;
        while (!second && clock.elapsed() < 3000) {
            QThread::msleep(20);
            auto attempt = queue.claim(u"w:1"_s, 30s);
            MD_VERIFY_OK(attempt);
            second = *attempt;
        }
        QVERIFY(second);
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(second->attempts, 2);

        // attempts spent: failed for good
        auto last = queue.fail(id->id, u"w:1"_s, u"timeout again"_s);
        MD_VERIFY_OK(last);
        QVERIFY(!*last);
        QCOMPARE(statusOf(*t, id->id), u"failed"_s);

        // retry = false fails at once even with attempts left
        auto other = queue.enqueue(u"k"_s, {});
        MD_VERIFY_OK(queue.claim(u"w:1"_s, 30s));
        auto noRetry = queue.fail(other->id, u"w:1"_s, u"bad payload"_s, false);
        MD_VERIFY_OK(noRetry);
        QVERIFY(!*noRetry);
        QCOMPARE(statusOf(*t, other->id), u"failed"_s);
        QVERIFY(!queue.fail(other->id, u"w:1"_s, u"again"_s).ok()); // not running any more
    }

    void retryPolicyDoublesUpToCap()
    {
        const jobs::RetryPolicy policy { 30s, 5min };
        QCOMPARE(policy.delayAfter(1), std::chrono::milliseconds(30s));
        QCOMPARE(policy.delayAfter(2), std::chrono::milliseconds(60s));
        QCOMPARE(policy.delayAfter(4), std::chrono::milliseconds(240s));
        QCOMPARE(policy.delayAfter(5), std::chrono::milliseconds(5min));
        QCOMPARE(policy.delayAfter(60), std::chrono::milliseconds(5min));
    }

    // A failed job whose dedupe key is queued again is not requeued next to its twin (and cannot be: unique index).
    void failWithQueuedTwinIsSuperseded_data() { test::addDialectRows(); }
    void failWithQueuedTwinIsSuperseded()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database(), jobs::RetryPolicy { 10ms, 10ms });
        EnqueueOptions keyed;
        keyed.dedupeKey = u"crawl"_s;
        auto first = queue.enqueue(u"k"_s, {}, keyed);
        MD_VERIFY_OK(queue.claim(u"w:1"_s, 30s));
        auto twin = queue.enqueue(u"k"_s, {}, keyed);
        MD_VERIFY_OK(twin);
        QVERIFY(twin->created);
        auto requeued = queue.fail(first->id, u"w:1"_s, u"boom"_s);
        MD_VERIFY_OK(requeued);
        QVERIFY(!*requeued);
        QCOMPARE(statusOf(*t, first->id), u"cancelled"_s);
        QCOMPARE(statusOf(*t, twin->id), u"queued"_s);
    }

    void abandonDoesNotCountAttempt_data() { test::addDialectRows(); }
    void abandonDoesNotCountAttempt()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        auto id = queue.enqueue(u"k"_s, {});
        MD_VERIFY_OK(queue.claim(u"w:1"_s, 30s));
        QVERIFY(!queue.abandon(id->id, u"w:2"_s).ok());
        MD_VERIFY_OK(queue.abandon(id->id, u"w:1"_s));
        QCOMPARE(statusOf(*t, id->id), u"queued"_s);
        QCOMPARE(attemptsOf(*t, id->id), 0);
        auto again = queue.claim(u"w:2"_s, 30s);
        MD_VERIFY_OK(again);
        QVERIFY(again->has_value());
        QCOMPARE((*again)->attempts, 1);
    }

    void cancelOnlyQueued_data() { test::addDialectRows(); }
    void cancelOnlyQueued()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        auto id = queue.enqueue(u"k"_s, {});
        auto cancelled = queue.cancel(id->id);
        MD_VERIFY_OK(cancelled);
        QVERIFY(*cancelled);
        QCOMPARE(statusOf(*t, id->id), u"cancelled"_s);
        auto twice = queue.cancel(id->id);
        MD_VERIFY_OK(twice);
        QVERIFY(!*twice);
        auto none = queue.claim(u"w:1"_s, 30s);
        MD_VERIFY_OK(none);
        QVERIFY(!none->has_value());
    }

    // A claimer that stops heartbeating (died) loses the job once the claim expires; a live one keeps it.
    void recoverExpiredClaims_data() { test::addDialectRows(); }
    void recoverExpiredClaims()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobQueue queue(t->database());
        EnqueueOptions once;
        once.maxAttempts = 1;
        auto dies = queue.enqueue(u"k"_s, {}, EnqueueOptions { 3 });
        auto lives = queue.enqueue(u"k"_s, {}, EnqueueOptions { 2 });
        auto diesForGood = queue.enqueue(u"k"_s, {}, once);
        auto a = queue.claim(u"dead:1"_s, 400ms);
        auto b = queue.claim(u"alive:2"_s, 400ms);
        auto c = queue.claim(u"dead:1"_s, 400ms);
        MD_VERIFY_OK(a);
        MD_VERIFY_OK(b);
        MD_VERIFY_OK(c);
        QCOMPARE((*a)->id, dies->id);
        QCOMPARE((*b)->id, lives->id);
        QCOMPARE((*c)->id, diesForGood->id);
        auto none = queue.recoverExpired();
        MD_VERIFY_OK(none);
        QCOMPARE(*none, 0);

        QVERIFY(!queue.heartbeat(lives->id, u"dead:1"_s, 60s).ok()); // only the claimer extends
        MD_VERIFY_OK(queue.heartbeat(lives->id, u"alive:2"_s, 60s));
        QThread::msleep(500);
        auto recovered = queue.recoverExpired();
        MD_VERIFY_OK(recovered);
        QCOMPARE(*recovered, 2);
        QCOMPARE(statusOf(*t, dies->id), u"queued"_s);
        QCOMPARE(attemptsOf(*t, dies->id), 1); // the dead claim counted
        QCOMPARE(statusOf(*t, diesForGood->id), u"failed"_s);
        QCOMPARE(statusOf(*t, lives->id), u"running"_s);
        // the dead claimer cannot complete what it lost
        QCOMPARE(queue.complete(dies->id, u"dead:1"_s).error().code, ErrorCode::Conflict);
        MD_VERIFY_OK(queue.complete(lives->id, u"alive:2"_s));
    }

    // N threads with their own connections claim M jobs: each job is claimed exactly once.
    void concurrentClaimsTakeEachJobOnce_data() { test::addDialectRows(); }
    void concurrentClaimsTakeEachJobOnce()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        constexpr int kJobs = 120;
        constexpr int kThreads = 6;
        {
            JobQueue queue(t->database());
            for (int i = 0; i < kJobs; ++i)
                MD_VERIFY_OK(queue.enqueue(u"k"_s, { { u"i"_s, i } }, EnqueueOptions { i % 4 }));
        }
        std::barrier start(kThreads);
        QMutex mutex;
        std::map<qint64, int> claims;
        std::map<int, int> perThread;
        std::atomic<int> errors = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                JobQueue queue(t->database());
                const QString holder = u"w:%1"_s.arg(i);
                start.arrive_and_wait();
                for (;;) {
                    auto job = queue.claim(holder, 60s);
                    if (!job) {
                        qWarning() << job.error().toString();
                        ++errors;
                        return;
                    }
                    if (!job->has_value())
                        return;
                    {
                        QMutexLocker lock(&mutex);
                        ++claims[(*job)->id];
                        ++perThread[i];
                    }
                    if (!queue.complete((*job)->id, holder))
                        ++errors;
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(60000));
        QCOMPARE(errors.load(), 0);
        QCOMPARE(int(claims.size()), kJobs);
        for (const auto& [id, count] : claims)
            QCOMPARE(count, 1);
        auto done = db::scalar(t->connection(), u"SELECT COUNT(*) FROM jobs WHERE status = 'done' AND attempts = 1"_s);
        MD_VERIFY_OK(done);
        QCOMPARE(done->toInt(), kJobs);
        qInfo() << "claims per thread:" << perThread;
    }

    void cleanupTestCase() { m_databases.clear(); }

private:
    test::JobsTestDatabases m_databases;
};

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
