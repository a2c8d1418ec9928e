#include "services/domain/colourrule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestColourRule : public QObject {
    Q_OBJECT
private:
    const QHash<QString, QString> m_table { { u"A1192"_s, u"Black"_s }, { u"F0UU0"_s, u"Navy"_s },
        { u"0001"_s, u"White"_s }, { u"B2020"_s, u"Red"_s }, { u"X0000"_s, QString() } };

private Q_SLOTS:
    void isCode_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("code");
        QTest::newRow("letters and digits") << u"A1192"_s << true;
        QTest::newRow("digit inside letters") << u"F0UU0"_s << true;
        QTest::newRow("digits only") << u"0001"_s << true;
        QTest::newRow("eight chars") << u"AB12CD34"_s << true;
        QTest::newRow("lower case") << u"nero1"_s << true;
        QTest::newRow("name") << u"Nero"_s << false;
        QTest::newRow("upper-case name") << u"BLACK"_s << false;
        QTest::newRow("two words") << u"Blu navy"_s << false;
        QTest::newRow("name with number") << u"Nero 1"_s << false;
        QTest::newRow("three chars") << u"A12"_s << false;
        QTest::newRow("nine chars") << u"A12345678"_s << false;
        QTest::newRow("four letters, no digit") << u"Rosa"_s << false;
        QTest::newRow("punctuation") << u"A-1192"_s << false;
        QTest::newRow("accented") << u"Bè123"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isCode()
    {
        QFETCH(QString, value);
        QFETCH(bool, code);
        QCOMPARE(isColourCode(value), code);
    }

    void descriptionNameWins()
    {
        const auto c = chooseColour(u"Nero"_s, u"Black"_s, u"A1192"_s, u"A1192"_s, m_table);
        QCOMPARE(c.colour, u"Nero"_s);
        QVERIFY(c.code.isEmpty());
        QVERIFY(!c.unresolved);
    }
    void manufacturerNameWhenDescriptionEmpty()
    {
        const auto c = chooseColour(QString(), u"Blu navy"_s, u"F0UU0"_s, QString(), m_table);
        QCOMPARE(c.colour, u"Blu navy"_s);
        QVERIFY(!c.unresolved);
    }
    void manufacturerNameWhenDescriptionIsCode()
    {
        const auto c = chooseColour(u"A1192"_s, u"Rosso"_s, u"B2020"_s, QString(), m_table);
        QCOMPARE(c.colour, u"Rosso"_s);
    }
    void supplierNameWhenOthersAreCodes()
    {
        const auto c = chooseColour(u"A1192"_s, u"F0UU0"_s, u"Verde"_s, u"0001"_s, m_table);
        QCOMPARE(c.colour, u"Verde"_s);
        QVERIFY(c.code.isEmpty());
    }
    void nameBeatsTableHit()
    {
        // A table hit on an earlier column does not beat a name in a later one: names come first.
        const auto c = chooseColour(u"A1192"_s, QString(), u"Beige"_s, QString(), m_table);
        QCOMPARE(c.colour, u"Beige"_s);
    }
    void allCodesLookUpInOrder()
    {
        // DescrizioneColore is tried first …
        auto c = chooseColour(u"F0UU0"_s, u"B2020"_s, u"A1192"_s, u"0001"_s, m_table);
        QCOMPARE(c.colour, u"Navy"_s);
        QCOMPARE(c.code, u"F0UU0"_s);
        QVERIFY(!c.unresolved);
        // … then ColoreFornitore …
        c = chooseColour(u"ZZ999"_s, u"B2020"_s, u"A1192"_s, u"0001"_s, m_table);
        QCOMPARE(c.colour, u"Red"_s);
        QCOMPARE(c.code, u"B2020"_s);
        // … then Colore …
        c = chooseColour(u"ZZ999"_s, u"ZZ998"_s, u"A1192"_s, u"0001"_s, m_table);
        QCOMPARE(c.colour, u"Black"_s);
        QCOMPARE(c.code, u"A1192"_s);
        // … then CodiceColore.
        c = chooseColour(QString(), QString(), u"ZZ997"_s, u"0001"_s, m_table);
        QCOMPARE(c.colour, u"White"_s);
        QCOMPARE(c.code, u"0001"_s);
        QVERIFY(!c.unresolved);
    }
    void codeFieldIsLookedUpEvenWhenNotCodeShaped()
    {
        const QHash<QString, QString> table { { u"001"_s, u"Ivory"_s } };
        const auto c = chooseColour(QString(), QString(), QString(), u"001"_s, table);
        QCOMPARE(c.colour, u"Ivory"_s);
        QCOMPARE(c.code, u"001"_s);
    }
    void tableIsCaseSensitive()
    {
        const auto c = chooseColour(QString(), QString(), u"a1192"_s, QString(), m_table);
        QVERIFY(c.unresolved);
        QCOMPARE(c.colour, u"a1192"_s);
    }
    void unresolvedKeepsRawCodeColoreFirst()
    {
        auto c = chooseColour(u"QQ111"_s, u"QQ222"_s, u"QQ333"_s, u"QQ444"_s, m_table);
        QCOMPARE(c.colour, u"QQ333"_s);
        QCOMPARE(c.code, u"QQ333"_s);
        QVERIFY(c.unresolved);
        c = chooseColour(u"QQ111"_s, u"QQ222"_s, QString(), u"QQ444"_s, m_table);
        QCOMPARE(c.colour, u"QQ444"_s);
        c = chooseColour(u"QQ111"_s, u"QQ222"_s, QString(), QString(), m_table);
        QCOMPARE(c.colour, u"QQ222"_s);
        c = chooseColour(u"QQ111"_s, QString(), QString(), QString(), m_table);
        QCOMPARE(c.colour, u"QQ111"_s);
        QVERIFY(c.unresolved);
    }
    void codeWithoutNameInTableIsUnresolved()
    {
        const auto c = chooseColour(QString(), QString(), u"X0000"_s, QString(), m_table);
        QVERIFY(c.unresolved);
        QCOMPARE(c.colour, u"X0000"_s);
    }
    void emptyTable()
    {
        const auto c = chooseColour(QString(), QString(), u"A1192"_s, QString(), {});
        QVERIFY(c.unresolved);
        QCOMPARE(c.code, u"A1192"_s);
    }
    void allEmpty()
    {
        const auto c = chooseColour(QString(), QString(), QString(), QString(), m_table);
        QVERIFY(c.colour.isEmpty());
        QVERIFY(c.code.isEmpty());
        QVERIFY(!c.unresolved);
    }
    void shortSupplierValueIsAName()
    {
        // "001" is three characters, so by the rule it is a name, not a code.
        const auto c = chooseColour(QString(), QString(), u"001"_s, u"A1192"_s, m_table);
        QCOMPARE(c.colour, u"001"_s);
        QVERIFY(!c.unresolved);
    }
};

QTEST_GUILESS_MAIN(TestColourRule)
#include "tst_colourrule.moc"
