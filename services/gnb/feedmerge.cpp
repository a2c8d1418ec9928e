#include "services/gnb/feedmerge.h"

#include "services/db/sql.h"
#include "services/gnb/crawlplannersettings.h"

#include <QCoreApplication>
#include <QSqlRecord>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
// A crawl-owned column and the expression over the stage row (g), its product (p) and, for
// product_stock_gnb, its variant (ps) that it must equal.
struct Column {
    QString name;
    QString source;
};
using Columns = QList<Column>;

// Everything else on these rows (sale_name, product_name, company, tags …) belongs to merchandisers and is
// never touched by a crawl.
const QStringList kProductColumns { u"sku"_s, u"brand"_s, u"supplier_category"_s, u"supplier_subcategory"_s,
    u"category"_s, u"gender"_s, u"season"_s, u"price"_s, u"cost"_s, u"currency"_s, u"source_file"_s, u"feed_visible"_s,
    u"hidden_reason"_s };
const Columns kStockColumns { { u"colour"_s, u"g.colour"_s }, { u"colour_code"_s, u"g.colour_code"_s },
    { u"size"_s, u"g.size"_s }, { u"quantity"_s, u"g.quantity"_s }, { u"price"_s, u"g.list_price"_s },
    { u"cost"_s, u"g.net_price"_s }, { u"currency"_s, u"g.currency"_s }, { u"feed_visible"_s, u"TRUE"_s } };
const Columns kGnbColumns { { u"product_stock_id"_s, u"ps.id"_s }, { u"supplier_colour"_s, u"g.supplier_colour"_s },
    { u"colour_code"_s, u"g.colour_code_field"_s }, { u"colour_description"_s, u"g.colour_description"_s },
    { u"manufacturer_colour"_s, u"g.manufacturer_colour"_s }, { u"size_type"_s, u"g.size_type"_s },
    { u"list_price"_s, u"g.list_price"_s }, { u"net_price"_s, u"g.net_price"_s }, { u"currency"_s, u"g.currency"_s },
    { u"ean"_s, u"g.ean"_s }, { u"made_in"_s, u"g.made_in"_s }, { u"composition"_s, u"g.composition"_s },
    { u"description"_s, u"g.description"_s }, { u"images"_s, u"g.images"_s },
    { u"supplier_modified_at"_s, u"g.modified_at"_s } };

QStringList names(const Columns& columns)
{
    QStringList out;
    for (const auto& c : columns)
        out << c.name;
    return out;
}
// "(t.a IS DISTINCT FROM <source of a> OR …)": true when any crawl-owned column would change.
QString anyDistinct(const QString& target, const Columns& columns)
{
    QStringList parts;
    for (const auto& c : columns)
        parts << target + u'.' + c.name + u" IS DISTINCT FROM "_s + c.source;
    return u'(' + parts.join(u" OR "_s) + u')';
}
QString anyDistinct(const QString& target, const QStringList& columns)
{
    Columns pairs;
    for (const auto& c : columns)
        pairs.append({ c, u"s."_s + c });
    return anyDistinct(target, pairs);
}
QString selectAs(const Columns& columns)
{
    QStringList parts;
    for (const auto& c : columns)
        parts << c.source + u" AS "_s + c.name;
    return parts.join(u", "_s);
}
QString assign(const QStringList& columns)
{
    QStringList parts;
    for (const auto& c : columns)
        parts << c + u" = s."_s + c;
    return parts.join(u", "_s);
}
QString prefixed(const QStringList& columns)
{
    QStringList parts;
    for (const auto& c : columns)
        parts << u"s."_s + c;
    return parts.join(u", "_s);
}

