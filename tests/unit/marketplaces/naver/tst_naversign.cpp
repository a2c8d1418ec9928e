// client_secret_sign against the vector of reference/marketplace-apis.md.
#include "services/marketplaces/naver/naversign.h"
#include "tests/common/testhelpers.h"

#include <QTest>

using namespace md::marketplaces::naver;

class TestNaverSign : public QObject {
    Q_OBJECT
private slots:
    void referenceVector()
    {
        const auto hash = bcryptHash("aaaabbbbcccc_1643956077762", "$2a$10$abcdefghijklmnopqrstuv");
        MD_VERIFY_OK(hash);
        QCOMPARE(*hash, QByteArray("$2a$10$abcdefghijklmnopqrstuuK905peUHfBiHEhNZ1bzXxBKnUlxCb9m"));
        const auto sign = clientSecretSign("aaaabbbbcccc", "$2a$10$abcdefghijklmnopqrstuv", 1643956077762);
        MD_VERIFY_OK(sign);
        QCOMPARE(*sign, QByteArray("JDJhJDEwJGFiY2RlZmdoaWprbG1ub3BxcnN0dXVLOTA1cGVVSGZCaUhFaE5aMWJ6WHhCS25VbHhDYjlt"));
    }

    void timestampChangesTheSign()
    {
        const auto a = clientSecretSign("aaaabbbbcccc", "$2a$10$abcdefghijklmnopqrstuv", 1643956077762);
        const auto b = clientSecretSign("aaaabbbbcccc", "$2a$10$abcdefghijklmnopqrstuv", 1643956077763);
        MD_VERIFY_OK(a);
        MD_VERIFY_OK(b);
        QVERIFY(*a != *b);
    }

    void notASaltIsAConfigErrorWithoutTheSecret()
    {
        const auto sign = clientSecretSign("id", "plain-secret-value", 1);
        QVERIFY(!sign.ok());
        QCOMPARE(sign.error().code, md::ErrorCode::Config);
        QVERIFY(!sign.error().toString().contains(QStringLiteral("plain-secret-value")));
    }
};

QTEST_GUILESS_MAIN(TestNaverSign)
#include "tst_naversign.moc"
