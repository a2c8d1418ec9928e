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
