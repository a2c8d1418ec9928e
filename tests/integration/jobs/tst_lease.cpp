#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/lease.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/jobs/jobstestdb.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <barrier>
#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace md;
using md::jobs::Lease;

namespace {
// The database's current time, to compare lock_until against.
QDateTime dbNow(test::TestDatabase& t)
{
    auto now = db::scalar(t.connection(), u"SELECT "_s + jobs::DbClock::now(t.database().dialect()));
    return now ? jobs::DbClock::toDateTime(*now) : QDateTime();
}

// A started leasehelper process, ready for commands.
std::unique_ptr<QProcess> startHelper(const QString& url, qint64 durationMs)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(MD_LEASEHELPER), { url, QString::number(durationMs) });
    if (!process->waitForStarted(5000))
        return nullptr;
    return process;
}

QString readLine(QProcess& process)
{
    while (!process.canReadLine())
        if (!process.waitForReadyRead(10000))
            return u"(no answer: %1)"_s.arg(process.errorString());
    return QString::fromUtf8(process.readLine()).trimmed();
}
} // namespace

class TestLease : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void acquireThenSkip_data() { test::addDialectRows(); }
    void acquireThenSkip()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        const QDateTime before = dbNow(*t);
        Lease a(t->database(), u"gnb.crawl"_s, u"host-a:1"_s);
        auto first = a.tryAcquire(60s);
        MD_VERIFY_OK(first);
        QVERIFY(first->acquired);
        QVERIFY(a.isHeld());
        QCOMPARE(first->holder, u"host-a:1"_s);
        // lock_until is the database's now + 60 s
        const qint64 ahead = before.msecsTo(first->lockUntil);
        QVERIFY2(ahead >= 59'000 && ahead <= 65'000, qPrintable(QString::number(ahead)));

        Lease b(t->database(), u"gnb.crawl"_s, u"host-b:2"_s);
        auto second = b.tryAcquire(60s);
        MD_VERIFY_OK(second);
        QVERIFY(!second->acquired);
        QVERIFY(!b.isHeld());
        QCOMPARE(second->holder, u"host-a:1"_s);
        QCOMPARE(second->lockUntil, first->lockUntil);
        QVERIFY(second->describe().contains(u"host-a:1"_s));

        // the same holder does not re-enter a lease it holds: a second run in the same process skips too
        Lease again(t->database(), u"gnb.crawl"_s, u"host-a:1"_s);
        auto third = again.tryAcquire(60s);
        MD_VERIFY_OK(third);
        QVERIFY(!third->acquired);

        // another name is independent
        Lease other(t->database(), u"orders.collect:7"_s, u"host-b:2"_s);
        auto fourth = other.tryAcquire(60s);
        MD_VERIFY_OK(fourth);
        QVERIFY(fourth->acquired);
    }

    void takeoverAfterExpiry_data() { test::addDialectRows(); }
    void takeoverAfterExpiry()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        Lease a(t->database(), u"job"_s, u"host-a:1"_s);
        QElapsedTimer clock;
        clock.start();
        auto first = a.tryAcquire(400ms);
        MD_VERIFY_OK(first);
        QVERIFY(first->acquired);

        Lease b(t->database(), u"job"_s, u"host-b:2"_s);
        auto early = b.tryAcquire(60s);
        MD_VERIFY_OK(early);
        QVERIFY(!early->acquired);

        bool taken = false;
        while (!taken && clock.elapsed() < 3000) {
            QThread::msleep(20);
            auto attempt = b.tryAcquire(60s);
            MD_VERIFY_OK(attempt);
            taken = attempt->acquired;
        }
        QVERIFY(taken);
        QVERIFY2(clock.elapsed() >= 380, qPrintable(QString::number(clock.elapsed())));

        // the previous holder lost it: it cannot extend, and its release leaves the new holder alone
        auto extended = a.extend(60s);
        QVERIFY(!extended.ok());
        QCOMPARE(extended.error().code, ErrorCode::LockHeld);
        QVERIFY(!a.isHeld());
        MD_VERIFY_OK(a.release());
        Lease c(t->database(), u"job"_s, u"host-c:3"_s);
        auto third = c.tryAcquire(60s);
        MD_VERIFY_OK(third);
        QVERIFY(!third->acquired);
        QCOMPARE(third->holder, u"host-b:2"_s);
    }

    // Expiry is judged by the database's clock: a row written with a lock_until in the database's past is free,
    // one in its future is not, whatever the rows' relation to this process's clock.
    void expiryUsesDatabaseTime_data() { test::addDialectRows(); }
    void expiryUsesDatabaseTime()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        const auto d = t->database().dialect();
        const QString insert
            = u"INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, %1, %2, ?)"_s.arg(
                jobs::DbClock::nowPlusMs(d), jobs::DbClock::now(d));
        MD_VERIFY_OK(db::exec(t->connection(), insert, { u"past"_s, -5, u"dead:1"_s }));
        MD_VERIFY_OK(db::exec(t->connection(), insert, { u"future"_s, 3'600'000, u"alive:1"_s }));

        Lease past(t->database(), u"past"_s, u"me:9"_s);
        auto p = past.tryAcquire(10s);
        MD_VERIFY_OK(p);
        QVERIFY(p->acquired);
        Lease future(t->database(), u"future"_s, u"me:9"_s);
        auto f = future.tryAcquire(10s);
        MD_VERIFY_OK(f);
        QVERIFY(!f->acquired);
        QCOMPARE(f->holder, u"alive:1"_s);
    }

    void extendOnlyByHolder_data() { test::addDialectRows(); }
    void extendOnlyByHolder()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        Lease a(t->database(), u"job"_s, u"host-a:1"_s);
        auto first = a.tryAcquire(500ms);
        MD_VERIFY_OK(first);
        QVERIFY(first->acquired);

        Lease b(t->database(), u"job"_s, u"host-b:2"_s);
        auto stranger = b.extend(60s);
        QVERIFY(!stranger.ok());
        QCOMPARE(stranger.error().code, ErrorCode::LockHeld);

        MD_VERIFY_OK(a.extend(60s));
        QVERIFY(first->lockUntil.msecsTo(a.lockUntil()) > 50'000);
        QThread::msleep(550); // past the original 500 ms
        auto later = b.tryAcquire(60s);
        MD_VERIFY_OK(later);
        QVERIFY(!later->acquired);
        QCOMPARE(later->holder, u"host-a:1"_s);
    }

    void releaseFreesAtOnce_data() { test::addDialectRows(); }
    void releaseFreesAtOnce()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        {
            Lease a(t->database(), u"job"_s, u"host-a:1"_s);
            MD_VERIFY_OK(a.tryAcquire(60s));
            QVERIFY(a.isHeld());
            MD_VERIFY_OK(a.release());
            QVERIFY(!a.isHeld());
        }
        // the row stays, expired at release time (ShedLock keeps rows)
        auto rows = db::scalar(t->connection(), u"SELECT COUNT(*) FROM shedlock WHERE name = 'job'"_s);
        MD_VERIFY_OK(rows);
        QCOMPARE(rows->toInt(), 1);

        Lease b(t->database(), u"job"_s, u"host-b:2"_s);
        auto second = b.tryAcquire(60s);
        MD_VERIFY_OK(second);
        QVERIFY(second->acquired);
        {
            Lease scoped(t->database(), u"scoped"_s, u"host-c:3"_s);
            MD_VERIFY_OK(scoped.tryAcquire(60s));
        } // the destructor releases
        Lease next(t->database(), u"scoped"_s, u"host-d:4"_s);
        auto fourth = next.tryAcquire(60s);
        MD_VERIFY_OK(fourth);
        QVERIFY(fourth->acquired);
    }

    void defaultHolderIsHostAndPid()
    {
        const QString holder = Lease::defaultHolder();
        QVERIFY(holder.endsWith(u':' + QString::number(QCoreApplication::applicationPid())));
        QVERIFY(holder.size() > QString::number(QCoreApplication::applicationPid()).size() + 1);
    }

    // Threads with their own connections race for one lease per round: exactly one wins each round.
    void threadsRace_data() { test::addDialectRows(); }
    void threadsRace()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        constexpr int kThreads = 6;
        constexpr int kRounds = 15;
        std::barrier start(kThreads);
        std::vector<std::atomic<int>> winners(kRounds);
        std::atomic<int> errors = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back(QThread::create([&, i] {
                const db::Database database = t->database();
                if (!database.connection()) { // open before racing, so connecting is not part of the race
                    ++errors;
                    return;
                }
                for (int round = 0; round < kRounds; ++round) {
                    start.arrive_and_wait();
                    Lease lease(database, u"race-%1"_s.arg(round), u"thread-%1"_s.arg(i));
                    auto info = lease.tryAcquire(60s);
                    if (!info) {
                        qWarning() << info.error().toString();
                        ++errors;
                    } else if (info->acquired) {
                        ++winners[round];
                    }
                    start.arrive_and_wait(); // keep the winner's lease until everyone tried
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(errors.load(), 0);
        for (int round = 0; round < kRounds; ++round)
            QCOMPARE(winners[round].load(), 1);
    }

    // Separate processes race the same way.
    void processesRace_data() { test::addDialectRows(); }
    void processesRace()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        constexpr int kProcesses = 4;
        constexpr int kRounds = 8;
        std::vector<std::unique_ptr<QProcess>> helpers;
        for (int i = 0; i < kProcesses; ++i) {
            helpers.push_back(startHelper(t->url(), 60'000));
            QVERIFY(helpers.back());
        }
        for (auto& helper : helpers)
            QCOMPARE(readLine(*helper), u"ready"_s);
        QList<qint64> spreads; // µs between the first and the last attempt of a round
        for (int round = 0; round < kRounds; ++round) {
            // Everyone tries at the same wall-clock moment, a little ahead so that every process has the line.
            const qint64 at = QDateTime::currentMSecsSinceEpoch() + 80;
            const QByteArray command
                = "acquire race-" + QByteArray::number(round) + ' ' + QByteArray::number(at) + '\n';
            for (auto& helper : helpers)
                helper->write(command);
            int won = 0;
            QString winner;
            QStringList losers;
            qint64 first = std::numeric_limits<qint64>::max();
            qint64 last = 0;
            for (auto& helper : helpers) {
                const QString answer = readLine(*helper);
                const qint64 tried = answer.section(u'@', 1).toLongLong();
                first = std::min(first, tried);
                last = std::max(last, tried);
                const QString holder = answer.section(u' ', 1, 1);
                if (answer.startsWith(u"won "_s)) {
                    ++won;
                    winner = holder;
                } else {
                    QVERIFY2(answer.startsWith(u"lost "_s), qPrintable(answer));
                    losers << holder;
                }
            }
            spreads << (last - first);
            QCOMPARE(won, 1);
            for (const auto& loser : std::as_const(losers))
                QCOMPARE(loser, winner); // every loser is told who holds it
        }
        std::sort(spreads.begin(), spreads.end());
        qInfo() << "attempts of a round within (µs, sorted):" << spreads;
        for (auto& helper : helpers) {
            helper->write("quit\n");
            QVERIFY(helper->waitForFinished(10000));
            QCOMPARE(helper->exitCode(), 0);
        }
    }

    // A holder killed with SIGKILL never releases; the lease becomes free when it expires.
    void killedHolderExpires_data() { test::addDialectRows(); }
    void killedHolderExpires()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        auto helper = startHelper(t->url(), 600);
        QVERIFY(helper);
        QCOMPARE(readLine(*helper), u"ready"_s);
        QElapsedTimer sinceAcquired;
        sinceAcquired.start();
        helper->write("acquire crawl\n");
        const QString answer = readLine(*helper);
        QVERIFY2(answer.startsWith(u"won "_s), qPrintable(answer));
        helper->kill();
        QVERIFY(helper->waitForFinished(5000));

        Lease successor(t->database(), u"crawl"_s, u"successor:1"_s);
        auto early = successor.tryAcquire(60s);
        MD_VERIFY_OK(early);
        if (sinceAcquired.elapsed() < 500) { // a very slow machine may already be past the 600 ms
            QVERIFY(!early->acquired);
            QCOMPARE(early->holder, answer.section(u' ', 1, 1));
        }
        QElapsedTimer clock;
        clock.start();
        bool taken = false;
        while (!taken && clock.elapsed() < 5000) {
            QThread::msleep(25);
            auto attempt = successor.tryAcquire(60s);
            MD_VERIFY_OK(attempt);
            taken = attempt->acquired;
        }
        QVERIFY(taken);
    }

    void cleanupTestCase() { m_databases.clear(); }

private:
    test::JobsTestDatabases m_databases;
};

QTEST_GUILESS_MAIN(TestLease)
#include "tst_lease.moc"
