#pragma once

#include "services/db/dbconfig.h"
#include "services/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>
#include <functional>

class QSqlQuery;

namespace md::marketplaces {

// Multi-row INSERT and UPDATE statements for bulk upserts on both dialects, a few hundred rows per statement.
// Column types ("text", "int", "money", "ts") give the casts PostgreSQL needs where it cannot infer a parameter's
// type (the VALUES list of an UPDATE … FROM); SQLite takes the values as they are.
class RowBatch {
public:
    // Qt's SQLite driver looks up every parameter's name by a linear scan when binding, which makes binding
    // quadratic in the parameters of one statement: SQLite gets short statements, PostgreSQL long ones.
    int rowsPerStatement() const { return m_dialect == db::Dialect::Sqlite ? 24 : 200; }

    RowBatch(QSqlDatabase db, db::Dialect dialect);

    // INSERT INTO table (columns) VALUES (…), (…) [RETURNING returning]; onRow is called for each returned row.
    Status insert(const QString& table, const QStringList& columns, const QStringList& types,
        const QList<QVariantList>& rows, const QString& returning, const std::function<void(const QSqlQuery&)>& onRow);
    // Each row is (id, values of columns…): sets the columns of the row with that id, plus `extraSet`.
    Status update(const QString& table, const QStringList& columns, const QStringList& types,
        const QList<QVariantList>& rows, const QString& extraSet);

private:
    QString placeholder(const QString& type, bool castAlways) const;

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace md::marketplaces
