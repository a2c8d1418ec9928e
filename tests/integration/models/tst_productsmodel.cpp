#include "models/productsmodel.h"
#include "productfixture.h"
#include "services/db/sql.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using md::models::ProductColumn;
using md::models::ProductFilter;
using md::models::ProductsModel;

namespace {
constexpr int kProducts = 2600; // enough for bookmarks (> 2 × 1024 rows) and several pages

// The product codes in the order the database gives for `orderBy`, as the reference for the model.
QStringList referenceCodes(
    const QSqlDatabase& db, const QString& orderBy, const QString& where = {}, const QVariantList& binds = {})
{
    auto q = md::db::exec(db,
        u"SELECT p.product_id FROM product p"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where) + u" ORDER BY "_s
            + orderBy,
        binds);
    QStringList codes;
    if (!q)
        return codes;
    while (q->next())
        codes << q->value(0).toString();
    return codes;
}

// Asks the model for a row and waits until its page is there.
QString codeAt(ProductsModel& model, int row)
{
    const QModelIndex index = model.index(row, int(ProductColumn::Code));
    if (!index.isValid())
        return u"<no row %1>"_s.arg(row);
    if (!QTest::qWaitFor([&] { return model.data(index, ProductsModel::LoadedRole).toBool(); }, 10000))
        return u"<row %1 not loaded>"_s.arg(row);
    return model.data(index).toString();
}

bool waitForCount(ProductsModel& model, qint64 expected = -1)
{
    return QTest::qWaitFor(
        [&] {
            return model.totalCount() >= 0 && (expected < 0 || model.totalCount() == expected) && !model.isLoading();
        },
        20000);
}
} // namespace

class TestProductsModel : public QObject {
    Q_OBJECT

    std::unique_ptr<md::test::TestDatabase> m_db;
    std::unique_ptr<ProductsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void open(const QByteArray& dialect, int products)
    {
        m_db = md::test::TestDatabase::create(dialect);
        QVERIFY(md::test::ProductFixture::insertProducts(m_db->connection(), products));
        m_model = std::make_unique<ProductsModel>(m_db->database());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_db.reset();
    }

