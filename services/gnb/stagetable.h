#pragma once

#include "services/db/database.h"
#include "services/gnb/feedrow.h"
#include "services/gnb/stagefacts.h"

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
    // The staged rows taken together (complete after flush()).
    const StageFacts& facts() const { return m_facts; }

    // PostgreSQL: COPY through libpq on the connection's own handle. SQLite: prepared inserts.
    static std::unique_ptr<StageTable> create(db::Dialect dialect, QSqlDatabase db);

protected:
    explicit StageTable(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    static QString createSql(db::Dialect dialect);
    // Notes a row as it is staged (in line order); true for its model's first row, whose columns the product takes
    // (sorting the stage to find it again cost the database more than this costs here).
    bool note(const FeedRow& row) { return m_facts.add(row); }
    QSqlDatabase m_db;

private:
    StageFacts m_facts;
};

// The columns of gnb_stage in COPY / insert order.
const QStringList& stageColumns();

} // namespace md::gnb
