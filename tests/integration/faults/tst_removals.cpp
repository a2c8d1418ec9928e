#include "services/db/sql.h"
#include "services/domain/orderstatus.h"
#include "services/gnb/categorymappings.h"
#include "services/gnb/folderfeedsource.h"
#include "services/gnb/sellablestock.h"
#include "services/jobs/dbclock.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/faults/feedediting.h"
#include "tests/integration/gnb/crawltestsupport.h"

#include <QDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
const QString kDay1 = u"20261120"_s;
const QString kDay2 = u"20261121"_s;
const QString kDay3 = u"20261122"_s;
const QString kDay4 = u"20261123"_s;

feedgen::FeedOptions feed()
{
    feedgen::FeedOptions o;
    o.models = 200;
    o.brands = 3;
    o.seed = 21;
    return o;
}

QStringList strings(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    QStringList out;
    auto q = db::exec(db, sql, binds);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q->next())
        out << q->value(0).toString();
    return out;
}

qint64 number(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    auto v = db::scalar(db, sql, binds);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

// A model of `file` with at least two variants, other than `except`.
QString modelOf(QSqlDatabase db, const QString& file, const QStringList& except = {})
{
    const auto models = strings(db,
        u"SELECT p.product_id FROM product p JOIN product_stock ps ON ps.product_id = p.id WHERE p.source_file = ? "
        "GROUP BY p.product_id HAVING COUNT(*) >= 2 ORDER BY p.product_id"_s,
        { file });
    for (const auto& m : models) {
        if (!except.contains(m))
            return m;
    }
    qFatal("no model with two variants in %s", qPrintable(file));
}

QStringList codesOf(QSqlDatabase db, const QString& model)
{
    return strings(db,
        u"SELECT ps.variant_key FROM product p JOIN product_stock ps ON ps.product_id = p.id "
        "WHERE p.product_id = ? ORDER BY ps.variant_key"_s,
        { model });
}

qint64 stockIdOf(QSqlDatabase db, const QString& code)
{
    return number(db, u"SELECT product_stock_id FROM product_stock_gnb WHERE variant_code = ?"_s, { code });
}

// One order with a line per (variant code, status, linked by id?); returns the line ids in order.
QList<qint64> addOrder(
    QSqlDatabase db, const QString& orderNo, const QList<std::tuple<QString, QString, bool, int>>& lines)
{
    auto order = db::exec(db,
        u"INSERT INTO orders (platform, order_no, status) VALUES ('cafe24', ?, 'paid') RETURNING id"_s, { orderNo });
    if (!order || !order->next())
        qFatal("order insert failed");
    const qint64 orderId = order->value(0).toLongLong();
    order->finish();
    QList<qint64> ids;
    int n = 0;
    for (const auto& [code, status, linked, qty] : lines) {
        const QVariant stockId = linked ? QVariant(stockIdOf(db, code)) : QVariant(QMetaType::fromType<qint64>());
        auto q = db::exec(db,
            u"INSERT INTO order_items (order_id, line_no, status, variant_code, product_stock_id, qty, product_name) "
            "VALUES (?, ?, ?, ?, ?, ?, 'bag') RETURNING id"_s,
            { orderId, QString::number(++n), status, code, stockId, qty });
        if (!q || !q->next())
            qFatal("line insert failed");
        ids << q->value(0).toLongLong();
    }
    return ids;
}

QString statusOf(QSqlDatabase db, qint64 line)
{
    return strings(db, u"SELECT status FROM order_items WHERE id = ?"_s, { line }).value(0);
}
} // namespace

