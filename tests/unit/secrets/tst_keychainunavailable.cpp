// KeychainSecretStore with no reachable Secret Service: a clear ErrorCode::Keychain, and never a plaintext fallback.
// Runs inside with-keyring.sh, so a working keyring exists next to it: only the bus address we break below
// stands between this test and success, which is what makes its failure path meaningful.
#include "services/secrets/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using md::secrets::KeychainSecretStore;

class TestKeychainUnavailable : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("MD_IN_KEYRING_SESSION"), "run this test through tools/with-keyring.sh");
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(u"unix:"_s));
        QVERIFY(m_dir.isValid());
        // Before anything in this process talks to D-Bus: point the session bus at a socket that does not exist,
        // and take away every way GLib or QtDBus could autolaunch or find another bus.
        const QByteArray nowhere = "unix:path=" + QFile::encodeName(m_dir.filePath(u"no-such-bus"_s));
        qputenv("DBUS_SESSION_BUS_ADDRESS", nowhere);
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(u"config"_s)));
        QVERIFY(!QFile::exists(m_dir.filePath(u"no-such-bus"_s)));
    }

    void writeFailsClearly()
    {
        KeychainSecretStore store;
        const QByteArray secret = "UNAVAILABLE-CANARY-8812";
        std::optional<md::Status> status;
        store.write(u"account/qoo10/jp/api_key"_s, secret, this, [&status](md::Status s) { status = std::move(s); });
        QVERIFY2(QTest::qWaitFor([&] { return status.has_value(); }, 20'000), "the store never answered");
        QVERIFY(!status->ok());
        const md::Error& e = status->error();
        QCOMPARE(e.code, md::ErrorCode::Keychain);
        QVERIFY2(e.message.startsWith(u"No OS keychain is available ("_s), qPrintable(e.message));
        QVERIFY2(e.message.contains(u"MarketDesk will not store secrets in a plain file"_s), qPrintable(e.message));
        QVERIFY(e.message.size() > u"No OS keychain is available ()."_s.size() + 60); // the reason is included
        QVERIFY(!e.toString().contains(QString::fromLatin1(secret)));

        // No plaintext fallback anywhere: not under HOME, not under XDG_CONFIG_HOME.
        for (const QString& root : { QDir::homePath(), m_dir.path() }) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
                QVERIFY2(!f.fileName().contains(u"MarketDesk"_s), qPrintable(f.fileName()));
            }
        }
    }

    void readFailsWithKeychainNotNotFound()
    {
        KeychainSecretStore store;
        std::optional<md::Result<QByteArray>> result;
        store.read(u"account/qoo10/jp/api_key"_s, this, [&result](md::Result<QByteArray> r) { result = std::move(r); });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20'000));
        QVERIFY(!result->ok());
        // "Not found" would make callers ask the user to re-enter a secret that is in fact just unreachable.
        QCOMPARE(result->error().code, md::ErrorCode::Keychain);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
