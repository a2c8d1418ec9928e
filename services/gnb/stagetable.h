#pragma once

#include "services/db/database.h"
#include "services/gnb/feedrow.h"

#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <span>

namespace md::gnb {

// The temporary table one brand file is loaded into before it is merged (gnb_stage). Created inside the
// file's transaction and dropped before it commits, so nothing of it outlives the file.
class StageTable {
public:
    virtual ~StageTable() = default;

    // Creates the empty table in the current transaction.
    virtual Status create() = 0;
    // Appends rows; buffered, so call flush() before reading the table.
    virtual Status append(std::span<const FeedRow> rows) = 0;
    virtual Status flush() = 0;
    Status drop();

    // PostgreSQL: COPY through libpq on the connection's own handle. SQLite: prepared inserts.
    static std::unique_ptr<StageTable> create(db::Dialect dialect, QSqlDatabase db);

protected:
    explicit StageTable(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    static QString createSql(db::Dialect dialect);
    // True for the first row of each model appended (rows come in line order): the merge takes a product's columns
    // from that row, and sorting the stage to find it again cost the database more than this set costs here.
    bool isFirstOfModel(const QString& model);
    QSqlDatabase m_db;

private:
    QSet<QString> m_models;
};

// The columns of gnb_stage in COPY / insert order.
const QStringList& stageColumns();

} // namespace md::gnb
