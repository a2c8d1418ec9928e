#pragma once

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace md::gnb {

// What a crawl did, summed over its files. toJson() is the object `gnb crawl --json` prints.
struct CrawlSummary {
    int files = 0; // files applied
    int filesSkipped = 0; // unchanged since the last applied crawl (incremental)
    int filesFailed = 0; // rejected whole; their previous data stays
    qint64 rows = 0; // data rows read, valid or not
    qint64 products = 0;
    qint64 variants = 0; // valid rows applied
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 warnings = 0;
    QSet<QString> unresolvedColours;
    QSet<QString> unmappedPairs;
    qint64 durationMs = 0;
    qint64 jobResultId = 0;
    QStringList failures; // one message per failed file
    QStringList warningSamples; // the first warnings (negative stock, unknown columns …), each naming file and line
    static constexpr int kMaxWarningSamples = 20;

    QJsonObject toJson() const;
};

} // namespace md::gnb
