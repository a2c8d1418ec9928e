#include "services/db/sql.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/jobresults.h"
#include "tests/common/testdatabases.h"
#include "tests/common/testhelpers.h"
#include "tests/integration/jobs/jobstestdb.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace md;
using jobs::JobResults;
using jobs::RunInfo;
using jobs::RunOutcome;

namespace {
// One job_results row as column -> value.
QVariantMap row(test::TestDatabase& t, qint64 id)
{
    auto q = db::exec(t.connection(), u"SELECT * FROM job_results WHERE id = ?"_s, { id });
    QVariantMap out;
    if (!q || !q->next())
        return out;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i)
        out.insert(record.fieldName(i), q->value(i));
    return out;
}

bool isTrue(const QVariant& v)
{
    return v.toBool() || v.toInt() == 1;
}
} // namespace

class TestJobResults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startThenFinish_data() { test::addDialectRows(); }
    void startThenFinish()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        auto account = db::scalar(t->connection(),
            u"INSERT INTO account (platform, name, seller_id) VALUES ('qoo10', 'jp-main', 's1') RETURNING id"_s);
        MD_VERIFY_OK(account);
        auto job = jobs::JobQueue(t->database()).enqueue(u"orders.collect"_s, {});
        MD_VERIFY_OK(job);

        JobResults results(t->database());
        auto id = results.start(RunInfo { u"orders.collect"_s, job->id, account->toLongLong() });
        MD_VERIFY_OK(id);
        auto started = row(*t, *id);
        QCOMPARE(started.value(u"job_name"_s).toString(), u"orders.collect"_s);
        QCOMPARE(started.value(u"job_id"_s).toLongLong(), job->id);
        QCOMPARE(started.value(u"account_id"_s).toLongLong(), account->toLongLong());
        QCOMPARE(started.value(u"host"_s).toString(), QHostInfo::localHostName());
        QCOMPARE(started.value(u"pid"_s).toLongLong(), QCoreApplication::applicationPid());
        QVERIFY(!started.value(u"started_at"_s).isNull());
        QVERIFY(started.value(u"finished_at"_s).isNull());
        QVERIFY(started.value(u"success"_s).isNull());

        QThread::msleep(150);
        MD_VERIFY_OK(results.finish(*id, RunOutcome { true, { { u"orders"_s, 12 }, { u"lines"_s, 30 } }, 12, {} }));
        auto finished = row(*t, *id);
        const qint64 duration = finished.value(u"duration_ms"_s).toLongLong();
        QVERIFY2(duration >= 140 && duration < 5000, qPrintable(QString::number(duration)));
        QVERIFY(isTrue(finished.value(u"success"_s)));
        QVERIFY(!isTrue(finished.value(u"skipped"_s)));
        QCOMPARE(finished.value(u"orders_count"_s).toInt(), 12);
        QVERIFY(finished.value(u"error_msg"_s).isNull());
        const auto counts = QJsonDocument::fromJson(finished.value(u"counts"_s).toString().toUtf8()).object();
        QCOMPARE(counts.value(u"lines"_s).toInt(), 30);
        QVERIFY(!finished.value(u"finished_at"_s).isNull());
    }

    void failureKeepsError_data() { test::addDialectRows(); }
    void failureKeepsError()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobResults results(t->database());
        auto id = results.start(RunInfo { u"gnb.crawl"_s, {}, {} });
        MD_VERIFY_OK(id);
        MD_VERIFY_OK(results.finish(*id, RunOutcome { false, { { u"files"_s, 3 } }, {}, u"feed server: HTTP 503"_s }));
        auto r = row(*t, *id);
        QVERIFY(!isTrue(r.value(u"success"_s)));
        QVERIFY(!r.value(u"success"_s).isNull());
        QCOMPARE(r.value(u"error_msg"_s).toString(), u"feed server: HTTP 503"_s);
        QVERIFY(r.value(u"orders_count"_s).isNull());
        QVERIFY(r.value(u"job_id"_s).isNull());

        auto missing = results.finish(*id + 1000, RunOutcome { true, {}, {}, {} });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void skippedRunNamesHolder_data() { test::addDialectRows(); }
    void skippedRunNamesHolder()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        JobResults results(t->database());
        const jobs::LeaseInfo holder { false, u"worker-1:4242"_s,
            QDateTime(QDate(2026, 11, 20), QTime(22, 15), QTimeZone::utc()) };
        auto id = results.recordSkipped(RunInfo { u"gnb.crawl"_s, {}, {} }, holder);
        MD_VERIFY_OK(id);
        auto r = row(*t, *id);
        QVERIFY(isTrue(r.value(u"skipped"_s)));
        QCOMPARE(r.value(u"lock_holder"_s).toString(), u"worker-1:4242"_s);
        QCOMPARE(r.value(u"duration_ms"_s).toLongLong(), 0);
        QVERIFY(!r.value(u"finished_at"_s).isNull());
        const QString message = r.value(u"error_msg"_s).toString();
        QVERIFY2(message.contains(u"worker-1:4242"_s) && message.contains(u"2026-11-20T22:15"_s), qPrintable(message));
    }

    // A run that ends without reporting (early return, exception) is still closed, as failed.
    void unfinishedRunIsRecordedAsInterrupted_data() { test::addDialectRows(); }
    void unfinishedRunIsRecordedAsInterrupted()
    {
        QFETCH(QByteArray, dialect);
        auto* t = &m_databases.fresh(dialect);
        qint64 interrupted = 0;
        qint64 reported = 0;
        {
            auto run = jobs::JobRun::begin(t->database(), RunInfo { u"gnb.crawl"_s, {}, {} });
            MD_VERIFY_OK(run);
            interrupted = run->resultId();
            auto other = jobs::JobRun::begin(t->database(), RunInfo { u"gnb.crawl"_s, {}, {} });
            MD_VERIFY_OK(other);
            reported = other->resultId();
            MD_VERIFY_OK(other->finish(RunOutcome { true, {}, {}, {} }));
            QVERIFY(other->isFinished());
        }
        auto a = row(*t, interrupted);
        QVERIFY(!isTrue(a.value(u"success"_s)));
        QVERIFY(!a.value(u"finished_at"_s).isNull());
        QVERIFY(a.value(u"error_msg"_s).toString().contains(u"interrupted"_s));
        auto b = row(*t, reported);
        QVERIFY(isTrue(b.value(u"success"_s)));
        QVERIFY(b.value(u"error_msg"_s).isNull());
    }

    void cleanupTestCase() { m_databases.clear(); }

private:
    test::JobsTestDatabases m_databases;
};

QTEST_GUILESS_MAIN(TestJobResults)
#include "tst_jobresults.moc"
