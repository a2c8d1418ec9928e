#pragma once

#include "services/gnb/stagetable.h"

#include <QSqlQuery>
#include <optional>

namespace md::gnb {

// Loads gnb_stage on SQLite with one prepared multi-row INSERT reused for every batch.
class SqliteStageTable final : public StageTable {
public:
    explicit SqliteStageTable(QSqlDatabase db);

    Status create() override;
    Status append(std::span<const FeedRow> rows) override;
    Status flush() override;

private:
    Status insert(std::span<const FeedRow> rows, QSqlQuery& query);
    QString insertSql(int rows) const;

    std::optional<QSqlQuery> m_batchInsert;
    std::vector<FeedRow> m_pending;
};

} // namespace md::gnb
