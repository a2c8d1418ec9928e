#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace md::test {

// Deterministic catalogue rows for model and widget tests, written with plain INSERTs (no importer).
// Product i (0-based): product_id "MD%06d", brand kBrands[i % 8] (every 50th has no brand), category
// kCategories[i % 5], platform "gnb" except every 10th "cafe24", price 1000 * (i % 97) KRW ("gnb" rows in EUR),
// feed_visible for even i, hidden_reason "unmapped" when i % 4 == 1. Every 25th product has three variants with
// CodArticolo "V%06d-1..3" and two image URLs (one plain http).
struct ProductFixture {
    static const QStringList& brands();
    static const QStringList& categories();
    // Inserts `count` products starting at number `first`; fails the current test on error.
    static bool insertProducts(const QSqlDatabase& db, int count, int first = 0);
    // One product whose names are full of quotes, wildcards and SQL, to check that filters bind them.
    static bool insertNastyProduct(const QSqlDatabase& db, const QString& name);

    // An order with one line of `qty` for the variant with CodArticolo `variantCode`, in `status`, linked to the
    // variant by id or (linked = false) by its code only; when `sentAt` is valid, in a G&B supplier order sent then.
    static bool insertOrderLine(const QSqlDatabase& db, const QString& variantCode, const QString& status, int qty,
        bool linked = true, const QDateTime& sentAt = {});
    // What a crawl writes when G&B changes a variant's row: its UltimaModifica and, when >= 0, the quantity.
    static bool setFeedRow(
        const QSqlDatabase& db, const QString& variantCode, const QDateTime& modified, int quantity = -1);
};

} // namespace md::test
