#include "tests/integration/gnb/crawltestsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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

QDate supplierToday()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Rome")).date();
}

feedgen::FeedSummary generateAroundToday(const QString& dir, feedgen::FeedOptions options)
{
    const QDate today = supplierToday();
    feedgen::FeedSummary summary;
    for (const QDate day : { today.addDays(1), today }) {
        options.day = day;
        summary = generateFeed(dir, options);
    }
    return summary; // today's
}

} // namespace md::test
