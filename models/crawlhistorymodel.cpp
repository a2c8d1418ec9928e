#include "models/crawlhistorymodel.h"

#include "models/dbworker.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"

#include <QColor>
#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
// How the crawler and the job worker word a cancelled run (job_results has no column for it).
bool isCancelMessage(const QString& error)
{
    const QString crawl = QCoreApplication::translate("md::gnb", "The crawl was cancelled.");
    const QString job = QCoreApplication::translate("md::jobs", "cancelled");
    return error.startsWith(crawl) || error.startsWith(u"The crawl was cancelled."_s) || error == job
        || error == u"cancelled"_s;
}

// Runs with id >= floor (all of them when floor > 0), else the newest `limit` runs with id < below.
Result<QList<CrawlRun>> readRuns(const QSqlDatabase& db, qint64 floor, qint64 below, int limit)
{
    QString sql = u"SELECT r.id, r.job_id, r.started_at, r.finished_at, r.duration_ms, r.success, r.skipped, "
                  "r.lock_holder, r.host, r.pid, r.counts, r.error_msg, j.status "
                  "FROM job_results r LEFT JOIN jobs j ON j.id = r.job_id WHERE r.job_name = 'gnb.crawl' "_s;
    QVariantList binds;
    if (floor > 0) {
        sql += u"AND r.id >= ? ORDER BY r.id DESC"_s;
        binds << floor;
    } else {
        if (below > 0) {
            sql += u"AND r.id < ? "_s;
            binds << below;
        }
        sql += u"ORDER BY r.id DESC LIMIT ?"_s;
        binds << limit;
    }
    auto q = db::exec(db, sql, binds);
    if (!q)
        return q.error();
    QList<CrawlRun> runs;
    while (q->next()) {
        CrawlRun run;
        run.id = q->value(0).toLongLong();
        run.jobId = q->value(1).toLongLong();
        run.started = jobs::DbClock::toDateTime(q->value(2));
        if (!q->value(3).isNull())
            run.finished = jobs::DbClock::toDateTime(q->value(3));
        run.durationMs = q->value(4).isNull() ? -1 : q->value(4).toLongLong();
        run.lockHolder = q->value(7).toString();
        run.host = q->value(8).toString();
        run.pid = q->value(9).toInt();
        if (!q->value(10).isNull())
            run.counts = QJsonDocument::fromJson(q->value(10).toString().toUtf8()).object();
        run.error = q->value(11).toString();
        if (q->value(6).toBool())
            run.state = CrawlRun::State::Skipped;
        else if (q->value(5).isNull() && q->value(3).isNull())
            run.state = CrawlRun::State::Running;
        else if (q->value(5).toBool())
            run.state = CrawlRun::State::Succeeded;
        else if (q->value(12).toString() == u"cancelled"_s || isCancelMessage(run.error))
            run.state = CrawlRun::State::Cancelled;
        else
            run.state = CrawlRun::State::Failed;
        runs << run;
    }
    return runs;
}

QString formatDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return CrawlHistoryModel::tr("%1 ms").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return CrawlHistoryModel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    if (s < 3600)
        return CrawlHistoryModel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return CrawlHistoryModel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}
} // namespace

CrawlHistoryModel::CrawlHistoryModel(db::Database database, QObject* parent, int pageSize)
    : QAbstractTableModel(parent)
    , m_pageSize(std::max(pageSize, 1))
    , m_poll(new QTimer(this))
    , m_worker(std::make_unique<DbWorker>(std::move(database), u"md-crawl-history"_s))
{
    qRegisterMetaType<md::models::CrawlRun>();
    m_poll->setInterval(30000);
    connect(m_poll, &QTimer::timeout, this, &CrawlHistoryModel::refresh);
    m_poll->start();
}

CrawlHistoryModel::~CrawlHistoryModel() = default;

void CrawlHistoryModel::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_poll->stop();
        return;
    }
    m_poll->start(ms);
}

int CrawlHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrawlHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CrawlRun* CrawlHistoryModel::run(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CrawlHistoryModel::rowOfRun(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QString CrawlHistoryModel::stateText(CrawlRun::State state)
{
    switch (state) {
    case CrawlRun::State::Running:
        return tr("Running");
    case CrawlRun::State::Succeeded:
        return tr("Succeeded");
    case CrawlRun::State::Failed:
        return tr("Failed");
    case CrawlRun::State::Cancelled:
        return tr("Cancelled");
    case CrawlRun::State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QVariant CrawlHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Status:
        return tr("Status");
    case Mode:
        return tr("Mode");
    case Trigger:
        return tr("Started by");
    case Duration:
        return tr("Duration");
    case Files:
        return tr("Files");
    case Rows:
        return tr("Rows");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Rejected:
        return tr("Rejected");
    case Host:
        return tr("Host");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

QString CrawlHistoryModel::cellText(const CrawlRun& run, int column) const
{
    const QLocale locale;
    const auto number = [&](const QString& key) {
        const qint64 n = run.count(key);
        return n < 0 ? QString() : locale.toString(n);
    };
    switch (column) {
    case Started:
        return locale.toString(run.started.toLocalTime(), QLocale::ShortFormat);
    case Status:
        return run.state == CrawlRun::State::Skipped && !run.lockHolder.isEmpty()
            ? tr("Skipped (held by %1)").arg(run.lockHolder)
            : stateText(run.state);
    case Mode: {
        const QString mode = run.counts.value(u"mode"_s).toString();
        if (mode == u"full"_s)
            return tr("Full");
        if (mode == u"incremental"_s)
            return tr("Incremental");
        if (mode == u"brands"_s)
            return tr("Brands");
        return mode;
    }
    case Trigger:
        return run.jobId ? tr("Queue (#%1)").arg(run.jobId) : tr("By hand");
    case Duration:
        return formatDuration(run.durationMs);
    case Files: {
        const qint64 failed = run.count(u"files_failed"_s);
        return failed > 0 ? tr("%1 (%2 failed)").arg(number(u"files"_s), locale.toString(failed)) : number(u"files"_s);
    }
    case Rows:
        return number(u"rows"_s);
    case Inserted:
        return number(u"inserted"_s);
    case Updated:
        return number(u"updated"_s);
    case Rejected:
        return number(u"rejected"_s);
    case Host:
        return run.pid ? u"%1:%2"_s.arg(run.host).arg(run.pid) : run.host;
    case Message:
        return run.error.section(u'\n', 0, 0);
    default:
        return {};
    }
}

QVariant CrawlHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrawlRun& run = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(run, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Message || index.column() == Status)
            return run.error.isEmpty() ? QVariant() : QVariant(run.error);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Duration && index.column() <= Rejected)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && run.state == CrawlRun::State::Failed)
            return QColor(0xc5, 0x0f, 0x1f);
        return {};
    case RunIdRole:
        return run.id;
    case StateRole:
        return int(run.state);
    default:
        return {};
    }
}

