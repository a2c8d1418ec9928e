#include "services/marketplaces/naver/listingwriter.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace md::marketplaces {

namespace {

constexpr int rowsPerInsert = 64; // keeps a statement under SQLite's bound-parameter limit

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// Inserts `rows` (each `columns` values) into `table` with multi-row VALUES statements.
Status insertRows(const QSqlDatabase& db, const QString& table, const QStringList& columns, const QVariantList& values)
{
    const int width = int(columns.size());
    const QString row = u'(' + db::placeholders(width) + u')';
    for (qsizetype start = 0; start < values.size(); start += qsizetype(width) * rowsPerInsert) {
        const QVariantList chunk = values.mid(start, qsizetype(width) * rowsPerInsert);
        const QString sql = u"INSERT INTO "_s + table + u" (" + columns.join(u',') + u") VALUES "
            + QStringList(chunk.size() / width, row).join(u',');
        if (auto query = db::exec(db, sql, chunk); !query)
            return query.error();
    }
    return {};
}

} // namespace

ListingCounts& ListingCounts::operator+=(const ListingCounts& other)
{
    inserted += other.inserted;
    updated += other.updated;
    unchanged += other.unchanged;
    variantsInserted += other.variantsInserted;
    variantsUpdated += other.variantsUpdated;
    return *this;
}

ListingWriter::ListingWriter(db::Database database)
    : m_db(std::move(database))
{
}

QString ListingWriter::distinct(const QString& a, const QString& b) const
{
    return m_db.isPostgres() ? a + u" IS DISTINCT FROM "_s + b : a + u" IS NOT "_s + b;
}

QString ListingWriter::now() const
{
    return m_db.isPostgres() ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
}

Status ListingWriter::prepare(const QSqlDatabase& db)
{
    if (m_prepared)
        return {};
    const QString numeric = m_db.isPostgres() ? u"NUMERIC(14,2)"_s : u"NUMERIC"_s;
    if (!m_db.isPostgres()) { // the stage is scratch: keep SQLite's temp tables off the disk
        if (auto query = db::exec(db, u"PRAGMA temp_store = MEMORY"_s); !query)
            return query.error();
    }
    // Spelled out as QStrings: an initializer list of QStringBuilder expressions would dangle.
    const QStringList statements {
        QString(u"CREATE TEMP TABLE IF NOT EXISTS md_listing_stage (product_key TEXT PRIMARY KEY, sku TEXT, "
                "listing_name TEXT, listing_status TEXT, price "_s
            + numeric + u", currency TEXT, data TEXT)"_s),
        QString(u"CREATE TEMP TABLE IF NOT EXISTS md_variant_stage (product_key TEXT, variant_key TEXT, "
                "option_name TEXT, colour TEXT, size TEXT, quantity INTEGER, price "_s
            + numeric + u", PRIMARY KEY (product_key, variant_key))"_s),
    };
    for (const QString& sql : statements) {
        if (auto query = db::exec(db, sql); !query)
            return query.error();
    }
    m_prepared = true;
    return {};
}

Status ListingWriter::stage(const QSqlDatabase& db, const QList<Listing>& listings)
{
    for (const QString& sql : { u"DELETE FROM md_listing_stage"_s, u"DELETE FROM md_variant_stage"_s }) {
        if (auto query = db::exec(db, sql); !query)
            return query.error();
    }
    QVariantList products;
    QVariantList variants;
    QSet<QString> seen;
    for (const Listing& listing : listings) {
        if (listing.productId.isEmpty() || seen.contains(listing.productId))
            continue; // a listing seen twice in one batch (paging overlap) is written once
        seen.insert(listing.productId);
        products << listing.productId << textOrNull(listing.sku) << textOrNull(listing.name)
                 << textOrNull(listing.status) << textOrNull(listing.price) << textOrNull(listing.currency)
                 << QString::fromUtf8(listing.data);
        QSet<QString> keys;
        for (const ListingVariant& variant : listing.variants) {
            if (variant.variantKey.isEmpty() || keys.contains(variant.variantKey))
                continue;
            keys.insert(variant.variantKey);
            variants << listing.productId << variant.variantKey << textOrNull(variant.optionName)
                     << textOrNull(variant.colour) << textOrNull(variant.size) << variant.quantity
                     << textOrNull(variant.price);
        }
    }
    if (auto status = insertRows(db, u"md_listing_stage"_s,
            { u"product_key"_s, u"sku"_s, u"listing_name"_s, u"listing_status"_s, u"price"_s, u"currency"_s,
                u"data"_s },
            products);
        !status)
        return status;
    return insertRows(db, u"md_variant_stage"_s,
        { u"product_key"_s, u"variant_key"_s, u"option_name"_s, u"colour"_s, u"size"_s, u"quantity"_s, u"price"_s },
        variants);
}

