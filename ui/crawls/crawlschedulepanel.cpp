#include "ui/crawls/crawlschedulepanel.h"

#include "models/dbworker.h"
#include "services/db/sql.h"
#include "services/gnb/gnbjobs.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/scheduler.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
Result<CrawlSchedulePanel::Snapshot> readSchedule(const QSqlDatabase& db, db::Dialect dialect)
{
    CrawlSchedulePanel::Snapshot s;
    const QString now = jobs::DbClock::now(dialect);
    auto running = db::exec(db,
        u"SELECT locked_by, payload FROM jobs WHERE kind = 'gnb.crawl' AND status = 'running' "
        "UNION ALL SELECT locked_by, NULL FROM shedlock WHERE name = 'gnb.crawl' AND lock_until > %1"_s.arg(now));
    if (!running)
        return running.error();
    while (running->next()) {
        if (s.runningHolder.isEmpty())
            s.runningHolder = running->value(0).toString();
        if (s.runningMode.isEmpty() && !running->value(1).isNull())
            s.runningMode = QJsonDocument::fromJson(running->value(1).toString().toUtf8())
                                .object()
                                .value(u"mode"_s)
                                .toString(u"full"_s);
    }
    auto queued = db::exec(db,
        u"SELECT id, payload, run_after, COALESCE(dedupe_key, '') FROM jobs "
        "WHERE kind = 'gnb.crawl' AND status = 'queued' ORDER BY run_after, priority DESC, id LIMIT 20"_s);
    if (!queued)
        return queued.error();
    while (queued->next()) {
        CrawlSchedulePanel::Queued q;
        q.id = queued->value(0).toLongLong();
        const QJsonObject payload = QJsonDocument::fromJson(queued->value(1).toString().toUtf8()).object();
        q.mode = payload.value(u"mode"_s).toString(u"full"_s);
        for (const auto& b : payload.value(u"brands"_s).toArray())
            q.brands << b.toString();
        q.runAfter = jobs::DbClock::toDateTime(queued->value(2));
        const QString key = queued->value(3).toString();
        if (key.startsWith(QString::fromLatin1(gnb::GnbJobs::kFullTrigger)))
            q.reason = CrawlSchedulePanel::tr("daily full crawl");
        else if (key == QString::fromLatin1(gnb::GnbJobs::kIncrementalKey))
            q.reason = CrawlSchedulePanel::tr("after the previous crawl");
        else if (key.startsWith(u"gnb.crawl.brand:"_s))
            q.reason = CrawlSchedulePanel::tr("a mapping changed");
        else
            q.reason = CrawlSchedulePanel::tr("queued by hand");
        s.queued << q;
    }
    auto fired = db::exec(db, u"SELECT last_fired_on FROM schedule_state WHERE name = ?"_s,
        { QString::fromLatin1(gnb::GnbJobs::kFullTrigger) });
    if (!fired)
        return fired.error();
    if (fired->next())
        s.lastFiredOn = fired->value(0).toString();
    return s;
}
} // namespace

