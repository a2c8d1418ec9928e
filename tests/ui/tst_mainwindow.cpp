#include "models/productsmodel.h"
#include "models/variantsmodel.h"
#include "productfixture.h"
#include "services/db/sql.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "ui/dialogs/connectdialog.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/products/productdetailpane.h"
#include "ui/products/productfilterbar.h"
#include "ui/products/productspage.h"
#include "ui/shell/jobindicator.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using md::models::ProductColumn;
using md::models::ProductsModel;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<md::test::TestDatabase> m_db;
    md::secrets::MemorySecretStore m_secrets;

    static bool settled(ProductsModel* model, qint64 count = -1)
    {
        return QTest::qWaitFor(
            [&] { return !model->isLoading() && (count < 0 || model->totalCount() == count); }, 15000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway place
        QCoreApplication::setOrganizationName(u"MarketDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        m_db = md::test::TestDatabase::sqlite();
        QVERIFY(md::test::ProductFixture::insertProducts(m_db->connection(), 400));
        // MD000200 has 2 + 4 + 6 in stock; one of them is being checked at G&B
        QVERIFY(md::test::ProductFixture::insertOrderLine(
            m_db->connection(), u"V000200-1"_s, u"overseas_order_checking"_s, 1));
    }

    void filterSelectAndSeeVariants()
    {
        md::ui::MainWindow window(m_db->database(), &m_secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* page = window.productsPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(page->model(), 400));
        QVERIFY(window.databaseText().contains(u"sqlite://"_s));

        // Ctrl+F goes to the search field; typing is applied once the user pauses.
        page->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page->filterBar()->searchEdit()->hasFocus());
        QSignalSpy filtered(page->filterBar(), &md::ui::ProductFilterBar::filterChanged);
        QTest::keyClicks(page->filterBar()->searchEdit(), u"MD000200"_s);
        QCOMPARE(filtered.size(), 0); // debounced: nothing yet
        QVERIFY(filtered.wait(2000));
        QCOMPARE(filtered.size(), 1);
        QVERIFY(settled(page->model(), 1));

        const QModelIndex first = page->model()->index(0, int(ProductColumn::Code));
        QTRY_COMPARE(first.data().toString(), u"MD000200"_s);
        page->table()->setFocus();
        QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, page->table()->visualRect(first).center());
        auto* variants = page->detailPane()->variantsModel();
        QTRY_COMPARE(variants->rowCount(), 3);
        QCOMPARE(variants->index(0, md::models::VariantsModel::VariantCode).data().toString(), u"V000200-1"_s);
        QCOMPARE(page->detailPane()->variantsView()->model(), variants);
        // two images, one of them plain http:// and flagged
        QTRY_COMPARE(page->detailPane()->imageList()->count(), 2);
        QCOMPARE(page->detailPane()->imageList()->item(1)->text(), u"⚠ http"_s);

        // the sellable stock next to the stock, the row tinted, the reservation in the variants pane
        const QModelIndex sellable = page->model()->index(0, int(ProductColumn::Sellable));
        QVERIFY(!page->table()->isColumnHidden(sellable.column()));
        QVERIFY(page->table()->columnWidth(sellable.column()) > 0);
        QCOMPARE(page->table()->horizontalHeader()->visualIndex(sellable.column()),
            page->table()->horizontalHeader()->visualIndex(int(ProductColumn::Stock)) + 1);
        QCOMPARE(page->model()->headerData(sellable.column(), Qt::Horizontal).toString(), u"Sellable"_s);
        QCOMPARE(sellable.data().toString(), u"11"_s);
        QCOMPARE(sellable.data(Qt::ToolTipRole).toString(), u"1 reserved by open orders"_s);
        QVERIFY(first.data(Qt::BackgroundRole).isValid());
        QCOMPARE(variants->index(0, md::models::VariantsModel::Reserved).data().toString(), u"1"_s);
        QCOMPARE(variants->index(0, md::models::VariantsModel::Sellable).data().toString(), u"1"_s);

        // copy the selected row: every column, Sellable after Stock
        const QString copied = page->selectedRowsText();
        QVERIFY2(copied.contains(u"MD000200\tGucci"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"\tStock\tSellable\t"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"\t3\t12\t11\t"_s), qPrintable(copied)); // variants, stock, sellable
        QCOMPARE(copied.count(u'\n'), 2);
    }

    void visibilityFilterAndSorting()
    {
        md::ui::MainWindow window(m_db->database(), &m_secrets);
        window.show();
        auto* page = window.productsPage();
        QVERIFY(settled(page->model(), 400));
        auto* box = page->filterBar()->visibilityBox();
        box->setCurrentIndex(box->findData(int(md::models::ProductFilter::Visibility::Unmapped)));
        QVERIFY(settled(page->model(), 100)); // i % 4 == 1
        page->table()->horizontalHeader()->setSortIndicator(int(ProductColumn::Code), Qt::DescendingOrder);
        QVERIFY(settled(page->model(), 100));
        QTRY_COMPARE(page->model()->index(0, int(ProductColumn::Code)).data().toString(), u"MD000397"_s);
        QCOMPARE(page->model()->index(0, int(ProductColumn::Visible)).data().toString(), u"Unmapped"_s);

        // Sellable stock cannot order the table: a click on its header keeps the order and the indicator as they were
        auto* header = page->table()->horizontalHeader();
        const int sellable = int(ProductColumn::Sellable);
        QVERIFY(header->model()->headerData(sellable, Qt::Horizontal, Qt::FontRole).value<QFont>().italic());
        const quint64 generation = page->model()->generation();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(
                header->sectionViewportPosition(sellable) + header->sectionSize(sellable) / 2, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ProductColumn::Code));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(page->model()->generation(), generation);
        QCOMPARE(page->model()->index(0, int(ProductColumn::Code)).data().toString(), u"MD000397"_s);
        // while a sortable column still sorts on a click
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(int(ProductColumn::Stock)) + 4, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(ProductColumn::Stock));
        QVERIFY(page->model()->generation() > generation);
    }

    void exportsTheCurrentView()
    {
        md::ui::MainWindow window(m_db->database(), &m_secrets);
        auto* page = window.productsPage();
        QVERIFY(settled(page->model(), 400));
        page->filterBar()->brandBox()->setEditable(false);
        QSignalSpy facets(page->model(), &ProductsModel::facetsLoaded);
        page->model()->requestFacets();
        QVERIFY(facets.wait(5000));
        auto* brand = page->filterBar()->brandBox();
        brand->setCurrentIndex(brand->findData(u"Prada"_s));
        auto prada = md::db::scalar(m_db->connection(), u"SELECT count(*) FROM product WHERE brand = 'Prada'"_s);
        QVERIFY(prada && prada->toInt() > 0);
        const int expected = prada->toInt();
        QVERIFY(settled(page->model(), expected));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prada.csv"_s);
        QSignalSpy done(page, &md::ui::ProductsPage::exportFinished);
        page->exportCsv(path);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().last().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), expected + 2); // header, rows, empty after the last CRLF
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"));
        QVERIFY2(lines.at(0).contains(",Stock,Sellable,Price,"), lines.at(0).constData());
        QVERIFY(lines.at(1).contains(",Prada,"));
    }

    void restoresLastPageAndLayout()
    {
        QByteArray header;
        {
            md::ui::MainWindow window(m_db->database(), &m_secrets);
            window.show();
            window.productsPage()->table()->setColumnWidth(int(ProductColumn::Brand), 222);
            window.close(); // saves
        }
        md::ui::MainWindow again(m_db->database(), &m_secrets);
        QCOMPARE(again.productsPage()->table()->columnWidth(int(ProductColumn::Brand)), 222);
        QCOMPARE(again.currentPage(), 0);
    }

    // A Products layout saved before the Sellable column existed would put widths and the sort on the wrong sections.
    void ignoresAProductsLayoutSavedWithOtherColumns()
    {
        md::ui::MainWindow window(m_db->database(), &m_secrets);
        auto* page = window.productsPage();
        const int brand = int(ProductColumn::Brand);
        const int width = page->table()->columnWidth(brand);
        page->table()->setColumnWidth(brand, width + 111);
        QByteArray older; // what earlier versions saved: the header and the splitter, nothing more
        {
            QDataStream out(&older, QIODevice::WriteOnly);
            out << page->table()->horizontalHeader()->saveState() << QByteArray();
        }
        const QByteArray current = page->saveState();
        page->table()->setColumnWidth(brand, width);
        page->restoreState(older);
        QCOMPARE(page->table()->columnWidth(brand), width);
        page->restoreState(current);
        QCOMPARE(page->table()->columnWidth(brand), width + 111);
    }

    void connectDialogNeverFallsBackToPlaintext()
    {
        // An unreachable keychain is an error the user sees; the dialog then offers this session only.
        auto pg = md::test::TestDatabase::postgres();
        const auto cfg = pg->database().config();
        m_secrets.setFailure(md::Error { md::ErrorCode::Keychain, u"No keychain service is running."_s, {} });
        md::ui::ConnectDialog dialog(m_db->database().config(), &m_secrets);
        dialog.setPostgres(cfg.host, cfg.port, cfg.database, cfg.user, u"secret-pw"_s);
        auto* connectButton = dialog.findChild<QDialogButtonBox*>()->buttons().first();
        for (auto* b : dialog.findChild<QDialogButtonBox*>()->buttons()) {
            if (dialog.findChild<QDialogButtonBox*>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                connectButton = b;
        }
        connectButton->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.banner()->text().contains(u"No keychain service is running."_s), 10000);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!m_secrets.contains(cfg.keychainKey()));
        connectButton->click(); // "Connect without saving"
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        QCOMPARE(dialog.config().database, cfg.database);

        // with a working keychain the password is stored there, under the database's key
        m_secrets.setFailure(std::nullopt);
        md::ui::ConnectDialog second(m_db->database().config(), &m_secrets);
        second.setPostgres(cfg.host, cfg.port, cfg.database, cfg.user, u"secret-pw"_s);
        QSignalSpy connected(&second, &md::ui::ConnectDialog::connected);
        for (auto* b : second.findChild<QDialogButtonBox*>()->buttons()) {
            if (second.findChild<QDialogButtonBox*>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->click();
        }
        QVERIFY(connected.wait(10000));
        QVERIFY(m_secrets.contains(cfg.keychainKey()));
        QVERIFY(!md::ui::ConnectDialog::settingsUrl(second.config()).contains(u"secret-pw"_s));
    }

    void statusBarShowsRunningJobs()
    {
        const QString later = QDateTime::currentDateTimeUtc().addSecs(600).toString(Qt::ISODateWithMs);
        const QString earlier = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODateWithMs);
        auto conn = m_db->connection();
        MD_VERIFY_OK(md::db::exec(
            conn, u"INSERT INTO jobs (kind, status, locked_by) VALUES ('naver.orders', 'running', 'srv:12')"_s));
        MD_VERIFY_OK(md::db::exec(conn,
            u"INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('gnb.crawl', ?, ?, 'desk:7'), "
            "('old.lease', ?, ?, 'desk:8')"_s,
            { later, earlier, earlier, earlier }));
        md::ui::MainWindow window(m_db->database(), &m_secrets);
        QTRY_COMPARE_WITH_TIMEOUT(window.jobsText(), u"Running: gnb.crawl, naver.orders"_s, 10000);
        MD_VERIFY_OK(md::db::exec(conn, u"DELETE FROM jobs"_s));
        MD_VERIFY_OK(md::db::exec(conn, u"DELETE FROM shedlock"_s));
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
