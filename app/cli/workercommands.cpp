#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "app/cli/signals.h"
#include "app/cli/workercontrol.h"
#include "services/control/bearerauth.h"
#include "services/control/controlservice.h"
#include "services/gnb/gnbworkerhost.h"
#include "services/jobs/worker.h"
#include "services/marketplaces/common/collectionjob.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/products/productsyncjob.h"
#include "services/notify/outboxsender.h"
#include "services/secrets/forwardingsecretstore.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorkerCli, "md.cli.worker")

namespace md::cli {

namespace {
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
    const QCommandLineOption http(u"http"_s,
        tr("Serve the control API (health, orders, scheduler) on ADDRESS:PORT, e.g. 127.0.0.1:8080. Addresses other "
           "than loopback need a token (worker set-control-token or MARKETDESK_CONTROL_TOKEN)."),
        tr("address:port"));
    parser.addOptions({ feed, user, apiKey, columns, at, zone, interval, noSchedule, poll, http });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
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
    std::optional<ListenAddress> listenAt;
    if (parser.isSet(http)) {
        auto address = parseListenAddress(parser.value(http));
        if (!address)
            return usage(address.error().message, parser.helpText());
        listenAt = *address;
    }
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());

    jobs::CancellationToken stop;
    cancelOnSignals(stop);

    jobs::WorkerOptions workerOptions;
    workerOptions.pollInterval = std::chrono::milliseconds(pollMs);
    // The keychain is used from this thread only (QtKeychain serves one thread per process, and the database password
    // already came from here); the worker's thread reaches it through a ForwardingSecretStore.
    secrets::KeychainSecretStore keychain;
    QByteArray controlToken;
    if (listenAt) {
        auto token = loadControlToken(keychain);
        if (!token)
            return token.error().code == ErrorCode::Invalid ? usage(token.error().message, parser.helpText())
                                                            : fail(token.error());
        // Refused before anything starts: a control API open to the network without a token.
        if (Status allowed = control::BearerAuth::checkBind(listenAt->address, !token->isEmpty()); !allowed)
            return usage(allowed.error().message, parser.helpText());
        controlToken = *token;
    }
    // The G&B handlers and schedule, in a thread of their own (as a desktop runs them); the order collection, product
    // sync and the outbox join the same worker. Its thread reaches the keychain through this one.
    auto* secretStore = new secrets::ForwardingSecretStore(&keychain);
    options.source.secrets = secretStore;
    gnb::GnbWorkerHostOptions hostOptions;
    hostOptions.jobs = options;
    hostOptions.worker = workerOptions;
    hostOptions.crawls = parser.isSet(feed); // without a feed the worker only collects orders and syncs products
    hostOptions.schedule = !parser.isSet(noSchedule);
    hostOptions.dailyAt = firstCrawl;
    hostOptions.timeZone = timeZone;
    gnb::GnbWorkerHost host(*database, hostOptions);
    jobs::Worker* worker = host.worker();
    secretStore->setParent(worker);

    // The control API: HTTP in this thread, its routes in a thread of their own. It goes before the worker does.
    std::unique_ptr<control::ControlService> controlService;
    if (listenAt) {
        controlService = std::make_unique<control::ControlService>(
            control::ControlContext { *database, worker, workerOptions.holder }, controlToken);
        if (Status listening = controlService->listen(listenAt->address, listenAt->port); !listening)
            return fail(listening.error());
        // Method, path, status and time only: never headers (the token) or bodies.
        QObject::connect(controlService.get(), &control::ControlService::served, controlService.get(),
            [](const QByteArray& method, const QString& path, int status, qint64 ms) {
                qCDebug(lcWorkerCli).noquote() << method << path << status << ms << "ms";
            });
        const QString address = listenAt->address.protocol() == QAbstractSocket::IPv6Protocol
            ? u'[' + listenAt->address.toString() + u']'
            : listenAt->address.toString();
        printErr((controlToken.isEmpty() ? tr("control API listening on http://%1:%2/api/v1 (loopback, no token)")
                                         : tr("control API listening on http://%1:%2/api/v1 (bearer token required)"))
                     .arg(address)
                     .arg(controlService->port()));
    }

    // Order collection for every active account: each run queues the account's next one; seeding (now and every
    // minute) starts accounts that have none queued or running, e.g. ones just added. Webhooks go out from the outbox.
    marketplaces::CollectorEnv collectorEnv;
    collectorEnv.secrets = secretStore;
    collectorEnv.database = *database;
    marketplaces::registerOrderCollection(*worker, collectorEnv);
    marketplaces::registerProductSync(*worker, collectorEnv); // every hour per Cafe24/Naver account
    // Created in the worker's thread: its timers must belong there.
    QObject::connect(host.thread(), &QThread::started, worker,
        [worker, secretStore, db = *database] { (new notify::OutboxSender(db, secretStore, worker))->start(); });
    auto* seeding = new QTimer(worker);
    seeding->setInterval(std::chrono::minutes(1));
    const auto seed = [db = *database] {
        if (auto seeded = marketplaces::seedCollections(db); !seeded)
            printErr(seeded.error().toString());
    };
    QObject::connect(seeding, &QTimer::timeout, worker, seed);
    QObject::connect(host.thread(), &QThread::started, seeding, [seeding, seed] {
        seed();
        seeding->start();
    });

    QObject::connect(
        &host, &gnb::GnbWorkerHost::jobQueued, &host, [](qint64 id, const QString& kind, const QString& trigger) {
            printErr(tr("queued job %1 (%2) by %3").arg(id).arg(kind, trigger));
        });
    QObject::connect(&host, &gnb::GnbWorkerHost::jobStarted, &host,
        [](qint64 id, const QString& kind) { printErr(tr("job %1 (%2) started").arg(id).arg(kind)); });
    QObject::connect(&host, &gnb::GnbWorkerHost::jobFinished, &host,
        [](qint64 id, const QString& kind, bool success, const QString& error) {
            printErr(success ? tr("job %1 (%2) done").arg(id).arg(kind)
                             : tr("job %1 (%2) did not succeed: %3").arg(id).arg(kind, error));
        });
    QObject::connect(
        &host, &gnb::GnbWorkerHost::jobSkipped, &host, [](qint64 id, const QString& kind, const QString& held) {
            printErr(tr("job %1 (%2) waits: the lease is %3").arg(id).arg(kind, held));
        });
    QObject::connect(&host, &gnb::GnbWorkerHost::errorOccurred, &host, [](const QString& m) { printErr(m); });

    QEventLoop loop;
    QObject::connect(&host, &gnb::GnbWorkerHost::stopped, &loop, &QEventLoop::quit);
    // A signal handler may only set a flag; the main thread turns it into a clean stop.
    QTimer watch;
    watch.setInterval(50);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (host.isStopping() || !stop.isCancelled())
            return;
        printErr(tr("stopping: the current job is cancelled and given back to the queue"));
        controlService.reset(); // its routes use the worker, which goes away with its thread
        host.stop();
    });
    if (Status started = host.start(); !started)
        return fail(started.error());
    watch.start();
    printErr(host.scheduler()
            ? tr("worker %1 running; first full crawl daily at %2 (%3), incremental every %4 min after "
                 "the previous ends")
                  .arg(workerOptions.holder, firstCrawl.toString(u"HH:mm"_s), QString::fromUtf8(timeZone.id()))
                  .arg(minutes)
            : tr("worker %1 running queued jobs and order collection only").arg(workerOptions.holder));
    loop.exec();
    return ExitOk;
}

} // namespace md::cli
