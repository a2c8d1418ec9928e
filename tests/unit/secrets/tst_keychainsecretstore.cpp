// KeychainSecretStore against a real Secret Service (gnome-keyring in a private D-Bus session, see with-keyring.sh).
#include "services/secrets/keychainsecretstore.h"
#include "tests/common/testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using md::secrets::KeychainSecretStore;

namespace {
QMutex g_mutex;
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    QMutexLocker lock(&g_mutex);
    g_log << message;
}
} // namespace

class TestKeychainSecretStore : public QObject {
    Q_OBJECT

    std::optional<md::Result<QByteArray>> readNow(KeychainSecretStore& store, const QString& key)
    {
        std::optional<md::Result<QByteArray>> out;
        store.read(key, this, [&out](md::Result<QByteArray> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 15'000);
        return out;
    }

    std::optional<md::Status> statusOf(const std::function<void(KeychainSecretStore::StatusCallback)>& op)
    {
        std::optional<md::Status> out;
        op([&out](md::Status s) { out = std::move(s); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 15'000);
        return out;
    }

private slots:
    void initTestCase()
    {
        // Never the developer's real keyring: with-keyring.sh gives us a fresh HOME and a private session bus.
        QVERIFY2(qEnvironmentVariableIsSet("MD_IN_KEYRING_SESSION"), "run this test through tools/with-keyring.sh");
        QVERIFY(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"));
        qInstallMessageHandler(capture);
    }

    void writeReadOverwriteRemove()
    {
        KeychainSecretStore store;
        QCOMPARE(store.service(), u"MarketDesk"_s);
        const QString key = u"account/cafe24/mall1/refresh_token"_s;
        const QByteArray first = "rt-FIRST-9f8e7d";
        const QByteArray second = QByteArray("rt-SECOND\0binary\xff", 17);

        auto missing = readNow(store, key);
        QVERIFY(missing);
        QVERIFY(!missing->ok());
        QCOMPARE(missing->error().code, md::ErrorCode::NotFound);

        auto s = statusOf([&](auto cb) { store.write(key, first, this, cb); });
        QVERIFY2(s, "write did not complete");
        MD_VERIFY_OK(*s);
        auto r = readNow(store, key);
        QVERIFY(r);
        MD_VERIFY_OK(*r);
        QCOMPARE(r->value(), first);

        s = statusOf([&](auto cb) { store.write(key, second, this, cb); });
        MD_VERIFY_OK(*s);
        r = readNow(store, key);
        MD_VERIFY_OK(*r);
        QCOMPARE(r->value(), second);

        // Another store object (as another process would) sees the same secret.
        KeychainSecretStore other;
        r = readNow(other, key);
        MD_VERIFY_OK(*r);
        QCOMPARE(r->value(), second);

        s = statusOf([&](auto cb) { store.remove(key, this, cb); });
        MD_VERIFY_OK(*s);
        r = readNow(store, key);
        QCOMPARE(r->error().code, md::ErrorCode::NotFound);
        s = statusOf([&](auto cb) { store.remove(key, this, cb); });
        MD_VERIFY_OK(*s);
    }

    void keysAreSeparate()
    {
        KeychainSecretStore store;
        MD_VERIFY_OK(*statusOf([&](auto cb) { store.writeText(u"a"_s, u"비밀-A"_s, this, cb); }));
        MD_VERIFY_OK(*statusOf([&](auto cb) { store.writeText(u"b"_s, u"secret-B"_s, this, cb); }));
        QCOMPARE(QString::fromUtf8(readNow(store, u"a"_s)->value()), u"비밀-A"_s);
        QCOMPARE(QString::fromUtf8(readNow(store, u"b"_s)->value()), u"secret-B"_s);
        MD_VERIFY_OK(*statusOf([&](auto cb) { store.remove(u"a"_s, this, cb); }));
        QCOMPARE(readNow(store, u"a"_s)->error().code, md::ErrorCode::NotFound);
        QCOMPARE(QString::fromUtf8(readNow(store, u"b"_s)->value()), u"secret-B"_s);
    }

    void nothingInPlainFilesOrLogs()
    {
        KeychainSecretStore store;
        const QByteArray secret = "PLAINTEXT-CANARY-4711";
        MD_VERIFY_OK(*statusOf([&](auto cb) { store.write(u"canary"_s, secret, this, cb); }));
        // The keyring encrypts its file; no other file under HOME may hold the secret.
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0); // the keyring file exists, so the scan looked at something
        QMutexLocker lock(&g_mutex);
        QVERIFY(!g_log.join(u'\n').contains(QString::fromLatin1(secret)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
