#include "services/marketplaces/qoo10/qoo10client.h"
#include "services/marketplaces/qoo10/qoo10collector.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/marketplaces/qoo10/qoo10testsupport.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::fakes;
using namespace md::marketplaces;
using namespace md::marketplaces::qoo10;
using namespace md::test;

namespace {
using ArrayResult = Result<QJsonArray>;

QDate todayJst()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}

ArrayResult shipping(Qoo10Client& client, int stat, QDate from, QDate to)
{
    auto r = await<ArrayResult>([&](auto done) { client.shippingInfo(stat, 1, from, to, done); });
    return r ? *r : ArrayResult(Error { ErrorCode::Timeout, u"test timed out"_s, {} });
}

// Collects every log line the client writes (md.net at debug level) for the secret checks.
QMutex logMutex;
QStringList logLines;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&logMutex);
    logLines << message;
}
} // namespace

class TestQoo10Client : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FakeQoo10Server> m_fake;
    std::unique_ptr<secrets::MemorySecretStore> m_store;
    Account m_account;

private Q_SLOTS:
    void init()
    {
        m_fake = std::make_unique<FakeQoo10Server>();
        QVERIFY(m_fake->listen());
        m_fake->generateOrders(40, todayJst(), 200, 3);
        m_store = std::make_unique<secrets::MemorySecretStore>();
        m_account = qoo10Account(*m_fake);
        storeQoo10Secrets(*m_store, m_account);
    }

    void createsSellerKeyOnceAndCachesIt()
    {
        {
            Qoo10Client client(m_account, fastEnv(m_store.get()));
            MD_VERIFY_OK(shipping(client, 1, todayJst().addDays(-30), todayJst()));
            MD_VERIFY_OK(shipping(client, 2, todayJst().addDays(-30), todayJst()));
        }
        QCOMPARE(m_fake->keysIssued(), 1);
        QVERIFY(m_store->contains(m_account.secretKey(u"seller_key"_s)));
        const auto create = m_fake->calls(u"CertificationAPI.CreateCertificationKey"_s);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first().certificationKey, m_fake->credentials().apiKey); // the API key authenticates creation
        // A new client (another run) uses the stored key.
        Qoo10Client again(m_account, fastEnv(m_store.get()));
        MD_VERIFY_OK(shipping(again, 3, todayJst().addDays(-30), todayJst()));
        QCOMPARE(m_fake->keysIssued(), 1);
        for (const auto& c : m_fake->calls(u"ShippingBasic.GetShippingInfo_v2"_s))
            QVERIFY(c.certificationKey.startsWith("SK"));
    }

    void recreatesKeyOnceOnNotSellerKey()
    {
        Qoo10Client client(m_account, fastEnv(m_store.get()));
        MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst()));
        m_fake->revokeSellerKeys(); // the stored key expired
        MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst()));
        QCOMPARE(m_fake->keysIssued(), 2);

        // A key that is refused even when new: one re-creation, then a clear Auth error.
        m_fake->queueFault(Qoo10Fault::NotSellerKey, 2, u"ShippingBasic.GetShippingInfo_v2"_s);
        const auto r = shipping(client, 1, todayJst(), todayJst());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QVERIFY2(r.error().message.contains(u"seller key"_s), qPrintable(r.error().message));
        QCOMPARE(m_fake->keysIssued(), 3);
    }

    void badSecretsAreNamed()
    {
        FakeQoo10Credentials wrong;
        wrong.password = u"not-the-password"_s;
        storeQoo10Secrets(*m_store, m_account, wrong);
        Qoo10Client client(m_account, fastEnv(m_store.get()));
        const auto r = shipping(client, 1, todayJst(), todayJst());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Auth);
        QVERIFY2(r.error().message.contains(u"password"_s), qPrintable(r.error().message));
        QVERIFY(!r.error().toString().contains(u"not-the-password"_s));
        QCOMPARE(m_fake->calls(u"CertificationAPI.CreateCertificationKey"_s).size(), 1); // not retried
    }

    void ipNotAllowedAndUnreachable()
    {
        m_fake->queueFault(Qoo10Fault::IpNotAllowed, 1);
        Qoo10Collector collector(m_account, fastEnv(m_store.get()));
        auto r = await<Status>([&](auto done) { collector.testConnection(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, ErrorCode::Auth);
        QVERIFY2(r->error().message.contains(u"IP address"_s), qPrintable(r->error().message));
        auto ok = await<Status>([&](auto done) { collector.testConnection(done); });
        QVERIFY(ok);
        MD_VERIFY_OK(*ok);

        Account nowhere = m_account;
        nowhere.baseUrl = QUrl(u"http://127.0.0.1:1"_s);
        Qoo10Collector unreachable(nowhere, fastEnv(m_store.get()));
        auto down = await<Status>([&](auto done) { unreachable.testConnection(done); });
        QVERIFY(down && !down->ok());
        QCOMPARE(down->error().code, ErrorCode::Network);
        QVERIFY2(down->error().message.contains(u"cannot be reached"_s), qPrintable(down->error().message));
    }

    void clockSkewIsReported()
    {
        m_fake->setClockOffset(std::chrono::seconds(-900)); // our clock is 15 minutes fast
        Qoo10Collector collector(m_account, fastEnv(m_store.get()));
        auto r = await<Status>([&](auto done) { collector.testConnection(done); });
        QVERIFY(r && !r->ok());
        QCOMPARE(r->error().code, ErrorCode::Config);
        QVERIFY2(r->error().message.contains(u"clock"_s), qPrintable(r->error().message));
        QVERIFY2(r->error().message.contains(u"900"_s), qPrintable(r->error().message));
        m_fake->setClockOffset(std::chrono::seconds(30)); // within tolerance
        auto ok = await<Status>([&](auto done) { collector.testConnection(done); });
        QVERIFY(ok);
        MD_VERIFY_OK(*ok);
    }

    void resultObjectShapes_data()
    {
        QTest::addColumn<int>("shape");
        QTest::newRow("array") << int(Qoo10Shape::Array);
        QTest::newRow("single object / null") << int(Qoo10Shape::SingleObject);
        QTest::newRow("single object / empty string") << int(Qoo10Shape::EmptyString);
        QTest::newRow("single object / missing") << int(Qoo10Shape::Missing);
    }
    void resultObjectShapes()
    {
        QFETCH(int, shape);
        m_fake->generateOrders(1, todayJst(), 1, 5); // exactly one order, today
        m_fake->setShape(Qoo10Shape(shape));
        Qoo10Client client(m_account, fastEnv(m_store.get()));
        int found = 0;
        for (int stat = 1; stat <= 5; ++stat) {
            const auto r = shipping(client, stat, todayJst(), todayJst());
            MD_VERIFY_OK(r);
            found += int(r->size());
            for (const auto& v : *r)
                QVERIFY(v.isObject());
        }
        QCOMPARE(found, m_fake->lineCount());
        m_fake->generateOrders(0, todayJst(), 1);
        const auto none = shipping(client, 1, todayJst(), todayJst());
        MD_VERIFY_OK(none);
        QCOMPARE(none->size(), 0);
    }

    void longRangesAreSplitInto90DayWindows()
    {
        // The fake refuses a window over 90 days, as Qoo10 does.
        Qoo10Client client(m_account, fastEnv(m_store.get()));
        const auto refused = shipping(client, 1, todayJst().addDays(-100), todayJst());
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().detail.contains(u"-10011"_s));

        m_fake->clearCalls();
        Qoo10Collector collector(m_account, fastEnv(m_store.get()));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int orders = 0;
        auto done = await<Status>([&](auto finish) {
            collector.collect(
                { now.addDays(-200), now },
                [&](const QList<Order>& batch) {
                    orders += int(batch.size());
                    return Status {};
                },
                finish);
        });
        QVERIFY(done);
        MD_VERIFY_OK(*done);
        QCOMPARE(orders, m_fake->orderCount());
        const auto calls = m_fake->calls(u"ShippingBasic.GetShippingInfo_v2"_s);
        QCOMPARE(calls.size(), 3 * 5); // 201 days → 90 + 90 + 21, five statuses each
        QCOMPARE(m_fake->calls(u"ShippingBasic.GetClaimInfo_V3"_s).size(), 3);
        for (const auto& c : calls) {
            QDate from, to;
            for (const auto& [k, v] : c.form) {
                if (k == u"search_Sdate")
                    from = QDate::fromString(v, u"yyyyMMdd"_s);
                if (k == u"search_Edate")
                    to = QDate::fromString(v, u"yyyyMMdd"_s);
            }
            QVERIFY(from.isValid() && to.isValid());
            QVERIFY(from.daysTo(to) + 1 <= 90);
        }
    }

    void transientErrorsAreRetried()
    {
        Qoo10Client client(m_account, fastEnv(m_store.get()));
        MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst())); // key first
        m_fake->queueFault(Qoo10Fault::ResultError, 1);
        m_fake->queueFault(Qoo10Fault::Malformed, 1);
        m_fake->queueFault(Qoo10Fault::Http503, 1);
        MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst()));
        m_fake->queueFault(Qoo10Fault::Http429, 1);
        m_fake->queueFault(Qoo10Fault::Timeout, 1);
        m_fake->queueFault(Qoo10Fault::Drop, 1);
        MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst()));
        // A ResultCode error that persists (HTTP 200 each time) ends as an error after the retries.
        m_fake->queueFault(Qoo10Fault::ResultError, 10);
        m_fake->clearCalls();
        const auto r = shipping(client, 1, todayJst(), todayJst());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"-999"_s), qPrintable(r.error().message));
        QCOMPARE(m_fake->calls().size(), 4);
    }

    void callsArePacedAndSecretsNeverLogged()
    {
        QLoggingCategory::setFilterRules(u"md.*.debug=true"_s);
        logLines.clear();
        const auto previous = qInstallMessageHandler(captureLog);
        QElapsedTimer timer;
        timer.start();
        {
            Qoo10Client client(m_account, fastEnv(m_store.get(), std::chrono::milliseconds(300)));
            for (int stat = 1; stat <= 5; ++stat)
                MD_VERIFY_OK(shipping(client, stat, todayJst().addDays(-10), todayJst()));
            m_fake->queueFault(Qoo10Fault::Http500, 1);
            m_fake->queueFault(Qoo10Fault::NotSellerKey, 1);
            MD_VERIFY_OK(shipping(client, 1, todayJst(), todayJst()));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        const auto calls = m_fake->calls();
        QVERIFY(calls.size() >= 9);
        QCOMPARE(m_fake->pacingViolations(std::chrono::milliseconds(300)), 0);
        QVERIFY(timer.elapsed() >= (calls.size() - 1) * 280);

        QVERIFY(!logLines.isEmpty());
        QByteArray sellerKey;
        auto read = await<Result<QByteArray>>(
            [&](auto done) { m_store->read(m_account.secretKey(u"seller_key"_s), m_store.get(), done); });
        QVERIFY(read && read->ok());
        sellerKey = **read;
        const QString all = logLines.join(u'\n');
        QVERIFY(!all.contains(QString::fromUtf8(sellerKey)));
        QVERIFY(!all.contains(QString::fromUtf8(m_fake->credentials().apiKey)));
        QVERIFY(!all.contains(m_fake->credentials().password));
    }
};

QTEST_GUILESS_MAIN(TestQoo10Client)
#include "tst_qoo10client.moc"
