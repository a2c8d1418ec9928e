#include "models/crawlrejectsmodel.h"

#include "models/dbworker.h"
#include "services/db/sql.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::models {

CrawlRejectsModel::CrawlRejectsModel(db::Database database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_worker(std::make_unique<DbWorker>(std::move(database), u"md-crawl-rejects"_s))
{
}

CrawlRejectsModel::~CrawlRejectsModel() = default;

int CrawlRejectsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrawlRejectsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CrawlRejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}

QVariant CrawlRejectsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrawlReject& reject = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File:
            return reject.file;
        case Line:
            return reject.line > 0 ? QLocale().toString(reject.line) : tr("whole file");
        case Reason:
            return reject.reason;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return reject.reason;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void CrawlRejectsModel::setRunId(qint64 runId)
{
    ++m_generation;
    m_runId = runId;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_truncated = false;
        endResetModel();
    }
    if (runId <= 0) {
        Q_EMIT loaded(0);
        return;
    }
    const quint64 generation = m_generation;
    m_worker->post([this, generation, runId](const Result<QSqlDatabase>& db) {
        Result<QList<CrawlReject>> result = QList<CrawlReject> {};
        if (!db) {
            result = db.error();
        } else if (auto q = db::exec(*db,
                       u"SELECT file, line, reason FROM feed_reject WHERE job_result_id = ? "
                       "ORDER BY file, line, id LIMIT ?"_s,
                       { runId, kMaxRows + 1 });
                   !q) {
            result = q.error();
        } else {
            while (q->next())
                result->append(CrawlReject { q->value(0).toString(), q->value(1).toInt(), q->value(2).toString() });
        }
        QMetaObject::invokeMethod(
            this, [this, generation, runId, result] { onLoaded(generation, runId, result); }, Qt::QueuedConnection);
    });
}

void CrawlRejectsModel::onLoaded(quint64 generation, qint64 runId, const Result<QList<CrawlReject>>& result)
{
    if (generation != m_generation)
        return;
    if (!result) {
        Q_EMIT errorOccurred(result.error());
        return;
    }
    beginResetModel();
    m_rows = *result;
    m_truncated = m_rows.size() > kMaxRows;
    if (m_truncated)
        m_rows.resize(kMaxRows);
    endResetModel();
    Q_EMIT loaded(runId);
}

} // namespace md::models
