#include "services/marketplaces/products/listingpresence.h"

#include "services/db/sql.h"
#include "services/jobs/dbclock.h"
#include "services/marketplaces/common/rowbatch.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPresence, "md.products.presence")

namespace md::marketplaces {

ListingPresence::ListingPresence(db::Database database, QString platform, QString sellerId)
    : m_db(std::move(database))
    , m_platform(std::move(platform))
    , m_sellerId(std::move(sellerId))
    , m_scan(m_platform + u'/' + m_sellerId)
{
}

ListingPresence::~ListingPresence()
{
    clear();
}

void ListingPresence::clear()
{
    if (!m_begun)
        return;
    m_begun = false;
    m_seen.clear();
    auto db = m_db.connection();
    if (!db)
        return;
    if (auto q = db::exec(*db, u"DELETE FROM md_listing_seen WHERE scan = ?"_s, { m_scan }); !q)
        qCWarning(lcPresence) << q.error().toString();
}

Status ListingPresence::begin()
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    // A temp table lives as long as the thread's connection: create it once, then empty this account's part.
    if (auto q = db::exec(*db,
            u"CREATE TEMP TABLE IF NOT EXISTS md_listing_seen (scan TEXT NOT NULL, product_key TEXT NOT NULL, "
            "PRIMARY KEY (scan, product_key))"_s);
        !q)
        return q.error();
    if (auto q = db::exec(*db, u"DELETE FROM md_listing_seen WHERE scan = ?"_s, { m_scan }); !q)
        return q.error();
    m_seen.clear();
    m_begun = true;
    return {};
}

Result<int> ListingPresence::see(const QList<Listing>& listings)
{
    QList<QVariantList> fresh;
    for (const Listing& listing : listings) {
        if (listing.productId.isEmpty() || m_seen.contains(listing.productId))
            continue;
        m_seen.insert(listing.productId);
        fresh.append({ m_scan, listing.productId });
    }
    if (fresh.isEmpty())
        return 0;
    auto db = m_db.connection();
    if (!db)
        return db.error();
    RowBatch batch(*db, m_db.dialect());
    if (auto s
        = batch.insert(u"md_listing_seen"_s, { u"scan"_s, u"product_key"_s }, { u"text"_s, u"text"_s }, fresh, {}, {});
        !s)
        return s.error();
    const QString now = jobs::DbClock::now(m_db.dialect());
    // The partial index on hidden_reason keeps this to the few hidden rows, however large the catalogue.
    auto shown = db::exec(*db,
        u"UPDATE product SET feed_visible = TRUE, hidden_reason = NULL, hidden_at = NULL, version = version + 1, "
        "updated_at = "_s
            + now
            + u" WHERE hidden_reason = ? AND platform = ? AND seller_id = ? AND product_id IN "
              "(SELECT product_key FROM md_listing_seen WHERE scan = ?)"_s,
        { QString(notListed), m_platform, m_sellerId, m_scan });
    if (!shown)
        return shown.error();
    return shown->numRowsAffected();
}

Result<int> ListingPresence::hideUnseen()
{
    auto db = m_db.connection();
    if (!db)
        return db.error();
    const QString now = jobs::DbClock::now(m_db.dialect());
    auto hidden = db::exec(*db,
        u"UPDATE product SET feed_visible = FALSE, hidden_reason = ?, hidden_at = "_s + now
            + u", version = version + 1, updated_at = "_s + now
            + u" WHERE platform = ? AND seller_id = ? AND feed_visible AND hidden_reason IS NULL AND NOT EXISTS "
              "(SELECT 1 FROM md_listing_seen s WHERE s.scan = ? AND s.product_key = product.product_id)"_s,
        { QString(notListed), m_platform, m_sellerId, m_scan });
    if (!hidden)
        return hidden.error();
    return hidden->numRowsAffected();
}

} // namespace md::marketplaces
