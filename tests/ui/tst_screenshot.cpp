// Opens the main window on the bundled demo data, selects a product and grabs the window. With
// MARKETDESK_SCREENSHOT=1 the picture is written to docs/screenshots/main-window.png for the README
// (run under xvfb-run so that it is drawn by a real X server with the desktop's style).
#include "models/productsmodel.h"
#include "models/variantsmodel.h"
#include "services/gnb/demofeed.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "ui/mainwindow.h"
#include "ui/products/productdetailpane.h"
#include "ui/products/productspage.h"
#include "ui/shell/demoimport.h"
#include "ui/shell/tasktracker.h"

#include <QDir>
#include <QHeaderView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mainWindowWithDemoData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MarketDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_screenshot"_s);
        QVERIFY2(md::gnb::demo::isAvailable(), "the demo feed is not embedded in marketdesk_services");
        auto db = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::MainWindow window(db->database(), &secrets);
        window.resize(1500, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // the same background import a first start runs
        auto empty = md::gnb::demo::databaseIsEmpty(db->database());
        QVERIFY(empty && *empty);
        md::ui::DemoImport demo(db->database(), window.tasks());
        QSignalSpy finished(&demo, &md::ui::DemoImport::finished);
        demo.start();
        QVERIFY(!window.tasks()->tasks().isEmpty()); // shown in the status bar while it runs
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().last().toString()));

        auto* page = window.productsPage();
        page->model()->refresh();
        page->model()->requestFacets();
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->totalCount() > 0 && !page->model()->isLoading(), 15000);
        page->table()->horizontalHeader()->setSortIndicator(int(md::models::ProductColumn::Brand), Qt::AscendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading()
                && page->model()->index(2, 0).data(md::models::ProductsModel::LoadedRole).toBool(),
            15000);
        page->table()->selectRow(2);
        page->table()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->variantsModel()->rowCount() > 0, 15000);
        QTest::qWait(300); // let the image placeholders and status bar settle

        const QPixmap shot = window.grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), window.size() * shot.devicePixelRatio());
        if (qEnvironmentVariableIntValue("MARKETDESK_SCREENSHOT") == 1) {
            const QString dir = qEnvironmentVariable("MARKETDESK_SOURCE_DIR") + u"/docs/screenshots"_s;
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(shot.save(dir + u"/main-window.png"_s));
            qInfo("screenshot written to %s/main-window.png", qPrintable(dir));
        }
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
