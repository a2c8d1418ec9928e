#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/gnb/crawler.h"
#include "services/gnb/feedsources.h"
#include "services/jobs/jobqueue.h"
#include "services/jobs/scheduler.h"

#include <QTimeZone>
#include <chrono>
#include <functional>
#include <memory>

namespace md::jobs {
class Worker;
}

namespace md::gnb {

// How a worker runs G&B jobs. Configuration only: the feed's password or API key stays in the keychain.
struct GnbJobOptions {
    FeedSourceOptions source;
    FeedColumns columns;
    std::chrono::milliseconds incrementalInterval = std::chrono::minutes(15); // from the end of the previous crawl
    std::chrono::milliseconds retryWhenHeldAfter = std::chrono::seconds(30); // a crawl started by hand holds the lease
    QTimeZone supplierTimeZone = QTimeZone("Europe/Rome"); // the feed's day folders follow Italian dates
    int batchRows = 5000;
    // Tests: a prepared source instead of createFeedSource(source).
    std::function<std::unique_ptr<FeedSource>()> sourceFactory;
};

// The "gnb.crawl" job and how it is scheduled. Payload: {"mode": "full" | "incremental" | "brands",
// "day": "YYYYMMDD" (default: the supplier's today when the job runs), "brands": [...], "chain": true}.
// A job with "chain" queues the next incremental crawl `incrementalInterval` after it ends, whatever its outcome,
// under one dedupe key: the chain never overlaps itself, never forks and never guesses a clock time.
// All crawl jobs share the "gnb.crawl" lease with crawls started by hand; a job that finds it held goes back to
// the queue (never dropped).
struct GnbJobs {
    static constexpr auto kCrawlKind = "gnb.crawl";
    static constexpr auto kFullTrigger = "gnb.full-crawl";
    static constexpr auto kIncrementalKey = "gnb.crawl.incremental";
    static constexpr int kBrandPriority = 20; // a merchandiser is waiting for it
    static constexpr int kFullPriority = 10;

    // Registers the "gnb.crawl" handler: the Crawler runs in the worker's thread on the worker's lease and
    // job_results row.
    static void registerHandlers(jobs::Worker& worker, GnbJobOptions options);

    // The day's first full crawl at `at` (in timeZone), starting the incremental chain.
    static jobs::DailyTrigger dailyFullCrawl(QTime at, QTimeZone timeZone);

    // The partial crawl of one brand after its mapping changed; at most one is queued per brand, and one queued
    // while another runs waits for it (the lease), so a mapping saved during a crawl is never lost.
    static Result<jobs::EnqueueResult> enqueueBrandCrawl(const db::Database& database, const QString& brand);
    // The next incremental crawl `delay` from now; if one is queued already it is moved, never earlier, to then.
    // The incremental chain as a standing job: queued again `delay` from when a scheduler finds it gone.
    static jobs::StandingJob incrementalChain(std::chrono::milliseconds delay);
    static Result<jobs::EnqueueResult> chainIncremental(const db::Database& database, std::chrono::milliseconds delay);
    // "Run now" (the Crawls page, scripts): a crawl of the given mode, deduplicated per mode and brands.
    static Result<jobs::EnqueueResult> enqueueCrawl(
        const db::Database& database, CrawlMode mode, const QStringList& brands = {}, const QString& day = {});

    static QString modeName(CrawlMode mode);
    static std::optional<CrawlMode> modeFromName(const QString& name);
};

} // namespace md::gnb
