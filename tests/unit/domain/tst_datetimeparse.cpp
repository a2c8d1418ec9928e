#include "services/domain/datetimeparse.h"
#include "tests/common/testhelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestDateTimeParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void romeToUtc_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::newRow("winter, CET +1") << u"15/01/2026 10:30:00"_s
                                        << QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);
        QTest::newRow("summer, CEST +2") << u"20/07/2026 10:30:45"_s
                                         << QDateTime(QDate(2026, 7, 20), QTime(8, 30, 45), Qt::UTC);
        QTest::newRow("new year crosses the day")
            << u"01/01/2026 00:15:00"_s << QDateTime(QDate(2025, 12, 31), QTime(23, 15), Qt::UTC);
        QTest::newRow("leap day") << u"29/02/2024 12:00:00"_s << QDateTime(QDate(2024, 2, 29), QTime(11, 0), Qt::UTC);
        QTest::newRow("spaces trimmed") << u" 20/11/2026 23:59:59 "_s
                                        << QDateTime(QDate(2026, 11, 20), QTime(22, 59, 59), Qt::UTC);
        // Transition days go through QTimeZone instead of the per-day cache.
        QTest::newRow("spring forward day, before")
            << u"29/03/2026 01:59:59"_s << QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59), Qt::UTC);
        QTest::newRow("spring forward day, after")
            << u"29/03/2026 03:00:00"_s << QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
        QTest::newRow("fall back day, before")
            << u"25/10/2026 01:00:00"_s << QDateTime(QDate(2026, 10, 24), QTime(23, 0), Qt::UTC);
        QTest::newRow("fall back day, after")
            << u"25/10/2026 04:00:00"_s << QDateTime(QDate(2026, 10, 25), QTime(3, 0), Qt::UTC);
    }
    void romeToUtc()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        // Twice: the second call is answered from the per-day offset cache.
        for (int pass = 0; pass < 2; ++pass) {
            const auto r = parseRomeDateTime(text);
            MD_VERIFY_OK(r);
            QCOMPARE(r->timeSpec(), Qt::UTC);
            QCOMPARE(*r, utc);
        }
    }

    void ambiguousFallBackHourTakesSummerTime()
    {
        // 02:30 happens twice on 25/10/2026 (CEST then CET); the documented choice is the first, UTC+2.
        const auto r = parseRomeDateTime(u"25/10/2026 02:30:00");
        MD_VERIFY_OK(r);
        QCOMPARE(*r, QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC));
    }

    void springGapMovesForward()
    {
        // 02:30 does not exist on 29/03/2026; QTimeZone moves it past the gap: 03:30 CEST = 01:30 UTC.
        const auto r = parseRomeDateTime(u"29/03/2026 02:30:00");
        MD_VERIFY_OK(r);
        QCOMPARE(*r, QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    }

    void emptyIsNoValue()
    {
        const auto r = parseRomeDateTime(u"  ");
        MD_VERIFY_OK(r);
        QVERIFY(!r->isValid());
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("iso") << u"2026-11-20 10:00:00"_s << u"wrong format"_s;
        QTest::newRow("no seconds") << u"20/11/2026 10:00"_s << u"wrong format"_s;
        QTest::newRow("one-digit day") << u"1/11/2026 10:00:000"_s << u"wrong format"_s;
        QTest::newRow("letters") << u"2O/11/2026 10:00:00"_s << u"wrong format"_s;
        QTest::newRow("american order") << u"11/20/2026 10:00:00"_s << u"no such date"_s;
        QTest::newRow("31 February") << u"31/02/2024 10:00:00"_s << u"no such date"_s;
        QTest::newRow("hour 24") << u"20/11/2026 24:00:00"_s << u"no such time"_s;
        QTest::newRow("minute 60") << u"20/11/2026 10:60:00"_s << u"no such time"_s;
    }
    void garbage()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto r = parseRomeDateTime(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(text), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDateTimeParse)
#include "tst_datetimeparse.moc"
