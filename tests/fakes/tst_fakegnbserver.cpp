// Proves the fake G&B feed server's behaviours with a plain QNetworkAccessManager, so that crawler tests can
// trust what it does when they inject a fault.
#include "tests/common/testhelpers.h"
#include "tests/fakes/fakegnbserver.h"
#include "tools/feedgen/feedgenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using md::fakes::FakeGnbServer;
using md::fakes::FeedFault;

namespace {

struct Reply {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QNetworkReply* raw = nullptr; // kept alive by the test until the next request
};

} // namespace

class TestFakeGnbServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listensOnLoopbackWithAFreePort();
    void servesFilesWithEtagAndLastModified();
    void conditionalRequestsGiveNotModified();
    void headAnswersWithoutBody();
    void unknownPathsAreNotFound();
    void authenticationWithBasicOrApiKey();
    void statusFaults_data();
    void statusFaults();
    void faultsForEveryPath();
    void delayLongerThanTheClientTimeout();
    void truncatedBody();
    void bodyThatDoesNotMatchTheIndex();
    void indexListsAFileThatIsNotFound();
    void requestLogRecordsMethodPathAndHeaders();

private:
    Reply get(const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 0,
        const QByteArray& verb = "GET");
    QByteArray fileBytes(const QString& name) const;

    QTemporaryDir m_dir;
    md::feedgen::FeedSummary m_summary;
    std::unique_ptr<FakeGnbServer> m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QNetworkReply> m_lastReply;
    const QString m_day = u"20261120"_s;
};

void TestFakeGnbServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    md::feedgen::FeedOptions options;
    options.outDir = m_dir.path();
    options.day = QDate(2026, 11, 20);
    options.models = 60;
    options.brands = 3;
    options.seed = 11;
    auto summary = md::feedgen::FeedGenerator(options).run();
    MD_VERIFY_OK(summary);
    m_summary = *summary;
    m_server = std::make_unique<FakeGnbServer>(m_dir.path());
    QVERIFY(m_server->listen());
}

void TestFakeGnbServer::init()
{
    m_server->clearFaults();
    m_server->clearRequests();
    m_server->setApiKey({});
    m_server->setBasicAuth({}, {});
}

