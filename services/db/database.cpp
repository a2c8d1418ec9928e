#include "services/db/database.h"

#include "services/db/sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <vector>

using namespace Qt::StringLiterals;

namespace md::db {

namespace {
void removeConnection(const QString& name)
{
    {
        auto db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// The calling thread's connections, removed when the thread ends. For a QThread that happens on its finished()
// signal, which the thread emits before QThread::wait() returns: thread_local destructors run only after that,
// when the process may already be tearing Qt SQL down. The destructor covers threads that are not QThreads.
struct ThreadConnections {
    std::vector<QString> names;
    ~ThreadConnections()
    {
        for (const auto& name : names)
            removeConnection(name);
    }
};
thread_local ThreadConnections t_connections;

void removeOnThreadFinish(const QString& name)
{
    QThread* thread = QThread::currentThread();
    if (!QCoreApplication::instance() || thread == QCoreApplication::instance()->thread())
        return;
    QObject::connect(
        thread, &QThread::finished, thread,
        [name] {
            std::erase(t_connections.names, name);
            removeConnection(name);
        },
        Qt::DirectConnection);
}

QAtomicInteger<quint64> s_nextId = 0;
} // namespace

Database::Database(DbConfig config)
    : m_config(std::move(config))
    , m_id(QString::number(s_nextId.fetchAndAddRelaxed(1)))
{
}

QString Database::connectionName() const
{
    return u"md-%1-%2"_s.arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

Result<QSqlDatabase> Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        auto db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    return open(name);
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    std::erase(t_connections.names, name);
    removeConnection(name);
}

Result<QSqlDatabase> Database::open(const QString& name) const
{
    const bool pg = isPostgres();
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(pg ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (!db.isValid())
        return Error { ErrorCode::Database,
            QCoreApplication::translate("md::db", "The Qt SQL driver for %1 is not installed.")
                .arg(pg ? u"PostgreSQL"_s : u"SQLite"_s),
            {} };
    if (std::find(t_connections.names.begin(), t_connections.names.end(), name) == t_connections.names.end()) {
        t_connections.names.push_back(name);
        removeOnThreadFinish(name);
    }

    if (pg) {
        db.setHostName(m_config.host);
        db.setPort(m_config.port);
        db.setDatabaseName(m_config.database);
        db.setUserName(m_config.user);
        db.setPassword(m_config.password); // empty: libpq falls back to PGPASSWORD / .pgpass
        db.setConnectOptions(m_config.options);
    } else {
        db.setDatabaseName(m_config.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open()) {
        // QSqlError texts from libpq never contain the password; they do name host, user and database.
        return Error { ErrorCode::Database,
            QCoreApplication::translate("md::db",
                "Cannot open the database %1. Check that it is reachable and that "
                "the user and password are right.")
                .arg(m_config.displayUrl()),
            db.lastError().text().trimmed() };
    }

    const QStringList setup = pg
        ? QStringList { u"SET TIME ZONE 'UTC'"_s }
        : QStringList { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
              u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-65536"_s };
    for (const auto& statement : setup) {
        auto q = exec(db, statement);
        if (!q)
            return q.error();
    }
    return db;
}

} // namespace md::db
