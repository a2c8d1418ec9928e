#pragma once

#include "services/db/dbconfig.h"
#include "services/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace md::db {

// One database (SQLite file or PostgreSQL server) shared by every thread of the process.
// QSqlDatabase is per thread: connection() opens the calling thread's own named connection on first use
// and it is removed when that thread ends. Copyable handle; cheap to pass around.
class Database {
public:
    explicit Database(DbConfig config);

    const DbConfig& config() const { return m_config; }
    Dialect dialect() const { return m_config.dialect; }
    bool isPostgres() const { return m_config.dialect == Dialect::Postgres; }

    // The calling thread's open connection, or why it could not be opened.
    Result<QSqlDatabase> connection() const;

    // Closes and forgets the calling thread's connection (also done automatically when the thread ends).
    void closeThreadConnection() const;

private:
    QString connectionName() const;
    Result<QSqlDatabase> open(const QString& name) const;

    DbConfig m_config;
    QString m_id;
};

} // namespace md::db
