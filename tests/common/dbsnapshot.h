#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace md::test {

// Every catalogue row's id with its row version (xmin on PostgreSQL; version/updated_at on SQLite).
// Two equal snapshots mean no catalogue row was written in between.
QStringList catalogueSnapshot(QSqlDatabase db, bool postgres);

// The first column of the first row of sql, as a number (-1 on error).
qint64 queryNumber(QSqlDatabase db, const QString& sql);

} // namespace md::test
