#include "services/db/sql.h"
#include "services/notify/notification.h"
#include "services/notify/outboxsender.h"
#include "services/notify/webhooks.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/common/fakehttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::notify;

namespace {
// A local receiver: records requests; answers 500 to the first `failFirst` ones.
struct Receiver {
    QMutex mutex;
    QList<fakes::FakeHttpRequest> requests;
    int failFirst = 0;
    fakes::FakeHttpServer server { [this](const fakes::FakeHttpRequest& r) {
        QMutexLocker lock(&mutex);
        requests << r;
        return fakes::FakeHttpResponse::json("ok", requests.size() <= failFirst ? 500 : 200);
    } };
    qsizetype count()
    {
        QMutexLocker lock(&mutex);
        return requests.size();
    }
};

const Notification kDone { u"success"_s, u"qoo10-main"_s,
    u"[MarketDesk] qoo10-main 주문 수집 완료: 3/3건 저장 & 끝"_s };
} // namespace

class TestWebhooks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void payloadFormats()
    {
        const QUrl url(u"https://hooks.example/T1"_s);
        const auto generic = webhookRequest(u"generic"_s, url, kDone);
        QCOMPARE(generic.method, QByteArray("POST"));
        QVERIFY(generic.headers.first().second.startsWith("application/x-www-form-urlencoded"));
        // Korean text percent-encoded as UTF-8; '&' inside the text cannot split the form.
        QVERIFY(generic.body.contains("text=%5BMarketDesk%5D%20qoo10-main%20%EC%A3%BC%EB%AC%B8"));
        QVERIFY(!generic.body.contains("주문"));
        const QUrlQuery form(QString::fromLatin1(generic.body));
        QCOMPARE(form.queryItemValue(u"text"_s, QUrl::FullyDecoded), kDone.text);
        QCOMPARE(form.queryItemValue(u"account"_s), u"qoo10-main"_s);
        QCOMPARE(form.queryItemValue(u"event"_s), u"success"_s);
        QCOMPARE(generic.timeoutMs, 10'000);

        const auto slack = webhookRequest(u"slack"_s, url, kDone);
        QCOMPARE(QJsonDocument::fromJson(slack.body).object(), QJsonObject({ { u"text"_s, kDone.text } }));
        const auto discord = webhookRequest(u"discord"_s, url, kDone);
        QCOMPARE(QJsonDocument::fromJson(discord.body).object(), QJsonObject({ { u"content"_s, kDone.text } }));
        QVERIFY(discord.headers.first().second.startsWith("application/json"));
    }

    void outboxDeliversWithRetries()
    {
        auto t = test::TestDatabase::sqlite();
        Receiver receiver;
        receiver.failFirst = 2; // two failures, then success: within the 2 retries
        QVERIFY(receiver.server.listen());
        secrets::MemorySecretStore store;
        Webhooks hooks(t->database());
        MD_VERIFY_OK(hooks.add({ 0, u"slack"_s, u"slack"_s, {}, true }));
        MD_VERIFY_OK(hooks.add({ 0, u"generic"_s, u"generic"_s, { u"failure"_s }, true })); // not subscribed
        MD_VERIFY_OK(hooks.add({ 0, u"off"_s, u"discord"_s, {}, false })); // inactive
        const QByteArray url = receiver.server.baseUrl().toString().toUtf8() + "/services/T-secret";
        QEventLoop loop;
        store.write(Webhook::urlSecretKey(u"slack"_s), url, &loop, [&](Status) { loop.quit(); });
        loop.exec();

        MD_VERIFY_OK(enqueueNotification(t->database(), kDone));
        auto queued = db::scalar(t->connection(), u"SELECT COUNT(*) FROM notify_outbox"_s);
        MD_VERIFY_OK(queued);
        QCOMPARE(queued->toInt(), 1);

        OutboxSender sender(t->database(), &store);
        int delivered = -1;
        sender.sendPending([&](int n) {
            delivered = n;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(delivered, 1);
        QCOMPARE(receiver.count(), 3);
        QCOMPARE(receiver.requests.last().path(), QByteArray("/services/T-secret"));
        QCOMPARE(
            QJsonDocument::fromJson(receiver.requests.last().body).object().value(u"text"_s).toString(), kDone.text);
        auto status = db::scalar(t->connection(), u"SELECT status FROM notify_outbox"_s);
        QCOMPARE(status->toString(), u"sent"_s);

        // Three failures: the row ends failed, with a reason that does not show the URL's secret part.
        receiver.failFirst = 100;
        MD_VERIFY_OK(enqueueNotification(t->database(), kDone));
        sender.sendPending([&](int n) {
            delivered = n;
            loop.quit();
        });
        loop.exec();
        QCOMPARE(delivered, 0);
        QCOMPARE(receiver.count(), 6);
        auto failed = db::exec(t->connection(), u"SELECT status, error FROM notify_outbox ORDER BY id DESC"_s);
        MD_VERIFY_OK(failed);
        QVERIFY(failed->next());
        QCOMPARE(failed->value(0).toString(), u"failed"_s);
        QVERIFY(!failed->value(1).toString().isEmpty());
        QVERIFY(!failed->value(1).toString().contains(u"T-secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
