#include "services/db/sql.h"
#include "services/gnb/fileimporter.h"
#include "tests/common/dbsnapshot.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::gnb;

namespace {
FeedRow row(int line, const QString& code, const QString& model, const QString& colour, const QString& size, int qty)
{
    FeedRow r;
    r.line = line;
    r.variantCode = code;
    r.model = model;
    r.brand = u"GUCCI"_s;
    r.category = model.startsWith(u'S') ? u"Scarpe"_s : u"Borse"_s;
    r.subcategory = u"Varie"_s;
    r.colour = colour;
    r.size = size;
    r.sizeType = u"IT"_s;
    r.quantity = qty;
    r.listPriceCents = 123450;
    r.netPriceCents = 61725;
    r.currency = u"EUR"_s;
    r.description = u"Borsa; in pelle\nmade in Italy — €"_s;
    r.images = { u"http://img.example/1.jpg"_s, u"https://img.example/2.jpg"_s };
    r.modifiedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    return r;
}

std::vector<FeedRow> sampleRows()
{
    return { row(2, u"B1-NERO-UNI"_s, u"B1"_s, u"Nero"_s, u"UNI"_s, 3),
        row(3, u"B1-ROSSO-UNI"_s, u"B1"_s, u"Rosso"_s, u"UNI"_s, 0),
        row(4, u"S1-NERO-40"_s, u"S1"_s, u"Nero"_s, u"40"_s, 1),
        row(5, u"S1-NERO-41"_s, u"S1"_s, u"Nero"_s, u"41"_s, 2),
        row(6, u"S1-NERO-42"_s, u"S1"_s, u"Nero"_s, u"42"_s, 5) };
}

Result<FileImportResult> importRows(
    db::Database& database, const std::vector<FeedRow>& rows, const std::vector<FeedReject>& rejects = {})
{
    FileImporter importer(database);
    if (auto s = importer.begin(); !s)
        return s.error();
    if (auto s = importer.addRows(rows); !s)
        return s.error();
    importer.addRejects(rejects);
    FeedFileInfo info { u"20261120"_s, u"GUCCI.csv"_s, u"GUCCI"_s, u"abc"_s, {}, {} };
    return importer.commit(info, std::nullopt);
}

qint64 count(QSqlDatabase db, const QString& sql)
{
    auto v = db::scalar(db, sql);
    return v ? v->toLongLong() : -1;
}

QStringList snapshot(QSqlDatabase db, bool pg)
{
    return test::catalogueSnapshot(db, pg);
}
} // namespace

class TestFileImporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsAndGates_data() { test::addDialectRows(); }
    void groupsAndGates()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        auto result = importRows(t->database(), sampleRows(), { { u"GUCCI.csv"_s, 7, u"bad"_s } });
        MD_VERIFY_OK(result);
        QCOMPARE(result->merge.rows, 5);
        QCOMPARE(result->merge.products, 2);
        QCOMPARE(result->merge.productsInserted, 2);
        QCOMPARE(result->merge.inserted, 5);
        QCOMPARE(result->merge.updated, 0);
        QCOMPARE(result->merge.unchanged, 0);
        QCOMPARE(result->rejected, 1);
        QCOMPARE(result->merge.unmappedPairs.size(), 2);

        auto db = t->connection();
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product WHERE platform = 'gnb'"_s), 2);
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM product_stock ps JOIN product p ON p.id = ps.product_id "
                     "WHERE p.product_id = 'S1'"_s),
            3);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product_stock_gnb"_s), 5);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product WHERE feed_visible"_s), 0);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product WHERE hidden_reason = 'unmapped'"_s), 2);
        QCOMPARE(count(db,
                     u"SELECT product_count FROM category_mapping WHERE supplier_brand = 'GUCCI' "
                     "AND supplier_category = 'Scarpe' AND category_id IS NULL"_s),
            1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM feed_reject WHERE file = 'GUCCI.csv' AND line = 7"_s), 1);
        QCOMPARE(count(db, u"SELECT rows FROM feed_file WHERE name = 'GUCCI.csv' AND status = 'applied'"_s), 5);

        auto desc = db::scalar(db, u"SELECT description FROM product_stock_gnb WHERE variant_code = 'B1-NERO-UNI'"_s);
        MD_VERIFY_OK(desc);
        QCOMPARE(desc->toString(), u"Borsa; in pelle\nmade in Italy — €"_s);
        auto price = db::scalar(db, u"SELECT list_price FROM product_stock_gnb WHERE variant_code = 'S1-NERO-40'"_s);
        QCOMPARE(price->toDouble(), 1234.50);
    }

    // A product's columns come from its model's first line, wherever its other lines are in the file.
    void productTakesItsFirstLine_data() { test::addDialectRows(); }
    void productTakesItsFirstLine()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        // The models' lines interleave; S1's first line differs from its others.
        std::vector<FeedRow> rows { row(2, u"S1-NERO-42"_s, u"S1"_s, u"Nero"_s, u"42"_s, 5),
            row(3, u"B1-NERO-UNI"_s, u"B1"_s, u"Nero"_s, u"UNI"_s, 3),
            row(4, u"S1-NERO-40"_s, u"S1"_s, u"Nero"_s, u"40"_s, 1),
            row(5, u"B1-ROSSO-UNI"_s, u"B1"_s, u"Rosso"_s, u"UNI"_s, 0),
            row(6, u"S1-NERO-41"_s, u"S1"_s, u"Nero"_s, u"41"_s, 2) };
        rows[0].season = u"SS27"_s;
        rows[0].gender = u"Donna"_s;
        rows[2].season = rows[4].season = u"FW26"_s;
        rows[2].gender = rows[4].gender = u"Uomo"_s;
        MD_VERIFY_OK(importRows(t->database(), rows));
        auto db = t->connection();
        QCOMPARE(db::scalar(db, u"SELECT season FROM product WHERE product_id = 'S1'"_s)->toString(), u"SS27"_s);
        QCOMPARE(db::scalar(db, u"SELECT gender FROM product WHERE product_id = 'S1'"_s)->toString(), u"Donna"_s);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product"_s), 2);
    }

    void reimportRewritesNothing_data() { test::addDialectRows(); }
    void reimportRewritesNothing()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        MD_VERIFY_OK(importRows(t->database(), sampleRows()));
        const auto before = snapshot(t->connection(), dialect == "postgres");
        QVERIFY(before.size() >= 9);

        auto again = importRows(t->database(), sampleRows());
        MD_VERIFY_OK(again);
        QCOMPARE(again->merge.inserted, 0);
        QCOMPARE(again->merge.updated, 0);
        QCOMPARE(again->merge.unchanged, 5);
        QCOMPARE(again->merge.productsUpdated, 0);
        QCOMPARE(snapshot(t->connection(), dialect == "postgres"), before);
    }

    void changedRowsOnlyAreUpdated_data() { test::addDialectRows(); }
    void changedRowsOnlyAreUpdated()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        MD_VERIFY_OK(importRows(t->database(), sampleRows()));
        auto rows = sampleRows();
        rows[1].quantity = 9; // stock of one variant
        rows[3].ean = u"8050000000001"_s; // a supplier-only field of another
        rows.push_back(row(7, u"S1-NERO-43"_s, u"S1"_s, u"Nero"_s, u"43"_s, 1));
        auto result = importRows(t->database(), rows);
        MD_VERIFY_OK(result);
        QCOMPARE(result->merge.inserted, 1);
        QCOMPARE(result->merge.updated, 2);
        QCOMPARE(result->merge.unchanged, 3);
        QCOMPARE(result->merge.productsUpdated, 0);
        QCOMPARE(count(t->connection(), u"SELECT quantity FROM product_stock WHERE variant_key = 'B1-ROSSO-UNI'"_s), 9);
        QCOMPARE(count(t->connection(), u"SELECT version FROM product_stock WHERE variant_key = 'B1-ROSSO-UNI'"_s), 2);
    }

    void mappedPairIsPublished_data() { test::addDialectRows(); }
    void mappedPairIsPublished()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        auto db = t->connection();
        MD_VERIFY_OK(db::exec(db, u"INSERT INTO category (name, path) VALUES ('가방', '가방')"_s));
        MD_VERIFY_OK(db::exec(db,
            u"INSERT INTO category_mapping (supplier, supplier_brand, supplier_category, "
            "category_id) SELECT 'gnb', 'GUCCI', 'Borse', id FROM category"_s));
        auto result = importRows(t->database(), sampleRows());
        MD_VERIFY_OK(result);
        QCOMPARE(result->merge.unmappedPairs.size(), 1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product WHERE feed_visible AND category = '가방'"_s), 1);
        QCOMPARE(count(db, u"SELECT COUNT(*) FROM product WHERE NOT feed_visible AND hidden_reason = 'unmapped'"_s), 1);
    }

    void variantMovedToAnotherModel_data() { test::addDialectRows(); }
    void variantMovedToAnotherModel()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        MD_VERIFY_OK(importRows(t->database(), sampleRows()));
        auto rows = sampleRows();
        rows[1].model = u"S1"_s; // B1-ROSSO-UNI now belongs to model S1
        rows[1].category = u"Scarpe"_s;
        auto result = importRows(t->database(), rows);
        MD_VERIFY_OK(result);
        QCOMPARE(result->merge.inserted, 1); // a new product_stock row under S1
        auto db = t->connection();
        QCOMPARE(count(db,
                     u"SELECT COUNT(*) FROM product_stock_gnb g JOIN product_stock ps ON ps.id = g.product_stock_id "
                     "JOIN product p ON p.id = ps.product_id WHERE g.variant_code = 'B1-ROSSO-UNI' "
                     "AND p.product_id = 'S1'"_s),
            1);
        // and a second read of the same rows changes nothing
        auto again = importRows(t->database(), rows);
        MD_VERIFY_OK(again);
        QCOMPARE(again->merge.inserted, 0);
        QCOMPARE(again->merge.updated, 0);
    }

    void rollbackLeavesNothing_data() { test::addDialectRows(); }
    void rollbackLeavesNothing()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        MD_VERIFY_OK(importRows(t->database(), sampleRows()));
        const auto before = snapshot(t->connection(), dialect == "postgres");
        {
            FileImporter importer(t->database());
            MD_VERIFY_OK(importer.begin());
            auto rows = sampleRows();
            for (auto& r : rows)
                r.quantity += 10;
            MD_VERIFY_OK(importer.addRows(rows));
            // destroyed without commit, as when the crawl is cancelled or the process dies mid-file
        }
        QCOMPARE(snapshot(t->connection(), dialect == "postgres"), before);
        QCOMPARE(count(t->connection(), u"SELECT SUM(quantity) FROM product_stock"_s), 11);
        // the connection is usable again afterwards
        MD_VERIFY_OK(importRows(t->database(), sampleRows()));
    }

    // PostgreSQL, two lanes: a file whose models are all new is inserted without ON CONFLICT. When another lane
    // inserts one of its models meanwhile, the insert waits for that lane's commit, then meets the key: the file
    // fails as a transient conflict (so the crawl applies it again), and nothing of it is left.
    void newModelInsertedMeanwhileIsATransientConflict()
    {
        auto t = test::TestDatabase::postgres();
        db::Database otherLane(t->database().config());
        auto other = otherLane.connection();
        MD_VERIFY_OK(other);
        MD_VERIFY_OK(db::exec(*other, u"BEGIN"_s));
        MD_VERIFY_OK(db::exec(*other,
            u"INSERT INTO product (platform, seller_id, product_id, brand) VALUES ('gnb', 'gnb', 'S1', 'GUCCI')"_s));

        Result<FileImportResult> result = Error { ErrorCode::Internal, {}, {} };
        std::unique_ptr<QThread> lane(QThread::create([&] {
            result = importRows(t->database(), sampleRows());
            t->database().closeThreadConnection();
        }));
        lane->start();
        // The lane's product insert waits for the other lane's uncommitted row.
        QTRY_COMPARE_WITH_TIMEOUT(count(t->connection(),
                                      u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND wait_event_type = 'Lock'"_s),
            1, 10000);
        MD_VERIFY_OK(db::exec(*other, u"COMMIT"_s));
        QVERIFY(lane->wait(10000));

        QVERIFY(!result.ok());
        QVERIFY2(db::isTransientConflict(result.error()), qPrintable(result.error().toString()));
        QCOMPARE(count(t->connection(), u"SELECT COUNT(*) FROM product"_s), 1);
        QCOMPARE(count(t->connection(), u"SELECT COUNT(*) FROM product_stock"_s), 0);
        QCOMPARE(count(t->connection(), u"SELECT COUNT(*) FROM feed_file"_s), 0);
        otherLane.closeThreadConnection();
        // Applied again, it merges with the row now there.
        auto again = importRows(t->database(), sampleRows());
        MD_VERIFY_OK(again);
        QCOMPARE(count(t->connection(), u"SELECT COUNT(*) FROM product"_s), 2);
        QCOMPARE(count(t->connection(), u"SELECT COUNT(*) FROM product_stock_gnb"_s), 5);
    }
};

QTEST_GUILESS_MAIN(TestFileImporter)
#include "tst_fileimporter.moc"
