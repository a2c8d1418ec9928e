#pragma once

#include "services/db/database.h"
#include "services/jobs/cancellationtoken.h"

#include <QObject>
#include <QThread>
#include <memory>

class QTemporaryDir;

namespace md::ui {

class TaskTracker;

// Loads the bundled sample G&B feed (services/gnb/demofeed.h) into an empty embedded database with the real crawler
// on a worker thread and maps its categories, so a first start shows a catalogue. Progress and cancel go through
// the tracker.
class DemoImport : public QObject {
    Q_OBJECT
public:
    DemoImport(db::Database database, TaskTracker* tasks, QObject* parent = nullptr);
    ~DemoImport() override;

    void start();

Q_SIGNALS:
    void finished(bool ok, const QString& message);

private:
    void onFinished(bool ok, const QString& message);

    db::Database m_database;
    TaskTracker* m_tasks;
    jobs::CancellationToken m_cancel;
    std::unique_ptr<QTemporaryDir> m_dir;
    QThread m_thread;
    QObject* m_context = nullptr;
    int m_task = 0;
};

} // namespace md::ui
