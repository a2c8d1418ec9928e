// HttpClient against a scripted local server: success, timeouts, retries, Retry-After, backoff, POST, pacing.
#include "nettesting.h"
#include "scriptedserver.h"
#include "services/net/httpcall.h"
#include "services/net/waithints.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md::net;
using namespace md::net::test;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(md::ErrorCode)

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
    }

    void success()
    {
        HttpClient client;
        useFastPolicy(client);
        m_server->enqueue(200, "hello", { { "X-Thing", "42" } });
        HttpRequest req;
        req.url = m_server->url(u"/ok?q=1"_s);
        req.headers = { { "Accept", "application/json" } };
        const auto r = runCall(client, req);
        QVERIFY(r);
        QVERIFY2(r->ok(), qPrintable(r->error ? r->error->toString() : QString()));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, QByteArray("hello"));
        QCOMPARE(r->header("x-thing"), QByteArray("42"));
        QCOMPARE(r->attempts, 1);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests()[0].target, QByteArray("/ok?q=1"));
        QCOMPARE(m_server->requests()[0].header("Accept"), QByteArray("application/json"));
        QCOMPARE(client.activeCalls(), 0);
    }

    void timeoutIsRetriedThenReported()
    {
        HttpClient client;
        useFastPolicy(client, 2);
        m_server->setFallback(ScriptedReply { .silent = true });
        HttpRequest req;
        req.url = m_server->url(u"/slow"_s);
        req.timeoutMs = 150;
        QElapsedTimer clock;
        clock.start();
        const auto r = runCall(client, req);
        QVERIFY(r);
        QVERIFY(r->error);
        QCOMPARE(r->error->code, md::ErrorCode::Timeout);
        QCOMPARE(r->attempts, 2);
        QCOMPARE(r->status, 0);
        QCOMPARE(m_server->requests().size(), 2);
        QVERIFY2(clock.elapsed() >= 2 * 150 - 10, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clock.elapsed() < 2000);
    }

    void serverErrorsThenSuccess()
    {
        HttpClient client;
        useFastPolicy(client);
        m_server->enqueue(503, "busy");
        m_server->enqueue(503, "busy");
        m_server->enqueue(200, "done");
        HttpRequest req;
        req.url = m_server->url(u"/flaky"_s);
        const auto r = runCall(client, req);
        QVERIFY(r);
        QVERIFY(r->ok());
        QCOMPARE(r->attempts, 3);
        QCOMPARE(r->body, QByteArray("done"));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void serverErrorsExhaustAttempts()
    {
        HttpClient client;
        useFastPolicy(client);
        m_server->setFallback(ScriptedReply { .status = 500, .body = "boom" });
        HttpRequest req;
        req.url = m_server->url(u"/down"_s);
        const auto r = runCall(client, req);
        QVERIFY(r && r->error);
        QCOMPARE(r->error->code, md::ErrorCode::Network);
        QCOMPARE(r->status, 500);
        QCOMPARE(r->attempts, 3);
        QCOMPARE(m_server->requests().size(), 3);
        QVERIFY(r->error->detail.contains(u"boom"_s));
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<md::ErrorCode>("code");
        QTest::newRow("400") << 400 << md::ErrorCode::Invalid;
        QTest::newRow("401") << 401 << md::ErrorCode::Auth;
        QTest::newRow("403") << 403 << md::ErrorCode::Auth;
        QTest::newRow("404") << 404 << md::ErrorCode::NotFound;
        QTest::newRow("409") << 409 << md::ErrorCode::Invalid;
        QTest::newRow("422") << 422 << md::ErrorCode::Invalid;
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(md::ErrorCode, code);
        HttpClient client;
        useFastPolicy(client);
        m_server->enqueue(status, "{\"error\":\"nope\"}");
        m_server->enqueue(200, "must not be reached");
        HttpRequest req;
        req.url = m_server->url(u"/missing"_s);
        const auto r = runCall(client, req);
        QVERIFY(r && r->error);
        QCOMPARE(r->error->code, code);
        QCOMPARE(r->status, status);
        QCOMPARE(r->body, QByteArray("{\"error\":\"nope\"}")); // callers read e.g. a 409's order number
        QCOMPARE(r->attempts, 1);
        QTest::qWait(100); // a wrongly scheduled retry would arrive now
        QCOMPARE(m_server->requests().size(), 1);
    }

    void retryAfterHonouredAndCapped_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("capMs");
        QTest::addColumn<int>("expectedMs");
        QTest::newRow("seconds, under the cap") << QByteArray("1") << 5000 << 1000;
        QTest::newRow("seconds, capped") << QByteArray("30") << 300 << 300;
        const QDateTime in30s = QDateTime::currentDateTimeUtc().addSecs(30);
        const QByteArray httpDate = QLocale::c().toString(in30s, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        QTest::newRow("HTTP-date, capped") << httpDate << 400 << 400;
    }

    void retryAfterHonouredAndCapped()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, capMs);
        QFETCH(int, expectedMs);
        HttpClient client;
        useFastPolicy(client);
        RetryPolicy policy = client.retryPolicy();
        policy.serverWaitCap = milliseconds(capMs);
        policy.baseDelay = milliseconds(1); // the wait must come from Retry-After, not from backoff
        client.setRetryPolicy(policy);
        m_server->enqueue(429, "slow down", { { "Retry-After", retryAfter } });
        m_server->enqueue(200, "ok");
        HttpRequest req;
        req.url = m_server->url(u"/limited"_s);
        const auto r = runCall(client, req);
        QVERIFY(r);
        QVERIFY(r->ok());
        QCOMPARE(r->attempts, 2);
        const qint64 gap = m_server->gaps().value(0);
        QVERIFY2(gap >= expectedMs - 30, qPrintable(u"gap %1 ms"_s.arg(gap)));
        QVERIFY2(gap < expectedMs + 700, qPrintable(u"gap %1 ms"_s.arg(gap)));
    }

    void backoffGrowsBetweenAttempts()
    {
        HttpClient client;
        RetryPolicy policy;
        policy.maxAttempts = 4;
        policy.baseDelay = milliseconds(60);
        policy.maxDelay = milliseconds(1000);
        client.setRetryPolicy(policy);
        client.setJitterSource([] { return 0.99; }); // the top of each jitter range
        m_server->setFallback(ScriptedReply { .status = 502 });
        HttpRequest req;
        req.url = m_server->url(u"/bad-gateway"_s);
        const auto r = runCall(client, req);
        QVERIFY(r && r->error);
        QCOMPARE(r->attempts, 4);
        const QList<qint64> gaps = m_server->gaps();
        QCOMPARE(gaps.size(), 3);
        // Ceilings 60, 120, 240 ms; 99 % of each.
        QVERIFY2(gaps[0] >= 55 && gaps[1] >= 115 && gaps[2] >= 235, qPrintable(QString::number(gaps[2])));
        QVERIFY(gaps[1] > gaps[0] + 30);
        QVERIFY(gaps[2] > gaps[1] + 60);
    }

    void postIsRetriedOnlyWhenMarked()
    {
        HttpClient client;
        useFastPolicy(client);
        m_server->enqueue(503);
        m_server->setFallback(ScriptedReply { .status = 201, .body = "created" });
        HttpRequest post;
        post.method = "POST";
        post.url = m_server->url(u"/api/v1/orders"_s);
        post.body = R"({"reference":"A1"})";
        auto r = runCall(client, post);
        QVERIFY(r && r->error);
        QCOMPARE(r->attempts, 1);
        QTest::qWait(100); // a wrongly scheduled retry would arrive now
        QCOMPARE(m_server->requests().size(), 1);

        m_server->enqueue(503);
        post.idempotent = true;
        r = runCall(client, post);
        QVERIFY(r && r->ok());
        QCOMPARE(r->attempts, 2);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests()[2].body, post.body);
        QCOMPARE(m_server->requests()[2].method, QByteArray("POST"));
    }

    void rateLimiterSpacesCalls()
    {
        HttpClient client;
        useFastPolicy(client);
        const double rate = 20;
        const int burst = 2;
        const int calls = 8;
        client.setRateLimit(u"acct:orders"_s, rate, burst);
        int done = 0;
        qint64 lastPacedAt = 0;
        qint64 otherAt = -1;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < calls; ++i) {
            HttpRequest req;
            req.url = m_server->url(u"/paced"_s);
            req.rateKey = u"acct:orders"_s;
            client.send(req, this, [&](const HttpResponse& r) {
                done += r.ok() ? 1 : 0;
                lastPacedAt = clock.elapsed();
            });
        }
        // Another key is not held back by the queue of this one.
        HttpRequest other;
        other.url = m_server->url(u"/other"_s);
        other.rateKey = u"acct:products"_s;
        client.send(other, this, [&](const HttpResponse& r) { otherAt = r.ok() ? clock.elapsed() : -2; });
        QVERIFY(QTest::qWaitFor([&] { return done == calls && otherAt != -1; }, 5000));
        const qint64 minimum = qint64((calls - burst) / rate * 1000); // 300 ms
        QVERIFY2(lastPacedAt >= minimum - 5, qPrintable(QString::number(lastPacedAt)));
        QVERIFY(lastPacedAt < minimum + 1500);
        QVERIFY2(otherAt >= 0 && otherAt < lastPacedAt - 100, qPrintable(u"%1 vs %2"_s.arg(otherAt).arg(lastPacedAt)));
    }

    void waitHintPausesTheRateKey()
    {
        HttpClient client;
        useFastPolicy(client);
        client.setWaitHint(waithints::cafe24);
        m_server->enqueue(429, "{}", { { "X-Cafe24-Call-Remain", "0.2" }, { "X-Cafe24-Time-Remain", "0.4" } });
        m_server->enqueue(200, "ok");
        HttpRequest req;
        req.url = m_server->url(u"/api/v2/admin/products"_s);
        req.rateKey = u"cafe24:mall"_s;
        const auto r = runCall(client, req);
        QVERIFY(r && r->ok());
        QCOMPARE(r->attempts, 2);
        QVERIFY2(m_server->gaps().value(0) >= 390, qPrintable(QString::number(m_server->gaps().value(0))));
    }

    void invalidUrlFailsAsynchronously()
    {
        HttpClient client;
        bool called = false;
        HttpRequest req;
        req.url = QUrl(u"not a url"_s);
        client.send(req, this, [&called](const HttpResponse& r) {
            called = true;
            QVERIFY(r.error && r.error->code == md::ErrorCode::Invalid);
        });
        QVERIFY(!called); // never inside send()
        QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
    }

private:
    std::unique_ptr<ScriptedServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