// Stage rows with their product (m, filled once per file after the products are merged) and their variant rows
// where those exist. On PostgreSQL the variant rows are looked up row by row (a LATERAL subquery the planner may not
// flatten): for a file of more than about 10,000 rows it otherwise sorted or hashed all of product_stock, several
// times slower. SQLite's planner probes the indexes anyway.
QString stageJoins(db::Dialect dialect)
{
    if (dialect != db::Dialect::Postgres)
        return u"FROM gnb_stage g JOIN gnb_stage_product m ON m.model = g.model "
               "LEFT JOIN product_stock ps ON ps.product_id = m.product_id AND ps.variant_key = g.variant_code "
               "LEFT JOIN product_stock_gnb x ON x.variant_code = g.variant_code"_s;
    return u"FROM gnb_stage g JOIN gnb_stage_product m ON m.model = g.model "
           "LEFT JOIN LATERAL (SELECT * FROM product_stock s WHERE s.product_id = m.product_id "
           "AND s.variant_key = g.variant_code OFFSET 0) ps ON true "
           "LEFT JOIN LATERAL (SELECT * FROM product_stock_gnb t WHERE t.variant_code = g.variant_code OFFSET 0) x "
           "ON true"_s;
}

// One row per model (its first line), with the product columns named as in product. The pair's mapping
// decides whether it is published.
QString productSource(const QString& now)
{
    return u"(SELECT 'gnb' AS platform, 'gnb' AS seller_id, f.model AS product_id, f.model AS sku, f.brand, "
           "f.category AS supplier_category, f.subcategory AS supplier_subcategory, c.path AS category, f.gender, "
           "f.season, f.list_price AS price, f.net_price AS cost, f.currency, ? AS source_file, "
           "(cm.category_id IS NOT NULL) AS feed_visible, "
           "CASE WHEN cm.category_id IS NULL THEN 'unmapped' END AS hidden_reason, "
           "CASE WHEN cm.category_id IS NULL THEN "_s
        + now
        + u" END AS hidden_at "
          "FROM gnb_stage f "
          "LEFT JOIN category_mapping cm ON cm.supplier = 'gnb' AND cm.supplier_brand = f.brand "
          "AND cm.supplier_category = f.category "
          "LEFT JOIN category c ON c.id = cm.category_id WHERE f.first_of_model) s"_s;
}
// Rows this file classified as new were inserted meanwhile by another file of the same crawl (one that holds the
// same model or CodArticolo, applied at the same time in another lane). The file is rolled back and applied again.
Error concurrentWrite()
{
    return Error { ErrorCode::Database,
        QCoreApplication::translate("md::gnb", "Another file of this crawl wrote the same products at the same time."),
        u"40001: concurrent file"_s };
}
// New rows are inserted with ON CONFLICT DO NOTHING, or with a plain INSERT when the classification found every row
// of the file new (a first load, a new brand): PostgreSQL's speculative insertion costs each row one more index
// probe and one more WAL record, a sixth of a first crawl. A plain INSERT that still meets a key met a row another
// lane inserted meanwhile: the same conflict as a short count.
QString onConflict(bool allRowsNew, const QString& key)
{
    return allRowsNew ? QString() : u" ON CONFLICT ("_s + key + u") DO NOTHING"_s;
}
Error keyTakenMeanwhile(const Error& error)
{
    return error.detail.startsWith(u"23505"_s) ? concurrentWrite() : error;
}
} // namespace

