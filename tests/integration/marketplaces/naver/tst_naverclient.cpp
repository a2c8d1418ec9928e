// NaverClient against the fake Naver Commerce server: auth, paging, windows, pacing, errors, redaction.
#include "services/marketplaces/common/orderstatusmap.h"
#include "services/marketplaces/naver/navercollector.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/common/fakeproxyserver.h"
#include "tests/fakes/naver/fakenaverserver.h"

#include <QLoggingCategory>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces::naver;
using md::fakes::FakeNaverServer;
using md::fakes::Fault;

namespace {

const QByteArray clientId = "naverClientId01";
const QByteArray clientSecret = "$2a$04$abcdefghijklmnopqrstuv"; // cost 4 keeps the test fast; real bcrypt all the same

template<typename R, typename Start> std::optional<R> await(Start start, int timeoutMs = 60'000)
{
    std::optional<R> out;
    start([&out](R result) { out.emplace(std::move(result)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

} // namespace

class TestNaverClient : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FakeNaverServer> m_fake;

    std::unique_ptr<NaverClient> client()
    {
        NaverConfig config;
        config.account = u"naver-main"_s;
        config.baseUrl = m_fake->baseUrl();
        config.clientId = clientId;
        config.clientSecret = clientSecret;
        auto result = std::make_unique<NaverClient>(config);
        result->http().setRetryPolicy(
            { 4, std::chrono::milliseconds(20), std::chrono::milliseconds(200), std::chrono::milliseconds(2000) });
        result->http().setDefaultTimeout(std::chrono::milliseconds(1000));
        return result;
    }

    std::optional<Status> products(NaverClient& naver, QList<QJsonArray>* pages, int size = 500)
    {
        return await<Status>([&](auto done) {
            naver.fetchProducts([pages](const QJsonArray& page) { pages->append(page); }, done, size);
        });
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeNaverServer>();
        QVERIFY(m_fake->start());
        m_fake->addClient(clientId, clientSecret);
    }
    void cleanup() { m_fake.reset(); }

    void tokenIsSignedAndReused()
    {
        auto naver = client();
        const auto status = await<Status>([&](auto done) { naver->testConnection(done); });
        QVERIFY(status);
        MD_VERIFY_OK(*status);
        m_fake->setProductCount(30);
        QList<QJsonArray> pages;
        auto fetched = products(*naver, &pages, 10);
        QVERIFY(fetched);
        MD_VERIFY_OK(*fetched);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(m_fake->tokensIssued(), 1); // reused, not asked again per call
        QVERIFY(m_fake->lastAuthorization().startsWith("Bearer nv"));
    }

    void wrongSecretIsAnAuthErrorWithoutTheSecret()
    {
        m_fake->addClient(clientId, "$2a$04$zzzzzzzzzzzzzzzzzzzzzz");
        auto naver = client();
        const auto status = await<Status>([&](auto done) { naver->testConnection(done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Auth);
        QVERIFY2(status->error().message.contains(u"naver-main"_s), qPrintable(status->error().message));
        QVERIFY(!status->error().toString().contains(QString::fromLatin1(clientSecret)));
    }

    void clockSkewIsNamed()
    {
        auto naver = client();
        naver->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(-600); });
        const auto status = await<Status>([&](auto done) { naver->testConnection(done); });
        QVERIFY(status && !status->ok());
        QVERIFY2(status->error().message.contains(u"clock"_s), qPrintable(status->error().toString()));
    }

    void expiredTokenIsRenewedOnce()
    {
        m_fake->setProductCount(20);
        auto naver = client();
        QList<QJsonArray> pages;
        MD_VERIFY_OK(*products(*naver, &pages, 10));
        QCOMPARE(m_fake->tokensIssued(), 1);
        m_fake->expireTokens();
        pages.clear();
        MD_VERIFY_OK(*products(*naver, &pages, 10));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(m_fake->tokensIssued(), 2);
    }

    void productsPageSizeIsCapped()
    {
        m_fake->setProductCount(1201);
        auto naver = client();
        QList<QJsonArray> pages;
        MD_VERIFY_OK(*products(*naver, &pages, 5000)); // the fake refuses > 500
        QCOMPARE(pages.size(), 3);
        QSet<qint64> seen;
        for (const auto& page : pages)
            for (const auto& product : page)
                seen.insert(product.toObject().value(u"originProductNo"_s).toInteger());
        QCOMPARE(seen.size(), 1201);
    }

    void ordersUseDayWindowsMorePagingAndBatches()
    {
        const QDateTime from = QDateTime::fromString(u"2026-11-01T00:00:00Z"_s, Qt::ISODate);
        const QDateTime to = from.addDays(3);
        m_fake->setOrders(2000, from, to.addSecs(-1));
        auto naver = client();
        const auto result
            = await<Result<QList<QJsonObject>>>([&](auto done) { naver->fetchChangedOrders(from, to, done); });
        QVERIFY(result);
        MD_VERIFY_OK(*result);
        QSet<QString> ids;
        for (const auto& detail : result->value())
            ids.insert(detail.value(u"productOrder"_s).toObject().value(u"productOrderId"_s).toString());
        QCOMPARE(result->value().size(), 2000);
        QCOMPARE(ids.size(), 2000);
        QVERIFY(ids.contains(QString::fromLatin1(FakeNaverServer::productOrderId(1999))));
        const auto windows = m_fake->windowsAsked();
        QVERIFY(windows.size() > 3); // 3 days and more than 300 per day: continuation calls
        for (const auto& [start, end] : windows)
            QVERIFY(start.secsTo(end) <= 24 * 3600);
        QCOMPARE(m_fake->maxIdsPerQuery(), 300);
    }

    void rateLimitIsPacedFromTheHeaders()
    {
        m_fake->setProductCount(40 * 5);
        m_fake->setRateLimit(20, 2);
        auto naver = client();
        QList<QJsonArray> pages;
        MD_VERIFY_OK(*products(*naver, &pages, 5));
        QCOMPARE(pages.size(), 40);
        // After the first answer the client knows the bucket and paces itself: at most a few 429s.
        QVERIFY2(m_fake->rateLimitedCount() <= 3, qPrintable(QString::number(m_fake->rateLimitedCount())));
    }

    void faultsAreRetried()
    {
        m_fake->setProductCount(50);
        m_fake->failNext(1, Fault::ServerError);
        m_fake->failNext(1, Fault::RateLimited);
        m_fake->failNext(1, Fault::Timeout);
        auto naver = client();
        QList<QJsonArray> pages;
        MD_VERIFY_OK(*products(*naver, &pages, 10));
        QCOMPARE(pages.size(), 5);
    }

    void malformedJsonIsAnError()
    {
        m_fake->setProductCount(50);
        auto naver = client();
        MD_VERIFY_OK(*await<Status>([&](auto done) { naver->testConnection(done); }));
        m_fake->failNext(1, Fault::MalformedJson);
        QList<QJsonArray> pages;
        const auto status = products(*naver, &pages, 10);
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Network);
        QVERIFY(!status->error().toString().contains(u"Bearer nv"_s));
    }

    void ipNotAllowedSaysWhatToDo()
    {
        m_fake->setIpAllowed(false);
        auto naver = client();
        const auto status = await<Status>([&](auto done) { naver->testConnection(done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Auth);
        QVERIFY2(status->error().message.contains(
                     u"IP not allowed: run collection from the fixed-IP worker or set a proxy"_s),
            qPrintable(status->error().message));
    }

    void secretsNeverInLogs()
    {
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(u"md.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { logged.append(text); });
        m_fake->setProductCount(30);
        m_fake->failNext(1, Fault::ServerError);
        auto naver = client();
        QList<QJsonArray> pages;
        const auto ok = products(*naver, &pages, 10);
        m_fake->expireTokens();
        const auto again = products(*naver, &pages, 10);
        m_fake->failNext(1, Fault::MalformedJson);
        const auto broken = products(*naver, &pages, 10);
        qInstallMessageHandler(previous);
        QVERIFY(ok && ok->ok() && again && again->ok() && broken && !broken->ok());
        const QString all = logged.join(u'\n');
        QVERIFY2(!logged.isEmpty(), "md.net logged nothing: the check would prove nothing");
        QVERIFY(!all.contains(QString::fromLatin1(clientSecret)));
        QVERIFY(!all.contains(u"Bearer nv"_s));
        QVERIFY(!all.contains(u"JDJhJDA0"_s)); // the start of every base64 client_secret_sign of this secret
        QVERIFY(!broken->error().toString().contains(u"Bearer nv"_s));
    }

    void collectorGroupsLinesIntoOrders()
    {
        const QDateTime from = QDateTime::fromString(u"2026-11-10T00:00:00Z"_s, Qt::ISODate);
        m_fake->setOrders(600, from, from.addSecs(30 * 3600));
        secrets::MemorySecretStore store;
        marketplaces::Account account;
        account.platform = u"naver"_s;
        account.name = u"nv-shop"_s;
        account.baseUrl = m_fake->baseUrl();
        std::optional<Status> written;
        store.write(account.secretKey(u"client_id"_s), clientId, &store, [](Status) {});
        store.write(account.secretKey(u"client_secret"_s), clientSecret, &store, [&](Status s) { written = s; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }));
        marketplaces::CollectorEnv env;
        env.secrets = &store;
        env.retry
            = { 3, std::chrono::milliseconds(10), std::chrono::milliseconds(100), std::chrono::milliseconds(1000) };
        NaverCollector collector(account, env);
        QList<marketplaces::Order> orders;
        const auto status = await<Status>([&](auto done) {
            collector.collect(
                { from, from.addSecs(31 * 3600) },
                [&](const QList<marketplaces::Order>& batch) {
                    orders += batch;
                    return Status {};
                },
                done);
        });
        QVERIFY(status);
        MD_VERIFY_OK(*status);
        QCOMPARE(orders.size(), 300); // two product orders per order in the fake
        int lines = 0;
        for (const auto& order : orders) {
            lines += int(order.lines.size());
            QCOMPARE(order.status, QString(marketplaces::orderstatus::Paid));
            QVERIFY(order.totalAmount.has_value());
        }
        QCOMPARE(lines, 600);
        QVERIFY(collector.callCount() > 3);
    }

    void badProxyIsAConfigError()
    {
        NaverConfig config;
        config.account = u"naver-main"_s;
        config.baseUrl = m_fake->baseUrl();
        config.clientId = clientId;
        config.clientSecret = clientSecret;
        config.proxy = QUrl(u"ftp://127.0.0.1:1"_s);
        NaverClient naver(config);
        const auto status = await<Status>([&](auto done) { naver.testConnection(done); });
        QVERIFY(status && !status->ok());
        QCOMPARE(status->error().code, ErrorCode::Config);
    }

    void quotaResetIsTheNextPeriodInKoreanTime()
    {
        const QDateTime now = QDateTime::fromString(u"2026-11-21T23:17:31+09:00"_s, Qt::ISODate);
        const auto kst = [](const QDateTime& t) { return t.toTimeZone(QTimeZone(9 * 3600)).toString(Qt::ISODate); };
        QCOMPARE(kst(naverQuotaReset("SECONDS", now)), u"2026-11-21T23:17:32+09:00"_s);
        QCOMPARE(kst(naverQuotaReset("MINUTES", now)), u"2026-11-21T23:18:00+09:00"_s);
        QCOMPARE(kst(naverQuotaReset("HOURS", now)), u"2026-11-22T00:00:00+09:00"_s);
        QCOMPARE(kst(naverQuotaReset("days", now)), u"2026-11-22T00:00:00+09:00"_s);
        QCOMPARE(kst(naverQuotaReset("DAYS", now.addSecs(-23 * 3600))), u"2026-11-22T00:00:00+09:00"_s);
        QVERIFY(!naverQuotaReset("FORTNIGHTS", now).isValid());
    }

    void quotaLimitIsNotRetriedAndSaysWhenItResets()
    {
        m_fake->setProductCount(50);
        m_fake->setQuota(2, "HOURS");
        auto naver = client(); // retries up to 4 attempts: a quota answer must not use them
        QList<QJsonArray> pages;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto status = products(*naver, &pages, 10);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(status && !status->ok());
        QCOMPARE(pages.size(), 2); // the quota's two calls were used
        QCOMPARE(m_fake->quotaLimitedCount(), 1); // asked once, not retried in a loop
        QCOMPARE(status->error().code, ErrorCode::RateLimited);
        const QString message = status->error().message;
        QVERIFY2(message.contains(u"naver-main"_s) && message.contains(u"quota"_s)
                && message.contains(u"2 calls per hour"_s),
            qPrintable(message));
        const auto when = [](const QDateTime& t) -> QString {
            return naverQuotaReset("HOURS", t).toTimeZone(QTimeZone(9 * 3600)).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                + u" KST"_s;
        };
        QVERIFY2(message.contains(when(before)) || message.contains(when(after)), qPrintable(message));
        QVERIFY(status->error().detail.contains(u"GW.QUOTA_LIMIT"_s));

        // A collection fails with that reason, after one call, until the quota is back.
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_fake->setOrders(20, from, from.addSecs(1800));
        secrets::MemorySecretStore store;
        marketplaces::Account account;
        account.platform = u"naver"_s;
        account.name = u"naver-main"_s;
        account.baseUrl = m_fake->baseUrl();
        std::optional<Status> written;
        store.write(account.secretKey(u"client_id"_s), clientId, &store, [](Status) {});
        store.write(account.secretKey(u"client_secret"_s), clientSecret, &store, [&](Status s) { written = s; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }));
        marketplaces::CollectorEnv env;
        env.secrets = &store;
        env.retry
            = { 4, std::chrono::milliseconds(10), std::chrono::milliseconds(100), std::chrono::milliseconds(1000) };
        const auto collect = [&] {
            NaverCollector collector(account, env);
            return await<Status>([&](auto done) {
                collector.collect(
                    { from, QDateTime::currentDateTimeUtc() },
                    [](const QList<marketplaces::Order>&) { return Status {}; }, done);
            });
        };
        const auto failed = collect();
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().code, ErrorCode::RateLimited);
        QVERIFY(failed->error().message.contains(u"quota"_s));
        QCOMPARE(m_fake->quotaLimitedCount(), 2);
        m_fake->resetQuota();
        const auto ok = collect();
        QVERIFY(ok);
        MD_VERIFY_OK(*ok);
    }

    void collectorUsesTheProxyWithThePasswordFromTheStore()
    {
        const QByteArray password = "Pr0xy-Pa55-4711";
        md::fakes::FakeProxyServer proxy("worker", password);
        QVERIFY(proxy.listen());
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_fake->setOrders(40, from, from.addSecs(1800));
        secrets::MemorySecretStore store;
        marketplaces::Account account;
        account.platform = u"naver"_s;
        account.name = u"nv-proxied"_s;
        account.baseUrl = m_fake->baseUrl();
        account.proxyUrl = proxy.url();
        QVERIFY(account.proxyUrl.password().isEmpty());
        const auto write = [&](const QString& field, const QByteArray& value) {
            std::optional<Status> written;
            store.write(account.secretKey(field), value, &store, [&](Status s) { written = s; });
            QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }));
        };
        write(u"client_id"_s, clientId);
        write(u"client_secret"_s, clientSecret);
        write(u"proxy_password"_s, password);
        marketplaces::CollectorEnv env;
        env.secrets = &store;
        env.retry
            = { 2, std::chrono::milliseconds(10), std::chrono::milliseconds(100), std::chrono::milliseconds(1000) };
        const auto collect = [&](QList<marketplaces::Order>* orders) {
            NaverCollector collector(account, env);
            return await<Status>([&](auto done) {
                collector.collect(
                    { from, QDateTime::currentDateTimeUtc() },
                    [orders](const QList<marketplaces::Order>& batch) {
                        *orders += batch;
                        return Status {};
                    },
                    done);
            });
        };

        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(u"md.*=true"_s);
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& text) { logged.append(text); });
        QList<marketplaces::Order> orders;
        const auto ok = collect(&orders);
        QVERIFY(ok);
        MD_VERIFY_OK(*ok);
        QCOMPARE(orders.size(), 20);
        // Every call went through the proxy, with the stored password.
        QVERIFY(proxy.forwardedCount() >= 3); // token, changed statuses, details
        for (const QByteArray& target : proxy.forwardedTargets())
            QVERIFY2(target.startsWith(m_fake->baseUrl().toEncoded()), target.constData());
        QCOMPARE(proxy.forwardedCount(),
            m_fake->callCount("/v1/oauth2/token")
                + m_fake->callCount("/v1/pay-order/seller/product-orders/last-changed-statuses")
                + m_fake->callCount("/v1/pay-order/seller/product-orders/query"));

        // A wrong password: refused by the proxy, said so, and never shown.
        const QByteArray wrong = "Wr0ng-Pr0xy-0815";
        write(u"proxy_password"_s, wrong);
        const int forwarded = proxy.forwardedCount();
        const auto refused = collect(&orders);
        qInstallMessageHandler(previous);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, ErrorCode::Auth);
        QVERIFY2(refused->error().message.contains(u"proxy"_s), qPrintable(refused->error().message));
        QVERIFY(!refused->error().toString().contains(QString::fromLatin1(wrong)));
        QCOMPARE(proxy.forwardedCount(), forwarded); // nothing reached the platform
        QVERIFY(proxy.refusedCount() > 0);
        const QString all = logged.join(u'\n');
        QVERIFY2(!logged.isEmpty(), "md.net logged nothing: the check would prove nothing");
        QVERIFY(!all.contains(QString::fromLatin1(password)));
        QVERIFY(!all.contains(QString::fromLatin1(wrong)));
        QVERIFY(!all.contains(QString::fromLatin1(QByteArray("worker:" + password).toBase64())));

        // A password in the URL itself is refused before any call.
        account.proxyUrl.setPassword(QString::fromLatin1(password));
        const auto inUrl = collect(&orders);
        QVERIFY(inUrl && !inUrl->ok());
        QCOMPARE(inUrl->error().code, ErrorCode::Config);
        QVERIFY(!inUrl->error().toString().contains(QString::fromLatin1(password)));
        QCOMPARE(proxy.forwardedCount(), forwarded);
    }
};

QTEST_GUILESS_MAIN(TestNaverClient)
#include "tst_naverclient.moc"
