#pragma once

#include "services/db/database.h"
#include "services/domain/result.h"
#include "services/jobs/cancellationtoken.h"
#include "services/jobs/progressreporter.h"
#include "services/marketplaces/common/account.h"
#include "services/marketplaces/common/ordercollection.h"

#include <QHash>
#include <QObject>

class QThread;

namespace md::secrets {
class SecretStore;
}

namespace md::ui {

// Runs the backend's account work off the GUI thread: "Test connection" (OrderCollector::testConnection) and
// "Collect now" (OrderCollection with its own lease and job_results row), each in its own thread with its own
// database connection and a secret store forwarding to the application's. Answers come back as signals in the
// GUI thread. Destroying the runner cancels what runs and waits for it.
class CollectorRunner : public QObject {
    Q_OBJECT
public:
    CollectorRunner(db::Database database, secrets::SecretStore* secrets, QObject* parent = nullptr);
    ~CollectorRunner() override;

    void testConnection(const marketplaces::Account& account);
    // Starts a collection of the account's automatic window; false when one is already running here.
    bool collectNow(const QString& accountName);
    void cancelCollect(const QString& accountName);
    bool isCollecting(const QString& accountName) const { return m_collecting.contains(accountName); }
    bool isTesting(const QString& accountName) const { return m_testing.contains(accountName); }

Q_SIGNALS:
    void testFinished(const QString& accountName, const md::Status& status);
    void collectFinished(const QString& accountName, const md::marketplaces::CollectOutcome& outcome);
    // A running collection's progress (orders so far, batches saved), throttled by the collection.
    void collectProgress(const QString& accountName, const md::jobs::Progress& progress);

private:
    // Starts `body` in a new thread; `body` calls its `finish` argument once, in that thread, when done.
    void run(const QString& name, std::function<void(QObject* context, std::function<void()> finish)> body);

    db::Database m_database;
    secrets::SecretStore* m_secrets;
    QList<QThread*> m_threads;
    QHash<QString, jobs::CancellationToken> m_collecting;
    QHash<QString, jobs::CancellationToken> m_testing;
};

} // namespace md::ui
