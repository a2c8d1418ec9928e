// Redactor: every kind of secret is masked, ordinary text is left alone.
#include "services/net/redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using md::net::Redactor;

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
    void masks_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query access_token")
            << u"GET https://h/p?access_token=abc.def&limit=5"_s << u"GET https://h/p?access_token=***&limit=5"_s;
        QTest::newRow("form refresh_token")
            << u"grant_type=refresh_token&refresh_token=R1-2_3"_s << u"grant_type=refresh_token&refresh_token=***"_s;
        QTest::newRow("client_secret and sign")
            << u"client_secret=S&client_secret_sign=JDJh%2B="_s << u"client_secret=***&client_secret_sign=***"_s;
        QTest::newRow("password, pwd (any case)")
            << u"user_id=me&PWD=p%40ss&Password=x"_s << u"user_id=me&PWD=***&Password=***"_s;
        QTest::newRow("json") << u"{\"access_token\": \"tok\\\"en\", \"expires_in\":10800, \"refresh_token\":\"r\"}"_s
                              << u"{\"access_token\": \"***\", \"expires_in\":10800, \"refresh_token\":\"***\"}"_s;
        QTest::newRow("authorization header") << u"headers: Authorization: Bearer eyJhbGci.x.y, Accept: */*"_s
                                              << u"headers: Authorization: ***, Accept: */*"_s;
        QTest::newRow("basic auth header") << u"authorization: Basic Y2xpZW50OnNlY3JldA=="_s << u"authorization: ***"_s;
        QTest::newRow("api key headers") << u"X-Api-Key: k1\nGiosisCertificationKey: k2\nX-Other: v"_s
                                         << u"X-Api-Key: ***\nGiosisCertificationKey: ***\nX-Other: v"_s;
        QTest::newRow("header in json") << u"{\"X-Api-Key\":\"k1\"}"_s << u"{\"X-Api-Key\":\"***\"}"_s;
        QTest::newRow("registered secret anywhere")
            << u"seller key is SELLERKEY123 today"_s << u"seller key is *** today"_s;
        QTest::newRow("registered secret percent-encoded") << u"?k=a%2Fb%2Bc%20d"_s << u"?k=***"_s;
        QTest::newRow("registered secret form-encoded") << u"k=a%2Fb%2Bc+d"_s << u"k=***"_s;
        QTest::newRow("untouched") << u"GET /v1/products?page=1&size=500 -> 200 token_type=Bearer"_s
                                   << u"GET /v1/products?page=1&size=500 -> 200 token_type=Bearer"_s;
        QTest::newRow("longer names are not sensitive")
            << u"mypassword_hint=x&pwdx=1"_s << u"mypassword_hint=x&pwdx=1"_s;
    }

    void masks()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor r;
        r.addSecret(u"SELLERKEY123"_s);
        r.addSecret(u"a/b+c d"_s);
        QCOMPARE(r.redact(input), expected);
    }

    void customNamesAndRemoval()
    {
        Redactor r;
        r.addSensitiveParameter(u"mall_secret"_s);
        r.addSensitiveHeader(u"X-Cafe24-Client"_s);
        QCOMPARE(r.redact(u"mall_secret=1 X-Cafe24-Client: abc"_s), u"mall_secret=*** X-Cafe24-Client: ***"_s);
        QVERIFY(r.isSensitiveHeader("x-cafe24-client"));
        QCOMPARE(r.redactHeader("Authorization", "Bearer x"), u"***"_s);
        QCOMPARE(r.redactHeader("Accept", "text/csv"), u"text/csv"_s);
        r.addSecret(u"old-token"_s);
        QCOMPARE(r.redact(u"t old-token"_s), u"t ***"_s);
        r.removeSecret(u"old-token"_s);
        QCOMPARE(r.redact(u"t old-token"_s), u"t old-token"_s);
        r.addSecret(QByteArray());
        QCOMPARE(r.redact(u"nothing masked"_s), u"nothing masked"_s);
    }

    void longerSecretWins()
    {
        Redactor r;
        r.addSecret(u"abc"_s);
        r.addSecret(u"abcdef"_s);
        QCOMPARE(r.redact(u"x abcdef y"_s), u"x *** y"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
