#include "models/crawlhistorymodel.h"
#include "models/crawlrejectsmodel.h"
#include "services/db/sql.h"
#include "services/domain/translations.h"
#include "services/gnb/httpfeedsource.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/fakes/fakegnbserver.h"
#include "tests/integration/gnb/crawltestsupport.h"
#include "ui/crawls/crawlcontrols.h"
#include "ui/crawls/crawlschedulepanel.h"
#include "ui/crawls/crawlspage.h"
#include "ui/crawls/inwindowscheduler.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "ui/shell/tasktracker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using md::models::CrawlHistoryModel;
using md::models::CrawlRun;
using md::ui::CrawlsPage;

namespace {
constexpr int kBrands = 4;

md::feedgen::FeedOptions feedOptions()
{
    md::feedgen::FeedOptions options;
    options.models = 12000;
    options.brands = kBrands;
    options.badRows = 6;
    options.seed = 7;
    return options;
}

// Runs the chosen crawl from the page and returns its outcome.
md::gnb::CrawlOutcome runFromPage(CrawlsPage& page, QSignalSpy& finished)
{
    finished.clear();
    QTest::mouseClick(page.controls()->runButton(), Qt::LeftButton);
    if (!finished.wait(120000))
        qFatal("the crawl did not finish within two minutes");
    return finished.constLast().constFirst().value<md::gnb::CrawlOutcome>();
}

qint64 number(md::test::TestDatabase& t, const QString& sql)
{
    auto v = md::db::scalar(t.connection(), sql);
    return v ? v->toLongLong() : -1;
}
} // namespace

class TestCrawlsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway place
        QCoreApplication::setOrganizationName(u"MarketDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_crawlspage"_s);
        QLoggingCategory::setFilterRules(u"md.gnb.crawl.debug=false"_s); // one line per negative stock otherwise
    }

    void runCancelAndRejects_data() { md::test::addDialectRows(); }
    void runCancelAndRejects()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        QTemporaryDir feedDir;
        QVERIFY(feedDir.isValid());
        const auto feed = md::test::generateFeed(feedDir.path(), feedOptions());
        QCOMPARE(feed.files.size(), kBrands);

        md::ui::TaskTracker tasks;
        md::secrets::MemorySecretStore secrets;
        CrawlsPage page(t->database(), &secrets, &tasks);
        page.resize(1300, 900);
        page.show();
        QAbstractItemModelTester historyTester(page.history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rejectsTester(page.rejects(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(page.schedule()->nextRunText().contains(u"none queued"_s));
        QCOMPARE(page.history()->rowCount(), 0);

        page.controls()->setFeedLocation(feedDir.path());
        page.controls()->setDay(QDate(2026, 11, 20));
        page.controls()->setMode(md::gnb::CrawlMode::Full);
        QVERIFY(page.controls()->runButton()->isEnabled());
        QVERIFY(!page.controls()->cancelButton()->isEnabled());

        // A full crawl: progress while it runs (file i of n, rows), then the run at the top of the history.
        QSignalSpy finished(&page, &CrawlsPage::crawlFinished);
        QStringList progress;
        QSignalSpy taskChanges(&tasks, &md::ui::TaskTracker::changed);
        QMetaObject::Connection watch = connect(
            &tasks, &md::ui::TaskTracker::changed, this, [&] { progress << page.controls()->progressText(); });
        auto outcome = runFromPage(page, finished);
        disconnect(watch);
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.ok() ? QString() : outcome.status.error().toString()));
        QCOMPARE(outcome.summary.files, kBrands);
        QCOMPARE(outcome.summary.rejected, qint64(feed.badRowsTotal()));
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(),
            [](const QString& p) { return p.contains(u"File "_s) && p.contains(u" rows"_s); }));
        QVERIFY(tasks.tasks().isEmpty());
        QVERIFY(page.controls()->runButton()->isEnabled());
        QVERIFY(page.banner()->isHidden());

        QTRY_COMPARE_WITH_TIMEOUT(page.history()->rowCount(), 1, 10000);
        const CrawlRun* run = page.history()->run(0);
        QCOMPARE(run->id, outcome.summary.jobResultId);
        QCOMPARE(run->state, CrawlRun::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.history()->index(0, CrawlHistoryModel::Mode).data().toString(), u"Full"_s, 10000);
        QCOMPARE(page.history()->index(0, CrawlHistoryModel::Rows).data().toString(),
            QLocale().toString(qint64(feed.rows())));
        QCOMPARE(page.history()->index(0, CrawlHistoryModel::Rejected).data().toString(),
            QLocale().toString(feed.badRowsTotal()));
        // The finished run is selected: its rejects per file and line, and no error.
        QTRY_COMPARE_WITH_TIMEOUT(page.historyView()->currentIndex().row(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page.rejects()->rowCount(), feed.badRowsTotal(), 10000);
        for (const auto& reject : page.rejects()->rejects()) {
            QVERIFY(feed.file(reject.file));
            QVERIFY(reject.line > 0);
            QVERIFY(!reject.reason.isEmpty());
        }
        QCOMPARE(page.errorText(), u"No error."_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.controls()->brandList()->count(), kBrands, 10000);
        const qint64 variants = number(*t, u"SELECT COUNT(*) FROM product_stock_gnb"_s);
        QCOMPARE(variants, qint64(feed.variants));

        // Every file changes; a second full crawl is cancelled in its second file.
        auto change = feedOptions();
        change.changeBrands = kBrands;
        change.changeSeed = 3;
        md::test::generateFeed(feedDir.path(), change);
        finished.clear();
        QTest::mouseClick(page.controls()->runButton(), Qt::LeftButton);
        QVERIFY(page.isCrawling());
        QTRY_VERIFY_WITH_TIMEOUT(page.controls()->progressText().startsWith(u"File 2 of"_s), 60000);
        QVERIFY(page.controls()->cancelButton()->isEnabled());
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(page.controls()->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        const qint64 cancelMs = clock.elapsed();
        qInfo("the cancelled crawl stopped %lld ms after Cancel was clicked", cancelMs);
        QVERIFY2(cancelMs <= 2000, qPrintable(u"the cancel took %1 ms"_s.arg(cancelMs)));
        outcome = finished.constLast().constFirst().value<md::gnb::CrawlOutcome>();
        QCOMPARE(outcome.status.error().code, md::ErrorCode::Cancelled);
        QVERIFY(page.banner()->isVisible());
        QVERIFY(!page.isCrawling());
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->rowCount(), 2, 10000);
        QCOMPARE(page.history()->run(0)->state, CrawlRun::State::Cancelled);
        const int appliedBeforeCancel = outcome.summary.files;
        QVERIFY(appliedBeforeCancel < kBrands);

        // Consistent: the file in progress was rolled back, so an incremental crawl applies exactly the files the
        // cancelled one did not, and the catalogue is the feed's again.
        page.controls()->setMode(md::gnb::CrawlMode::Incremental);
        outcome = runFromPage(page, finished);
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.ok() ? QString() : outcome.status.error().toString()));
        QCOMPARE(outcome.summary.files, kBrands - appliedBeforeCancel);
        QCOMPARE(outcome.summary.filesSkipped, appliedBeforeCancel);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product_stock_gnb"_s), variants);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM feed_file WHERE status = 'applied'"_s), qint64(kBrands));
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->rowCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page.history()->index(0, CrawlHistoryModel::Mode).data().toString(), u"Incremental"_s, 10000);

        // Chosen brands: the picker lists the feed's brands; one brand reads one file.
        page.controls()->setMode(md::gnb::CrawlMode::Brands);
        QVERIFY(!page.controls()->runButton()->isEnabled()); // no brand chosen yet
        page.controls()->brandList()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(page.controls()->runButton()->isEnabled());
        outcome = runFromPage(page, finished);
        QVERIFY(outcome.status.ok());
        QCOMPARE(outcome.summary.files, 1);

        // Queued for the workers instead: it appears in the schedule as the next run, once however often asked.
        QSignalSpy refreshed(page.schedule(), &md::ui::CrawlSchedulePanel::refreshed);
        QTest::mouseClick(page.controls()->queueButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.schedule()->queuedView()->topLevelItemCount(), 1, 10000);
        QVERIFY(page.schedule()->nextRunText().contains(u"Brands: "_s + page.controls()->brandList()->item(1)->text()));
        QTest::mouseClick(page.controls()->queueButton(), Qt::LeftButton);
        refreshed.clear();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(page.schedule()->queuedView()->topLevelItemCount(), 1);
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM jobs WHERE kind = 'gnb.crawl' AND status = 'queued'"_s), 1);
    }

    // An HTTP feed whose API key is in the window's secret store: the crawl's thread reads it through a forwarding
    // store (QtKeychain serves one thread per process), never from a keychain of its own.
    void httpFeedWithApiKeyFromTheWindowsStore()
    {
        auto t = md::test::TestDatabase::sqlite();
        QTemporaryDir feedDir;
        auto options = feedOptions();
        options.models = 200;
        const auto feed = md::test::generateFeed(feedDir.path(), options);
        md::fakes::FakeGnbServer server(feedDir.path());
        server.setApiKey("win-K3y-77e1");
        QVERIFY(server.listen());
        md::secrets::MemorySecretStore secrets;
        bool stored = false;
        secrets.writeText(md::gnb::HttpFeedSource::secretKey(server.baseUrl(), md::gnb::FeedAuth::ApiKey),
            u"win-K3y-77e1"_s, &secrets, [&](md::Status s) { stored = s.ok(); });
        QTRY_VERIFY(stored);
        md::ui::TaskTracker tasks;
        CrawlsPage page(t->database(), &secrets, &tasks);
        page.show();
        QSignalSpy finished(&page, &CrawlsPage::crawlFinished);
        page.controls()->setFeedLocation(server.baseUrl().toString());
        page.controls()->findChild<QCheckBox*>(u"feedApiKey"_s)->setChecked(true);
        page.controls()->setDay(QDate(2026, 11, 20));
        page.controls()->setMode(md::gnb::CrawlMode::Full);
        const auto outcome = runFromPage(page, finished);
        QVERIFY2(outcome.status.ok(), qPrintable(outcome.status.ok() ? QString() : outcome.status.error().toString()));
        QCOMPARE(outcome.summary.variants, feed.variants);
    }

    void failedFeedAndScheduledFailures()
    {
        auto t = md::test::TestDatabase::sqlite();
        QTemporaryDir feedDir;
        md::ui::TaskTracker tasks;
        md::secrets::MemorySecretStore secrets;
        CrawlsPage page(t->database(), &secrets, &tasks);
        page.show();
        QSignalSpy finished(&page, &CrawlsPage::crawlFinished);
        QSignalSpy elsewhere(&page, &CrawlsPage::crawlFailedElsewhere);
        QSignalSpy status(&page, &CrawlsPage::statusMessage);
        QTRY_VERIFY(!page.history()->isLoading());

        // A day with no folder: the crawl fails, the banner says why, the run shows its error.
        page.controls()->setFeedLocation(feedDir.path());
        page.controls()->setDay(QDate(2026, 11, 19));
        page.controls()->setMode(md::gnb::CrawlMode::Full);
        const auto outcome = runFromPage(page, finished);
        QVERIFY(!outcome.status.ok());
        QVERIFY(page.banner()->isVisible());
        QVERIFY(!page.banner()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(page.history()->rowCount(), 1, 10000);
        QCOMPARE(page.history()->run(0)->state, CrawlRun::State::Failed);
        QTRY_VERIFY_WITH_TIMEOUT(!page.errorText().isEmpty() && page.errorText() != u"No error."_s, 10000);
        QCOMPARE(elsewhere.size(), 0); // this window's own failure is shown inline, not notified

        // A worker's scheduled crawl fails: a notification (a status-bar message when there is no tray).
        auto jobId = md::db::scalar(t->connection(),
            u"INSERT INTO jobs (kind, payload, status) VALUES ('gnb.crawl', '{\"mode\":\"incremental\"}', 'failed') "
            "RETURNING id"_s);
        MD_VERIFY_OK(jobId);
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"INSERT INTO job_results (job_id, job_name, host, pid, started_at, finished_at, duration_ms, success, "
            "error_msg) VALUES (?, 'gnb.crawl', 'crawl-server', 99, '2026-11-20T10:00:00.000Z', "
            "'2026-11-20T10:00:05.000Z', 5000, ?, 'The feed server answered 503')"_s,
            { jobId->toLongLong(), false }));
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(elsewhere.size(), 1, 10000);
        QVERIFY(elsewhere.first().first().toString().contains(u"The feed server answered 503"_s));
        QVERIFY(std::any_of(status.cbegin(), status.cend(),
            [](const QList<QVariant>& args) { return args.first().toString().contains(u"503"_s); }));
        page.refresh();
        QTest::qWait(300);
        QCOMPARE(elsewhere.size(), 1); // once

        // A worker holding the crawl's lease shows as running; an expired lease does not.
        QTRY_VERIFY(page.schedule()->runningText().contains(u"No crawl is running"_s));
        MD_VERIFY_OK(md::db::exec(t->connection(), u"DELETE FROM shedlock"_s)); // this page's crawl released it
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('gnb.crawl', "
            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+10 minutes'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
            "'crawl-server:99')"_s));
        page.refresh();
        QTRY_VERIFY(page.schedule()->runningText().contains(u"crawl-server:99"_s));
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"UPDATE shedlock SET lock_until = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minutes')"_s));
        page.refresh();
        QTRY_VERIFY(page.schedule()->runningText().contains(u"No crawl is running"_s));
    }

    // "Run the schedule in this window": off by default; on, the window's scheduler queues the day's full crawl (its
    // time has passed), its worker runs it from the folder feed with progress, the chain's next crawl appears in the
    // schedule; off stops it; the choice is remembered; closing the page stops it with nothing left running.
    void runScheduleInThisWindow()
    {
        auto t = md::test::TestDatabase::sqlite();
        QTemporaryDir feedDir;
        md::feedgen::FeedOptions options;
        options.models = 300;
        options.brands = 3;
        options.seed = 11;
        const QDate today = md::ui::CrawlControls::supplierToday();
        for (const QDate day : { today, today.addDays(1) }) { // a test crossing midnight in Italy still finds it
            options.day = day;
            md::test::generateFeed(feedDir.path(), options);
        }
        QSettings settings;
        settings.remove(u"crawls/runScheduleHere"_s);
        settings.setValue(u"crawls/scheduleTime"_s, u"00:00"_s);
        settings.setValue(u"crawls/scheduleZone"_s, u"Europe/Rome"_s);
        settings.setValue(u"crawls/intervalMinutes"_s, 30);
        md::jobs::WorkerOptions fast;
        fast.holder = u"this-desktop:1"_s;
        fast.pollInterval = std::chrono::milliseconds(100);
        fast.stopGrace = std::chrono::seconds(3);

        md::ui::TaskTracker tasks;
        md::secrets::MemorySecretStore secrets;
        auto page = std::make_unique<CrawlsPage>(t->database(), &secrets, &tasks);
        page->show();
        auto* here = page->inWindowScheduler();
        here->setWorkerOptions(fast);
        QAction* action = here->runAction();
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QVERIFY(action->toolTip().contains(u"each job still runs once"_s));
        QVERIFY(!here->isRunning());
        QVERIFY(page->schedule()->runsHereText().contains(u"does not run"_s));

        // No feed location: a clear banner, and it stays off.
        page->controls()->setFeedLocation(QString());
        action->trigger();
        QVERIFY(!action->isChecked());
        QVERIFY(!here->isRunning());
        QVERIFY(page->banner()->isVisible());
        QVERIFY(page->banner()->text().contains(u"feed location"_s));
        QCOMPARE(QSettings().value(u"crawls/runScheduleHere"_s).toBool(), false);

        page->controls()->setFeedLocation(feedDir.path());
        QSignalSpy started(here, &md::ui::InWindowScheduler::jobStarted);
        QSignalSpy finished(here, &md::ui::InWindowScheduler::jobFinished);
        QStringList statuses;
        connect(here, &md::ui::InWindowScheduler::jobStarted, this, [&] { statuses << here->statusText(); });
        action->trigger();
        QVERIFY(action->isChecked());
        QVERIFY(here->isRunning());
        QVERIFY(here->stopButton()->isEnabled());
        QCOMPARE(QSettings().value(u"crawls/runScheduleHere"_s).toBool(), true);
        QVERIFY(page->schedule()->runsHereText().contains(u"this-desktop:1"_s));
        QVERIFY(finished.wait(60000));
        QCOMPARE(started.size(), 1);
        QVERIFY(statuses.constFirst().startsWith(u"Running job "_s));
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        QVERIFY(here->statusText().contains(u"waiting for the next job"_s));
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM product_stock_gnb"_s) > 0, true);
        // The run is in the history, and the chain's next crawl is the schedule's next run.
        QTRY_VERIFY_WITH_TIMEOUT(page->history()->rowCount() >= 1, 10000);
        QCOMPARE(page->history()->run(0)->state, CrawlRun::State::Succeeded);
        QTRY_COMPARE_WITH_TIMEOUT(
            page->history()->index(0, CrawlHistoryModel::Mode).data().toString(), u"Full"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->schedule()->queuedView()->topLevelItemCount(), 1, 10000);
        QCOMPARE(page->schedule()->queuedView()->topLevelItem(0)->text(2), u"after the previous crawl"_s);
        QVERIFY(page->schedule()->nextRunText().contains(u"Incremental"_s));

        // Stop: off, remembered, the panel says so.
        QTest::mouseClick(here->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!here->isRunning() && action->isEnabled(), 10000);
        QVERIFY(!action->isChecked());
        QCOMPARE(QSettings().value(u"crawls/runScheduleHere"_s).toBool(), false);
        QVERIFY(page->schedule()->runsHereText().contains(u"does not run"_s));
        QVERIFY(here->statusText().contains(u"not run in this window"_s));

        // Left on when the page closes: it stops with it (nothing left running) and starts again with the next.
        action->trigger();
        QVERIFY(here->isRunning());
        page.reset();
        QCOMPARE(number(*t, u"SELECT COUNT(*) FROM jobs WHERE status = 'running'"_s), 0);
        QCOMPARE(QSettings().value(u"crawls/runScheduleHere"_s).toBool(), true);
        CrawlsPage again(t->database(), &secrets, &tasks);
        QVERIFY(again.inWindowScheduler()->runAction()->isChecked());
        QVERIFY(again.inWindowScheduler()->isRunning());
        again.inWindowScheduler()->runAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!again.inWindowScheduler()->isRunning(), 10000);
        QSettings().remove(u"crawls/runScheduleHere"_s);
    }

    void mainWindowNavigatesToCrawls()
    {
        auto t = md::test::TestDatabase::sqlite();
        md::secrets::MemorySecretStore secrets;
        md::ui::MainWindow window(t->database(), &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.crawlsPage());
        auto* nav = window.findChild<QListWidget*>(u"navigation"_s);
        QVERIFY(nav);
        const auto items = nav->findItems(u"Crawls"_s, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        const int index = nav->row(items.first());
        QVERIFY(index < 9);
        window.setCurrentPage(0);
        nav->setFocus();
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), index);
        QTRY_VERIFY(window.crawlsPage()->isVisible());
        QVERIFY(items.first()->toolTip().contains(u"Ctrl+%1"_s.arg(index + 1)));
    }

    void koreanStringsShip()
    {
        QCOMPARE(md::installTranslations(*QCoreApplication::instance(), u"ko"_s), u"ko"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::CrawlsPage", "Run now"), u"지금 실행"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::CrawlControls", "about %n s left", nullptr, 5), u"약 5초 남음"_s);
        QCOMPARE(QCoreApplication::translate("md::models::CrawlHistoryModel", "Skipped (held by %1)"),
            u"건너뜀 (%1이(가) 실행 중)"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::MainWindow", "Crawls"), u"크롤링"_s);
        QCOMPARE(QCoreApplication::translate("md::ui::InWindowScheduler", "Run the &schedule in this window"),
            u"이 창에서 스케줄 실행(&S)"_s);
        md::installTranslations(*QCoreApplication::instance(), u"en"_s);
    }
};

QTEST_MAIN(TestCrawlsPage)
#include "tst_crawlspage.moc"
