#include "services/gnb/textdecode.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md::gnb;

class TestTextDecode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ascii()
    {
        QVERIFY(isAscii(""));
        QVERIFY(isAscii("plain text that is longer than eight bytes"));
        QVERIFY(!isAscii("plain text that is longer than eight bytes\x80"));
        QVERIFY(!isAscii("\xE9"));
        QCOMPARE(decodeFeedText("Gucci"), u"Gucci"_s);
    }
    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("accents") << QByteArray("caff\xC3\xA8") << true;
        QTest::newRow("euro") << QByteArray("\xE2\x82\xAC") << true;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x91\x9C") << true;
        QTest::newRow("latin1 e-acute") << QByteArray("caff\xE8") << false;
        QTest::newRow("truncated sequence") << QByteArray("\xE2\x82") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << false;
        QTest::newRow("bad second continuation") << QByteArray("\xE2\x82\x41") << false;
    }
    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes), valid);
    }
    void windows1252Table()
    {
        QCOMPARE(decodeWindows1252("\x80"), QString(QChar(0x20AC)));
        QCOMPARE(decodeWindows1252("\x85\x91\x92\x93\x94\x96\x97\x99"), u"…‘’“”–—™"_s);
        QCOMPARE(decodeWindows1252("\x8A\x8C\x8E\x9A\x9C\x9E\x9F\x83"), u"ŠŒŽšœžŸƒ"_s);
        QCOMPARE(decodeWindows1252("\x81\x8D\x8F\x90\x9D"), u"\u0081\u008D\u008F\u0090\u009D"_s);
        QCOMPARE(decodeWindows1252("\xA0\xE0\xE8\xE9\xEC\xF2\xF9\xFF"), u"\u00A0àèéìòùÿ"_s);
    }
    void italianAccentsSurviveBothWays()
    {
        const QString text = u"à è é ì ò ù À È É Ì Ò Ù € “Borsa” – 10 €"_s;
        bool ok = false;
        const QByteArray cp1252 = encodeWindows1252(text, &ok);
        QVERIFY(ok);
        QCOMPARE(cp1252.size(), text.size());
        QCOMPARE(decodeFeedText(cp1252), text);
        QCOMPARE(decodeFeedText(text.toUtf8()), text);
    }
    void unencodableCharacters()
    {
        bool ok = true;
        QCOMPARE(encodeWindows1252(u"한국", &ok), QByteArray("??"));
        QVERIFY(!ok);
    }
    void everyByteRoundTrips()
    {
        QByteArray all;
        for (int b = 1; b < 256; ++b)
            all.append(char(b));
        bool ok = false;
        QCOMPARE(encodeWindows1252(decodeWindows1252(all), &ok), all);
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestTextDecode)
#include "tst_textdecode.moc"
