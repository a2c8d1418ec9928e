#include "models/variantsmodel.h"
#include "productfixture.h"
#include "services/db/sql.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using md::models::VariantsModel;

class TestVariantsModel : public QObject {
    Q_OBJECT

    static qint64 idOf(const QSqlDatabase& db, const QString& code)
    {
        auto id = md::db::scalar(db, u"SELECT id FROM product WHERE product_id = ?"_s, { code });
        return id ? id->toLongLong() : -1;
    }

private Q_SLOTS:
    void loadsVariantsAndImages_data() { md::test::addDialectRows(); }
    void loadsVariantsAndImages()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        QVERIFY(md::test::ProductFixture::insertProducts(t->connection(), 60));
        VariantsModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &VariantsModel::loaded);

        const qint64 withVariants = idOf(t->connection(), u"MD000025"_s);
        const qint64 without = idOf(t->connection(), u"MD000026"_s);
        // a quick switch: only the last product's answer may land
        model.setProductId(without);
        model.setProductId(withVariants);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().first().toLongLong(), withVariants);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, VariantsModel::VariantCode).data().toString(), u"V000025-1"_s);
        QCOMPARE(model.index(2, VariantsModel::Size).data().toString(), u"41"_s);
        QCOMPARE(model.index(1, VariantsModel::Stock).data().toString(), QLocale().toString(4));
        QCOMPARE(model.imageUrls().size(), 2);
        QCOMPARE(model.imageUrls().at(1).scheme(), u"http"_s);
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);

        model.setProductId(without);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.imageUrls().isEmpty());
        model.setProductId(0);
        QCOMPARE(model.rowCount(), 0);
    }

    // Per variant: the stock, what open lines at G&B hold of it that the feed does not show yet, and the rest.
    void variantsShowReservedAndSellableStock_data() { md::test::addDialectRows(); }
    void variantsShowReservedAndSellableStock()
    {
        QFETCH(QByteArray, dialect);
        using md::test::ProductFixture;
        auto t = md::test::TestDatabase::create(dialect);
        const auto db = t->connection();
        QVERIFY(ProductFixture::insertProducts(db, 30)); // MD000025: V000025-1..3 with 2, 4 and 6 in stock
        const QDateTime feedChanged(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        for (const auto* code : { "V000025-1", "V000025-2", "V000025-3" })
            QVERIFY(ProductFixture::setFeedRow(db, QString::fromLatin1(code), feedChanged));
        QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-1"_s, u"overseas_order_checking"_s, 1, false)); // by code
        QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-1"_s, u"overseas_order_checking"_s, 3)); // 4 > 2
        QVERIFY(ProductFixture::insertOrderLine(
            db, u"V000025-2"_s, u"overseas_order_placed"_s, 1, true, feedChanged.addSecs(3600)));
        QVERIFY(ProductFixture::insertOrderLine(
            db, u"V000025-3"_s, u"overseas_order_placed"_s, 2, true, feedChanged.addSecs(-3600))); // reflected
        for (const auto* status : { "paid", "shipped", "cancelled" })
            QVERIFY(ProductFixture::insertOrderLine(db, u"V000025-3"_s, QString::fromLatin1(status), 1));

        VariantsModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &VariantsModel::loaded);
        const qint64 product = idOf(db, u"MD000025"_s);
        model.setProductId(product);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(VariantsModel::Reserved, Qt::Horizontal).toString(), u"Reserved"_s);
        QCOMPARE(model.headerData(VariantsModel::Sellable, Qt::Horizontal).toString(), u"Sellable"_s);
        const struct {
            QString code;
            int stock;
            qint64 reserved;
            qint64 sellable;
        } expected[] = { { u"V000025-1"_s, 2, 4, 0 }, { u"V000025-2"_s, 4, 1, 3 }, { u"V000025-3"_s, 6, 0, 6 } };
        for (int row = 0; row < 3; ++row) {
            const auto& e = expected[row];
            QCOMPARE(model.index(row, VariantsModel::VariantCode).data().toString(), e.code);
            QCOMPARE(model.variants().at(row).quantity, e.stock);
            QCOMPARE(model.variants().at(row).reserved, e.reserved);
            QCOMPARE(model.variants().at(row).sellable, e.sellable);
            QCOMPARE(model.index(row, VariantsModel::Reserved).data().toString(), QLocale().toString(e.reserved));
            QCOMPARE(model.index(row, VariantsModel::Sellable).data().toString(), QLocale().toString(e.sellable));
            QCOMPARE(model.index(row, VariantsModel::Sellable).data(Qt::BackgroundRole).isValid(), e.reserved > 0);
        }
        QCOMPARE(
            model.index(0, VariantsModel::Sellable).data(Qt::ToolTipRole).toString(), u"4 reserved by open orders"_s);

        // The feed catches up: G&B changed V000025-2 after our order went out, with our 1 taken off.
        QVERIFY(ProductFixture::setFeedRow(db, u"V000025-2"_s, feedChanged.addSecs(7200), 3));
        model.setProductId(0);
        model.setProductId(product);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.variants().at(1).quantity, 3);
        QCOMPARE(model.variants().at(1).reserved, qint64(0));
        QCOMPARE(model.variants().at(1).sellable, qint64(3));
        QVERIFY(!model.index(1, VariantsModel::Sellable).data(Qt::BackgroundRole).isValid());
    }

    void parsesImageFields()
    {
        QCOMPARE(VariantsModel::parseImageUrls(u"[\"https://a/1.jpg\", \"http://b/2.jpg\"]"_s).size(), 2);
        QCOMPARE(VariantsModel::parseImageUrls(u"https://a/1.jpg|https://a/2.jpg; https://a/1.jpg"_s).size(), 2);
        QCOMPARE(VariantsModel::parseImageUrls(u"ftp://x/1.jpg not-a-url"_s).size(), 0);
        QVERIFY(VariantsModel::parseImageUrls(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVariantsModel)
#include "tst_variantsmodel.moc"
