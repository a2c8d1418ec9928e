#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace md::db {

struct Migration {
    int version = 0;
    QString name;
    QString sql; // already rendered for the dialect
    QString checksum;
};

// Applies the numbered SQL files of resources/sql (embedded as :/sql/NNNN_name.sql) in order, each in its own
// transaction, recording them in schema_migrations. One file serves both dialects: {{id}} and {{now}} are
// rendered per dialect. Safe to run from several processes at once; refuses a database newer than itself.
class Migrator {
public:
    explicit Migrator(Database database);

    // The migrations this binary knows, rendered for the database's dialect.
    static Result<QList<Migration>> load(Dialect dialect);
    static int latestVersion();

    // Applies what is missing (up to `upToVersion` when given); returns how many migrations were applied.
    Result<int> migrate(std::optional<int> upToVersion = {});
    // The newest version applied to the database (0 for an empty database).
    Result<int> currentVersion();

private:
    Database m_db;
};

// Splits an SQL script into statements at top-level semicolons (outside quotes, comments and $$ bodies).
QStringList splitSqlStatements(const QString& script);

} // namespace md::db