FeedMerge::FeedMerge(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QString FeedMerge::now() const
{
    return m_dialect == db::Dialect::Postgres ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
}

Result<QList<int>> FeedMerge::counts(const QString& sql, const QVariantList& binds)
{
    auto q = db::exec(m_db, sql, binds);
    if (!q)
        return q.error();
    QList<int> out;
    if (q->next()) {
        for (int i = 0; i < q->record().count(); ++i)
            out << q->value(i).toInt();
    }
    return out;
}

Status FeedMerge::run(bool needed, const QString& sql, const QVariantList& binds)
{
    if (!needed)
        return {};
    if (auto q = db::exec(m_db, sql, binds); !q)
        return q.error();
    return {};
}

Result<QSet<qint64>> FeedMerge::returnedIds(bool needed, const QString& sql, const QVariantList& binds)
{
    if (!needed)
        return QSet<qint64>();
    auto q = db::exec(m_db, sql, binds);
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

// Each table is merged with an UPDATE of the rows that differ and an INSERT of the new ones (see onConflict()),
// and only the statements that have work run: one classification pass per table says which. Re-reading an
// unchanged file therefore costs one read of its rows and writes nothing (unlike ON CONFLICT DO UPDATE … WHERE,
// which locks, and so writes, every conflicting row). The crawl lease guarantees a single crawl; its file lanes
// write disjoint models, and the rows files share (mapping pairs, colour codes) are inserted in key order, so a
// lane waits for the other's commit instead of deadlocking with it.
Result<MergeCounts> FeedMerge::apply(const QString& sourceFile, const StageFacts& facts)
{
    MergeCounts c;
    c.rows = facts.rows();
    c.products = facts.models();
    if (auto s = useCrawlPlannerSettings(m_db, m_dialect); !s)
        return s.error();

    // (brand, category) pairs with their model counts, in key order; new pairs arrive unmapped.
    QList<StageFacts::Pair> pairs = facts.pairModels().keys();
    std::sort(pairs.begin(), pairs.end());
    if (auto s = recordPairs(pairs, facts.pairModels()); !s)
        return s.error();

    // Products: which models are new, which changed.
    const QString products = productSource(now());
    auto productWork = counts(u"SELECT COUNT(*) FILTER (WHERE p.id IS NULL), COUNT(*) FILTER (WHERE p.id IS NOT NULL "
                              "AND "_s
            + anyDistinct(u"p"_s, kProductColumns) + u") FROM "_s + products
            + u" LEFT JOIN product p ON p.platform = s.platform AND p.seller_id = s.seller_id "
              "AND p.product_id = s.product_id"_s,
        { sourceFile });
    if (!productWork)
        return productWork.error();
    auto productsUpdated = returnedIds(productWork->value(1) > 0,
        u"UPDATE product SET "_s + assign(kProductColumns)
            + u", hidden_at = CASE WHEN s.feed_visible THEN NULL ELSE COALESCE(product.hidden_at, "_s + now()
            + u") END, version = product.version + 1, updated_at = "_s + now() + u", last_seen_at = "_s + now()
            + u" FROM "_s + products
            + u" WHERE product.platform = s.platform AND product.seller_id = s.seller_id "
              "AND product.product_id = s.product_id AND "_s
            + anyDistinct(u"product"_s, kProductColumns) + u" RETURNING product.id"_s,
        { sourceFile });
    if (!productsUpdated)
        return productsUpdated.error();
    const bool allNew = productWork->value(0) == c.products;
    auto productsInserted = returnedIds(productWork->value(0) > 0,
        u"INSERT INTO product (platform, seller_id, product_id, "_s + kProductColumns.join(u", "_s)
            + u", hidden_at, last_seen_at) SELECT s.platform, s.seller_id, s.product_id, "_s + prefixed(kProductColumns)
            + u", s.hidden_at, "_s + now() + u" FROM "_s + products + u" WHERE true"_s
            + onConflict(allNew, u"platform, seller_id, product_id"_s) + u" RETURNING id"_s,
        { sourceFile });
    if (!productsInserted)
        return keyTakenMeanwhile(productsInserted.error());
    c.productsUpdated = int(productsUpdated->size());
    c.productsInserted = int(productsInserted->size());
    if (c.productsInserted < productWork->value(0))
        return concurrentWrite();

    // Every later statement joins the file's rows to their product: look the ids up once (a narrow table of the
    // file's models) instead of probing or hashing the whole product table in each of them. The lookup is a
    // correlated probe per model, whatever the planner believes about a product table that grew in this transaction.
    if (auto s
        = run(true, u"CREATE TEMP TABLE gnb_stage_product (model TEXT PRIMARY KEY, product_id BIGINT NOT NULL)"_s);
        !s)
        return s.error();
    if (auto s = run(true,
            u"INSERT INTO gnb_stage_product (model, product_id) SELECT g.model, (SELECT p.id FROM product p "
            "WHERE p.platform = 'gnb' AND p.seller_id = 'gnb' AND p.product_id = g.model) "
            "FROM (SELECT DISTINCT model FROM gnb_stage) g"_s);
        !s)
        return s.error();
    // Variants: one pass over the stage says what each table needs. A CodArticolo whose product_stock_gnb row hangs
    // under another model needs a new product_stock row, and its gnb row counts as changed (its product_stock_id
    // differs from the NULL of the variant it does not have yet).
    // When every model of the file is new (a first load), so is every variant row; only a CodArticolo that moved
    // here from another model can already have a gnb row, which one cheap probe finds.
    auto work = allNew
        ? counts(u"SELECT 1, 0, 1, CASE WHEN EXISTS (SELECT 1 FROM gnb_stage g JOIN product_stock_gnb x "
                 "ON x.variant_code = g.variant_code) THEN 1 ELSE 0 END"_s)
        : counts(u"SELECT COUNT(*) FILTER (WHERE ps.id IS NULL), COUNT(*) FILTER (WHERE ps.id IS NOT NULL AND "_s
            + anyDistinct(u"ps"_s, kStockColumns) + u"), COUNT(*) FILTER (WHERE x.product_stock_id IS NULL), "
            + u"COUNT(*) FILTER (WHERE x.product_stock_id IS NOT NULL AND "_s + anyDistinct(u"x"_s, kGnbColumns)
            + u") "_s + stageJoins(m_dialect));
    if (!work)
        return work.error();
    const bool newStock = work->value(0) > 0, changedStock = work->value(1) > 0;
    const bool newGnb = work->value(2) > 0, changedGnb = work->value(3) > 0;

    const QString stockSource = u"(SELECT m.product_id, g.variant_code AS variant_key, "_s + selectAs(kStockColumns)
        + u" FROM gnb_stage g JOIN gnb_stage_product m ON m.model = g.model) s"_s;
    auto stockUpdated = returnedIds(changedStock,
        u"UPDATE product_stock SET "_s + assign(names(kStockColumns))
            + u", hidden_at = NULL, version = product_stock.version + 1, updated_at = "_s + now()
            + u", last_seen_at = "_s + now() + u" FROM "_s + stockSource
            + u" WHERE product_stock.product_id = s.product_id AND product_stock.variant_key = s.variant_key AND "_s
            + anyDistinct(u"product_stock"_s, names(kStockColumns)) + u" RETURNING product_stock.id"_s);
    if (!stockUpdated)
        return stockUpdated.error();
    auto stockInserted = returnedIds(newStock,
        u"INSERT INTO product_stock (product_id, variant_key, "_s + names(kStockColumns).join(u", "_s)
            + u", last_seen_at) SELECT s.product_id, s.variant_key, "_s + prefixed(names(kStockColumns)) + u", "_s
            + now() + u" FROM "_s + stockSource + u" WHERE true"_s + onConflict(allNew, u"product_id, variant_key"_s)
            + u" RETURNING id"_s);
    if (!stockInserted)
        return keyTakenMeanwhile(stockInserted.error());
    if (stockInserted->size() < (allNew ? c.rows : work->value(0)))
        return concurrentWrite();

    const QString gnbSource = u"(SELECT g.variant_code, "_s + selectAs(kGnbColumns)
        + u" FROM gnb_stage g JOIN gnb_stage_product m ON m.model = g.model JOIN product_stock ps "
          "ON ps.product_id = m.product_id "
          "AND ps.variant_key = g.variant_code) s"_s;
    auto gnbUpdated = returnedIds(changedGnb,
        u"UPDATE product_stock_gnb SET "_s + assign(names(kGnbColumns)) + u", updated_at = "_s + now() + u" FROM "_s
            + gnbSource + u" WHERE product_stock_gnb.variant_code = s.variant_code AND "_s
            + anyDistinct(u"product_stock_gnb"_s, names(kGnbColumns))
            + u" RETURNING product_stock_gnb.product_stock_id"_s);
    if (!gnbUpdated)
        return gnbUpdated.error();
    if (newGnb) {
        auto inserted = db::exec(m_db,
            u"INSERT INTO product_stock_gnb (variant_code, "_s + names(kGnbColumns).join(u", "_s)
                + u") SELECT s.variant_code, "_s + prefixed(names(kGnbColumns)) + u" FROM "_s + gnbSource
                + u" WHERE true"_s + onConflict(allNew && !work->value(3), u"variant_code"_s));
        if (!inserted)
            return keyTakenMeanwhile(inserted.error());
        // (A first load that found moved CodArticolo values does not know how many rows are new.)
        const int expected = allNew ? (work->value(3) ? -1 : c.rows) : work->value(2);
        if (inserted->numRowsAffected() < expected)
            return concurrentWrite();
    }

    // A variant counts once, as inserted or as updated, whichever of its two rows changed.
    c.inserted = int(stockInserted->size());
    QSet<qint64> changed = *stockUpdated;
    changed.unite(*gnbUpdated);
    changed.subtract(*stockInserted);
    c.updated = int(changed.size());
    c.unchanged = c.rows - c.inserted - c.updated;

    // Colour codes nobody has named yet are listed for the merchandisers (never rewritten once there).
    c.unresolvedColours = facts.unresolvedColours();
    if (auto s = recordColourCodes(c.unresolvedColours); !s)
        return s.error();
    auto unmapped = unmappedPairs(pairs);
    if (!unmapped)
        return unmapped.error();
    c.unmappedPairs = *unmapped;
    if (auto s = run(true, u"DROP TABLE gnb_stage_product"_s); !s)
        return s.error();
    return c;
}

Status FeedMerge::recordPairs(const QList<StageFacts::Pair>& pairs, const QHash<StageFacts::Pair, int>& models)
{
    if (pairs.isEmpty())
        return {};
    QStringList rows;
    QVariantList binds;
    for (const auto& pair : pairs) {
        rows << u"SELECT CAST(? AS TEXT) AS brand, CAST(? AS TEXT) AS category, CAST(? AS INTEGER) AS n"_s;
        binds << pair.first << pair.second << models.value(pair);
    }
    const QString source = u'(' + rows.join(u" UNION ALL "_s) + u") s"_s;
    if (auto s = run(true,
            u"UPDATE category_mapping SET product_count = s.n FROM "_s + source
                + u" WHERE category_mapping.supplier = 'gnb' AND category_mapping.supplier_brand = s.brand "
                  "AND category_mapping.supplier_category = s.category AND category_mapping.product_count <> s.n"_s,
            binds);
        !s)
        return s;
    return run(true,
        u"INSERT INTO category_mapping (supplier, supplier_brand, supplier_category, product_count) "
        "SELECT 'gnb', s.brand, s.category, s.n FROM "_s
            + source
            + u" WHERE true ORDER BY s.brand, s.category "
              "ON CONFLICT (supplier, supplier_brand, supplier_category) DO NOTHING"_s,
        binds);
}

Status FeedMerge::recordColourCodes(const QSet<QString>& codes)
{
    QStringList sorted = codes.values();
    std::sort(sorted.begin(), sorted.end());
    return run(!sorted.isEmpty(),
        u"INSERT INTO colour_code (code) VALUES "_s + QStringList(sorted.size(), u"(?)"_s).join(u", "_s)
            + u" ON CONFLICT (code) DO NOTHING"_s,
        QVariantList(sorted.cbegin(), sorted.cend()));
}

Result<QSet<QString>> FeedMerge::unmappedPairs(const QList<StageFacts::Pair>& pairs)
{
    QSet<QString> out;
    if (pairs.isEmpty())
        return out;
    QVariantList binds;
    for (const auto& pair : pairs)
        binds << pair.first << pair.second;
    auto q = db::exec(m_db,
        u"SELECT supplier_brand, supplier_category FROM category_mapping WHERE supplier = 'gnb' "
        "AND category_id IS NULL AND (supplier_brand, supplier_category) IN (VALUES "_s
            + QStringList(pairs.size(), u"(?, ?)"_s).join(u", "_s) + u')',
        binds);
    if (!q)
        return q.error();
    while (q->next())
        out.insert(q->value(0).toString() + u'\t' + q->value(1).toString());
    return out;
}

} // namespace md::gnb
