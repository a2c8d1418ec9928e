#include "services/gnb/feedmerge.h"

#include "services/db/sql.h"

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
    // "(t.a IS DISTINCT FROM excluded.a OR …)": true when any crawl-owned column would change.
    QString anyDistinct(const QString& table, const QStringList& columns)
    {
        QStringList parts;
        for (const auto& c : columns)
            parts << table + u'.' + c + u" IS DISTINCT FROM excluded."_s + c;
        return u'(' + parts.join(u" OR "_s) + u')';
    }
    QString setExcluded(const QStringList& columns)
    {
        QStringList parts;
        for (const auto& c : columns)
            parts << c + u" = excluded."_s + c;
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

    const QString kGnbProduct = u"p.platform = 'gnb' AND p.seller_id = 'gnb' AND p.product_id = s.model"_s;
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

Status FeedMerge::run(const QString& sql, const QVariantList& binds)
{
    if (auto q = db::exec(m_db, sql, binds); !q)
        return q.error();
    return {};
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

Result<MergeCounts> FeedMerge::apply(const QString& sourceFile)
{
    MergeCounts c;
    // Counts of what is new, taken before anything is written.
    {
        auto rows = count(u"SELECT COUNT(*) FROM gnb_stage"_s);
        auto products = count(u"SELECT COUNT(DISTINCT model) FROM gnb_stage"_s);
        auto newProducts = count(u"SELECT COUNT(DISTINCT s.model) FROM gnb_stage s WHERE NOT EXISTS "
                                 "(SELECT 1 FROM product p WHERE "_s
            + kGnbProduct + u")"_s);
        auto newVariants = count(u"SELECT COUNT(*) FROM gnb_stage s WHERE NOT EXISTS "
                                 "(SELECT 1 FROM product_stock_gnb g WHERE g.variant_code = s.variant_code)"_s);
        for (const auto* r : { &rows, &products, &newProducts, &newVariants })
            if (!*r)
                return r->error();
        c.rows = *rows;
        c.products = *products;
        c.productsInserted = *newProducts;
        c.inserted = *newVariants;
    }

    // (brand, category) pairs with their model counts; new pairs arrive unmapped.
    if (auto s = run(u"INSERT INTO category_mapping (supplier, supplier_brand, supplier_category, product_count) "
                     "SELECT 'gnb', brand, category, COUNT(DISTINCT model) FROM gnb_stage WHERE true "
                     "GROUP BY brand, category "
                     "ON CONFLICT (supplier, supplier_brand, supplier_category) DO UPDATE "
                     "SET product_count = excluded.product_count "
                     "WHERE category_mapping.product_count IS DISTINCT FROM excluded.product_count"_s);
        !s)
        return s.error();

    // One product per model, from its first row; published only when its pair is mapped.
    auto products = returnedIds(u"INSERT INTO product (platform, seller_id, product_id, "_s + kProductColumns.join(u", "_s)
            + u", hidden_at, last_seen_at) "
              "SELECT 'gnb', 'gnb', s.model, s.model, s.brand, s.category, s.subcategory, c.path, s.gender, s.season, "
              "s.list_price, s.net_price, s.currency, ?, (cm.category_id IS NOT NULL), "
              "CASE WHEN cm.category_id IS NULL THEN 'unmapped' END, "
              "CASE WHEN cm.category_id IS NULL THEN "_s
            + now() + u" END, "_s + now()
            + u" FROM (SELECT gs.*, ROW_NUMBER() OVER (PARTITION BY model ORDER BY line) AS rn FROM gnb_stage gs) s "
              "LEFT JOIN category_mapping cm ON cm.supplier = 'gnb' AND cm.supplier_brand = s.brand "
              "AND cm.supplier_category = s.category "
              "LEFT JOIN category c ON c.id = cm.category_id "
              "WHERE s.rn = 1 "
              "ON CONFLICT (platform, seller_id, product_id) DO UPDATE SET "_s
            + setExcluded(kProductColumns)
            + u", hidden_at = CASE WHEN excluded.feed_visible THEN NULL ELSE COALESCE(product.hidden_at, "_s + now()
            + u") END, version = product.version + 1, updated_at = "_s + now() + u", last_seen_at = "_s + now()
            + u" WHERE "_s + anyDistinct(u"product"_s, kProductColumns) + u" RETURNING id"_s,
        { sourceFile });
    if (!products)
        return products.error();
    c.productsUpdated = int(products->size()) - c.productsInserted;

    auto stock = returnedIds(u"INSERT INTO product_stock (product_id, variant_key, "_s + kStockColumns.join(u", "_s)
        + u", last_seen_at) "
          "SELECT p.id, s.variant_code, s.colour, s.colour_code, s.size, s.quantity, s.list_price, s.net_price, "
          "s.currency, TRUE, "_s
        + now() + u" FROM gnb_stage s JOIN product p ON "_s + kGnbProduct
        + u" WHERE true ON CONFLICT (product_id, variant_key) DO UPDATE SET "_s + setExcluded(kStockColumns)
        + u", hidden_at = NULL, version = product_stock.version + 1, updated_at = "_s + now() + u", last_seen_at = "_s
        + now() + u" WHERE "_s + anyDistinct(u"product_stock"_s, kStockColumns) + u" RETURNING id"_s);
    if (!stock)
        return stock.error();

    auto gnb = returnedIds(u"INSERT INTO product_stock_gnb (variant_code, "_s + kGnbColumns.join(u", "_s)
        + u") SELECT s.variant_code, ps.id, s.supplier_colour, s.colour_code_field, s.colour_description, "
          "s.manufacturer_colour, s.size_type, s.list_price, s.net_price, s.currency, s.ean, s.made_in, "
          "s.composition, s.description, s.images, s.modified_at "
          "FROM gnb_stage s JOIN product p ON "_s
        + kGnbProduct
        + u" JOIN product_stock ps ON ps.product_id = p.id AND ps.variant_key = s.variant_code "
          "WHERE true ON CONFLICT (variant_code) DO UPDATE SET "_s
        + setExcluded(kGnbColumns) + u", updated_at = "_s + now() + u" WHERE "_s
        + anyDistinct(u"product_stock_gnb"_s, kGnbColumns) + u" RETURNING product_stock_id"_s);
    if (!gnb)
        return gnb.error();

    const qsizetype changedVariants = stock->unite(*gnb).size();
    c.updated = int(changedVariants) - c.inserted;
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
