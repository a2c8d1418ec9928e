#pragma once

#include "services/db/database.h"
#include "services/db/sql.h"
#include "services/gnb/feedmerge.h"
#include "services/gnb/feedrow.h"
#include "services/gnb/stagetable.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace md::gnb {

// What the crawl knows about one brand file of a day (from index.csv and the HTTP headers).
struct FeedFileInfo {
    QString day; // YYYYMMDD
    QString name; // e.g. GUCCI.csv
    QString brand;
    QString sha256; // of the bytes actually read
    QString etag;
    QString lastModified;
};

struct FileImportResult {
    MergeCounts merge;
    int rejected = 0;
};

// Applies one brand file in one transaction: rows are staged in batches as the parser yields them, then merged
// set-based; the file's state (feed_file) and its rejected rows (feed_reject) are written in the same
// transaction. Either all of it lands or none of it (rollback() or destruction before commit()).
class FileImporter {
public:
    explicit FileImporter(db::Database database);
    ~FileImporter();

    Status begin();
    Status addRows(std::span<const FeedRow> rows);
    void addRejects(std::span<const FeedReject> rejects);
    Result<FileImportResult> commit(const FeedFileInfo& info, std::optional<qint64> jobResultId);
    void rollback();

    // Records a file that could not be applied (status 'failed', reason, a line-0 reject), in its own
    // transaction, keeping the file's last applied sha256/ETag so that the next crawl retries it.
    static Status recordFailure(const db::Database& database, const FeedFileInfo& info, const QString& reason,
        std::optional<qint64> jobResultId);

    // At most this many rejects are stored per file; the count is always exact.
    static constexpr int kMaxStoredRejects = 1000;

private:
    Status storeRejects(std::optional<qint64> jobResultId);

    db::Database m_database;
    QSqlDatabase m_db;
    std::unique_ptr<db::Transaction> m_tx;
    std::unique_ptr<StageTable> m_stage;
    std::vector<FeedReject> m_rejects;
    int m_rejectCount = 0;
};

} // namespace md::gnb
