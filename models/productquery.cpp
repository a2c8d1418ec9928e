#include "models/productquery.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
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
    enum Field { FId, FCode, FBrand, FCategory, FSupplierCategory, FSaleName, FProductName, FPlatform, FPrice,
        FCost, FCurrency, FVisible, FHiddenReason, FUpdated, FKey, FKeyText, FVariants, FStock };

    bool isIdOrder(const QString& expr) { return expr == u"p.id"_s; }

    // "(expr, p.id) > (?, ?)": one row-value comparison, which both databases answer from an index on (expr, id).
    QString keysetCondition(const QString& expr, const QString& op)
    {
        if (isIdOrder(expr))
            return u"p.id "_s + op + u" ?"_s;
        return u"("_s + expr + u", p.id) "_s + op + u" (?, ?)"_s;
    }

    void bindAnchor(QVariantList& binds, const QString& expr, const KeysetAnchor& anchor)
    {
        if (!isIdOrder(expr))
            binds << anchor.key;
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

    QString nullableText(const QVariant& value) { return value.isNull() ? QString() : value.toString(); }

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
        return row;
    }

    QString moneyText(const QVariant& value) { return value.isNull() ? QString() : QString::number(value.toDouble(), 'f', 2); }
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
            // SQLite's LIKE ignores ASCII case already; PostgreSQL needs ILIKE. Variant codes match exactly,
            // through an uncorrelated subquery that the database evaluates once.
            const QString like = dialect == db::Dialect::Postgres ? u" ILIKE ? ESCAPE '\\'"_s : u" LIKE ? ESCAPE '\\'"_s;
            QStringList alternatives;
            for (const auto& column : { u"p.product_id"_s, u"p.sku"_s, u"p.sale_name"_s, u"p.product_name"_s, u"p.brand"_s }) {
                alternatives << column + like;
                binds << likePattern(text);
            }
            alternatives << u"p.id IN (SELECT s.product_id FROM product_stock s JOIN product_stock_gnb g "
                            "ON g.product_stock_id = s.id WHERE g.variant_code = ?)"_s;
            binds << text;
            conditions << u"("_s + alternatives.join(u" OR "_s) + u")"_s;
        }
        if (!filter.brand.isEmpty()) {
            conditions << u"p.brand = ?"_s;
            binds << filter.brand;
        }
        if (!filter.category.isEmpty()) {
            conditions << u"p.category = ?"_s;
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

        auto filter = where(dialect, query.filter);
        QStringList conditions;
        if (!filter.sql.isEmpty())
            conditions << filter.sql;
        QVariantList binds = filter.binds;
        if (plan.mode == PagePlan::Mode::After || plan.mode == PagePlan::Mode::Before) {
            QString op = scanAscending ? u">"_s : u"<"_s;
            if (plan.inclusive)
                op += u'=';
            conditions << keysetCondition(expr, op);
            bindAnchor(binds, expr, plan.anchor);
        }
        const QString order = u" ORDER BY "_s + (isIdOrder(expr) ? QString() : expr + dir + u", "_s) + u"p.id"_s + dir;
        const QString inner = u"SELECT "_s + kColumns + u", "_s + expr + u" AS k FROM product p"_s
            + (conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s)) + order
            + u" LIMIT ? OFFSET ?"_s;
        binds << plan.limit << plan.offset;

        // Counts per product are computed for the page's rows only, outside the LIMIT.
        const QString outerDir = ascending ? u" ASC"_s : u" DESC"_s;
        const QString sql = u"SELECT t.*, "_s + keyTextExpression(dialect)
            + u" AS ktext, (SELECT count(*) FROM product_stock s WHERE s.product_id = t.id) AS variants, "
              "(SELECT COALESCE(sum(s.quantity), 0) FROM product_stock s WHERE s.product_id = t.id) AS stock FROM ("_s
            + inner + u") t ORDER BY t.k"_s + outerDir + u", t.id"_s + outerDir;
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

Result<QList<Bookmark>> fetchBookmarks(const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query, int every)
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

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

Result<qint64> exportProductsCsv(const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query,
    const QStringList& headers, const QString& path, const std::atomic<bool>& cancel,
    const std::function<void(qint64)>& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    auto writeLine = [&file](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const auto& f : fields)
            quoted << csvField(f);
        file.write((quoted.join(u',') + u"\r\n"_s).toUtf8());
    };
    file.write("\xEF\xBB\xBF");
    QStringList head = headers;
    head << QCoreApplication::translate("md::models", "Currency");
    writeLine(head);

    constexpr int kBatch = 2000;
    qint64 written = 0;
    PagePlan plan { PagePlan::Mode::Offset, {}, 0, kBatch, false };
    for (;;) {
        if (cancel.load())
            return Error { ErrorCode::Cancelled, QCoreApplication::translate("md::models", "Export cancelled."), {} };
        auto rows = fetchProductPage(db, dialect, query, plan);
        if (!rows)
            return rows.error();
        for (const auto& row : *rows) {
            QStringList fields;
            for (int c = 0; c < kProductColumnCount; ++c)
                fields << productCellText(row, c);
            fields << row.currency;
            writeLine(fields);
        }
        written += rows->size();
        if (progress)
            progress(written);
        if (rows->size() < kBatch)
            break;
        plan = PagePlan { PagePlan::Mode::After, { rows->last().sortKey, rows->last().id }, 0, kBatch, false };
    }
    if (!file.commit())
        return Error { ErrorCode::Io,
            QCoreApplication::translate("md::models", "Cannot write %1: %2").arg(path, file.errorString()), {} };
    return written;
}

} // namespace md::models
