// Pure parts of the products model: the SQL builder (values only ever bound) and how RowCache reaches a page.
#include "models/productquery.h"
#include "models/rowcache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using md::db::Dialect;
using md::models::Bookmark;
using md::models::PagePlan;
using md::models::ProductColumn;
using md::models::ProductFilter;
using md::models::ProductQuery;
using md::models::ProductRow;
using md::models::RowCache;
namespace productsql = md::models::productsql;

namespace {
QList<ProductRow> rows(int first, int count)
{
    QList<ProductRow> list;
    for (int i = first; i < first + count; ++i) {
        ProductRow row;
        row.id = i + 1;
        row.sortKey = u"key%1"_s.arg(i);
        list << row;
    }
    return list;
}
} // namespace

class TestProductSql : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void userTextIsNeverInTheSql_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::newRow("sqlite") << int(Dialect::Sqlite);
        QTest::newRow("postgres") << int(Dialect::Postgres);
    }
    void userTextIsNeverInTheSql()
    {
        QFETCH(int, dialect);
        const QString nasty = u"x'); DROP TABLE product; --"_s;
        ProductQuery query;
        query.filter = ProductFilter { nasty, nasty, nasty, nasty, ProductFilter::Visibility::Unmapped };
        query.sortColumn = int(ProductColumn::Brand);
        const PagePlan plan { PagePlan::Mode::After, { nasty, 7 }, 3, 128, false };
        for (const auto& statement :
            { productsql::page(Dialect(dialect), query, plan), productsql::count(Dialect(dialect), query.filter),
                productsql::bookmarks(Dialect(dialect), query, 1024) }) {
            QVERIFY2(!statement.sql.contains(u"DROP"_s), qPrintable(statement.sql));
            QCOMPARE(statement.sql.count(u'?'), statement.binds.size());
        }
        const auto page = productsql::page(Dialect(dialect), query, plan);
        QVERIFY(page.binds.contains(u"%x'); drop table product; --%"_s)); // lower-cased LIKE pattern
        QVERIFY(page.binds.contains(nasty));
        QVERIFY(page.sql.startsWith(u"WITH m AS MATERIALIZED"_s)); // a text filter collects its matches first
    }

    void likeWildcardsAreLiteral() { QCOMPARE(productsql::likePattern(u"100%_a\\b"_s), u"%100\\%\\_a\\\\b%"_s); }

    void sortExpressionsMatchTheIndexes()
    {
        // resources/sql/0003_products_page.sql indexes exactly these expressions
        QCOMPARE(productsql::sortExpression(int(ProductColumn::Brand)), u"COALESCE(p.brand, '')"_s);
        QCOMPARE(productsql::sortExpression(int(ProductColumn::Price)), u"COALESCE(p.price, -1)"_s);
        QCOMPARE(productsql::sortExpression(-1), u"p.id"_s);
        const auto page
            = productsql::page(Dialect::Postgres, ProductQuery { {}, int(ProductColumn::Price), Qt::DescendingOrder },
                PagePlan { PagePlan::Mode::After, { u"10"_s, 3 }, 0, 128, false });
        QVERIFY2(page.sql.contains(u"(COALESCE(p.price, -1), p.id) < (?, ?)"_s), qPrintable(page.sql));
        QVERIFY(page.sql.contains(u"ORDER BY COALESCE(p.price, -1) DESC, p.id DESC"_s));
    }

    // Sellable stock is read per row of the page from the view (its subqueries use the row's variants only) and
    // cannot order the table: its sort expression falls back to insertion order.
    void sellableStockIsPerRowAndNotSortable()
    {
        const int sellable = int(ProductColumn::Sellable);
        QVERIFY(!md::models::isSortableProductColumn(sellable));
        QVERIFY(md::models::isSortableProductColumn(int(ProductColumn::Stock)));
        QCOMPARE(productsql::sortExpression(sellable), u"p.id"_s);
        const auto page = productsql::page(
            Dialect::Postgres, ProductQuery {}, PagePlan { PagePlan::Mode::Offset, {}, 0, 128, false });
        QVERIFY2(page.sql.contains(
                     u"(SELECT COALESCE(sum(ss.sellable), 0) FROM sellable_stock ss WHERE ss.product_id = t.id)"_s),
            qPrintable(page.sql));
    }

    void lastPageIsReadBackwardsFromTheEnd()
    {
        RowCache cache(100, 10);
        const auto plan = cache.plan(9999, 1000000); // rows 999900 … 999999
        QCOMPARE(plan.mode, PagePlan::Mode::FromEnd);
        QCOMPARE(plan.offset, qint64(0));
        QCOMPARE(plan.limit, 100);
        const auto shortLast = cache.plan(10, 1050); // rows 1000 … 1049
        QCOMPARE(shortLast.mode, PagePlan::Mode::FromEnd);
        QCOMPARE(shortLast.limit, 50);
    }

    void neighboursAndBookmarksBeatOffsets()
    {
        RowCache cache(100, 10);
        cache.insert(5, rows(500, 100));
        auto after = cache.plan(6, 100000);
        QCOMPARE(after.mode, PagePlan::Mode::After);
        QCOMPARE(after.anchor.id, qint64(600));
        auto before = cache.plan(4, 100000);
        QCOMPARE(before.mode, PagePlan::Mode::Before);
        QCOMPARE(before.anchor.id, qint64(501));

        QCOMPARE(cache.plan(300, 100000).mode, PagePlan::Mode::Offset); // nothing known nearby, nearer the start
        QCOMPARE(cache.plan(300, 100000).offset, qint64(30000));
        cache.setBookmarks({ Bookmark { 0, { u"a"_s, 1 } }, Bookmark { 29952, { u"m"_s, 77 } } });
        const auto marked = cache.plan(300, 100000);
        QCOMPARE(marked.mode, PagePlan::Mode::After);
        QVERIFY(marked.inclusive);
        QCOMPARE(marked.anchor.id, qint64(77));
        QCOMPARE(marked.offset, qint64(48));
    }

    void cacheIsBoundedLeastRecentlyUsedFirst()
    {
        RowCache cache(10, 3);
        for (int page = 0; page < 3; ++page)
            cache.insert(page, rows(page * 10, 10));
        QVERIFY(cache.row(5)); // page 0 used again
        cache.insert(3, rows(30, 10)); // evicts page 1, the least recently used
        QCOMPARE(cache.pageCount(), 3);
        QVERIFY(cache.hasPage(0));
        QVERIFY(!cache.hasPage(1));
        QVERIFY(!cache.peek(15));
        QCOMPARE(cache.peek(35)->id, qint64(36));
    }
};

QTEST_GUILESS_MAIN(TestProductSql)
#include "tst_productsql.moc"
