#include "tests/fakes/common/fakehttpserver.h"
#include "tests/fakes/common/fakeproxyserver.h"
#include "tests/fakes/qoo10/fakeqoo10server.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md::fakes;

namespace {
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed()).object(); }
};

QProcessEnvironment verboseEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_LOGGING_RULES"_s, u"md.*=true"_s); // every log line, so the secret checks see them all
    return env;
}

QProcess* startCli(const QStringList& args, const QByteArray& input = {})
{
    auto* p = new QProcess;
    p->setProcessEnvironment(verboseEnv());
    p->start(QStringLiteral(MD_CLI_PATH), args);
    p->waitForStarted();
    if (!input.isNull())
        p->write(input);
    p->closeWriteChannel();
    return p;
}

CliRun finish(QProcess* p)
{
    if (!p->waitForFinished(120'000))
        qFatal("marketdesk-cli did not finish");
    CliRun r { p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1, p->readAllStandardOutput(),
        p->readAllStandardError() };
    delete p;
    return r;
}

CliRun cli(const QStringList& args, const QByteArray& input = {})
{
    return finish(startCli(args, input));
}

QDate todayJst()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
}
} // namespace

class TestQoo10Cli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeQoo10Server> m_fake;
    QString m_db;
    QByteArray m_secretsJson;
    QList<QByteArray> m_outputs; // every stdout/stderr of the test's CLI runs

    QStringList args(const QStringList& rest) const { return QStringList { u"--db"_s, m_db } + rest; }
    CliRun run(const QStringList& rest, const QByteArray& input = {})
    {
        CliRun r = cli(args(rest), input);
        m_outputs << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = u"sqlite://"_s + m_dir.filePath(u"md.db"_s);
        FakeQoo10Credentials c;
        c.apiKey = "api-KEY-7f3a9c1e5b";
        c.password = u"pw-S3cret-9b2d7"_s;
        m_fake = std::make_unique<FakeQoo10Server>(c);
        QVERIFY(m_fake->listen());
        m_fake->generateOrders(300, todayJst(), 20, 9);
        m_secretsJson = QJsonDocument(QJsonObject { { u"api_key"_s, QString::fromLatin1(c.apiKey) },
                                          { u"user_id"_s, c.userId }, { u"password"_s, c.password } })
                            .toJson();
    }

    void addListTestRemove()
    {
        auto bad = run(
            { u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"x"_s, u"--seller-id"_s, u"x"_s },
            R"({"api_key":"a"})");
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("user_id"));
        auto notJson = run(
            { u"accounts"_s, u"add"_s, u"--platform"_s, u"naver"_s, u"--name"_s, u"x"_s, u"--seller-id"_s, u"x"_s },
            "client_secret=abc");
        QCOMPARE(notJson.exitCode, 2);

        auto added = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"main"_s,
                             u"--seller-id"_s, u"fake-seller"_s, u"--base-url"_s, m_fake->baseUrl().toString() },
            m_secretsJson);
        QCOMPARE(added.exitCode, 0);
        auto dup = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"main"_s, u"--seller-id"_s,
                           u"other"_s },
            m_secretsJson);
        QCOMPARE(dup.exitCode, 1);

        auto list = run({ u"accounts"_s, u"list"_s, u"--json"_s });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray accounts = list.json().value(u"accounts"_s).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(u"base_url"_s).toString(), m_fake->baseUrl().toString());

        auto tested = run({ u"accounts"_s, u"test"_s, u"main"_s });
        QVERIFY2(tested.exitCode == 0, tested.err.constData());
        QCOMPARE(m_fake->keysIssued(), 1);

        // A wrong password is named as such.
        FakeQoo10Credentials wrong;
        auto other = run({ u"accounts"_s, u"add"_s, u"--platform"_s, u"qoo10"_s, u"--name"_s, u"wrong"_s,
                             u"--seller-id"_s, u"s2"_s, u"--base-url"_s, m_fake->baseUrl().toString() },
            QJsonDocument(QJsonObject { { u"api_key"_s, u"api-KEY-7f3a9c1e5b"_s }, { u"user_id"_s, wrong.userId },
                              { u"password"_s, u"not-it"_s } })
                .toJson());
        QCOMPARE(other.exitCode, 0);
        auto refused = run({ u"accounts"_s, u"test"_s, u"wrong"_s });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("password"), refused.err.constData());
        QCOMPARE(run({ u"accounts"_s, u"remove"_s, u"wrong"_s }).exitCode, 0);
        QCOMPARE(run({ u"accounts"_s, u"test"_s, u"wrong"_s }).exitCode, 1); // gone
    }

    void twoProcessesCollectingOneAccount()
    {
        // Slow answers keep the first collector busy while the second starts.
        m_fake->setLatency(std::chrono::milliseconds(400));
        m_fake->clearCalls();
        QProcess* first = startCli(args({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--json"_s }));
        QTRY_VERIFY_WITH_TIMEOUT(!m_fake->calls().isEmpty(), 30'000);
        // The secrets are not in the running process's arguments.
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(first->processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray argv = cmdline.readAll();
        QVERIFY(argv.contains("collect"));
        QVERIFY(!argv.contains("api-KEY-7f3a9c1e5b") && !argv.contains("pw-S3cret-9b2d7"));

        const CliRun second = run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--json"_s });
        QCOMPARE(second.exitCode, 3);
        QVERIFY(second.json().value(u"lock_holder"_s).toString().contains(u':'));
        CliRun done = finish(first);
        m_outputs << done.out << done.err;
        QVERIFY2(done.exitCode == 0, done.err.constData());
        const QJsonObject out = done.json();
        QCOMPARE(out.value(u"orders"_s).toInt(), 300);
        QCOMPARE(out.value(u"inserted"_s).toInt(), 300);
        QVERIFY(out.contains(u"lines"_s) && out.contains(u"updated"_s) && out.contains(u"duration_ms"_s));
        m_fake->setLatency({});

        const CliRun again = run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--json"_s });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().value(u"inserted"_s).toInt(), 0);
        // The window since the last success (minus the overlap) holds only the newest orders.
        QVERIFY(again.json().value(u"orders"_s).toInt() > 0);
        QVERIFY(again.json().value(u"orders"_s).toInt() < 300);
        const CliRun range = run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--from"_s,
            todayJst().addDays(-5).toString(u"yyyy-MM-dd"_s), u"--to"_s, todayJst().toString(u"yyyy-MM-dd"_s),
            u"--json"_s });
        QCOMPARE(range.exitCode, 0);
        QCOMPARE(range.json().value(u"inserted"_s).toInt(), 0);
        QCOMPARE(run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--from"_s, u"2026-13-01"_s, u"--to"_s,
                         u"2026-01-01"_s })
                     .exitCode,
            2);
    }

    void webhooksAndSecretsNeverLeak()
    {
        QMutex mutex;
        QList<QByteArray> received;
        FakeHttpServer receiver([&](const FakeHttpRequest& r) {
            QMutexLocker lock(&mutex);
            received << r.path() + '\n' + r.body;
            return FakeHttpResponse::json("ok");
        });
        QVERIFY(receiver.listen());
        const QByteArray hookToken = "T000-hook-tok3n-55aa";
        const QByteArray url = receiver.baseUrl().toString().toUtf8() + "/services/" + hookToken;
        QCOMPARE(
            run({ u"webhooks"_s, u"add"_s, u"--name"_s, u"ops"_s, u"--kind"_s, u"slack"_s }, url + '\n').exitCode, 0);
        auto listed = run({ u"webhooks"_s, u"list"_s, u"--json"_s });
        QCOMPARE(listed.json().value(u"webhooks"_s).toArray().size(), 1);

        m_fake->queueFault(Qoo10Fault::NotSellerKey, 1, u"ShippingBasic.GetShippingInfo_v2"_s); // a new key mid-run
        const CliRun collected = run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s });
        QVERIFY2(collected.exitCode == 0, collected.err.constData());
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10'000); // start and success
        {
            QMutexLocker lock(&mutex);
            QVERIFY(received[0].contains(QByteArray("/services/" + hookToken)));
            const QJsonObject slack = QJsonDocument::fromJson(received[1].mid(received[1].indexOf('\n') + 1)).object();
            const QRegularExpression saved(u"main 주문 수집 완료: (\\d+)/\\1건 저장"_s);
            QVERIFY2(saved.match(slack.value(u"text"_s).toString()).hasMatch(), received[1].constData());
            QVERIFY(QJsonDocument::fromJson(received[0].mid(received[0].indexOf('\n') + 1))
                        .object()
                        .value(u"text"_s)
                        .toString()
                        .contains(u"main 주문 수집 시작"_s));
        }
        QCOMPARE(run({ u"webhooks"_s, u"remove"_s, u"ops"_s }).exitCode, 0);

        // The secrets: API key, password, every seller key issued, the webhook URL's token.
        QList<QByteArray> secrets { "api-KEY-7f3a9c1e5b", "pw-S3cret-9b2d7", hookToken };
        for (const auto& c : m_fake->calls()) {
            if (c.certificationKey.startsWith("SK") && !secrets.contains(c.certificationKey))
                secrets << c.certificationKey;
        }
        QVERIFY(secrets.size() >= 5); // at least the first key and the one made after -90001
        QVERIFY(!m_outputs.isEmpty());
        const QByteArray logs = m_outputs.join('\n');
        QVERIFY(logs.contains("md.net") || logs.contains("md.")); // verbose logging was on
        // The database file, and every settings/data file of this (private) HOME except the keyring itself.
        QList<QByteArray> files;
        QFile dbFile(m_dir.filePath(u"md.db"_s));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        files << dbFile.readAll();
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/keyrings/"_s))
                continue;
            QFile f(path);
            if (f.size() < 50'000'000 && f.open(QIODevice::ReadOnly))
                files << f.readAll();
        }
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!logs.contains(secret), secret.constData());
            for (const QByteArray& content : files)
                QVERIFY2(!content.contains(secret), secret.constData());
        }
    }

    void editAccountAndCollectThroughAnAuthenticatingProxy()
    {
        const auto account = [&]() -> QJsonObject {
            const QJsonArray list
                = run({ u"accounts"_s, u"list"_s, u"--json"_s }).json().value(u"accounts"_s).toArray();
            for (const auto& a : list) {
                if (a.toObject().value(u"name"_s).toString() == u"main"_s)
                    return a.toObject();
            }
            return {};
        };
        const CliRun edited = run({ u"accounts"_s, u"edit"_s, u"main"_s, u"--display-name"_s, u"일본 본점"_s,
            u"--interval-minutes"_s, u"10"_s, u"--disable"_s });
        QVERIFY2(edited.exitCode == 0, edited.err.constData());
        QCOMPARE(account().value(u"display_name"_s).toString(), u"일본 본점"_s);
        QCOMPARE(account().value(u"collect_interval_s"_s).toInt(), 600);
        QVERIFY(!account().value(u"active"_s).toBool(true));

        // Usage errors: nothing to change, contradictory switches, a password in the proxy URL (never echoed).
        QCOMPARE(run({ u"accounts"_s, u"edit"_s, u"main"_s }).exitCode, 2);
        QCOMPARE(run({ u"accounts"_s, u"edit"_s, u"main"_s, u"--enable"_s, u"--disable"_s }).exitCode, 2);
        QCOMPARE(run({ u"accounts"_s, u"edit"_s, u"main"_s, u"--interval-minutes"_s, u"0"_s }).exitCode, 2);
        const CliRun withPassword = run(
            { u"accounts"_s, u"edit"_s, u"main"_s, u"--proxy"_s, u"http://worker:Px-Secret-77@127.0.0.1:3128"_s });
        QCOMPARE(withPassword.exitCode, 2);
        QVERIFY(withPassword.err.contains("proxy-password-stdin"));
        QVERIFY(!withPassword.err.contains("Px-Secret-77"));
        QCOMPARE(run({ u"accounts"_s, u"edit"_s, u"nobody"_s, u"--enable"_s }).exitCode, 1);

        // The proxy password goes from stdin to the keychain; the collection then goes through the proxy with it.
        const QByteArray password = "Pr0xy-Key-3141";
        FakeProxyServer proxy("worker", password);
        QVERIFY(proxy.listen());
        const CliRun proxied = run({ u"accounts"_s, u"edit"_s, u"main"_s, u"--proxy"_s, proxy.url().toString(),
                                       u"--proxy-password-stdin"_s, u"--enable"_s },
            password + '\n');
        QVERIFY2(proxied.exitCode == 0, proxied.err.constData());
        QCOMPARE(account().value(u"proxy_url"_s).toString(), proxy.url().toString());
        QVERIFY(account().value(u"active"_s).toBool());
        const CliRun collected = run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s, u"--json"_s });
        QVERIFY2(collected.exitCode == 0, collected.err.constData());
        QVERIFY(proxy.forwardedCount() > 0);
        for (const QByteArray& target : proxy.forwardedTargets())
            QVERIFY2(target.startsWith(m_fake->baseUrl().toEncoded()), target.constData());

        // Back to a direct connection: the proxy (and its stored password) are gone, collection works without it.
        QCOMPARE(run({ u"accounts"_s, u"edit"_s, u"main"_s, u"--proxy"_s, QString() }).exitCode, 0);
        QVERIFY(account().value(u"proxy_url"_s).toString().isEmpty());
        const int forwarded = proxy.forwardedCount();
        QCOMPARE(run({ u"orders"_s, u"collect"_s, u"--account"_s, u"main"_s }).exitCode, 0);
        QCOMPARE(proxy.forwardedCount(), forwarded);
        const QByteArray logs = m_outputs.join('\n');
        QVERIFY(!logs.contains(password));
        QVERIFY(!logs.contains("Px-Secret-77"));
        QFile dbFile(m_dir.filePath(u"md.db"_s));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        QVERIFY(!dbFile.readAll().contains(password));
    }
};

QTEST_GUILESS_MAIN(TestQoo10Cli)
#include "tst_qoo10cli.moc"
