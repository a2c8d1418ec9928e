#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "app/cli/signals.h"
#include "services/marketplaces/cafe24/cafe24authorization.h"
#include "services/marketplaces/cafe24/cafe24redirect.h"
#include "services/marketplaces/common/accounts.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
// The CLI links no QtGui (it runs on servers without a display), so no QDesktopServices: the desktop's own opener,
// only where there is a desktop. The URL holds the app's client id and a one-time state, no secret.
bool openInBrowser(const QUrl& url)
{
#if defined(Q_OS_WIN)
    return QProcess::startDetached(u"rundll32"_s, { u"url.dll,FileProtocolHandler"_s, url.toString() });
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(u"open"_s, { url.toString() });
#else
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return false;
    return QProcess::startDetached(u"xdg-open"_s, { url.toString() });
#endif
}
} // namespace

int runAccountsAuthorize(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Authorize MarketDesk for a Cafe24 account in the browser (OAuth authorization code). The command prints "
           "the address to open (and opens it where there is a desktop), waits for Cafe24 to send the browser back to "
           "http://127.0.0.1:<port>/cafe24, and stores the new refresh token in the keychain. The app must have that "
           "redirect URI registered in the Cafe24 developer center. Ctrl+C stops waiting."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"name"_s, tr("The Cafe24 account's name."));
    const QCommandLineOption port(u"port"_s,
        tr("Loopback port of the registered redirect URI (default: the account's redirect_port option, else %1; 0: "
           "any free port).")
            .arg(marketplaces::cafe24::kDefaultRedirectPort),
        tr("port"));
    const QCommandLineOption timeout(
        u"timeout-seconds"_s, tr("How long to wait for the browser (default 300)."), tr("seconds"), u"300"_s);
    const QCommandLineOption noBrowser(u"no-browser"_s, tr("Only print the address; do not open a browser."));
    parser.addOptions({ port, timeout, noBrowser });
    if (auto done = parseCommandArguments(parser, cli, 1, tr("give the account name")))
        return *done;
    bool ok = true;
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds <= 0)
        return usage(tr("--timeout-seconds must be a positive number"), parser.helpText());
    int listenPort = -1;
    if (parser.isSet(port)) {
        listenPort = parser.value(port).toInt(&ok);
        if (!ok || listenPort < 0 || listenPort > 65535)
            return usage(tr("--port must be a number from 0 to 65535"), parser.helpText());
    }

    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    auto account = marketplaces::Accounts(*database).get(parser.positionalArguments().constFirst());
    if (!account)
        return fail(account.error());
    if (listenPort < 0)
        listenPort = marketplaces::cafe24::redirectPort(*account);

    jobs::CancellationToken cancel;
    cancelOnSignals(cancel);
    secrets::KeychainSecretStore store;
    marketplaces::CollectorEnv env;
    env.secrets = &store;
    env.database = *database;
    marketplaces::cafe24::Cafe24Authorization authorization(*account, env, *database);
    QEventLoop loop;
    Status result;
    QObject::connect(&authorization, &marketplaces::cafe24::Cafe24Authorization::finished, &loop, [&](const Status& s) {
        result = s;
        loop.quit();
    });
    QObject::connect(
        &authorization, &marketplaces::cafe24::Cafe24Authorization::openBrowser, &loop, [&](const QUrl& url) {
            printOut(
                tr("Open this address in a browser, log in to the mall's admin and allow access (redirect URI %1):")
                    .arg(authorization.redirectUri().toString()));
            printOut(url.toString(QUrl::FullyEncoded));
            if (!parser.isSet(noBrowser) && openInBrowser(url))
                printErr(tr("The address was opened in the system browser."));
        });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (cancel.isCancelled())
            authorization.stop();
    });
    watch.start(100);
    authorization.start(quint16(listenPort), std::chrono::seconds(seconds));
    loop.exec();
    if (!result)
        return fail(result.error());
    printOut(tr("%1 is authorized; its new refresh token is in the keychain.").arg(account->label()));
    return ExitOk;
}

} // namespace md::cli
