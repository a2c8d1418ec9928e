#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "app/cli/signals.h"
#include "services/marketplaces/common/ordercollection.h"
#include "services/notify/outboxsender.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
// Dates on the command line are the seller's calendar days (Korea; Japan shares the offset).
const QTimeZone kSeoul("Asia/Seoul");
// How long the command waits, after the collection, for webhook notifications still being delivered.
constexpr int kNotifyGraceMs = 25'000;
} // namespace

int runOrdersCollect(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Collect one account's orders now. Without --from/--to the window runs from the last successful collection "
           "(minus an overlap) to now. Exit code 3 when another process is collecting this account."));
    parser.addHelpOption();
    const QCommandLineOption account(u"account"_s, tr("The account's name."), tr("name"));
    const QCommandLineOption from(u"from"_s, tr("First day, YYYY-MM-DD (Korean time)."), tr("date"));
    const QCommandLineOption to(u"to"_s, tr("Last day, YYYY-MM-DD, included."), tr("date"));
    const QCommandLineOption json(
        u"json"_s, tr("Print one JSON object: orders, lines, inserted, updated, duration_ms."));
    parser.addOptions({ account, from, to, json });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    if (!parser.isSet(account))
        return usage(tr("--account is required"), parser.helpText());
    if (parser.isSet(from) != parser.isSet(to))
        return usage(tr("give both --from and --to, or neither"), parser.helpText());

    marketplaces::CollectRequest request;
    request.accountName = parser.value(account);
    if (parser.isSet(from)) {
        const QDate first = QDate::fromString(parser.value(from), u"yyyy-MM-dd"_s);
        const QDate last = QDate::fromString(parser.value(to), u"yyyy-MM-dd"_s);
        if (!first.isValid() || !last.isValid() || first > last)
            return usage(
                tr("--from and --to must be dates written YYYY-MM-DD, --from not after --to"), parser.helpText());
        request.window = marketplaces::CollectWindow { QDateTime(first, QTime(0, 0), kSeoul).toUTC(),
            QDateTime(last.addDays(1), QTime(0, 0), kSeoul).toUTC() };
    }
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());

    jobs::CancellationToken cancel;
    cancelOnSignals(cancel);
    secrets::KeychainSecretStore store;
    marketplaces::CollectorEnv env;
    env.secrets = &store;
    // Notifications go out while the collection runs (same thread, asynchronous), never holding it up.
    notify::OutboxSender sender(*database, &store);
    sender.start();
    marketplaces::OrderCollection collection(*database, env, request, cancel);
    QEventLoop loop;
    QObject::connect(&collection, &marketplaces::OrderCollection::finished, &loop, &QEventLoop::quit);
    collection.start();
    loop.exec();
    const marketplaces::CollectOutcome outcome = collection.outcome();

    // Deliver what the run queued (start, success/failure) before the process ends, within a bound.
    sender.stop();
    QTimer grace;
    grace.setSingleShot(true);
    QObject::connect(&grace, &QTimer::timeout, &loop, &QEventLoop::quit);
    grace.start(kNotifyGraceMs);
    sender.sendPending([&](int) { loop.quit(); });
    loop.exec();

    if (parser.isSet(json)) {
        printJson(outcome.toJson());
    } else if (outcome.status) {
        printOut(tr("%1: %2 order(s), %3 line(s); %4 inserted, %5 updated, %6 unchanged; %7 call(s), %8 ms.")
                     .arg(outcome.accountName)
                     .arg(outcome.counts.orders)
                     .arg(outcome.counts.lines)
                     .arg(outcome.counts.inserted)
                     .arg(outcome.counts.updated)
                     .arg(outcome.counts.unchanged)
                     .arg(outcome.calls)
                     .arg(outcome.durationMs));
    }
    return outcome.status ? ExitOk : fail(outcome.status.error());
}

} // namespace md::cli
