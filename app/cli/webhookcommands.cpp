#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "services/notify/webhooks.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {
std::optional<int> parseArgs(QCommandLineParser& parser, const Cli& cli, int positionals)
{
    parser.addHelpOption();
    return parseCommandArguments(parser, cli, positionals, tr("give the webhook's name"));
}

Status keychain(const std::function<void(secrets::SecretStore&, QObject*, secrets::SecretStore::StatusCallback)>& op)
{
    secrets::KeychainSecretStore store;
    QEventLoop loop;
    Status result;
    op(store, &loop, [&](Status s) {
        result = std::move(s);
        loop.quit();
    });
    loop.exec();
    return result;
}
} // namespace

int runWebhooksAdd(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a webhook called on collection start, success and failure. Its URL is "
                                        "read from standard input (it is a secret) and kept in the OS keychain."));
    const QCommandLineOption name(u"name"_s, tr("A unique name."), tr("name"));
    const QCommandLineOption kind(u"kind"_s, tr("generic (form-encoded text), slack or discord."), tr("kind"));
    const QCommandLineOption events(
        u"events"_s, tr("Comma-separated: start,success,failure (default: all)."), tr("list"));
    parser.addOptions({ name, kind, events });
    if (auto code = parseArgs(parser, cli, 0))
        return *code;
    if (!parser.isSet(name) || !parser.isSet(kind))
        return usage(tr("--name and --kind are required"), parser.helpText());
    notify::Webhook webhook;
    webhook.name = parser.value(name).trimmed();
    webhook.kind = parser.value(kind).toLower();
    webhook.events = parser.value(events).split(u',', Qt::SkipEmptyParts);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error { ErrorCode::Io, tr("Cannot read standard input."), {} });
    const QByteArray url = in.readLine().trimmed();
    const QUrl parsed(QString::fromUtf8(url), QUrl::StrictMode);
    if (url.isEmpty() || !parsed.isValid() || (parsed.scheme() != u"https" && parsed.scheme() != u"http"))
        return usage(tr("standard input must hold the webhook's http(s) URL"), parser.helpText());
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    notify::Webhooks webhooks(*database);
    auto id = webhooks.add(webhook);
    if (!id)
        return fail(id.error());
    const Status stored = keychain([&](secrets::SecretStore& s, QObject* c, auto done) {
        s.write(notify::Webhook::urlSecretKey(webhook.name), url, c, std::move(done));
    });
    if (!stored) {
        (void)webhooks.remove(webhook.name);
        return fail(stored.error());
    }
    printOut(tr("Webhook \"%1\" (%2) added; its URL is in the keychain.").arg(webhook.name, webhook.kind));
    return ExitOk;
}

int runWebhooksList(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the webhooks (never their URLs)."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object."));
    parser.addOption(json);
    if (auto code = parseArgs(parser, cli, 0))
        return *code;
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    auto list = notify::Webhooks(*database).list();
    if (!list)
        return fail(list.error());
    QJsonArray array;
    for (const auto& w : *list) {
        if (parser.isSet(json))
            array.append(QJsonObject { { u"name"_s, w.name }, { u"kind"_s, w.kind },
                { u"events"_s, QJsonArray::fromStringList(w.events) }, { u"active"_s, w.active } });
        else
            printOut(u"%1  %2  %3%4"_s.arg(w.name.leftJustified(16), w.kind.leftJustified(8), w.events.join(u','),
                w.active ? QString() : tr("  (inactive)")));
    }
    if (parser.isSet(json))
        printJson({ { u"webhooks"_s, array } });
    return ExitOk;
}

int runWebhooksRemove(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a webhook and its URL from the keychain."));
    parser.addPositionalArgument(u"name"_s, tr("The webhook's name."));
    if (auto code = parseArgs(parser, cli, 1))
        return *code;
    const QString name = parser.positionalArguments().constFirst();
    auto database = openDatabase(cli.dbUrl());
    if (!database)
        return fail(database.error());
    if (auto s = notify::Webhooks(*database).remove(name); !s)
        return fail(s.error());
    const Status removed = keychain([&](secrets::SecretStore& s, QObject* c, auto done) {
        s.remove(notify::Webhook::urlSecretKey(name), c, std::move(done));
    });
    if (!removed)
        return fail(removed.error());
    printOut(tr("Webhook \"%1\" removed.").arg(name));
    return ExitOk;
}

} // namespace md::cli
