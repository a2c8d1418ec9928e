#include "ui/shell/csvexporter.h"

#include "models/dbworker.h"
#include "ui/shell/tasktracker.h"

namespace md::ui {

CsvExporter::CsvExporter(db::Database database, TaskTracker* tasks, QString threadName, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_tasks(tasks)
    , m_threadName(std::move(threadName))
{
}

CsvExporter::~CsvExporter()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CsvExporter::start(const QString& taskTitle, qint64 total, Write write, Done done)
{
    if (!m_worker)
        m_worker = std::make_unique<models::DbWorker>(m_database, m_threadName);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const int task = m_tasks->begin(taskTitle, total, [cancel] { cancel->store(true); });
    m_worker->post(
        [this, cancel, task, write = std::move(write), done = std::move(done)](const Result<QSqlDatabase>& db) {
            Result<qint64> result = qint64(0);
            if (!db)
                result = db.error();
            else
                result = write(*db, *cancel, [this, task](qint64 rows) {
                    QMetaObject::invokeMethod(
                        this, [this, task, rows] { m_tasks->progress(task, rows); }, Qt::QueuedConnection);
                });
            QMetaObject::invokeMethod(
                this,
                [this, task, result, done] {
                    m_tasks->finish(task);
                    m_cancel.reset();
                    done(result);
                },
                Qt::QueuedConnection);
        });
}

} // namespace md::ui
