#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "services/marketplaces/common/accounts.h"
#include "services/marketplaces/common/collectorfactory.h"
#include "services/marketplaces/common/ordercollector.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
// Parses the command's options; returns an exit code when the command should end now (help, usage error).
std::optional<int> parse(QCommandLineParser& parser, const Cli& cli, int positionals)
{
    parser.addHelpOption();
    return parseCommandArguments(parser, cli, positionals, tr("give the account name"));
}

// Waits for an asynchronous Status-returning operation of the services (the CLI's only event loop).
Status wait(const std::function<void(QObject* context, std::function<void(Status)>)>& start)
{
    QEventLoop loop;
    Status result;
    start(&loop, [&](Status s) {
        result = std::move(s);
        loop.quit();
    });
    loop.exec();
    return result;
}

QJsonObject toJson(const marketplaces::Account& a)
{
    return { { u"name"_s, a.name }, { u"platform"_s, a.platform }, { u"seller_id"_s, a.sellerId },
        { u"display_name"_s, a.displayName }, { u"base_url"_s, a.baseUrl.toString() },
        { u"proxy_url"_s, a.proxyUrl.toString() }, { u"active"_s, a.active },
        { u"collect_interval_s"_s, a.collectIntervalS },
        { u"last_collected_to"_s, a.lastCollectedTo.isValid() ? a.lastCollectedTo.toString(Qt::ISODate) : QString() } };
}
} // namespace

int runAccountsAdd(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a marketplace account. Its secrets are read from standard input as ONE JSON object (never from the "
           "command line) and stored in the OS keychain:\n"
           "  qoo10:  {\"api_key\":…,\"user_id\":…,\"password\":…}\n"
           "  naver:  {\"client_id\":…,\"client_secret\":…}\n"
           "  cafe24: {\"client_id\":…,\"client_secret\":…,\"refresh_token\":…}\n"
           "With --proxy, add \"proxy_password\":… to the object when the proxy needs a password."));
    const QCommandLineOption platform(u"platform"_s, tr("cafe24, naver or qoo10."), tr("platform"));
    const QCommandLineOption name(u"name"_s, tr("A unique name for the account."), tr("name"));
    const QCommandLineOption sellerId(u"seller-id"_s, tr("The seller (mall) id on the platform."), tr("id"));
    const QCommandLineOption display(u"display-name"_s, tr("Name shown in the application."), tr("text"));
    const QCommandLineOption baseUrl(u"base-url"_s, tr("API base URL (default: the platform's)."), tr("URL"));
    const QCommandLineOption proxy(u"proxy"_s, tr("HTTP proxy for this account's calls."), tr("URL"));
    parser.addOptions({ platform, name, sellerId, display, baseUrl, proxy });
    if (auto code = parse(parser, cli, 0))
        return *code;
    if (!parser.isSet(platform) || !parser.isSet(name) || !parser.isSet(sellerId))
        return usage(tr("--platform, --name and --seller-id are required"), parser.helpText());
    marketplaces::Account account;
    account.platform = parser.value(platform).toLower();
    account.name = parser.value(name).trimmed();
    account.sellerId = parser.value(sellerId).trimmed();
    account.displayName = parser.value(display);
    if (!marketplaces::supportedPlatforms().contains(account.platform))
        return usage(tr("--platform must be one of %1").arg(marketplaces::supportedPlatforms().join(u", "_s)),
            parser.helpText());
    for (const auto* option : { &baseUrl, &proxy }) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || !url.password().isEmpty())
            return usage(tr("--%1 must be an http(s) URL without a password").arg(option->names().constFirst()),
                parser.helpText());
        (option == &baseUrl ? account.baseUrl : account.proxyUrl) = url;
    }

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error { ErrorCode::Io, tr("Cannot read standard input."), {} });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &error);
    if (!doc.isObject())
        return usage(tr("standard input must hold one JSON object with the account's secrets (%1)")
                         .arg(marketplaces::requiredSecretFields(account.platform).join(u", "_s)),
            parser.helpText());
    const QJsonObject secrets = doc.object();
    if (auto valid = marketplaces::AccountSecrets::validate(account.platform, secrets); !valid)
        return usage(valid.error().message, parser.helpText());

    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    marketplaces::Accounts accounts(*database);
    auto id = accounts.add(account);
    if (!id)
        return fail(id.error());
    secrets::KeychainSecretStore store;
    const Status stored = wait([&](QObject* context, auto done) {
        marketplaces::AccountSecrets::storeAll(&store, account, secrets, context, std::move(done));
    });
    if (!stored) {
        // An account without its secrets would only fail later, further from the cause.
        (void)accounts.remove(account.name);
        return fail(stored.error());
    }
    printOut(tr("Account \"%1\" (%2, seller %3) added; its secrets are in the keychain. Check it with "
                "`marketdesk-cli accounts test %1`.")
                 .arg(account.name, account.platform, account.sellerId));
    return ExitOk;
}

