// Several PROCESSES renew the same Cafe24 account's token at once: the refresh token rotates on every renewal and
// the old one dies at the server, so without the lease + re-read + store-before-use protocol a process would use a
// dead token (invalid_grant) or the keychain would end up holding one. Runs in a private keyring session.
#include "services/secrets/keychainsecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/cafe24/fakecafe24server.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestCafe24TokenRace : public QObject {
    Q_OBJECT
private slots:
    void rotatedTokenIsNeverLost()
    {
        const QByteArray clientId = "raceClient";
        const QByteArray secret = "race-client-secret-value";
        fakes::FakeCafe24Server fake(clientId, secret);
        QVERIFY(fake.start());
        fake.setBucket(1000, 1000);
        fake.setTokenDelayMs(150); // a slow token endpoint: without serialization, renewals would overlap
        fake.setRefreshToken("race-seed-token");
        auto db = test::TestDatabase::sqlite(); // one file shared by the processes, like a shared PostgreSQL
        secrets::KeychainSecretStore store;
        std::optional<Status> written;
        store.write(u"account/cafe24/race/refresh_token"_s, "race-seed-token", &store,
            [&written](Status status) { written = status; });
        QVERIFY(QTest::qWaitFor([&] { return written.has_value(); }, 20'000));
        MD_VERIFY_OK(*written);

        constexpr int processes = 4;
        constexpr int rounds = 6;
        std::vector<std::unique_ptr<QProcess>> helpers;
        for (int i = 0; i < processes; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProgram(QStringLiteral(MD_REFRESH_HELPER));
            process->setArguments({ u"--db"_s, db->url(), u"--base"_s, fake.baseUrl().toString(), u"--client-id"_s,
                QString::fromLatin1(clientId), u"--rounds"_s, QString::number(rounds) });
            process->start();
            QVERIFY(process->waitForStarted());
            helpers.push_back(std::move(process));
        }
        for (auto& process : helpers) { // all at once: the secret on stdin (never in argv) is what they wait for
            process->write(secret + '\n');
            QVERIFY(process->waitForBytesWritten(5000));
            process->closeWriteChannel();
        }
        int refreshesSeen = 0;
        for (auto& process : helpers) {
            QVERIFY(process->waitForFinished(120'000));
            const QByteArray out = process->readAllStandardOutput();
            const QByteArray err = process->readAllStandardError();
            qInfo() << "helper" << process->exitStatus() << process->exitCode() << out.right(40) << err.right(300);
            QVERIFY2(process->exitCode() == 0, err.constData());
            QVERIFY(!out.contains(secret) && !err.contains(secret));
            QVERIFY(!err.contains(fake.currentRefreshToken()));
            refreshesSeen += out.mid(out.indexOf("refreshes=") + 10).trimmed().toInt();
        }
        qInfo() << "fake refreshes" << fake.refreshCount() << "revoked" << fake.revokedRefreshUses();
        QCOMPARE(fake.revokedRefreshUses(), 0); // nobody ever presented a rotated (dead) token
        QVERIFY(fake.refreshCount() >= rounds); // they did renew, and raced doing it
        QCOMPARE(refreshesSeen, fake.refreshCount());

        std::optional<Result<QByteArray>> kept;
        store.read(u"account/cafe24/race/refresh_token"_s, &store, [&kept](Result<QByteArray> value) { kept = value; });
        QVERIFY(QTest::qWaitFor([&] { return kept.has_value(); }, 20'000));
        MD_VERIFY_OK(*kept);
        QCOMPARE(kept->value(), fake.currentRefreshToken()); // the keychain holds the one live token
    }
};

QTEST_GUILESS_MAIN(TestCafe24TokenRace)
#include "tst_cafe24tokenrace.moc"