class TestRemovals : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The day's first full crawl hides what it did not read and cancels the open lines of it; later crawls of the
    // day hide nothing and rewrite nothing; a failed full crawl hides nothing; what comes back is shown again.
    void firstFullCrawlHidesWhatIsGone_data() { addDialectRows(); }
    void firstFullCrawlHidesWhatIsGone()
    {
        QFETCH(QByteArray, dialect);
        const bool pg = dialect == "postgres";
        QTemporaryDir dir;
        const auto summary = generateFeed(dir.path(), feed());
        auto t = TestDatabase::create(dialect);
        auto db = t->connection();
        gnb::FolderFeedSource source(dir.path());

        auto day1 = runCrawl(t->database(), &source, { kDay1 });
        MD_VERIFY_OK(day1.status);
        QVERIFY(day1.removals.applied);
        QCOMPARE(day1.removals.unseenVariants, 0);

        const QString file0 = summary.files.at(0).file;
        const QString file2 = summary.files.at(2).file;
        const QString gone = modelOf(db, file0); // the whole model leaves the feed
        const QString shrinking = modelOf(db, file0, { gone }); // one of its variants leaves
        const QStringList goneCodes = codesOf(db, gone);
        const QString goneVariant = codesOf(db, shrinking).constFirst();
        const QString staying = codesOf(db, shrinking).constLast();
        const QString droppedFileCode = strings(db,
            u"SELECT ps.variant_key FROM product p JOIN product_stock ps ON ps.product_id = p.id "
            "WHERE p.source_file = ? ORDER BY 1 LIMIT 1"_s,
            { file2 })
                                            .constFirst();
        const qint64 file2Variants = number(db,
            u"SELECT COUNT(*) FROM product p JOIN product_stock ps ON ps.product_id = p.id WHERE p.source_file = ?"_s,
            { file2 });
        const qint64 file2Models = number(db, u"SELECT COUNT(*) FROM product WHERE source_file = ?"_s, { file2 });
        // Publish the gone model's pair, so that coming back shows it (not merely un-hides it).
        const auto pair
            = strings(db, u"SELECT brand || '|' || supplier_category FROM product WHERE product_id = ?"_s, { gone })
                  .constFirst()
                  .split(u'|');
        MD_VERIFY_OK(gnb::CategoryMappings(t->database()).map(pair.at(0), pair.at(1), u"가방"_s, u"kim"_s, u"test"_s));

        const auto lines = addOrder(db, u"A-1"_s,
            { { goneCodes.at(0), QString(orderstatus::Paid), true, 1 }, // cancelled
                { goneCodes.at(1), QString(orderstatus::OverseasOrderPlaced), true, 1 }, // already at G&B: kept
                { goneVariant, QString(orderstatus::OverseasOrderChecking), false, 2 }, // linked by code: cancelled
                { staying, QString(orderstatus::Paid), true, 1 }, // still in the feed: kept
                { droppedFileCode, QString(orderstatus::New), true, 1 } }); // its file left the index: cancelled

        copyDay(dir.path(), kDay1, kDay2);
        removeRecords(dir.path() + u'/' + kDay2, file0, goneCodes + QStringList { goneVariant });
        dropFile(dir.path() + u'/' + kDay2, file2);
        const auto day2 = runCrawl(t->database(), &source, { kDay2 });
        MD_VERIFY_OK(day2.status);
        QVERIFY(day2.removals.applied);
        QCOMPARE(day2.removals.hiddenVariants, goneCodes.size() + 1 + file2Variants);
        QCOMPARE(day2.removals.hiddenProducts, 1 + file2Models);
        QCOMPARE(day2.removals.cancelledItems, 3);
        QCOMPARE(number(db,
                     u"SELECT COUNT(*) FROM product WHERE product_id = ? AND NOT feed_visible "
                     "AND hidden_reason = 'not_in_feed' AND hidden_at IS NOT NULL"_s,
                     { gone }),
            1);
        QCOMPARE(number(db,
                     u"SELECT COUNT(*) FROM product_stock WHERE variant_key = ? AND NOT feed_visible "
                     "AND hidden_at IS NOT NULL"_s,
                     { goneVariant }),
            1);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product WHERE product_id = ? AND hidden_reason = 'not_in_feed'"_s,
                     { shrinking }),
            0);
        const QString cancelled = QString(orderstatus::SoldOutCancelled);
        QCOMPARE(statusOf(db, lines.at(0)), cancelled);
        QCOMPARE(statusOf(db, lines.at(1)), QString(orderstatus::OverseasOrderPlaced));
        QCOMPARE(statusOf(db, lines.at(2)), cancelled);
        QCOMPARE(statusOf(db, lines.at(3)), QString(orderstatus::Paid));
        QCOMPARE(statusOf(db, lines.at(4)), cancelled);
        QCOMPARE(
            strings(db, u"SELECT old_status FROM order_status_history WHERE new_status = ? ORDER BY order_item_id"_s,
                { cancelled }),
            (QStringList {
                QString(orderstatus::Paid), QString(orderstatus::OverseasOrderChecking), QString(orderstatus::New) }));
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM customer_notice WHERE kind = ? AND status = 'queued'"_s,
                     { QString(orderstatus::SoldOutNoticeKind) }),
            3);
        QCOMPARE(number(db, u"SELECT hidden_variants FROM gnb_feed_day WHERE day = ?"_s, { kDay2 }),
            goneCodes.size() + 1 + file2Variants);

        // Later crawls of the day: nothing hidden, nothing cancelled twice, no catalogue row rewritten.
        const auto before = catalogueSnapshot(db, pg);
        const auto again = runCrawl(t->database(), &source, { kDay2 });
        MD_VERIFY_OK(again.status);
        QVERIFY(!again.removals.applied);
        const auto incremental = runCrawl(t->database(), &source, { kDay2, gnb::CrawlMode::Incremental });
        MD_VERIFY_OK(incremental.status);
        QCOMPARE(catalogueSnapshot(db, pg), before);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM order_status_history"_s), 3);

        // A full crawl that fails (one file's sha256 is wrong) hides nothing, even what it did not read.
        copyDay(dir.path(), kDay2, kDay3);
        const QString file1 = summary.files.at(1).file;
        const QString alsoGone = modelOf(db, file1);
        removeRecords(dir.path() + u'/' + kDay3, file1, codesOf(db, alsoGone));
        corruptFile(dir.path() + u'/' + kDay3, file0);
        const auto failed = runCrawl(t->database(), &source, { kDay3 });
        QVERIFY(!failed.status.ok());
        QVERIFY(!failed.removals.applied);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product WHERE product_id = ? AND hidden_reason = 'not_in_feed'"_s,
                     { alsoGone }),
            0);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM gnb_feed_day WHERE day = ?"_s, { kDay3 }), 0);

        // Everything is back (the files as on day 1, the data unchanged): shown again, mapped products published.
        copyDay(dir.path(), kDay1, kDay4);
        const auto back = runCrawl(t->database(), &source, { kDay4 });
        MD_VERIFY_OK(back.status);
        QVERIFY(back.removals.applied);
        QCOMPARE(back.removals.hiddenVariants, 0);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product_stock WHERE NOT feed_visible"_s), 0);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product WHERE hidden_reason = 'not_in_feed'"_s), 0);
        QCOMPARE(number(db,
                     u"SELECT COUNT(*) FROM product WHERE product_id = ? AND feed_visible "
                     "AND hidden_reason IS NULL"_s,
                     { gone }),
            1);
        // Cancelled lines stay cancelled: the customer was told.
        QCOMPARE(statusOf(db, lines.at(0)), cancelled);

        // A later crawl of the day finds rows back that the day's first crawl hid as missing: shown again.
        const QString kDay5 = u"20261124"_s;
        copyDay(dir.path(), kDay1, kDay5);
        removeRecords(dir.path() + u'/' + kDay5, file0, goneCodes + QStringList { goneVariant });
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay5 }).status);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product WHERE product_id = ? AND hidden_reason = 'not_in_feed'"_s,
                     { gone }),
            1);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product_stock WHERE variant_key = ? AND NOT feed_visible"_s,
                     { goneVariant }),
            1);
        QVERIFY(QDir(dir.path() + u'/' + kDay5).removeRecursively());
        copyDay(dir.path(), kDay1, kDay5);
        const auto restored = runCrawl(t->database(), &source, { kDay5 });
        MD_VERIFY_OK(restored.status);
        QVERIFY(!restored.removals.applied);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product_stock WHERE NOT feed_visible"_s), 0);
        QCOMPARE(number(db, u"SELECT COUNT(*) FROM product WHERE hidden_reason = 'not_in_feed'"_s), 0);
    }

    // Sellable = feed quantity − lines being checked or placed at G&B that the feed does not show yet.
    void sellableStockSubtractsUnreflectedOrders_data() { addDialectRows(); }
    void sellableStockSubtractsUnreflectedOrders()
    {
        QFETCH(QByteArray, dialect);
        QTemporaryDir dir;
        const auto summary = generateFeed(dir.path(), feed());
        auto t = TestDatabase::create(dialect);
        auto db = t->connection();
        gnb::FolderFeedSource source(dir.path());
        MD_VERIFY_OK(runCrawl(t->database(), &source, { kDay1 }).status);

        const QString model = modelOf(db, summary.files.at(0).file);
        const QStringList codes = codesOf(db, model);
        const qint64 productId = number(db, u"SELECT id FROM product WHERE product_id = ?"_s, { model });
        const QDateTime feedChanged(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::utc());
        // The feed's row time as the crawl stores it.
        const QVariant feedTime
            = t->database().isPostgres() ? QVariant(feedChanged) : QVariant(feedChanged.toString(Qt::ISODate));
        MD_VERIFY_OK(db::exec(db,
            u"UPDATE product_stock SET quantity = CASE WHEN variant_key = ? THEN 10 ELSE 1 END WHERE product_id = ?"_s,
            { codes.at(0), productId }));
        MD_VERIFY_OK(db::exec(db,
            u"UPDATE product_stock_gnb SET supplier_modified_at = ? WHERE product_stock_id IN "
            "(SELECT id FROM product_stock WHERE product_id = ?)"_s,
            { feedTime, productId }));

        const auto lines = addOrder(db, u"S-1"_s,
            { { codes.at(0), QString(orderstatus::OverseasOrderChecking), true, 2 }, // counts
                { codes.at(0), QString(orderstatus::OverseasOrderPlaced), true, 1 }, // sent before the feed changed
                { codes.at(0), QString(orderstatus::OverseasOrderPlaced), true, 3 }, // sent after: counts
                { codes.at(0), QString(orderstatus::Paid), true, 5 }, // not confirmed yet
                { codes.at(0), QString(orderstatus::OverseasOrderChecking), false, 1 }, // by CodArticolo: counts
                { codes.at(1), QString(orderstatus::OverseasOrderChecking), true, 4 } }); // more than in stock
        const auto sent = [&](qint64 line, const QDateTime& at, const QString& reference) {
            auto so = db::exec(db,
                u"INSERT INTO supplier_order (supplier, reference, order_number, status, sent_at) "
                "VALUES ('gnb', ?, ?, 'sent', ?) RETURNING id"_s,
                { reference, reference, jobs::DbClock::bindValue(t->database().dialect(), at) });
            QVERIFY(so && so->next());
            const qint64 id = so->value(0).toLongLong();
            so->finish();
            MD_VERIFY_OK(db::exec(db,
                u"INSERT INTO supplier_order_line (supplier_order_id, order_item_id, variant_code, qty) "
                "VALUES (?, ?, ?, 1)"_s,
                { id, line, codes.at(0) }));
        };
        sent(lines.at(1), feedChanged.addSecs(-3600), u"R-1"_s);
        sent(lines.at(2), feedChanged.addSecs(3600), u"R-2"_s);

        auto variants = gnb::SellableStock(t->database()).forVariantsOf(productId);
        MD_VERIFY_OK(variants);
        const qint64 first = stockIdOf(db, codes.at(0));
        const qint64 second = stockIdOf(db, codes.at(1));
        QCOMPARE(variants->value(first).feed, 10);
        QCOMPARE(variants->value(first).reserved, 6);
        QCOMPARE(variants->value(first).sellable, 4);
        QCOMPARE(variants->value(second).reserved, 4);
        QCOMPARE(variants->value(second).sellable, 0); // never negative
        auto products = gnb::SellableStock(t->database()).forProducts({ productId });
        MD_VERIFY_OK(products);
        QCOMPARE(products->value(productId).feed, 10 + (codes.size() - 1));
        QCOMPARE(products->value(productId).sellable, 4 + (codes.size() - 2));
    }
};

QTEST_GUILESS_MAIN(TestRemovals)
#include "tst_removals.moc"
