#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

namespace md::gnb {

// Keeps PostgreSQL's planner statistics of the catalogue in step while a crawl grows it: right after a first load
// the statistics still describe empty tables and the planner picks nested loops over whole tables. ANALYZE runs
// whenever the variant count has grown tenfold since the last one (once or twice for a first load, never for
// ordinary crawls, where autovacuum keeps up). No-op on SQLite.
class CatalogueStatistics {
public:
    explicit CatalogueStatistics(db::Database database);

    // Reads the current size; call once before the crawl writes.
    Status begin();
    // Records `inserted` new variants and analyzes the catalogue tables when they have doubled.
    Status afterInsert(qint64 inserted);

    int analyzeCount() const { return m_analyzeCount; }

private:
    db::Database m_database;
    qint64 m_variants = 0;
    qint64 m_analyzedAt = 0;
    int m_analyzeCount = 0;
};

} // namespace md::gnb
