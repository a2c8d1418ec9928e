#include "models/crawlhistorymodel.h"
#include "models/crawlrejectsmodel.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHostInfo>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using md::models::CrawlHistoryModel;
using md::models::CrawlRejectsModel;
using md::models::CrawlRun;

namespace {
struct RunRow {
    QString started = u"2026-11-20T10:00:00.000Z"_s;
    QVariant finished = u"2026-11-20T10:01:00.000Z"_s; // null: still running
    QVariant success = true;
    bool skipped = false;
    QString lockHolder;
    QString counts;
    QString error;
    QString host = u"worker-1"_s;
    int pid = 4242;
    qint64 jobId = 0;
};

qint64 insertRun(md::test::TestDatabase& t, const RunRow& r)
{
    const auto dialect = t.database().dialect();
    const auto time = [&](const QVariant& text) {
        return text.isNull()
            ? QVariant(QMetaType::fromType<QString>())
            : md::jobs::DbClock::bindValue(dialect, QDateTime::fromString(text.toString(), Qt::ISODateWithMs));
    };
    const auto text
        = [](const QString& s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    auto id = md::db::scalar(t.connection(),
        u"INSERT INTO job_results (job_id, job_name, host, pid, started_at, finished_at, duration_ms, success, "
        u"skipped, "
        "lock_holder, counts, error_msg) VALUES (?, 'gnb.crawl', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        { r.jobId ? QVariant(r.jobId) : QVariant(QMetaType::fromType<qint64>()), r.host, r.pid, time(r.started),
            time(r.finished), r.finished.isNull() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(qint64(60000)),
            r.success.isNull() ? QVariant(QMetaType::fromType<bool>()) : r.success, r.skipped, text(r.lockHolder),
            text(r.counts), text(r.error) });
    if (!id)
        qFatal("insert: %s", qPrintable(id.error().toString()));
    return id->toLongLong();
}

qint64 insertJob(md::test::TestDatabase& t, const QString& status)
{
    auto id = md::db::scalar(t.connection(),
        u"INSERT INTO jobs (kind, payload, status) VALUES ('gnb.crawl', '{\"mode\":\"full\"}', ?) RETURNING id"_s,
        { status });
    if (!id)
        qFatal("insert job: %s", qPrintable(id.error().toString()));
    return id->toLongLong();
}

QString cell(const CrawlHistoryModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}
} // namespace

class TestCrawlHistoryModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsRunsNewestFirst_data() { md::test::addDialectRows(); }
    void showsRunsNewestFirst()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        RunRow ok;
        ok.counts = u"{\"files\":24,\"files_failed\":0,\"rows\":12345,\"inserted\":100,\"updated\":7,\"rejected\":3,"
                    "\"mode\":\"full\"}"_s;
        const qint64 okId = insertRun(*t, ok);
        RunRow failed;
        failed.success = false;
        failed.error = u"2 file(s) could not be applied\nGUCCI.csv: sha256 differs"_s;
        failed.counts = u"{\"files\":22,\"files_failed\":2}"_s;
        insertRun(*t, failed);
        RunRow skipped;
        skipped.skipped = true;
        skipped.success = QVariant();
        skipped.lockHolder = u"server:77"_s;
        insertRun(*t, skipped);
        RunRow running;
        running.finished = QVariant();
        running.success = QVariant();
        const qint64 runningId = insertRun(*t, running);
        RunRow cancelled;
        cancelled.success = false;
        cancelled.error = u"cancelled"_s;
        cancelled.jobId = insertJob(*t, u"cancelled"_s);
        insertRun(*t, cancelled);
        // another job's runs are not crawl history
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"INSERT INTO job_results (job_name, started_at) VALUES ('orders.collect', '2026-11-20T10:00:00.000Z')"_s));

        CrawlHistoryModel model(t->database());
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CrawlHistoryModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.run(0)->state, CrawlRun::State::Cancelled);
        QCOMPARE(model.run(1)->id, runningId);
        QCOMPARE(model.run(1)->state, CrawlRun::State::Running);
        QCOMPARE(cell(model, 2, CrawlHistoryModel::Status), u"Skipped (held by server:77)"_s);
        QCOMPARE(cell(model, 3, CrawlHistoryModel::Status), u"Failed"_s);
        QCOMPARE(cell(model, 3, CrawlHistoryModel::Message), u"2 file(s) could not be applied"_s);
        QCOMPARE(cell(model, 3, CrawlHistoryModel::Files), u"22 (2 failed)"_s);
        QCOMPARE(model.index(3, CrawlHistoryModel::Message).data(Qt::ToolTipRole).toString(), failed.error);
        QCOMPARE(model.run(4)->id, okId);
        QCOMPARE(cell(model, 4, CrawlHistoryModel::Status), u"Succeeded"_s);
        QCOMPARE(cell(model, 4, CrawlHistoryModel::Rows), QLocale().toString(12345));
        QCOMPARE(cell(model, 4, CrawlHistoryModel::Mode), u"Full"_s);
        QCOMPARE(cell(model, 4, CrawlHistoryModel::Host), u"worker-1:4242"_s);
        QCOMPARE(cell(model, 4, CrawlHistoryModel::Duration), u"1 min 0 s"_s);
        QCOMPARE(model.run(4)->started, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(cell(model, 0, CrawlHistoryModel::Trigger), u"Queue (#%1)"_s.arg(model.run(0)->jobId));
        QCOMPARE(model.index(4, 0).data(CrawlHistoryModel::RunIdRole).toLongLong(), okId);
        QCOMPARE(model.rowOfRun(okId), 4);
    }

    void pollKeepsRowsAndReportsNewFailures_data() { md::test::addDialectRows(); }
    void pollKeepsRowsAndReportsNewFailures()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        RunRow oldFailure;
        oldFailure.success = false;
        oldFailure.error = u"old news"_s;
        insertRun(*t, oldFailure);
        RunRow running;
        running.finished = QVariant();
        running.success = QVariant();
        running.jobId = insertJob(*t, u"running"_s);
        const qint64 runningId = insertRun(*t, running);

        CrawlHistoryModel model(t->database());
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CrawlHistoryModel::loaded);
        QSignalSpy failures(&model, &CrawlHistoryModel::failedRunAppeared);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(failures.size(), 0); // failures before the first load are history

        // The scheduled run fails, a new one fails, and one of this process fails (it reports its own).
        MD_VERIFY_OK(md::db::exec(t->connection(),
            u"UPDATE job_results SET finished_at = started_at, success = ?, error_msg = 'feed index unreadable' "
            "WHERE id = ?"_s,
            { false, runningId }));
        RunRow newFailure;
        newFailure.success = false;
        newFailure.error = u"timeout"_s;
        newFailure.host = u"desk-2"_s;
        const qint64 newId = insertRun(*t, newFailure);
        RunRow mine;
        mine.success = false;
        mine.error = u"mine"_s;
        mine.host = QHostInfo::localHostName();
        mine.pid = int(QCoreApplication::applicationPid());
        insertRun(*t, mine);
        loaded.clear();
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(resets.size(), 0); // rows are inserted and updated, so selections survive a poll
        QCOMPARE(inserted.size(), 2); // the first load, then the two new runs at the top
        QCOMPARE(inserted.last().at(1).toInt(), 0);
        QCOMPARE(inserted.last().at(2).toInt(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowOfRun(runningId), 2);
        QCOMPARE(model.run(2)->state, CrawlRun::State::Failed);
        QCOMPARE(failures.size(), 2);
        QSet<qint64> reported;
        for (const auto& args : failures)
            reported << args.at(0).value<CrawlRun>().id;
        QCOMPARE(reported, (QSet<qint64> { runningId, newId }));

        // Nothing new: nothing reported or changed again.
        loaded.clear();
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(failures.size(), 2);
        QCOMPARE(changed.size(), 1);
    }

    void fetchesOlderRunsInPages_data() { md::test::addDialectRows(); }
    void fetchesOlderRunsInPages()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        for (int i = 0; i < 25; ++i)
            insertRun(*t, RunRow {});
        CrawlHistoryModel model(t->database(), nullptr, 10);
        model.setPollInterval(0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CrawlHistoryModel::loaded);
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 20, 10000);
        // QAbstractItemModelTester fetches further pages itself when rows are inserted; ask until all are in.
        QTRY_VERIFY_WITH_TIMEOUT((model.fetchMore({}), model.rowCount() == 25), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.canFetchMore({}), 10000);
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.run(r)->id < model.run(r - 1)->id);
        // A poll after paging covers every row shown and keeps them.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        insertRun(*t, RunRow {});
        loaded.clear();
        model.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 26);
        QCOMPARE(resets.size(), 0);
    }

    void rejectsOfOneRun_data() { md::test::addDialectRows(); }
    void rejectsOfOneRun()
    {
        QFETCH(QByteArray, dialect);
        auto t = md::test::TestDatabase::create(dialect);
        const qint64 first = insertRun(*t, RunRow {});
        const qint64 second = insertRun(*t, RunRow {});
        const QList<std::tuple<qint64, QString, int, QString>> rejects {
            { first, u"PRADA.csv"_s, 12, u"CodArticolo is empty"_s },
            { first, u"GUCCI.csv"_s, 0, u"sha256 differs from index.csv"_s },
            { first, u"GUCCI.csv"_s, 7, u"Prezzo \"abc\" is not a number"_s },
            { second, u"FENDI.csv"_s, 3, u"duplicate CodArticolo"_s },
        };
        for (const auto& [run, file, line, reason] : rejects)
            MD_VERIFY_OK(md::db::exec(t->connection(),
                u"INSERT INTO feed_reject (job_result_id, file, line, reason) VALUES (?, ?, ?, ?)"_s,
                { run, file, line, reason }));

        CrawlRejectsModel model(t->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &CrawlRejectsModel::loaded);
        model.setRunId(second);
        model.setRunId(first); // a quick switch: only the last run's answer lands
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.last().first().toLongLong(), first);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, CrawlRejectsModel::File).data().toString(), u"GUCCI.csv"_s);
        QCOMPARE(model.index(0, CrawlRejectsModel::Line).data().toString(), u"whole file"_s);
        QCOMPARE(model.index(1, CrawlRejectsModel::Line).data().toString(), u"7"_s);
        QCOMPARE(model.index(2, CrawlRejectsModel::Reason).data().toString(), u"CodArticolo is empty"_s);
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);

        model.setRunId(second);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rejects().first().file, u"FENDI.csv"_s);
        model.setRunId(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCrawlHistoryModel)
#include "tst_crawlhistorymodel.moc"
