#pragma once

#include "services/domain/result.h"

#include <QSqlDatabase>

namespace md::jobs {

// A transaction that intends to write from its first statement. On SQLite it is BEGIN IMMEDIATE: the write lock
// is taken (waiting up to the busy timeout) before anything is read, so a read-then-write sequence cannot fail
// with SQLITE_BUSY half-way, which a plain BEGIN (what QSqlDatabase::transaction() issues) can. On PostgreSQL it
// is an ordinary transaction; row locks do the rest. Rolls back unless commit() was called.
class WriteTransaction {
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_sqlite = false;
    bool m_open = false;
};

} // namespace md::jobs
