#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"

#include <QObject>
#include <QSqlDatabase>
#include <atomic>
#include <functional>
#include <memory>

namespace md::models {
class DbWorker;
}

namespace md::ui {

class TaskTracker;

// Runs a page's CSV export on a database thread of its own, with a task in the status bar that shows its progress and
// can cancel it. One export at a time; destroying the exporter cancels a running one.
class CsvExporter : public QObject {
    Q_OBJECT
public:
    // Writes the file on the export thread with that thread's connection; returns the rows written.
    using Write = std::function<Result<qint64>(
        const QSqlDatabase& db, const std::atomic<bool>& cancel, const std::function<void(qint64)>& progress)>;
    using Done = std::function<void(const Result<qint64>& rows)>;

    CsvExporter(db::Database database, TaskTracker* tasks, QString threadName, QObject* parent = nullptr);
    ~CsvExporter() override;

    bool isRunning() const { return m_cancel != nullptr; }
    // `done` comes in this object's thread once the export ended (ErrorCode::Cancelled when cancelled).
    void start(const QString& taskTitle, qint64 total, Write write, Done done);

private:
    db::Database m_database;
    TaskTracker* m_tasks;
    QString m_threadName;
    std::shared_ptr<std::atomic<bool>> m_cancel; // while one runs
    std::unique_ptr<models::DbWorker> m_worker; // created on first use
};

} // namespace md::ui
