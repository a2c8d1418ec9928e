#pragma once

#include "services/db/database.h"

#include <QAbstractTableModel>
#include <memory>

namespace md::models {

class DbWorker;

struct CrawlReject {
    QString file;
    int line = 0; // 0: the whole file was rejected
    QString reason;
};

// The rows and files one crawl run rejected (feed_reject: file, line, reason), read on a worker thread.
// Choosing another run quickly drops the answers for the earlier ones.
class CrawlRejectsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Line, Reason, ColumnCount };
    // The crawler stores at most 1,000 rejects per file; this caps what one run can load into the view.
    static constexpr int kMaxRows = 50000;

    explicit CrawlRejectsModel(db::Database database, QObject* parent = nullptr);
    ~CrawlRejectsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The job_results id whose rejects to show; 0 clears the model.
    void setRunId(qint64 runId);
    qint64 runId() const { return m_runId; }
    const QList<CrawlReject>& rejects() const { return m_rows; }
    bool isTruncated() const { return m_truncated; }

Q_SIGNALS:
    void loaded(qint64 runId);
    void errorOccurred(const md::Error& error);

private:
    void onLoaded(quint64 generation, qint64 runId, const Result<QList<CrawlReject>>& result);

    qint64 m_runId = 0;
    quint64 m_generation = 0;
    bool m_truncated = false;
    QList<CrawlReject> m_rows;
    std::unique_ptr<DbWorker> m_worker; // last: stops before the rest goes
};

} // namespace md::models
