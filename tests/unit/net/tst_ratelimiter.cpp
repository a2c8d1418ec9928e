// RateLimiter: token-bucket spacing, bursts, order, pauses, cancellation — timer-driven, never sleeping.
#include "services/net/ratelimiter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using md::net::RateLimiter;

class TestRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void unlimitedKeyIsImmediate()
    {
        RateLimiter limiter;
        bool granted = false;
        limiter.acquire(u"free"_s, [&] { granted = true; });
        QVERIFY(granted);
        granted = false;
        limiter.acquire(QString(), [&] { granted = true; });
        QVERIFY(granted);
    }

    void burstThenSpacing()
    {
        RateLimiter limiter;
        const double rate = 50;
        const int burst = 3;
        const int n = 13;
        limiter.setLimit(u"k"_s, rate, burst);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> at;
        QList<int> order;
        for (int i = 0; i < n; ++i)
            limiter.acquire(u"k"_s, [&, i] {
                at << clock.elapsed();
                order << i;
            });
        QCOMPARE(at.size(), burst); // the burst is granted at once
        QCOMPARE(limiter.waiting(u"k"_s), n - burst);
        QVERIFY(QTest::qWaitFor([&] { return at.size() == n; }, 3000));
        QVERIFY2(at.last() >= qint64((n - burst) / rate * 1000) - 2, qPrintable(QString::number(at.last())));
        QVERIFY(at.last() < 1000);
        // Grant i (counting from 0) cannot come before (i − burst + 1) tokens have been replenished (20 ms each);
        // single gaps may be shorter when a timer fired late, the cumulative bound may not.
        for (int i = burst; i < n; ++i) {
            const qint64 earliest = qint64((i - burst + 1) * 1000 / rate);
            QVERIFY2(
                at[i] >= earliest - 2, qPrintable(u"grant %1 at %2 ms, earliest %3"_s.arg(i).arg(at[i]).arg(earliest)));
        }
        QList<int> expected;
        for (int i = 0; i < n; ++i)
            expected << i;
        QCOMPARE(order, expected);
    }

    void cancelledWaiterIsNeverCalled()
    {
        RateLimiter limiter;
        limiter.setLimit(u"k"_s, 20, 1);
        int first = 0, second = 0, third = 0;
        limiter.acquire(u"k"_s, [&] { ++first; });
        const auto ticket = limiter.acquire(u"k"_s, [&] { ++second; });
        limiter.acquire(u"k"_s, [&] { ++third; });
        limiter.cancel(ticket);
        QVERIFY(QTest::qWaitFor([&] { return third == 1; }, 1000));
        QTest::qWait(100);
        QCOMPARE(first, 1);
        QCOMPARE(second, 0);
    }

    void pauseHoldsTokens()
    {
        RateLimiter limiter;
        limiter.pause(u"k"_s, std::chrono::milliseconds(200));
        QElapsedTimer clock;
        clock.start();
        qint64 grantedAt = -1;
        limiter.acquire(u"k"_s, [&] { grantedAt = clock.elapsed(); });
        QCOMPARE(grantedAt, -1);
        // A shorter pause does not shorten the longer one.
        limiter.pause(u"k"_s, std::chrono::milliseconds(10));
        QVERIFY(QTest::qWaitFor([&] { return grantedAt >= 0; }, 2000));
        QVERIFY2(grantedAt >= 195, qPrintable(QString::number(grantedAt)));
    }

    void removingTheLimitReleasesWaiters()
    {
        RateLimiter limiter;
        limiter.setLimit(u"k"_s, 0.01, 1);
        int granted = 0;
        for (int i = 0; i < 3; ++i)
            limiter.acquire(u"k"_s, [&] { ++granted; });
        QCOMPARE(granted, 1);
        limiter.setLimit(u"k"_s, 0, 1);
        QCOMPARE(granted, 3);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
