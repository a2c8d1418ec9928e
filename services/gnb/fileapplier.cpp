#include "services/gnb/fileapplier.h"

#include "services/gnb/feedparser.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace md::gnb {

FileApplier::FileApplier(db::Database database, FeedColumns columns, QHash<QString, QString> colourCodes, int batchRows)
    : m_database(std::move(database))
    , m_columns(std::move(columns))
    , m_colourCodes(std::move(colourCodes))
    , m_batchRows(batchRows)
{
}

FileApplyResult FileApplier::apply(
    const FileApplyRequest& request, const StopCheck& stop, const RowsRead& rowsRead) const
{
    FileApplyResult result;
    result.entry = request.entry;
    result.status = applyInto(request, stop, rowsRead, result);
    if (!result.status)
        result.seen.clear();
    return result;
}

Status FileApplier::applyInto(
    const FileApplyRequest& request, const StopCheck& stop, const RowsRead& rowsRead, FileApplyResult& result) const
{
    const FeedIndexEntry& entry = request.entry;
    if (!entry.sha256.isEmpty() && request.sha256 != entry.sha256)
        return Error { ErrorCode::Invalid,
            tr("%1: its sha256 is %2 but index.csv says %3 (a truncated download or a file replaced during the "
               "crawl). The file was not applied; its previous data stays.")
                .arg(entry.file, request.sha256, entry.sha256),
            {} };
    QFile device(request.path);
    if (!device.open(QIODevice::ReadOnly))
        return Error { ErrorCode::Io, tr("Cannot read %1: %2").arg(request.path, device.errorString()), {} };

    FeedParser parser(&device, entry.file, m_columns, m_colourCodes);
    if (auto s = parser.open(); !s)
        return s;
    FileImporter importer(m_database);
    if (auto s = importer.begin(); !s)
        return s;
    std::vector<FeedRow> rows;
    std::vector<FeedReject> rejects;
    rows.reserve(size_t(m_batchRows));
    for (bool more = true; more;) {
        if (auto stopped = stop())
            return *stopped;
        rows.clear();
        rejects.clear();
        auto next = parser.next(rows, rejects, m_batchRows);
        if (!next)
            return next.error();
        more = *next;
        if (auto s = importer.addRows(rows); !s)
            return s;
        for (const auto& r : rows)
            result.seen.insert(r.variantCode);
        importer.addRejects(rejects);
        result.rowsRead = parser.rowsAccepted() + parser.rowsRejected();
        rowsRead(result.rowsRead);
    }
    if (auto stopped = stop())
        return *stopped;
    const FeedFileInfo info { request.day, entry.file, entry.brand, request.sha256, request.etag,
        request.lastModified };
    auto imported = importer.commit(info, request.jobResultId);
    if (!imported)
        return imported.error();
    result.import = *imported;
    for (const auto& w : parser.warnings())
        result.warnings << w.message;
    return {};
}

} // namespace md::gnb
