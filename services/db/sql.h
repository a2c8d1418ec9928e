#pragma once

#include "services/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

class QSqlError;

namespace md::db {

// An Error for a failed statement; `what` says in plain words what was being done.
Error sqlError(const QSqlError& error, const QString& what);
// A deadlock or serialization failure (SQLSTATE 40P01 / 40001): the transaction was rolled back and may simply
// be run again.
bool isTransientConflict(const Error& error);
// "?, ?, …" with n positional parameters, for IN (…) lists.
QString placeholders(qsizetype n);

// Prepares, binds (positional ?) and runs one statement. Forward-only: rows are read once.
Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

// Runs a statement expected to return one row with one column and returns it.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& binds = {});

// A transaction that rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace md::db
