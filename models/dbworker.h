#pragma once

#include "services/db/database.h"

#include <QObject>
#include <QThread>
#include <functional>

namespace md::models {

// A thread with its own database connection that runs jobs one after another, in the order posted.
// Results go back to the caller by posting to a receiver in its thread (QMetaObject::invokeMethod).
// The connection is opened on first use and closed when the worker is destroyed.
class DbWorker : public QObject {
    Q_OBJECT
public:
    // `connection` is the thread's connection, or an Error when it cannot be opened.
    using Job = std::function<void(const Result<QSqlDatabase>& connection)>;

    explicit DbWorker(db::Database database, const QString& name, QObject* parent = nullptr);
    ~DbWorker() override;

    const db::Database& database() const { return m_database; }
    // Thread-safe.
    void post(Job job);

private:
    db::Database m_database;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread
};

} // namespace md::models
