#pragma once

#include "services/db/dbconfig.h"
#include "services/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace md::models {

// The Products page's columns, in display order.
enum class ProductColumn {
    Code,
    Brand,
    Category,
    SaleName,
    ProductName,
    Platform,
    Variants,
    Stock,
    Sellable, // stock minus what open orders hold (the sellable_stock view); not sortable
    Price,
    Cost,
    Visible,
    Updated,
    Count
};
constexpr int kProductColumnCount = static_cast<int>(ProductColumn::Count);

// Whether the table can be ordered by `column`. Sellable stock depends on open orders, so no index can hold it:
// ordering by it would compute it for every product before the first page.
constexpr bool isSortableProductColumn(int column)
{
    return column != static_cast<int>(ProductColumn::Sellable);
}

struct ProductFilter {
    enum class Visibility { Any, Visible, Hidden, Unmapped };
    QString text; // over codes, names and brand; matched literally (no wildcards)
    QString brand;
    QString category;
    QString platform;
    Visibility visibility = Visibility::Any;

    bool operator==(const ProductFilter&) const = default;
};

// What the table shows: a filter and an order. sortColumn < 0 means insertion order (id).
struct ProductQuery {
    ProductFilter filter;
    int sortColumn = -1;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ProductQuery&) const = default;
};

struct ProductRow {
    qint64 id = 0;
    QString code;
    QString brand;
    QString category;
    QString supplierCategory;
    QString saleName;
    QString productName;
    QString platform;
    int variants = 0;
    qint64 stock = 0;
    qint64 sellable = 0; // stock minus what open orders hold that the feed does not show yet
    QVariant price; // null when unknown
    QVariant cost;
    QString currency;
    bool visible = false;
    QString hiddenReason;
    QDateTime updated;
    QVariant sortKey; // the value of the ordering expression, the keyset anchor with id
};

// A point in the ordered result: (sort key, id) at a row position. Keyset queries start from one.
struct KeysetAnchor {
    QVariant key;
    qint64 id = 0;
};

struct Bookmark {
    qint64 row = 0;
    KeysetAnchor anchor;
};

// How to reach one page without scanning from the first row. Chosen by the model from what it already knows.
struct PagePlan {
    enum class Mode {
        Offset, // start of the result, or plain OFFSET when nothing better is known
        After, // keyset: rows after `anchor` (the previous page's last row), skipping `offset` rows
        Before, // keyset backwards: rows before `anchor` (the next page's first row)
        FromEnd, // backwards from the last row, skipping `offset` rows: cheap for pages near the end
    };
    Mode mode = Mode::Offset;
    KeysetAnchor anchor;
    qint64 offset = 0;
    int limit = 0;
    bool inclusive = false; // After: include the anchor row itself (bookmark anchors are rows of the page)
};

struct SqlWithBinds {
    QString sql;
    QVariantList binds;
};

// Pure SQL builders: every user value is a bound parameter, never spliced into the text.
namespace productsql {
// The ordering expression of a sortable column; insertion order (p.id) for the others.
QString sortExpression(int column);
SqlWithBinds where(db::Dialect dialect, const ProductFilter& filter);
SqlWithBinds page(db::Dialect dialect, const ProductQuery& query, const PagePlan& plan);
SqlWithBinds count(db::Dialect dialect, const ProductFilter& filter);
SqlWithBinds bookmarks(db::Dialect dialect, const ProductQuery& query, int every);
// Escapes LIKE wildcards so that the text matches literally (escape character '\').
QString likePattern(const QString& text);
} // namespace productsql

// Runners, for worker threads. Rows come back in display order.
Result<QList<ProductRow>> fetchProductPage(
    const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query, const PagePlan& plan);
Result<qint64> countProducts(const QSqlDatabase& db, db::Dialect dialect, const ProductFilter& filter);
Result<QList<Bookmark>> fetchBookmarks(
    const QSqlDatabase& db, db::Dialect dialect, const ProductQuery& query, int every);

struct ProductFacets {
    QStringList brands;
    QStringList categories;
    QStringList platforms;
};
Result<ProductFacets> fetchProductFacets(const QSqlDatabase& db);

// One cell as plain, locale-independent text (numbers without grouping, ISO times), for copy and export.
QString productCellText(const ProductRow& row, int column);
} // namespace md::models

Q_DECLARE_METATYPE(md::models::ProductQuery)
Q_DECLARE_METATYPE(md::models::ProductFacets)
