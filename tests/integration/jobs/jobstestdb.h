#pragma once

#include "services/db/sql.h"
#include "tests/common/testdatabases.h"

#include <QTest>
#include <map>
#include <memory>

namespace md::test {

// One migrated database per dialect for a whole test executable, emptied of the jobs tables before each test:
// creating and migrating a PostgreSQL database costs more than most of these tests do.
class JobsTestDatabases {
public:
    // The dialect's database with no jobs, job results, leases or accounts.
    TestDatabase& fresh(const QByteArray& dialect)
    {
        auto& slot = m_databases[dialect];
        if (!slot)
            slot = TestDatabase::create(dialect);
        for (const char* table : { "job_results", "jobs", "shedlock", "account" }) {
            auto cleared = db::exec(slot->connection(), QStringLiteral("DELETE FROM ") + QLatin1StringView(table));
            if (!cleared)
                qFatal("%s", qPrintable(cleared.error().toString()));
        }
        return *slot;
    }
    // Drops the databases; call from cleanupTestCase().
    void clear() { m_databases.clear(); }

private:
    std::map<QByteArray, std::unique_ptr<TestDatabase>> m_databases;
};

} // namespace md::test
