#pragma once

#include "services/db/database.h"

#include <QObject>
#include <QStringList>
#include <memory>

class QTimer;

namespace md::models {

class DbWorker;

// What is running against the database right now, from any desktop or worker: claimed jobs of the queue and
// held single-runner leases (a crawl started from marketdesk-cli holds "gnb.crawl"). Polled on a worker thread.
class RunningJobsMonitor : public QObject {
    Q_OBJECT
public:
    struct Running {
        QString name; // job kind or lease name
        QString holder; // host:pid
        bool operator==(const Running&) const = default;
    };

    explicit RunningJobsMonitor(db::Database database, int intervalMs = 10000, QObject* parent = nullptr);
    ~RunningJobsMonitor() override;

    const QList<Running>& running() const { return m_running; }
    // Polls now (and then every interval).
    void refresh();

Q_SIGNALS:
    void changed(const QList<md::models::RunningJobsMonitor::Running>& running);

private:
    QList<Running> m_running;
    QTimer* m_timer;
    bool m_busy = false;
    std::unique_ptr<DbWorker> m_worker;
};

} // namespace md::models
