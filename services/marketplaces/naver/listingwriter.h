#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace md::marketplaces {

// One option/stock line of a marketplace listing (Cafe24 variant, Naver channel product).
struct ListingVariant {
    QString variantKey; // the platform's key, unique within the listing
    QString optionName; // "Color=Black / Size=M" as the platform shows it
    QString colour;
    QString size;
    int quantity = 0;
    QString price; // decimal text; empty when the platform gives none
};

// A product as a marketplace lists it. Only these fields are owned by the sync; the merchandisers' columns
// (category, company, product_name, sale_name after insert, tags) are never written by it.
struct Listing {
    QString productId; // the platform's product number (product.product_id)
    QString sku; // the seller's own code on the platform
    QString name; // the platform's title → listing_name (and the initial sale_name of a new row)
    QString status;
    QString price; // decimal text
    QString currency = QStringLiteral("KRW");
    QByteArray data; // the platform's raw JSON, compact
    QList<ListingVariant> variants;
};

struct ListingCounts {
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int variantsInserted = 0;
    int variantsUpdated = 0;

    ListingCounts& operator+=(const ListingCounts& other);
};

// Upserts listings of one (platform, seller) into product / product_stock, set-based: a batch is staged in temp
// tables, then one UPDATE … FROM for the rows whose sync-owned columns differ and one INSERT … ON CONFLICT DO NOTHING
// for the new ones, in one transaction. Rewriting an unchanged listing writes nothing (decision 0006).
// Uses the calling thread's connection; callers that write the same account concurrently must hold its lease.
class ListingWriter {
public:
    explicit ListingWriter(db::Database database);

    Result<ListingCounts> write(const QString& platform, const QString& sellerId, const QList<Listing>& listings);

private:
    Status prepare(const QSqlDatabase& db);
    Status stage(const QSqlDatabase& db, const QList<Listing>& listings);
    QString distinct(const QString& a, const QString& b) const;
    QString now() const;

    db::Database m_db;
    bool m_prepared = false;
};

} // namespace md::marketplaces
