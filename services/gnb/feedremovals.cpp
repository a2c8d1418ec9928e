#include "services/gnb/feedremovals.h"

#include "services/db/sql.h"
#include "services/domain/orderstatus.h"
#include "services/gnb/crawlplannersettings.h"
#include "services/jobs/dbclock.h"
#include "services/jobs/writetransaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRemovals, "md.gnb.removals")

namespace md::gnb {

namespace {
constexpr qsizetype kChunk = 500; // ids per statement: well under SQLite's bound-parameter limit

template<typename T> QVariantList toVariants(const QList<T>& values)
{
    QVariantList out;
    out.reserve(values.size());
    for (const auto& v : values)
        out << QVariant::fromValue(v);
    return out;
}
QString statusList(std::span<const QLatin1StringView> statuses)
{
    QStringList quoted;
    for (const auto s : statuses)
        quoted << u'\'' + QString(s) + u'\'';
    return quoted.join(u", "_s);
}
// Runs sql once per chunk of ids (its "%1" becomes the chunk's marks, bound after `before`); sums rows affected.
Result<int> perChunk(
    const QSqlDatabase& db, const QString& sql, const QList<qint64>& ids, const QVariantList& before = {})
{
    int affected = 0;
    for (qsizetype i = 0; i < ids.size(); i += kChunk) {
        const auto chunk = ids.mid(i, kChunk);
        auto q = db::exec(db, sql.arg(db::placeholders(chunk.size())), before + toVariants(chunk));
        if (!q)
            return q.error();
        affected += q->numRowsAffected();
    }
    return affected;
}
} // namespace

void RemovalCounts::addTo(QJsonObject& counts) const
{
    if (shownVariants || shownProducts) {
        counts.insert(u"shown_variants"_s, shownVariants);
        counts.insert(u"shown_products"_s, shownProducts);
    }
    if (!applied)
        return;
    counts.insert(u"unseen_variants"_s, unseenVariants);
    counts.insert(u"hidden_variants"_s, hiddenVariants);
    counts.insert(u"hidden_products"_s, hiddenProducts);
    counts.insert(u"cancelled_items"_s, cancelledItems);
}

FeedRemovals::FeedRemovals(db::Database database, QString day, bool collectUnseen)
    : m_database(std::move(database))
    , m_day(std::move(day))
    , m_collect(collectUnseen)
{
}

Result<bool> FeedRemovals::dayCompleted(const db::Database& database, const QString& day)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    auto n = db::scalar(*conn, u"SELECT COUNT(*) FROM gnb_feed_day WHERE day = ?"_s, { day });
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status FeedRemovals::fileApplied(const QString& file, const QSet<QString>& seenCodes)
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    // The file's rows; outside the day's first full crawl only those hidden as missing, found through the partial
    // indexes on hidden variants and hidden products. Index probes either way, never a scan of product_stock.
    const QString select = u"SELECT ps.id, ps.variant_key, ps.feed_visible, p.id, p.hidden_reason FROM product p "
                           "JOIN product_stock ps ON ps.product_id = p.id WHERE p.platform = 'gnb' "
                           "AND p.seller_id = 'gnb' AND p.source_file = ?"_s;
    db::Transaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s;
    if (auto s = useCrawlPlannerSettings(*conn, m_database.dialect()); !s)
        return s;
    auto q = m_collect
        ? db::exec(*conn, select, { file })
        : db::exec(*conn,
            select + u" AND NOT ps.feed_visible UNION "_s + select + u" AND p.hidden_reason = 'not_in_feed'"_s,
            { file, file });
    if (!q)
        return q.error();
    QList<qint64> showVariants;
    QSet<qint64> showProducts;
    while (q->next()) {
        const qint64 stockId = q->value(0).toLongLong();
        const bool seen = seenCodes.contains(q->value(1).toString());
        if (seen) {
            if (!q->value(2).toBool())
                showVariants << stockId;
            if (q->value(4).toString() == u"not_in_feed")
                showProducts.insert(q->value(3).toLongLong());
        } else if (m_collect) {
            m_unseen.append({ stockId, file });
        }
    }
    q->finish();
    if (auto s = tx.commit(); !s)
        return s;
    if (showVariants.isEmpty() && showProducts.isEmpty())
        return {};
    return showAgain(showVariants, showProducts.values());
}