Reply TestFakeGnbServer::get(
    const QString& path, const QList<std::pair<QByteArray, QByteArray>>& headers, int timeoutMs, const QByteArray& verb)
{
    QNetworkRequest request(m_server->url(path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    // QNetworkAccessManager only knows a HEAD has no body when it is sent as head().
    m_lastReply.reset(verb == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, verb));
    QSignalSpy finished(m_lastReply.get(), &QNetworkReply::finished);
    if (!m_lastReply->isFinished() && !finished.wait(10000))
        return { QNetworkReply::UnknownNetworkError, -1, {}, m_lastReply.get() };
    return { m_lastReply->error(), m_lastReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        m_lastReply->isOpen() ? m_lastReply->readAll() : QByteArray(), m_lastReply.get() };
}

QByteArray TestFakeGnbServer::fileBytes(const QString& name) const
{
    QFile file(m_dir.filePath(m_day + u'/' + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestFakeGnbServer::listensOnLoopbackWithAFreePort()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->url(u"20261120/index.csv"_s).toString(),
        u"http://127.0.0.1:%1/20261120/index.csv"_s.arg(m_server->port()));
}

void TestFakeGnbServer::servesFilesWithEtagAndLastModified()
{
    for (const md::feedgen::FileSummary& f : std::as_const(m_summary.files)) {
        const Reply r = get(m_day + u'/' + f.file);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, fileBytes(f.file));
        QCOMPARE(r.raw->rawHeader("ETag"), '"' + f.sha256 + '"');
        const QDateTime lastModified = QLocale::c().toDateTime(
            QString::fromLatin1(r.raw->rawHeader("Last-Modified")), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        QVERIFY(lastModified.isValid());
        QCOMPARE(QDateTime(lastModified.date(), lastModified.time(), QTimeZone::utc()), f.modified.toUTC());
    }
    const Reply index = get(m_day + u"/index.csv"_s);
    QCOMPARE(index.status, 200);
    QCOMPARE(index.body, fileBytes(u"index.csv"_s));
}

void TestFakeGnbServer::conditionalRequestsGiveNotModified()
{
    const md::feedgen::FileSummary& f = m_summary.files.first();
    const QString path = m_day + u'/' + f.file;
    const QByteArray etag = '"' + f.sha256 + '"';

    Reply r = get(path, { { "If-None-Match", etag } });
    QCOMPARE(r.status, 304);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.raw->rawHeader("ETag"), etag);

    r = get(path, { { "If-None-Match", "\"0000\", W/" + etag } });
    QCOMPARE(r.status, 304);

    r = get(path, { { "If-None-Match", "\"0000\"" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, fileBytes(f.file));

    const QByteArray lastModified = r.raw->rawHeader("Last-Modified");
    r = get(path, { { "If-Modified-Since", lastModified } });
    QCOMPARE(r.status, 304);
    r = get(path, { { "If-Modified-Since", "Mon, 02 Nov 2026 00:00:00 GMT" } });
    QCOMPARE(r.status, 200);
}

void TestFakeGnbServer::headAnswersWithoutBody()
{
    const md::feedgen::FileSummary& f = m_summary.files.first();
    const Reply r = get(m_day + u'/' + f.file, {}, 0, "HEAD");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.raw->header(QNetworkRequest::ContentLengthHeader).toLongLong(), f.bytes);
    QCOMPARE(r.raw->rawHeader("ETag"), '"' + f.sha256 + '"');
}

void TestFakeGnbServer::unknownPathsAreNotFound()
{
    QCOMPARE(get(m_day + u"/NOSUCHBRAND.csv"_s).status, 404);
    QCOMPARE(get(u"20991231/index.csv"_s).status, 404);
    QCOMPARE(get(m_day).status, 404); // a folder is not a file
    QCOMPARE(get(m_day + u"/index.csv"_s, {}, 0, "POST").status, 405);
}

void TestFakeGnbServer::authenticationWithBasicOrApiKey()
{
    const QString path = m_day + u"/index.csv"_s;
    m_server->setApiKey("s3cret");
    QCOMPARE(get(path).status, 401);
    QCOMPARE(get(path, { { "X-Api-Key", "wrong" } }).status, 401);
    QCOMPARE(get(path, { { "X-Api-Key", "s3cret" } }).status, 200);

    m_server->setBasicAuth(u"seller"_s, u"pässword"_s);
    const QByteArray basic = "Basic " + QByteArray("seller:pässword").toBase64();
    Reply r = get(path);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.raw->rawHeader("WWW-Authenticate"), QByteArray("Basic realm=\"G&B feed\""));
    QCOMPARE(get(path, { { "Authorization", basic } }).status, 200);
    QCOMPARE(get(path, { { "X-Api-Key", "s3cret" } }).status, 200); // either one
    QCOMPARE(get(path, { { "Authorization", "Basic " + QByteArray("seller:nope").toBase64() } }).status, 401);
}

void TestFakeGnbServer::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::newRow("500") << 500 << -1;
    QTest::newRow("503 Retry-After") << 503 << 7;
    QTest::newRow("429 Retry-After") << 429 << 30;
}

void TestFakeGnbServer::statusFaults()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    const md::feedgen::FileSummary& f = m_summary.files.last();
    const QString path = u"/"_s + m_day + u'/' + f.file;
    m_server->injectFault(path, FeedFault::withStatus(status, retryAfter).times(2));

    for (int i = 0; i < 2; ++i) {
        const Reply r = get(path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.raw->rawHeader("Retry-After"), retryAfter < 0 ? QByteArray() : QByteArray::number(retryAfter));
    }
    // times(2): the third request is served again.
    const Reply r = get(path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, fileBytes(f.file));
    // Other files were never affected.
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 200);
}

void TestFakeGnbServer::faultsForEveryPath()
{
    m_server->injectFault(u"*"_s, FeedFault::withStatus(503, 1).times(1));
    m_server->injectFault(u"/"_s + m_day + u"/index.csv"_s, FeedFault::withStatus(500).times(1));
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 500); // the path's own fault comes first
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 503);
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 200);
}

