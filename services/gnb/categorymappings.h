#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace md::gnb {

// A supplier (brand, category) pair as the mapping page and `mapping brand-category --list` show it.
struct CategoryPair {
    QString brand;
    QString category;
    int productCount = 0;
    QString mappedTo; // own category path; empty while unmapped
};

// The supplier (brand, category) → own category mapping. Mapping a pair publishes the products already stored for
// it at once (no crawl needed), leaves an audit row in `log` and, in the same transaction, queues a partial crawl
// of the brand (GnbJobs::enqueueBrandCrawl) that a worker runs after any crawl in progress.
class CategoryMappings {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::gnb::CategoryMappings)

public:
    explicit CategoryMappings(db::Database database);

    // Every pair seen in a feed or mapped ahead of one; unmapped first, then by brand and category.
    Result<QList<CategoryPair>> list();

    struct MapResult {
        qint64 categoryId = 0;
        int published = 0; // products that became visible
        int recategorised = 0; // products whose own category changed
        qint64 crawlJobId = 0; // the partial crawl of the brand queued with the mapping
    };
    // Maps (brand, category) to ownPath ("가방/숄더백"; levels created when missing). `who` goes into the audit log.
    Result<MapResult> map(const QString& brand, const QString& category, const QString& ownPath, const QString& who,
        const QString& source);

private:
    Result<qint64> ensureCategoryPath(QSqlDatabase& db, const QString& path);

    db::Database m_database;
};

} // namespace md::gnb