Status FeedRemovals::showAgain(const QList<qint64>& variants, const QList<qint64>& products)
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    const QString now = jobs::DbClock::now(m_database.dialect());
    jobs::WriteTransaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s;
    auto shownVariants = perChunk(*conn,
        u"UPDATE product_stock SET feed_visible = TRUE, hidden_at = NULL, version = version + 1, updated_at = "_s + now
            + u" WHERE NOT feed_visible AND id IN (%1)"_s,
        variants);
    if (!shownVariants)
        return shownVariants.error();
    // Back in the feed, a product is published again exactly as the merge would: when its pair is mapped.
    auto shownProducts = perChunk(*conn,
        u"UPDATE product SET feed_visible = (m.category_id IS NOT NULL), "
        "hidden_reason = CASE WHEN m.category_id IS NULL THEN 'unmapped' END, "
        "hidden_at = CASE WHEN m.category_id IS NULL THEN product.hidden_at END, version = product.version + 1, "
        "updated_at = "_s
            + now
            + u" FROM (SELECT p.id, cm.category_id FROM product p LEFT JOIN category_mapping cm ON cm.supplier = 'gnb' "
              "AND cm.supplier_brand = p.brand AND cm.supplier_category = p.supplier_category WHERE p.id IN (%1)) m "
              "WHERE product.id = m.id AND product.hidden_reason = 'not_in_feed'"_s,
        products);
    if (!shownProducts)
        return shownProducts.error();
    if (auto s = tx.commit(); !s)
        return s;
    m_counts.shownVariants += *shownVariants;
    m_counts.shownProducts += *shownProducts;
    return {};
}

Status FeedRemovals::storeUnseen(QSqlDatabase& db)
{
    if (auto q = db::exec(db, u"DELETE FROM gnb_unseen WHERE day <> ?"_s, { m_day }); !q)
        return q.error();
    constexpr qsizetype kRowsPerInsert = 300; // 3 parameters each
    for (qsizetype i = 0; i < m_unseen.size(); i += kRowsPerInsert) {
        const auto chunk = m_unseen.mid(i, kRowsPerInsert);
        QStringList rows;
        QVariantList binds;
        for (const auto& u : chunk) {
            rows << u"(?, ?, ?)"_s;
            binds << m_day << u.stockId << u.file;
        }
        if (auto q = db::exec(db,
                u"INSERT INTO gnb_unseen (day, product_stock_id, source_file) VALUES "_s + rows.join(u", "_s)
                    + u" ON CONFLICT (day, product_stock_id) DO NOTHING"_s,
                binds);
            !q)
            return q.error();
    }
    // A model that moved to a file read later in the crawl was seen there: its product's file changed.
    if (auto q = db::exec(db,
            u"DELETE FROM gnb_unseen WHERE day = ? AND NOT EXISTS (SELECT 1 FROM product_stock ps "
            "JOIN product p ON p.id = ps.product_id WHERE ps.id = gnb_unseen.product_stock_id "
            "AND p.source_file = gnb_unseen.source_file)"_s,
            { m_day });
        !q)
        return q.error();
    return {};
}

Result<int> FeedRemovals::cancelOpenLines(QSqlDatabase& db)
{
    const QString open = statusList(orderstatus::NotYetSentToSupplier);
    // Lock the lines first (PostgreSQL; SQLite holds the write lock already) so that order collection cannot move
    // them between the history row, the notice and the status change.
    auto q = db::exec(db,
        u"SELECT oi.id FROM order_items oi WHERE oi.status IN (%1) AND (oi.product_stock_id IN "
        "(SELECT product_stock_id FROM gnb_unseen WHERE day = ?) OR oi.variant_code IN (SELECT g.variant_code FROM "
        "gnb_unseen u JOIN product_stock_gnb g ON g.product_stock_id = u.product_stock_id WHERE u.day = ?))%2"_s.arg(
            open, m_database.isPostgres() ? u" FOR UPDATE"_s : QString()),
        { m_day, m_day });
    if (!q)
        return q.error();
    QList<qint64> lines;
    while (q->next())
        lines << q->value(0).toLongLong();
    q->finish();
    if (lines.isEmpty())
        return 0;
    const QString cancelled = QString(orderstatus::SoldOutCancelled);
    const QString now = jobs::DbClock::now(m_database.dialect());
    if (auto s = perChunk(db,
            u"INSERT INTO order_status_history (order_item_id, old_status, new_status, source) "
            "SELECT id, status, ?, 'gnb.removals' FROM order_items WHERE id IN (%1)"_s,
            lines, { cancelled });
        !s)
        return s.error();
    const QString message = QCoreApplication::translate("md::gnb",
        "Sold out at the supplier: this item is no longer available from G&B, so the order line was cancelled. "
        "Please tell the customer and refund the line.");
    if (auto s = perChunk(db,
            u"INSERT INTO customer_notice (order_id, order_item_id, kind, message) SELECT order_id, id, ?, ? "
            "FROM order_items WHERE id IN (%1) ON CONFLICT (order_item_id, kind) DO NOTHING"_s,
            lines, { QString(orderstatus::SoldOutNoticeKind), message });
        !s)
        return s.error();
    return perChunk(db,
        u"UPDATE order_items SET status = ?, version = version + 1, updated_at = "_s + now + u" WHERE id IN (%1)"_s,
        lines, { cancelled });
}

