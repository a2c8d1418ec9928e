#pragma once

#include "services/db/database.h"
#include "services/gnb/crawler.h"
#include "tools/feedgen/feedgenerator.h"

#include <QTemporaryDir>

namespace md::test {

// Runs one crawl of `day` from `source` in this thread and waits for it (at most a minute).
gnb::CrawlOutcome runCrawl(
    db::Database& database, gnb::FeedSource* source, gnb::CrawlRequest request, jobs::CancellationToken cancel = {});

// Generates a feed day into dir with the given options (day 2026-11-20 unless set) and fails hard on error.
feedgen::FeedSummary generateFeed(const QString& dir, feedgen::FeedOptions options);

inline const QString kDay = QStringLiteral("20261120");

// The supplier's date now (Europe/Rome): the day a queued crawl without a day reads.
QDate supplierToday();
// Generates the supplier's today and tomorrow, so that a test crossing midnight in Italy still finds its day;
// returns today's summary.
feedgen::FeedSummary generateAroundToday(const QString& dir, feedgen::FeedOptions options);

} // namespace md::test
