#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/marketplaces/common/account.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <memory>

class QSqlDatabase;

namespace md::models {

class DbWorker;

// The last collection run of one account (its newest job_results row).
struct CollectionRun {
    QDateTime startedAt; // UTC
    QDateTime finishedAt; // invalid while running (or when the run crashed)
    bool success = false;
    bool skipped = false;
    int ordersCount = -1; // -1: none recorded
    QString error;
    QString lockHolder;
};

// An account with what the Orders page monitors about its collection.
struct AccountStatus {
    marketplaces::Account account;
    std::optional<CollectionRun> lastRun;
    QDateTime nextRun; // UTC; queued job's run_after, or the last run plus the interval; invalid: none expected
    bool nextRunQueued = false; // nextRun comes from the job queue (a worker will run it)
    bool running = false; // a queued job of this account is being run right now
};

struct AccountsSnapshot {
    QList<AccountStatus> accounts;
    int queuedCollections = 0; // orders.collect jobs waiting in the queue
    int queuedJobs = 0; // every kind
    int runningJobs = 0;
};

// Reads accounts (through marketplaces::Accounts), their last runs and the queue in a few grouped statements.
Result<AccountsSnapshot> fetchAccountsSnapshot(const db::Database& database, const QSqlDatabase& db);

// The marketplace accounts with their collection status. Loaded whole on a worker thread by refresh(); small.
class AccountsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Platform,
        Name,
        SellerId,
        DisplayName,
        BaseUrl,
        Proxy,
        Active,
        Interval,
        LastCollected,
        LastRun,
        LastResult,
        Orders,
        LastError,
        NextRun,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, NameRole };

    explicit AccountsModel(db::Database database, QObject* parent = nullptr);
    ~AccountsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    const AccountsSnapshot& snapshot() const { return m_snapshot; }
    const AccountStatus* statusAt(int row) const;
    int rowOf(const QString& name) const;

    // "Succeeded", "Failed", "Skipped: held by …", "Running" for a run.
    static QString resultText(const CollectionRun& run);

Q_SIGNALS:
    void loaded();
    void errorOccurred(const md::Error& error);

private:
    void apply(quint64 generation, const md::Result<AccountsSnapshot>& snapshot);

    db::Database m_database;
    quint64 m_generation = 0;
    AccountsSnapshot m_snapshot;
    std::unique_ptr<DbWorker> m_worker;
};

} // namespace md::models
