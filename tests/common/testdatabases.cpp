#include "tests/common/testdatabases.h"

#include "services/db/migrator.h"
#include "services/db/sql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace md::test {

QString postgresServerUrl(QString* why)
{
    QString url = qEnvironmentVariable("MARKETDESK_TEST_PG");
    if (url.isEmpty()) {
        QFile f(QStringLiteral(MD_TEST_PG_URL_FILE));
        if (f.open(QIODevice::ReadOnly))
            url = QString::fromUtf8(f.readAll()).trimmed();
    }
    if (url.isEmpty() && why)
        *why = u"no test PostgreSQL server: run the tests through ctest (fixture postgres_start) or set "
               "MARKETDESK_TEST_PG=postgresql://user@host:port/postgres"_s;
    return url;
}

void addDialectRows()
{
    QTest::addColumn<QByteArray>("dialect");
    QTest::newRow("sqlite") << QByteArray("sqlite");
    QTest::newRow("postgres") << QByteArray("postgres");
}

std::unique_ptr<TestDatabase> TestDatabase::create(const QByteArray& dialect, std::optional<int> upToVersion)
{
    return dialect == "postgres" ? postgres(upToVersion) : sqlite(upToVersion);
}

std::unique_ptr<TestDatabase> TestDatabase::sqlite(std::optional<int> upToVersion)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    t->m_dir = std::make_unique<QTemporaryDir>();
    db::DbConfig cfg;
    cfg.dialect = db::Dialect::Sqlite;
    cfg.path = t->m_dir->filePath(u"test.db"_s);
    t->m_db.emplace(cfg);
    auto migrated = db::Migrator(*t->m_db).migrate(upToVersion);
    if (!migrated)
        qFatal("migrating the test SQLite database failed: %s", qPrintable(migrated.error().toString()));
    return t;
}

std::unique_ptr<TestDatabase> TestDatabase::postgres(std::optional<int> upToVersion)
{
    QString why;
    const QString serverUrl = postgresServerUrl(&why);
    if (serverUrl.isEmpty())
        qFatal("%s", qPrintable(why));
    auto admin = db::parseDbUrl(serverUrl);
    if (!admin)
        qFatal("%s", qPrintable(admin.error().toString()));

    std::unique_ptr<TestDatabase> t(new TestDatabase);
    t->m_pgAdminUrl = serverUrl;
    t->m_pgName = u"md_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 0, 36);
    {
        db::Database adminDb(*admin);
        {
            auto conn = adminDb.connection();
            if (!conn)
                qFatal("%s", qPrintable(conn.error().toString()));
            auto created = db::exec(*conn, u"CREATE DATABASE "_s + t->m_pgName);
            if (!created)
                qFatal("%s", qPrintable(created.error().toString()));
        }
        adminDb.closeThreadConnection();
    }
    db::DbConfig cfg = *admin;
    cfg.database = t->m_pgName;
    t->m_db.emplace(cfg);
    auto migrated = db::Migrator(*t->m_db).migrate(upToVersion);
    if (!migrated)
        qFatal("migrating the test PostgreSQL database failed: %s", qPrintable(migrated.error().toString()));
    return t;
}

TestDatabase::~TestDatabase()
{
    if (!m_db)
        return;
    m_db->closeThreadConnection();
    if (m_pgName.isEmpty())
        return;
    auto admin = db::parseDbUrl(m_pgAdminUrl);
    db::Database adminDb(*admin);
    if (auto conn = adminDb.connection())
        (void)db::exec(*conn, u"DROP DATABASE IF EXISTS "_s + m_pgName + u" WITH (FORCE)"_s);
    adminDb.closeThreadConnection();
}

QSqlDatabase TestDatabase::connection()
{
    auto conn = m_db->connection();
    if (!conn)
        qFatal("%s", qPrintable(conn.error().toString()));
    return *conn;
}

QString TestDatabase::url() const
{
    return m_db->config().dialect == db::Dialect::Postgres ? m_db->config().displayUrl()
                                                           : u"sqlite://"_s + m_db->config().path;
}

} // namespace md::test