int runAccountsList(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the marketplace accounts (never their secrets)."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOption(json);
    if (auto code = parse(parser, cli, 0))
        return *code;
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    auto list = marketplaces::Accounts(*database).list();
    if (!list)
        return fail(list.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const auto& a : *list)
            array.append(toJson(a));
        printJson({ { u"accounts"_s, array } });
        return ExitOk;
    }
    if (list->isEmpty())
        printOut(tr("No accounts yet; add one with `marketdesk-cli accounts add`."));
    for (const auto& a : *list) {
        printOut(u"%1  %2  seller=%3  %4%5  last collected to: %6"_s.arg(a.name.leftJustified(16),
            a.platform.leftJustified(6), a.sellerId, a.baseUrl.isEmpty() ? QString() : a.baseUrl.toString() + u"  "_s,
            a.proxyUrl.isEmpty() ? QString() : u"proxy="_s + a.proxyUrl.toString() + u"  "_s,
            a.lastCollectedTo.isValid() ? a.lastCollectedTo.toString(Qt::ISODate) : tr("never")));
    }
    return ExitOk;
}

int runAccountsRemove(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove an account and its secrets from the keychain. Its orders stay."));
    parser.addPositionalArgument(u"name"_s, tr("The account's name."));
    if (auto code = parse(parser, cli, 1))
        return *code;
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    marketplaces::Accounts accounts(*database);
    auto account = accounts.get(parser.positionalArguments().constFirst());
    if (!account)
        return fail(account.error());
    secrets::KeychainSecretStore store;
    const Status removed = wait([&](QObject* context, auto done) {
        marketplaces::AccountSecrets::removeAll(&store, *account, context, std::move(done));
    });
    if (!removed)
        return fail(removed.error());
    if (auto s = accounts.remove(account->name); !s)
        return fail(s.error());
    printOut(tr("Account \"%1\" and its secrets removed.").arg(account->name));
    return ExitOk;
}