CrawlSchedulePanel::CrawlSchedulePanel(db::Database database, models::DbWorker* worker, QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_worker(worker)
    , m_here(new QLabel(this))
    , m_running(new QLabel(this))
    , m_next(new QLabel(this))
    , m_daily(new QLabel(this))
    , m_queued(new QTreeWidget(this))
{
    setObjectName(u"crawlSchedule"_s);
    m_next->setObjectName(u"nextRun"_s);
    m_here->setObjectName(u"runsHere"_s);
    for (QLabel* label : { m_here, m_running, m_next, m_daily }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_queued->setObjectName(u"queuedCrawls"_s);
    m_queued->setRootIsDecorated(false);
    m_queued->setHeaderLabels({ tr("When"), tr("Crawl"), tr("Why") });
    m_queued->header()->setStretchLastSection(true);
    m_queued->setColumnWidth(0, 130);
    m_queued->setColumnWidth(1, 150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_here);
    layout->addWidget(m_running);
    layout->addWidget(m_next);
    layout->addWidget(m_queued, 1);
    layout->addWidget(m_daily);
    m_running->setText(tr("Reading the schedule…"));
    setRunsHere(false, {});
}

void CrawlSchedulePanel::setRunsHere(bool runs, const QString& holder)
{
    m_here->setText(runs ? tr("This window runs the schedule (as %1), sharing the queue with the workers.").arg(holder)
                         : tr("This window does not run the schedule; workers (marketdesk-cli worker) or other "
                              "desktops do."));
}

QString CrawlSchedulePanel::runsHereText() const
{
    return m_here->text();
}

QString CrawlSchedulePanel::modeText(const QString& mode, const QStringList& brands)
{
    if (mode == u"incremental"_s)
        return tr("Incremental");
    if (mode == u"brands"_s)
        return tr("Brands: %1").arg(brands.join(u", "_s));
    return tr("Full");
}

void CrawlSchedulePanel::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    const auto dialect = m_database.dialect();
    QPointer<CrawlSchedulePanel> self(this);
    m_worker->post([self, dialect](const Result<QSqlDatabase>& db) {
        Result<Snapshot> snapshot = db ? readSchedule(*db, dialect) : Result<Snapshot>(db.error());
        // The page owns the worker and deletes it before its children, so `self` is checked in the GUI thread.
        QMetaObject::invokeMethod(
            qApp,
            [self, snapshot] {
                if (!self)
                    return;
                self->m_busy = false;
                if (!snapshot)
                    Q_EMIT self->errorOccurred(snapshot.error());
                else
                    self->show(*snapshot);
                Q_EMIT self->refreshed();
            },
            Qt::QueuedConnection);
    });
}

void CrawlSchedulePanel::show(const Snapshot& s)
{
    const QLocale locale;
    m_running->setText(s.runningHolder.isEmpty()
            ? tr("No crawl is running.")
            : (s.runningMode.isEmpty()
                    ? tr("A crawl is running on %1.").arg(s.runningHolder)
                    : tr("Running now: %1 crawl on %2.").arg(modeText(s.runningMode, {}), s.runningHolder)));
    m_queued->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto& q : s.queued) {
        const QString when = q.runAfter <= now ? tr("as soon as possible")
                                               : locale.toString(q.runAfter.toLocalTime(), QLocale::ShortFormat);
        new QTreeWidgetItem(m_queued, { when, modeText(q.mode, q.brands), q.reason });
    }
    if (s.queued.isEmpty()) {
        m_next->setText(tr("Next run: none queued."));
    } else {
        const auto& first = s.queued.constFirst();
        const qint64 minutes = now.secsTo(first.runAfter) / 60;
        m_next->setText(first.runAfter <= now
                ? tr("Next run: %1, as soon as a worker is free (%2).")
                      .arg(modeText(first.mode, first.brands), first.reason)
                : tr("Next run: %1 at %2, in %n min (%3).", nullptr, int(minutes))
                      .arg(modeText(first.mode, first.brands),
                          locale.toString(first.runAfter.toLocalTime().time(), QLocale::ShortFormat), first.reason));
    }

    // The daily time is the workers' --schedule-time and this window's own when it runs the schedule
    // (crawls/scheduleTime, crawls/scheduleZone, crawls/intervalMinutes).
    const QSettings settings;
    const QTime at = QTime::fromString(settings.value(u"crawls/scheduleTime"_s, u"06:00"_s).toString(), u"HH:mm"_s);
    const QTimeZone zone(settings.value(u"crawls/scheduleZone"_s, u"Europe/Rome"_s).toString().toUtf8());
    if (at.isValid() && zone.isValid()) {
        jobs::Scheduler scheduler(m_database);
        scheduler.addDaily(gnb::GnbJobs::dailyFullCrawl(at, zone));
        const QDateTime next = scheduler.nextFire(QString::fromLatin1(gnb::GnbJobs::kFullTrigger), now);
        const QString last = s.lastFiredOn.isEmpty()
            ? tr("never queued yet")
            : tr("last queued for %1")
                  .arg(locale.toString(QDate::fromString(s.lastFiredOn, u"yyyyMMdd"_s), QLocale::ShortFormat));
        const int minutes = settings.value(u"crawls/intervalMinutes"_s, 15).toInt();
        m_daily->setText(tr("Daily full crawl at %1 (%2): next %3, %4. Then an incremental crawl %n min after each "
                            "crawl ends.",
            nullptr, minutes)
                             .arg(at.toString(u"HH:mm"_s), QString::fromUtf8(zone.id()),
                                 locale.toString(next.toLocalTime(), QLocale::ShortFormat), last));
    }
}

QString CrawlSchedulePanel::nextRunText() const
{
    return m_next->text();
}

QString CrawlSchedulePanel::runningText() const
{
    return m_running->text();
}

} // namespace md::ui
