#pragma once

#include "services/domain/result.h"

#include <QString>

namespace md::db {

enum class Dialect { Sqlite, Postgres };

// Where the database is, parsed from a --db URL. Never holds a password that came from a file or argv:
// password is filled at run time from PGPASSWORD or the keychain and is never printed.
struct DbConfig {
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString user; // PostgreSQL
    QString host;
    int port = 5432;
    QString database;
    QString options; // libpq connect options, "key=value;key=value"
    QString password;

    // The URL without any secret, for logs, the status bar and error messages.
    QString displayUrl() const;
    // The key under which the password is kept in the keychain.
    QString keychainKey() const;
};

// Parses "sqlite:///abs/path.db", "postgresql://user@host:port/db[?sslmode=…]" (also "postgres://").
// A URL with a password is refused: passwords come from PGPASSWORD or the keychain.
Result<DbConfig> parseDbUrl(const QString& url);

// The embedded database used when no --db is given: marketdesk.db in the user's app data folder.
DbConfig defaultSqliteConfig();

} // namespace md::db
