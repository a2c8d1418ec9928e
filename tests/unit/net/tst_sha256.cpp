// net::Sha256 (OpenSSL) against the published test vectors and against Qt's own implementation.
#include "services/net/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace md;

class TestSha256 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    void knownVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, digest);
        net::Sha256 hash;
        hash.addData(input);
        QCOMPARE(hash.hexResult(), digest);
    }

    // Fed in uneven chunks, read in the middle, reset and reused: always what Qt computes for the same bytes.
    void chunkedAndResetMatchQt()
    {
        QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator rng(2026);
        for (char& c : data)
            c = char(rng.bounded(256));
        net::Sha256 hash;
        hash.addData("left over from an earlier download");
        hash.reset();
        const auto feed = [&](qsizetype from, qsizetype to) {
            for (qsizetype step = 1; from < to; step = step * 3 + 1) {
                const qsizetype n = std::min(step, to - from);
                hash.addData(QByteArrayView(data).sliced(from, n));
                from += n;
            }
        };
        const qsizetype half = 1024 * 1024;
        feed(0, half);
        QCOMPARE(hash.hexResult(), QCryptographicHash::hash(data.first(half), QCryptographicHash::Sha256).toHex());
        feed(half, data.size());
        QCOMPARE(hash.hexResult(), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(hash.hexResult(), hash.hexResult());
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
