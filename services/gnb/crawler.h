#pragma once

#include "services/db/database.h"
#include "services/gnb/cataloguestatistics.h"
#include "services/gnb/crawlsummary.h"
#include "services/gnb/feedcolumns.h"
#include "services/gnb/feedremovals.h"
#include "services/gnb/feedsource.h"
#include "services/gnb/filelane.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobresults.h"
#include "services/jobs/lease.h"
#include "services/jobs/progressreporter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace md::gnb {

enum class CrawlMode {
    Full, // every file of the day
    Incremental, // only files whose sha256 differs from the last applied one
    Brands, // only the files of the given brands
};

struct CrawlRequest {
    QString day; // YYYYMMDD
    CrawlMode mode = CrawlMode::Full;
    QStringList brands; // for CrawlMode::Brands: brand names or file names without .csv, any case
    FeedColumns columns;
    std::chrono::milliseconds leaseDuration = std::chrono::minutes(10);
    int batchRows = 5000;
    // Files applied at once, each in its own transaction on its own connection: 0 picks 2 on PostgreSQL (the
    // server works on two files while the next one is parsed) and 1 on SQLite (one writer at a time).
    int lanes = 0;

    // Set when the crawl runs as a queued job: the worker already holds the "gnb.crawl" lease and the run's
    // job_results row, so the crawler writes into that row and calls keepAlive() (false: the claim was lost)
    // instead of taking a lease of its own.
    struct QueuedJob {
        qint64 jobResultId = 0;
        std::function<bool()> keepAlive;
    };
    std::optional<QueuedJob> queuedJob;
};

// How a crawl ended: ok (files may still have failed: see summary.failures), or why it did not run or stopped
// (ErrorCode::LockHeld with the holder, Cancelled, an index or database error).
struct CrawlOutcome {
    Status status;
    CrawlSummary summary;
    QString lockHolder;
    RemovalCounts removals; // products shown again, and hidden after the day's first full crawl
};

// Runs one G&B crawl from the thread it lives in: takes the single-runner lease "gnb.crawl" (skips when held),
// records a job_results row, reads the day's index, then fetches the brand files one after another and applies
// each in its own transaction in one of its file lanes (on PostgreSQL two lanes with their own threads and
// connections; files touch disjoint models, and shared rows are written in key order so that lanes wait rather
// than deadlock). Checks the cancellation token between batches; a cancelled or failed file leaves the database
// as it was before that file. Rows hidden as missing that are read again are shown again; the day's first
// successful full crawl hides what it did not read (FeedRemovals).
class Crawler : public QObject {
    Q_OBJECT
public:
    static constexpr auto kLeaseName = "gnb.crawl";

    Crawler(db::Database database, FeedSource* source, CrawlRequest request, jobs::CancellationToken cancel,
        QObject* parent = nullptr);
    ~Crawler() override;

    // Starts the crawl; finished() is emitted exactly once, later.
    void start();
    jobs::ProgressReporter* progress() { return &m_progress; }

Q_SIGNALS:
    void finished(const md::gnb::CrawlOutcome& outcome);

private:
    struct Lane {
        QThread* thread = nullptr; // null: the lane runs in the crawler's thread
        FileLane* worker = nullptr;
        bool busy = false; // applying a file
        FetchedFile file; // kept alive while the lane reads it
        qint64 rowsRead = 0;
    };

    void onIndex(Result<QList<FeedIndexEntry>> index);
    void startLanes();
    void stopLanes();
    struct ReadyFile {
        FeedIndexEntry entry;
        FetchedFile file;
    };

    // Hands the fetched file to an idle lane and fetches the next one meanwhile (one file ahead), or finishes when
    // everything is done or a stop was asked for.
    void pump();
    bool lanesIdle() const;
    void onFetched(const FeedIndexEntry& entry, Result<FetchedFile> file);
    void dispatchReady();
    void onApplied(int lane, const FileApplyResult& result);
    Status recordApplied(const FileApplyResult& result);
    // The crawl still owns its lease or job claim; renews it.
    Status stillHolding();
    std::optional<Error> laneStop() const;
    Result<QList<FeedIndexEntry>> select(const QList<FeedIndexEntry>& index);
    Status loadColourCodes();
    void fileFailed(const FeedIndexEntry& entry, const QString& reason);
    // Stops dispatching files; the crawl finishes with this status once the lanes are idle.
    void stop(const Status& status);
    void finish(Status status);
    Status finishRemovals();

    db::Database m_database;
    QPointer<FeedSource> m_source;
    CrawlRequest m_request;
    jobs::CancellationToken m_cancel;
    jobs::CancellationToken m_halt; // stops the lanes (cancel, claim lost, a database failure)
    jobs::ProgressReporter m_progress;
    std::unique_ptr<jobs::Lease> m_lease;
    std::optional<jobs::JobRun> m_run;
    QHash<QString, QString> m_colourCodes;
    CatalogueStatistics m_statistics;
    std::optional<FeedRemovals> m_removals;
    QTimer m_cancelWatch; // aborts a download in flight once cancelled, so a cancel never waits for the network
    QTimer m_keepAlive; // renews the lease or claim while lanes in other threads work
    std::vector<Lane> m_lanes;
    QStringList m_indexFiles;
    QList<FeedIndexEntry> m_files;
    QHash<QString, int> m_retries; // files applied again after losing a deadlock to another lane
    int m_next = 0; // the next file of m_files to fetch
    int m_dispatched = 0; // files handed to a lane
    bool m_fetching = false;
    std::optional<ReadyFile> m_ready; // fetched, waiting for a free lane
    qint64 m_rowsApplied = 0; // rows of the files already done
    std::optional<Status> m_stopping;
    CrawlSummary m_summary;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace md::gnb

Q_DECLARE_METATYPE(md::gnb::CrawlOutcome)