int runAccountsEdit(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change an account's display name, base URL, proxy, collection interval, or turn its automatic collection "
           "on or off. The name, platform and seller id cannot be changed (the name keys its keychain entries and "
           "its collection lease): add a new account and remove the old one instead. The proxy password is read "
           "from standard input with --proxy-password-stdin and stored in the keychain, never in the URL."));
    parser.addPositionalArgument(u"name"_s, tr("The account's name."));
    const QCommandLineOption display(u"display-name"_s, tr("Name shown in the application."), tr("text"));
    const QCommandLineOption baseUrl(
        u"base-url"_s, tr("API base URL; an empty value means the platform's own."), tr("URL"));
    const QCommandLineOption proxy(u"proxy"_s,
        tr("HTTP or SOCKS5 proxy (http://user@host:port, no password); an empty value means a direct connection."),
        tr("URL"));
    const QCommandLineOption proxyPassword(u"proxy-password-stdin"_s,
        tr("Read the proxy password from standard input (one line) and store it in the keychain."));
    const QCommandLineOption interval(
        u"interval-minutes"_s, tr("Collect orders automatically every N minutes (1 to 1440)."), tr("N"));
    const QCommandLineOption enable(u"enable"_s, tr("Collect this account's orders automatically again."));
    const QCommandLineOption disable(
        u"disable"_s, tr("Stop collecting this account's orders automatically (its data stays)."));
    parser.addOptions({ display, baseUrl, proxy, proxyPassword, interval, enable, disable });
    if (auto code = parse(parser, cli, 1))
        return *code;
    if (parser.isSet(enable) && parser.isSet(disable))
        return usage(tr("give --enable or --disable, not both"), parser.helpText());
    marketplaces::AccountChanges changes;
    if (parser.isSet(display))
        changes.displayName = parser.value(display);
    for (const auto* option : { &baseUrl, &proxy }) {
        if (!parser.isSet(*option))
            continue;
        const QUrl url(parser.value(*option).trimmed(), QUrl::StrictMode);
        if (!url.isEmpty() && !url.password().isEmpty())
            return usage(tr("--%1 must not contain a password: give the URL without it and pass the password with "
                            "--proxy-password-stdin")
                             .arg(option->names().constFirst()),
                parser.helpText());
        if (!url.isEmpty() && (!url.isValid() || url.host().isEmpty()))
            return usage(
                tr("--%1 must be a URL with a host, or empty").arg(option->names().constFirst()), parser.helpText());
        (option == &baseUrl ? changes.baseUrl : changes.proxyUrl) = url;
    }
    if (parser.isSet(interval)) {
        bool ok = false;
        const int minutes = parser.value(interval).toInt(&ok);
        if (!ok || minutes < marketplaces::Accounts::minCollectIntervalS / 60
            || minutes > marketplaces::Accounts::maxCollectIntervalS / 60)
            return usage(tr("--interval-minutes must be a whole number from %1 to %2")
                             .arg(marketplaces::Accounts::minCollectIntervalS / 60)
                             .arg(marketplaces::Accounts::maxCollectIntervalS / 60),
                parser.helpText());
        changes.collectIntervalS = minutes * 60;
    }
    if (parser.isSet(enable) || parser.isSet(disable))
        changes.active = parser.isSet(enable);
    if (changes.isEmpty() && !parser.isSet(proxyPassword))
        return usage(tr("nothing to change: give at least one option"), parser.helpText());
    QByteArray password;
    if (parser.isSet(proxyPassword)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(Error { ErrorCode::Io, tr("Cannot read standard input."), {} });
        password = in.readLine().trimmed();
        if (password.isEmpty())
            return usage(tr("standard input holds no proxy password"), parser.helpText());
    }

    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    marketplaces::Accounts accounts(*database);
    auto account = accounts.get(parser.positionalArguments().constFirst());
    if (!account)
        return fail(account.error());
    if (!changes.isEmpty()) {
        auto updated = accounts.update(account->name, changes);
        if (!updated)
            return fail(updated.error());
        account = std::move(updated);
    }
    secrets::KeychainSecretStore store;
    if (!password.isEmpty()) {
        const QJsonObject secret { { QString(marketplaces::kProxyPasswordField), QString::fromUtf8(password) } };
        const Status stored = wait([&](QObject* context, auto done) {
            marketplaces::AccountSecrets::storeAll(&store, *account, secret, context, std::move(done));
        });
        if (!stored)
            return fail(stored.error());
    } else if (changes.proxyUrl && changes.proxyUrl->isEmpty()) {
        // A direct connection: the old proxy's password has no use any more.
        const Status removed = wait([&](QObject* context, auto done) {
            store.remove(account->secretKey(QString(marketplaces::kProxyPasswordField)), context, std::move(done));
        });
        if (!removed)
            return fail(removed.error());
    }
    printOut(tr("Account \"%1\" updated: display name \"%2\", base URL %3, proxy %4, every %5 min, automatic "
                "collection %6.")
                 .arg(account->name, account->displayName,
                     account->baseUrl.isEmpty() ? tr("(the platform's)") : account->baseUrl.toString(),
                     account->proxyUrl.isEmpty() ? tr("(none)") : account->proxyUrl.toString())
                 .arg(account->collectIntervalS / 60)
                 .arg(account->active ? tr("on") : tr("off")));
    return ExitOk;
}

int runAccountsTest(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check an account's secrets and connection with a cheap call and say exactly "
                                        "what is wrong (bad secret, IP not allowed, clock skew, unreachable)."));
    parser.addPositionalArgument(u"name"_s, tr("The account's name."));
    if (auto code = parse(parser, cli, 1))
        return *code;
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    auto account = marketplaces::Accounts(*database).get(parser.positionalArguments().constFirst());
    if (!account)
        return fail(account.error());
    secrets::KeychainSecretStore store;
    marketplaces::CollectorEnv env;
    env.secrets = &store;
    env.database = *database;
    env.retry.maxAttempts = 2; // a test should answer quickly
    env.callTimeout = std::chrono::milliseconds(15'000);
    auto collector = marketplaces::createCollector(*account, env);
    if (!collector)
        return fail(collector.error());
    const Status ok = wait([&](QObject*, auto done) { (*collector)->testConnection(std::move(done)); });
    if (!ok)
        return fail(ok.error());
    printOut(tr("%1 works: credentials accepted and the API answered.").arg(account->label()));
    return ExitOk;
}

} // namespace md::cli
