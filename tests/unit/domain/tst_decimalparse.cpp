#include "services/domain/decimalparse.h"
#include "tests/common/testhelpers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestDecimalParse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("decimal comma") << u"1234,50"_s << qint64(123450);
        QTest::newRow("thousands dot") << u"1.234,50"_s << qint64(123450);
        QTest::newRow("millions") << u"12.345.678,90"_s << qint64(1234567890);
        QTest::newRow("integer") << u"42"_s << qint64(4200);
        QTest::newRow("dot is thousands, not decimal") << u"1.234"_s << qint64(123400);
        QTest::newRow("one decimal") << u"12,5"_s << qint64(1250);
        QTest::newRow("trailing zero decimals") << u"12,500"_s << qint64(1250);
        QTest::newRow("leading comma") << u",50"_s << qint64(50);
        QTest::newRow("spaces trimmed") << u"  99,99 "_s << qint64(9999);
        QTest::newRow("zero") << u"0"_s << qint64(0);
        QTest::newRow("leading zeros") << u"007,10"_s << qint64(710);
        QTest::newRow("negative") << u"-3,25"_s << qint64(-325);
        QTest::newRow("plus") << u"+3"_s << qint64(300);
    }
    void cents()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto r = parseFeedCents(text);
        MD_VERIFY_OK(r);
        QVERIFY(r->has_value());
        QCOMPARE(r->value(), cents);
    }

    void emptyIsNoValue()
    {
        for (const QString& text : { QString(), u""_s, u"   "_s }) {
            const auto r = parseFeedCents(text);
            MD_VERIFY_OK(r);
            QVERIFY(!r->has_value());
        }
    }

    void garbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("letter") << u"12a"_s << u"unexpected character"_s;
        QTest::newRow("two commas") << u"1,2,3"_s << u"more than one decimal comma"_s;
        QTest::newRow("bad groups") << u"1.23.4,5"_s << u"thousands separator"_s;
        QTest::newRow("english decimal") << u"1.23"_s << u"thousands separator"_s;
        QTest::newRow("group of four") << u"1234.567"_s << u"thousands separator"_s;
        QTest::newRow("leading dot") << u".123"_s << u"thousands separator"_s;
        QTest::newRow("trailing dot") << u"123."_s << u"thousands separator"_s;
        QTest::newRow("trailing comma") << u"12,"_s << u"no digits after"_s;
        QTest::newRow("sign only") << u"-"_s << u"no digits"_s;
        QTest::newRow("three decimals") << u"12,345"_s << u"too many decimals"_s;
        QTest::newRow("inner space") << u"1 234,50"_s << u"unexpected character"_s;
        QTest::newRow("currency") << u"€12"_s << u"unexpected character"_s;
        QTest::newRow("exponent") << u"1e3"_s << u"unexpected character"_s;
        QTest::newRow("overflow") << u"99999999999999999999"_s << u"too large"_s;
        QTest::newRow("overflow by scale") << u"99999999999999999"_s << u"too large"_s;
    }
    void garbage()
    {
        QFETCH(QString, text);
        QFETCH(QString, why);
        const auto r = parseFeedCents(text);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QVERIFY2(r.error().message.contains(text.trimmed()), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(why), qPrintable(r.error().message));
    }

    void integers()
    {
        const auto plain = parseFeedInteger(u"17");
        MD_VERIFY_OK(plain);
        QCOMPARE(plain->value(), 17);
        const auto grouped = parseFeedInteger(u"1.200");
        MD_VERIFY_OK(grouped);
        QCOMPARE(grouped->value(), 1200);
        const auto zeroFraction = parseFeedInteger(u"3,00");
        MD_VERIFY_OK(zeroFraction);
        QCOMPARE(zeroFraction->value(), 3);
        const auto negative = parseFeedInteger(u"-2");
        MD_VERIFY_OK(negative);
        QCOMPARE(negative->value(), -2);
        const auto fraction = parseFeedInteger(u"3,5");
        QVERIFY(!fraction.ok());
        QVERIFY(fraction.error().message.contains(u"not a whole number"_s));
        QVERIFY(!parseFeedInteger(u"12a").ok());
        const auto big = parseFeedInteger(u"9.223.372.036.854.775.807");
        MD_VERIFY_OK(big);
        QCOMPARE(big->value(), std::numeric_limits<qint64>::max());
    }
};

QTEST_GUILESS_MAIN(TestDecimalParse)
#include "tst_decimalparse.moc"
