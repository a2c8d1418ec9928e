// marketdesk-cli as a real process: `products sync` (JSON keys and values, exit 3 while another process holds the
// account's lease, exit 1 naming the account) and `accounts authorize` for Cafe24 (the test plays the browser and
// follows the printed address through the fake's authorize redirect to the loopback handler). Runs in a private
// keyring session.
#include "services/db/database.h"
#include "services/db/dbconfig.h"
#include "services/jobs/lease.h"
#include "services/marketplaces/products/productsync.h"
#include "services/secrets/keychainsecretstore.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/cafe24/fakecafe24server.h"
#include "tests/fakes/naver/fakenaverserver.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

const QByteArray nvClientId = "nvCliClient";
const QByteArray nvClientSecret = "$2a$04$abcdefghijklmnopqrstuv";
const QByteArray c24ClientId = "c24CliClient";
const QByteArray c24ClientSecret = "c24-cli-secret-Zq81";

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

QProcess* startCli(const QStringList& args, const QByteArray& input = {})
{
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"md.*=true"_s); // every log line, so the secret checks see them all
    env.insert(u"MARKETDESK_LANG"_s, u"en"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(MD_CLI_PATH), args);
    p->waitForStarted();
    if (!input.isNull())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

CliRun finish(QProcess* p)
{
    if (p->state() != QProcess::NotRunning && !p->waitForFinished(120'000))
        qFatal("marketdesk-cli did not finish");
    CliRun r { p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
        p->readAllStandardError() };
    delete p;
    return r;
}

} // namespace

class TestProductsCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    fakes::FakeNaverServer m_naver;
    std::unique_ptr<fakes::FakeCafe24Server> m_cafe24;
    QList<QByteArray> m_outputs;

    CliRun run(const QStringList& rest, const QByteArray& input = {})
    {
        CliRun r = finish(startCli(QStringList { u"--db"_s, m_db } + rest, input));
        m_outputs << r.out << r.err;
        return r;
    }

    QByteArray keychain(const QString& key)
    {
        secrets::KeychainSecretStore store;
        QEventLoop loop;
        QByteArray value;
        store.read(key, &loop, [&](Result<QByteArray> r) {
            if (r)
                value = *r;
            loop.quit();
        });
        loop.exec();
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = u"sqlite://"_s + m_dir.filePath(u"md.db"_s);
        QVERIFY(m_naver.start());
        m_naver.addClient(nvClientId, nvClientSecret);
        m_naver.setProductCount(1300);
        m_cafe24 = std::make_unique<fakes::FakeCafe24Server>(c24ClientId, c24ClientSecret);
        QVERIFY(m_cafe24->start());
        m_cafe24->setProductCount(120);
        const QByteArray secrets = QJsonDocument(QJsonObject { { u"client_id"_s, QString::fromLatin1(nvClientId) },
                                                     { u"client_secret"_s, QString::fromLatin1(nvClientSecret) } })
                                       .toJson();
        const CliRun added = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"naver"_s, u"--name"_s, u"nv-cli"_s,
                                     u"--seller-id"_s, u"nv-seller"_s, u"--base-url"_s, m_naver.baseUrl().toString() },
            secrets);
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    void syncPrintsJsonAndHidesWhatIsGone()
    {
        CliRun first = run({ u"products"_s, u"sync"_s, u"--account"_s, u"nv-cli"_s, u"--json"_s });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QJsonObject o = first.json();
        for (const QString& key :
            { u"listings"_s, u"inserted"_s, u"updated"_s, u"unchanged"_s, u"unlisted"_s, u"duration_ms"_s })
            QVERIFY2(o.contains(key), qPrintable(key));
        QCOMPARE(o.value(u"listings"_s).toInt(), 1300);
        QCOMPARE(o.value(u"inserted"_s).toInt(), 1300);
        QCOMPARE(o.value(u"updated"_s).toInt(), 0);
        QCOMPARE(o.value(u"unlisted"_s).toInt(), 0);
        QVERIFY(o.value(u"duration_ms"_s).toInteger() >= 0);

        m_naver.setProductCount(1250);
        CliRun second = run({ u"products"_s, u"sync"_s, u"--account"_s, u"nv-cli"_s, u"--json"_s });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        o = second.json();
        QCOMPARE(o.value(u"listings"_s).toInt(), 1250);
        QCOMPARE(o.value(u"inserted"_s).toInt(), 0);
        QCOMPARE(o.value(u"unchanged"_s).toInt(), 1250);
        QCOMPARE(o.value(u"unlisted"_s).toInt(), 50);

        // Without --json: one summary line that names the account.
        CliRun text = run({ u"products"_s, u"sync"_s, u"--account"_s, u"nv-cli"_s });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("nv-cli") && text.out.contains("1250"), text.out.constData());
    }

    void heldLeaseExitsThree()
    {
        auto config = db::parseDbUrl(m_db);
        QVERIFY(config.ok());
        db::Database database(*config);
        jobs::Lease lease(database, marketplaces::productSyncLeaseName(u"nv-cli"_s), u"other-host:4242"_s);
        auto held = lease.tryAcquire(std::chrono::minutes(2));
        MD_VERIFY_OK(held);
        QVERIFY(held->acquired);
        CliRun skipped = run({ u"products"_s, u"sync"_s, u"--account"_s, u"nv-cli"_s, u"--json"_s });
        QCOMPARE(skipped.exitCode, 3);
        QCOMPARE(skipped.json().value(u"lock_holder"_s).toString(), u"other-host:4242"_s);
        QVERIFY(skipped.err.contains("other-host:4242"));
        MD_VERIFY_OK(lease.release());
        database.closeThreadConnection();
    }

    void failuresNameTheAccount()
    {
        const CliRun missing = run({ u"products"_s, u"sync"_s, u"--account"_s, u"no-such"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no-such"), missing.err.constData());
        const CliRun qoo10 = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"jp-cli"_s,
                                     u"--seller-id"_s, u"S9"_s },
            R"({"api_key":"k","user_id":"u","password":"p"})");
        QCOMPARE(qoo10.exitCode, 0);
        const CliRun noApi = run({ u"products"_s, u"sync"_s, u"--account"_s, u"jp-cli"_s, u"--json"_s });
        QCOMPARE(noApi.exitCode, 1);
        QVERIFY2(noApi.err.contains("jp-cli"), noApi.err.constData());
        QVERIFY(noApi.json().value(u"error"_s).toString().contains(u"jp-cli"_s));
        // A wrong secret: exit 1, the account named, the secret never printed.
        m_naver.addClient("nvOther", "$2a$04$zyxwvutsrqponmlkjihgfe");
        const CliRun add = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"naver"_s, u"--name"_s, u"nv-bad"_s,
                                   u"--seller-id"_s, u"nv-bad"_s, u"--base-url"_s, m_naver.baseUrl().toString() },
            R"({"client_id":"nvOther","client_secret":"$2a$04$abcdefghijklmnopqrstuv"})");
        QCOMPARE(add.exitCode, 0);
        const CliRun refused = run({ u"products"_s, u"sync"_s, u"--account"_s, u"nv-bad"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("nv-bad"), refused.err.constData());
        QCOMPARE(run({ u"products"_s, u"sync"_s }).exitCode, 2);
    }

    void authorizeCafe24InTheBrowser()
    {
        // An account whose app was authorized before, with a refresh token that is no longer valid.
        const QByteArray stale = "stale-refresh-token-0001";
        const CliRun added = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"cafe24"_s, u"--name"_s, u"c24-cli"_s,
                                     u"--seller-id"_s, u"fakemall"_s, u"--base-url"_s, m_cafe24->baseUrl().toString() },
            QJsonDocument(QJsonObject { { u"client_id"_s, QString::fromLatin1(c24ClientId) },
                              { u"client_secret"_s, QString::fromLatin1(c24ClientSecret) },
                              { u"refresh_token"_s, QString::fromLatin1(stale) } })
                .toJson());
        QCOMPARE(added.exitCode, 0);
        const CliRun refused = run({ u"products"_s, u"sync"_s, u"--account"_s, u"c24-cli"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("authorize"), refused.err.constData());

        QProcess* authorize = startCli({ u"--db"_s, m_db, u"accounts"_s, u"authorize"_s, u"c24-cli"_s, u"--port"_s,
            u"0"_s, u"--no-browser"_s, u"--timeout-seconds"_s, u"60"_s });
        QByteArray printed;
        QUrl address;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                printed += authorize->readAllStandardOutput();
                for (const QByteArray& line : printed.split('\n')) {
                    if (line.startsWith("http://"))
                        address = QUrl(QString::fromUtf8(line.trimmed()));
                }
                return address.isValid();
            }(),
            30'000);
        QCOMPARE(address.path(), u"/api/v2/oauth/authorize"_s);
        QVERIFY(address.toString().contains(QString::fromLatin1(c24ClientId)));
        QVERIFY(!address.toString().contains(QString::fromLatin1(c24ClientSecret)));

        // The browser: follows the fake's redirect to the CLI's loopback handler.
        QNetworkAccessManager browser;
        QNetworkRequest request(address);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = browser.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30'000);
        QVERIFY(reply->url().host() == u"127.0.0.1"_s);
        delete reply;
        CliRun done = finish(authorize);
        done.out.prepend(printed);
        m_outputs << done.out << done.err;
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(done.out.contains("c24-cli"));

        const QByteArray fresh = m_cafe24->currentRefreshToken();
        QVERIFY(!fresh.isEmpty() && fresh != stale);
        QCOMPARE(keychain(u"account/cafe24/c24-cli/refresh_token"_s), fresh);

        // Now the products of the mall sync with the stored tokens.
        const CliRun synced = run({ u"products"_s, u"sync"_s, u"--account"_s, u"c24-cli"_s, u"--json"_s });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(synced.json().value(u"inserted"_s).toInt(), 120);

        // No token or client secret in anything the CLI printed.
        const QByteArray current = m_cafe24->currentRefreshToken();
        for (const QByteArray& output : std::as_const(m_outputs)) {
            QVERIFY(!output.contains(fresh));
            QVERIFY(!output.contains(current));
            QVERIFY(!output.contains(c24ClientSecret));
            QVERIFY(!output.contains(nvClientSecret));
        }
    }

    void authorizeRefusesOtherPlatformsAndTimesOut()
    {
        const CliRun naver = run({ u"accounts"_s, u"authorize"_s, u"nv-cli"_s, u"--no-browser"_s });
        QCOMPARE(naver.exitCode, 1);
        QVERIFY2(naver.err.contains("nv-cli") && naver.err.contains("Cafe24"), naver.err.constData());
        const CliRun late = run({ u"accounts"_s, u"authorize"_s, u"c24-cli"_s, u"--port"_s, u"0"_s, u"--no-browser"_s,
            u"--timeout-seconds"_s, u"1"_s });
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains("c24-cli") && late.err.contains("No answer"), late.err.constData());
        QVERIFY(late.out.contains("http://"));
        QCOMPARE(run({ u"accounts"_s, u"authorize"_s }).exitCode, 2);
    }
};

QTEST_MAIN(TestProductsCli)
#include "tst_productscli.moc"
