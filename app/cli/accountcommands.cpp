#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
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
QString tr(const char* text)
{
    return QCoreApplication::translate("md::cli", text);
}

// Parses the command's options; returns an exit code when the command should end now (help, usage error).
std::optional<int> parse(QCommandLineParser& parser, const Cli& cli, int positionals)
{
    parser.addHelpOption();
    if (!parser.parse(cli.commandArguments()))
        return usage(parser.errorText(), parser.helpText());
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionals)
        return usage(positionals == 0 ? tr("unexpected argument") : tr("give the account name"), parser.helpText());
    return std::nullopt;
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
           "  cafe24: {\"client_id\":…,\"client_secret\":…,\"refresh_token\":…}"));
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
