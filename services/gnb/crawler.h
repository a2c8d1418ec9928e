#pragma once

#include "services/db/database.h"
#include "services/gnb/cataloguestatistics.h"
#include "services/gnb/crawlsummary.h"
#include "services/gnb/feedcolumns.h"
#include "services/gnb/feedremovals.h"
#include "services/gnb/feedsource.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/jobresults.h"
#include "services/jobs/lease.h"
#include "services/jobs/progressreporter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

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

// Runs one G&B crawl in the thread it lives in: takes the single-runner lease "gnb.crawl" (skips when held),
// records a job_results row, reads the day's index, then fetches, parses and applies each brand file in its own
// transaction. Checks the cancellation token between batches; a cancelled or failed file leaves the database
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
    void onIndex(Result<QList<FeedIndexEntry>> index);
    void nextFile();
    void onFile(const FeedIndexEntry& entry, Result<FetchedFile> file);
    // Parses and applies one file; an error means the whole file was rejected (or the crawl was cancelled).
    Status applyFile(const FeedIndexEntry& entry, const FetchedFile& file);
    Result<QList<FeedIndexEntry>> select(const QList<FeedIndexEntry>& index);
    Status loadColourCodes();
    void fileFailed(const FeedIndexEntry& entry, const QString& reason);
    void finish(Status status);
    Status finishRemovals();

    db::Database m_database;
    QPointer<FeedSource> m_source;
    CrawlRequest m_request;
    jobs::CancellationToken m_cancel;
    jobs::ProgressReporter m_progress;
    std::unique_ptr<jobs::Lease> m_lease;
    std::optional<jobs::JobRun> m_run;
    QHash<QString, QString> m_colourCodes;
    CatalogueStatistics m_statistics;
    std::optional<FeedRemovals> m_removals;
    QTimer m_cancelWatch; // aborts a download in flight once cancelled, so a cancel never waits for the network
    QStringList m_indexFiles;
    QList<FeedIndexEntry> m_files;
    int m_next = 0;
    qint64 m_rowsDone = 0;
    CrawlSummary m_summary;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace md::gnb

Q_DECLARE_METATYPE(md::gnb::CrawlOutcome)