    void pagesFollowTheDatabaseOrder_data()
    {
        QTest::addColumn<QByteArray>("dialect");
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("reference");
        const struct {
            int column;
            Qt::SortOrder order;
            QString reference;
        } orders[] = {
            { -1, Qt::AscendingOrder, u"p.id"_s },
            { int(ProductColumn::Brand), Qt::AscendingOrder, u"COALESCE(p.brand, ''), p.id"_s },
            { int(ProductColumn::Price), Qt::DescendingOrder, u"COALESCE(p.price, -1) DESC, p.id DESC"_s },
            { int(ProductColumn::Updated), Qt::DescendingOrder, u"p.updated_at DESC, p.id DESC"_s },
            { int(ProductColumn::Visible), Qt::AscendingOrder, u"p.feed_visible, p.id"_s },
            { int(ProductColumn::Variants), Qt::DescendingOrder,
                u"(SELECT count(*) FROM product_stock s WHERE s.product_id = p.id) DESC, p.id DESC"_s },
        };
        for (const char* dialect : { "sqlite", "postgres" }) {
            for (const auto& o : orders)
                QTest::addRow("%s-col%d-%s", dialect, o.column, o.order == Qt::AscendingOrder ? "asc" : "desc")
                    << QByteArray(dialect) << o.column << o.order << o.reference;
        }
    }
    void pagesFollowTheDatabaseOrder()
    {
        QFETCH(QByteArray, dialect);
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, reference);
        open(dialect, kProducts);
        m_model->sort(column, order);
        QVERIFY(waitForCount(*m_model, kProducts));
        QCOMPARE(m_model->rowCount(), kProducts);
        const QStringList expected = referenceCodes(m_db->connection(), reference);
        QCOMPARE(expected.size(), kProducts);
        // the last row first (read backwards from the end), then the start, the next page (keyset after),
        // the page before a loaded one (keyset before) and, once bookmarks exist, the middle.
        for (int row : { kProducts - 1, 0, 127, 128, 255, kProducts - 129, kProducts - 130 })
            QCOMPARE(codeAt(*m_model, row), expected.at(row));
        QVERIFY(QTest::qWaitFor([&] { return m_model->bookmarkCount() > 0; }, 20000));
        for (int row : { 1500, 1300, 1024, 2047, 2048 })
            QCOMPARE(codeAt(*m_model, row), expected.at(row));
    }

    void filtersAreBoundParameters_data() { md::test::addDialectRows(); }
    void filtersAreBoundParameters()
    {
        QFETCH(QByteArray, dialect);
        open(dialect, 600);
        const auto db = m_db->connection();
        const struct {
            ProductFilter filter;
            QString where;
            QVariantList binds;
        } cases[] = {
            { { u"MD00012"_s, {}, {}, {}, {} }, u"p.product_id LIKE 'MD00012%'"_s, {} },
            { { u"gucci 상품 1"_s, {}, {}, {}, {} }, u"p.sale_name LIKE 'Gucci 상품 1%'"_s, {} },
            { { {}, u"Prada"_s, {}, {}, {} }, u"p.brand = ?"_s, { u"Prada"_s } },
            { { {}, {}, u"의류/코트"_s, {}, {} }, u"p.category = ?"_s, { u"의류/코트"_s } },
            { { {}, {}, {}, u"cafe24"_s, {} }, u"p.platform = 'cafe24'"_s, {} },
            { { {}, {}, {}, {}, ProductFilter::Visibility::Visible }, u"p.feed_visible = TRUE"_s, {} },
            { { {}, {}, {}, {}, ProductFilter::Visibility::Hidden }, u"p.feed_visible = FALSE"_s, {} },
            { { {}, {}, {}, {}, ProductFilter::Visibility::Unmapped }, u"p.hidden_reason = 'unmapped'"_s, {} },
            { { u"V000025-2"_s, {}, {}, {}, {} }, u"p.product_id = 'MD000025'"_s, {} },
            { { {}, u"Gucci"_s, {}, {}, ProductFilter::Visibility::Visible },
                u"p.brand = 'Gucci' AND p.feed_visible = TRUE"_s, {} },
        };
        for (const auto& c : cases) {
            const QStringList expected = referenceCodes(db, u"p.id"_s, c.where, c.binds);
            QVERIFY2(!expected.isEmpty(), qPrintable(c.where));
            m_model->setFilter(c.filter);
            QVERIFY(waitForCount(*m_model, expected.size()));
            QCOMPARE(m_model->rowCount(), int(expected.size()));
            QCOMPARE(codeAt(*m_model, 0), expected.first());
            QCOMPARE(codeAt(*m_model, int(expected.size()) - 1), expected.last());
        }
    }

    void filterFullOfQuotesAndSql_data() { md::test::addDialectRows(); }
    void filterFullOfQuotesAndSql()
    {
        QFETCH(QByteArray, dialect);
        open(dialect, 50);
        const QString nasty = u"O'Brien \"Quote\" 100% _x_ \\ '; DROP TABLE product; --"_s;
        QVERIFY(md::test::ProductFixture::insertNastyProduct(m_db->connection(), nasty));
        for (const auto& text :
            { nasty, u"'; DROP TABLE product; --"_s, u"%"_s, u"_"_s, u"\\"_s, u"\"Quote\""_s, u"100% _x_"_s }) {
            m_model->setFilter({ text, {}, {}, {}, {} });
            QVERIFY(waitForCount(*m_model));
            QCOMPARE(m_model->totalCount(), qint64(1));
            QCOMPARE(codeAt(*m_model, 0), u"NASTY-1"_s);
        }
        m_model->setFilter({ u"' OR '1'='1"_s, {}, {}, {}, {} });
        QVERIFY(waitForCount(*m_model));
        QCOMPARE(m_model->totalCount(), qint64(0));
        auto count = md::db::scalar(m_db->connection(), u"SELECT count(*) FROM product"_s);
        MD_VERIFY_OK(count);
        QCOMPARE(count->toInt(), 51);
    }

    void staleFetchesAreDropped_data() { md::test::addDialectRows(); }
    void staleFetchesAreDropped()
    {
        QFETCH(QByteArray, dialect);
        open(dialect, 400);
        QVERIFY(waitForCount(*m_model, 400));
        m_model->setFetchDelayForTesting(150);
        // Every row the view is told about must match the filter in force at that moment.
        QString wanted;
        int wrong = 0;
        auto check = [&](int first, int last) {
            for (int row = first; row <= last; ++row) {
                if (auto r = m_model->cachedRow(row); r && r->brand != wanted)
                    ++wrong;
            }
        };
        connect(m_model.get(), &ProductsModel::dataChanged, this,
            [&](const QModelIndex& tl, const QModelIndex& br) { check(tl.row(), br.row()); });
        connect(m_model.get(), &ProductsModel::rowsInserted, this,
            [&](const QModelIndex&, int first, int last) { check(first, last); });
        const int droppedBefore = m_model->droppedResults();
        wanted = u"Gucci"_s;
        m_model->setFilter({ {}, wanted, {}, {}, {} });
        QTest::qWait(40); // the Gucci page and count queries are now running on the workers
        wanted = u"Prada"_s;
        m_model->setFilter({ {}, wanted, {}, {}, {} });
        QVERIFY(waitForCount(*m_model));
        QCOMPARE(codeAt(*m_model, 0), u"MD000001"_s);
        QTest::qWait(400); // let anything late arrive
        QCOMPARE(wrong, 0);
        QVERIFY2(
            m_model->droppedResults() >= droppedBefore + 2, qPrintable(QString::number(m_model->droppedResults())));
        QCOMPARE(m_model->cachedRow(0)->brand, u"Prada"_s);
    }

    void rowCacheIsBounded_data() { md::test::addDialectRows(); }
    void rowCacheIsBounded()
    {
        QFETCH(QByteArray, dialect);
        open(dialect, 1400);
        m_model->setMaxCachedPages(3);
        QVERIFY(waitForCount(*m_model, 1400));
        const QStringList expected = referenceCodes(m_db->connection(), u"p.id"_s);
        for (int row = 0; row < 1400; row += ProductsModel::kPageSize) {
            QCOMPARE(codeAt(*m_model, row), expected.at(row));
            QVERIFY(m_model->cachedPageCount() <= 3);
        }
        // the model tester keeps reading row 0, so page 0 stays warm; page 1 was evicted and comes back on demand
        QVERIFY(!m_model->cachedRow(ProductsModel::kPageSize + 5));
        QCOMPARE(codeAt(*m_model, ProductsModel::kPageSize + 5), expected.at(ProductsModel::kPageSize + 5));
        QVERIFY(m_model->cachedPageCount() <= 3);
    }

    // Sellable = stock − open lines at G&B ("overseas order checking" / "placed") that the feed does not show yet;
    // read for the page's rows with the page. Lines in other states take nothing; a placed line stops counting once
    // G&B changed the variant's row after the order was sent.
    void sellableStockFollowsOpenOrders_data() { md::test::addDialectRows(); }
    void sellableStockFollowsOpenOrders()
    {
        QFETCH(QByteArray, dialect);
        open(dialect, 60); // MD000000, MD000025 and MD000050 have three variants: 2, 4 and 6 in stock
        using md::test::ProductFixture;
        const auto db = m_db->connection();
        const QDateTime feedChanged(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        for (const auto* code : { "V000000-1", "V000025-1", "V000025-2", "V000025-3" })
            QVERIFY(ProductFixture::setFeedRow(db, QString::fromLatin1(code), feedChanged));
        QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-1"_s, u"overseas_order_checking"_s, 1));
        // sent after the feed's last change: the feed cannot show it yet
        QVERIFY(ProductFixture::insertOrderLine(
            db, u"V000025-2"_s, u"overseas_order_placed"_s, 2, true, feedChanged.addSecs(3600)));
        // sent before: the feed's quantity already has it taken off
        QVERIFY(ProductFixture::insertOrderLine(
            db, u"V000025-3"_s, u"overseas_order_placed"_s, 3, true, feedChanged.addSecs(-3600)));
        QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-3"_s, u"overseas_order_checking"_s, 1, false)); // by code
        for (const auto* status : { "new", "paid", "shipped", "delivered", "cancelled", "sold_out_cancelled" })
            QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-3"_s, QString::fromLatin1(status), 5));
        QVERIFY(ProductFixture::insertOrderLine(db, u"V000000-1"_s, u"overseas_order_checking"_s, 5)); // > stock
        m_model->refresh();
        QVERIFY(waitForCount(*m_model, 60));

        const int sellable = int(ProductColumn::Sellable);
        const int stock = int(ProductColumn::Stock);
        auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            (void)codeAt(*m_model, row); // waits for the page
            return m_model->index(row, column).data(role);
        };
        QCOMPARE(codeAt(*m_model, 25), u"MD000025"_s);
        QCOMPARE(cell(25, stock).toString(), QLocale().toString(12));
        QCOMPARE(cell(25, sellable).toString(), QLocale().toString(8)); // 2−1, 4−2, 6−1
        QCOMPARE(m_model->cachedRow(25)->sellable, qint64(8));
        QCOMPARE(cell(25, sellable, Qt::ToolTipRole).toString(), u"4 reserved by open orders"_s);
        QCOMPARE(cell(25, stock, Qt::ToolTipRole).toString(), u"4 reserved by open orders"_s);
        for (int column = 0; column < md::models::kProductColumnCount; ++column)
            QVERIFY(cell(25, column, Qt::BackgroundRole).canConvert<QBrush>()); // the whole row stands out
        QCOMPARE(cell(0, sellable).toString(), QLocale().toString(10)); // never below 0 per variant: 0 + 4 + 6
        QCOMPARE(cell(0, sellable, Qt::ToolTipRole).toString(), u"2 reserved by open orders"_s);
        QCOMPARE(cell(50, sellable).toString(), QLocale().toString(12)); // no orders
        QVERIFY(!cell(50, sellable, Qt::ToolTipRole).isValid());
        QVERIFY(!cell(50, sellable, Qt::BackgroundRole).isValid());
        QCOMPARE(cell(1, sellable).toString(), QLocale().toString(0)); // no variants
        QVERIFY(!cell(1, sellable, Qt::BackgroundRole).isValid());

        // G&B changes the row after our order was sent (its quantity now without our 2), and a line being
        // checked is cancelled: neither holds stock any more.
        QVERIFY(ProductFixture::setFeedRow(db, u"V000025-2"_s, feedChanged.addSecs(7200), 2));
        MD_VERIFY_OK(md::db::exec(db,
            u"UPDATE order_items SET status = 'cancelled' WHERE product_stock_id = (SELECT product_stock_id FROM "
            "product_stock_gnb WHERE variant_code = 'V000025-1')"_s));
        m_model->refresh();
        QVERIFY(waitForCount(*m_model, 60));
        QCOMPARE(cell(25, stock).toString(), QLocale().toString(10));
        QCOMPARE(cell(25, sellable).toString(), QLocale().toString(9)); // 2, 2, 6−1
        QCOMPARE(cell(25, sellable, Qt::ToolTipRole).toString(), u"1 reserved by open orders"_s);

        // The same figures on a page read backwards from the end and in a text-filtered result.
        m_model->setFilter({ u"MD000025"_s, {}, {}, {}, {} });
        QVERIFY(waitForCount(*m_model, 1));
        QCOMPARE(cell(0, sellable).toString(), QLocale().toString(9));
    }

    // Sellable stock is worked out per page, so it cannot order the table: the header says so and sort() keeps
    // the order in force.
    void sellableColumnDoesNotSort()
    {
        open("sqlite", 300);
        QVERIFY(waitForCount(*m_model, 300));
        const int sellable = int(ProductColumn::Sellable);
        QCOMPARE(m_model->headerData(sellable, Qt::Horizontal).toString(), u"Sellable"_s);
        QCOMPARE(m_model->headerData(sellable, Qt::Horizontal, ProductsModel::SortableRole).toBool(), false);
        QCOMPARE(
            m_model->headerData(int(ProductColumn::Stock), Qt::Horizontal, ProductsModel::SortableRole).toBool(), true);
        QVERIFY(m_model->headerData(sellable, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());
        QVERIFY(!m_model->headerData(sellable, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        m_model->sort(int(ProductColumn::Code), Qt::DescendingOrder);
        QVERIFY(waitForCount(*m_model, 300));
        const quint64 generation = m_model->generation();
        m_model->sort(sellable, Qt::AscendingOrder);
        QCOMPARE(m_model->generation(), generation); // nothing reloaded
        QCOMPARE(m_model->query().sortColumn, int(ProductColumn::Code));
        QCOMPARE(codeAt(*m_model, 0), u"MD000299"_s);
    }

    void facetsListDistinctValues()
    {
        open("sqlite", 120);
        QSignalSpy spy(m_model.get(), &ProductsModel::facetsLoaded);
        m_model->requestFacets();
        QVERIFY(spy.wait(10000));
        const auto facets = spy.first().first().value<md::models::ProductFacets>();
        QCOMPARE(facets.brands.size(), md::test::ProductFixture::brands().size());
        QCOMPARE(facets.platforms, (QStringList { u"cafe24"_s, u"gnb"_s }));
        QCOMPARE(facets.categories.size(), md::test::ProductFixture::categories().size());
    }
};

QTEST_GUILESS_MAIN(TestProductsModel)
#include "tst_productsmodel.moc"
