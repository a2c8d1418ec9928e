#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QHash>
#include <QList>

namespace md::gnb {

// Stock that can still be sold: the feed quantity minus our order lines in "overseas order checking" and
// "overseas order placed" that the feed does not reflect yet (never below 0). The rule is the `sellable_stock`
// view (resources/sql/0008_sellable_stock_by_variant.sql), so list queries can read it per row, which reads only
// that row's variants and order lines (a grouped join over the whole view would compute every variant):
//   (SELECT COALESCE(SUM(ss.sellable), 0) FROM sellable_stock ss WHERE ss.product_id = p.id)
struct SellableQuantity {
    qint64 feed = 0; // what the feed says
    qint64 reserved = 0; // our confirmed lines not yet reflected in it
    qint64 sellable = 0; // max(feed - reserved, 0), summed per variant
};

class SellableStock {
public:
    explicit SellableStock(db::Database database);

    // Per product (summed over its variants), for a page of products; products without variants are absent.
    Result<QHash<qint64, SellableQuantity>> forProducts(const QList<qint64>& productIds) const;
    // Per variant (product_stock.id) of one product.
    Result<QHash<qint64, SellableQuantity>> forVariantsOf(qint64 productId) const;

private:
    db::Database m_database;
};

} // namespace md::gnb
