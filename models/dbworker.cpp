#include "models/dbworker.h"

#include <QMetaObject>

namespace md::models {

DbWorker::DbWorker(db::Database database, const QString& name, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_thread.setObjectName(name);
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    // The thread's database connection goes when the thread finishes (db::Database does that), the context too.
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DbWorker::~DbWorker()
{
    m_thread.quit();
    m_thread.wait();
}

void DbWorker::post(Job job)
{
    QMetaObject::invokeMethod(
        m_context, [this, job = std::move(job)] { job(m_database.connection()); }, Qt::QueuedConnection);
}

} // namespace md::models
