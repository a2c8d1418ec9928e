#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "app/cli/signals.h"
#include "services/jobs/progressreporter.h"
#include "services/marketplaces/products/productsync.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace md::cli {

int runProductsSync(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sync one Cafe24 or Naver account's listings into the products now: every listing is read, new and changed "
           "ones are written (merchandisers' columns are kept), and after a complete scan the listings no longer on "
           "the platform are hidden as not listed. Exit code 3 when another process is syncing this account."));
    parser.addHelpOption();
    const QCommandLineOption account(u"account"_s, tr("The account's name."), tr("name"));
    const QCommandLineOption json(
        u"json"_s, tr("Print one JSON object: listings, inserted, updated, unchanged, unlisted, duration_ms."));
    parser.addOptions({ account, json });
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    if (!parser.isSet(account))
        return usage(tr("--account is required"), parser.helpText());

    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    jobs::CancellationToken cancel;
    cancelOnSignals(cancel);
    secrets::KeychainSecretStore store;
    marketplaces::CollectorEnv env;
    env.secrets = &store;
    marketplaces::ProductSyncRequest request;
    request.accountName = parser.value(account);
    // A line on stderr every few seconds for people watching; --json keeps both streams quiet for scripts.
    jobs::ProgressReporter progress(nullptr, 3000);
    QElapsedTimer sincePrinted;
    if (!parser.isSet(json))
        QObject::connect(&progress, &jobs::ProgressReporter::progressed, &progress, [&](const jobs::Progress& p) {
            if (p.finished || p.label.isEmpty() || (sincePrinted.isValid() && sincePrinted.elapsed() < 3000))
                return;
            sincePrinted.start();
            printErr(p.label);
        });
    marketplaces::ProductSync sync(*database, env, request, cancel, &progress);
    QEventLoop loop;
    QObject::connect(&sync, &marketplaces::ProductSync::finished, &loop, &QEventLoop::quit);
    sync.start();
    loop.exec();
    const marketplaces::ProductSyncOutcome outcome = sync.outcome();

    if (parser.isSet(json)) {
        printJson(outcome.toJson());
    } else if (outcome.status) {
        printOut(tr("%1: %2 listing(s) in %3 page(s); %4 inserted, %5 updated, %6 unchanged; %7 no longer listed, %8 "
                    "listed again; %9 ms.")
                     .arg(outcome.accountName)
                     .arg(outcome.listings)
                     .arg(outcome.pages)
                     .arg(outcome.counts.inserted)
                     .arg(outcome.counts.updated)
                     .arg(outcome.counts.unchanged)
                     .arg(outcome.unlisted)
                     .arg(outcome.relisted)
                     .arg(outcome.durationMs));
    }
    return outcome.status ? ExitOk : fail(outcome.status.error());
}

} // namespace md::cli
