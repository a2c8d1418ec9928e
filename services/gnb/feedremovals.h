#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/gnb/feedrow.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <optional>
#include <span>

namespace md::gnb {

// What the removal step changed (docs/decisions/0003-removed-products.md).
struct RemovalCounts {
    int shownVariants = 0; // hidden as missing, back in today's feed
    int shownProducts = 0;
    int unseenVariants = 0; // not in the day's first full crawl (hidden now or earlier)
    int hiddenVariants = 0; // hidden by this run
    int hiddenProducts = 0;
    int cancelledItems = 0; // open order lines not yet sent to G&B, cancelled as sold out
    bool applied = false; // the day's removal step ran in this crawl
    void addTo(QJsonObject& counts) const;
};

// Follows one crawl's files to keep feed visibility in step with the feed, without rewriting rows that did not
// change. For every applied file it is given the CodArticolo values read (only that file's, in memory), then:
// variants and products hidden as missing that are back are shown again, in every crawl mode; and in the day's
// first full crawl the file's stored variants that were not read are collected. complete(), called only when
// that crawl succeeded, hides them, hides products with no variant left, cancels their open order lines and
// queues customer notices, all in one transaction. Lives in the crawl's thread.
class FeedRemovals {
public:
    FeedRemovals(db::Database database, QString day, bool collectUnseen);

    // Whether the day's first full crawl already completed (its removal step ran).
    static Result<bool> dayCompleted(const db::Database& database, const QString& day);

    bool collectsUnseen() const { return m_collect; }
    // After the file's transaction committed, with the CodArticolo values it held: shows its returning rows again
    // and collects its unseen variants.
    Status fileApplied(const QString& file, const QSet<QString>& seenCodes);
    // After the whole full crawl succeeded; indexFiles are the day's files (a product whose file left the index is
    // unseen too). Refuses, hiding nothing, when more than maxUnseenShare of the visible variants would go.
    Result<RemovalCounts> complete(const QStringList& indexFiles, std::optional<qint64> jobResultId);

    const RemovalCounts& counts() const { return m_counts; }
    static constexpr double kMaxUnseenShare = 0.5;

private:
    struct Unseen {
        qint64 stockId;
        QString file;
    };
    Status showAgain(const QList<qint64>& variants, const QList<qint64>& products);
    Status storeUnseen(QSqlDatabase& db);
    Result<int> cancelOpenLines(QSqlDatabase& db);

    db::Database m_database;
    QString m_day;
    bool m_collect = false;
    QList<Unseen> m_unseen;
    RemovalCounts m_counts;
};

} // namespace md::gnb
