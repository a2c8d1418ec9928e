#include "services/gnb/httpfeedsource.h"
#include "services/net/httpclient.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/fakegnbserver.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
const QByteArray kApiKey = "k3y-for-the-feed-9f2c";

// A crawl source for the fake server, with the API key in an in-memory store and short retry waits.
std::unique_ptr<gnb::HttpFeedSource> feedSource(const fakes::FakeGnbServer& server, const QByteArray& key = kApiKey)
{
    auto* store = new secrets::MemorySecretStore;
    store->write(
        gnb::HttpFeedSource::secretKey(server.baseUrl(), gnb::FeedAuth::ApiKey), key, store, [](const Status&) {});
    auto source = std::make_unique<gnb::HttpFeedSource>(server.baseUrl(), gnb::FeedAuth::ApiKey, QString(), store);
    store->setParent(source.get());
    source->client()->setRetryPolicy(
        { 3, std::chrono::milliseconds(20), std::chrono::milliseconds(100), std::chrono::milliseconds(200) });
    source->client()->setDefaultTimeout(std::chrono::milliseconds(1500));
    return source;
}

feedgen::FeedOptions feedOptions()
{
    feedgen::FeedOptions o;
    o.models = 200;
    o.brands = 3;
    o.seed = 5;
    return o;
}
} // namespace

class TestHttpCrawl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void crawlsOverHttpWithApiKey_data() { addDialectRows(); }
    void crawlsOverHttpWithApiKey()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), feedOptions());
        fakes::FakeGnbServer server(dir.path());
        server.setApiKey(kApiKey);
        QVERIFY(server.listen());
        auto t = TestDatabase::create(dialect);
        auto source = feedSource(server);
        const auto outcome = runCrawl(t->database(), source.get(), { kDay });
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.summary.files, feed.files.size());
        QCOMPARE(outcome.summary.variants, feed.variants);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), feed.files.size() + 1);
        for (const auto& r : requests)
            QCOMPARE(r.header("X-Api-Key"), kApiKey);
        // the ETag the server sent is what the crawl recorded
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM feed_file WHERE etag LIKE '\"%\"'"_s),
            feed.files.size());
    }

    void wrongKeyIsAClearErrorAndChangesNothing()
    {
        QTemporaryDir dir;
        generateFeed(dir.path(), feedOptions());
        fakes::FakeGnbServer server(dir.path());
        server.setApiKey(kApiKey);
        QVERIFY(server.listen());
        auto t = TestDatabase::sqlite();
        auto source = feedSource(server, "wrong-key");
        const auto outcome = runCrawl(t->database(), source.get(), { kDay });
        QVERIFY(!outcome.status.ok());
        QCOMPARE(outcome.status.error().code, ErrorCode::Auth);
        QVERIFY2(outcome.status.error().message.contains(u"index"_s), qPrintable(outcome.status.error().message));
        QVERIFY(!outcome.status.error().toString().contains(QString::fromLatin1(kApiKey)));
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM product"_s), 0);
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM job_results WHERE NOT success"_s), 1);
    }

    void transientFaultsAreRetried()
    {
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), feedOptions());
        fakes::FakeGnbServer server(dir.path());
        server.setApiKey(kApiKey);
        QVERIFY(server.listen());
        const QString first = u"/"_s + kDay + u'/' + feed.files.at(0).file;
        const QString second = u"/"_s + kDay + u'/' + feed.files.at(1).file;
        server.injectFault(first, fakes::FeedFault::withStatus(503).times(1));
        server.injectFault(second, fakes::FeedFault::truncated().times(1));
        auto t = TestDatabase::sqlite();
        auto source = feedSource(server);
        const auto outcome = runCrawl(t->database(), source.get(), { kDay });
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.summary.variants, feed.variants);
        QCOMPARE(server.requests(first).size(), 2);
        QCOMPARE(server.requests(second).size(), 2);
    }

    void persistentFaultsFailTheFileOnly_data() { addDialectRows(); }
    void persistentFaultsFailTheFileOnly()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), feedOptions());
        fakes::FakeGnbServer server(dir.path());
        server.setApiKey(kApiKey);
        QVERIFY(server.listen());
        auto t = TestDatabase::create(dialect);
        auto source = feedSource(server);
        MD_VERIFY_OK(runCrawl(t->database(), source.get(), { kDay }).status);
        const auto before = catalogueSnapshot(t->connection(), dialect == "postgres");

        const auto path = [&](int i) -> QString { return u"/"_s + kDay + u'/' + feed.files.at(i).file; };
        server.injectFault(path(0), fakes::FeedFault::withStatus(500));
        server.injectFault(path(1), fakes::FeedFault::corruptBody());
        server.injectFault(path(2), fakes::FeedFault::notFound());
        const auto outcome = runCrawl(t->database(), source.get(), { kDay });
        QVERIFY(!outcome.status.ok());
        QCOMPARE(outcome.summary.filesFailed, 3);
        const QString all = outcome.summary.failures.join(u'\n');
        QVERIFY2(all.contains(feed.files.at(0).file) && all.contains(u"500"_s), qPrintable(all));
        QVERIFY2(all.contains(u"sha256"_s), qPrintable(all));
        QVERIFY2(all.contains(feed.files.at(2).file), qPrintable(all));
        QCOMPARE(catalogueSnapshot(t->connection(), dialect == "postgres"), before);
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM feed_file WHERE status = 'failed'"_s), 3);
    }

    void timeoutFailsWithinBounds()
    {
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), feedOptions());
        fakes::FakeGnbServer server(dir.path());
        server.setApiKey(kApiKey);
        QVERIFY(server.listen());
        server.injectFault(u"/"_s + kDay + u"/index.csv"_s, fakes::FeedFault::delayed(std::chrono::seconds(5)));
        auto t = TestDatabase::sqlite();
        auto source = feedSource(server);
        source->client()->setDefaultTimeout(std::chrono::milliseconds(300));
        QElapsedTimer clock;
        clock.start();
        const auto outcome = runCrawl(t->database(), source.get(), { kDay });
        QCOMPARE(outcome.status.error().code, ErrorCode::Timeout);
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHttpCrawl)
#include "tst_httpcrawl.moc"
