#include "tests/integration/gnb/crawltestsupport.h"

#include <QSignalSpy>
#include <QTest>

namespace md::test {

gnb::CrawlOutcome runCrawl(
    db::Database& database, gnb::FeedSource* source, gnb::CrawlRequest request, jobs::CancellationToken cancel)
{
    gnb::Crawler crawler(database, source, std::move(request), std::move(cancel));
    QSignalSpy spy(&crawler, &gnb::Crawler::finished);
    crawler.start();
    if (spy.isEmpty() && !spy.wait(60000))
        qFatal("the crawl did not finish within a minute");
    return spy.constFirst().constFirst().value<gnb::CrawlOutcome>();
}

feedgen::FeedSummary generateFeed(const QString& dir, feedgen::FeedOptions options)
{
    options.outDir = dir;
    if (!options.day.isValid())
        options.day = QDate(2026, 11, 20);
    auto summary = feedgen::FeedGenerator(options).run();
    if (!summary)
        qFatal("feed generation failed: %s", qPrintable(summary.error().toString()));
    return *summary;
}

} // namespace md::test
