#include "models/productquery.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::models {

namespace {
const QString kColumns = u"p.id, p.product_id, p.brand, p.category, p.supplier_category, p.sale_name, "
                         "p.product_name, p.platform, p.price, p.cost, p.currency, p.feed_visible, "
                         "p.hidden_reason, p.updated_at"_s;
// Names and codes joined, lower-cased: what the search box matches. Kept as one expression so that a trigram
// index on exactly this expression serves "LIKE '%text%'" on PostgreSQL (measured: 1 s -> 12-220 ms on 1M rows):
//   CREATE EXTENSION IF NOT EXISTS pg_trgm;
//   CREATE INDEX product_search_trgm_idx ON product USING gin ((lower(product_id || ' ' || COALESCE(sku, '') || ' '
//       || COALESCE(sale_name, '') || ' ' || COALESCE(product_name, '') || ' ' || COALESCE(brand, ''))) gin_trgm_ops);
// It needs a PostgreSQL-only migration, which the migration runner cannot express yet.
const QString kSearchText = u"lower(p.product_id || ' ' || COALESCE(p.sku, '') || ' ' || COALESCE(p.sale_name, '') "
                            "|| ' ' || COALESCE(p.product_name, '') || ' ' || COALESCE(p.brand, ''))"_s;
enum Field {
    FId,
    FCode,
    FBrand,
    FCategory,
    FSupplierCategory,
    FSaleName,
    FProductName,
    FPlatform,
    FPrice,
    FCost,
    FCurrency,
    FVisible,
    FHiddenReason,
    FUpdated,
    FKey,
    FKeyText,
    FVariants,
    FStock,
    FSellable
};

bool isIdOrder(const QString& expr)
{
    return expr == u"p.id"_s;
}

// "(key, id) > (?, ?)": one row-value comparison, which PostgreSQL answers from an index on (expr, id). SQLite
// only seeks such an index by its first column, hence the redundant "key >= ?" in front.
// Ordered by id alone, the key is the id and one comparison is enough.
QString keysetCondition(bool idOrder, const QString& key, const QString& id, const QString& op)
{
    if (idOrder)
        return id + u' ' + op + u" ?"_s;
    const QString bound = op.startsWith(u'>') ? u" >= ?"_s : u" <= ?"_s;
    return key + bound + u" AND ("_s + key + u", "_s + id + u") "_s + op + u" (?, ?)"_s;
}

void bindAnchor(QVariantList& binds, const QString& expr, const KeysetAnchor& anchor)
{
    if (!isIdOrder(expr))
        binds << anchor.key << anchor.key;
    binds << anchor.id;
}

// PostgreSQL hands timestamps back with millisecond precision and numerics as doubles; the key goes back
// into the next query as text so that the comparison is exact. SQLite keys are compared natively.
QString keyTextExpression(db::Dialect dialect)
{
    return dialect == db::Dialect::Postgres ? u"CAST(t.k AS TEXT)"_s : u"t.k"_s;
}

Result<QSqlQuery> run(const QSqlDatabase& db, const SqlWithBinds& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.setNumericalPrecisionPolicy(QSql::HighPrecision);
    if (!q.prepare(statement.sql))
        return db::sqlError(q.lastError(), QCoreApplication::translate("md::models", "reading products"));
    for (const auto& value : statement.binds)
        q.addBindValue(value);
    if (!q.exec())
        return db::sqlError(q.lastError(), QCoreApplication::translate("md::models", "reading products"));
    return q;
}

QDateTime toDateTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    auto dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC);
    return dt;
}

QVariant toMoney(const QVariant& value)
{
    if (value.isNull())
        return {};
    bool ok = false;
    const double d = value.toString().toDouble(&ok);
    return ok ? QVariant(d) : QVariant();
}

QString nullableText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

