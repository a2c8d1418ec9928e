// copytext: PostgreSQL COPY text-format encoding of the stage's values, against a plain reference (QString::toUtf8
// plus the escapes) and the edge cases of UTF-16, money and timestamps.
#include "services/gnb/copytext.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md::gnb;

namespace {
QByteArray reference(const QString& value)
{
    if (value.isNull())
        return "\\N\t";
    QByteArray out;
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out + '\t';
}
QByteArray encoded(const QString& value)
{
    QByteArray out;
    copytext::text(out, value);
    return out;
}
} // namespace

class TestCopyText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("null") << QString() << QByteArray("\\N\t");
        QTest::newRow("empty") << u""_s << QByteArray("\t");
        QTest::newRow("delimiters") << u"a\tb\nc\rd\\e;f\"g"_s << QByteArray("a\\tb\\nc\\rd\\\\e;f\"g\t");
        QTest::newRow("latin and euro") << u"Perché 12 €"_s << QByteArray("Perch\xc3\xa9 12 \xe2\x82\xac\t");
        QTest::newRow("korean") << u"검정"_s << QByteArray("\xea\xb2\x80\xec\xa0\x95\t");
        QTest::newRow("surrogate pair") << u"👜"_s << QByteArray("\xf0\x9f\x91\x9c\t");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + u"x"_s << QByteArray("\xef\xbf\xbdx\t");
    }
    void text()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(encoded(value), expected);
    }

    // Random text from all of the BMP's printable ranges and some astral characters, appended after what the
    // buffer already holds: the same bytes as the reference.
    void matchesTheReference()
    {
        QRandomGenerator rng(2026);
        QByteArray out = "prefix\t";
        QByteArray expected = out;
        for (int i = 0; i < 500; ++i) {
            QString s;
            const int length = int(rng.bounded(200));
            for (int j = 0; j < length; ++j) {
                const quint32 pick = rng.bounded(10);
                char32_t u = pick < 5 ? char32_t(rng.bounded(0x20, 0x7f))
                    : pick < 6        ? U"\t\n\r\\"[rng.bounded(4)]
                    : pick < 8        ? char32_t(rng.bounded(0xa0, 0xd7ff))
                    : pick < 9        ? char32_t(rng.bounded(0xe000, 0xfffd))
                                      : char32_t(rng.bounded(0x10000, 0x10ffff));
                s += QString::fromUcs4(&u, 1);
            }
            copytext::text(out, s);
            expected += reference(s);
        }
        QCOMPARE(out, expected);
    }

    void numbersAndMoney()
    {
        QByteArray out;
        copytext::number(out, 0);
        copytext::number(out, -42);
        copytext::number(out, 9007199254740993LL);
        copytext::money(out, 0);
        copytext::money(out, 5);
        copytext::money(out, 123450);
        copytext::money(out, -1205);
        copytext::money(out, std::nullopt);
        QCOMPARE(out, QByteArray("0\t-42\t9007199254740993\t0.00\t0.05\t1234.50\t-12.05\t\\N\t"));
    }

    void timestamps()
    {
        QByteArray out;
        copytext::timestamp(out, QDateTime(QDate(2026, 11, 20), QTime(8, 5, 9), Qt::UTC));
        copytext::timestamp(out, QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone("Europe/Rome")));
        copytext::timestamp(out, QDateTime());
        copytext::timestamp(out, QDateTime(QDate(12026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        // (Qt writes no ISO form for a five-digit year; the encoder leaves such a date to Qt.)
        QCOMPARE(out,
            QByteArray("2026-11-20T08:05:09Z\t2026-07-01T08:00:00Z\t\\N\t")
                + QDateTime(QDate(12026, 1, 2), QTime(3, 4, 5), Qt::UTC).toString(Qt::ISODate).toLatin1() + '\t');
    }

    void lines()
    {
        QByteArray out;
        copytext::lines(out, {});
        copytext::lines(out, { u"http://img/1.jpg"_s });
        copytext::lines(out, { u"a\tb"_s, u""_s, u"c"_s });
        QCOMPARE(out, QByteArray("\\N\thttp://img/1.jpg\ta\\tb\\n\\nc\t"));
    }
};

QTEST_GUILESS_MAIN(TestCopyText)
#include "tst_copytext.moc"
