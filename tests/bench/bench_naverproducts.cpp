// 50,000 Naver products from the fake Naver Commerce server, no injected delay: the client alone, then the client
// with the products upsert into SQLite, each against the fake's own minimum pacing (its token bucket), plus peak
// RSS. The client must not be the bottleneck: wall time close to the pacing floor, memory at one page.
//   bench_naverproducts [products=50000] [rate=50] [burst=10]
#include "services/marketplaces/naver/listingwriter.h"
#include "services/marketplaces/naver/naverclient.h"
#include "services/marketplaces/naver/naverlistings.h"
#include "tests/common/testdatabases.h"
#include "tests/fakes/naver/fakenaverserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

qint64 statusKb(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run {
    double seconds = 0;
    double cpu = 0; // client + fake + database, one process
    int pages = 0;
    int products = 0;
    int rateLimited = 0;
    bool ok = false;
    QString error;
};

// `perTransaction` listings are written together: each write is one transaction (one commit, one fsync).
Run fetch(fakes::FakeNaverServer& fake, marketplaces::ListingWriter* writer, int perTransaction = 500)
{
    marketplaces::naver::NaverConfig config;
    config.account = u"bench"_s;
    config.baseUrl = fake.baseUrl();
    config.clientId = "benchClient";
    config.clientSecret = "$2a$04$abcdefghijklmnopqrstuv";
    marketplaces::naver::NaverClient client(config);
    Run run;
    const int limitedBefore = fake.rateLimitedCount();
    std::optional<Status> done;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    QList<marketplaces::Listing> pending;
    auto flush = [&] {
        auto counts = writer->write(u"naver"_s, u"bench"_s, pending);
        if (!counts && run.error.isEmpty())
            run.error = counts.error().toString();
        pending.clear();
    };
    client.fetchProducts(
        [&](const QJsonArray& page) {
            ++run.pages;
            run.products += int(page.size());
            if (writer) {
                pending += marketplaces::naver::listingsFromSearch(page);
                if (pending.size() >= perTransaction)
                    flush();
            }
        },
        [&](Status status) {
            if (writer)
                flush();
            done = status;
            loop.quit();
        });
    // A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between polls, which is most of a call's time.
    loop.exec();
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.cpu = cpuSeconds() - cpuStart;
    run.ok = done && done->ok() && run.error.isEmpty();
    if (done && !done->ok())
        run.error = done->error().toString();
    run.rateLimited = fake.rateLimitedCount() - limitedBefore;
    return run;
}

void print(const char* what, const Run& run, double floor)
{
    std::printf(
        "%-34s %8.2f s (cpu %6.2f s)  %6d pages  %7d products  %8.0f products/s  429s %3d  floor %6.2f s  x%.2f%s%s\n",
        what, run.seconds, run.cpu, run.pages, run.products, run.products / std::max(run.seconds, 1e-9),
        run.rateLimited, floor, floor > 0 ? run.seconds / floor : 0.0,
        run.ok ? "" : "  FAILED: ", qPrintable(run.error));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"md.net.debug=false"_s);
    const int products = argc > 1 ? QByteArray(argv[1]).toInt() : 50'000;
    const double rate = argc > 2 ? QByteArray(argv[2]).toDouble() : 50.0;
    const int burst = argc > 3 ? QByteArray(argv[3]).toInt() : 10;
    const int pages = (products + 499) / 500;

    fakes::FakeNaverServer fake;
    if (!fake.start())
        return 1;
    fake.addClient("benchClient", "$2a$04$abcdefghijklmnopqrstuv");
    fake.setProductCount(products);
    std::printf("bench_naverproducts: %d products, %d pages of 500, fake bucket %.0f/s burst %d\n", products, pages,
        rate, burst);
    const qint64 rssStart = statusKb("VmRSS:");

    fake.setRateLimit(0, 1);
    const Run raw = fetch(fake, nullptr);
    print("client, fake unpaced", raw, 0);

    fake.setRateLimit(rate, burst);
    // The pacing floor: the burst goes at once, every further call waits one token.
    const double floor = std::max(0, pages - burst) / rate;
    const Run paced = fetch(fake, nullptr);
    print("client, fake paced", paced, floor);

    auto db = test::TestDatabase::sqlite();
    if (!db)
        return 1;
    marketplaces::ListingWriter writer(db->database());
    fake.setRateLimit(0, 1);
    const Run firstSync = fetch(fake, &writer);
    print("client + upsert (SQLite), first", firstSync, 0);
    const Run resync = fetch(fake, &writer);
    print("client + upsert (SQLite), unchanged", resync, 0);
    fake.setRateLimit(rate, burst);
    const Run pacedSync = fetch(fake, &writer);
    print("client + upsert (SQLite), paced", pacedSync, floor);
    fake.setProductRevision(1); // every price changes: 50,000 updates
    const Run batched = fetch(fake, &writer, 5000);
    print("+ upsert 5,000/transaction, changed", batched, floor);
    const Run batchedSame = fetch(fake, &writer, 5000);
    print("+ upsert 5,000/transaction, same", batchedSame, floor);

    std::printf("memory: RSS at start %lld KiB, peak RSS (VmHWM) %lld KiB, now %lld KiB\n", rssStart,
        statusKb("VmHWM:"), statusKb("VmRSS:"));
    return raw.ok && paced.ok && firstSync.ok && resync.ok && pacedSync.ok && batched.ok && batchedSame.ok ? 0 : 1;
}
