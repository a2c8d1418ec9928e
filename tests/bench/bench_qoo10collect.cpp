// Qoo10 order collection of 10,000 orders from the fake QAPI with no injected delay, against the fake's own floor:
// the client paces calls ≥ 300 ms apart, so (calls − 1) × 300 ms is the least any collection can take. Prints the
// time of the client alone (HTTP, JSON, mapping), of the whole collection into the database, of a re-collection,
// and peak memory.
//   bench_qoo10collect [--orders N] [--db sqlite:///path.db | postgresql://…]   (default: a temporary SQLite file)
#include "services/db/database.h"
#include "services/db/migrator.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/ordercollection.h"
#include "services/marketplaces/qoo10/qoo10collector.h"
#include "services/secrets/memorysecretstore.h"
#include "tests/fakes/qoo10/fakeqoo10server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace md;

namespace {
long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

marketplaces::CollectOutcome collect(db::Database& database, const marketplaces::CollectorEnv& env)
{
    marketplaces::CollectRequest request;
    request.accountName = u"bench"_s;
    marketplaces::OrderCollection run(database, env, request);
    marketplaces::CollectOutcome outcome;
    QEventLoop loop;
    QObject::connect(&run, &marketplaces::OrderCollection::finished, &loop, [&](const auto& o) {
        outcome = o;
        loop.quit();
    });
    run.start();
    loop.exec();
    return outcome;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int orders = args.contains(u"--orders"_s) ? args.value(args.indexOf(u"--orders"_s) + 1).toInt() : 10'000;
    QTemporaryDir dir;
    const QString url = args.contains(u"--db"_s) ? args.value(args.indexOf(u"--db"_s) + 1)
                                                 : u"sqlite://"_s + dir.filePath(u"bench.db"_s);
    auto config = db::parseDbUrl(url);
    if (!config) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().toString()));
        return 2;
    }
    db::Database database(*config);
    if (auto m = db::Migrator(database).migrate(); !m) {
        std::fprintf(stderr, "%s\n", qPrintable(m.error().toString()));
        return 1;
    }

    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Tokyo")).date();
    fakes::FakeQoo10Server fake;
    if (!fake.listen())
        return 1;
    fake.generateOrders(orders, today, 60, 1);
    secrets::MemorySecretStore store;
    marketplaces::Account account;
    account.platform = u"qoo10"_s;
    account.name = u"bench"_s;
    account.sellerId = u"bench"_s;
    account.baseUrl = fake.baseUrl();
    account.options = { { u"initial_days"_s, 90 } };
    auto id = marketplaces::Accounts(database).add(account);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().toString()));
        return 1;
    }
    account.id = *id;
    {
        QEventLoop loop;
        int pending = 3;
        auto done = [&](Status) {
            if (--pending == 0)
                loop.quit();
        };
        store.write(account.secretKey(u"api_key"_s), fake.credentials().apiKey, &loop, done);
        store.write(account.secretKey(u"user_id"_s), fake.credentials().userId.toUtf8(), &loop, done);
        store.write(account.secretKey(u"password"_s), fake.credentials().password.toUtf8(), &loop, done);
        loop.exec();
    }
    marketplaces::CollectorEnv env; // production settings: 300 ms pacing, 30 s timeouts, 3 retries
    env.secrets = &store;
    const qint64 spacing = env.minCallSpacing.count();
    const long rssBefore = peakRssMb();

    // 1. The client alone: HTTP, JSON, mapping to domain orders; no database.
    QElapsedTimer timer;
    int fetched = 0;
    fake.clearCalls();
    timer.start();
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        marketplaces::qoo10::Qoo10Collector collector(account, env);
        QEventLoop loop;
        Status status;
        collector.collect(
            { now.addDays(-90), now },
            [&](const QList<marketplaces::Order>& batch) {
                fetched += int(batch.size());
                return Status {};
            },
            [&](Status s) {
                status = s;
                loop.quit();
            });
        loop.exec();
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.error().toString()));
            return 1;
        }
    }
    const qint64 clientMs = timer.elapsed();
    const qint64 clientCalls = fake.calls().size();
    const qint64 clientFloor = (clientCalls - 1) * spacing;

    // 2. Whole collection into the database, then 3. a re-collection of unchanged data.
    fake.clearCalls();
    timer.restart();
    const auto first = collect(database, env);
    const qint64 firstMs = timer.elapsed();
    const qint64 firstCalls = fake.calls().size();
    if (!first.status) {
        std::fprintf(stderr, "%s\n", qPrintable(first.status.error().toString()));
        return 1;
    }
    fake.clearCalls();
    timer.restart();
    const auto again = collect(database, env);
    const qint64 againMs = timer.elapsed();
    const qint64 againCalls = fake.calls().size();

    std::printf("bench_qoo10collect: %d orders (%d lines) from the fake Qoo10 QAPI, %s\n", orders, fake.lineCount(),
        qPrintable(config->displayUrl()));
    std::printf("  fake's floor: calls paced >= %lld ms apart\n", spacing);
    std::printf(
        "  client only (HTTP+JSON+mapping): %6lld ms for %d orders, %lld calls, floor %lld ms, overhead %lld ms "
        "(%.1f ms per call)\n",
        clientMs, fetched, clientCalls, clientFloor, clientMs - clientFloor,
        double(clientMs - clientFloor) / double(std::max<qint64>(1, clientCalls)));
    std::printf("  collection into the database:    %6lld ms, %lld calls, floor %lld ms, overhead %lld ms; "
                "%d inserted\n",
        firstMs, firstCalls, (firstCalls - 1) * spacing, firstMs - (firstCalls - 1) * spacing, first.counts.inserted);
    std::printf("  re-collection (unchanged):       %6lld ms, %lld calls, floor %lld ms; %d inserted, %d updated, %d "
                "unchanged\n",
        againMs, againCalls, (againCalls - 1) * spacing, again.counts.inserted, again.counts.updated,
        again.counts.unchanged);
    std::printf("  peak RSS: %ld MB (%ld MB before collecting)\n", peakRssMb(), rssBefore);
    return first.status && again.status ? 0 : 1;
}