void TestFakeGnbServer::delayLongerThanTheClientTimeout()
{
    const md::feedgen::FileSummary& f = m_summary.files.first();
    const QString path = u"/"_s + m_day + u'/' + f.file;
    m_server->injectFault(path, FeedFault::delayed(3s).times(1));
    QElapsedTimer timer;
    timer.start();
    const Reply r = get(path, {}, 300);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError); // the transfer timeout fired
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requests(path).size(), 1);

    // A delay shorter than the timeout is only slow.
    m_server->injectFault(path, FeedFault::delayed(200ms).times(1));
    timer.restart();
    const Reply slow = get(path, {}, 5000);
    QCOMPARE(slow.status, 200);
    QVERIFY(timer.elapsed() >= 190);
    QCOMPARE(slow.body, fileBytes(f.file));
}

void TestFakeGnbServer::truncatedBody()
{
    const md::feedgen::FileSummary& f = m_summary.files.first();
    const QString path = u"/"_s + m_day + u'/' + f.file;
    m_server->injectFault(path, FeedFault::truncated().times(1));
    const Reply r = get(path);
    QVERIFY2(r.error != QNetworkReply::NoError, "a short body must not look like a complete download");
    QCOMPARE(r.raw->header(QNetworkRequest::ContentLengthHeader).toLongLong(), f.bytes);
    QVERIFY(r.body.size() < f.bytes);
    QCOMPARE(get(path).body, fileBytes(f.file)); // times(1)
}

void TestFakeGnbServer::bodyThatDoesNotMatchTheIndex()
{
    const md::feedgen::FileSummary& f = m_summary.files.first();
    const QString path = u"/"_s + m_day + u'/' + f.file;
    m_server->injectFault(path, FeedFault::corruptBody());
    const Reply r = get(path);
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), f.bytes);
    const QByteArray sha = QCryptographicHash::hash(r.body, QCryptographicHash::Sha256).toHex();
    QVERIFY(sha != f.sha256);
    QCOMPARE(r.raw->rawHeader("ETag"), '"' + sha + '"'); // honest about the bytes it sent
    QCOMPARE(get(path).status, 200); // no times(): every request
    QVERIFY(get(path).body != fileBytes(f.file));
}

void TestFakeGnbServer::indexListsAFileThatIsNotFound()
{
    const md::feedgen::FileSummary& f = m_summary.files.at(1);
    QVERIFY(fileBytes(u"index.csv"_s).contains(f.file.toUtf8()));
    m_server->injectFault(u"/"_s + m_day + u'/' + f.file, FeedFault::notFound());
    QCOMPARE(get(m_day + u'/' + f.file).status, 404);
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 200);
}

void TestFakeGnbServer::requestLogRecordsMethodPathAndHeaders()
{
    m_server->setApiKey("k");
    const md::feedgen::FileSummary& f = m_summary.files.first();
    QCOMPARE(
        get(m_day + u'/' + f.file + u"?attempt=1"_s, { { "X-Api-Key", "k" }, { "X-Crawl-Id", "42" } }).status, 200);
    QCOMPARE(get(m_day + u"/index.csv"_s).status, 401);

    const QList<md::fakes::FeedRequest> log = m_server->requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].method, QByteArray("GET"));
    QCOMPARE(log[0].path, u"/"_s + m_day + u'/' + f.file); // query stripped
    QCOMPARE(log[0].header("x-crawl-id"), QByteArray("42"));
    QCOMPARE(log[0].header("X-API-KEY"), QByteArray("k"));
    QCOMPARE(log[0].status, 200);
    QVERIFY(log[0].receivedAt.isValid());
    QCOMPARE(log[1].path, u"/"_s + m_day + u"/index.csv"_s);
    QCOMPARE(log[1].status, 401);
    QVERIFY(!log[1].hasHeader("X-Api-Key"));
    m_server->clearRequests();
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestFakeGnbServer)
#include "tst_fakegnbserver.moc"