ProductRow readRow(const QSqlQuery& q)
{
    ProductRow row;
    row.id = q.value(FId).toLongLong();
    row.code = nullableText(q.value(FCode));
    row.brand = nullableText(q.value(FBrand));
    row.category = nullableText(q.value(FCategory));
    row.supplierCategory = nullableText(q.value(FSupplierCategory));
    row.saleName = nullableText(q.value(FSaleName));
    row.productName = nullableText(q.value(FProductName));
    row.platform = nullableText(q.value(FPlatform));
    row.price = toMoney(q.value(FPrice));
    row.cost = toMoney(q.value(FCost));
    row.currency = nullableText(q.value(FCurrency));
    row.visible = q.value(FVisible).toBool();
    row.hiddenReason = nullableText(q.value(FHiddenReason));
    row.updated = toDateTime(q.value(FUpdated));
    row.sortKey = q.value(FKeyText);
    row.variants = q.value(FVariants).toInt();
    row.stock = q.value(FStock).toLongLong();
    row.sellable = q.value(FSellable).toLongLong();
    return row;
}

QString moneyText(const QVariant& value)
{
    return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', 2);
}
} // namespace

namespace productsql {

QString sortExpression(int column)
{
    switch (static_cast<ProductColumn>(column)) {
    case ProductColumn::Code:
        return u"p.product_id"_s;
    case ProductColumn::Brand:
        return u"COALESCE(p.brand, '')"_s;
    case ProductColumn::Category:
        return u"COALESCE(p.category, '')"_s;
    case ProductColumn::SaleName:
        return u"COALESCE(p.sale_name, '')"_s;
    case ProductColumn::ProductName:
        return u"COALESCE(p.product_name, '')"_s;
    case ProductColumn::Platform:
        return u"p.platform"_s;
    case ProductColumn::Variants:
        return u"(SELECT count(*) FROM product_stock s WHERE s.product_id = p.id)"_s;
    case ProductColumn::Stock:
        return u"(SELECT COALESCE(sum(s.quantity), 0) FROM product_stock s WHERE s.product_id = p.id)"_s;
    case ProductColumn::Sellable: // not sortable
        break;
    case ProductColumn::Price:
        return u"COALESCE(p.price, -1)"_s;
    case ProductColumn::Cost:
        return u"COALESCE(p.cost, -1)"_s;
    case ProductColumn::Visible:
        return u"p.feed_visible"_s;
    case ProductColumn::Updated:
        return u"p.updated_at"_s;
    case ProductColumn::Count:
        break;
    }
    return u"p.id"_s;
}

QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

SqlWithBinds where(db::Dialect dialect, const ProductFilter& filter)
{
    QStringList conditions;
    QVariantList binds;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // One LIKE over the names and codes joined together costs far less per row than an ILIKE per column,
        // and reads the same on both databases (SQLite's lower() folds ASCII only; Korean has no case).
        // Variant codes (CodArticolo) match exactly, through an uncorrelated subquery evaluated once.
        // PostgreSQL: "id = ANY (ARRAY(subquery))" is an index condition, so with a trigram index on the joined
        // text the two arms combine as a BitmapOr; "IN (subquery)" would force a scan of every row.
        const QString variantMatch = dialect == db::Dialect::Postgres
            ? u"p.id = ANY (ARRAY(SELECT s.product_id FROM product_stock s JOIN product_stock_gnb g "
              "ON g.product_stock_id = s.id WHERE g.variant_code = ?))"_s
            : u"p.id IN (SELECT s.product_id FROM product_stock s JOIN product_stock_gnb g "
              "ON g.product_stock_id = s.id WHERE g.variant_code = ?)"_s;
        conditions << u"("_s + kSearchText + u" LIKE ? ESCAPE '\\' OR "_s + variantMatch + u")"_s;
        binds << likePattern(text.toLower()) << text;
    }
    // Written like the sort expressions, so that one index (COALESCE(brand, ''), id) serves the filter and the
    // order by id or brand together.
    if (!filter.brand.isEmpty()) {
        conditions << u"COALESCE(p.brand, '') = ?"_s;
        binds << filter.brand;
    }
    if (!filter.category.isEmpty()) {
        conditions << u"COALESCE(p.category, '') = ?"_s;
        binds << filter.category;
    }
    if (!filter.platform.isEmpty()) {
        conditions << u"p.platform = ?"_s;
        binds << filter.platform;
    }
    switch (filter.visibility) {
    case ProductFilter::Visibility::Any:
        break;
    case ProductFilter::Visibility::Visible:
        conditions << u"p.feed_visible = TRUE"_s;
        break;
    case ProductFilter::Visibility::Hidden:
        conditions << u"p.feed_visible = FALSE"_s;
        break;
    case ProductFilter::Visibility::Unmapped:
        conditions << u"p.hidden_reason = 'unmapped'"_s;
        break;
    }
    return { conditions.join(u" AND "_s), binds };
}