Result<ListingCounts> ListingWriter::write(
    const QString& platform, const QString& sellerId, const QList<Listing>& listings)
{
    ListingCounts counts;
    if (listings.isEmpty())
        return counts;
    auto db = m_db.connection();
    if (!db)
        return db.error();
    if (auto status = prepare(*db); !status)
        return status.error();
    db::Transaction transaction(*db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    if (auto status = stage(*db, listings); !status)
        return status.error();

    const QStringList owned { u"sku"_s, u"listing_name"_s, u"listing_status"_s, u"price"_s, u"currency"_s, u"data"_s };
    QStringList sets;
    QStringList changed;
    for (const QString& column : owned) {
        sets << column + u" = s."_s + column;
        changed << distinct(u"product."_s + column, u"s."_s + column);
    }
    // Update-then-insert rather than ON CONFLICT DO UPDATE … WHERE: PostgreSQL would lock (and so write) every
    // conflicting row even when nothing changed (decision 0002). Merchandisers' columns are not in the SET list.
    auto updated = db::exec(*db,
        u"UPDATE product SET "_s + sets.join(u", "_s) + u", last_seen_at = "_s + now() + u", updated_at = "_s + now()
            + u", version = product.version + 1 FROM md_listing_stage s WHERE product.platform = ? AND "
              "product.seller_id = ? AND product.product_id = s.product_key AND ("_s
            + changed.join(u" OR "_s) + u')',
        { platform, sellerId });
    if (!updated)
        return updated.error();
    counts.updated = updated->numRowsAffected();
    auto inserted = db::exec(*db,
        u"INSERT INTO product (platform, seller_id, product_id, sku, sale_name, listing_name, listing_status, price, "
        "currency, data, feed_visible, last_seen_at) SELECT ?, ?, s.product_key, s.sku, s.listing_name, "
        "s.listing_name, s.listing_status, s.price, s.currency, s.data, TRUE, "_s
            + now() + u" FROM md_listing_stage s WHERE TRUE ON CONFLICT (platform, seller_id, product_id) DO NOTHING"_s,
        { platform, sellerId });
    if (!inserted)
        return inserted.error();
    counts.inserted = inserted->numRowsAffected();
    auto staged = db::scalar(*db, u"SELECT COUNT(*) FROM md_listing_stage"_s);
    if (!staged)
        return staged.error();
    counts.unchanged = staged->toInt() - counts.inserted - counts.updated;

    const QString variantSource = u"(SELECT p.id AS pid, p.currency AS currency, v.* FROM md_variant_stage v JOIN "
                                  "product p ON p.platform = ? AND p.seller_id = ? AND p.product_id = v.product_key)"_s;
    QStringList variantSets;
    QStringList variantChanged;
    for (const QString& column : { u"option_name"_s, u"colour"_s, u"size"_s, u"quantity"_s, u"price"_s }) {
        variantSets << column + u" = v."_s + column;
        variantChanged << distinct(u"product_stock."_s + column, u"v."_s + column);
    }
    auto variantsUpdated = db::exec(*db,
        u"UPDATE product_stock SET "_s + variantSets.join(u", "_s) + u", last_seen_at = "_s + now()
            + u", updated_at = "_s + now() + u", version = product_stock.version + 1 FROM "_s + variantSource
            + u" v WHERE product_stock.product_id = v.pid AND product_stock.variant_key = v.variant_key AND ("_s
            + variantChanged.join(u" OR "_s) + u')',
        { platform, sellerId });
    if (!variantsUpdated)
        return variantsUpdated.error();
    counts.variantsUpdated = variantsUpdated->numRowsAffected();
    auto variantsInserted = db::exec(*db,
        u"INSERT INTO product_stock (product_id, variant_key, option_name, colour, size, quantity, price, currency, "
        "last_seen_at) SELECT v.pid, v.variant_key, v.option_name, v.colour, v.size, v.quantity, v.price, v.currency, "_s
            + now() + u" FROM "_s + variantSource + u" v WHERE TRUE ON CONFLICT (product_id, variant_key) DO NOTHING"_s,
        { platform, sellerId });
    if (!variantsInserted)
        return variantsInserted.error();
    counts.variantsInserted = variantsInserted->numRowsAffected();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return counts;
}

} // namespace md::marketplaces
