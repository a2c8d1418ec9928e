#pragma once

#include "services/db/database.h"

#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace md::test {

// A fresh, migrated database for one test: an SQLite file in a temporary folder, or a new database on the
// throwaway PostgreSQL server of the ctest run (dropped again when this object goes away). Migrated to the newest
// schema, or only up to `upToVersion` (to test an upgrade).
class TestDatabase {
public:
    static std::unique_ptr<TestDatabase> sqlite(std::optional<int> upToVersion = {});
    static std::unique_ptr<TestDatabase> postgres(std::optional<int> upToVersion = {});
    // "sqlite" or "postgres": the data tag used by data-driven tests.
    static std::unique_ptr<TestDatabase> create(const QByteArray& dialect, std::optional<int> upToVersion = {});
    ~TestDatabase();

    db::Database& database() { return *m_db; }
    QSqlDatabase connection();
    QString url() const;

private:
    TestDatabase() = default;
    std::optional<db::Database> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgAdminUrl;
    QString m_pgName;
};

// The URL of the test PostgreSQL server (maintenance database), or empty with a reason in `why`.
QString postgresServerUrl(QString* why = nullptr);

// Adds the two dialects as rows "sqlite" and "postgres" to a data-driven test (column "dialect").
void addDialectRows();

} // namespace md::test
