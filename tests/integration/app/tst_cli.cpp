#include "services/db/sql.h"
#include "services/gnb/crawler.h"
#include "services/jobs/lease.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.trimmed().toUtf8()).object(); }
};

CliRun cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MD_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("marketdesk-cli did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

QStringList crawlArgs(const QString& db, const QString& feed)
{
    return { u"--db"_s, db, u"gnb"_s, u"crawl"_s, u"--feed"_s, feed, u"--day"_s, kDay, u"--json"_s };
}

feedgen::FeedOptions options()
{
    feedgen::FeedOptions o;
    o.models = 150;
    o.brands = 3;
    o.seed = 11;
    o.badRows = 3;
    return o;
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndUsageErrors()
    {
        auto r = cli({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"gnb crawl"_s) && r.out.contains(u"mapping brand-category"_s));
        r = cli({ u"gnb"_s, u"crawl"_s, u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"--incremental"_s));
        QCOMPARE(cli({ u"frobnicate"_s }).exitCode, 2);
        QCOMPARE(cli({ u"gnb"_s, u"crawl"_s }).exitCode, 2);
        r = cli({ u"gnb"_s, u"crawl"_s, u"--feed"_s, u"/tmp"_s, u"--day"_s, u"2026-11-20"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"YYYYMMDD"_s));
        QCOMPARE(
            cli({ u"gnb"_s, u"crawl"_s, u"--feed"_s, u"/tmp"_s, u"--incremental"_s, u"--brands"_s, u"A"_s }).exitCode,
            2);
        QCOMPARE(cli({ u"mapping"_s, u"brand-category"_s, u"--brand"_s, u"X"_s }).exitCode, 2);
    }

    void passwordInDbUrlIsRefusedWithoutEchoingIt()
    {
        const auto r = cli({ u"--db"_s, u"postgresql://kim:Sup3rSecret@127.0.0.1:1/x"_s, u"migrate"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"PGPASSWORD"_s));
        QVERIFY(!r.err.contains(u"Sup3rSecret"_s) && !r.out.contains(u"Sup3rSecret"_s));
    }

    void crawlPrintsOneJsonObject_data() { addDialectRows(); }
    void crawlPrintsOneJsonObject()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), options());
        auto t = TestDatabase::create(dialect);
        auto r = cli(crawlArgs(t->url(), dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = r.json();
        for (const char* key : { "files", "rows", "products", "variants", "inserted", "updated", "unchanged",
                 "rejected", "unresolved_colours", "unmapped_pairs", "duration_ms" })
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j.value(u"files"_s).toInt(), feed.files.size());
        QCOMPARE(j.value(u"products"_s).toInt(), feed.models);
        QCOMPARE(j.value(u"variants"_s).toInt(), feed.variants);
        QCOMPARE(j.value(u"inserted"_s).toInt(), feed.variants);
        QCOMPARE(j.value(u"rejected"_s).toInt(), 3);
        QCOMPARE(j.value(u"unmapped_pairs"_s).toInt(), feed.modelsByBrandCategory.size());

        r = cli(crawlArgs(t->url(), dir.path()));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"updated"_s).toInt(), 0);
        QCOMPARE(r.json().value(u"unchanged"_s).toInt(), feed.variants);
    }

    void withoutDbUsesTheEmbeddedDatabase()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        generateFeed(dir.path(), options());
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const auto r = cli({ u"gnb"_s, u"crawl"_s, u"--feed"_s, dir.path(), u"--day"_s, kDay, u"--json"_s }, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(home.filePath(u"data/MarketDesk/MarketDesk/marketdesk.db"_s)));
    }

    void lockHeldExitsThree()
    {
        QTemporaryDir dir;
        generateFeed(dir.path(), options());
        auto t = TestDatabase::postgres();
        jobs::Lease other(t->database(), QString::fromLatin1(gnb::Crawler::kLeaseName), u"worker-7:999"_s);
        QVERIFY(other.tryAcquire(std::chrono::minutes(5))->acquired);
        const auto r = cli(crawlArgs(t->url(), dir.path()));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json().value(u"lock_holder"_s).toString(), u"worker-7:999"_s);
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM job_results WHERE skipped"_s), 1);
    }

    void failedFileExitsOneAndSaysWhy()
    {
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), options());
        QFile::remove(feed.dayDir + u'/' + feed.files.at(1).file);
        auto t = TestDatabase::sqlite();
        const auto r = cli(crawlArgs(t->url(), dir.path()));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(u"files_failed"_s).toInt(), 1);
        QVERIFY(r.json().value(u"errors"_s).toArray().at(0).toString().contains(feed.files.at(1).file));
    }

    void mappingListsAndPublishes_data() { addDialectRows(); }
    void mappingListsAndPublishes()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), options());
        auto t = TestDatabase::create(dialect);
        QCOMPARE(cli(crawlArgs(t->url(), dir.path())).exitCode, 0);

        auto r = cli({ u"--db"_s, t->url(), u"mapping"_s, u"brand-category"_s, u"--list"_s, u"--json"_s });
        QCOMPARE(r.exitCode, 0);
        const auto pairs = r.json().value(u"pairs"_s).toArray();
        QCOMPARE(pairs.size(), feed.modelsByBrandCategory.size());
        const auto first = pairs.at(0).toObject();
        QCOMPARE(first.value(u"mapped"_s).toBool(), false);

        const QString brand = first.value(u"brand"_s).toString();
        const QString category = first.value(u"category"_s).toString();
        r = cli({ u"--db"_s, t->url(), u"mapping"_s, u"brand-category"_s, u"--brand"_s, brand, u"--category"_s,
            category, u"--to"_s, u"신발/스니커즈"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().value(u"published"_s).toInt(), feed.modelsByBrandCategory.value({ brand, category }));
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM product WHERE feed_visible"_s),
            feed.modelsByBrandCategory.value({ brand, category }));
    }

    void demoLoadsAnEmptyDatabaseOnly()
    {
        auto t = TestDatabase::sqlite();
        auto r = cli({ u"--db"_s, t->url(), u"demo"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().value(u"products"_s).toInt() > 100);
        const int published = r.json().value(u"published"_s).toInt();
        QVERIFY(published > 0 && published < r.json().value(u"products"_s).toInt());
        QCOMPARE(queryNumber(t->connection(), u"SELECT COUNT(*) FROM product WHERE feed_visible"_s), published);
        r = cli({ u"--db"_s, t->url(), u"demo"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"empty database"_s));
    }

    void migrateRefusesANewerDatabase()
    {
        auto t = TestDatabase::sqlite();
        MD_VERIFY_OK(db::exec(t->connection(),
            u"INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"_s));
        t->database().closeThreadConnection();
        const auto r = cli({ u"--db"_s, t->url(), u"migrate"_s });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"newer MarketDesk"_s));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
