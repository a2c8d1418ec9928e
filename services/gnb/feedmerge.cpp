#include "services/gnb/feedmerge.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
    // "(t.a IS DISTINCT FROM s.a OR …)": true when any crawl-owned column would change.
    QString anyDistinct(const QString& target, const QStringList& columns)
    {
        QStringList parts;
        for (const auto& c : columns)
            parts << target + u'.' + c + u" IS DISTINCT FROM s."_s + c;
        return u'(' + parts.join(u" OR "_s) + u')';
    }
    QString setFromSource(const QStringList& columns)
    {
        QStringList parts;
        for (const auto& c : columns)
            parts << c + u" = s."_s + c;
        return parts.join(u", "_s);
    }
    QString sourceColumns(const QStringList& columns)
    {
        QStringList parts;
        for (const auto& c : columns)
            parts << u"s."_s + c;
        return parts.join(u", "_s);
    }

    // Columns the crawl owns; everything else on these rows (sale_name, product_name, company, tags …)
    // belongs to merchandisers and is never touched by a crawl.
    const QStringList kProductColumns { u"sku"_s, u"brand"_s, u"supplier_category"_s, u"supplier_subcategory"_s,
        u"category"_s, u"gender"_s, u"season"_s, u"price"_s, u"cost"_s, u"currency"_s, u"source_file"_s,
        u"feed_visible"_s, u"hidden_reason"_s };
    const QStringList kStockColumns { u"colour"_s, u"colour_code"_s, u"size"_s, u"quantity"_s, u"price"_s, u"cost"_s,
        u"currency"_s, u"feed_visible"_s };
    const QStringList kGnbColumns { u"product_stock_id"_s, u"supplier_colour"_s, u"colour_code"_s,
        u"colour_description"_s, u"manufacturer_colour"_s, u"size_type"_s, u"list_price"_s, u"net_price"_s,
        u"currency"_s, u"ean"_s, u"made_in"_s, u"composition"_s, u"description"_s, u"images"_s,
        u"supplier_modified_at"_s };

    const QString kStageProduct = u"p.platform = 'gnb' AND p.seller_id = 'gnb' AND p.product_id = s.model"_s;

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
              "FROM (SELECT gs.*, ROW_NUMBER() OVER (PARTITION BY model ORDER BY line) AS rn FROM gnb_stage gs) f "
              "LEFT JOIN category_mapping cm ON cm.supplier = 'gnb' AND cm.supplier_brand = f.brand "
              "AND cm.supplier_category = f.category "
              "LEFT JOIN category c ON c.id = cm.category_id WHERE f.rn = 1) s"_s;
    }
    // Stage rows with the ids of their product (and variant, once it exists), columns named as in product_stock.
    const QString kStockSource = u"(SELECT p.id AS product_id, g.variant_code AS variant_key, g.colour, g.colour_code, "
                                 "g.size, g.quantity, g.list_price AS price, g.net_price AS cost, g.currency, "
                                 "TRUE AS feed_visible FROM gnb_stage g JOIN product p ON p.platform = 'gnb' "
                                 "AND p.seller_id = 'gnb' AND p.product_id = g.model) s"_s;
    const QString kGnbSource = u"(SELECT g.variant_code, ps.id AS product_stock_id, g.supplier_colour, "
                               "g.colour_code_field AS colour_code, g.colour_description, g.manufacturer_colour, "
                               "g.size_type, g.list_price, g.net_price, g.currency, g.ean, g.made_in, g.composition, "
                               "g.description, g.images, g.modified_at AS supplier_modified_at FROM gnb_stage g "
                               "JOIN product p ON p.platform = 'gnb' AND p.seller_id = 'gnb' AND p.product_id = g.model "
                               "JOIN product_stock ps ON ps.product_id = p.id AND ps.variant_key = g.variant_code) s"_s;
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

