// RetryPolicy, Retry-After parsing, what is retryable, and the platforms' wait hints.
#include "services/net/retrypolicy.h"
#include "services/net/waithints.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md::net;
using std::chrono::milliseconds;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private slots:
    void backoffIsFullJitterAndGrows()
    {
        RetryPolicy p;
        p.baseDelay = milliseconds(100);
        p.maxDelay = milliseconds(1000);
        QCOMPARE(p.backoff(1, 0.0), milliseconds(0));
        QCOMPARE(p.backoff(1, 0.5), milliseconds(50));
        QCOMPARE(p.backoff(2, 0.5), milliseconds(100));
        QCOMPARE(p.backoff(3, 0.5), milliseconds(200));
        QCOMPARE(p.backoff(4, 0.999), milliseconds(799));
        QCOMPARE(p.backoff(5, 0.999), milliseconds(999)); // ceiling reached
        QCOMPARE(p.backoff(40, 0.999), milliseconds(999));
        // Random draws stay in range and their mean grows with the retry number.
        double previousMean = 0;
        for (int retry = 1; retry <= 4; ++retry) {
            double sum = 0;
            for (int i = 0; i < 200; ++i) {
                const double u = (i + 0.5) / 200.0;
                const auto d = p.backoff(retry, u);
                QVERIFY(d >= milliseconds(0) && d < milliseconds(100 << (retry - 1)));
                sum += double(d.count());
            }
            QVERIFY(sum / 200 > previousMean * 1.8);
            previousMean = sum / 200;
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("120") << qint64(120'000);
        QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("fraction") << QByteArray("0.25") << qint64(250);
        QTest::newRow("negative") << QByteArray("-5") << qint64(0);
        QTest::newRow("date") << QByteArray("Fri, 20 Nov 2026 12:00:30 GMT") << qint64(30'000);
        QTest::newRow("past date") << QByteArray("Fri, 20 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 11, 20), QTime(12, 0, 0), QTimeZone::utc());
        const auto wait = parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!wait.has_value());
        } else {
            QVERIFY(wait.has_value());
            QCOMPARE(wait->count(), expectedMs);
        }
    }

    void retryableStatuses()
    {
        for (int s : { 408, 429, 500, 502, 503, 504, 599 })
            QVERIFY2(isRetryableStatus(s), qPrintable(QString::number(s)));
        for (int s : { 200, 201, 207, 301, 400, 401, 403, 404, 409, 422 })
            QVERIFY2(!isRetryableStatus(s), qPrintable(QString::number(s)));
        QVERIFY(isRetryableNetworkError(QNetworkReply::ConnectionRefusedError));
        QVERIFY(isRetryableNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(!isRetryableNetworkError(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(!isRetryableNetworkError(QNetworkReply::AuthenticationRequiredError));
    }

    void cafe24Hint()
    {
        HttpResponse r;
        r.status = 200;
        QVERIFY(!waithints::cafe24(r));
        r.headers = { { "X-Api-Call-Limit", "12/40" } };
        QVERIFY(!waithints::cafe24(r));
        r.headers = { { "X-Api-Call-Limit", "40/40" } };
        QCOMPARE(waithints::cafe24(r), milliseconds(500));
        r.status = 429;
        r.headers
            = { { "x-cafe24-call-remain", "3" }, { "X-Cafe24-Time-Remain", "7.5" }, { "X-Api-Call-Limit", "40/40" } };
        QCOMPARE(waithints::cafe24(r), milliseconds(7500)); // the larger one
        r.headers = { { "X-Cafe24-Call-Remain", "4" }, { "X-Cafe24-Time-Remain", "0" } };
        QCOMPARE(waithints::cafe24(r), milliseconds(4000));
    }

    void naverHint()
    {
        HttpResponse r;
        r.status = 200;
        r.headers = { { "GNCP-GW-RateLimit-Replenish-Rate", "2" }, { "GNCP-GW-RateLimit-Remaining", "5" } };
        QVERIFY(!waithints::naver(r));
        r.headers = { { "GNCP-GW-RateLimit-Replenish-Rate", "4" }, { "GNCP-GW-RateLimit-Remaining", "0" } };
        QCOMPARE(waithints::naver(r), milliseconds(250));
        r.status = 429;
        r.headers.clear();
        QCOMPARE(waithints::naver(r), milliseconds(1000));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
