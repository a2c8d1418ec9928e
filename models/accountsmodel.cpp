#include "models/accountsmodel.h"

#include "models/dbworker.h"
#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/ordercollection.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

Result<AccountsSnapshot> fetchAccountsSnapshot(const db::Database& database, const QSqlDatabase& db)
{
    auto list = marketplaces::Accounts(database).list();
    if (!list)
        return list.error();
    const QString kind = QString(marketplaces::kCollectJobKind);
    // The newest run of every account: one statement, not one per account.
    auto runs = db::exec(db,
        u"SELECT r.account_id, r.started_at, r.finished_at, r.success, r.skipped, r.orders_count, "
        u"COALESCE(r.error_msg, ''), COALESCE(r.lock_holder, '') FROM job_results r WHERE r.job_name = ? AND r.id = "
        u"(SELECT MAX(r2.id) FROM job_results r2 WHERE r2.job_name = r.job_name AND r2.account_id = r.account_id)"_s,
        { kind });
    if (!runs)
        return runs.error();
    QHash<qint64, CollectionRun> lastRuns;
    while (runs->next()) {
        const QSqlQuery& q = *runs;
        lastRuns.insert(q.value(0).toLongLong(),
            { jobs::DbClock::toDateTime(q.value(1)), jobs::DbClock::toDateTime(q.value(2)), q.value(3).toBool(),
                q.value(4).toBool(), q.value(5).isNull() ? -1 : q.value(5).toInt(), q.value(6).toString(),
                q.value(7).toString() });
    }
    auto queued = db::exec(db,
        u"SELECT dedupe_key, status, MIN(run_after) FROM jobs WHERE kind = ? AND status IN ('queued', 'running') "
        u"AND dedupe_key IS NOT NULL GROUP BY dedupe_key, status"_s,
        { kind });
    if (!queued)
        return queued.error();
    QHash<QString, QDateTime> nextQueued;
    QSet<QString> running;
    while (queued->next()) {
        if (queued->value(1).toString() == u"running")
            running.insert(queued->value(0).toString());
        else
            nextQueued.insert(queued->value(0).toString(), jobs::DbClock::toDateTime(queued->value(2)));
    }
    AccountsSnapshot snapshot;
    auto totals = db::exec(db,
        u"SELECT COUNT(CASE WHEN status = 'queued' AND kind = ? THEN 1 END), "
        u"COUNT(CASE WHEN status = 'queued' THEN 1 END), COUNT(CASE WHEN status = 'running' THEN 1 END) "
        u"FROM jobs WHERE status IN ('queued', 'running')"_s,
        { kind });
    if (!totals)
        return totals.error();
    if (totals->next()) {
        snapshot.queuedCollections = totals->value(0).toInt();
        snapshot.queuedJobs = totals->value(1).toInt();
        snapshot.runningJobs = totals->value(2).toInt();
    }
    for (const auto& account : *list) {
        AccountStatus s;
        s.account = account;
        if (lastRuns.contains(account.id))
            s.lastRun = lastRuns.value(account.id);
        const QString key = marketplaces::collectDedupeKey(account.name);
        s.running = running.contains(key);
        if (nextQueued.contains(key)) {
            s.nextRun = nextQueued.value(key);
            s.nextRunQueued = true;
        } else if (account.active && s.lastRun) {
            s.nextRun = s.lastRun->startedAt.addSecs(account.collectIntervalS);
        }
        snapshot.accounts.append(s);
    }
    return snapshot;
}

AccountsModel::AccountsModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_worker(std::make_unique<DbWorker>(database, u"md-accounts"_s))
{
    refresh();
}

AccountsModel::~AccountsModel() = default;

int AccountsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.accounts.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Platform:
        return tr("Platform");
    case Name:
        return tr("Name");
    case SellerId:
        return tr("Seller id");
    case DisplayName:
        return tr("Display name");
    case BaseUrl:
        return tr("Base URL");
    case Proxy:
        return tr("Proxy");
    case Active:
        return tr("Active");
    case Interval:
        return tr("Interval");
    case LastCollected:
        return tr("Collected up to");
    case LastRun:
        return tr("Last run");
    case LastResult:
        return tr("Result");
    case Orders:
        return tr("Orders");
    case LastError:
        return tr("Error");
    case NextRun:
        return tr("Next run");
    default:
        return {};
    }
}

QString AccountsModel::resultText(const CollectionRun& run)
{
    if (run.skipped)
        return run.lockHolder.isEmpty() ? tr("Skipped") : tr("Skipped: running on %1").arg(run.lockHolder);
    if (!run.finishedAt.isValid())
        return tr("Running");
    return run.success ? tr("Succeeded") : tr("Failed");
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountStatus& s = m_snapshot.accounts.at(index.row());
    const marketplaces::Account& a = s.account;
    if (role == IdRole)
        return a.id;
    if (role == NameRole)
        return a.name;
    if (role == Qt::ToolTipRole && index.column() == LastError && s.lastRun)
        return s.lastRun->error;
    if (role == Qt::ToolTipRole && index.column() == NextRun && s.nextRun.isValid())
        return s.nextRunQueued ? tr("Queued; a worker runs it") : tr("Expected from the interval; nothing queued");
    if (role == Qt::CheckStateRole && index.column() == Active)
        return a.active ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Platform:
        return a.platform;
    case Name:
        return a.name;
    case SellerId:
        return a.sellerId;
    case DisplayName:
        return a.displayName;
    case BaseUrl:
        return a.baseUrl.isEmpty() ? tr("(platform default)") : a.baseUrl.toString();
    case Proxy:
        return a.proxyUrl.toString();
    case Active:
        return a.active ? tr("Yes") : tr("No");
    case Interval:
        return tr("%1 min").arg(QLocale().toString(a.collectIntervalS / 60.0, 'g', 3));
    case LastCollected:
        return a.lastCollectedTo.isValid() ? when(a.lastCollectedTo) : tr("never");
    case LastRun:
        return s.lastRun ? when(s.lastRun->startedAt) : tr("never");
    case LastResult:
        if (s.running)
            return tr("Running");
        return s.lastRun ? resultText(*s.lastRun) : QString();
    case Orders:
        return s.lastRun && s.lastRun->ordersCount >= 0 ? QLocale().toString(s.lastRun->ordersCount) : QString();
    case LastError:
        return s.lastRun ? s.lastRun->error.section(u'\n', 0, 0) : QString();
    case NextRun:
        if (!a.active)
            return tr("inactive");
        return s.nextRun.isValid() ? when(s.nextRun) : tr("not scheduled");
    default:
        return {};
    }
}

const AccountStatus* AccountsModel::statusAt(int row) const
{
    return row >= 0 && row < m_snapshot.accounts.size() ? &m_snapshot.accounts.at(row) : nullptr;
}

int AccountsModel::rowOf(const QString& name) const
{
    for (int i = 0; i < m_snapshot.accounts.size(); ++i) {
        if (m_snapshot.accounts.at(i).account.name == name)
            return i;
    }
    return -1;
}

void AccountsModel::refresh()
{
    const quint64 generation = ++m_generation;
    const db::Database database = m_database;
    m_worker->post([this, generation, database](const md::Result<QSqlDatabase>& db) {
        auto snapshot = db ? fetchAccountsSnapshot(database, *db) : md::Result<AccountsSnapshot>(db.error());
        QMetaObject::invokeMethod(
            this, [this, generation, snapshot] { apply(generation, snapshot); }, Qt::QueuedConnection);
    });
}

void AccountsModel::apply(quint64 generation, const md::Result<AccountsSnapshot>& snapshot)
{
    if (generation != m_generation)
        return;
    if (!snapshot) {
        Q_EMIT errorOccurred(snapshot.error());
        return;
    }
    beginResetModel();
    m_snapshot = *snapshot;
    endResetModel();
    Q_EMIT loaded();
}

} // namespace md::models