Result<int> FeedMerge::count(const QString& sql)
{
    auto v = db::scalar(m_db, sql);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<bool> FeedMerge::exists(const QString& query)
{
    auto v = db::scalar(m_db, u"SELECT EXISTS ("_s + query + u")"_s);
    if (!v)
        return v.error();
    return v->toBool();
}

Status FeedMerge::run(const QString& sql, const QVariantList& binds)
{
    if (auto q = db::exec(m_db, sql, binds); !q)
        return q.error();
    return {};
}

Status FeedMerge::runIf(bool needed, const QString& sql)
{
    return needed ? run(sql) : Status();
}

Result<QSet<qint64>> FeedMerge::returnedIdsIf(bool needed, const QString& sql, const QVariantList& binds)
{
    return needed ? returnedIds(sql, binds) : QSet<qint64>();
}

Result<QSet<qint64>> FeedMerge::returnedIds(const QString& sql, const QVariantList& binds)
{
    auto q = db::exec(m_db, sql, binds);
    if (!q)
        return q.error();
    QSet<qint64> ids;
    while (q->next())
        ids.insert(q->value(0).toLongLong());
    return ids;
}

// Each table is merged with an UPDATE of the rows that differ, then INSERT … ON CONFLICT DO NOTHING of the rest.
// Unlike ON CONFLICT DO UPDATE … WHERE (which locks, and so writes, every conflicting row), neither statement
// touches an unchanged row, so re-reading an unchanged file writes nothing at all. No anti-joins: right after a
// first load the planner's statistics still call the catalogue empty, and NOT EXISTS then turns quadratic.
// The crawl lease guarantees a single writer.
Result<MergeCounts> FeedMerge::apply(const QString& sourceFile)
{
    MergeCounts c;
    {
        auto rows = count(u"SELECT COUNT(*) FROM gnb_stage"_s);
        if (!rows)
            return rows.error();
        c.rows = *rows;
    }

    // (brand, category) pairs with their model counts; new pairs arrive unmapped.
    if (auto s = run(u"UPDATE category_mapping SET product_count = s.n FROM (SELECT brand, category, "
                     "COUNT(DISTINCT model) AS n FROM gnb_stage GROUP BY brand, category) s "
                     "WHERE category_mapping.supplier = 'gnb' AND category_mapping.supplier_brand = s.brand "
                     "AND category_mapping.supplier_category = s.category AND category_mapping.product_count <> s.n"_s);
        !s)
        return s.error();
    if (auto s = run(u"INSERT INTO category_mapping (supplier, supplier_brand, supplier_category, product_count) "
                     "SELECT 'gnb', brand, category, COUNT(DISTINCT model) FROM gnb_stage WHERE true "
                     "GROUP BY brand, category "
                     "ON CONFLICT (supplier, supplier_brand, supplier_category) DO NOTHING"_s);
        !s)
        return s.error();

    // Skip what provably has nothing to do: the UPDATE on a first load, the INSERT on a re-read.
    auto anyProduct = exists(u"SELECT 1 FROM gnb_stage s JOIN product p ON "_s + kStageProduct);
    auto newProduct = exists(u"SELECT 1 FROM gnb_stage s WHERE NOT EXISTS (SELECT 1 FROM product p WHERE "_s
        + kStageProduct + u")"_s);
    for (const auto* check : { &anyProduct, &newProduct })
        if (!*check)
            return check->error();
    auto productsUpdated = returnedIdsIf(*anyProduct, u"UPDATE product SET "_s + setFromSource(kProductColumns)
            + u", hidden_at = CASE WHEN s.feed_visible THEN NULL ELSE COALESCE(product.hidden_at, "_s + now()
            + u") END, version = product.version + 1, updated_at = "_s + now() + u", last_seen_at = "_s + now()
            + u" FROM "_s + productSource(now())
            + u" WHERE product.platform = s.platform AND product.seller_id = s.seller_id "
              "AND product.product_id = s.product_id AND "_s
            + anyDistinct(u"product"_s, kProductColumns) + u" RETURNING product.id"_s,
        { sourceFile });
    if (!productsUpdated)
        return productsUpdated.error();
    auto productsInserted = returnedIdsIf(*newProduct, u"INSERT INTO product (platform, seller_id, product_id, "_s
            + kProductColumns.join(u", "_s) + u", hidden_at, last_seen_at) SELECT s.platform, s.seller_id, s.product_id, "_s
            + sourceColumns(kProductColumns) + u", s.hidden_at, "_s + now() + u" FROM "_s + productSource(now())
            + u" WHERE true ON CONFLICT (platform, seller_id, product_id) DO NOTHING RETURNING id"_s,
        { sourceFile });
    if (!productsInserted)
        return productsInserted.error();
    c.productsUpdated = int(productsUpdated->size());
    c.productsInserted = int(productsInserted->size());
    {
        auto products = count(u"SELECT COUNT(DISTINCT model) FROM gnb_stage"_s);
        if (!products)
            return products.error();
        c.products = *products;
    }

    // A stage row with a product_stock_gnb row may still need a new product_stock row (a CodArticolo that moved to
    // another model), hence the separate check for product_stock.
    auto anyVariant = exists(u"SELECT 1 FROM gnb_stage s JOIN product_stock_gnb g ON g.variant_code = s.variant_code"_s);
    auto newVariant = exists(u"SELECT 1 FROM gnb_stage s WHERE NOT EXISTS "
                             "(SELECT 1 FROM product_stock_gnb g WHERE g.variant_code = s.variant_code)"_s);
    auto newStock = exists(u"SELECT 1 FROM gnb_stage s JOIN product p ON "_s + kStageProduct
        + u" WHERE NOT EXISTS (SELECT 1 FROM product_stock ps WHERE ps.product_id = p.id "
          "AND ps.variant_key = s.variant_code)"_s);
    for (const auto* check : { &anyVariant, &newVariant, &newStock })
        if (!*check)
            return check->error();
    auto stockUpdated = returnedIdsIf(*anyVariant, u"UPDATE product_stock SET "_s + setFromSource(kStockColumns)
        + u", hidden_at = NULL, version = product_stock.version + 1, updated_at = "_s + now() + u", last_seen_at = "_s
        + now() + u" FROM "_s + kStockSource
        + u" WHERE product_stock.product_id = s.product_id AND product_stock.variant_key = s.variant_key AND "_s
        + anyDistinct(u"product_stock"_s, kStockColumns) + u" RETURNING product_stock.id"_s);
    if (!stockUpdated)
        return stockUpdated.error();
    auto stockInserted = returnedIdsIf(*newStock, u"INSERT INTO product_stock (product_id, variant_key, "_s
        + kStockColumns.join(u", "_s) + u", last_seen_at) SELECT s.product_id, s.variant_key, "_s
        + sourceColumns(kStockColumns) + u", "_s + now() + u" FROM "_s + kStockSource
        + u" WHERE true ON CONFLICT (product_id, variant_key) DO NOTHING RETURNING id"_s);
    if (!stockInserted)
        return stockInserted.error();

    auto gnbUpdated = returnedIdsIf(*anyVariant, u"UPDATE product_stock_gnb SET "_s + setFromSource(kGnbColumns) + u", updated_at = "_s
        + now() + u" FROM "_s + kGnbSource + u" WHERE product_stock_gnb.variant_code = s.variant_code AND "_s
        + anyDistinct(u"product_stock_gnb"_s, kGnbColumns) + u" RETURNING product_stock_gnb.product_stock_id"_s);
    if (!gnbUpdated)
        return gnbUpdated.error();
    if (auto s = runIf(*newVariant, u"INSERT INTO product_stock_gnb (variant_code, "_s + kGnbColumns.join(u", "_s)
            + u") SELECT s.variant_code, "_s + sourceColumns(kGnbColumns) + u" FROM "_s + kGnbSource
            + u" WHERE true ON CONFLICT (variant_code) DO NOTHING"_s);
        !s)
        return s.error();

    // A variant counts once, as inserted or as updated, whichever of its two rows changed.
    c.inserted = int(stockInserted->size());
    QSet<qint64> changed = *stockUpdated;
    changed.unite(*gnbUpdated);
    changed.subtract(*stockInserted);
    c.updated = int(changed.size());
    c.unchanged = c.rows - c.inserted - c.updated;

    // Colour codes nobody has named yet are listed for the merchandisers (never rewritten once there).
    if (auto s = run(u"INSERT INTO colour_code (code) SELECT DISTINCT colour_code FROM gnb_stage "
                     "WHERE colour_unresolved AND colour_code IS NOT NULL ON CONFLICT (code) DO NOTHING"_s);
        !s)
        return s.error();
    {
        auto q = db::exec(m_db, u"SELECT DISTINCT colour_code FROM gnb_stage WHERE colour_unresolved"_s);
        if (!q)
            return q.error();
        while (q->next())
            c.unresolvedColours.insert(q->value(0).toString());
    }
    {
        auto q = db::exec(m_db, u"SELECT DISTINCT s.brand, s.category FROM gnb_stage s "
                                "JOIN category_mapping cm ON cm.supplier = 'gnb' AND cm.supplier_brand = s.brand "
                                "AND cm.supplier_category = s.category WHERE cm.category_id IS NULL"_s);
        if (!q)
            return q.error();
        while (q->next())
            c.unmappedPairs.insert(q->value(0).toString() + u'\t' + q->value(1).toString());
    }
    return c;
}

} // namespace md::gnb