void CrawlHistoryModel::refresh()
{
    if (m_loading) // a slow server must not pile up polls
        return;
    m_loading = true;
    const qint64 floor = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const int limit = m_pageSize;
    const quint64 generation = m_generation;
    m_worker->post([this, floor, limit, generation](const Result<QSqlDatabase>& db) {
        Result<Page> page = Page {};
        if (!db) {
            page = db.error();
        } else if (auto runs = readRuns(*db, floor, 0, limit); !runs) {
            page = runs.error();
        } else {
            page->more = floor == 0 && runs->size() == limit;
            page->runs = std::move(*runs);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, floor, page] { onRefreshed(generation, floor, page); }, Qt::QueuedConnection);
    });
}

void CrawlHistoryModel::onRefreshed(quint64 generation, qint64 floor, const Result<Page>& page)
{
    m_loading = false;
    if (!page) {
        Q_EMIT errorOccurred(page.error());
        return;
    }
    if (generation == m_generation) {
        const bool first = m_rows.isEmpty();
        merge(page->runs, floor);
        if (first)
            m_hasMore = page->more;
        reportFailures();
    }
    Q_EMIT loaded();
}

void CrawlHistoryModel::merge(const QList<CrawlRun>& runs, qint64 floor)
{
    // The answer covers every row shown with id >= floor (rows fetched meanwhile lie below it), so those rows
    // must be its tail.
    qsizetype covered = 0;
    while (covered < m_rows.size() && m_rows.at(covered).id >= floor)
        ++covered;
    const qsizetype added = runs.size() - covered;
    bool tail = added >= 0;
    for (qsizetype i = 0; tail && i < covered; ++i)
        tail = runs.at(added + i).id == m_rows.at(i).id;
    if (!tail) { // a run was deleted: start over
        beginResetModel();
        m_rows = runs;
        m_hasMore = true; // older rows may follow
        ++m_generation;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < covered; ++i) {
        if (!(runs.at(added + i) == m_rows.at(i))) {
            m_rows[i] = runs.at(added + i);
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    if (added > 0) {
        beginInsertRows({}, 0, int(added) - 1);
        m_rows = runs.mid(0, added) + m_rows;
        endInsertRows();
    }
}

void CrawlHistoryModel::reportFailures()
{
    static const QString host = QHostInfo::localHostName();
    const int pid = int(QCoreApplication::applicationPid());
    for (const auto& run : std::as_const(m_rows)) {
        if (run.state != CrawlRun::State::Failed || m_knownFailed.contains(run.id))
            continue;
        m_knownFailed.insert(run.id);
        // This process's own runs report their failure where they were started.
        if (m_baseline && !(run.host == host && run.pid == pid))
            Q_EMIT failedRunAppeared(run);
    }
    m_baseline = true;
}

bool CrawlHistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching && !m_rows.isEmpty();
}

void CrawlHistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const qint64 below = m_rows.constLast().id;
    const int limit = m_pageSize;
    const quint64 generation = m_generation;
    m_worker->post([this, below, limit, generation](const Result<QSqlDatabase>& db) {
        Result<Page> page = Page {};
        if (!db) {
            page = db.error();
        } else if (auto runs = readRuns(*db, 0, below, limit); !runs) {
            page = runs.error();
        } else {
            page->more = runs->size() == limit;
            page->runs = std::move(*runs);
        }
        QMetaObject::invokeMethod(
            this, [this, generation, page] { onFetched(generation, page); }, Qt::QueuedConnection);
    });
}

void CrawlHistoryModel::onFetched(quint64 generation, const Result<Page>& page)
{
    m_fetching = false;
    if (!page) {
        Q_EMIT errorOccurred(page.error());
        return;
    }
    if (generation != m_generation || page->runs.isEmpty()) {
        m_hasMore = generation == m_generation ? false : m_hasMore;
        return;
    }
    // A refresh may have run meanwhile; it never adds rows below the oldest shown, so these follow on.
    if (!m_rows.isEmpty() && page->runs.constFirst().id >= m_rows.constLast().id)
        return;
    // Still "fetching" while the rows go in: views and testers may call fetchMore() from the insert signals, and
    // must not ask for the page that is arriving now.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->runs.size()) - 1);
    m_rows += page->runs;
    m_hasMore = page->more;
    m_fetching = false;
    endInsertRows();
    for (const auto& run : page->runs) {
        if (run.state == CrawlRun::State::Failed)
            m_knownFailed.insert(run.id); // old failures are history, not news
    }
    Q_EMIT loaded();
}

} // namespace md::models
