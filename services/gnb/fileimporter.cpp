#include "services/gnb/fileimporter.h"

#include "services/db/sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace md::gnb {

namespace {
QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

FileImporter::FileImporter(db::Database database)
    : m_database(std::move(database))
{
}

FileImporter::~FileImporter()
{
    rollback();
}

Status FileImporter::begin()
{
    auto conn = m_database.connection();
    if (!conn)
        return conn.error();
    m_db = *conn;
    m_tx = std::make_unique<db::Transaction>(m_db);
    if (auto s = m_tx->begin(); !s)
        return s;
    // A crash may lose the last committed file (with its feed_file row, so the next crawl reads it again), never
    // corrupt anything: the crawl need not wait for each commit to reach the disk.
    if (m_database.isPostgres()) {
        if (auto q = db::exec(m_db, u"SET LOCAL synchronous_commit = off"_s); !q)
            return q.error();
    }
    m_stage = StageTable::create(m_database.dialect(), m_db);
    m_rejects.clear();
    m_rejectCount = 0;
    return m_stage->create();
}

Status FileImporter::addRows(std::span<const FeedRow> rows)
{
    return m_stage->append(rows);
}

void FileImporter::addRejects(std::span<const FeedReject> rejects)
{
    m_rejectCount += int(rejects.size());
    for (const auto& r : rejects) {
        if (m_rejects.size() >= size_t(kMaxStoredRejects))
            break;
        m_rejects.push_back(r);
    }
}

Status FileImporter::storeRejects(std::optional<qint64> jobResultId)
{
    if (m_rejects.empty())
        return {};
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO feed_reject (job_result_id, file, line, reason) VALUES (?, ?, ?, ?)"_s))
        return db::sqlError(q.lastError(), QCoreApplication::translate("md::gnb", "recording rejected rows"));
    for (const auto& r : m_rejects) {
        q.bindValue(0, nullableId(jobResultId));
        q.bindValue(1, r.file);
        q.bindValue(2, r.line);
        q.bindValue(3, r.reason);
        if (!q.exec())
            return db::sqlError(q.lastError(), QCoreApplication::translate("md::gnb", "recording rejected rows"));
    }
    return {};
}

Result<FileImportResult> FileImporter::commit(const FeedFileInfo& info, std::optional<qint64> jobResultId)
{
    if (auto s = m_stage->flush(); !s)
        return s.error();
    auto merged = FeedMerge(m_db, m_database.dialect()).apply(info.name, m_stage->facts());
    if (!merged)
        return merged.error();
    if (auto s = storeRejects(jobResultId); !s)
        return s.error();
    const QString now = m_database.isPostgres() ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
    if (auto q = db::exec(m_db,
            u"INSERT INTO feed_file (supplier, day, name, brand, etag, last_modified, sha256, rows, rejected, status, "
            "error, crawled_at) VALUES ('gnb', ?, ?, ?, ?, ?, ?, ?, ?, 'applied', NULL, "_s
                + now
                + u") ON CONFLICT (supplier, day, name) DO UPDATE SET brand = excluded.brand, etag = excluded.etag, "
                  "last_modified = excluded.last_modified, sha256 = excluded.sha256, rows = excluded.rows, "
                  "rejected = excluded.rejected, status = 'applied', error = NULL, crawled_at = excluded.crawled_at"_s,
            { info.day, info.name, nullable(info.brand), nullable(info.etag), nullable(info.lastModified),
                nullable(info.sha256), merged->rows, m_rejectCount });
        !q)
        return q.error();
    if (auto s = m_stage->drop(); !s)
        return s.error();
    if (auto s = m_tx->commit(); !s)
        return s.error();
    m_tx.reset();
    m_stage.reset();
    return FileImportResult { *merged, m_rejectCount };
}

void FileImporter::rollback()
{
    m_stage.reset(); // ends an unfinished COPY before the rollback
    if (m_tx)
        m_tx->rollback();
    m_tx.reset();
}

Status FileImporter::recordFailure(
    const db::Database& database, const FeedFileInfo& info, const QString& reason, std::optional<qint64> jobResultId)
{
    auto conn = database.connection();
    if (!conn)
        return conn.error();
    db::Transaction tx(*conn);
    if (auto s = tx.begin(); !s)
        return s;
    const QString now = database.isPostgres() ? u"now()"_s : u"strftime('%Y-%m-%dT%H:%M:%fZ','now')"_s;
    if (auto q = db::exec(*conn,
            u"INSERT INTO feed_file (supplier, day, name, brand, status, error, crawled_at) "
            "VALUES ('gnb', ?, ?, ?, 'failed', ?, "_s
                + now
                + u") ON CONFLICT (supplier, day, name) DO UPDATE SET status = 'failed', error = excluded.error, "
                  "crawled_at = excluded.crawled_at"_s,
            { info.day, info.name, nullable(info.brand), reason });
        !q)
        return q.error();
    if (auto q = db::exec(*conn, u"INSERT INTO feed_reject (job_result_id, file, line, reason) VALUES (?, ?, 0, ?)"_s,
            { nullableId(jobResultId), info.name, reason });
        !q)
        return q.error();
    return tx.commit();
}

} // namespace md::gnb
