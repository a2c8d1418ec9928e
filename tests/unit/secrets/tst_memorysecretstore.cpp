// MemorySecretStore: the SecretStore contract (asynchronous, NotFound, overwrite, idempotent remove, failures).
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testhelpers.h"

#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using md::secrets::MemorySecretStore;

class TestMemorySecretStore : public QObject {
    Q_OBJECT

    std::optional<md::Result<QByteArray>> readNow(MemorySecretStore& store, const QString& key)
    {
        std::optional<md::Result<QByteArray>> out;
        store.read(key, this, [&out](md::Result<QByteArray> r) { out = std::move(r); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 1000);
        return out;
    }

    std::optional<md::Status> statusOf(const std::function<void(MemorySecretStore::StatusCallback)>& op)
    {
        std::optional<md::Status> out;
        op([&out](md::Status s) { out = std::move(s); });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 1000);
        return out;
    }

private slots:
    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        const QString key = u"account/naver/main/client_secret"_s;
        auto missing = readNow(store, key);
        QVERIFY(missing && !missing->ok());
        QCOMPARE(missing->error().code, md::ErrorCode::NotFound);

        auto s = statusOf([&](auto cb) { store.write(key, "$2a$10$first", this, cb); });
        QVERIFY(s);
        MD_VERIFY_OK(*s);
        auto r = readNow(store, key);
        QVERIFY(r);
        MD_VERIFY_OK(*r);
        QCOMPARE(r->value(), QByteArray("$2a$10$first"));

        s = statusOf([&](auto cb) { store.writeText(key, u"두 번째 secret"_s, this, cb); });
        MD_VERIFY_OK(*s);
        r = readNow(store, key);
        QCOMPARE(QString::fromUtf8(r->value()), u"두 번째 secret"_s);

        s = statusOf([&](auto cb) { store.remove(key, this, cb); });
        MD_VERIFY_OK(*s);
        QVERIFY(!store.contains(key));
        s = statusOf([&](auto cb) { store.remove(key, this, cb); }); // removing twice is fine
        MD_VERIFY_OK(*s);
        r = readNow(store, key);
        QCOMPARE(r->error().code, md::ErrorCode::NotFound);
    }

    void completesAsynchronously()
    {
        MemorySecretStore store;
        bool called = false;
        store.write(u"k"_s, "v", this, [&called](md::Status) { called = true; });
        QVERIFY(!called);
        QVERIFY(QTest::qWaitFor([&] { return called; }, 1000));
    }

    void destroyedContextIsNotCalled()
    {
        MemorySecretStore store;
        bool called = false;
        auto* context = new QObject;
        store.read(u"k"_s, context, [&called](md::Result<QByteArray>) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void injectedFailure()
    {
        MemorySecretStore store;
        store.setFailure(md::Error { md::ErrorCode::Keychain, u"No OS keychain is available (test)."_s, {} });
        auto s = statusOf([&](auto cb) { store.write(u"k"_s, "v", this, cb); });
        QVERIFY(s && !s->ok());
        QCOMPARE(s->error().code, md::ErrorCode::Keychain);
        QCOMPARE(store.size(), 0);
        auto r = readNow(store, u"k"_s);
        QCOMPARE(r->error().code, md::ErrorCode::Keychain);
        store.setFailure(std::nullopt);
        s = statusOf([&](auto cb) { store.write(u"k"_s, "v", this, cb); });
        MD_VERIFY_OK(*s);
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
