#pragma once

#include "services/db/database.h"
#include "services/gnb/feedcolumns.h"
#include "services/gnb/feedindex.h"
#include "services/gnb/fileimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace md::gnb {

// One downloaded brand file to apply.
struct FileApplyRequest {
    QString day; // YYYYMMDD
    FeedIndexEntry entry;
    QString path; // the local copy (the caller keeps a download alive until the result is back)
    QString sha256; // of the bytes on disk
    QString etag;
    QString lastModified;
    std::optional<qint64> jobResultId;
};

// What applying one file did. status fails when the file was rejected whole (or the work was stopped); the
// database then holds what it held before the file.
struct FileApplyResult {
    FeedIndexEntry entry;
    Status status;
    FileImportResult import;
    QSet<QString> seen; // CodArticolo values read (for FeedRemovals)
    QStringList warnings; // one message per warning, naming file and line
    qint64 rowsRead = 0; // accepted + rejected
};

// Parses one brand file and applies it in one transaction (FileImporter) on the database connection of the
// calling thread. Thread-agnostic: the crawler runs it in its own thread (SQLite) or in one of its file lanes
// (PostgreSQL).
class FileApplier {
    // tr() in member functions uses this class's context, where lupdate files those strings.
    Q_DECLARE_TR_FUNCTIONS(md::gnb::FileApplier)

public:
    using StopCheck = std::function<std::optional<Error>()>; // an error stops the file (cancel, claim lost)
    using RowsRead = std::function<void(qint64 rowsRead)>;

    FileApplier(db::Database database, FeedColumns columns, QHash<QString, QString> colourCodes, int batchRows);

    FileApplyResult apply(const FileApplyRequest& request, const StopCheck& stop, const RowsRead& rowsRead) const;

private:
    Status applyInto(const FileApplyRequest& request, const StopCheck& stop, const RowsRead& rowsRead,
        FileApplyResult& result) const;

    db::Database m_database;
    FeedColumns m_columns;
    QHash<QString, QString> m_colourCodes;
    int m_batchRows;
};

} // namespace md::gnb
