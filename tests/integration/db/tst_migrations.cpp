#include "services/db/migrator.h"
#include "services/db/sql.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {
// table -> sorted column names, as the database reports them
QMap<QString, QStringList> schemaOf(QSqlDatabase db)
{
    QMap<QString, QStringList> out;
    const auto tables = db.tables();
    for (const auto& table : tables) {
        if (table.startsWith(u"sqlite_"_s))
            continue;
        QStringList cols;
        const auto rec = db.record(table);
        for (int i = 0; i < rec.count(); ++i)
            cols << rec.fieldName(i);
        cols.sort();
        out.insert(table, cols);
    }
    return out;
}
} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void migrateIsIdempotent_data() { test::addDialectRows(); }
    void migrateIsIdempotent()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect); // already migrated once
        db::Migrator migrator(t->database());
        auto again = migrator.migrate();
        MD_VERIFY_OK(again);
        QCOMPARE(*again, 0);
        auto version = migrator.currentVersion();
        QVERIFY(version.ok());
        QCOMPARE(*version, db::Migrator::latestVersion());
        QVERIFY(*version >= 1);
    }

    void bothDialectsHaveTheSameSchema()
    {
        auto lite = test::TestDatabase::sqlite();
        auto pg = test::TestDatabase::postgres();
        const auto a = schemaOf(lite->connection());
        const auto b = schemaOf(pg->connection());
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QCOMPARE(it.value(), b.value(it.key()));
        for (const char* table : { "product", "product_stock", "product_stock_gnb", "category_mapping", "colour_code",
                 "margin", "orders", "order_items", "jobs", "job_results", "shedlock", "feed_file", "ob", "ob_history",
                 "crawled_data", "crawled_data_coupon", "crawled_data_shipping", "crawled_data_point", "app_user",
                 "log", "tag", "pricing_rule", "supplier_order" })
            QVERIFY2(a.contains(QString::fromLatin1(table)), table);
        QVERIFY(a.value(u"ob_history"_s).contains(u"company"_s));
    }

    void dialectOnlyMigrationsKeepVersionsAligned()
    {
        auto lite = test::TestDatabase::sqlite();
        auto pg = test::TestDatabase::postgres();
        const QString applied = u"SELECT COUNT(*) FROM schema_migrations WHERE version = 7"_s;
        QCOMPARE(db::scalar(lite->connection(), applied)->toInt(), 1);
        QCOMPARE(db::scalar(pg->connection(), applied)->toInt(), 1);
        // the trigram index of 0007_product_search.pg.sql exists on PostgreSQL only
        QCOMPARE(db::scalar(pg->connection(),
                     u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = "
                     "'product_search_trgm_idx'"_s)
                     ->toInt(),
            1);
        QCOMPARE(db::scalar(lite->connection(),
                     u"SELECT COUNT(*) FROM sqlite_master WHERE name = "
                     "'product_search_trgm_idx'"_s)
                     ->toInt(),
            0);
        // 0011_variant_fillfactor.pg.sql: room for HOT updates of variant rows, on PostgreSQL only
        QCOMPARE(db::scalar(pg->connection(),
                     u"SELECT COUNT(*) FROM pg_class WHERE relname IN ('product_stock', 'product_stock_gnb') "
                     "AND 'fillfactor=90' = ANY (reloptions)"_s)
                     ->toInt(),
            2);
        QCOMPARE(
            db::scalar(lite->connection(), u"SELECT COUNT(*) FROM schema_migrations WHERE version = 11"_s)->toInt(), 1);
    }

    void refusesNewerDatabase_data() { test::addDialectRows(); }
    void refusesNewerDatabase()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        auto conn = t->connection();
        MD_VERIFY_OK(
            db::exec(conn, u"INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, 'future', 'x')"_s));
        auto result = db::Migrator(t->database()).migrate();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::SchemaTooNew);
        QVERIFY(result.error().message.contains(u"9999"_s));
        QVERIFY(result.error().message.contains(u"newer MarketDesk"_s));
    }

    void constraintsHold_data() { test::addDialectRows(); }
    void constraintsHold()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect);
        auto conn = t->connection();
        const QString insert = u"INSERT INTO product (platform, seller_id, product_id) VALUES ('gnb', 'gnb', 'M1')"_s;
        MD_VERIFY_OK(db::exec(conn, insert));
        QVERIFY2(!db::exec(conn, insert).ok(), "unique (platform, seller_id, product_id)");
        QVERIFY2(!db::exec(conn, u"INSERT INTO product_stock (product_id, variant_key) VALUES (424242, 'X')"_s).ok(),
            "foreign key product_stock.product_id");
        QVERIFY2(!db::exec(conn, u"INSERT INTO app_user (login, role) VALUES ('kim', 'owner')"_s).ok(), "role check");
    }

    // 0009: product_stock_gnb is keyed by product_stock_id; an upgraded database keeps its G&B rows and its view.
    void gnbVariantsKeyedByStockIdAfterUpgrade_data() { test::addDialectRows(); }
    void gnbVariantsKeyedByStockIdAfterUpgrade()
    {
        QFETCH(QByteArray, dialect);
        auto t = test::TestDatabase::create(dialect, 8);
        auto conn = t->connection();
        MD_VERIFY_OK(db::exec(
            conn, u"INSERT INTO product (id, platform, seller_id, product_id) VALUES (1, 'gnb', 'gnb', 'M1')"_s));
        MD_VERIFY_OK(db::exec(conn,
            u"INSERT INTO product_stock (id, product_id, variant_key, quantity) VALUES (10, 1, 'M1-NERO-40', 3), "
            "(11, 1, 'M1-NERO-41', 2)"_s));
        MD_VERIFY_OK(db::exec(conn,
            u"INSERT INTO product_stock_gnb (id, product_stock_id, variant_code, description, net_price) VALUES "
            "(500, 10, 'M1-NERO-40', 'Borsa; pelle', 12.50), (501, 11, 'M1-NERO-41', NULL, NULL)"_s));

        auto applied = db::Migrator(t->database()).migrate();
        MD_VERIFY_OK(applied);
        QVERIFY(*applied >= 1);
        QVERIFY(!conn.record(u"product_stock_gnb"_s).contains(u"id"_s));
        QCOMPARE(
            db::scalar(conn, u"SELECT description FROM product_stock_gnb WHERE product_stock_id = 10"_s)->toString(),
            u"Borsa; pelle"_s);
        QCOMPARE(db::scalar(conn, u"SELECT net_price FROM product_stock_gnb WHERE variant_code = 'M1-NERO-40'"_s)
                     ->toDouble(),
            12.5);
        QCOMPARE(db::scalar(conn, u"SELECT SUM(sellable) FROM sellable_stock WHERE product_id = 1"_s)->toInt(), 5);
        QVERIFY2(
            !db::exec(conn, u"INSERT INTO product_stock_gnb (product_stock_id, variant_code) VALUES (10, 'X')"_s).ok(),
            "one G&B row per variant");
        QVERIFY2(!db::exec(conn, u"INSERT INTO product_stock_gnb (product_stock_id, variant_code) VALUES (4242, 'Y')"_s)
                      .ok(),
            "foreign key product_stock_gnb.product_stock_id");
        QVERIFY2(!db::exec(conn, u"INSERT INTO product_stock_gnb (product_stock_id, variant_code) VALUES (NULL, 'Z')"_s)
                      .ok(),
            "the key is not null");
        MD_VERIFY_OK(db::exec(conn, u"DELETE FROM product_stock WHERE id = 11"_s));
        QCOMPARE(db::scalar(conn, u"SELECT COUNT(*) FROM product_stock_gnb"_s)->toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
