#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/output.h"
#include "app/cli/signals.h"
#include "services/gnb/gnbjobs.h"
#include "services/jobs/scheduler.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/notify/outboxsender.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("md::cli", text);
}

int positiveInt(const QString& text, bool* ok)
{
    const int v = text.toInt(ok);
    *ok = *ok && v > 0;
    return v;
}
} // namespace

// Runs the scheduler and one worker in a thread of their own until SIGTERM or SIGINT; then the current job is
// cancelled at its next check and given back to the queue (or finishes), and the process exits 0.
int runWorker(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run scheduled and queued jobs (G&B crawls) until stopped with SIGTERM or "
                                        "Ctrl+C. Any number of workers may share a database: each job still runs "
                                        "once at a time."));
    parser.addHelpOption();
    const QCommandLineOption feed(u"feed"_s, tr("G&B feed folder or HTTP(S) base URL."), tr("folder-or-URL"));
    const QCommandLineOption user(u"user"_s, tr("HTTP Basic auth user (password from the keychain)."), tr("name"));
    const QCommandLineOption apiKey(u"api-key"_s, tr("Send the X-Api-Key stored in the keychain for this feed."));
    const QCommandLineOption columns(u"columns"_s, tr("JSON file of header aliases."), tr("file"));
    const QCommandLineOption at(
        u"schedule-time"_s, tr("Time of the day's first full crawl, HH:MM (default 06:00)."), tr("HH:MM"), u"06:00"_s);
    const QCommandLineOption zone(u"time-zone"_s,
        tr("Time zone of --schedule-time (default: the supplier's, Europe/Rome)."), tr("IANA name"), u"Europe/Rome"_s);
    const QCommandLineOption interval(u"interval-minutes"_s,
        tr("Minutes between the end of one incremental crawl and the start of the next (default 15)."), tr("minutes"),
        u"15"_s);
    const QCommandLineOption noSchedule(u"no-schedule"_s, tr("Only run queued jobs; queue nothing by time."));
    const QCommandLineOption poll(
        u"poll-ms"_s, tr("How often an idle worker looks for jobs (default 2000)."), tr("ms"), u"2000"_s);
    parser.addOptions({ feed, user, apiKey, columns, at, zone, interval, noSchedule, poll });
    if (!parser.parse(cli.commandArguments()))
        return usage(parser.errorText(), parser.helpText());
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(
            tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()), parser.helpText());
    const QTime firstCrawl = QTime::fromString(parser.value(at), u"HH:mm"_s);
    if (!firstCrawl.isValid())
        return usage(tr("--schedule-time must be HH:MM, not \"%1\"").arg(parser.value(at)), parser.helpText());
    const QTimeZone timeZone(parser.value(zone).toUtf8());
    if (!timeZone.isValid())
        return usage(tr("unknown time zone \"%1\"").arg(parser.value(zone)), parser.helpText());
    bool ok = false;
    const int minutes = positiveInt(parser.value(interval), &ok);
    if (!ok)
        return usage(tr("--interval-minutes must be a positive number"), parser.helpText());
    const int pollMs = positiveInt(parser.value(poll), &ok);
    if (!ok)
        return usage(tr("--poll-ms must be a positive number"), parser.helpText());

    gnb::GnbJobOptions options;
    options.source.location = parser.value(feed);
    options.source.basicUser = parser.value(user);
    options.source.useApiKey = parser.isSet(apiKey);
    options.incrementalInterval = std::chrono::minutes(minutes);
    if (parser.isSet(columns)) {
        auto loaded = gnb::FeedColumns::fromJsonFile(parser.value(columns));
        if (!loaded)
            return fail(loaded.error());
        options.columns = *loaded;
    }
    const bool crawls = parser.isSet(feed); // without a feed the worker only collects orders
    if (crawls) {
        if (auto source = gnb::createFeedSource(options.source); !source) // configuration errors now, not per job
            return fail(source.error());
    }
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());

    jobs::CancellationToken stop;
    cancelOnSignals(stop);

    jobs::WorkerOptions workerOptions;
    workerOptions.pollInterval = std::chrono::milliseconds(pollMs);
    QThread thread;
    thread.setObjectName(u"jobs"_s);
    auto* worker = new jobs::Worker(*database, workerOptions);
    if (crawls)
        gnb::GnbJobs::registerHandlers(*worker, options);

    // Order collection for every active account: each run queues the account's next one; seeding (now and every
    // minute) starts accounts that have none queued, e.g. ones just added. Webhooks go out from the outbox.
    // All of it lives in the worker's thread, the keychain store too.
    auto* secretStore = new secrets::KeychainSecretStore(worker);
    marketplaces::CollectorEnv collectorEnv;
    collectorEnv.secrets = secretStore;
    collectorEnv.database = *database;
    marketplaces::registerOrderCollection(*worker, collectorEnv);
    // Created in the worker's thread: its timers must belong there.
    QObject::connect(&thread, &QThread::started, worker,
        [worker, secretStore, db = *database] { (new notify::OutboxSender(db, secretStore, worker))->start(); });
    auto* seeding = new QTimer(worker);
    seeding->setInterval(std::chrono::minutes(1));
    const auto seed = [db = *database] {
        if (auto seeded = marketplaces::seedCollections(db); !seeded)
            printErr(seeded.error().toString());
    };
    QObject::connect(seeding, &QTimer::timeout, worker, seed);
    QObject::connect(&thread, &QThread::started, seeding, [seeding, seed] {
        seed();
        seeding->start();
    });

    jobs::Scheduler* scheduler = nullptr;
    if (crawls && !parser.isSet(noSchedule)) {
        scheduler = new jobs::Scheduler(*database, worker); // same thread, same lifetime
        scheduler->addDaily(gnb::GnbJobs::dailyFullCrawl(firstCrawl, timeZone));
        QObject::connect(&thread, &QThread::started, scheduler, &jobs::Scheduler::start);
        QObject::connect(
            scheduler, &jobs::Scheduler::jobQueued, worker, [](qint64 id, const QString& kind, const QString& trigger) {
                printErr(tr("queued job %1 (%2) by %3").arg(id).arg(kind, trigger));
            });
    }
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, worker, &jobs::Worker::start);
    QObject::connect(worker, &jobs::Worker::jobStarted, worker,
        [](qint64 id, const QString& kind) { printErr(tr("job %1 (%2) started").arg(id).arg(kind)); });
    QObject::connect(worker, &jobs::Worker::jobFinished, worker,
        [](qint64 id, const QString& kind, bool success, const QString& error) {
            printErr(success ? tr("job %1 (%2) done").arg(id).arg(kind)
                             : tr("job %1 (%2) did not succeed: %3").arg(id).arg(kind, error));
        });
    QObject::connect(
        worker, &jobs::Worker::jobSkipped, worker, [](qint64 id, const QString& kind, const QString& held) {
            printErr(tr("job %1 (%2) waits: the lease is %3").arg(id).arg(kind, held));
        });
    QObject::connect(worker, &jobs::Worker::errorOccurred, worker, [](const QString& m) { printErr(m); });
    // Direct: quit() is thread-safe, and the main thread may be busy in the event loop below.
    QObject::connect(worker, &jobs::Worker::stopped, &thread, &QThread::quit, Qt::DirectConnection);

    QEventLoop loop;
    QObject::connect(&thread, &QThread::finished, &loop, &QEventLoop::quit);
    // A signal handler may only set a flag; the main thread turns it into a clean stop.
    QTimer watch;
    watch.setInterval(50);
    bool stopping = false;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (stopping || !stop.isCancelled())
            return;
        stopping = true;
        printErr(tr("stopping: the current job is cancelled and given back to the queue"));
        if (scheduler)
            QMetaObject::invokeMethod(scheduler, &jobs::Scheduler::stop, Qt::QueuedConnection);
        worker->requestStop();
    });
    watch.start();
    printErr(scheduler
            ? tr("worker %1 running; first full crawl daily at %2 (%3), incremental every %4 min after "
                 "the previous ends")
                  .arg(workerOptions.holder, firstCrawl.toString(u"HH:mm"_s), QString::fromUtf8(timeZone.id()))
                  .arg(minutes)
            : tr("worker %1 running queued jobs and order collection only").arg(workerOptions.holder));
    // The worker and everything it owns (scheduler, timers, keychain store) go in their own thread as it ends:
    // timers cannot be stopped from another thread.
    QObject::connect(
        &thread, &QThread::finished, worker, [worker] { delete worker; }, Qt::DirectConnection);
    thread.start();
    loop.exec();
    thread.wait();
    return ExitOk;
}

} // namespace md::cli