Result<RemovalCounts> FeedRemovals::complete(const QStringList& indexFiles, std::optional<qint64> jobResultId)
{
    if (!m_collect)
        return m_counts;
    if (indexFiles.isEmpty()) // an empty index is a supplier glitch, not a catalogue without products
        return Error { ErrorCode::Invalid,
            QCoreApplication::translate(
                "md::gnb", "The index of %1 lists no files; nothing was hidden as missing from the feed.")
                .arg(m_day),
            {} };
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    const QString now = jobs::DbClock::now(m_database.dialect());
    jobs::WriteTransaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s.error();
    {
        // Only the first successful full crawl of a day hides; the row also closes the race between two days'
        // crawls (the lease makes one run at a time, the primary key makes it once).
        auto q = db::exec(*conn,
            u"INSERT INTO gnb_feed_day (day, job_result_id) VALUES (?, ?) ON CONFLICT (day) DO NOTHING"_s,
            { m_day, jobResultId ? QVariant(*jobResultId) : QVariant(QMetaType::fromType<qint64>()) });
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return m_counts; // completed by an earlier crawl of the day
    }
    if (auto s = storeUnseen(*conn); !s)
        return s.error();
    // Products whose whole file left the day's index were not read at all.
    if (auto q = db::exec(*conn,
            u"INSERT INTO gnb_unseen (day, product_stock_id, source_file) SELECT ?, ps.id, p.source_file "
            "FROM product p JOIN product_stock ps ON ps.product_id = p.id WHERE p.platform = 'gnb' "
            "AND p.seller_id = 'gnb' AND p.source_file IS NOT NULL AND p.source_file NOT IN (%1) "
            "ON CONFLICT (day, product_stock_id) DO NOTHING"_s.arg(db::placeholders(indexFiles.size())),
            QVariantList { m_day } + toVariants(indexFiles));
        !q)
        return q.error();

    auto unseen = db::scalar(*conn, u"SELECT COUNT(*) FROM gnb_unseen WHERE day = ?"_s, { m_day });
    if (!unseen)
        return unseen.error();
    auto toHide = db::scalar(*conn,
        u"SELECT COUNT(*) FROM product_stock WHERE feed_visible AND id IN "
        "(SELECT product_stock_id FROM gnb_unseen WHERE day = ?)"_s,
        { m_day });
    if (!toHide)
        return toHide.error();
    auto visible = db::scalar(*conn,
        u"SELECT COUNT(*) FROM product_stock ps JOIN product p ON p.id = ps.product_id "
        "WHERE p.platform = 'gnb' AND ps.feed_visible"_s);
    if (!visible)
        return visible.error();
    if (toHide->toLongLong() > 0 && toHide->toDouble() > kMaxUnseenShare * visible->toDouble())
        return Error { ErrorCode::Invalid,
            QCoreApplication::translate("md::gnb",
                "%1 of %2 visible variants are missing from the feed of %3: more than half of the catalogue, which "
                "looks like a supplier fault. Nothing was hidden and no order was cancelled; check the feed.")
                .arg(toHide->toLongLong())
                .arg(visible->toLongLong())
                .arg(m_day),
            {} };

    RemovalCounts& c = m_counts;
    c.applied = true;
    c.unseenVariants = unseen->toInt();
    {
        auto q = db::exec(*conn,
            u"UPDATE product_stock SET feed_visible = FALSE, hidden_at = "_s + now
                + u", version = version + 1, "
                  "updated_at = "_s
                + now + u" WHERE feed_visible AND id IN (SELECT product_stock_id FROM gnb_unseen WHERE day = ?)"_s,
            { m_day });
        if (!q)
            return q.error();
        c.hiddenVariants = q->numRowsAffected();
    }
    {
        auto q = db::exec(*conn,
            u"UPDATE product SET feed_visible = FALSE, hidden_reason = 'not_in_feed', hidden_at = "_s + now
                + u", version = version + 1, updated_at = "_s + now
                + u" WHERE id IN (SELECT ps.product_id FROM gnb_unseen u JOIN product_stock ps "
                  "ON ps.id = u.product_stock_id WHERE u.day = ?) AND hidden_reason IS DISTINCT FROM 'not_in_feed' "
                  "AND NOT EXISTS (SELECT 1 FROM product_stock v WHERE v.product_id = product.id AND v.feed_visible)"_s,
            { m_day });
        if (!q)
            return q.error();
        c.hiddenProducts = q->numRowsAffected();
    }
    auto cancelled = cancelOpenLines(*conn);
    if (!cancelled)
        return cancelled.error();
    c.cancelledItems = *cancelled;
    if (auto q = db::exec(*conn,
            u"UPDATE gnb_feed_day SET unseen_variants = ?, hidden_variants = ?, hidden_products = ?, "
            "cancelled_items = ? WHERE day = ?"_s,
            { c.unseenVariants, c.hiddenVariants, c.hiddenProducts, c.cancelledItems, m_day });
        !q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    qCInfo(lcRemovals) << m_day << "unseen" << c.unseenVariants << "hidden variants" << c.hiddenVariants << "products"
                       << c.hiddenProducts << "cancelled lines" << c.cancelledItems;
    return c;
}

} // namespace md::gnb