SqlWithBinds page(db::Dialect dialect, const ProductQuery& query, const PagePlan& plan)
{
    const QString expr = sortExpression(query.sortColumn);
    const bool ascending = query.order == Qt::AscendingOrder;
    const bool backwards = plan.mode == PagePlan::Mode::Before || plan.mode == PagePlan::Mode::FromEnd;
    const bool scanAscending = ascending != backwards;
    const QString dir = scanAscending ? u" ASC"_s : u" DESC"_s;

    const bool idOrder = isIdOrder(expr);
    auto filter = where(dialect, query.filter);
    // A text filter's matches may sit anywhere in the chosen order (often in one block: one brand's file), so an
    // ordered index scan could read most of the table before it has a page. The matches are collected first —
    // from a trigram index when PostgreSQL has one — and only they are sorted.
    const bool collectFirst = !query.filter.text.trimmed().isEmpty();
    const QString key = collectFirst ? u"m.k"_s : expr;
    const QString id = collectFirst ? u"m.id"_s : u"p.id"_s;
    QString cte;
    QStringList conditions;
    if (collectFirst)
        cte = u"WITH m AS MATERIALIZED (SELECT p.id AS id, "_s + expr + u" AS k FROM product p WHERE "_s + filter.sql
            + u") "_s;
    else if (!filter.sql.isEmpty())
        conditions << filter.sql;
    QVariantList binds = filter.binds;
    if (plan.mode == PagePlan::Mode::After || plan.mode == PagePlan::Mode::Before) {
        QString op = scanAscending ? u">"_s : u"<"_s;
        if (plan.inclusive)
            op += u'=';
        conditions << keysetCondition(idOrder, key, id, op);
        bindAnchor(binds, expr, plan.anchor);
    }
    const QString order = u" ORDER BY "_s + (idOrder ? QString() : key + dir + u", "_s) + id + dir;
    // The inner query asks the index for ids and keys only (an index-only scan for plain-column orders and no
    // filter), and the page's columns and per-product counts are read for its own rows only, after the LIMIT.
    const QString inner = u"SELECT "_s + id + u", "_s + key + (collectFirst ? u" FROM m"_s : u" AS k FROM product p"_s)
        + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s)) + order
        + u" LIMIT ? OFFSET ?"_s;
    binds << plan.limit << plan.offset;

    const QString outerDir = ascending ? u" ASC"_s : u" DESC"_s;
    // Sellable stock reads the page's own variants and their open order lines through indexes: the view is written
    // so that "product_id = t.id" reaches product_stock (resources/sql/0008_sellable_stock_by_variant.sql).
    const QString sql = cte + u"SELECT "_s + kColumns + u", t.k, "_s + keyTextExpression(dialect)
        + u" AS ktext, (SELECT count(*) FROM product_stock s WHERE s.product_id = t.id) AS variants, "
          "(SELECT COALESCE(sum(s.quantity), 0) FROM product_stock s WHERE s.product_id = t.id) AS stock, "
          "(SELECT COALESCE(sum(ss.sellable), 0) FROM sellable_stock ss WHERE ss.product_id = t.id) AS sellable "
          "FROM ("_s
        + inner + u") t JOIN product p ON p.id = t.id ORDER BY t.k"_s + outerDir + u", t.id"_s + outerDir;
    return { sql, binds };
}

