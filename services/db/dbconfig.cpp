#include "services/db/dbconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace md::db {

namespace {
Error invalidUrl(const QString& url, const QString& why)
{
    return Error { ErrorCode::Config,
        QCoreApplication::translate("md::db", "The database URL \"%1\" is not usable: %2").arg(url, why), {} };
}
} // namespace

QString DbConfig::displayUrl() const
{
    if (dialect == Dialect::Sqlite)
        return u"sqlite://"_s + path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

QString DbConfig::keychainKey() const
{
    return u"db/"_s + displayUrl();
}

Result<DbConfig> parseDbUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return invalidUrl(text, QCoreApplication::translate("md::db", "it is not a valid URL"));

    DbConfig cfg;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"sqlite") {
        cfg.dialect = Dialect::Sqlite;
        cfg.path = url.path();
        if (!url.host().isEmpty())
            return invalidUrl(
                text, QCoreApplication::translate("md::db", "write sqlite:///absolute/path/file.db (three slashes)"));
        if (cfg.path.isEmpty() || !QDir::isAbsolutePath(cfg.path))
            return invalidUrl(text, QCoreApplication::translate("md::db", "the SQLite path must be absolute"));
        return cfg;
    }
    if (scheme != u"postgresql" && scheme != u"postgres")
        return invalidUrl(text, QCoreApplication::translate("md::db", "use sqlite:///… or postgresql://…"));

    if (!url.password().isEmpty())
        return invalidUrl(url.toString(QUrl::RemovePassword),
            QCoreApplication::translate("md::db",
                "it contains a password. Remove it and set PGPASSWORD or store the password in the keychain"));
    cfg.dialect = Dialect::Postgres;
    cfg.user = url.userName();
    cfg.host = url.host().isEmpty() ? u"localhost"_s : url.host();
    cfg.port = url.port(5432);
    cfg.database = url.path().mid(1);
    if (cfg.user.isEmpty() || cfg.database.isEmpty())
        return invalidUrl(text, QCoreApplication::translate("md::db", "write postgresql://user@host:port/database"));

    QStringList options { u"connect_timeout=10"_s, u"application_name=marketdesk"_s };
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        static const QStringList allowed { u"sslmode"_s, u"connect_timeout"_s, u"application_name"_s, u"sslrootcert"_s,
            u"target_session_attrs"_s };
        if (!allowed.contains(key))
            return invalidUrl(text, QCoreApplication::translate("md::db", "unknown option \"%1\"").arg(key));
        options.removeIf([&](const QString& o) { return o.startsWith(key + u'='); });
        options << key + u'=' + value;
    }
    cfg.options = options.join(u';');
    return cfg;
}

DbConfig defaultSqliteConfig()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    DbConfig cfg;
    cfg.dialect = Dialect::Sqlite;
    cfg.path = dir + u"/marketdesk.db"_s;
    return cfg;
}

} // namespace md::db
