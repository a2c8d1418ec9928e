// Marketplace listings into product / product_stock: idempotent (a second run writes nothing), never touching
// merchandiser columns; on SQLite and PostgreSQL, and end to end from the Naver and Cafe24 fakes.
#include "services/db/sql.h"
#include "services/marketplaces/cafe24/cafe24listings.h"
#include "services/marketplaces/naver/listingwriter.h"
#include "services/marketplaces/naver/naverclient.h"
#include "services/marketplaces/naver/naverlistings.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/naver/fakenaverserver.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::marketplaces;

namespace {

Listing listing(int n, const QString& price)
{
    Listing l;
    l.productId = QString::number(1000 + n);
    l.sku = u"SKU-%1"_s.arg(n);
    l.name = u"Listing %1"_s.arg(n);
    l.status = u"SALE"_s;
    l.price = price;
    l.data = QJsonDocument(QJsonObject { { u"n"_s, n }, { u"price"_s, price } }).toJson(QJsonDocument::Compact);
    for (const QString& colour : { u"Black"_s, u"Red"_s })
        l.variants.append({ l.productId + colour, u"Color="_s + colour, colour, u"M"_s, n, price });
    return l;
}

} // namespace

class TestListingWriter : public QObject {
    Q_OBJECT
private:
    QString rowState(test::TestDatabase& db)
    {
        auto q = db::exec(db.connection(),
            u"SELECT p.product_id, p.version, p.updated_at, s.variant_key, s.version, s.updated_at FROM product p "
            "LEFT JOIN product_stock s ON s.product_id = p.id ORDER BY p.product_id, s.variant_key"_s);
        if (!q)
            return q.error().toString();
        QString out;
        while (q->next())
            for (int i = 0; i < 6; ++i)
                out += q->value(i).toString() + u'|';
        return out;
    }

private slots:
    void idempotentAndRespectsMerchandisers_data() { test::addDialectRows(); }
    void idempotentAndRespectsMerchandisers()
    {
        QFETCH(QByteArray, dialect);
        auto db = test::TestDatabase::create(dialect);
        if (!db)
            QSKIP("no database of this dialect");
        ListingWriter writer(db->database());
        const QList<Listing> first { listing(1, u"12000.00"_s), listing(2, u"13000.50"_s), listing(3, u"9900"_s) };
        auto counts = writer.write(u"naver"_s, u"seller-1"_s, first);
        MD_VERIFY_OK(counts);
        QCOMPARE(counts->inserted, 3);
        QCOMPARE(counts->variantsInserted, 6);

        // What merchandisers mapped by hand.
        MD_VERIFY_OK(db::exec(db->connection(),
            u"UPDATE product SET category = 'Bags', company = 'ACME', product_name = 'Managed name', tags = 'a,b', "
            "sale_name = 'Sale name' WHERE product_id = '1001'"_s));
        const QString before = rowState(*db);
        QString xminBefore;
        if (db->database().isPostgres())
            xminBefore = db::scalar(db->connection(), u"SELECT string_agg(xmin::text, ',' ORDER BY id) FROM product"_s)
                             ->toString()
                + db::scalar(db->connection(), u"SELECT string_agg(xmin::text, ',' ORDER BY id) FROM product_stock"_s)
                      ->toString();

        counts = writer.write(u"naver"_s, u"seller-1"_s, first);
        MD_VERIFY_OK(counts);
        QCOMPARE(counts->inserted, 0);
        QCOMPARE(counts->updated, 0);
        QCOMPARE(counts->unchanged, 3);
        QCOMPARE(counts->variantsInserted + counts->variantsUpdated, 0);
        QCOMPARE(rowState(*db), before);
        if (db->database().isPostgres()) // not even a row version was written
            QCOMPARE(db::scalar(db->connection(), u"SELECT string_agg(xmin::text, ',' ORDER BY id) FROM product"_s)
                         ->toString()
                    + db::scalar(
                        db->connection(), u"SELECT string_agg(xmin::text, ',' ORDER BY id) FROM product_stock"_s)
                          ->toString(),
                xminBefore);

        QList<Listing> changed = first;
        changed[0] = listing(1, u"15000.00"_s);
        changed[0].name = u"Renamed on Naver"_s;
        counts = writer.write(u"naver"_s, u"seller-1"_s, changed);
        MD_VERIFY_OK(counts);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(counts->unchanged, 2);
        QCOMPARE(counts->variantsUpdated, 2);
        auto row = db::exec(db->connection(),
            u"SELECT category, company, product_name, tags, sale_name, listing_name, price, sku FROM product "
            "WHERE platform = 'naver' AND seller_id = 'seller-1' AND product_id = '1001'"_s);
        MD_VERIFY_OK(row);
        QVERIFY(row->next());
        QCOMPARE(row->value(0).toString(), u"Bags"_s);
        QCOMPARE(row->value(1).toString(), u"ACME"_s);
        QCOMPARE(row->value(2).toString(), u"Managed name"_s);
        QCOMPARE(row->value(3).toString(), u"a,b"_s);
        QCOMPARE(row->value(4).toString(), u"Sale name"_s);
        QCOMPARE(row->value(5).toString(), u"Renamed on Naver"_s);
        QCOMPARE(row->value(6).toDouble(), 15000.0);

        // Another seller's listing with the same number is another row.
        counts = writer.write(u"naver"_s, u"seller-2"_s, { listing(1, u"1.00"_s) });
        MD_VERIFY_OK(counts);
        QCOMPARE(counts->inserted, 1);
    }

