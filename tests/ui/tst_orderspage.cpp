#include "models/accountsmodel.h"
#include "models/orderlinesmodel.h"
#include "models/ordersmodel.h"
#include "orderfixture.h"
#include "services/db/sql.h"
#include "services/domain/translations.h"
#include "services/marketplaces/common/accounts.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/marketplaces/qoo10/qoo10testsupport.h"
#include "ui/accounts/accountspage.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/orders/collectionpanel.h"
#include "ui/orders/orderfilterbar.h"
#include "ui/orders/orderschart.h"
#include "ui/orders/orderspage.h"
#include "ui/shell/tasktracker.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using md::models::OrdersModel;
using md::test::OrderFixture;

class TestOrdersPage : public QObject {
    Q_OBJECT

    static bool settled(OrdersModel* model, qint64 count)
    {
        return QTest::qWaitFor([&] { return !model->isLoading() && model->totalCount() == count; }, 15000);
    }
    static void choose(QComboBox* box, const QString& value)
    {
        const int i = box->findData(value);
        QVERIFY2(i >= 0, qPrintable(value));
        box->setCurrentIndex(i);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"MarketDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_orderspage"_s);
    }

    void koreanStrings()
    {
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"ko"_s), u"ko"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::OrdersPage", "&Lines"), u"주문 라인(&L)"_s);
        QCOMPARE(QCoreApplication::translate("md::models::OrdersModel", "Order no."), u"주문번호"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::AccountsPage", "&Test Connection"), u"연결 테스트(&T)"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::OrdersPage", "Exported %n order(s) to %1.", nullptr, 3),
            u"주문 3건을 %1(으)로 내보냈습니다."_s);
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::OrdersPage", "Exported %n order(s) to %1.", nullptr, 1),
            u"Exported 1 order to %1."_s);
    }

    void registeredInMainWindow()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::MainWindow window(t->database(), &secrets);
        QVERIFY(window.ordersPage());
        QVERIFY(window.accountsPage());
        auto* stack = window.findChild<QStackedWidget*>();
        QVERIFY(stack);
        for (const auto& [title, page] : { std::pair<QString, QWidget*> { u"Orders"_s, window.ordersPage() },
                 std::pair<QString, QWidget*> { u"Accounts"_s, window.accountsPage() } }) {
            QAction* go = nullptr;
            for (QAction* a : window.findChildren<QAction*>()) {
                if (a->text() == QCoreApplication::translate("md::ui::MainWindow", title.toUtf8().constData())
                    && !a->shortcut().isEmpty())
                    go = a;
            }
            QVERIFY2(go, qPrintable(title));
            go->trigger();
            QCOMPARE(stack->currentWidget(), page);
        }
    }

    void filtersLinesAndChart()
    {
        auto t = md::test::TestDatabase::sqlite();
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        QVERIFY(OrderFixture::insertOrders(t->connection(), d, 60));
        md::secrets::MemorySecretStore secrets;
        md::ui::TaskTracker tasks;
        md::ui::OrdersPage page(t->database(), &secrets, &tasks);
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        page.filterBar()->rangeCheck()->setChecked(false); // the fixture's orders are of early November 2026
        QVERIFY(settled(page.model(), 60));
        QVERIFY(QTest::qWaitFor([&] { return page.chart()->total() == 60; }, 10000));
        QCOMPARE(page.chart()->seriesCount(), 3);
        QCOMPARE(page.chart()->dayCount(), 10);

        // The filter lists come from the database.
        QVERIFY(QTest::qWaitFor([&] { return page.filterBar()->statusBox()->count() == 5; }, 10000));
        choose(page.filterBar()->platformBox(), u"naver"_s);
        QCOMPARE(page.model()->query().filter.platform, QString()); // debounced: not yet
        QVERIFY(settled(page.model(), 20));
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, 0).data(OrdersModel::PlatformRole).toString(), u"naver"_s);
        QVERIFY(QTest::qWaitFor([&] { return page.chart()->total() == 20; }, 10000));
        QCOMPARE(page.chart()->seriesCount(), 1);

        choose(page.filterBar()->statusBox(), u"cancelled"_s);
        QVERIFY(settled(page.model(), 5)); // i % 3 == 1 and i % 4 == 3: 7, 19, 31, 43, 55
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, 0).data(OrdersModel::StatusRole).toString(), u"cancelled"_s);

        // The selected order's lines and history below.
        QSignalSpy loaded(page.linesModel(), &md::models::OrderLinesModel::loaded);
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().first().toLongLong(), page.model()->index(0, 0).data(OrdersModel::IdRole).toLongLong());
        QCOMPARE(page.linesModel()->rowCount(), 2);
        QCOMPARE(page.historyModel()->rowCount(), 2);

        // Export what the view shows.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"orders.csv"_s);
        QSignalSpy exported(&page, &md::ui::OrdersPage::exportFinished);
        page.exportCsv(path);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.last().first().toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 5);
        QVERIFY(lines.at(1).contains(u",naver,"_s));
        QVERIFY(lines.at(1).contains(u",cancelled,"_s));
    }

    void collectionStatusAndCollectNow()
    {
        auto t = md::test::TestDatabase::sqlite();
        const auto d = t->database().dialect();
        QVERIFY(OrderFixture::insertAccounts(t->connection(), d));
        md::secrets::MemorySecretStore secrets; // no secrets stored: the collection must fail and say why
        md::ui::TaskTracker tasks;
        md::ui::OrdersPage page(t->database(), &secrets, &tasks);
        page.show();
        auto* panel = page.collection();
        QVERIFY(QTest::qWaitFor([&] { return panel->model()->rowCount() == 3; }, 10000));
        QVERIFY(panel->queueText().contains(u'0'));
        const int row = panel->model()->rowOf(u"naver-main"_s);
        panel->table()->selectRow(row);
        QCOMPARE(panel->selectedAccountName(), u"naver-main"_s);
        QVERIFY(panel->collectAction()->isEnabled());

        QSignalSpy finished(panel, &md::ui::CollectionPanel::collectFinished);
        panel->collectAction()->trigger();
        QCOMPARE(tasks.tasks().size(), 1);
        QVERIFY(!panel->collectAction()->isEnabled());
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.last().first().value<md::marketplaces::CollectOutcome>();
        QVERIFY(!outcome.status);
        QVERIFY(tasks.tasks().isEmpty());
        QCOMPARE(page.banner()->text(), outcome.status.error().message);
        QVERIFY(!outcome.status.error().message.isEmpty());
        // The run left its job_results row, which the panel shows as the account's last run.
        auto rows = md::db::scalar(t->connection(),
            u"SELECT COUNT(*) FROM job_results WHERE job_name = 'orders.collect' AND success = ?"_s, { false });
        MD_VERIFY_OK(rows);
        QCOMPARE(rows->toInt(), 1);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto* s = panel->model()->statusAt(panel->model()->rowOf(u"naver-main"_s));
                return s && s->lastRun && !s->lastRun->success;
            },
            10000));
    }

    void collectNowShowsProgressInTheTaskIndicator()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::fakes::FakeQoo10Server fake;
        QVERIFY(fake.listen());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
        fake.generateOrders(400, today, 20, 11);
        md::secrets::MemorySecretStore secrets;
        auto account = md::test::qoo10Account(fake, u"qoo-progress"_s);
        account.options = { { u"initial_days"_s, 30 } };
        MD_VERIFY_OK(md::marketplaces::Accounts(t->database()).add(account));
        md::test::storeQoo10Secrets(secrets, account);
        md::ui::TaskTracker tasks;
        md::ui::OrdersPage page(t->database(), &secrets, &tasks);
        auto* panel = page.collection();
        QVERIFY(QTest::qWaitFor([&] { return panel->model()->rowCount() == 1; }, 10000));
        qint64 lastDone = 0;
        QList<qint64> seen;
        connect(&tasks, &md::ui::TaskTracker::changed, this, [&] {
            for (const auto& task : tasks.tasks()) {
                QVERIFY(task.done >= lastDone); // orders so far only grow
                lastDone = task.done;
                seen.append(task.done);
            }
        });
        QSignalSpy finished(panel, &md::ui::CollectionPanel::collectFinished);
        QVERIFY(panel->collectNow(u"qoo-progress"_s));
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.last().first().value<md::marketplaces::CollectOutcome>();
        MD_VERIFY_OK(outcome.status);
        QCOMPARE(outcome.fetchedOrders, fake.orderCount());
        QVERIFY(outcome.batches >= 1);
        // The indicator counted the orders as they were saved, up to all of them, before the task ended.
        QCOMPARE(lastDone, qint64(outcome.fetchedOrders));
        QVERIFY(seen.contains(qint64(outcome.fetchedOrders)));
        QVERIFY(tasks.tasks().isEmpty());
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