SqlWithBinds count(db::Dialect dialect, const ProductFilter& filter)
{
    auto w = where(dialect, filter);
    return { u"SELECT count(*) FROM product p"_s + (w.sql.isEmpty() ? QString() : u" WHERE "_s + w.sql), w.binds };
}

SqlWithBinds bookmarks(db::Dialect dialect, const ProductQuery& query, int every)
{
    const QString expr = sortExpression(query.sortColumn);
    const QString dir = query.order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
    auto w = where(dialect, query.filter);
    const QString order = (isIdOrder(expr) ? QString() : expr + dir + u", "_s) + u"p.id"_s + dir;
    QVariantList binds = w.binds;
    binds << every;
    return { u"SELECT t.rn, "_s + keyTextExpression(dialect) + u", t.id FROM (SELECT "_s + expr
            + u" AS k, p.id AS id, row_number() OVER (ORDER BY "_s + order + u") AS rn FROM product p"_s
            + (w.sql.isEmpty() ? QString() : u" WHERE "_s + w.sql) + u") t WHERE (t.rn - 1) % ? = 0 ORDER BY t.rn"_s,
        binds };
}

} // namespace productsql

Result<QList<ProductRow>> fetchProductPage(
    const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query, const PagePlan& plan)
{
    auto q = run(db, productsql::page(dialect, query, plan));
    if (!q)
        return q.error();
    QList<ProductRow> rows;
    rows.reserve(plan.limit);
    while (q->next())
        rows << readRow(*q);
    return rows;
}

Result<qint64> countProducts(const QSqlDatabase& db, db::Dialect dialect, const ProductFilter& filter)
{
    auto q = run(db, productsql::count(dialect, filter));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<Bookmark>> fetchBookmarks(
    const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query, int every)
{
    auto q = run(db, productsql::bookmarks(dialect, query, every));
    if (!q)
        return q.error();
    QList<Bookmark> marks;
    while (q->next())
        marks << Bookmark { q->value(0).toLongLong() - 1, { q->value(1), q->value(2).toLongLong() } };
    return marks;
}

Result<ProductFacets> fetchProductFacets(const QSqlDatabase& db)
{
    ProductFacets facets;
    const std::pair<QString, QStringList*> lists[] = {
        { u"SELECT DISTINCT brand FROM product WHERE brand IS NOT NULL ORDER BY 1"_s, &facets.brands },
        { u"SELECT DISTINCT category FROM product WHERE category IS NOT NULL ORDER BY 1"_s, &facets.categories },
        { u"SELECT DISTINCT platform FROM product ORDER BY 1"_s, &facets.platforms },
    };
    for (const auto& [sql, out] : lists) {
        auto q = run(db, { sql, {} });
        if (!q)
            return q.error();
        while (q->next())
            *out << q->value(0).toString();
    }
    return facets;
}

QString productCellText(const ProductRow& row, int column)
{
    switch (static_cast<ProductColumn>(column)) {
    case ProductColumn::Code:
        return row.code;
    case ProductColumn::Brand:
        return row.brand;
    case ProductColumn::Category:
        return row.category;
    case ProductColumn::SaleName:
        return row.saleName;
    case ProductColumn::ProductName:
        return row.productName;
    case ProductColumn::Platform:
        return row.platform;
    case ProductColumn::Variants:
        return QString::number(row.variants);
    case ProductColumn::Stock:
        return QString::number(row.stock);
    case ProductColumn::Sellable:
        return QString::number(row.sellable);
    case ProductColumn::Price:
        return moneyText(row.price);
    case ProductColumn::Cost:
        return moneyText(row.cost);
    case ProductColumn::Visible:
        return row.visible ? u"visible"_s : (row.hiddenReason.isEmpty() ? u"hidden"_s : row.hiddenReason);
    case ProductColumn::Updated:
        return row.updated.toUTC().toString(Qt::ISODate);
    case ProductColumn::Count:
        break;
    }
    return {};
}

} // namespace md::models
