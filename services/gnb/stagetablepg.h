#pragma once

#include "services/gnb/stagetable.h"

#include <QByteArray>

namespace md::gnb {

// Loads gnb_stage with COPY … FROM STDIN (text format) on the QPSQL connection's own libpq handle,
// inside the transaction Qt opened on that connection.
class PgCopyStageTable final : public StageTable {
public:
    explicit PgCopyStageTable(QSqlDatabase db);
    ~PgCopyStageTable() override;

    Status create() override;
    Status append(std::span<const FeedRow> rows) override;
    Status flush() override;

private:
    Status startCopy();
    Status sendBuffer();
    Status endCopy();

    void* m_conn = nullptr; // PGconn*
    QByteArray m_buffer;
    bool m_copying = false;
};

} // namespace md::gnb
