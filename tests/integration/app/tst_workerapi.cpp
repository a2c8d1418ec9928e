#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/fakegnbserver.h"
#include "tests/fakes/qoo10/fakeqoo10server.h"
#include "tests/integration/app/workerprocess.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QJsonArray>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;
using namespace md::fakes;

// marketdesk-cli worker --http: every endpoint of the control API against a real worker process, on SQLite and
// PostgreSQL, with the Qoo10 fake as the marketplace; the token rules; the refusal of a network bind without one.
namespace {
const QByteArray kToken = "ctl-T0ken-4c1d9e7f2a6b8d30";
const QByteArray kEnvToken = "env-T0ken-99aa77bb55cc33dd";

QDate todayKst()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Seoul")).date();
}

QProcessEnvironment cliEnv(const QByteArray& controlToken = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"md.*=true"_s); // every log line, so the token checks see them all
    env.remove(u"MARKETDESK_CONTROL_TOKEN"_s);
    if (!controlToken.isEmpty())
        env.insert(u"MARKETDESK_CONTROL_TOKEN"_s, QString::fromLatin1(controlToken));
    return env;
}

qint64 scalarOf(TestDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(db.connection(), sql, binds);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

QJsonArray lastExecutions(const ApiReply& status, const QString& job, const QString& account)
{
    QJsonArray rows;
    for (const QJsonValue& row : status.json.value(u"last_execution"_s).toArray()) {
        if (row[u"job"_s].toString() == job && row[u"account"_s].toString() == account)
            rows.append(row);
    }
    return rows;
}
} // namespace

class TestWorkerApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<FakeQoo10Server> m_fake;
    QByteArray m_secretsJson;
    QNetworkAccessManager m_nam;
    QByteArray m_outputs; // everything every worker printed

    std::unique_ptr<CliProcess> startWorker(
        const QString& dbUrl, const QString& listen, const QProcessEnvironment& env = cliEnv())
    {
        auto worker = std::make_unique<CliProcess>(
            QStringList { u"--db"_s, dbUrl, u"worker"_s, u"--http"_s, listen, u"--poll-ms"_s, u"200"_s }, env);
        QElapsedTimer clock;
        clock.start();
        while (worker->port() == 0 && worker->process().state() != QProcess::NotRunning && clock.elapsed() < 60'000)
            QTest::qWait(50);
        return worker;
    }

    CliProcess run(const QStringList& args, const QByteArray& input = {}, const QProcessEnvironment& env = cliEnv())
    {
        return CliProcess(args, env, input);
    }

    int finish(CliProcess& p)
    {
        const int code = p.waitForExit();
        m_outputs += p.output();
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fake = std::make_unique<FakeQoo10Server>();
        QVERIFY(m_fake->listen());
        m_fake->generateOrders(120, QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date(), 10, 5);
        const auto& c = m_fake->credentials();
        m_secretsJson = QJsonDocument(QJsonObject { { u"api_key"_s, QString::fromLatin1(c.apiKey) },
                                          { u"user_id"_s, c.userId }, { u"password"_s, c.password } })
                            .toJson(QJsonDocument::Compact);
    }

    // Runs first, while no token is stored anywhere.
    void networkBindWithoutTokenRefused()
    {
        auto t = TestDatabase::sqlite();
        CliProcess refused(
            { u"--db"_s, t->url(), u"worker"_s, u"--http"_s, u"0.0.0.0:0"_s, u"--poll-ms"_s, u"200"_s }, cliEnv());
        QCOMPARE(finish(refused), 2);
        QVERIFY2(refused.err().contains("0.0.0.0"), refused.err().constData());
        QVERIFY2(refused.err().contains("without a token"), refused.err().constData());
        QVERIFY(refused.err().contains("set-control-token"));
        QCOMPARE(refused.port(), 0);

        CliProcess malformed(
            { u"--db"_s, t->url(), u"worker"_s, u"--http"_s, u"127.0.0.1"_s, u"--poll-ms"_s, u"200"_s }, cliEnv());
        QCOMPARE(finish(malformed), 2);
        QVERIFY(malformed.err().contains("ADDRESS:PORT"));

        CliProcess weak({ u"--db"_s, t->url(), u"worker"_s, u"--http"_s, u"127.0.0.1:0"_s }, cliEnv("short"));
        QCOMPARE(finish(weak), 2);
        QVERIFY(weak.err().contains("MARKETDESK_CONTROL_TOKEN"));
        QVERIFY(!weak.err().contains("short"));
    }

    void endpoints_data() { addDialectRows(); }
    void endpoints()
    {
        QFETCH(QByteArray, dialect);
        auto t = TestDatabase::create(dialect);
        auto worker = startWorker(t->url(), u"127.0.0.1:0"_s);
        QVERIFY2(worker->port() != 0, worker->err().constData());
        QVERIFY(worker->err().contains("loopback, no token"));
        const QString base = u"http://127.0.0.1:%1/api/v1"_s.arg(worker->port());
        const auto dump = qScopeGuard([&] {
            if (QTest::currentTestFailed())
                qWarning("worker output:\n%s", worker->output().constData());
        });
        auto get = [&](const QString& path) { return callApi(m_nam, "GET", QUrl(base + path)); };
        auto post = [&](const QString& path, const QJsonObject& body = {}) {
            return callApi(m_nam, "POST", QUrl(base + path),
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        };

        // health
        ApiReply health = get(u"/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(health.json.value(u"database"_s).toString(), dialect == "postgres" ? u"postgresql"_s : u"sqlite"_s);
        QVERIFY(health.json.value(u"claiming"_s).toBool());
        QVERIFY(health.json.value(u"worker"_s).toString().contains(u':'));
        QVERIFY(health.header("Content-Type").second.startsWith("application/json"));

        // JSON errors: unknown route, wrong method, bad parameters (each named)
        ApiReply missing = get(u"/nothing-here"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.errorCode(), u"not_found"_s);
        ApiReply wrongMethod = post(u"/health"_s);
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.errorCode(), u"method_not_allowed"_s);
        QCOMPARE(wrongMethod.header("Allow").second, QByteArray("GET"));
        QCOMPARE(get(u"/orders/collect"_s).status, 405);
        ApiReply badDate = get(u"/orders?from=2026-13-01"_s);
        QCOMPARE(badDate.status, 400);
        QCOMPARE(badDate.errorCode(), u"invalid_parameter"_s);
        QCOMPARE(badDate.errorParameter(), u"from"_s);
        QVERIFY(badDate.errorMessage().contains(u"from"_s));
        QVERIFY(badDate.errorMessage().contains(u"YYYY-MM-DD"_s));
        QCOMPARE(get(u"/orders?to=20261101"_s).errorParameter(), u"to"_s);
        QCOMPARE(get(u"/orders?from=2026-11-05&to=2026-11-01"_s).errorParameter(), u"to"_s);
        QCOMPARE(get(u"/orders?limit=0"_s).errorParameter(), u"limit"_s);
        QCOMPARE(get(u"/orders?limit=1001"_s).errorParameter(), u"limit"_s);
        QCOMPARE(get(u"/orders?offset=-1"_s).errorParameter(), u"offset"_s);
        QCOMPARE(get(u"/orders?status=lost"_s).errorParameter(), u"status"_s);
        QCOMPARE(get(u"/orders?platform=amazon"_s).errorParameter(), u"platform"_s);
        QCOMPARE(get(u"/orders?stauts=paid"_s).errorParameter(), u"stauts"_s);
        ApiReply badBody = callApi(m_nam, "POST", QUrl(base + u"/orders/collect"_s), "[1, 2");
        QCOMPARE(badBody.status, 400);
        QCOMPARE(badBody.errorParameter(), u"body"_s);
        QCOMPARE(post(u"/orders/collect"_s, { { u"from"_s, u"2026-11-01"_s } }).errorParameter(), u"to"_s);

        ApiReply empty = get(u"/orders"_s);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json.value(u"total"_s).toInt(), 0);
        QCOMPARE(empty.json.value(u"orders"_s).toArray().size(), 0);
        ApiReply noAccounts = post(u"/orders/collect"_s);
        QCOMPARE(noAccounts.status, 409);
        QVERIFY(noAccounts.errorMessage().contains(u"accounts add"_s));

        // worker/stop: nothing is claimed while stopped
        ApiReply stopped = post(u"/scheduler/worker/stop"_s);
        QCOMPARE(stopped.status, 200);
        QCOMPARE(stopped.json.value(u"worker"_s).toObject().value(u"claiming"_s).toBool(), false);
        QCOMPARE(get(u"/health"_s).json.value(u"claiming"_s).toBool(), false);

        CliProcess added(
            { u"--db"_s, t->url(), u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"main"_s,
                u"--seller-id"_s, u"fake-seller"_s, u"--base-url"_s, m_fake->baseUrl().toString() },
            cliEnv(), m_secretsJson);
        QCOMPARE(finish(added), 0);
        ApiReply unknownAccount = post(u"/orders/collect"_s, { { u"account"_s, u"nobody"_s } });
        QCOMPARE(unknownAccount.status, 404);
        QCOMPARE(unknownAccount.errorCode(), u"account_not_found"_s);
        QCOMPARE(unknownAccount.errorParameter(), u"account"_s);

        m_fake->clearCalls();
        const QJsonObject window { { u"account"_s, u"main"_s },
            { u"from"_s, todayKst().addDays(-15).toString(Qt::ISODate) },
            { u"to"_s, todayKst().toString(Qt::ISODate) } };
        ApiReply collect = post(u"/orders/collect"_s, window);
        QCOMPARE(collect.status, 202);
        const QJsonArray jobs = collect.json.value(u"jobs"_s).toArray();
        QCOMPARE(jobs.size(), 1);
        const qint64 jobId = jobs[0][u"id"_s].toInteger();
        QVERIFY(jobId > 0);
        QCOMPARE(jobs[0][u"account"_s].toString(), u"main"_s);
        QVERIFY(jobs[0][u"created"_s].toBool());
        // The same request while it is queued: the same job.
        ApiReply again = callApi(m_nam, "POST",
            QUrl(base
                + u"/orders/collect?account=main&from=%1&to=%2"_s.arg(
                    window[u"from"_s].toString(), window[u"to"_s].toString())));
        QCOMPARE(again.status, 202);
        QCOMPARE(again.json.value(u"jobs"_s).toArray()[0][u"id"_s].toInteger(), jobId);
        QVERIFY(!again.json.value(u"jobs"_s).toArray()[0][u"created"_s].toBool());

        QTest::qWait(1500); // several poll intervals of the worker
        QCOMPARE(scalarOf(*t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'queued'"_s, { jobId }), 1);
        QVERIFY(m_fake->calls().isEmpty());
        ApiReply paused = get(u"/scheduler/status"_s);
        QCOMPARE(paused.status, 200);
        QCOMPARE(paused.json.value(u"worker"_s).toObject().value(u"claiming"_s).toBool(), false);
        QVERIFY(paused.json.value(u"queue"_s).toObject().value(u"length"_s).toInt() >= 1);
        QVERIFY(paused.json.value(u"queue"_s).toObject().value(u"ready"_s).toInt() >= 1);
        QCOMPARE(paused.json.value(u"running"_s).toArray().size(), 0);
        bool listed = false;
        for (const QJsonValue& next : paused.json.value(u"queue"_s).toObject().value(u"next"_s).toArray())
            listed = listed || (next[u"id"_s].toInteger() == jobId && next[u"account"_s].toString() == u"main"_s);
        QVERIFY(listed);
        QCOMPARE(get(u"/orders"_s).json.value(u"total"_s).toInt(), 0);

        // worker/start: the job runs, the orders appear
        ApiReply started = post(u"/scheduler/worker/start"_s);
        QCOMPARE(started.status, 200);
        QVERIFY(started.json.value(u"worker"_s).toObject().value(u"claiming"_s).toBool());
        const int expected = m_fake->orderCount();
        QTRY_COMPARE_WITH_TIMEOUT(get(u"/orders"_s).json.value(u"total"_s).toInt(), expected, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalarOf(*t, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND status = 'done'"_s, { jobId }), 1, 30'000);
        QVERIFY(!m_fake->calls().isEmpty());

        // status: the last execution of the account's collection, nothing running, this worker listed
        ApiReply status = get(u"/scheduler/status"_s);
        QCOMPARE(status.status, 200);
        const QJsonArray runs = lastExecutions(status, u"orders.collect"_s, u"main"_s);
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs[0][u"success"_s].toBool());
        QCOMPARE(runs[0][u"orders_count"_s].toInt(), expected);
        QVERIFY(!runs[0][u"finished_at"_s].toString().isEmpty());
        QVERIFY(runs[0][u"duration_ms"_s].isDouble());
        const QJsonArray workers = status.json.value(u"workers"_s).toArray();
        QVERIFY(!workers.isEmpty());
        QVERIFY(workers[0][u"self"_s].toBool());
        QCOMPARE(workers[0][u"holder"_s].toString(), health.json.value(u"worker"_s).toString());
        for (const QJsonValue& job : status.json.value(u"running"_s).toArray())
            QVERIFY(job[u"id"_s].toInteger() != jobId);

        // orders: every order with its lines, newest first
        ApiReply all = get(u"/orders?limit=1000"_s);
        QCOMPARE(all.status, 200);
        const QJsonArray orders = all.json.value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), expected);
        int lines = 0;
        QMap<QString, int> perStatus;
        QString previous;
        for (const QJsonValue& o : orders) {
            QVERIFY(!o[u"lines"_s].toArray().isEmpty());
            lines += int(o[u"lines"_s].toArray().size());
            QCOMPARE(o[u"platform"_s].toString(), u"qoo10"_s);
            QCOMPARE(o[u"account"_s].toString(), u"main"_s);
            QVERIFY(!o[u"order_no"_s].toString().isEmpty());
            const QString date = o[u"order_date"_s].toString();
            QVERIFY(!date.isEmpty());
            if (!previous.isEmpty())
                QVERIFY2(date <= previous, qPrintable(date + u" after "_s + previous)); // ISO UTC text sorts
            previous = date;
            ++perStatus[o[u"status"_s].toString()];
        }
        QCOMPARE(lines, int(scalarOf(*t, u"SELECT COUNT(*) FROM order_items"_s)));
        const QJsonObject firstLine = orders[0][u"lines"_s].toArray()[0].toObject();
        QVERIFY(firstLine.contains(u"line_no"_s) && firstLine.contains(u"qty"_s) && firstLine.contains(u"status"_s));

        // limit/offset pages are consecutive slices of the same order
        ApiReply page1 = get(u"/orders?limit=25&offset=0"_s);
        ApiReply page2 = get(u"/orders?limit=25&offset=25"_s);
        QCOMPARE(page1.json.value(u"total"_s).toInt(), expected);
        QCOMPARE(page1.json.value(u"limit"_s).toInt(), 25);
        QCOMPARE(page2.json.value(u"offset"_s).toInt(), 25);
        for (int i = 0; i < 25; ++i) {
            QCOMPARE(page1.json.value(u"orders"_s).toArray()[i][u"id"_s].toInteger(), orders[i][u"id"_s].toInteger());
            QCOMPARE(
                page2.json.value(u"orders"_s).toArray()[i][u"id"_s].toInteger(), orders[25 + i][u"id"_s].toInteger());
        }
        QCOMPARE(get(u"/orders?offset=100000"_s).json.value(u"orders"_s).toArray().size(), 0);

        // status filter: one status, then two at once
        QVERIFY(perStatus.size() >= 2);
        const QStringList statuses = perStatus.keys();
        for (const QString& s : statuses) {
            ApiReply filtered = get(u"/orders?limit=1000&status="_s + s);
            QCOMPARE(filtered.json.value(u"total"_s).toInt(), perStatus.value(s));
            for (const QJsonValue& o : filtered.json.value(u"orders"_s).toArray())
                QCOMPARE(o[u"status"_s].toString(), s);
        }
        QCOMPARE(get(u"/orders?status="_s + statuses[0] + u',' + statuses[1]).json.value(u"total"_s).toInt(),
            perStatus.value(statuses[0]) + perStatus.value(statuses[1]));

        // date filter: Korean days, inclusive
        const QDate day = QDateTime::fromString(orders[0][u"order_date"_s].toString(), Qt::ISODateWithMs)
                              .toTimeZone(QTimeZone("Asia/Seoul"))
                              .date();
        int sameDay = 0;
        for (const QJsonValue& o : orders) {
            sameDay += QDateTime::fromString(o[u"order_date"_s].toString(), Qt::ISODateWithMs)
                           .toTimeZone(QTimeZone("Asia/Seoul"))
                           .date()
                == day;
        }
        ApiReply oneDay = get(u"/orders?limit=1000&from=%1&to=%1"_s.arg(day.toString(Qt::ISODate)));
        QCOMPARE(oneDay.status, 200);
        QCOMPARE(oneDay.json.value(u"total"_s).toInt(), sameDay);
        QCOMPARE(get(u"/orders?to=%1"_s.arg(day.addDays(-60).toString(Qt::ISODate))).json.value(u"total"_s).toInt(), 0);
        QCOMPARE(get(u"/orders?account=main&platform=qoo10"_s).json.value(u"total"_s).toInt(), expected);
        QCOMPARE(get(u"/orders?account=other"_s).json.value(u"total"_s).toInt(), 0);

        // every enabled account; a disabled one is not collected
        ApiReply everyAccount = post(u"/orders/collect"_s);
        QCOMPARE(everyAccount.status, 202);
        QCOMPARE(everyAccount.json.value(u"jobs"_s).toArray().size(), 1);
        QCOMPARE(everyAccount.json.value(u"jobs"_s).toArray()[0][u"account"_s].toString(), u"main"_s);
        MD_VERIFY_OK(db::exec(t->connection(), u"UPDATE account SET active = ? WHERE name = 'main'"_s, { false }));
        QCOMPARE(post(u"/orders/collect"_s).status, 409);
        QCOMPARE(post(u"/orders/collect"_s, { { u"account"_s, u"main"_s } }).status, 409);

        QCOMPARE(worker->terminate(), 0);
        m_outputs += worker->output();
    }

    void tokenRequired()
    {
        auto t = TestDatabase::sqlite();
        CliProcess tooShort({ u"worker"_s, u"set-control-token"_s }, cliEnv(), "abc\n");
        QCOMPARE(finish(tooShort), 2);
        CliProcess onArgv({ u"worker"_s, u"set-control-token"_s, QString::fromLatin1(kToken) }, cliEnv(), kToken);
        QCOMPARE(finish(onArgv), 2);
        QVERIFY(!onArgv.err().contains(kToken));
        CliProcess stored({ u"worker"_s, u"set-control-token"_s }, cliEnv(), kToken + '\n');
        QCOMPARE(finish(stored), 0);

        auto worker = startWorker(t->url(), u"127.0.0.1:0"_s);
        QVERIFY2(worker->port() != 0, worker->err().constData());
        QVERIFY(worker->err().contains("bearer token required"));
        const QString base = u"http://127.0.0.1:%1/api/v1"_s.arg(worker->port());
        const QByteArray bearer = "Bearer " + kToken;
        for (const QString& path : { u"/health"_s, u"/orders"_s, u"/scheduler/status"_s, u"/no-such-route"_s }) {
            for (const QByteArray& authorization : { QByteArray(), QByteArray("Bearer wrong-token-0000000000"),
                     QByteArray("Basic " + kToken.toBase64()), QByteArray(kToken), QByteArray("Bearer ") }) {
                ApiReply refused = callApi(m_nam, "GET", QUrl(base + path), {}, authorization);
                QCOMPARE(refused.status, 401);
                QCOMPARE(refused.errorCode(), u"unauthorized"_s);
                QVERIFY(refused.header("WWW-Authenticate").second.startsWith("Bearer"));
                QVERIFY(!refused.body.contains(kToken));
            }
        }
        QCOMPARE(callApi(m_nam, "POST", QUrl(base + u"/scheduler/worker/stop"_s)).status, 401);
        ApiReply ok = callApi(m_nam, "GET", QUrl(base + u"/health"_s), {}, bearer);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.json.value(u"claiming"_s).toBool()); // the refused stop did nothing
        QCOMPARE(callApi(m_nam, "GET", QUrl(base + u"/health"_s), {}, "bearer  " + kToken).status, 200);
        QCOMPARE(callApi(m_nam, "GET", QUrl(base + u"/nothing"_s), {}, bearer).status, 404);
        QCOMPARE(worker->terminate(), 0);
        m_outputs += worker->output();

        // The environment variable wins over the keychain; with a token, a non-loopback bind is allowed.
        auto envWorker = startWorker(t->url(), u"0.0.0.0:0"_s, cliEnv(kEnvToken));
        QVERIFY2(envWorker->port() != 0, envWorker->err().constData());
        const QString envBase = u"http://127.0.0.1:%1/api/v1"_s.arg(envWorker->port());
        QCOMPARE(callApi(m_nam, "GET", QUrl(envBase + u"/health"_s), {}, bearer).status, 401);
        QCOMPARE(callApi(m_nam, "GET", QUrl(envBase + u"/health"_s), {}, "Bearer " + kEnvToken).status, 200);
        QCOMPARE(envWorker->terminate(), 0);
        m_outputs += envWorker->output();
    }

    // A worker that crawls an HTTP feed whose X-Api-Key is in the keychain and collects an account's orders with
    // secrets from the keychain too: both reach the keychain from the worker's thread through the main thread
    // (QtKeychain serves one thread per process).
    void crawlsAnApiKeyFeedWhileCollecting()
    {
        auto t = TestDatabase::sqlite();
        QTemporaryDir feedDir;
        feedgen::FeedOptions options;
        options.models = 60;
        options.brands = 2;
        const auto feed = generateAroundToday(feedDir.path(), options);
        FakeGnbServer server(feedDir.path());
        server.setApiKey("feed-K3y-2f9a61c0");
        QVERIFY(server.listen());
        const QString feedUrl = server.baseUrl().toString();
        CliProcess secret({ u"--db"_s, t->url(), u"gnb"_s, u"set-feed-secret"_s, u"--feed"_s, feedUrl, u"--api-key"_s },
            cliEnv(), "feed-K3y-2f9a61c0");
        QCOMPARE(finish(secret), 0);
        CliProcess added(
            { u"--db"_s, t->url(), u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"feedshop"_s,
                u"--seller-id"_s, u"fake-seller"_s, u"--base-url"_s, m_fake->baseUrl().toString() },
            cliEnv(), m_secretsJson);
        QCOMPARE(finish(added), 0);

        CliProcess worker(
            { u"--db"_s, t->url(), u"worker"_s, u"--feed"_s, feedUrl, u"--api-key"_s, u"--schedule-time"_s, u"00:00"_s,
                u"--time-zone"_s, u"Europe/Rome"_s, u"--poll-ms"_s, u"200"_s },
            cliEnv());
        QTRY_VERIFY_WITH_TIMEOUT(
            scalarOf(*t, u"SELECT COUNT(*) FROM job_results WHERE job_name = 'gnb.crawl' AND success"_s) >= 1
                && scalarOf(*t, u"SELECT COUNT(*) FROM job_results WHERE job_name = 'orders.collect' AND success"_s)
                    >= 1,
            60'000);
        QCOMPARE(scalarOf(*t, u"SELECT COUNT(*) FROM product_stock"_s), feed.variants);
        QVERIFY(scalarOf(*t, u"SELECT COUNT(*) FROM orders"_s) > 0);
        QCOMPARE(worker.terminate(), 0);
        m_outputs += worker.output();
        QVERIFY(!worker.output().contains("feed-K3y-2f9a61c0"));
    }

    void tokenNeverInOutput()
    {
        QVERIFY(m_outputs.contains("GET /api/v1/health 200")); // verbose logging was on: request lines were logged
        QVERIFY(!m_outputs.contains(kToken));
        QVERIFY(!m_outputs.contains(kEnvToken));
        QVERIFY(!m_outputs.contains(kToken.toBase64()));
    }
};

QTEST_GUILESS_MAIN(TestWorkerApi)
#include "tst_workerapi.moc"
