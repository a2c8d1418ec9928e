#include "services/jobs/cancellationtoken.h"
#include "services/jobs/progressreporter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using md::jobs::CancellationToken;
using md::jobs::Progress;
using md::jobs::ProgressReporter;

class TestProgress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenCopiesShareOneFlag()
    {
        CancellationToken token;
        const CancellationToken copy
            = token; // NOLINT(performance-unnecessary-copy-initialization): copies are the point
        CancellationToken other;
        QVERIFY(!copy.isCancelled());
        token.cancel();
        QVERIFY(copy.isCancelled());
        QVERIFY(token.isCancelled());
        QVERIFY(!other.isCancelled());
        QCOMPARE(copy.flag(), token.flag());
    }

    // Work in another thread sees a cancel from this one at its next check.
    void tokenStopsWorkInAnotherThread()
    {
        CancellationToken token;
        std::atomic<qint64> batches = 0;
        std::unique_ptr<QThread> worker(QThread::create([token, &batches] {
            while (!token.isCancelled() && batches < 100'000'000)
                ++batches;
        }));
        worker->start();
        QTRY_VERIFY(batches.load() > 0);
        token.cancel();
        QVERIFY(worker->wait(2000));
        QVERIFY(batches.load() < 100'000'000);
    }

    void throttlesToTheInterval()
    {
        ProgressReporter reporter(nullptr, 100);
        QSignalSpy spy(&reporter, &ProgressReporter::progressed);
        reporter.start(1'000'000);
        QElapsedTimer clock;
        clock.start();
        qint64 calls = 0;
        while (clock.elapsed() < 450)
            reporter.report(++calls);
        // one at the start, then at most one per 100 ms
        QVERIFY2(spy.count() >= 3 && spy.count() <= 6, qPrintable(QString::number(spy.count())));
        QVERIFY(calls > 1000);
        for (int i = 1; i < spy.count(); ++i) {
            const auto previous = spy.at(i - 1).at(0).value<Progress>();
            const auto current = spy.at(i).at(0).value<Progress>();
            QVERIFY(current.elapsedMs - previous.elapsedMs >= 100);
            QVERIFY(current.done > previous.done);
        }
        reporter.finish();
        const auto last = spy.last().at(0).value<Progress>();
        QVERIFY(last.finished);
        QCOMPARE(last.done, calls);
        QCOMPARE(last.etaMs, 0);
    }

    void rateAndEta()
    {
        ProgressReporter reporter(nullptr, 0);
        QSignalSpy spy(&reporter, &ProgressReporter::progressed);
        reporter.start(1000);
        QThread::msleep(200);
        reporter.report(250);
        const auto p = spy.last().at(0).value<Progress>();
        QCOMPARE(p.done, 250);
        QCOMPARE(p.total, 1000);
        // 250 items in ~200 ms: ~1250/s, the remaining 750 in ~600 ms
        QVERIFY2(p.ratePerSecond > 800 && p.ratePerSecond < 1300, qPrintable(QString::number(p.ratePerSecond)));
        QVERIFY2(p.etaMs > 500 && p.etaMs < 1000, qPrintable(QString::number(p.etaMs)));

        reporter.start(); // unknown total: no ETA
        QThread::msleep(20);
        reporter.report(10);
        QCOMPARE(spy.last().at(0).value<Progress>().etaMs, -1);
    }

    void stepsEmitAtOnce()
    {
        ProgressReporter reporter(nullptr, 60'000);
        QSignalSpy spy(&reporter, &ProgressReporter::progressed);
        reporter.start(-1, 24);
        reporter.report(1);
        reporter.report(2); // throttled
        QCOMPARE(spy.count(), 1);
        reporter.setStep(2, u"GUCCI.csv"_s);
        QCOMPARE(spy.count(), 2);
        const auto p = spy.last().at(0).value<Progress>();
        QCOMPARE(p.step, 2);
        QCOMPARE(p.steps, 24);
        QCOMPARE(p.label, u"GUCCI.csv"_s);
        QCOMPARE(p.done, 2);
    }

    // Reported from a worker thread, delivered queued in the receiver's thread.
    void deliveredQueuedToTheReceiversThread()
    {
        QThread thread;
        auto* reporter = new ProgressReporter(nullptr, 50);
        reporter->moveToThread(&thread);
        connect(&thread, &QThread::finished, reporter, &QObject::deleteLater);
        QList<Progress> received;
        QList<QThread*> threads;
        QObject receiver;
        connect(reporter, &ProgressReporter::progressed, &receiver, [&](const Progress& p) {
            received << p;
            threads << QThread::currentThread();
        });
        thread.start();
        QMetaObject::invokeMethod(reporter, [reporter] {
            reporter->start(100);
            for (int i = 1; i <= 100; ++i) {
                reporter->report(i);
                QThread::msleep(2);
            }
            reporter->finish();
        });
        QTRY_VERIFY(!received.isEmpty() && received.last().finished);
        QVERIFY(received.size() < 20);
        QCOMPARE(received.last().done, 100);
        for (QThread* t : std::as_const(threads))
            QCOMPARE(t, QThread::currentThread());
        thread.quit();
        QVERIFY(thread.wait(2000));
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
