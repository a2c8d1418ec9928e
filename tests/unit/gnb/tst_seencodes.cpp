#include "services/gnb/seencodes.h"

#include <QTest>

using namespace md::gnb;

class TestSeenCodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstLineIsRemembered()
    {
        SeenCodes seen;
        QCOMPARE(seen.findOrInsert("GU-1", 2), 0);
        QCOMPARE(seen.findOrInsert("GU-2", 3), 0);
        QCOMPARE(seen.findOrInsert("GU-1", 9), 2);
        QCOMPARE(seen.findOrInsert("GU-1", 12), 2);
        QCOMPARE(seen.findOrInsert("gu-1", 13), 0); // codes are compared byte for byte
        QCOMPARE(seen.findOrInsert("", 14), 0);
        QCOMPARE(seen.findOrInsert("", 15), 14);
        QCOMPARE(seen.size(), 4);
    }
    void survivesGrowth()
    {
        SeenCodes seen;
        const int n = 100000; // many regrowths of the table and the arena
        for (int i = 0; i < n; ++i)
            QCOMPARE(seen.findOrInsert(QByteArray::number(i * 7919), i + 1), 0);
        for (int i = 0; i < n; i += 97)
            QCOMPARE(seen.findOrInsert(QByteArray::number(i * 7919), n + 1), i + 1);
        QCOMPARE(seen.findOrInsert("not there", n + 2), 0);
        QCOMPARE(seen.size(), n + 1);
    }
};

QTEST_GUILESS_MAIN(TestSeenCodes)
#include "tst_seencodes.moc"
