#include "services/db/sql.h"
#include "services/gnb/categorymappings.h"
#include "services/gnb/folderfeedsource.h"
#include "services/jobs/lease.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/faults/feedediting.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
feedgen::FeedOptions smallFeed(int badRows = 0)
{
    feedgen::FeedOptions o;
    o.models = 300;
    o.brands = 4;
    o.seed = 42;
    o.badRows = badRows;
    return o;
}

// The valid rows of the feed's files that feed_file records as applied; *files counts those files.
int rowsOfAppliedFiles(const QSqlDatabase& db, const feedgen::FeedSummary& feed, int* files = nullptr)
{
    int rows = 0;
    for (const auto& f : feed.files) {
        if (queryNumber(db, u"SELECT COUNT(*) FROM feed_file WHERE name = '%1' AND status = 'applied'"_s.arg(f.file))) {
            rows += f.validRows;
            if (files)
                ++*files;
        }
    }
    return rows;
}

// Rewrites one brand file with `edit` and, unless keepIndex, updates its sha256 in index.csv as the supplier would.
void rewriteFile(const QString& dayDir, const QString& file, const std::function<QByteArray(QByteArray)>& edit,
    bool keepIndex = false)
{
    QFile f(dayDir + u'/' + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray oldBytes = f.readAll();
    f.close();
    const QByteArray newBytes = edit(oldBytes);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(newBytes);
    f.close();
    if (keepIndex)
        return;
    QFile index(dayDir + u"/index.csv"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QByteArray text = index.readAll();
    index.close();
    text.replace(QCryptographicHash::hash(oldBytes, QCryptographicHash::Sha256).toHex(),
        QCryptographicHash::hash(newBytes, QCryptographicHash::Sha256).toHex());
    QVERIFY(index.open(QIODevice::WriteOnly | QIODevice::Truncate));
    index.write(text);
}

int totalBadRows(const feedgen::FeedSummary& s)
{
    return s.badRows[0] + s.badRows[1] + s.badRows[2];
}

qint64 variantsOfBrand(QSqlDatabase db, const QString& brand)
{
    return queryNumber(db,
        u"SELECT COUNT(*) FROM product_stock ps JOIN product p ON p.id = ps.product_id "
        "WHERE p.brand = '"_s
            + brand + u"'"_s);
}
} // namespace

class TestCrawler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fullCrawlMatchesTheFeed_data() { addDialectRows(); }
    void fullCrawlMatchesTheFeed()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed(6));
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        const auto outcome = runCrawl(t->database(), &source, { kDay });
        MD_VERIFY_OK(outcome.status);
        const auto& s = outcome.summary;
        QCOMPARE(s.files, feed.files.size());
        QCOMPARE(s.filesFailed, 0);
        QCOMPARE(s.products, feed.models);
        QCOMPARE(s.variants, feed.variants);
        QCOMPARE(s.inserted, feed.variants);
        QCOMPARE(s.updated, 0);
        QCOMPARE(s.rejected, totalBadRows(feed));
        QCOMPARE(s.rows, feed.variants + totalBadRows(feed));
        QCOMPARE(s.unmappedPairs.size(), feed.modelsByBrandCategory.size());
        QCOMPARE(s.unresolvedColours.size(), feed.codeOnlyColours.size());
        QCOMPARE(s.warnings, feed.negativeStockRows);

        auto db = t->connection();
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product WHERE platform = 'gnb'"_s), feed.models);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock"_s), feed.variants);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock_gnb"_s), feed.variants);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product WHERE feed_visible"_s), 0);
        for (auto it = feed.modelsByBrandCategory.cbegin(); it != feed.modelsByBrandCategory.cend(); ++it) {
            auto count = db::scalar(db,
                u"SELECT product_count FROM category_mapping WHERE supplier_brand = ? AND "
                "supplier_category = ?"_s,
                { it.key().first, it.key().second });
            MD_VERIFY_OK(count);
            QCOMPARE(count->toInt(), it.value());
        }
        QCOMPARE(
            queryNumber(db, u"SELECT COUNT(*) FROM colour_code WHERE name_ko IS NULL"_s), feed.codeOnlyColours.size());
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM feed_reject WHERE line > 0"_s), totalBadRows(feed));
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), feed.files.size());
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM job_results WHERE job_name = 'gnb.crawl' AND success "
                     "AND finished_at IS NOT NULL"_s),
            1);
        // grouping: every variant hangs under the product of its Modello, with its colour and size
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock WHERE colour IS NULL OR size IS NULL"_s), 0);
    }

    void secondCrawlWritesNothing_data() { addDialectRows(); }
    void secondCrawlWritesNothing()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed(3));
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay }).status);
        const auto before = catalogueSnapshot(t->connection(), dialect == "postgres");

        const auto again = runCrawl(t->database(), &source, { kDay });
        MD_VERIFY_OK(again.status);
        QCOMPARE(again.summary.inserted, 0);
        QCOMPARE(again.summary.updated, 0);
        QCOMPARE(again.summary.unchanged, feed.variants);
        QCOMPARE(catalogueSnapshot(t->connection(), dialect == "postgres"), before);
    }

    void incrementalReadsChangedFilesOnly_data() { addDialectRows(); }
    void incrementalReadsChangedFilesOnly()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        auto options = smallFeed();
        generateFeed(dir.path(), options);
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay }).status);

        options.changeBrands = 1;
        options.changeSeed = 9;
        const auto changed = generateFeed(dir.path(), options);
        QCOMPARE(changed.changedFiles.size(), 1);
        gnb::CrawlRequest request { kDay, gnb::CrawlMode::Incremental };
        const auto outcome = runCrawl(t->database(), &source, request);
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.summary.files, 1);
        QCOMPARE(outcome.summary.filesSkipped, 3);
        QVERIFY(outcome.summary.updated > 0);
        QCOMPARE(outcome.summary.inserted, 0);

        const auto nothingNew = runCrawl(t->database(), &source, request);
        MD_VERIFY_OK(nothingNew.status);
        QCOMPARE(nothingNew.summary.files, 0);
        QCOMPARE(nothingNew.summary.filesSkipped, 4);
    }

    void chosenBrandsOnly()
    {
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::sqlite();
        gnb::FolderFeedSource source(dir.path());
        const QString brand = feed.files.at(1).brand;
        const auto outcome = runCrawl(t->database(), &source, { kDay, gnb::CrawlMode::Brands, { brand.toLower() } });
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.summary.files, 1);
        QCOMPARE(outcome.summary.variants, feed.files.at(1).validRows);

        const auto unknown = runCrawl(t->database(), &source, { kDay, gnb::CrawlMode::Brands, { u"NOSUCHBRAND"_s } });
        QVERIFY(!unknown.status.ok());
        QVERIFY(unknown.status.error().message.contains(u"NOSUCHBRAND"_s));
    }

    void badFileKeepsPreviousData_data() { addDialectRows(); }
    void badFileKeepsPreviousData()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay }).status);
        auto db = t->connection();
        const QString broken = feed.files.at(0).file;
        const QString brand = feed.files.at(0).brand;
        const qint64 variantsBefore = variantsOfBrand(db, brand);
        QVERIFY(variantsBefore > 0);
        const auto before = catalogueSnapshot(db, dialect == "postgres");

        // 1. a required column missing: the whole file is rejected, naming the column
        rewriteFile(feed.dayDir, broken, [](QByteArray b) { return b.replace("PrezzoNetto", "PrezzoX"); });
        auto outcome = runCrawl(t->database(), &source, { kDay });
        QVERIFY(!outcome.status.ok());
        QCOMPARE(outcome.summary.filesFailed, 1);
        QCOMPARE(outcome.summary.files, feed.files.size() - 1);
        QVERIFY2(outcome.summary.failures.constFirst().contains(u"PrezzoNetto"_s),
            qPrintable(outcome.summary.failures.constFirst()));
        QCOMPARE(variantsOfBrand(db, brand), variantsBefore);
        QCOMPARE(catalogueSnapshot(db, dialect == "postgres"), before);
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM feed_file WHERE status = 'failed' AND name = '"_s + broken
                         + u"' AND sha256 IS NOT NULL"_s),
            1);
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM feed_reject WHERE line = 0 AND file = '"_s + broken
                         + u"' AND reason LIKE '%PrezzoNetto%'"_s),
            1);
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM job_results WHERE NOT success AND error_msg LIKE '%"_s + broken + u"%'"_s),
            1);

        // 2. a truncated file (cut inside a quoted description) whose index still has the old checksum
        rewriteFile(
            feed.dayDir, broken,
            [](QByteArray b) {
                b.replace("PrezzoX", "PrezzoNetto");
                return b.left(b.size() / 2);
            },
            true);
        outcome = runCrawl(t->database(), &source, { kDay });
        QCOMPARE(outcome.summary.filesFailed, 1);
        QVERIFY2(outcome.summary.failures.constFirst().contains(u"sha256"_s),
            qPrintable(outcome.summary.failures.constFirst()));
        QCOMPARE(catalogueSnapshot(db, dialect == "postgres"), before);
    }

    void skipsWhenAnotherCrawlHoldsTheLease()
    {
        QTemporaryDir dir;
        generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::postgres();
        jobs::Lease other(t->database(), QString::fromLatin1(gnb::Crawler::kLeaseName), u"otherhost:4242"_s);
        auto held = other.tryAcquire(std::chrono::minutes(5));
        MD_VERIFY_OK(held);
        QVERIFY(held->acquired);

        gnb::FolderFeedSource source(dir.path());
        const auto outcome = runCrawl(t->database(), &source, { kDay });
        QCOMPARE(outcome.status.error().code, ErrorCode::LockHeld);
        QCOMPARE(outcome.lockHolder, u"otherhost:4242"_s);
        auto db = t->connection();
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product"_s), 0);
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM job_results WHERE skipped AND lock_holder LIKE "
                     "'otherhost:4242%'"_s),
            1);
    }

    void cancelStopsBetweenBatchesAndKeepsFilesWhole_data() { addDialectRows(); }
    void cancelStopsBetweenBatchesAndKeepsFilesWhole()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        jobs::CancellationToken cancel;
        gnb::Crawler crawler(
            t->database(), &source, { kDay, gnb::CrawlMode::Full, {}, {}, std::chrono::minutes(10), 50 }, cancel);
        // Cancel once the first file's rows are read: on PostgreSQL a second lane is then on the next file.
        connect(crawler.progress(), &jobs::ProgressReporter::progressed, this, [&](const jobs::Progress& p) {
            if (p.done >= feed.files.at(0).rows)
                cancel.cancel();
        });
        QSignalSpy spy(&crawler, &gnb::Crawler::finished);
        crawler.start();
        QVERIFY(spy.wait(60000));
        const auto outcome = spy.constFirst().constFirst().value<gnb::CrawlOutcome>();
        QCOMPARE(outcome.status.error().code, ErrorCode::Cancelled);
        QVERIFY(outcome.summary.files < feed.files.size());
        // Every file is there whole or not at all.
        auto db = t->connection();
        int applied = 0;
        const int appliedRows = rowsOfAppliedFiles(db, feed, &applied);
        QCOMPARE(applied, outcome.summary.files);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock"_s), appliedRows);
        QCOMPARE(
            queryNumber(db, u"SELECT COUNT(*) FROM job_results WHERE NOT success AND error_msg LIKE '%cancel%'"_s), 1);
        // and the lease is free again
        jobs::Lease next(t->database(), QString::fromLatin1(gnb::Crawler::kLeaseName), u"next:1"_s);
        QVERIFY(next.tryAcquire(std::chrono::minutes(1))->acquired);
    }

    // Two files holding the same models are applied at the same time in two lanes on PostgreSQL: the one that
    // finds its new rows written meanwhile by the other is rolled back and applied again, never half-merged
    // (which one is not fixed; the end state is).
    void filesSharingModelsInParallelLanes_data() { addDialectRows(); }
    void filesSharingModelsInParallelLanes()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        const auto& first = feed.files.at(0);
        // Another brand, so that the files share no mapping pair (whose row lock would order them).
        duplicateFile(dir.path() + u'/' + kDay, first.file, u"ZZCOPY.csv"_s, first.brand.toUtf8(), "ZZCOPY");
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        const auto outcome = runCrawl(t->database(), &source, { kDay });
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.summary.files, feed.files.size() + 1);
        auto db = t->connection();
        int validRows = 0;
        for (const auto& f : feed.files)
            validRows += f.validRows;
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock"_s), validRows);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock_gnb"_s), validRows);
        QCOMPARE(queryNumber(db,
                     u"SELECT COUNT(*) FROM product_stock ps LEFT JOIN product_stock_gnb x "
                     "ON x.product_stock_id = ps.id WHERE x.product_stock_id IS NULL"_s),
            0);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), feed.files.size() + 1);
    }

    // A crawler destroyed while its lanes work (a job abandoned after its stop grace) stops them and waits for their
    // threads: no crash, and every file is there whole or not at all.
    void destroyedWhileApplyingLeavesFilesWhole_data() { addDialectRows(); }
    void destroyedWhileApplyingLeavesFilesWhole()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        auto* crawler = new gnb::Crawler(t->database(), &source,
            { kDay, gnb::CrawlMode::Full, {}, {}, std::chrono::minutes(10), 50 }, jobs::CancellationToken());
        QPointer<gnb::Crawler> alive(crawler);
        connect(crawler->progress(), &jobs::ProgressReporter::progressed, this, [&](const jobs::Progress& p) {
            if (p.done > 0 && alive)
                QTimer::singleShot(0, this, [&] { delete alive.data(); });
        });
        crawler->start();
        QTRY_VERIFY_WITH_TIMEOUT(alive.isNull(), 30000);
        auto db = t->connection();
        const int appliedRows = rowsOfAppliedFiles(db, feed);
        QVERIFY(appliedRows < feed.variants);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product_stock"_s), appliedRows);
    }

    void mappingPublishesStoredProducts_data() { addDialectRows(); }
    void mappingPublishesStoredProducts()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto feed = generateFeed(dir.path(), smallFeed());
        auto t = TestDatabase::create(dialect);
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay }).status);
        const auto pair = feed.modelsByBrandCategory.firstKey();
        auto mapped
            = gnb::CategoryMappings(t->database()).map(pair.first, pair.second, u"가방/숄더백"_s, u"kim"_s, u"test"_s);
        MD_VERIFY_OK(mapped);
        QCOMPARE(mapped->published, feed.modelsByBrandCategory.first());
        auto db = t->connection();
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM product WHERE feed_visible AND category = '가방/숄더백'"_s),
            feed.modelsByBrandCategory.first());
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM category WHERE path IN ('가방', '가방/숄더백')"_s), 2);
        QCOMPARE(queryNumber(db, u"SELECT COUNT(*) FROM log WHERE who = 'kim' AND action = 'map_category'"_s), 1);

        // a later crawl keeps them published and rewrites nothing
        const auto before = catalogueSnapshot(db, dialect == "postgres");
        const auto again = runCrawl(t->database(), &source, { kDay });
        MD_VERIFY_OK(again.status);
        QCOMPARE(again.summary.unmappedPairs.size(), feed.modelsByBrandCategory.size() - 1);
        QCOMPARE(catalogueSnapshot(db, dialect == "postgres"), before);

        auto pairs = gnb::CategoryMappings(t->database()).list();
        MD_VERIFY_OK(pairs);
        QCOMPARE(pairs->size(), feed.modelsByBrandCategory.size());
        QCOMPARE(pairs->constLast().mappedTo, u"가방/숄더백"_s);
    }
};

QTEST_GUILESS_MAIN(TestCrawler)
#include "tst_crawler.moc"
