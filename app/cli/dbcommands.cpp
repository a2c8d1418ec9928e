#include "app/cli/cli.h"
#include "app/cli/clidatabase.h"
#include "app/cli/commandarguments.h"
#include "app/cli/output.h"
#include "services/db/migrator.h"
#include "services/secrets/keychainsecretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace md::cli {

int runMigrate(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("md::cli", "Bring the database schema up to date."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("md::cli", "Print the result as JSON."));
    parser.addOption(json);
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    auto cfg = resolveDbConfig(cli.dbUrl());
    if (!cfg)
        return fail(cfg.error());
    db::Database database(*cfg);
    db::Migrator migrator(database);
    auto applied = migrator.migrate();
    if (!applied)
        return fail(applied.error());
    auto version = migrator.currentVersion();
    if (!version)
        return fail(version.error());
    if (parser.isSet(json))
        printJson({ { u"database"_s, cfg->displayUrl() }, { u"applied"_s, *applied }, { u"version"_s, *version } });
    else
        printOut(QCoreApplication::translate("md::cli", "%1: %2 migration(s) applied, schema version %3.")
                     .arg(cfg->displayUrl())
                     .arg(*applied)
                     .arg(*version));
    return ExitOk;
}

int runDbSetPassword(const Cli& cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("md::cli",
        "Store the password of the --db PostgreSQL URL in the OS keychain. The password is read from standard "
        "input (never from the command line)."));
    parser.addHelpOption();
    if (auto done = parseCommandArguments(parser, cli))
        return *done;
    auto cfg = db::parseDbUrl(cli.dbUrl());
    if (!cfg)
        return fail(cfg.error());
    if (cfg->dialect != db::Dialect::Postgres)
        return usage(QCoreApplication::translate("md::cli", "--db must name a PostgreSQL database"), parser.helpText());
    return storeSecretFromStdin(cfg->keychainKey(),
        QCoreApplication::translate("md::cli", "Password for %1 stored in the keychain.").arg(cfg->displayUrl()),
        parser.helpText());
}

int storeSecretFromStdin(const QString& key, const QString& done, const QString& help)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(Error { ErrorCode::Io, QCoreApplication::translate("md::cli", "Cannot read standard input."), {} });
    const QByteArray secret = in.readLine().trimmed();
    if (secret.isEmpty())
        return usage(QCoreApplication::translate("md::cli", "nothing on standard input"), help);

    secrets::KeychainSecretStore store;
    QEventLoop loop;
    Status stored;
    store.write(key, secret, &loop, [&](Status s) {
        stored = std::move(s);
        loop.quit();
    });
    loop.exec();
    if (!stored)
        return fail(stored.error());
    printOut(done);
    return ExitOk;
}

} // namespace md::cli
