// Cafe24 clients against the fake Cafe24 server: authorization code over the loopback redirect, rotating refresh
// tokens, products and orders paging, windows, pacing, errors and redaction.
#include "services/marketplaces/cafe24/cafe24authorizer.h"
#include "services/marketplaces/cafe24/cafe24client.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/cafe24/fakecafe24server.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces::cafe24;
using md::fakes::Cafe24Fault;
using md::fakes::FakeCafe24Server;

namespace {

const QByteArray clientId = "c24ClientId";
const QByteArray clientSecret = "c24-client-secret-value";

template<typename R, typename Start> std::optional<R> await(Start start, int timeoutMs = 60'000)
{
    std::optional<R> out;
    start([&out](R result) { out.emplace(std::move(result)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

} // namespace

class TestCafe24Client : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<FakeCafe24Server> m_fake;
    std::unique_ptr<secrets::MemorySecretStore> m_store;

    Cafe24Config config() const
    {
        Cafe24Config config;
        config.account = u"c24-main"_s;
        config.mallId = u"fakemall"_s;
        config.baseUrl = m_fake->baseUrl();
        config.clientId = clientId;
        config.clientSecret = clientSecret;
        config.refreshTokenKey = u"account/cafe24/c24-main/refresh_token"_s;
        config.accessTokenKey = u"account/cafe24/c24-main/access_token"_s;
        return config;
    }

    std::unique_ptr<Cafe24Client> client()
    {
        auto result = std::make_unique<Cafe24Client>(config(), m_db->database(), m_store.get());
        result->http().setRetryPolicy(
            { 4, std::chrono::milliseconds(20), std::chrono::milliseconds(200), std::chrono::milliseconds(3000) });
        result->http().setDefaultTimeout(std::chrono::milliseconds(1000));
        return result;
    }

    QByteArray stored(const QString& key)
    {
        auto value = await<Result<QByteArray>>([&](auto done) { m_store->read(key, m_store.get(), done); });
        return value && value->ok() ? value->value() : QByteArray();
    }

    void seedRefreshToken(const QByteArray& token)
    {
        m_fake->setRefreshToken(token);
        auto written
            = await<Status>([&](auto done) { m_store->write(config().refreshTokenKey, token, m_store.get(), done); });
        QVERIFY(written && written->ok());
    }

    std::optional<Status> products(Cafe24Client& c24, QList<QJsonObject>* out)
    {
        return await<Status>([&](auto done) {
            c24.fetchProducts(
                [out](const QJsonArray& page) {
                    for (const auto& p : page)
                        out->append(p.toObject());
                    return Status {};
                },
                done);
        });
    }

private slots:
    void init()
    {
        m_db = test::TestDatabase::sqlite();
        m_fake = std::make_unique<FakeCafe24Server>(clientId, clientSecret);
        QVERIFY(m_fake->start());
        m_store = std::make_unique<secrets::MemorySecretStore>();
    }
    void cleanup()
    {
        m_store.reset();
        m_fake.reset();
        m_db.reset();
    }

    void authorizationCodeOverLoopback()
    {
        Cafe24Authorizer authorizer(config(), m_store.get());
        QSignalSpy finished(&authorizer, &Cafe24Authorizer::finished);
        QNetworkAccessManager browser; // plays the system browser: follows the fake's redirect to the loopback handler
        connect(&authorizer, &Cafe24Authorizer::openBrowser, &browser, [&browser](const QUrl& url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
            QNetworkReply* reply = browser.get(request);
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        MD_VERIFY_OK(authorizer.start(0));
        QVERIFY(authorizer.redirectUri().toString().startsWith(u"http://127.0.0.1:"_s));
        QVERIFY(finished.wait(20'000));
        MD_VERIFY_OK(finished.first().first().value<Status>());
        QCOMPARE(stored(config().refreshTokenKey), m_fake->currentRefreshToken());
        QVERIFY(stored(config().accessTokenKey).contains("c24a"));
    }

    void productsFullScanWithVersionHeader()
    {
        seedRefreshToken("seed-refresh-1");
        m_fake->setProductCount(250);
        auto c24 = client();
        QList<QJsonObject> all;
        const auto status = products(*c24, &all);
        QVERIFY(status);
        MD_VERIFY_OK(*status);
        QCOMPARE(all.size(), 250);
        QCOMPARE(all.last().value(u"product_no"_s).toInt(), 250);
        QCOMPARE(all.first().value(u"variants"_s).toArray().size(), 2);
        QCOMPARE(m_fake->lastApiVersion(), config().apiVersion);
        QCOMPARE(m_fake->refreshCount(), 1);
        // The rotated token was stored before use: the keychain holds the one the server accepts.
        QCOMPARE(stored(config().refreshTokenKey), m_fake->currentRefreshToken());
    }

    void expiredAccessTokenIsRenewedOnce()
    {
        seedRefreshToken("seed-refresh-2");
        m_fake->setProductCount(10);
        auto c24 = client();
        QList<QJsonObject> all;
        MD_VERIFY_OK(*products(*c24, &all));
        m_fake->expireAccessTokens();
        all.clear();
        MD_VERIFY_OK(*products(*c24, &all));
        QCOMPARE(all.size(), 10);
        QCOMPARE(m_fake->refreshCount(), 2);
        QCOMPARE(m_fake->revokedRefreshUses(), 0);
        QCOMPARE(stored(config().refreshTokenKey), m_fake->currentRefreshToken());
    }

    // A cancel while the rotating refresh token is being renewed must not lose the new one: the server retired the
    // old token when it received the call, so the answer is awaited and stored even though the scan stops.
    void cancelDuringRefreshKeepsTheRotatedToken()
    {
        seedRefreshToken("seed-refresh-cancel");
        m_fake->setProductCount(10);
        m_fake->setTokenDelayMs(400);
        auto c24 = client();
        QList<QJsonObject> all;
        std::optional<Status> status;
        c24->fetchProducts(
            [&all](const QJsonArray& page) {
                for (const auto& p : page)
                    all.append(p.toObject());
                return Status {};
            },
            [&status](Status s) { status = s; });
        QTest::qWait(150); // the refresh call is on the wire
        c24->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fake->refreshCount() == 1 && stored(config().refreshTokenKey) != "seed-refresh-cancel", 5000);
        QCOMPARE(stored(config().refreshTokenKey), m_fake->currentRefreshToken());
        c24->cancel(); // the scan, now past the renewal, stops
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 5000);
        QVERIFY(all.size() < 10 || status->ok());
    }

    void revokedRefreshTokenSaysAuthorizeAgain()
    {
        seedRefreshToken("seed-refresh-3");
        m_fake->setRefreshToken("someone-else-rotated-it");
        auto c24 = client();
        QList<QJsonObject> all;
        const auto status = products(*c24, &all);
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Auth);
        QVERIFY(status->error().message.contains(u"c24-main"_s));
        QVERIFY(!status->error().toString().contains(u"seed-refresh-3"_s));
        QVERIFY(!status->error().toString().contains(QString::fromLatin1(clientSecret)));
    }

    void ordersUseThreeMonthWindowsAndTheOffsetCap()
    {
        seedRefreshToken("seed-refresh-4");
        const QDateTime from = QDateTime::fromString(u"2026-05-01T00:00:00Z"_s, Qt::ISODate);
        const QDateTime to = from.addMonths(5);
        m_fake->setOrders(21'000, from, to.addSecs(-60));
        auto c24 = client();
        QSet<QString> ids;
        int items = 0;
        const auto status = await<Status>([&](auto done) {
            c24->fetchOrders(
                from, to,
                [&](const QJsonArray& page) {
                    for (const auto& order : page) {
                        ids.insert(order.toObject().value(u"order_id"_s).toString());
                        items += int(order.toObject().value(u"items"_s).toArray().size());
                    }
                    return Status {};
                },
                done);
        });
        QVERIFY(status);
        MD_VERIFY_OK(*status);
        QCOMPARE(ids.size(), 21'000);
        QCOMPARE(items, 21'000);
        QCOMPARE(m_fake->rateLimitedCount(), 0);
    }

    void badParameterIs422Surfaced()
    {
        seedRefreshToken("seed-refresh-5");
        auto c24 = client();
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"500"_s);
        const auto result = await<Result<QJsonObject>>([&](auto done) { c24->get(u"products"_s, query, done); });
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().code, ErrorCode::Invalid);
        QVERIFY2(result->error().message.contains(u"limit must be between 1 and 100"_s),
            qPrintable(result->error().message));
    }

    void multiObjectWriteWith207IsAPartialSuccess()
    {
        seedRefreshToken("seed-refresh-207");
        m_fake->setProductCount(3);
        m_fake->setScopes({ u"mall.read_product"_s, u"mall.write_product"_s });
        auto c24 = client();
        const auto write = [&](const QJsonArray& requests) {
            return await<Result<Cafe24Client::WriteResult>>([&](auto done) {
                c24->write("PUT", u"products/2/variants"_s,
                    QJsonObject { { u"shop_no"_s, 1 }, { u"requests"_s, requests } }, done);
            });
        };
        // Every variant accepted: 200, nothing refused.
        auto all = write({ QJsonObject { { u"variant_code"_s, u"P0000002BLA"_s }, { u"quantity"_s, 4 } } });
        QVERIFY(all);
        MD_VERIFY_OK(*all);
        QCOMPARE((*all)->status, 200);
        QVERIFY(!(*all)->isPartial());
        QVERIFY((*all)->failures.isEmpty());

        // One unknown variant and one bad quantity among good ones: 207, the call succeeds, the refused are named.
        auto partial = write({ QJsonObject { { u"variant_code"_s, u"P0000002BLA"_s }, { u"quantity"_s, 7 } },
            QJsonObject { { u"variant_code"_s, u"NOPE"_s }, { u"quantity"_s, 1 } },
            QJsonObject { { u"variant_code"_s, u"P0000002IVO"_s }, { u"quantity"_s, -1 } } });
        QVERIFY(partial);
        MD_VERIFY_OK(*partial);
        const Cafe24Client::WriteResult& r = partial->value();
        QCOMPARE(r.status, 207);
        QVERIFY(r.isPartial());
        QCOMPARE(r.items.size(), 3);
        QCOMPARE(r.failures.size(), 2);
        QCOMPARE(r.failures.at(0).index, 1);
        QCOMPARE(r.failures.at(0).status, 404);
        QVERIFY(r.failures.at(0).message.contains(u"NOPE"_s));
        QCOMPARE(r.failures.at(0).item.value(u"variant_code"_s).toString(), u"NOPE"_s);
        QCOMPARE(r.failures.at(1).index, 2);
        QCOMPARE(r.failures.at(1).status, 422);
        // The accepted one was applied, the refused ones not.
        QCOMPARE(m_fake->variantQuantities().value(u"P0000002BLA"_s), 7);
        QVERIFY(!m_fake->variantQuantities().contains(u"P0000002IVO"_s));
        QVERIFY(!m_fake->variantQuantities().contains(u"NOPE"_s));

        // Without the write scope the whole call is refused (an error, not a partial success).
        m_fake->setScopes({ u"mall.read_product"_s });
        auto refused = write({ QJsonObject { { u"variant_code"_s, u"P0000002BLA"_s }, { u"quantity"_s, 1 } } });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, ErrorCode::Auth);
    }

    void missingScopeIsNotRetried()
    {
        seedRefreshToken("seed-refresh-6");
        m_fake->setScopes({});
        auto c24 = client();
        QList<QJsonObject> all;
        const auto status = products(*c24, &all);
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Auth);
        QVERIFY(status->error().message.contains(u"scope"_s));
        QCOMPARE(m_fake->apiCalls(), 1);
    }

    void faultsAndFullBucketAreRetried()
    {
        seedRefreshToken("seed-refresh-7");
        m_fake->setProductCount(1200);
        m_fake->setBucket(6, 4.0);
        m_fake->failNext(1, Cafe24Fault::ServerError);
        m_fake->failNext(1, Cafe24Fault::Timeout);
        auto c24 = client();
        QList<QJsonObject> all;
        const auto status = products(*c24, &all);
        QVERIFY(status);
        MD_VERIFY_OK(*status);
        QCOMPARE(all.size(), 1200);
        QVERIFY(m_fake->maxObservedCallLimit() <= 6);
    }

    void secretsNeverInLogs()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(u"md.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { logged.append(text); });
        seedRefreshToken("seed-refresh-logs");
        m_fake->setProductCount(10);
        auto c24 = client();
        QList<QJsonObject> all;
        const auto first = products(*c24, &all);
        const QByteArray rotated = m_fake->currentRefreshToken();
        m_fake->expireAccessTokens();
        m_fake->failNext(1, Cafe24Fault::ServerError);
        const auto second = products(*c24, &all);
        m_fake->setRefreshToken("revoked-elsewhere");
        m_fake->expireAccessTokens();
        const auto third = products(*c24, &all);
        qInstallMessageHandler(previous);
        QVERIFY(first && first->ok() && second && second->ok() && third && !third->ok());
        const QString text = logged.join(u'\n') + third->error().toString();
        QVERIFY2(!logged.isEmpty(), "md.net logged nothing: the check would prove nothing");
        for (const QByteArray& secret : { QByteArray("seed-refresh-logs"), rotated, m_fake->currentRefreshToken(),
                 clientSecret, QByteArray(clientId + ':' + clientSecret).toBase64() })
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY(!text.contains(u"Bearer c24a"_s));
    }

    void malformedJsonIsAnError()
    {
        seedRefreshToken("seed-refresh-8");
        m_fake->setProductCount(10);
        m_fake->failNext(1, Cafe24Fault::MalformedJson);
        auto c24 = client();
        QList<QJsonObject> all;
        const auto status = products(*c24, &all);
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestCafe24Client)
#include "tst_cafe24client.moc"
