#include "services/gnb/cataloguestatistics.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
// Below this the planner's guesses do no harm.
constexpr qint64 kMinimumRows = 5000;
// Plans flip between "tiny table" and "real table", not between 20k and 40k rows: analyze on large growth only.
constexpr qint64 kGrowthFactor = 10;
} // namespace

CatalogueStatistics::CatalogueStatistics(db::Database database)
    : m_database(std::move(database))
{
}

Status CatalogueStatistics::begin()
{
    if (!m_database.isPostgres())
        return {};
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    // The planner's own estimate is what matters (and is free to read).
    auto estimate = db::scalar(*conn,
        u"SELECT GREATEST(reltuples, 0)::bigint FROM pg_class "
        "WHERE oid = 'product_stock_gnb'::regclass"_s);
    if (!estimate)
        return estimate.error();
    m_variants = m_analyzedAt = estimate->toLongLong();
    // The mapping pairs every file's products join: a few hundred rows that autovacuum may not have analyzed since
    // they were a handful (the planner then scans all pairs for every product instead of hashing them). Cheap.
    if (auto q = db::exec(*conn, u"ANALYZE category_mapping"_s); !q)
        return q.error();
    return {};
}

Status CatalogueStatistics::afterInsert(qint64 inserted)
{
    if (!m_database.isPostgres())
        return {};
    m_variants += inserted;
    if (m_variants < kMinimumRows || m_variants < kGrowthFactor * m_analyzedAt)
        return {};
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    // Only the columns the crawl's statements join and filter on: a whole-table ANALYZE also computes statistics for
    // every expression index (the Products page's sort and trigram indexes), four times the cost. Autovacuum's own
    // analyze catches up on those.
    if (auto q = db::exec(*conn,
            u"ANALYZE product (platform, seller_id, product_id, source_file, feed_visible, hidden_reason), "
            "product_stock (product_id, variant_key, feed_visible), product_stock_gnb (product_stock_id, "
            "variant_code), "
            "category_mapping"_s);
        !q)
        return q.error();
    m_analyzedAt = m_variants;
    ++m_analyzeCount;
    return {};
}

} // namespace md::gnb
