#pragma once

#include "services/db/database.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <memory>

class QTimer;

namespace md::models {

class DbWorker;

// One run of the G&B crawl as recorded in job_results.
struct CrawlRun {
    enum class State { Running, Succeeded, Failed, Cancelled, Skipped };

    qint64 id = 0;
    qint64 jobId = 0; // 0: not run from the job queue (started by hand: this window, another desktop, the CLI)
    QDateTime started; // UTC
    QDateTime finished; // UTC; invalid while running
    qint64 durationMs = -1;
    State state = State::Running;
    QString lockHolder; // who held the lease when the run was skipped
    QString host;
    int pid = 0;
    QString error;
    QJsonObject counts; // files, rows, inserted, updated, rejected, mode …

    qint64 count(const QString& key) const { return counts.value(key).toInteger(-1); }
    bool operator==(const CrawlRun&) const = default;
};

// The history of "gnb.crawl" runs, newest first, read on a worker thread and polled (30 s by default) so that runs
// of workers and other desktops appear. A poll keeps the rows already shown (new runs are inserted at the top,
// changed ones updated) so selections survive it. Older runs come in pages through fetchMore().
// Emits failedRunAppeared() for a failure first seen after the initial load that this process did not run.
class CrawlHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Started,
        Status,
        Mode,
        Trigger,
        Duration,
        Files,
        Rows,
        Inserted,
        Updated,
        Rejected,
        Host,
        Message,
        ColumnCount
    };
    enum Role { RunIdRole = Qt::UserRole + 1, StateRole };

    explicit CrawlHistoryModel(db::Database database, QObject* parent = nullptr, int pageSize = 200);
    ~CrawlHistoryModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Reloads now (and then every poll interval); a reload already running is not doubled.
    void refresh();
    // 0 stops polling.
    void setPollInterval(int ms);
    const CrawlRun* run(int row) const;
    int rowOfRun(qint64 id) const;
    bool isLoading() const { return m_loading; }

    static QString stateText(CrawlRun::State state);

Q_SIGNALS:
    void loaded();
    void errorOccurred(const md::Error& error);
    // A run that ended failed after this model first loaded, and was not run by this process.
    void failedRunAppeared(const md::models::CrawlRun& run);

private:
    struct Page {
        QList<CrawlRun> runs;
        bool more = false;
    };
    void onRefreshed(quint64 generation, qint64 floor, const Result<Page>& page);
    void onFetched(quint64 generation, const Result<Page>& page);
    void merge(const QList<CrawlRun>& runs, qint64 floor);
    void reportFailures();
    QString cellText(const CrawlRun& run, int column) const;

    QList<CrawlRun> m_rows;
    QSet<qint64> m_knownFailed;
    bool m_baseline = false;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_hasMore = false;
    quint64 m_generation = 0; // a reset drops fetches started before it
    int m_pageSize;
    QTimer* m_poll;
    std::unique_ptr<DbWorker> m_worker; // last: stops before the rest goes
};

} // namespace md::models

Q_DECLARE_METATYPE(md::models::CrawlRun)
