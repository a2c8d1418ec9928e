#include "models/moneyformat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using md::models::formatMoney;

class TestMoneyFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void krwHasNoDecimalsEurHasTwo()
    {
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatMoney(1234567.4, u"KRW"_s, ko), u"₩1,234,567"_s);
        QCOMPARE(formatMoney(u"1234.5"_s, u"EUR"_s, en), u"€1,234.50"_s);
        QCOMPARE(formatMoney(1234.5, u"EUR"_s, QLocale(QLocale::German, QLocale::Germany)), u"1.234,50\u00A0€"_s);
        QCOMPARE(formatMoney(990.0, u"JPY"_s, en), u"¥990"_s);
        QVERIFY(formatMoney(QVariant(), u"KRW"_s, ko).isEmpty());
        QVERIFY(formatMoney(u"n/a"_s, u"KRW"_s, ko).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMoneyFormat)
#include "tst_moneyformat.moc"
