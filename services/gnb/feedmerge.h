#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/gnb/stagefacts.h"

#include <QSet>
#include <QString>

namespace md::gnb {

struct MergeCounts {
    int rows = 0; // variant rows in the stage
    int products = 0; // distinct models
    int productsInserted = 0;
    int productsUpdated = 0;
    int inserted = 0; // variants new to the database
    int updated = 0; // existing variants whose data changed
    int unchanged = 0;
    QSet<QString> unresolvedColours; // colour codes without a name in the colour-code table
    QSet<QString> unmappedPairs; // "brand\tcategory" pairs not mapped yet
};

// Merges gnb_stage into product / product_stock / product_stock_gnb with set-based statements: insert what is
// new, update only what differs (IS DISTINCT FROM, so unchanged data is never rewritten), record (brand, category)
// pairs with their product counts and unknown colour codes. Runs inside the caller's transaction.
class FeedMerge {
public:
    FeedMerge(QSqlDatabase db, db::Dialect dialect);

    Result<MergeCounts> apply(const QString& sourceFile, const StageFacts& facts);

private:
    // The first row of a query, as numbers.
    Result<QList<int>> counts(const QString& sql, const QVariantList& binds = {});
    // Runs the statement only when `needed` (otherwise nothing happens: an empty id set).
    Status run(bool needed, const QString& sql, const QVariantList& binds = {});
    Result<QSet<qint64>> returnedIds(bool needed, const QString& sql, const QVariantList& binds = {});
    QString now() const;
    // Updates the pairs' model counts and inserts the new pairs (unmapped).
    Status recordPairs(const QList<StageFacts::Pair>& pairs, const QHash<StageFacts::Pair, int>& models);
    // Lists unknown colour codes for the merchandisers.
    Status recordColourCodes(const QSet<QString>& codes);
    // "brand\tcategory" of the pairs that are not mapped.
    Result<QSet<QString>> unmappedPairs(const QList<StageFacts::Pair>& pairs);

    QSqlDatabase m_db;
    db::Dialect m_dialect;
};

} // namespace md::gnb
