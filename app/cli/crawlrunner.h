#pragma once

#include "services/db/database.h"
#include "services/gnb/crawler.h"

#include <memory>

namespace md::cli {

// Runs one crawl in a worker thread while the main thread waits in its event loop; SIGINT/SIGTERM cancel it
// between batches. With showProgress a one-line progress display is kept up to date on stderr.
gnb::CrawlOutcome runCrawlInThread(const db::Database& database, std::unique_ptr<gnb::FeedSource> source,
    const gnb::CrawlRequest& request, bool showProgress);

// The crawl's summary for people: counts, first warnings, failed files.
void printCrawlSummary(const gnb::CrawlOutcome& outcome);

} // namespace md::cli