    void naverProductsEndToEnd()
    {
        auto db = test::TestDatabase::sqlite();
        fakes::FakeNaverServer fake;
        QVERIFY(fake.start());
        fake.addClient("nvClient", "$2a$04$abcdefghijklmnopqrstuv");
        fake.setProductCount(1234);
        naver::NaverConfig config;
        config.account = u"nv"_s;
        config.baseUrl = fake.baseUrl();
        config.clientId = "nvClient";
        config.clientSecret = "$2a$04$abcdefghijklmnopqrstuv";
        naver::NaverClient client(config);
        ListingWriter writer(db->database());
        auto sync = [&]() {
            ListingCounts total;
            std::optional<Status> done;
            std::optional<Error> writeError;
            client.fetchProducts(
                [&](const QJsonArray& page) {
                    auto counts = writer.write(u"naver"_s, u"nv-seller"_s, naver::listingsFromSearch(page));
                    if (counts)
                        total += *counts;
                    else
                        writeError = counts.error();
                },
                [&](Status status) { done = status; });
            (void)QTest::qWaitFor([&] { return done.has_value(); }, 60'000);
            return std::make_tuple(done, writeError, total);
        };
        auto [done, writeError, total] = sync();
        QVERIFY(done && done->ok() && !writeError);
        QCOMPARE(total.inserted, 1234);
        QCOMPARE(total.variantsInserted, 1234);
        auto [done2, writeError2, again] = sync();
        QVERIFY(done2 && done2->ok() && !writeError2);
        QCOMPARE(again.inserted + again.updated + again.variantsInserted + again.variantsUpdated, 0);
        fake.setProductRevision(1);
        auto [done3, writeError3, revised] = sync();
        QVERIFY(done3 && done3->ok() && !writeError3);
        QCOMPARE(revised.updated, 1234);
    }

    void cafe24Variants()
    {
        auto db = test::TestDatabase::sqlite();
        const QJsonArray products = QJsonDocument::fromJson(R"([{"product_no":7,"product_code":"P0000007",
            "custom_product_code":"","product_name":"Bag","price":"20000.00","selling":"T",
            "variants":[{"variant_code":"P0000007000A","options":[{"name":"Color","value":"Black"},
            {"name":"Size","value":"M"}],"quantity":3,"additional_amount":"1000.00"}]}])")
                                        .array();
        const auto listings = cafe24::listingsFromProducts(products);
        QCOMPARE(listings.size(), 1);
        QCOMPARE(listings.first().sku, u"P0000007"_s);
        QCOMPARE(listings.first().variants.first().colour, u"Black"_s);
        QCOMPARE(listings.first().variants.first().size, u"M"_s);
        QCOMPARE(listings.first().variants.first().price, u"21000.00"_s);
        ListingWriter writer(db->database());
        auto counts = writer.write(u"cafe24"_s, u"mall"_s, listings);
        MD_VERIFY_OK(counts);
        QCOMPARE(counts->variantsInserted, 1);
    }
};

QTEST_GUILESS_MAIN(TestListingWriter)
#include "tst_listingwriter.moc"
