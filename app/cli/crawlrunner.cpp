#include "app/cli/crawlrunner.h"

#include "app/cli/output.h"
#include "app/cli/signals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace md::cli {

md::gnb::CrawlOutcome runCrawlInThread(const db::Database& database, std::unique_ptr<md::gnb::FeedSource> source,
    const md::gnb::CrawlRequest& request, bool showProgress)
{
    jobs::CancellationToken cancel;
    cancelOnSignals(cancel);
    QThread thread;
    thread.setObjectName(u"gnb-crawl"_s);
    auto* crawler = new gnb::Crawler(database, source.get(), request, cancel);
    source->moveToThread(&thread);
    crawler->moveToThread(&thread);
    if (showProgress) {
        QObject::connect(
            crawler->progress(), &jobs::ProgressReporter::progressed, &thread, [](const jobs::Progress& p) {
                std::fprintf(stderr, "\r%s",
                    qPrintable(tr("file %1/%2 %3 — %4 rows, %5 rows/s      ")
                                   .arg(p.step)
                                   .arg(p.steps)
                                   .arg(p.label)
                                   .arg(p.done)
                                   .arg(qint64(p.ratePerSecond))));
            });
    }
    gnb::CrawlOutcome outcome;
    QEventLoop loop;
    QObject::connect(&thread, &QThread::started, crawler, &gnb::Crawler::start);
    QObject::connect(crawler, &gnb::Crawler::finished, &loop, [&](const gnb::CrawlOutcome& o) {
        outcome = o;
        thread.quit();
    });
    QObject::connect(&thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread.start();
    loop.exec();
    thread.wait();
    // The thread has ended, so its objects can go from here.
    delete crawler;
    source.reset();
    if (showProgress)
        std::fputc('\n', stderr);
    return outcome;
}

void printCrawlSummary(const gnb::CrawlOutcome& outcome)
{
    const auto& s = outcome.summary;
    printOut(tr("%1 file(s) applied, %2 unchanged and skipped, %3 failed.")
                 .arg(s.files)
                 .arg(s.filesSkipped)
                 .arg(s.filesFailed));
    printOut(tr("%1 rows: %2 products, %3 variants; %4 inserted, %5 updated, %6 unchanged, %7 rejected.")
                 .arg(s.rows)
                 .arg(s.products)
                 .arg(s.variants)
                 .arg(s.inserted)
                 .arg(s.updated)
                 .arg(s.unchanged)
                 .arg(s.rejected));
    printOut(tr("%1 colour code(s) without a name, %2 unmapped (brand, category) pair(s). %3 ms.")
                 .arg(s.unresolvedColours.size())
                 .arg(s.unmappedPairs.size())
                 .arg(s.durationMs));
    for (const auto& w : s.warningSamples)
        printErr(tr("warning: %1").arg(w));
    if (s.warnings > s.warningSamples.size())
        printErr(tr("… and %1 more warning(s).").arg(s.warnings - s.warningSamples.size()));
    for (const auto& f : s.failures)
        printErr(f);
}

} // namespace md::cli
