// HttpClient: cancellation, streaming downloads with SHA-256, proxy, and redaction of logs and errors.
#include "nettesting.h"
#include "scriptedserver.h"
#include "services/net/httpcall.h"
#include "services/net/redactor.h"
#include "tests/common/testhelpers.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace md::net;
using namespace md::net::test;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log << message;
    }
    if (g_previous && type >= QtWarningMsg)
        g_previous(type, context, message);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator gen(42);
    for (char& c : data)
        c = char(gen.bounded(256));
    return data;
}

} // namespace

// The way workers use the client (ARCHITECTURE §4): created and used inside the worker's thread.
class FetchWorker : public QObject {
    Q_OBJECT
public:
    explicit FetchWorker(QUrl url)
        : m_url(std::move(url))
    {
    }

    void run()
    {
        auto* client = new HttpClient(this); // in the worker thread
        HttpRequest req;
        req.url = m_url;
        client->send(req, this, [this](const HttpResponse& r) { emit fetched(r, QThread::currentThread()); });
    }

signals:
    void fetched(const md::net::HttpResponse& response, QThread* thread);

private:
    QUrl m_url;
};

class TestHttpClientExtras : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
    }

    void cancelAllEndsEveryKindOfCall()
    {
        HttpClient client;
        useFastPolicy(client);
        client.setRateLimit(u"slow"_s, 0.1, 1); // the second call on this key would wait 10 s for a token
        m_server->setFallback(ScriptedReply { .silent = true });
        QList<md::ErrorCode> codes;
        auto collect
            = [&codes](const HttpResponse& r) { codes << (r.error ? r.error->code : md::ErrorCode::Internal); };
        HttpRequest inFlight;
        inFlight.url = m_server->url(u"/hang"_s);
        inFlight.rateKey = u"slow"_s;
        client.send(inFlight, this, collect);
        HttpRequest waitingToken = inFlight;
        client.send(waitingToken, this, collect);
        HttpRequest noServer; // connection refused → retry wait of 60 s
        noServer.url = QUrl(u"http://127.0.0.1:1/refused"_s);
        RetryPolicy slowRetry = client.retryPolicy();
        slowRetry.baseDelay = std::chrono::milliseconds(60'000);
        slowRetry.maxDelay = slowRetry.baseDelay;
        client.setRetryPolicy(slowRetry);
        client.setJitterSource([] { return 0.99; });
        client.send(noServer, this, collect);
        QVERIFY(QTest::qWaitFor([&] { return m_server->requests().size() == 1; }, 2000));
        QTest::qWait(150); // let the refused connection fail and enter its retry wait
        QCOMPARE(client.activeCalls(), 3);
        QVERIFY(codes.isEmpty());

        QElapsedTimer clock;
        clock.start();
        client.cancelAll();
        QVERIFY(QTest::qWaitFor([&] { return codes.size() == 3; }, 1000));
        QVERIFY(clock.elapsed() < 200);
        QCOMPARE(codes, QList<md::ErrorCode>(3, md::ErrorCode::Cancelled));
        QCOMPARE(client.activeCalls(), 0);
        QTest::qWait(100);
        QCOMPARE(m_server->requests().size(), 1); // the waiting call never started
    }

    void cancelOneCall()
    {
        HttpClient client;
        useFastPolicy(client);
        m_server->setFallback(ScriptedReply { .silent = true });
        HttpRequest req;
        req.url = m_server->url(u"/hang"_s);
        HttpCall* call = client.send(req);
        std::optional<HttpResponse> result;
        connect(call, &HttpCall::finished, this, [&result](const HttpResponse& r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return !m_server->requests().isEmpty(); }, 2000));
        call->cancel();
        QVERIFY(result && result->error);
        QCOMPARE(result->error->code, md::ErrorCode::Cancelled);
        QCOMPARE(result->attempts, 1);
    }

    void streamingDownloadWithSha256()
    {
        const QByteArray payload = randomBytes(3 * 1024 * 1024 + 17);
        m_server->enqueue(200, payload, { { "Content-Type", "text/csv" } });
        QTemporaryDir dir;
        QFile file(dir.filePath(u"GUCCI.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        HttpClient client;
        useFastPolicy(client);
        HttpRequest req;
        req.url = m_server->url(u"/20261120/GUCCI.csv"_s);
        req.sink = &file;
        req.sha256 = true;
        const auto r = runCall(client, req);
        QVERIFY(r && r->ok());
        file.close();
        QVERIFY(r->body.isEmpty()); // nothing held in memory
        QCOMPARE(r->bytesReceived, payload.size());
        QCOMPARE(r->sha256, QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), payload);
    }

    void streamingRetryStartsTheFileAgain()
    {
        const QByteArray payload = randomBytes(256 * 1024);
        m_server->enqueue(ScriptedReply { .status = 200, .body = payload, .truncateAt = 100 * 1024 });
        m_server->enqueue(500, "error page, never written to the file");
        m_server->enqueue(200, payload);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"feed.csv"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        HttpClient client;
        useFastPolicy(client);
        HttpRequest req;
        req.url = m_server->url(u"/feed.csv"_s);
        req.sink = &file;
        req.sha256 = true;
        const auto r = runCall(client, req);
        QVERIFY2(r && r->ok(), r && r->error ? qPrintable(r->error->toString()) : "no result");
        QCOMPARE(r->attempts, 3);
        QCOMPARE(r->sha256, QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), payload);
    }

    void streamingErrorBodyStaysInMemory()
    {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        m_server->enqueue(404, "no such file");
        HttpClient client;
        HttpRequest req;
        req.url = m_server->url(u"/20261120/NOPE.csv"_s);
        req.sink = &sink;
        const auto r = runCall(client, req);
        QVERIFY(r && r->error);
        QCOMPARE(r->error->code, md::ErrorCode::NotFound);
        QCOMPARE(r->body, QByteArray("no such file"));
        QVERIFY(sink.data().isEmpty());
    }

    void proxyIsUsed()
    {
        HttpClient client;
        useFastPolicy(client);
        MD_VERIFY_OK(client.setProxy(QUrl(u"http://worker@127.0.0.1:%1"_s.arg(m_server->port())), u"proxy-pass"_s));
        QCOMPARE(client.proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(client.proxy().hostName(), u"127.0.0.1"_s);
        QCOMPARE(client.proxy().port(), m_server->port());
        QCOMPARE(client.proxy().user(), u"worker"_s);
        // The proxy asks for credentials, then forwards.
        m_server->enqueue(407, {}, { { "Proxy-Authenticate", "Basic realm=\"proxy\"" } });
        m_server->enqueue(200, "via proxy");
        HttpRequest req;
        req.url = QUrl(u"http://api.commerce.naver.invalid/external/v1/ping"_s);
        const auto r = runCall(client, req);
        QVERIFY2(r && r->ok(), r && r->error ? qPrintable(r->error->toString()) : "no result");
        QCOMPARE(r->body, QByteArray("via proxy"));
        const auto& reqs = m_server->requests();
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(reqs.last().target, QByteArray("http://api.commerce.naver.invalid/external/v1/ping"));
        QCOMPARE(reqs.last().header("Proxy-Authorization"), "Basic " + QByteArray("worker:proxy-pass").toBase64());
        // The proxy password is a secret like any other.
        QCOMPARE(client.redactor().redact(u"pw=proxy-pass"_s), u"pw=***"_s);
    }

    void badProxyIsAConfigError()
    {
        HttpClient client;
        const md::Status s = client.setProxy(QUrl(u"ftp://proxy:21"_s));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, md::ErrorCode::Config);
        MD_VERIFY_OK(client.setProxy(QUrl()));
        QCOMPARE(client.proxy().type(), QNetworkProxy::NoProxy);
    }

    void secretsAreRedactedFromLogsAndErrors()
    {
        const QStringList secrets { u"REGISTERED-s3cret"_s, u"QUERYACCESS"_s, u"QUERYREFRESH"_s, u"QUERYCLIENTSECRET"_s,
            u"FORMSIGN"_s, u"FORMPASSWORD"_s, u"FORMPWD"_s, u"BEARERTOKEN"_s, u"GNBAPIKEY"_s, u"GIOSISKEY"_s,
            u"JSONREFRESH"_s };
        HttpClient client;
        useFastPolicy(client, 2);
        client.redactor().addSecret(u"REGISTERED-s3cret"_s);
        m_server->setFallback(ScriptedReply { .status = 500,
            .body = R"({"refresh_token":"JSONREFRESH","echo":"REGISTERED-s3cret","detail":"pwd=FORMPWD"})" });
        HttpRequest req;
        req.method = "POST";
        req.idempotent = true; // so that the retry path logs too
        req.url = m_server->url(
            u"/v1/oauth2/token?access_token=QUERYACCESS&refresh_token=QUERYREFRESH&client_secret=QUERYCLIENTSECRET&x=REGISTERED-s3cret"_s);
        req.headers = { { "Authorization", "Bearer BEARERTOKEN" }, { "X-Api-Key", "GNBAPIKEY" },
            { "GiosisCertificationKey", "GIOSISKEY" }, { "Content-Type", "application/x-www-form-urlencoded" } };
        req.body = "client_secret_sign=FORMSIGN&password=FORMPASSWORD&pwd=FORMPWD&type=SELF";

        QLoggingCategory::setFilterRules(u"md.net.debug=true"_s);
        g_log.clear();
        g_previous = qInstallMessageHandler(captureMessages);
        const auto r = runCall(client, req);
        qInstallMessageHandler(g_previous);
        QLoggingCategory::setFilterRules(QString());

        QVERIFY(r && r->error);
        QCOMPARE(r->attempts, 2);
        const QString logs = g_log.join(u'\n');
        // The logs really describe the call (so the absence of secrets means something).
        QVERIFY2(logs.contains(u"/v1/oauth2/token"_s) && logs.contains(u"Authorization: ***"_s)
                && logs.contains(u"retrying"_s) && logs.contains(u"type=SELF"_s),
            qPrintable(logs));
        QVERIFY(r->error->detail.contains(u"/v1/oauth2/token"_s));
        QVERIFY(r->error->detail.contains(u"\"refresh_token\":\"***\""_s));
        for (const QString& secret : secrets) {
            QVERIFY2(!logs.contains(secret), qPrintable(u"log leaks "_s + secret + u'\n' + logs));
            QVERIFY2(!r->error->detail.contains(secret), qPrintable(u"detail leaks "_s + secret));
            QVERIFY2(!r->error->message.contains(secret), qPrintable(u"message leaks "_s + secret));
        }
    }

    void worksInAWorkerThread()
    {
        m_server->enqueue(200, "from the worker");
        QThread thread;
        auto* worker = new FetchWorker(m_server->url(u"/ping"_s));
        worker->moveToThread(&thread);
        connect(&thread, &QThread::started, worker, &FetchWorker::run);
        connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
        std::optional<HttpResponse> result;
        QThread* deliveredIn = nullptr;
        connect(worker, &FetchWorker::fetched, this, [&](const HttpResponse& r, QThread* t) {
            result = r;
            deliveredIn = t;
        });
        thread.start();
        const bool arrived = QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        thread.quit();
        thread.wait();
        QVERIFY(arrived);
        QVERIFY(result->ok());
        QCOMPARE(result->body, QByteArray("from the worker"));
        QCOMPARE(deliveredIn, &thread); // the callback ran in the worker's thread, not the GUI thread
    }

private:
    std::unique_ptr<ScriptedServer> m_server;
};

QTEST_GUILESS_MAIN(TestHttpClientExtras)
#include "tst_httpclientextras.moc"
