#include "app/cli/clidatabase.h"

#include "services/db/migrator.h"
#include "services/secrets/keychainsecretstore.h"

#include <QEventLoop>

namespace md::cli {

namespace {
// The CLI's main thread has nothing else to do while it waits for the keychain at start-up.
Result<QByteArray> readKeychain(const QString& key)
{
    secrets::KeychainSecretStore store;
    QEventLoop loop;
    std::optional<Result<QByteArray>> result;
    store.read(key, &loop, [&](Result<QByteArray> r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}
} // namespace

Result<db::DbConfig> resolveDbConfig(const QString& url)
{
    if (url.isEmpty())
        return db::defaultSqliteConfig();
    auto cfg = db::parseDbUrl(url);
    if (!cfg || cfg->dialect != db::Dialect::Postgres || qEnvironmentVariableIsSet("PGPASSWORD"))
        return cfg;
    auto password = readKeychain(cfg->keychainKey());
    if (password)
        cfg->password = QString::fromUtf8(*password);
    // No stored password (or no keychain): libpq may still authenticate (trust, peer, .pgpass); if it cannot,
    // the connection error says so.
    return cfg;
}

Result<db::Database> openDatabase(const QString& url)
{
    auto cfg = resolveDbConfig(url);
    if (!cfg)
        return cfg.error();
    db::Database database(*cfg);
    auto migrated = db::Migrator(database).migrate();
    if (!migrated)
        return migrated.error();
    return database;
}

} // namespace md::cli
